"""One contract for every storage adapter (SQLite and MySQL/MariaDB), so they cannot drift."""
from __future__ import annotations

import threading

import pytest

from products.errors import StorageUnavailable
from products.intakes import IntakeRecord
from products.model import EventType, NewEvent
from products.naming import name_key


def _event(product_id, intake_id=None, item_index=None, effects=((None, 1),), **kw):
    fields = dict(product_id=product_id, event_type=EventType.ADDED, quantity=1, unit=None,
                  location_id=None, from_location_id=None, channel="text", intake_id=intake_id,
                  item_index=item_index, actor="ana", said="added a drill",
                  resolution={"outcome": "new"}, effects=effects)
    fields.update(kw)
    return NewEvent(**fields)


def test_find_or_create_returns_the_same_product_for_the_same_key(store):
    # GIVEN a product
    first, created = store.find_or_create_product("Red Ladder", name_key("Red Ladder"))
    # WHEN the same name is said another way
    again, created_again = store.find_or_create_product("the red ladders", name_key("the red ladders"))
    # THEN it is the same product, created once, keeping the first spelling
    assert created and not created_again
    assert again == first and again.name == "Red Ladder"


def test_sql_metacharacters_are_stored_literally(store):
    name = "Robert'); DROP TABLE products;-- 100% _x_ \\ \""
    product, _ = store.find_or_create_product(name, name_key(name))
    assert store.get_product(product.id).name == name
    assert [p.name for p in store.search_products("100%", 10)] == [name]
    assert store.search_products("0_x", 10) == []  # _ is not a wildcard


def test_unicode_names_round_trip(store):
    name = "café crème 🧀 filters"
    product, _ = store.find_or_create_product(name, name_key(name))
    assert store.get_product(product.id).name == name


def test_products_after_pages_in_id_order(store):
    ids = [store.find_or_create_product(n, name_key(n))[0].id for n in ("a1", "b2", "c3")]
    assert [p.id for p in store.products_after(0, 2)] == ids[:2]
    assert [p.id for p in store.products_after(ids[1], 10)] == ids[2:]


def test_aliases_are_unique_and_listed(store):
    product, _ = store.find_or_create_product("red ladder", "red ladder")
    assert store.add_alias("red letter", "red letter", product.id, "ana")
    assert not store.add_alias("Red Letter", "red letter", product.id, "bo")
    assert [a[1:] for a in store.aliases_after(0, 10)] == [(product.id, "red letter", "red ladder")]


def test_stock_changes_add_up_per_location(store):
    product, _ = store.find_or_create_product("drill", "drill")
    garage, _ = store.find_or_create_location("garage", "garage")
    store.atomically(lambda s: s.change_stock(product.id, ((garage.id, 3), (None, 2))))
    store.atomically(lambda s: s.change_stock(product.id, ((garage.id, -1),)))
    lines = {line.location: line.quantity for line in store.stock_of(product.id)}
    assert lines == {"garage": 2, None: 2}


def test_a_failed_transaction_writes_nothing(store):
    product, _ = store.find_or_create_product("drill", "drill")

    def half(s):
        s.append_event(_event(product.id))
        s.change_stock(product.id, ((None, 1),))
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.atomically(half)
    assert store.list_events() == []
    assert store.stock_of(product.id) == []


def test_the_same_intake_item_is_appended_once(store):
    product, _ = store.find_or_create_product("drill", "drill")
    first = store.atomically(lambda s: s.append_event(_event(product.id, "intake-1", 0)))
    second = store.atomically(lambda s: s.append_event(_event(product.id, "intake-1", 0)))
    assert first is not None and second is None
    assert store.event_for_item("intake-1", 0).id == first.id
    # events without an intake are never deduplicated
    assert store.atomically(lambda s: s.append_event(_event(product.id))) is not None
    assert store.atomically(lambda s: s.append_event(_event(product.id))) is not None


def test_events_keep_everything_said_and_list_newest_first(store):
    product, _ = store.find_or_create_product("drill", "drill")
    van, _ = store.find_or_create_location("van", "van")
    shed, _ = store.find_or_create_location("shed", "shed")
    event = store.atomically(lambda s: s.append_event(_event(
        product.id, "i-9", 2, event_type=EventType.MOVED, quantity=2.5, unit="box",
        location_id=van.id, from_location_id=shed.id, resolution={"score": 91.0, "candidates": []},
        effects=((shed.id, -2.5), (van.id, 2.5)))))
    assert (event.event_type, event.quantity, event.unit, event.location, event.from_location) == \
        (EventType.MOVED, 2.5, "box", "van", "shed")
    assert (event.channel, event.intake_id, event.item_index, event.actor, event.said) == \
        ("text", "i-9", 2, "ana", "added a drill")
    assert event.resolution == {"score": 91.0, "candidates": []}
    assert event.effects == ((shed.id, -2.5), (van.id, 2.5))
    assert event.created_at.endswith("Z") and not event.undone
    later = store.atomically(lambda s: s.append_event(_event(product.id)))
    assert [e.id for e in store.list_events(product_id=product.id)] == [later.id, event.id]
    assert [e.id for e in store.list_events(before_id=later.id)] == [event.id]


def test_mark_undone_happens_once(store):
    product, _ = store.find_or_create_product("drill", "drill")
    event = store.atomically(lambda s: s.append_event(_event(product.id)))
    assert store.atomically(lambda s: s.mark_undone(event.id, "bo", ((None, -1),)))
    assert not store.atomically(lambda s: s.mark_undone(event.id, "bo", ((None, -1),)))
    undone = store.get_event(event.id)
    assert undone.undone and undone.undone_by == "bo"


def test_intakes_round_trip_with_idempotency_and_compare_and_set(store):
    record = IntakeRecord(id="in-1", channel="text", status="received", actor="ana",
                          text="moved the drill", idempotency_key="key-1", request_hash="h" * 64)
    created = store.create_intake(record)
    assert created.status == "received" and created.created_at.endswith("Z")
    assert store.create_intake(record.evolve(id="in-2")) is None  # same key
    assert store.intake_by_idempotency_key("key-1").id == "in-1"
    items = [{"product": "drill", "event": {"id": 1}}]
    assert store.save_intake(created.evolve(status="recorded", items=items), expected_status="received")
    assert not store.save_intake(created.evolve(status="failed"), expected_status="received")
    stored = store.get_intake("in-1")
    assert stored.status == "recorded" and stored.items == items
    assert store.intakes_in_status("recorded", "2999-01-01T00:00:00Z", 10)[0].id == "in-1"
    assert store.intakes_in_status("recorded", "2000-01-01T00:00:00Z", 10) == []


def test_concurrent_find_or_create_makes_each_name_once(store):
    # GIVEN 32 threads that all create the same 20 new names at the same moment
    names = [f"widget {n}" for n in range(20)]
    start = threading.Barrier(32)
    results: dict[int, list[int]] = {}
    errors: list[BaseException] = []
    created_count = []

    def worker(n: int) -> None:
        try:
            start.wait()
            ids = []
            for name in names[n % 20:] + names[:n % 20]:
                product, created = store.find_or_create_product(name, name_key(name))
                ids.append((name, product.id))
                created_count.append(created)
            results[n] = sorted(ids)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # THEN nobody saw an error, there are exactly 20 products, and everyone got the same ids
    assert errors == []
    products = store.search_products("widget", 100)
    assert len(products) == 20
    truth = sorted((p.name, p.id) for p in products)
    assert all(ids == truth for ids in results.values())
    assert sum(created_count) == 20


def test_an_unreachable_database_is_storage_unavailable(tmp_path):
    from products.adapters import open_store

    with pytest.raises(StorageUnavailable):
        open_store("mysql://nobody:wrong@127.0.0.1:1/none").ping()
    blocked = tmp_path / "no-such-dir" / "x"
    blocked.parent.write_text("a file where a folder should be")
    with pytest.raises(StorageUnavailable):
        open_store(f"sqlite:///{blocked}/intake.db").ping()


def test_processes_migrating_at_once_apply_each_migration_once(store):
    """Several `intake serve` or deploys starting together on a new database."""
    import ast
    import subprocess
    import sys

    from products.adapters.mysql import MysqlStore

    # GIVEN an empty database
    store.downgrade(0)
    url = (f"sqlite:///{store.path}" if not isinstance(store, MysqlStore) else
           "mysql://{user}:{password}@{host}:{port}/{database}".format(**store.params))
    # WHEN three processes upgrade it at the same moment
    code = ("import sys; from products.adapters import open_store; "
            "print(open_store(sys.argv[1]).upgrade())")
    runs = [subprocess.Popen([sys.executable, "-c", code, url], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in runs]
    # THEN none fails, exactly one applied each migration, and the schema is complete
    assert [r[0] for r in results] == [0, 0, 0], results
    applied = [v for _, out, _ in results for v in ast.literal_eval(out)]
    assert sorted(applied) == sorted(set(applied)) and applied
    assert store.schema_version() == max(applied)
    store.find_or_create_product("after", "after")
