"""What a route needs from the request besides its body: who is asking, and the
Idempotency-Key (a declared header parameter, so that it is validated and documented)."""
from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Header
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEventV2

from intake.api.errors import ApiError
from intake.settings import Settings

LOCAL_ACTOR = "local"
ACTOR_HEADER = "x-intake-actor"
MAX_ACTOR_LENGTH = 200
MAX_KEY_LENGTH = 200


def actor(event: APIGatewayProxyEventV2, settings: Settings) -> str:
    """The JWT authorizer's email (or subject) on AWS; locally the X-Intake-Actor header or
    "local". The header is only believed by the local server at stage "local": behind the
    authorizer it would let anyone sign events with someone else's name, so the Lambda
    (runtime "lambda") never believes it, whatever its stage."""
    claims = _claims(event)
    for claim in ("email", "sub"):
        value = claims.get(claim)
        if isinstance(value, str) and value.strip():
            return value.strip()[:MAX_ACTOR_LENGTH]
    if settings.runtime != "local" or settings.stage != "local":
        return "anonymous"
    said = (event.headers or {}).get(ACTOR_HEADER)
    if said is None:
        return LOCAL_ACTOR
    said = said.strip()
    if not said or len(said) > MAX_ACTOR_LENGTH or not said.isprintable():
        raise ApiError(400, "invalid_request",
                       f"X-Intake-Actor must be 1 to {MAX_ACTOR_LENGTH} printable characters")
    return said


def _claims(event: APIGatewayProxyEventV2) -> dict:
    authorizer = (event.raw_event.get("requestContext") or {}).get("authorizer") or {}
    return ((authorizer.get("jwt") or {}).get("claims")) or {}


IdempotencyKey = Annotated[str | None, Header(
    min_length=1, max_length=MAX_KEY_LENGTH, pattern=r"^[\x21-\x7e]+$",
    description="any unique string (a UUID): a repeat of the request returns the first "
                "result and records nothing new")]


def idempotency_key(event: APIGatewayProxyEventV2) -> str | None:
    """The Idempotency-Key header, for routes that do not declare `IdempotencyKey`."""
    key = (event.headers or {}).get("idempotency-key")
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH or not all("\x21" <= ch <= "\x7e" for ch in key):
        raise ApiError(400, "invalid_request",
                       f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} visible ASCII characters")
    return key
