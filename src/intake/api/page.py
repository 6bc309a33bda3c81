"""The web page, its static files and `GET /config.json` (how the page signs in), served by the
same resolver as the API, so the Lambda serves the page too. Only files that ship in
`intake/static` are served, read once.

On AWS these are the only routes outside the JWT authorizer besides /health, /openapi.json and
/docs (template.yaml): a browser sends no token for a script or style tag, and the page must
learn how to sign in before it has a token.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.api_gateway import Router

from intake.api.errors import ApiError
from intake.settings import Settings

STATIC = Path(__file__).resolve().parent.parent / "static"
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
         ".ico": "image/x-icon"}
# The voice channel's script arrives later (another module); until then an empty one keeps
# the page's <script src="/static/voice.js"> quiet.
OPTIONAL = {"voice.js": "// the voice channel is not installed\n"}


def content_security_policy(settings: Settings) -> str:
    """No inline script or style, nothing from elsewhere: an injected string cannot run. The page
    talks to itself and, on AWS, to the bucket it uploads audio to and to Cognito (sign-in)."""
    connect = " ".join(("'self'", *settings.connect_origins()))
    return (f"default-src 'self'; connect-src {connect}; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def security_headers(settings: Settings) -> dict[str, str]:
    return {"Content-Security-Policy": content_security_policy(settings),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-cache"}


def page_config(settings: Settings) -> dict[str, str]:
    """What `GET /config.json` tells the page: how to get the bearer token it sends."""
    if settings.auth != "cognito":
        return {"auth": settings.auth}
    found = {"auth": "cognito", "region": settings.cognito_region,
             "user_pool_client_id": settings.cognito_client_id}
    if settings.cognito_endpoint:
        found["endpoint"] = settings.cognito_endpoint  # a fake Cognito, in tests only
    return found


_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")


@lru_cache(maxsize=32)
def _file(name: str) -> tuple[bytes | str, str] | None:
    path = STATIC / name
    kind = TYPES.get(path.suffix)
    if kind is None or path.parent != STATIC:
        return None
    if not path.is_file():
        return (OPTIONAL[name], TYPES[".js"]) if name in OPTIONAL else None
    data = path.read_bytes()
    return (data.decode("utf-8") if kind.startswith("text/") else data), kind


def router(settings: Settings) -> Router:
    api = Router()
    headers = security_headers(settings)  # built once: the settings are read once per process
    config = json.dumps(page_config(settings))

    def serve(name: str) -> Response:
        found = _file(name) if _NAME.fullmatch(name) else None
        if found is None:
            raise ApiError(404, "not_found", f"no static file {name!r}")
        body, kind = found
        return Response(status_code=200, content_type=kind, body=body, headers=dict(headers))

    @api.get("/", include_in_schema=False)
    def index():
        return serve("index.html")

    @api.get("/static/<name>", include_in_schema=False)
    def static(name: str):
        return serve(name)

    @api.get("/config.json", include_in_schema=False)
    def page_settings():
        return Response(status_code=200, content_type="application/json", body=config,
                        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})

    return api
