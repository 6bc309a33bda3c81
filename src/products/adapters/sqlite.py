"""SQLite adapter (stdlib sqlite3): the embedded default for laptops and the fast test backend.

One connection per thread, reused. Writers take the lock up front (BEGIN IMMEDIATE) so that two
transactions never deadlock upgrading a read lock; WAL lets readers go on meanwhile.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from products.adapters.sql import Retry, SqlStore
from products.errors import StorageUnavailable

BUSY_TIMEOUT_MS = 30_000


class SqliteStore(SqlStore):
    dialect = "sqlite"
    now_sql = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def _connect(self):
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _begin(self, conn) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def _translate(self, exc: Exception) -> Exception | None:
        if isinstance(exc, sqlite3.OperationalError):
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                return Retry(str(exc))
            if "unable to open" in text or "disk i/o" in text or "readonly" in text:
                return StorageUnavailable(f"the SQLite database cannot be used: {exc}")
        if isinstance(exc, OSError):  # its folder cannot be made
            return StorageUnavailable(f"the SQLite database cannot be used: {exc}")
        return None

    def _is_duplicate(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in str(exc)

    def _add_stock_sql(self) -> str:
        return ("INSERT INTO stock (product_id, location_id, quantity) VALUES (?, ?, ?) "
                "ON CONFLICT (product_id, location_id) DO UPDATE SET "
                "quantity = ROUND(quantity + excluded.quantity, 3), updated_at = " + self.now_sql)

    def lock_product(self, product_id: int) -> None:
        """BEGIN IMMEDIATE already holds the database's write lock."""
