"""Reliability, for real: a database that goes away and comes back (MariaDB behind a TCP gate
that is shut and reopened, a SQLite file that cannot be opened and then can), and 50 people
naming the same new product at once (several server processes on one database)."""
from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import pytest

from api_fixtures import lambda_env  # noqa: F401  (fixture)
from api_testkit import TcpGate, at, http, start_serve, stop, wait_until
from conftest import load_event
from intake.adapters import FileSpool
from intake.api import build_app, wire
from intake.local.server import LocalServer
from intake.settings import Settings
from products.adapters import open_store
from products.adapters.sqlite import SqliteStore


@pytest.mark.mysql
def test_mariadb_down_then_back_through_the_lambda(mysql_store, mysql_url, lambda_env):
    # GIVEN the function pointed at MariaDB through a gate that is shut (connection refused)
    target = urlparse(mysql_url)
    gate = TcpGate(target.hostname or "127.0.0.1", target.port or 3306)
    credentials = target.netloc.rsplit("@", 1)[0] + "@" if "@" in target.netloc else ""
    api = lambda_env(mysql_store, target._replace(netloc=f"{credentials}127.0.0.1:{gate.port}").geturl())
    api.s3  # the bucket the spool writes to
    # WHEN a sentence arrives
    got = api(load_event("api_post_text"))
    # THEN the person hears the database is down and that the sentence is kept
    assert got.status == 503, got.body
    assert got.error["code"] == "storage_unavailable" and "kept" in got.error["message"]
    assert got.headers["retry-after"].isdigit()
    intake_id = got.error["details"]["intake_id"]
    assert api.spooled() == [f"spool/{intake_id}.json"]
    assert api(load_event("api_get_health")).status == 503
    # AND a retry with the same Idempotency-Key while it is still down is kept as the same intake
    retry = api(load_event("api_post_text"))
    assert retry.status == 503 and retry.error["details"]["intake_id"] == intake_id
    assert api.replay() == []  # still down: everything stays
    assert api.spooled() == [f"spool/{intake_id}.json"]

    # WHEN the database is back and the spool is replayed
    gate.reopen()
    try:
        done = api.replay()
        # THEN the intake is recorded once, under the id the person was given
        assert intake_id in done and api.spooled() == []
        fetched = api(at(load_event("api_get_intake"), path=f"/intakes/{intake_id}"))
        assert fetched.status == 200 and fetched.body["status"] == "recorded", fetched.body
        assert api.counts() == {"products": 1, "events": 1, "locations": 1, "intakes": 1}
        assert api(load_event("api_get_health")).status == 200
    finally:
        gate.shut()


def test_sqlite_unusable_then_usable_through_the_local_server(tmp_path):
    # GIVEN a local server whose SQLite path cannot be opened (a folder stands there)
    db_path = tmp_path / "db" / "intake.db"
    db_path.mkdir(parents=True)
    settings = Settings(data_dir=tmp_path)
    store = open_store(f"sqlite:///{db_path}")
    spool = FileSpool(tmp_path / "spool")
    services = wire(store, spool, settings)
    server = LocalServer(build_app(services), port=0, replay=services.intakes.replay, replay_every=0.2)
    with server:
        # WHEN a sentence is sent
        got = http("POST", f"{server.url}intakes/text", {"text": "received 2 boxes of nails at the garage"})
        # THEN 503, and the sentence waits in the spool
        assert got.status == 503 and got.error["code"] == "storage_unavailable", got.body
        intake_id = got.error["details"]["intake_id"]
        assert [i for i, _ in spool.pending()] == [intake_id]
        assert http("GET", f"{server.url}health").status == 503

        # WHEN the database becomes usable
        shutil.rmtree(db_path)
        fixed = SqliteStore(str(db_path))
        fixed.upgrade()
        fixed.close()
        # THEN the background replay records it, without anyone asking again
        recorded = wait_until(lambda: (r := http("GET", f"{server.url}intakes/{intake_id}")).status == 200
                              and r.body["status"] == "recorded" and r)
        assert recorded.body["items"][0]["event"]["quantity"] == 2
        assert spool.pending() == []
    store.close()


def _concurrent_same_new_product(db_url: str, data_dir: Path, store) -> None:
    # GIVEN three server processes on one database (as three Lambda containers would be)
    with ThreadPoolExecutor(max_workers=3) as starting:
        servers = list(starting.map(lambda _: start_serve(db_url, data_dir), range(3)))
    try:
        sentence = {"text": "received 2 brass hinges at the back door"}
        # WHEN 50 people say the same new product at once
        with ThreadPoolExecutor(max_workers=50) as pool:
            replies = list(pool.map(
                lambda n: http("POST", f"{servers[n % 3].url}intakes/text", sentence,
                               {"X-Intake-Actor": f"person-{n}"}, timeout=120),
                range(50)))
    finally:
        with ThreadPoolExecutor(max_workers=3) as stopping:
            list(stopping.map(stop, servers))
    # THEN every intake is recorded, and there is exactly one such product, created once
    assert [r.status for r in replies] == [201] * 50, [r.body for r in replies if r.status != 201][:3]
    assert {r.body["status"] for r in replies} == {"recorded"}
    [product] = store.search_products("hinge", 10)
    assert {r.body["items"][0]["event"]["product_id"] for r in replies} == {product.id}
    events = store.list_events(product.id, 100)
    assert len(events) == 50 and sum(bool(e.resolution.get("created")) for e in events) == 1
    assert sum(r.body["items"][0]["created"] for r in replies) == 1
    assert sum(line.quantity for line in store.stock_of(product.id)) == 100
    assert len({e.actor for e in events}) == 50


@pytest.mark.slow
def test_50_concurrent_intakes_one_new_product_sqlite(sqlite_store, tmp_path):
    _concurrent_same_new_product(f"sqlite:///{sqlite_store.path}", tmp_path, sqlite_store)


@pytest.mark.slow
@pytest.mark.mysql
def test_50_concurrent_intakes_one_new_product_mariadb(mysql_store, mysql_url, tmp_path):
    _concurrent_same_new_product(mysql_url, tmp_path, mysql_store)
