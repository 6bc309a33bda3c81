"""Intake routes: a typed sentence, the form, reading an intake, confirming ambiguous items."""
from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path

from intake.api import models, views
from intake.api.request import IdempotencyKey, actor
from intake.api.responses import documented
from intake.api.services import Services
from intake.service import CREATE_NEW, FormInput
from products.errors import Conflict, DomainError
from products.intakes import IntakeRecord

IntakeId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def router(services: Services) -> Router:
    api = Router()
    intakes, settings = services.intakes, services.settings

    @api.post("/intakes/text", status_code=201, tags=["intakes"],
              summary="Record what a typed sentence says happened",
              responses=documented(201, models.IntakeOut, "the intake: recorded, needs_confirmation "
                                   "or rejected", 400, 409, 413, 422, 503))
    def submit_text(body: models.TextIntakeIn, idempotency_key: IdempotencyKey = None) -> models.IntakeOut:
        who = actor(api.current_event, settings)
        return views.intake(intakes.submit_text(body.text, who, idempotency_key))

    @api.post("/intakes/form", status_code=201, tags=["intakes"],
              summary="Record one item from the structured form",
              responses=documented(201, models.IntakeOut, "the intake", 400, 409, 413, 422, 503))
    def submit_form(body: models.FormIntakeIn, idempotency_key: IdempotencyKey = None) -> models.IntakeOut:
        who = actor(api.current_event, settings)
        return views.intake(intakes.submit_form(FormInput(**body.model_dump()), who, idempotency_key))

    @api.get("/intakes/<intake_id>", tags=["intakes"], summary="An intake and what became of it",
             responses=documented(200, models.IntakeOut, "the intake", 404, 422, 503))
    def get_intake(intake_id: IntakeId) -> models.IntakeOut:
        return views.intake(intakes.get(intake_id))

    @api.post("/intakes/<intake_id>/confirm", tags=["intakes"],
              summary="Choose the product meant by each ambiguous item, or create a new one",
              responses=documented(200, models.IntakeOut, "the intake after recording the choices",
                                   400, 404, 409, 413, 422, 503))
    def confirm(intake_id: IntakeId, body: models.ConfirmIn,
                idempotency_key: IdempotencyKey = None) -> models.IntakeOut:
        who, choices = actor(api.current_event, settings), _choices(body)
        try:
            return views.intake(intakes.confirm(intake_id, choices, who))
        except Conflict:
            # A repeat of a confirmation that went through: with an Idempotency-Key, answer
            # what the first one answered (the intake as recorded by these very choices).
            if idempotency_key is None:
                raise
            done = intakes.get(intake_id)
            if not _chosen_already(done, choices):
                raise
            return views.intake(done)

    return api


def _choices(body: models.ConfirmIn) -> dict[int, int | str]:
    choices: dict[int, int | str] = {}
    for choice in body.choices:
        if choice.item_index in choices:
            raise DomainError(f"item {choice.item_index} is chosen twice")
        choices[choice.item_index] = (CREATE_NEW if isinstance(choice, models.ChooseNew)
                                      else choice.product_id)
    return choices


def _chosen_already(intake: IntakeRecord, choices: dict[int, int | str]) -> bool:
    """Each chosen item was recorded, and as this choice said. No choices: only a voice note
    that was confirmed as heard (and so recorded) is a repeat."""
    if not choices:
        return intake.channel == "voice" and intake.status == "recorded"
    for index, choice in choices.items():
        if index >= len(intake.items):
            return False
        item = intake.items[index]
        event = item.get("event")
        if event is None:
            return False
        if choice == CREATE_NEW:
            if (item.get("resolution") or {}).get("outcome") != "new":
                return False
        elif event.get("product_id") != choice:
            return False
    return True
