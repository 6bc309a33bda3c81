"""Domain objects -> response models."""
from __future__ import annotations

from intake.api import models
from products.intakes import IntakeRecord
from products.model import Event, Product, StockLine, tidy_quantity


def intake(record: IntakeRecord) -> models.IntakeOut:
    return models.IntakeOut(
        id=record.id, channel=record.channel, status=record.status, text=record.text,
        transcript=record.transcript,
        transcript_confidence=record.transcript_confidence, items=[models.IntakeItem.model_validate(i) for i in record.items],
        error=_error(record.error), created_at=record.created_at or None,
        updated_at=record.updated_at or None)


def _error(error: dict | None) -> models.ErrorInfo | None:
    if not error:
        return None
    return models.ErrorInfo(code=str(error.get("code", "error")), message=str(error.get("message", "")))


def event(e: Event) -> models.EventOut:
    return models.EventOut(
        id=e.id, product_id=e.product_id, product=e.product, event_type=e.event_type.value,
        quantity=e.quantity, unit=e.unit, location=e.location, from_location=e.from_location,
        channel=e.channel, intake_id=e.intake_id, actor=e.actor, said=e.said,
        created=bool(e.resolution.get("created")), created_at=e.created_at, undone=e.undone,
        undone_at=e.undone_at, undone_by=e.undone_by)


def event_page(events: list[Event], limit: int) -> models.EventPage:
    more = len(events) > limit  # the routes ask for one more than they show
    shown = events[:limit]
    return models.EventPage(events=[event(e) for e in shown],
                            next_before=shown[-1].id if more and shown else None)


def product_detail(product: Product, stock: list[StockLine]) -> models.ProductDetail:
    return models.ProductDetail(
        id=product.id, name=product.name,
        stock=[models.StockLine(location_id=s.location_id, location=s.location, quantity=s.quantity)
               for s in stock],
        total=tidy_quantity(sum(s.quantity for s in stock)) or 0)
