"""The tests' composition root: real databases built from db/migrations.

MySQL/MariaDB tests use INTAKE_TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306/intake_test).
Outside CI they skip with a message when it is not set; with CI=true a missing server fails.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from products.adapters import open_store
from products.adapters.mysql import MysqlStore
from products.adapters.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
MYSQL_URL = os.environ.get("INTAKE_TEST_MYSQL_URL")
TABLES = ("events", "stock", "aliases", "intakes", "products", "locations")


def load_event(name: str) -> dict:
    """A real-shaped AWS event from samples/events."""
    return json.loads((SAMPLES / "events" / f"{name}.json").read_text())


def _mysql_or_skip() -> str:
    if MYSQL_URL:
        return MYSQL_URL
    message = "MySQL tests need INTAKE_TEST_MYSQL_URL, e.g. mysql://root@127.0.0.1:3306/intake_test"
    if IN_CI:
        pytest.fail(f"CI=true but no MySQL configured: {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def mysql_url() -> str:
    """A MySQL database rebuilt from the migrations once per test session."""
    url = _mysql_or_skip()
    store = open_store(url)
    assert isinstance(store, MysqlStore)
    try:
        store.downgrade(0)
        # a run that died mid-way may leave tables without their migration row
        for table in TABLES + ("schema_migrations",):
            store._run(f"DROP TABLE IF EXISTS {table}")
        store.upgrade()
    finally:
        store.close()
    return url


def _empty(store) -> None:
    if isinstance(store, MysqlStore):
        store._run("SET FOREIGN_KEY_CHECKS = 0")
        for table in TABLES:
            store._run(f"TRUNCATE TABLE {table}")
        store._run("SET FOREIGN_KEY_CHECKS = 1")


@pytest.fixture
def sqlite_store(tmp_path):
    store = SqliteStore(str(tmp_path / "intake.db"))
    store.upgrade()
    yield store
    store.close()


@pytest.fixture
def mysql_store(mysql_url):
    store = open_store(mysql_url)
    _empty(store)
    yield store
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("mysql", marks=pytest.mark.mysql)])
def store(request):
    """Every adapter: contract tests run once per backend."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def demo_catalog() -> dict:
    return json.loads((SAMPLES / "catalog.json").read_text())
