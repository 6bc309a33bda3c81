"""What the SQLite and MySQL adapters share: the SQL that both dialects accept, and the row to
dataclass translation. Each dialect subclass supplies connections, placeholders, upserts and
error translation."""
from __future__ import annotations

import json
import threading
import time
from abc import abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from products.adapters import migrations
from products.errors import StorageUnavailable
from products.intakes import IntakeRecord
from products.model import Effect, Event, EventType, Location, NewEvent, Product, StockLine, tidy_quantity
from products.repository import Store

T = TypeVar("T")

NO_PLACE = 0  # location_id of stock whose place was never said
RETRIES = 5   # deadlocks and lock timeouts are retried this many times

_EVENT_COLUMNS = (
    "e.id, e.product_id, p.name, e.event_type, e.quantity, e.unit, e.location_id, l.name, "
    "e.from_location_id, f.name, e.channel, e.intake_id, e.item_index, e.actor, e.said, "
    "e.resolution, e.effects, e.created_at, e.undone_at, e.undone_by"
)
_EVENT_FROM = (
    "events e JOIN products p ON p.id = e.product_id "
    "LEFT JOIN locations l ON l.id = e.location_id "
    "LEFT JOIN locations f ON f.id = e.from_location_id"
)
_INTAKE_COLUMNS = (
    "id, channel, status, actor, text, transcript, transcript_confidence, items, error, "
    "idempotency_key, request_hash, audio_key, content_type, attempts, created_at, updated_at"
)


class Retry(Exception):
    """A transaction lost a lock race and may simply be run again."""


class SqlStore(Store):
    dialect: str = ""
    placeholder = "?"

    def __init__(self) -> None:
        self._local = threading.local()

    # -- dialect hooks ------------------------------------------------------------------------
    @abstractmethod
    def _connect(self) -> Any: ...

    @abstractmethod
    def _begin(self, conn) -> None: ...

    @abstractmethod
    def _translate(self, exc: Exception) -> Exception | None:
        """Retry (lost a lock race, or the connection dropped and a new one may work),
        StorageUnavailable (the database cannot be reached), or None (not ours to translate:
        a bug or a constraint the caller handles)."""

    @abstractmethod
    def _is_duplicate(self, exc: Exception) -> bool: ...

    def _ready(self, conn) -> None:
        """Called before each use of a connection (MySQL pings and reconnects here)."""

    # -- connections and transactions ---------------------------------------------------------
    def _conn(self):
        """This thread's connection, opened on first use (driver errors pass through: callers
        run inside `_retrying`, which translates them)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            self._local.conn = None
            try:
                conn.close()
            except Exception:
                pass

    def _in_tx(self) -> bool:
        return getattr(self._local, "depth", 0) > 0

    def atomically(self, work: Callable[[Store], T]) -> T:
        if self._in_tx():
            return work(self)

        def attempt(conn):
            self._begin(conn)
            self._local.depth = 1
            try:
                result = work(self)
            finally:
                self._local.depth = 0
            conn.commit()
            return result

        return self._retrying(attempt)

    def _retrying(self, attempt: Callable[[Any], T]) -> T:
        """Run `attempt(connection)`; on a lost lock race or a dropped connection, roll back and
        run it again on a fresh connection, a few times, then give up with StorageUnavailable."""
        for n in range(RETRIES + 1):
            conn = None
            try:
                conn = self._conn()  # connecting can fail like any statement: same handling
                self._ready(conn)
                return attempt(conn)
            except Exception as exc:
                if conn is not None:
                    self._rollback(conn)
                translated = self._translate(exc)
                if translated is None:
                    raise
                if isinstance(translated, Retry):
                    if n < RETRIES:
                        time.sleep(0.005 * (2 ** n))
                        continue
                    translated = StorageUnavailable("the database stayed busy; try again")
                if isinstance(translated, StorageUnavailable):
                    self.close()
                raise translated from exc
        raise AssertionError("unreachable")

    def _rollback(self, conn) -> None:
        try:
            conn.rollback()
        except Exception:
            self.close()

    def _run(self, sql: str, params: tuple = ()) -> Any:
        """One statement; outside a transaction it commits by itself."""
        if self.placeholder != "?":
            sql = sql.replace("?", self.placeholder)
        if self._in_tx():
            cur = self._conn().cursor()
            cur.execute(sql, params)
            return cur

        def attempt(conn):
            cur = conn.cursor()
            cur.execute(sql, params)
            conn.commit()
            return cur

        return self._retrying(attempt)

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        return list(self._run(sql, params).fetchall())

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self._run(sql, params).fetchone()

    def ping(self) -> None:
        self._one("SELECT 1")

    # -- migrations ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        self._run("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)")
        row = self._one("SELECT MAX(version) FROM schema_migrations")
        return int(row[0] or 0)

    def upgrade(self) -> list[int]:
        """Apply pending migrations; returns the versions applied. Safe when several processes
        start at once: one applies each migration, the others find it done."""
        return self._migrate(migrations.load(self.dialect), lambda m, current: m.version > current,
                             lambda m: m.up,
                             ("INSERT INTO schema_migrations (version) VALUES (?)",))

    def downgrade(self, to_version: int = 0) -> list[int]:
        return self._migrate(list(reversed(migrations.load(self.dialect))),
                             lambda m, current: to_version < m.version <= current,
                             lambda m: m.down,
                             ("DELETE FROM schema_migrations WHERE version = ?",))

    def _migrate(self, steps, pending, statements, record) -> list[int]:
        self.schema_version()  # the bookkeeping table exists before anyone locks
        done = []
        with self._migration_lock():
            for m in steps:
                def apply(store, m=m) -> bool:
                    # re-read inside the lock/transaction: another process may have done it
                    if not pending(m, store.schema_version()):
                        return False
                    for statement in statements(m):
                        store._run(statement)
                    store._run(record[0], (m.version,))
                    return True

                if self.atomically(apply):
                    done.append(m.version)
        return done

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """Serialises migrations between processes where transactions cannot (MySQL commits
        DDL at once). SQLite's BEGIN IMMEDIATE in `atomically` already does."""
        yield

    # -- products, locations, aliases ---------------------------------------------------------
    def _find_or_create(self, table: str, name: str, key: str) -> tuple[int, str, bool]:
        row = self._one(f"SELECT id, name FROM {table} WHERE name_key = ?", (key,))
        if row:
            return int(row[0]), row[1], False
        try:
            cur = self._run(f"INSERT INTO {table} (name, name_key) VALUES (?, ?)", (name, key))
            return int(cur.lastrowid), name, True
        except Exception as exc:
            if not self._is_duplicate(exc):
                raise
        # Lost the race: the winner's row is committed (a duplicate key error waits for it).
        row = self._one(self._latest(f"SELECT id, name FROM {table} WHERE name_key = ?"), (key,))
        return int(row[0]), row[1], False

    def _latest(self, select: str) -> str:
        """A read that sees the newest committed row even inside a snapshot."""
        return select

    def find_or_create_product(self, name: str, key: str) -> tuple[Product, bool]:
        pid, stored, created = self._find_or_create("products", name, key)
        return Product(pid, stored), created

    def get_product(self, product_id: int) -> Product | None:
        row = self._one("SELECT id, name FROM products WHERE id = ?", (product_id,))
        return Product(int(row[0]), row[1]) if row else None

    def search_products(self, text: str, limit: int) -> list[Product]:
        rows = self._all(
            "SELECT id, name FROM products WHERE name LIKE ? ESCAPE '!' ORDER BY name LIMIT ?",
            (_like(text), limit))
        return [Product(int(r[0]), r[1]) for r in rows]

    def products_after(self, product_id: int, limit: int) -> list[Product]:
        rows = self._all("SELECT id, name FROM products WHERE id > ? ORDER BY id LIMIT ?",
                         (product_id, limit))
        return [Product(int(r[0]), r[1]) for r in rows]

    def add_alias(self, alias: str, key: str, product_id: int, actor: str) -> bool:
        try:
            self._run("INSERT INTO aliases (product_id, alias, alias_key, created_by) VALUES (?, ?, ?, ?)",
                      (product_id, alias, key, actor))
            return True
        except Exception as exc:
            if self._is_duplicate(exc):
                return False
            raise

    def aliases_after(self, alias_id: int, limit: int) -> list[tuple[int, int, str, str]]:
        rows = self._all(
            "SELECT a.id, a.product_id, a.alias, p.name FROM aliases a "
            "JOIN products p ON p.id = a.product_id WHERE a.id > ? ORDER BY a.id LIMIT ?",
            (alias_id, limit))
        return [(int(r[0]), int(r[1]), r[2], r[3]) for r in rows]

    def find_or_create_location(self, name: str, key: str) -> tuple[Location, bool]:
        lid, stored, created = self._find_or_create("locations", name, key)
        return Location(lid, stored), created

    def get_location(self, location_id: int) -> Location | None:
        row = self._one("SELECT id, name FROM locations WHERE id = ?", (location_id,))
        return Location(int(row[0]), row[1]) if row else None

    def locations_after(self, location_id: int, limit: int) -> list[Location]:
        rows = self._all("SELECT id, name FROM locations WHERE id > ? ORDER BY id LIMIT ?",
                         (location_id, limit))
        return [Location(int(r[0]), r[1]) for r in rows]

    def search_locations(self, text: str, limit: int) -> list[Location]:
        rows = self._all(
            "SELECT id, name FROM locations WHERE name LIKE ? ESCAPE '!' ORDER BY name LIMIT ?",
            (_like(text), limit))
        return [Location(int(r[0]), r[1]) for r in rows]

    # -- stock and events ---------------------------------------------------------------------
    def stock_of(self, product_id: int) -> list[StockLine]:
        rows = self._all(
            "SELECT s.location_id, l.name, s.quantity FROM stock s "
            "LEFT JOIN locations l ON l.id = s.location_id "
            "WHERE s.product_id = ? AND s.quantity > 0 ORDER BY l.name",
            (product_id,))
        return [StockLine(None if r[0] == NO_PLACE else int(r[0]), r[1], tidy_quantity(r[2]))
                for r in rows]

    def change_stock(self, product_id: int, effects: tuple[Effect, ...]) -> None:
        for location_id, delta in effects:
            place = NO_PLACE if location_id is None else location_id
            if delta < 0:  # the row exists (stock plans never take more than is there)
                # ROUND: SQLite's REAL would keep crumbs like 5.55e-17; MySQL's DECIMAL is exact
                self._run(f"UPDATE stock SET quantity = ROUND(quantity + ?, 3), "
                          f"updated_at = {self.now_sql} "
                          "WHERE product_id = ? AND location_id = ?", (delta, product_id, place))
            else:
                self._run(self._add_stock_sql(), (product_id, place, delta))

    @abstractmethod
    def _add_stock_sql(self) -> str:
        """Upsert (product_id, location_id, delta): insert delta or add it to the quantity."""

    def append_event(self, event: NewEvent) -> Event | None:
        try:
            cur = self._run(
                "INSERT INTO events (product_id, event_type, quantity, unit, location_id, "
                "from_location_id, channel, intake_id, item_index, actor, said, resolution, effects) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.product_id, event.event_type.value, event.quantity, event.unit,
                 event.location_id, event.from_location_id, event.channel, event.intake_id,
                 event.item_index, event.actor, event.said, json.dumps(event.resolution),
                 json.dumps(event.effects)))
        except Exception as exc:
            if self._is_duplicate(exc) and event.intake_id is not None:
                return None
            raise
        return self.get_event(int(cur.lastrowid))

    def event_for_item(self, intake_id: str, item_index: int) -> Event | None:
        row = self._one(f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} "
                        "WHERE e.intake_id = ? AND e.item_index = ?", (intake_id, item_index))
        return _event(row) if row else None

    def get_event(self, event_id: int) -> Event | None:
        row = self._one(f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} WHERE e.id = ?", (event_id,))
        return _event(row) if row else None

    def list_events(self, product_id: int | None = None, limit: int = 50,
                    before_id: int | None = None) -> list[Event]:
        where, params = [], []
        if product_id is not None:
            where.append("e.product_id = ?")
            params.append(product_id)
        if before_id is not None:
            where.append("e.id < ?")
            params.append(before_id)
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        rows = self._all(f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} {clause}ORDER BY e.id DESC LIMIT ?",
                         (*params, limit))
        return [_event(r) for r in rows]

    def mark_undone(self, event_id: int, actor: str, effects: tuple[Effect, ...]) -> bool:
        cur = self._run(
            f"UPDATE events SET undone_at = {self.now_sql}, undone_by = ?, undo_effects = ? "
            "WHERE id = ? AND undone_at IS NULL",
            (actor, json.dumps(effects), event_id))
        return cur.rowcount == 1

    now_sql = "CURRENT_TIMESTAMP"

    # -- intakes ------------------------------------------------------------------------------
    def create_intake(self, intake: IntakeRecord) -> IntakeRecord | None:
        try:
            self._run(
                "INSERT INTO intakes (id, channel, status, actor, text, transcript, "
                "transcript_confidence, items, error, idempotency_key, request_hash, audio_key, "
                "content_type, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (intake.id, intake.channel, intake.status, intake.actor, intake.text,
                 intake.transcript, intake.transcript_confidence, json.dumps(intake.items),
                 _json_or_null(intake.error), intake.idempotency_key, intake.request_hash,
                 intake.audio_key, intake.content_type, intake.attempts))
        except Exception as exc:
            if self._is_duplicate(exc) and intake.idempotency_key is not None:
                return None
            raise
        return self.get_intake(intake.id)

    def get_intake(self, intake_id: str) -> IntakeRecord | None:
        row = self._one(f"SELECT {_INTAKE_COLUMNS} FROM intakes WHERE id = ?", (intake_id,))
        return _intake(row) if row else None

    def intake_by_idempotency_key(self, key: str) -> IntakeRecord | None:
        row = self._one(self._latest(f"SELECT {_INTAKE_COLUMNS} FROM intakes WHERE idempotency_key = ?"),
                        (key,))
        return _intake(row) if row else None

    def save_intake(self, intake: IntakeRecord, expected_status: str | None = None) -> bool:
        sql = (f"UPDATE intakes SET status = ?, text = ?, transcript = ?, transcript_confidence = ?, "
               f"items = ?, error = ?, audio_key = ?, content_type = ?, attempts = ?, "
               f"updated_at = {self.now_sql} WHERE id = ?")
        params: tuple = (intake.status, intake.text, intake.transcript, intake.transcript_confidence,
                         json.dumps(intake.items), _json_or_null(intake.error), intake.audio_key,
                         intake.content_type, intake.attempts, intake.id)
        if expected_status is not None:
            sql += " AND status = ?"
            params += (expected_status,)
        cur = self._run(sql, params)
        return cur.rowcount == 1

    def intakes_in_status(self, status: str, updated_before: str, limit: int,
                          channels: tuple[str, ...] | None = None) -> list[IntakeRecord]:
        where, params = "status = ? AND updated_at < ?", [status, _db_time(updated_before)]
        if channels:
            where += f" AND channel IN ({', '.join('?' for _ in channels)})"
            params.extend(channels)
        rows = self._all(f"SELECT {_INTAKE_COLUMNS} FROM intakes WHERE {where} "
                         "ORDER BY updated_at LIMIT ?", (*params, limit))
        return [_intake(r) for r in rows]


def _like(text: str) -> str:
    """A LIKE pattern that matches `text` literally anywhere (! escapes % and _)."""
    escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"


def _json_or_null(value) -> str | None:
    return None if value is None else json.dumps(value)


def _loads(value):
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray)):
        value = value.decode()
    return json.loads(value) if isinstance(value, str) else value


def iso(value) -> str | None:
    """DB time (datetime or text) -> ISO-8601 UTC with a Z."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    text = str(value).replace(" ", "T")
    return text if text.endswith("Z") else text + "Z"


def _db_time(iso_text: str) -> str:
    """ISO-8601 -> the 'YYYY-MM-DD HH:MM:SS.ffffff' both databases compare correctly."""
    parsed = datetime.fromisoformat(iso_text.replace("Z", "+00:00"))
    return parsed.strftime("%Y-%m-%d %H:%M:%S.%f")


def _event(r) -> Event:
    return Event(
        id=int(r[0]), product_id=int(r[1]), product=r[2], event_type=EventType(r[3]),
        quantity=tidy_quantity(r[4]), unit=r[5],
        location_id=None if r[6] is None else int(r[6]), location=r[7],
        from_location_id=None if r[8] is None else int(r[8]), from_location=r[9],
        channel=r[10], intake_id=r[11], item_index=None if r[12] is None else int(r[12]),
        actor=r[13], said=r[14], resolution=_loads(r[15]) or {},
        effects=tuple((loc, tidy_quantity(d)) for loc, d in (_loads(r[16]) or [])),
        created_at=iso(r[17]), undone_at=iso(r[18]), undone_by=r[19])


def _intake(r) -> IntakeRecord:
    return IntakeRecord(
        id=r[0], channel=r[1], status=r[2], actor=r[3], text=r[4], transcript=r[5],
        transcript_confidence=None if r[6] is None else float(r[6]), items=_loads(r[7]) or [],
        error=_loads(r[8]), idempotency_key=r[9], request_hash=r[10], audio_key=r[11],
        content_type=r[12], attempts=int(r[13]), created_at=iso(r[14]), updated_at=iso(r[15]))
