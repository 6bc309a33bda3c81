"""What an event does to stock, as a list of per-location changes (effects).

Pure: given the stock before and what was said, it returns the changes. The journal stores the
effects with the event, so undo applies their opposite without re-deriving anything.
"""
from __future__ import annotations

from products.errors import InvalidEvent
from products.model import Effect, EventType, Quantity, tidy_quantity

Stock = dict[int | None, Quantity]  # location id (None: no place said) -> quantity on hand


MAX_STOCK = 10 ** 15  # per product and place: what MySQL's DECIMAL(20,3) holds, with room


def plan(event_type: EventType, quantity: Quantity | None, location_id: int | None,
         from_location_id: int | None, stock: Stock) -> tuple[Effect, ...]:
    """The stock changes an event makes. Stock never goes below zero nor above MAX_STOCK."""
    effects = _plan(event_type, quantity, location_id, from_location_id, stock)
    for loc, total in apply(stock, effects).items():
        if total > MAX_STOCK:
            raise InvalidEvent(f"that would make more than {MAX_STOCK} in one place")
    return effects


def _plan(event_type: EventType, quantity: Quantity | None, location_id: int | None,
          from_location_id: int | None, stock: Stock) -> tuple[Effect, ...]:
    if event_type is EventType.ADDED:
        return ((location_id, 1 if quantity is None else quantity),)
    if event_type is EventType.COUNTED:
        if quantity is None:
            raise InvalidEvent("a count needs a quantity")
        return _nonzero(((location_id, quantity - stock.get(location_id, 0)),))
    if event_type is EventType.REMOVED:
        return _nonzero(_take(stock, quantity, location_id, only_from=location_id is not None))
    if event_type is EventType.MOVED:
        return _move(stock, quantity, location_id, from_location_id)
    raise InvalidEvent(f"unknown event type {event_type!r}")


def reverse(effects: tuple[Effect, ...], stock: Stock) -> tuple[Effect, ...]:
    """The opposite of `effects`, clamped so that no location goes below zero (later events may
    already have taken what an undone "added" brought)."""
    after = dict(stock)
    out: list[Effect] = []
    for location_id, delta in effects:
        change = -delta
        if change < 0:
            change = -min(-change, after.get(location_id, 0))
        after[location_id] = after.get(location_id, 0) + change
        out.append((location_id, tidy_quantity(change)))
    return _nonzero(tuple(out))


def _take(stock: Stock, quantity: Quantity | None, location_id: int | None,
          only_from: bool) -> list[Effect]:
    """Take `quantity` (None: all of it) from one location, or from wherever it is: the place
    with no location first, then the largest piles."""
    if only_from:
        sources = [location_id]
    else:
        sources = sorted((loc for loc, q in stock.items() if q > 0),
                         key=lambda loc: (loc is not None, -stock[loc]))
    effects: list[Effect] = []
    left = quantity
    for loc in sources:
        have = stock.get(loc, 0)
        take = have if left is None else min(have, left)
        if take > 0:
            effects.append((loc, -take))
        if left is not None:
            left -= take
            if left <= 0:
                break
    return effects


def _move(stock: Stock, quantity: Quantity | None, to: int | None,
          source: int | None) -> tuple[Effect, ...]:
    """Move `quantity` (None: everything) to `to`. What is not on record anywhere is taken
    as found: the person says it is at `to` now, so it is."""
    if source is not None and source == to:
        raise InvalidEvent("moved to the place it came from")
    available = {loc: q for loc, q in stock.items() if loc != to}
    taken = _take(available, quantity, source, only_from=source is not None)
    moved = -sum(delta for _, delta in taken)
    wanted = quantity if quantity is not None else (moved if moved > 0 else 1)
    if quantity is None and moved == 0 and stock.get(to, 0) > 0:
        wanted = 0  # already there: moving "it" changes nothing
    arriving = max(wanted, moved)
    effects = list(taken)
    if arriving:
        effects.append((to, arriving))
    return _nonzero(tuple(effects))


def _nonzero(effects) -> tuple[Effect, ...]:
    return tuple((loc, tidy_quantity(d)) for loc, d in effects if d)


def apply(stock: Stock, effects: tuple[Effect, ...]) -> Stock:
    after = dict(stock)
    for loc, delta in effects:
        after[loc] = tidy_quantity(after.get(loc, 0) + delta)
    return after
