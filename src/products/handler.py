"""The product Lambda: parsed items or a form in, outcomes out; also an SQS consumer.

Direct invoke payload:
    {"items": [{"product", "event_type", "quantity"?, "unit"?, "location"?, "from_location"?,
                "choice"?}...] | "form": {...}, "channel"?, "intake_id"?, "actor"?, "said"?}
Reply: {"results": [{"status", "outcome", "product", "created", "event", "candidates"}...]}
(or {"error": {"code", "message"}} for a domain error).

The SQS entry point takes the same payload per message and reports partial batch failures, so
one bad message is retried (and dead-lettered) alone. (intake_id, item index) is unique, so a
message delivered twice records once.

This module is the product function's composition root: configuration is read here once, at
cold start; the database URL comes from INTAKE_DB_URL or from the Secrets Manager secret named
by INTAKE_DB_SECRET_ARN (read through Powertools parameters when the container starts).
"""
from __future__ import annotations

import json
import os

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from products.adapters import lambda_database_url, open_store
from products.errors import DomainError
from products.journal import Journal, Outcome, RecordRequest

logger = Logger(service="intake-products")
metrics = Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Intake"), service="products")
processor = BatchProcessor(event_type=EventType.SQS)

_journal: Journal | None = None


def database_url() -> str:
    return lambda_database_url(os.environ.get("INTAKE_DB_URL"), os.environ.get("INTAKE_DB_SECRET_ARN"),
                               os.environ.get("INTAKE_DB_NAME", "intake"),
                               os.environ.get("INTAKE_DB_CA_BUNDLE"))


def journal() -> Journal:
    """One journal (one connection, one catalog index) per container, reused across calls."""
    global _journal
    if _journal is None:
        _journal = Journal(open_store(database_url()))
    return _journal


def record_payload(payload: dict, delivery_id: str | None = None) -> list[dict]:
    """Record every item of one payload. `delivery_id` (an SQS message id, stable across
    redeliveries) keys the items when the payload names no intake, so a redelivered message
    records nothing twice."""
    if not isinstance(payload, dict):
        raise DomainError("the payload must be a JSON object")
    items = payload.get("items")
    if items is None and isinstance(payload.get("form"), dict):
        items = [payload["form"]]
    if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
        raise DomainError("give 'items' (a non-empty list of objects) or a 'form' object")
    intake_id = payload.get("intake_id") or (f"sqs:{delivery_id}" if delivery_id else None)
    requests = []
    for index, item in enumerate(items):
        unknown = set(item) - {"product", "event_type", "quantity", "unit", "location",
                               "from_location", "choice", "item_index"}
        if unknown:
            raise DomainError(f"unknown item fields: {', '.join(sorted(unknown))}")
        fields = {k: v for k, v in item.items() if k != "item_index"}
        requests.append(RecordRequest(
            **fields, channel=payload.get("channel", "api"), intake_id=intake_id,
            item_index=item.get("item_index", index) if intake_id else None,
            actor=payload.get("actor", "product-function"), said=payload.get("said")))
    for request in requests:  # all checked before any is recorded
        journal().check(request)
    results = []
    for request in requests:
        outcome = journal().record(request)
        results.append(outcome_view(outcome))
        metrics.add_metric(name="ItemsRecorded" if outcome.event else "ItemsNeedingConfirmation",
                           unit=MetricUnit.Count, value=1)
    return results


def outcome_view(outcome: Outcome) -> dict:
    event = outcome.event
    return {
        "status": outcome.status,
        "outcome": outcome.resolution.outcome,
        "product": {"id": outcome.product.id, "name": outcome.product.name} if outcome.product else None,
        "created": outcome.created,
        "duplicate": outcome.duplicate,
        "candidates": [{"id": c.id, "name": c.name, "score": c.score} for c in outcome.resolution.candidates],
        "event": None if event is None else {
            "id": event.id, "event_type": event.event_type.value, "quantity": event.quantity,
            "unit": event.unit, "location": event.location, "from_location": event.from_location,
            "created_at": event.created_at},
    }


@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    try:
        return {"results": record_payload(event)}
    except DomainError as exc:
        logger.info("rejected", extra={"code": exc.code, "reason": exc.message})
        return {"error": {"code": exc.code, "message": exc.message, "details": exc.details}}


def _record_message(record: SQSRecord) -> None:
    try:
        payload = json.loads(record.body)
    except json.JSONDecodeError as exc:
        raise DomainError(f"message {record.message_id} is not JSON") from exc
    record_payload(payload, record.message_id)  # any exception fails this message alone


@logger.inject_lambda_context
@metrics.log_metrics
def sqs_handler(event: dict, context) -> dict:
    return process_partial_response(event=event, record_handler=_record_message,
                                    processor=processor, context=context)
