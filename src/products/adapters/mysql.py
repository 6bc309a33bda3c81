"""MySQL/MariaDB adapter (pymysql).

One connection per thread (in Lambda: per container), reused across invocations; it is pinged
after a quiet spell and reopened when the server dropped it. TLS verifies the server when a CA
bundle is configured; the SSLContext is built once per bundle, since building one per connect
costs tens of milliseconds.
"""
from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import pymysql
from pymysql.constants import ER

from products.adapters.sql import Retry, SqlStore
from products.errors import StorageUnavailable

IDLE_PING_SECONDS = 10.0
MIGRATION_LOCK_SECONDS = 120
CONNECT_TIMEOUT_SECONDS = 5
_GONE = {2003, 2006, 2013, 2055}          # can't connect, server gone, lost connection
_RETRY = {ER.LOCK_DEADLOCK, ER.LOCK_WAIT_TIMEOUT}
# the server is busy or dropped us; a new connection shortly after may work
_BUSY_OR_DROPPED = {1040, 1053, 1226, 1927, 4031}  # too many connections, shutting down, user
# resources, connection killed, idle timeout
_REFUSED = {1045: "the MySQL server refused our credentials",
            1290: "the MySQL server is read-only (--read-only or a failover in progress)"}


@lru_cache(maxsize=4)
def tls_context(ca_bundle: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_bundle)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


class MysqlStore(SqlStore):
    dialect = "mysql"
    placeholder = "%s"
    now_sql = "CURRENT_TIMESTAMP(6)"

    def __init__(self, host: str, port: int, user: str, password: str, database: str,
                 ca_bundle: str | None = None) -> None:
        super().__init__()
        self.params = dict(host=host, port=port, user=user, password=password, database=database)
        self.ca_bundle = ca_bundle

    def _connect(self):
        conn = pymysql.connect(
            **self.params, charset="utf8mb4", autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            ssl=tls_context(self.ca_bundle) if self.ca_bundle else None)
        with conn.cursor() as cur:
            # READ COMMITTED: a read after losing an insert race sees the winner's row.
            cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
            cur.execute("SET time_zone = '+00:00'")
        self._local.used = time.monotonic()
        return conn

    def _ready(self, conn) -> None:
        now = time.monotonic()
        if now - getattr(self._local, "used", now) > IDLE_PING_SECONDS:
            # no reconnect here: pymysql's would skip the session settings of _connect; a dead
            # connection raises, and _retrying opens a new one through _connect
            conn.ping(reconnect=False)
        self._local.used = now

    def _begin(self, conn) -> None:
        conn.begin()

    def _translate(self, exc: Exception) -> Exception | None:
        code = exc.args[0] if isinstance(exc, pymysql.MySQLError) and exc.args else None
        if code in _RETRY:
            return Retry(str(exc))
        if code in _BUSY_OR_DROPPED:
            self.close()
            return Retry(str(exc))
        if code in _REFUSED:
            self.close()
            return StorageUnavailable(_REFUSED[code])
        if isinstance(exc, (pymysql.OperationalError, pymysql.InterfaceError)) and (
                code in _GONE or isinstance(exc, pymysql.InterfaceError)):
            self.close()
            if code == 2003:
                return StorageUnavailable("the MySQL server cannot be reached")
            return Retry(str(exc))  # dropped: a new connection may work
        if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
            self.close()
            return StorageUnavailable(f"the MySQL server cannot be reached: {exc}")
        return None

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        got = self._one("SELECT GET_LOCK('intake_migrations', ?)", (MIGRATION_LOCK_SECONDS,))
        if not got or got[0] != 1:
            raise StorageUnavailable("another process kept migrating for too long; try again")
        try:
            yield
        finally:
            try:
                self._one("SELECT RELEASE_LOCK('intake_migrations')")
            except StorageUnavailable:
                pass  # a lost connection released it already

    def _is_duplicate(self, exc: Exception) -> bool:
        return isinstance(exc, pymysql.IntegrityError) and exc.args and exc.args[0] == ER.DUP_ENTRY

    def _latest(self, select: str) -> str:
        return select + " LOCK IN SHARE MODE"

    def _add_stock_sql(self) -> str:
        return ("INSERT INTO stock (product_id, location_id, quantity) VALUES (%s, %s, %s) "
                "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)")

    def lock_product(self, product_id: int) -> None:
        self._run("SELECT id FROM products WHERE id = ? FOR UPDATE", (product_id,))
