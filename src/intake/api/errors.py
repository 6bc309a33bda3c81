"""Every failure becomes `{"error": {"code", "message", "details"}}` here, chosen by the
exception's type (never by its message). Nothing else in the API builds an error response.
"""
from __future__ import annotations

import json
from http import HTTPStatus

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError, ServiceError
from aws_lambda_powertools.event_handler.openapi.exceptions import (
    RequestUnsupportedContentType,
    RequestValidationError,
)

from intake.service import IntakeDeferred
from products.errors import DomainError, StorageUnavailable

logger = Logger(service="intake-api", child=True)

RETRY_AFTER_SECONDS = 5

# DomainError.code -> status; a subclass without an entry gets its base class's status
DOMAIN_STATUS = {
    "invalid_request": HTTPStatus.BAD_REQUEST,
    "invalid_name": HTTPStatus.UNPROCESSABLE_ENTITY,
    "invalid_event": HTTPStatus.UNPROCESSABLE_ENTITY,
    "not_found": HTTPStatus.NOT_FOUND,
    "conflict": HTTPStatus.CONFLICT,
    "idempotency_key_reused": HTTPStatus.CONFLICT,
    "unsupported_media_type": HTTPStatus.UNSUPPORTED_MEDIA_TYPE,  # voice: a type we cannot take
    "payload_too_large": HTTPStatus.REQUEST_ENTITY_TOO_LARGE,      # voice: over 10 MB
}


class ApiError(Exception):
    """An HTTP-level refusal that has no domain meaning (401, 405, 413...)."""

    def __init__(self, status: int, code: str, message: str, details: dict | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = int(status), code, message
        self.details = details or {}
        self.headers = headers or {}


def error_body(code: str, message: str, details: dict | None = None) -> dict:
    return {"error": {"code": code, "message": message, "details": details or {}}}


def error_response(status: int, code: str, message: str, details: dict | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    return Response(status_code=int(status), content_type=content_types.APPLICATION_JSON,
                    body=json.dumps(error_body(code, message, details)), headers=headers or {})


def _domain_status(exc: DomainError) -> int:
    for cls in type(exc).__mro__:
        code = getattr(cls, "code", None)
        if code in DOMAIN_STATUS:
            return DOMAIN_STATUS[code]
    return HTTPStatus.BAD_REQUEST


def _validation(exc: RequestValidationError) -> Response:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(HTTPStatus.BAD_REQUEST, "invalid_json", "the request body is not valid JSON")
    # loc/type/msg only: the input echoed back could be large, and pydantic's ctx is internal
    shown = [{"loc": list(e.get("loc", ())), "type": e.get("type", ""), "msg": str(e.get("msg", ""))}
             for e in errors[:20]]
    first = shown[0] if shown else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(part) for part in first["loc"][1:]) or "request"
    return error_response(HTTPStatus.UNPROCESSABLE_ENTITY, "validation_error",
                          f"{where}: {first['msg']}", {"errors": shown})


def handle(exc: Exception) -> Response:
    """The one exception handler (registered for Exception on the resolver)."""
    if isinstance(exc, ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)
    if isinstance(exc, IntakeDeferred):
        logger.warning("intake deferred", extra={"intake_id": exc.intake_id, "reason": exc.reason})
        return error_response(HTTPStatus.SERVICE_UNAVAILABLE, "storage_unavailable", exc.reason,
                              {"intake_id": exc.intake_id},
                              {"Retry-After": str(RETRY_AFTER_SECONDS)})
    if isinstance(exc, StorageUnavailable):
        logger.warning("database unavailable", extra={"reason": str(exc)})
        return error_response(HTTPStatus.SERVICE_UNAVAILABLE, "storage_unavailable",
                              "the database is unavailable; try again shortly", {},
                              {"Retry-After": str(RETRY_AFTER_SECONDS)})
    if isinstance(exc, DomainError):
        return error_response(_domain_status(exc), exc.code, exc.message, exc.details)
    if isinstance(exc, RequestValidationError):
        return _validation(exc)
    if isinstance(exc, RequestUnsupportedContentType):
        return error_response(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                              "send the body as application/json")
    if isinstance(exc, NotFoundError):
        return error_response(HTTPStatus.NOT_FOUND, "not_found", "no such route")
    if isinstance(exc, ServiceError):
        return error_response(exc.status_code, "http_error", str(exc.msg))
    logger.exception("unexpected error")  # the stack trace goes to the log, never to the client
    return error_response(HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error",
                          "something went wrong on our side; it has been logged")
