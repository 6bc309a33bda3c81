"""The product service's use cases: resolve a said name, record what happened, undo, learn.

Every channel (voice, text, form, import) ends in `Journal.record`. The seed rule: a product
that does not exist yet is created together with an `added` event, whatever verb was said; one
that exists gets an event that updates its stock. Ambiguous names are not recorded: the caller
gets the candidates and asks a person, whose choice (`RecordRequest.choice`) teaches an alias.
"""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

from products.errors import Conflict, InvalidEvent, NotFound
from products.matching import Candidate, Catalog, Resolution
from products.model import (CHANNELS, QUANTITY_DECIMALS, Event, EventType, Location, NewEvent,
                            Product, StockLine, tidy_quantity)
from products.naming import display_name, name_key, validate_name
from products.repository import Store
from products import stock as stock_rules

CREATE_NEW = "new"          # RecordRequest.choice: a person said "none of these, it's new"
MAX_QUANTITY = 1_000_000_000
MAX_UNIT_LENGTH = 40
MAX_SAID_LENGTH = 10_000
SYNC_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class RecordRequest:
    """One item to record, as said, and where it came from."""

    product: str
    event_type: str
    quantity: int | float | None = None
    unit: str | None = None
    location: str | None = None
    from_location: str | None = None
    channel: str = "api"
    intake_id: str | None = None
    item_index: int | None = None
    actor: str = "anonymous"
    said: str | None = None
    choice: int | str | None = None  # a product id a person chose, or CREATE_NEW


@dataclass(frozen=True, slots=True)
class Outcome:
    """`recorded` with the event, or `needs_confirmation` with the candidates."""

    status: str
    resolution: Resolution
    product: Product | None = None
    created: bool = False
    event: Event | None = None
    duplicate: bool = False  # this (intake, item) had been recorded before; nothing new written


@dataclass(slots=True)
class _Seen:
    product: int = 0
    alias: int = 0
    location: int = 0


@dataclass
class Journal:
    store: Store
    catalog: Catalog = field(default_factory=Catalog)

    def __post_init__(self) -> None:
        self._seen = _Seen()
        self._lock = threading.RLock()  # the catalog index is shared by threads

    # -- catalog ------------------------------------------------------------------------------
    def sync(self) -> None:
        """Bring the in-memory catalog up to date with what other processes created."""
        with self._lock:
            while batch := self.store.products_after(self._seen.product, SYNC_BATCH):
                for p in batch:
                    self.catalog.add_product(p.id, p.name)
                self._seen.product = batch[-1].id
            while batch := self.store.aliases_after(self._seen.alias, SYNC_BATCH):
                for alias_id, product_id, alias, product_name in batch:
                    self.catalog.add_product_alias(product_id, alias, product_name)
                self._seen.alias = batch[-1][0]
            while batch := self.store.locations_after(self._seen.location, SYNC_BATCH):
                for loc in batch:
                    self.catalog.add_location(loc.id, loc.name)
                self._seen.location = batch[-1].id

    @property
    def hints(self) -> "LockedHints":
        """The parser's view of the catalog (nlp.CatalogHints), safe to read while other threads
        record: `catalog.hints` reads the index without the lock that writers hold."""
        return LockedHints(self)

    def resolve(self, said: str) -> Resolution:
        validate_name(said, "product name")
        self.sync()
        with self._lock:
            return self.catalog.resolve_product(said)

    def learn_alias(self, said: str, product_id: int, actor: str) -> bool:
        """Teach that `said` means this product (a person confirmed it). False when the words
        already name a product or are already taught."""
        said = validate_name(said, "alias")
        product = self.store.get_product(product_id)
        if product is None:
            raise NotFound(f"product {product_id} not found")
        key = name_key(said)
        if key == name_key(product.name):
            return False
        learned = self.store.add_alias(said, key, product_id, actor)
        if learned:
            self.sync()
        return learned

    # -- recording ----------------------------------------------------------------------------
    def check(self, request: RecordRequest) -> None:
        """Raise the DomainError `record` would raise for this request's own fields."""
        _validate(request)

    def record(self, request: RecordRequest) -> Outcome:
        """Resolve, then write product, places, event and stock in one transaction: a failure
        anywhere leaves nothing behind."""
        said_name, event_type = _validate(request)
        if request.intake_id is not None and request.item_index is not None:
            earlier = self.store.event_for_item(request.intake_id, request.item_index)
            if earlier is not None:
                return self._already(earlier)

        quantity = tidy_quantity(request.quantity)  # kept to QUANTITY_DECIMALS, as stored
        resolution = self._resolve_for(request, said_name)
        if resolution.outcome == "ambiguous":
            return Outcome("needs_confirmation", resolution)
        place = self._known_place(request.location)
        source = self._known_place(request.from_location) if event_type is EventType.MOVED else None

        def write(store: Store) -> tuple[Product, bool, Location | None, Location | None, Event | None]:
            if resolution.outcome == "matched":
                product, created = Product(resolution.id, resolution.name), False
                if request.choice is not None and name_key(said_name) != name_key(product.name):
                    store.add_alias(said_name, name_key(said_name), product.id, request.actor)
            else:
                product, created = store.find_or_create_product(display_name(said_name),
                                                                name_key(said_name))
            kind = EventType.ADDED if created else event_type  # the seed rule
            to = _located(store, place)
            src = _located(store, source) if kind is EventType.MOVED else None
            store.lock_product(product.id)
            before = {line.location_id: line.quantity for line in store.stock_of(product.id)}
            effects = stock_rules.plan(kind, quantity, to.id if to else None,
                                       src.id if src else None, before)
            event = store.append_event(NewEvent(
                product_id=product.id, event_type=kind, quantity=quantity,
                unit=request.unit, location_id=to.id if to else None,
                from_location_id=src.id if src else None, channel=request.channel,
                intake_id=request.intake_id, item_index=request.item_index, actor=request.actor,
                said=request.said, resolution=_resolution_record(resolution, request, kind, created),
                effects=effects))
            if event is None:
                raise _AlreadyRecorded()
            store.change_stock(product.id, effects)
            return product, created, to, src, event

        try:
            product, created, to, src, event = self.store.atomically(write)
        except _AlreadyRecorded:  # a concurrent delivery of the same item won
            return self._already(self.store.event_for_item(request.intake_id, request.item_index))
        with self._lock:  # only what was committed joins the in-memory catalog
            self.catalog.add_product(product.id, product.name)
            for location in (to, src):
                if location is not None:
                    self.catalog.add_location(location.id, location.name)
        if request.choice is not None and request.choice != CREATE_NEW:
            self.sync()  # the alias taught above
        if resolution.outcome == "new":
            resolution = Resolution("new", said_name, product.id, product.name, resolution.score,
                                    resolution.candidates)
        return Outcome("recorded", resolution, product, created, event)

    def _already(self, event: Event) -> Outcome:
        resolution = Resolution("matched", event.product, event.product_id, event.product,
                                float(event.resolution.get("score", 100.0)))
        return Outcome("recorded", resolution, Product(event.product_id, event.product),
                       bool(event.resolution.get("created")), event, duplicate=True)

    def _resolve_for(self, request: RecordRequest, said: str) -> Resolution:
        """How the product is found: a person's choice, or the matcher."""
        if request.choice == CREATE_NEW:
            return Resolution("new", said, None, None, 100.0)
        if request.choice is not None:
            if not isinstance(request.choice, int) or isinstance(request.choice, bool):
                raise InvalidEvent("choice must be a product id or 'new'")
            product = self.store.get_product(request.choice)
            if product is None:
                raise NotFound(f"product {request.choice} not found")
            return Resolution("matched", said, product.id, product.name, 100.0,
                              (Candidate(product.id, product.name, 100.0),))
        return self.resolve(said)

    def _known_place(self, said: str | None) -> Location | str | None:
        """The known location meant, or the said name of a new one (created on write)."""
        if said is None:
            return None
        said = validate_name(said, "location")
        with self._lock:
            found = self.catalog.resolve_location(said)
        if found.outcome == "matched":
            return Location(found.id, found.name)
        return said

    # -- undo ---------------------------------------------------------------------------------
    def undo(self, event_id: int, actor: str) -> Event:
        """Reverse an event's effect on stock and mark it undone. Never deletes."""

        def write(store: Store) -> Event:
            event = store.get_event(event_id)
            if event is None:
                raise NotFound(f"event {event_id} not found")
            if event.undone:
                raise Conflict(f"event {event_id} was already undone")
            store.lock_product(event.product_id)
            before = {line.location_id: line.quantity for line in store.stock_of(event.product_id)}
            reversal = stock_rules.reverse(event.effects, before)
            if not store.mark_undone(event_id, actor, reversal):
                raise Conflict(f"event {event_id} was already undone")
            store.change_stock(event.product_id, reversal)
            return store.get_event(event_id)

        return self.store.atomically(write)

    # -- reading ------------------------------------------------------------------------------
    def product(self, product_id: int) -> Product:
        product = self.store.get_product(product_id)
        if product is None:
            raise NotFound(f"product {product_id} not found")
        return product

    def stock(self, product_id: int) -> list[StockLine]:
        self.product(product_id)
        return self.store.stock_of(product_id)


@dataclass(frozen=True, slots=True)
class LockedHints:
    journal: Journal

    def product_score(self, phrase: str) -> float:
        with self.journal._lock:
            return self.journal.catalog.hints.product_score(phrase)

    def location_score(self, phrase: str) -> float:
        with self.journal._lock:
            return self.journal.catalog.hints.location_score(phrase)

    def names_one_product(self, phrase: str) -> bool:
        with self.journal._lock:
            return self.journal.catalog.hints.names_one_product(phrase)


class _AlreadyRecorded(Exception):
    """Raised inside the write to roll it back when the same item was recorded meanwhile."""


def _located(store: Store, place: Location | str | None) -> Location | None:
    if place is None or isinstance(place, Location):
        return place
    location, _ = store.find_or_create_location(display_name(place), name_key(place))
    return location


def _validate(request: RecordRequest) -> tuple[str, EventType]:
    said = validate_name(request.product, "product name")
    try:
        event_type = EventType(request.event_type)
    except ValueError:
        raise InvalidEvent(f"unknown event type {request.event_type!r}; use one of "
                           + ", ".join(e.value for e in EventType)) from None
    q = request.quantity
    if q is not None:
        if isinstance(q, bool) or not isinstance(q, (int, float)) or not math.isfinite(q):
            raise InvalidEvent("quantity must be a number")
        if q < 0:
            raise InvalidEvent("quantity cannot be negative")
        if q > MAX_QUANTITY:
            raise InvalidEvent(f"quantity is larger than {MAX_QUANTITY}")
        if q and round(q, QUANTITY_DECIMALS) == 0:
            raise InvalidEvent(f"quantity is smaller than {10 ** -QUANTITY_DECIMALS}")
    elif event_type is EventType.COUNTED:
        raise InvalidEvent("a count needs a quantity")
    if request.unit is not None and (not request.unit.strip() or len(request.unit) > MAX_UNIT_LENGTH):
        raise InvalidEvent(f"unit must be 1 to {MAX_UNIT_LENGTH} characters")
    if not isinstance(request.actor, str) or not request.actor.strip() or len(request.actor) > 200:
        raise InvalidEvent("actor must be 1 to 200 characters")
    if request.channel not in CHANNELS:
        raise InvalidEvent(f"unknown channel {request.channel!r}")
    if request.said is not None and len(request.said) > MAX_SAID_LENGTH:
        raise InvalidEvent(f"the original words are longer than {MAX_SAID_LENGTH} characters")
    if request.location is not None:
        validate_name(request.location, "location")
    if request.from_location is not None:
        validate_name(request.from_location, "from location")
        if (event_type is EventType.MOVED and request.location is not None
                and name_key(request.location) == name_key(request.from_location)):
            raise InvalidEvent("moved to the place it came from")
    return said, event_type


def _resolution_record(resolution: Resolution, request: RecordRequest, event_type: EventType,
                       created: bool) -> dict:
    """What the event keeps of how its product was found."""
    record = resolution.to_dict()
    record["said"] = request.product
    record["created"] = created
    if request.choice is not None:
        record["confirmed_by"] = request.actor
    if event_type.value != request.event_type:
        record["said_event_type"] = request.event_type
    return record
