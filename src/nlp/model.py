"""Plain data the parser hands out. No spaCy type ever leaves `nlp`."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol

EVENT_TYPES = ("added", "moved", "removed", "counted")

Span = tuple[int, int]  # character offsets [start, end) in the text given to parse()


@dataclass(frozen=True, slots=True)
class Item:
    """One thing that happened to one product, as said."""

    event_type: str
    product: str
    quantity: int | float | None = None
    unit: str | None = None
    location: str | None = None
    from_location: str | None = None
    confidence: float = 1.0
    # field name ("product", "location", ...) -> where it was said
    spans: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Parse:
    """The parser's answer: the items said, or none and the reason why."""

    text: str
    items: tuple[Item, ...] = ()
    reason: str | None = None


class CatalogHints(Protocol):
    """What the parser may ask of a catalog. Implemented by `products`; lookups only, so the
    parser's start-up work never grows with catalog size."""

    def product_score(self, phrase: str) -> float:
        """0..100: how well `phrase` names a known product."""

    def location_score(self, phrase: str) -> float:
        """0..100: how well `phrase` names a known location."""

    def names_one_product(self, phrase: str) -> bool:
        """Whether `phrase` picks one known product, with no twins left to choose among."""
