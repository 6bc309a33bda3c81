"""The storage port. Adapters (SQLite, MySQL) live in `products.adapters`; one contract test
suite runs over all of them (tests/contract)."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TypeVar

from products.intakes import IntakeRecord
from products.model import Effect, Event, Location, NewEvent, Product, StockLine

T = TypeVar("T")


class Store(ABC):
    """Everything the journal keeps. Methods that write run inside `atomically`."""

    # -- transactions -----------------------------------------------------------------------
    @abstractmethod
    def atomically(self, work: Callable[["Store"], T]) -> T:
        """Run `work(self)` in one transaction, retried when the database reports a deadlock or
        lock timeout. Either all of its writes land or none do."""

    @abstractmethod
    def ping(self) -> None:
        """Raise StorageUnavailable unless the database answers."""

    def close(self) -> None:
        """Release connections."""

    # -- products, locations, aliases ---------------------------------------------------------
    @abstractmethod
    def find_or_create_product(self, name: str, key: str) -> tuple[Product, bool]:
        """The product with this name key, created if missing; True when this call created it.
        Safe when many callers race for the same key: exactly one creates it."""

    @abstractmethod
    def get_product(self, product_id: int) -> Product | None: ...

    @abstractmethod
    def search_products(self, text: str, limit: int) -> list[Product]:
        """Products whose name contains `text` (all when empty), by name."""

    @abstractmethod
    def products_after(self, product_id: int, limit: int) -> list[Product]:
        """Products with a larger id, in id order: how a process catches up with the catalog."""

    @abstractmethod
    def add_alias(self, alias: str, key: str, product_id: int, actor: str) -> bool:
        """Teach that `alias` means the product; False when the alias already exists."""

    @abstractmethod
    def aliases_after(self, alias_id: int, limit: int) -> list[tuple[int, int, str, str]]:
        """(alias id, product id, alias, product name) with a larger alias id, in id order."""

    @abstractmethod
    def find_or_create_location(self, name: str, key: str) -> tuple[Location, bool]: ...

    @abstractmethod
    def get_location(self, location_id: int) -> Location | None: ...

    @abstractmethod
    def locations_after(self, location_id: int, limit: int) -> list[Location]: ...

    @abstractmethod
    def search_locations(self, text: str, limit: int) -> list[Location]: ...

    # -- stock and events ---------------------------------------------------------------------
    @abstractmethod
    def lock_product(self, product_id: int) -> None:
        """Within a transaction: serialise events of this product until commit."""

    @abstractmethod
    def stock_of(self, product_id: int) -> list[StockLine]:
        """Quantity per location (lines with zero left out)."""

    @abstractmethod
    def change_stock(self, product_id: int, effects: tuple[Effect, ...]) -> None: ...

    @abstractmethod
    def append_event(self, event: NewEvent) -> Event | None:
        """Append; None when an event for the same (intake id, item index) already exists."""

    @abstractmethod
    def event_for_item(self, intake_id: str, item_index: int) -> Event | None: ...

    @abstractmethod
    def get_event(self, event_id: int) -> Event | None: ...

    @abstractmethod
    def list_events(self, product_id: int | None = None, limit: int = 50,
                    before_id: int | None = None) -> list[Event]:
        """Newest first."""

    @abstractmethod
    def mark_undone(self, event_id: int, actor: str, effects: tuple[Effect, ...]) -> bool:
        """Mark undone (once): False when it already was."""

    # -- intakes ------------------------------------------------------------------------------
    @abstractmethod
    def create_intake(self, intake: IntakeRecord) -> IntakeRecord | None:
        """Insert; None when its idempotency key is already taken."""

    @abstractmethod
    def get_intake(self, intake_id: str) -> IntakeRecord | None: ...

    @abstractmethod
    def intake_by_idempotency_key(self, key: str) -> IntakeRecord | None: ...

    @abstractmethod
    def save_intake(self, intake: IntakeRecord, expected_status: str | None = None) -> bool:
        """Write the intake's mutable fields; with `expected_status`, only if its stored status
        is still that one (a compare-and-set that keeps two workers from both finishing it).
        False when the compare failed."""

    @abstractmethod
    def intakes_in_status(self, status: str, updated_before: str, limit: int,
                          channels: tuple[str, ...] | None = None) -> list[IntakeRecord]:
        """Intakes stuck in `status` since before the ISO timestamp, oldest first; only those
        of `channels` when given (so one channel's backlog never hides another's)."""
