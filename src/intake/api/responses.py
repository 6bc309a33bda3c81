"""What each route documents in the OpenAPI schema: its success body and its errors."""
from __future__ import annotations

from pydantic import BaseModel

from intake.api.models import ErrorOut

_WHY = {
    400: "malformed request (bad JSON, bad header)",
    401: "missing or wrong bearer token (when INTAKE_API_TOKEN is set)",
    404: "no such intake, product or event",
    409: "conflicts with what is recorded (e.g. undone already, Idempotency-Key reused)",
    413: "body larger than the limit",
    422: "body or parameters do not match the schema",
    503: "database unavailable (intakes are kept and finished later); see Retry-After",
}


def documented(status: int, model: type[BaseModel], description: str, *errors: int) -> dict[int, dict]:
    """`responses=` for a route: Powertools documents only these once any are given."""
    shown = {status: {"description": description, "content": {"application/json": {"model": model}}}}
    for error in sorted({401, *errors}):
        shown[error] = {"description": _WHY[error], "content": {"application/json": {"model": ErrorOut}}}
    return shown
