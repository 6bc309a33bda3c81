"""Journal routes: the recent events, and undo."""
from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from intake.api import models, views
from intake.api.request import IdempotencyKey, actor
from intake.api.responses import documented
from intake.api.services import Services
from products.errors import Conflict

EventId = Annotated[int, Path(ge=1, le=models.MAX_ID)]
Limit = Annotated[int, Query(ge=1, le=200)]
Before = Annotated[int | None, Query(ge=1, le=models.MAX_ID, description="only events older than this id")]


def router(services: Services) -> Router:
    api = Router()
    store, journal, settings = services.store, services.journal, services.settings

    @api.get("/events", tags=["events"], summary="Recent events, newest first (undone ones flagged)",
             responses=documented(200, models.EventPage, "a page of events", 422, 503))
    def list_events(limit: Limit = 50, before: Before = None) -> models.EventPage:
        return views.event_page(store.list_events(None, limit + 1, before), limit)

    @api.post("/events/<event_id>/undo", tags=["events"],
              summary="Reverse an event's effect on stock and mark it undone (never deleted)",
              responses=documented(200, models.EventOut, "the event, undone", 400, 404, 409, 422, 503))
    def undo(event_id: EventId, idempotency_key: IdempotencyKey = None) -> models.EventOut:
        who = actor(api.current_event, settings)
        try:
            return views.event(journal.undo(event_id, who))
        except Conflict:
            # Undone already. A retry (same actor, with an Idempotency-Key) gets what the
            # first call got: the event as undone. Anyone else learns it was undone before.
            earlier = store.get_event(event_id)
            if idempotency_key is None or earlier is None or earlier.undone_by != who:
                raise
            return views.event(earlier)

    return api
