"""The journal's nouns: products, locations, events and stock. Plain data, no behaviour that
needs storage."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EventType(StrEnum):
    ADDED = "added"
    MOVED = "moved"
    REMOVED = "removed"
    COUNTED = "counted"


CHANNELS = frozenset({"voice", "text", "form", "import", "api"})

Quantity = int | float
Effect = tuple[int | None, Quantity]  # (location id or None for "no place said", stock change)


@dataclass(frozen=True, slots=True)
class Product:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Location:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class StockLine:
    location_id: int | None
    location: str | None
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    product_id: int
    product: str
    event_type: EventType
    quantity: Quantity | None
    unit: str | None
    location_id: int | None
    location: str | None
    from_location_id: int | None
    from_location: str | None
    channel: str
    intake_id: str | None
    item_index: int | None
    actor: str
    said: str | None
    resolution: dict = field(default_factory=dict)
    effects: tuple[Effect, ...] = ()
    created_at: str = ""
    undone_at: str | None = None
    undone_by: str | None = None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event about to be appended: what was said and where it came from."""

    product_id: int
    event_type: EventType
    quantity: Quantity | None
    unit: str | None
    location_id: int | None
    from_location_id: int | None
    channel: str
    intake_id: str | None
    item_index: int | None
    actor: str
    said: str | None
    resolution: dict
    effects: tuple[Effect, ...]


QUANTITY_DECIMALS = 3  # what both databases keep (MySQL DECIMAL(..., 3))


def tidy_quantity(value: float | int | None) -> Quantity | None:
    """Rounded to what is stored, and 2.0 -> 2, so that JSON and people see whole numbers as
    whole and sums like 0.1 + 0.2 leave no crumbs of stock."""
    if value is None:
        return None
    as_float = round(float(value), QUANTITY_DECIMALS) + 0.0  # + 0.0: no -0.0
    return int(as_float) if as_float.is_integer() else as_float
