"""`GET /health`: is the database answering?"""
from __future__ import annotations

from aws_lambda_powertools.event_handler.api_gateway import Router

from intake.api import models
from intake.api.responses import documented
from intake.api.services import Services


def router(services: Services) -> Router:
    api = Router()

    @api.get("/health", tags=["health"], summary="200 when the database answers, else 503",
             responses=documented(200, models.Health, "the database answers", 503))
    def health() -> models.Health:
        services.store.ping()  # StorageUnavailable -> 503 in the error handler
        return models.Health(status="ok", database="ok")

    return api
