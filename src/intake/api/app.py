"""The one routing table: every route of the HTTP API and the page, for both runtimes.

`build_app(services)` returns a resolver that the Lambda handler (`intake.handlers.api`) and
the local server (`intake.local.server`) both call with API Gateway v2 (HTTP API, payload 2.0)
events. Each route group is a Router built from the wired services (`<module>.router(services)`);
a new group is one `app.include_router(...)` line below.

Two checks come before routing, so that neither the bearer token nor the size limit can be
passed by a body that fails validation first: Powertools validates the body before any
middleware runs, which is the wrong order for these two.
"""
from __future__ import annotations

import base64
import hmac
import json
import re
from functools import cached_property
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, CORSConfig, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer

from intake.api import catalog, errors, events, health, intakes, page, voice
from intake.api.services import Services
from intake.settings import Settings

# What needs no token: the page, its files, how it signs in (config.json) and /health
PUBLIC = re.compile(r"^/(health|config\.json|static/[^/]*)?$")
OPENAPI_INFO: dict[str, Any] = dict(
    title="Inventory intake API",
    version="1.0.0",
    description=("Say, type or fill in what happened to a thing; the service finds the product "
                 "and records an event. Errors are {\"error\": {\"code\", \"message\", "
                 "\"details\"}}. POSTs take an Idempotency-Key header."),
    security_schemes={"bearer": HTTPBearer(description="only when INTAKE_API_TOKEN is set")},
)
CORS_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key", "X-Intake-Actor"]


class IntakeResolver(APIGatewayHttpResolver):
    def __init__(self, settings: Settings):
        cors = None
        if settings.cors_origins:
            cors = CORSConfig(allow_origin=settings.cors_origins[0],
                              extra_origins=list(settings.cors_origins[1:]),
                              allow_headers=CORS_HEADERS, expose_headers=["Retry-After"],
                              max_age=600)
        super().__init__(cors=cors, enable_validation=True)
        self.settings = settings

    def resolve(self, event: dict, context: Any) -> dict[str, Any]:
        refusal = self._refusal(event)
        if refusal is not None:
            return self._refused(event, refusal)
        return super().resolve(event, context)

    # -- before routing -----------------------------------------------------------------------
    def _refusal(self, event: dict) -> errors.ApiError | None:
        http = (event.get("requestContext") or {}).get("http") or {}
        if str(http.get("method", "")).upper() == "OPTIONS":
            return None  # a CORS preflight never carries credentials
        headers = {str(k).lower(): v for k, v in (event.get("headers") or {}).items()}
        token = self.settings.api_token
        path = event.get("rawPath") or http.get("path") or "/"
        if token and not PUBLIC.match(path):
            given = str(headers.get("authorization", ""))
            scheme, _, credential = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                    credential.strip().encode(), token.encode()):
                return errors.ApiError(HTTPStatus.UNAUTHORIZED, "unauthorized",
                                       "send Authorization: Bearer <token>",
                                       headers={"WWW-Authenticate": "Bearer"})
        limit = self.settings.max_body_bytes
        if _body_size(event, headers) > limit:
            return errors.ApiError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                                   f"the body is larger than {limit} bytes", {"limit": limit})
        if not _utf8_json(event, headers):  # Powertools would fail decoding it, with a 500
            return errors.ApiError(HTTPStatus.BAD_REQUEST, "invalid_json", "the body is not UTF-8 JSON")
        return None

    def _refused(self, event: dict, refusal: errors.ApiError) -> dict[str, Any]:
        headers = {"Content-Type": "application/json", **refusal.headers}
        if self._cors is not None:  # so that a page on an allowed origin can read why
            origin = {str(k).lower(): v for k, v in (event.get("headers") or {}).items()}.get("origin")
            allowed = self._cors.allowed_origin(origin) if origin else None
            if allowed:
                headers.update(self._cors.to_dict(allowed))
        body = errors.error_body(refusal.code, refusal.message, refusal.details)
        return {"statusCode": refusal.status, "headers": headers, "isBase64Encoded": False,
                "body": json.dumps(body)}

    # -- 405 ----------------------------------------------------------------------------------
    @cached_property
    def _route_methods(self) -> list[tuple[re.Pattern, set[str]]]:
        schema = json.loads(self.get_openapi_json_schema(**OPENAPI_INFO))
        table = []
        for template, operations in schema.get("paths", {}).items():
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
            table.append((re.compile(f"^{pattern}$"), {m.upper() for m in operations}))
        return table

    def allowed_methods(self, path: str) -> set[str]:
        return {m for pattern, methods in self._route_methods if pattern.match(path) for m in methods}


def _body_size(event: dict, headers: dict) -> int:
    """The larger of what the client declared and what arrived (the local server passes the
    declared length and no body when it refused to read one)."""
    try:
        declared = int(headers.get("content-length") or 0)
    except ValueError:
        declared = 0
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        actual = len(body) * 3 // 4  # close enough; decoding a huge body to measure it is waste
    else:
        actual = len(body.encode("utf-8", "surrogatepass"))
    return max(declared, actual)


def _utf8_json(event: dict, headers: dict) -> bool:
    """False for a JSON body (or one of no declared type) that is not UTF-8 text."""
    kind = str(headers.get("content-type", "application/json")).split(";")[0].strip().lower()
    if not event.get("isBase64Encoded") or not event.get("body") or not (
            kind == "application/json" or kind.endswith("+json")):
        return True
    try:
        base64.b64decode(event["body"], validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    return True


# Swagger UI is inline script and style, served on the origin whose sessionStorage holds the
# page's token: it may talk to this origin only, and load nothing from elsewhere.
DOCS_POLICY = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; "
               "form-action 'none'; frame-ancestors 'none'")


def _docs_policy(app, next_middleware) -> Response:
    response = next_middleware(app)
    response.headers["Content-Security-Policy"] = DOCS_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def build_app(services: Services) -> IntakeResolver:
    app = IntakeResolver(services.settings)
    app.include_router(intakes.router(services))
    app.include_router(voice.router(services))
    app.include_router(catalog.router(services))
    app.include_router(events.router(services))
    app.include_router(health.router(services))
    app.include_router(page.router(services.settings))

    @app.get("/openapi.json", include_in_schema=False)
    def openapi():
        return Response(status_code=200, content_type="application/json",
                        body=app.get_openapi_json_schema(**OPENAPI_INFO))

    app.enable_swagger(path="/docs", middlewares=[_docs_policy], **OPENAPI_INFO)

    @app.exception_handler(Exception)
    def on_error(exc: Exception) -> Response:
        if isinstance(exc, NotFoundError):
            allowed = app.allowed_methods(app.current_event.path)
            if allowed:
                exc = errors.ApiError(HTTPStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                                      f"{app.current_event.http_method} is not allowed here",
                                      {"allowed": sorted(allowed)},
                                      {"Allow": ", ".join(sorted(allowed))})
        return errors.handle(exc)

    return app


__all__ = ["IntakeResolver", "Services", "build_app"]
