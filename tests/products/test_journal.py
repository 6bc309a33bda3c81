"""The product service over real databases (SQLite and MariaDB)."""
import threading

import pytest

from products.errors import Conflict, InvalidEvent, InvalidName, NotFound
from products.journal import CREATE_NEW, Journal, RecordRequest


@pytest.fixture
def journal(store):
    return Journal(store)


def stock(journal, name):
    product = next(p for p in journal.store.search_products(name, 10) if p.name == name)
    return {line.location: line.quantity for line in journal.store.stock_of(product.id)}


def test_a_new_product_is_created_with_an_added_event_whatever_the_verb(journal):
    # WHEN a product nobody has heard of is said to be moved
    out = journal.record(RecordRequest("the Red Ladder", "moved", location="the garage",
                                       channel="text", actor="ana", said="moved the red ladder to the garage"))
    # THEN it is created with an "added" event at that place, keeping what was said
    assert out.status == "recorded" and out.created and out.resolution.outcome == "new"
    assert out.product.name == "Red Ladder"
    assert (out.event.event_type, out.event.location, out.event.quantity) == ("added", "garage", None)
    assert out.event.resolution["said_event_type"] == "moved"
    assert out.event.said == "moved the red ladder to the garage" and out.event.actor == "ana"
    assert stock(journal, "Red Ladder") == {"garage": 1}


def test_an_existing_product_gets_an_event_that_updates_its_place(journal):
    journal.record(RecordRequest("red ladder", "added", location="garage"))
    out = journal.record(RecordRequest("red letter", "moved", location="van"))
    assert out.resolution.outcome == "matched" and not out.created
    assert (out.event.event_type, out.event.location) == ("moved", "van")
    assert stock(journal, "red ladder") == {"van": 1}


def test_removed_and_counted_change_stock(journal):
    journal.record(RecordRequest("zip ties", "added", 100, unit="pack", location="bin 12"))
    journal.record(RecordRequest("zip ties", "removed", 30, location="bin 12"))
    assert stock(journal, "zip ties") == {"bin 12": 70}
    journal.record(RecordRequest("zip ties", "counted", 64, location="bin 12"))
    assert stock(journal, "zip ties") == {"bin 12": 64}
    journal.record(RecordRequest("zip ties", "removed"))
    assert stock(journal, "zip ties") == {}


def test_ambiguous_names_record_nothing_until_a_person_chooses(journal):
    red = journal.record(RecordRequest("red ladder", "added", location="garage")).product
    journal.record(RecordRequest("step ladder", "added", location="shed"))
    before = len(journal.store.list_events())
    # WHEN "the ladder" fits two products
    out = journal.record(RecordRequest("the ladder", "moved", location="van", intake_id="i1", item_index=0))
    # THEN nothing is recorded and both are offered
    assert out.status == "needs_confirmation" and out.event is None
    assert {c.name for c in out.resolution.candidates} == {"red ladder", "step ladder"}
    assert len(journal.store.list_events()) == before
    # WHEN a person picks the red one
    chosen = journal.record(RecordRequest("the ladder", "moved", location="van", intake_id="i1",
                                          item_index=0, choice=red.id, actor="bo"))
    # THEN it is recorded, and "the ladder" now means the red ladder
    assert chosen.event.product == "red ladder" and chosen.event.resolution["confirmed_by"] == "bo"
    assert journal.resolve("the ladder").name == "red ladder"


def test_choosing_create_new_makes_a_separate_product(journal):
    journal.record(RecordRequest("red ladder", "added"))
    journal.record(RecordRequest("step ladder", "added"))
    out = journal.record(RecordRequest("the ladder", "added", choice=CREATE_NEW))
    assert out.created and out.product.name == "ladder"


def test_an_alias_learned_in_one_process_is_seen_by_another(store):
    a, b = Journal(store), Journal(store)
    nitrile = a.record(RecordRequest("nitrile gloves small", "added")).product
    a.record(RecordRequest("nitrile gloves large", "added"))
    a.learn_alias("my troll gloves", nitrile.id, "ana")
    assert b.resolve("my troll gloves").name == "nitrile gloves small"


def test_the_same_intake_item_twice_records_once(journal):
    first = journal.record(RecordRequest("drill", "added", 1, intake_id="i7", item_index=0))
    again = journal.record(RecordRequest("drill", "added", 1, intake_id="i7", item_index=0))
    assert again.duplicate and again.event.id == first.event.id
    assert len(journal.store.list_events()) == 1 and stock(journal, "drill") == {None: 1}


def test_undo_reverses_the_effect_marks_it_and_never_deletes(journal):
    journal.record(RecordRequest("drill", "added", location="garage"))
    moved = journal.record(RecordRequest("drill", "moved", location="van")).event
    undone = journal.undo(moved.id, "bo")
    assert undone.undone and undone.undone_by == "bo"
    assert stock(journal, "drill") == {"garage": 1}
    assert len(journal.store.list_events()) == 2
    with pytest.raises(Conflict):
        journal.undo(moved.id, "bo")
    with pytest.raises(NotFound):
        journal.undo(999_999, "bo")


@pytest.mark.parametrize("request_, error", [
    (RecordRequest("", "added"), InvalidName),
    (RecordRequest("x" * 201, "added"), InvalidName),
    (RecordRequest("drill\x1b[2J", "added"), InvalidName),
    (RecordRequest("drill", "borrowed"), InvalidEvent),
    (RecordRequest("drill", "added", -1), InvalidEvent),
    (RecordRequest("drill", "added", float("nan")), InvalidEvent),
    (RecordRequest("drill", "added", "3"), InvalidEvent),
    (RecordRequest("drill", "counted"), InvalidEvent),
    (RecordRequest("drill", "added", location=""), InvalidName),
    (RecordRequest("drill", "added", channel="fax"), InvalidEvent),
    (RecordRequest("drill", "added", choice=424242), NotFound),
])
def test_bad_input_is_a_domain_error_and_writes_nothing(journal, request_, error):
    with pytest.raises(error):
        journal.record(request_)
    assert journal.store.search_products("", 10) == []
    assert journal.store.list_events() == []
    assert journal.store.locations_after(0, 10) == []


def test_concurrent_intakes_naming_the_same_new_product_make_one(store):
    journal = Journal(store)
    start = threading.Barrier(16)
    errors = []

    def worker(n):
        try:
            start.wait()
            journal.record(RecordRequest("orange pallet wrap", "added", 1, intake_id=f"c{n}", item_index=0))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(16)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert errors == []
    assert [p.name for p in store.search_products("pallet wrap", 10)] == ["orange pallet wrap"]
    events = store.list_events(limit=100)
    assert len(events) == 16 and sum(e.resolution["created"] for e in events) == 1
    assert stock(journal, "orange pallet wrap") == {None: 16}


def test_fractions_add_up_exactly_on_every_backend(journal):
    # GIVEN three tenths added and three tenths taken away
    for _ in range(3):
        journal.record(RecordRequest("bleach", "added", 0.1, unit="gallon", location="janitor closet"))
    journal.record(RecordRequest("bleach", "removed", 0.3, location="janitor closet"))
    # THEN none is left, with no crumb of floating point
    assert stock(journal, "bleach") == {}
    # AND quantities are kept to the thousandth; finer than that is refused
    out = journal.record(RecordRequest("bleach", "added", 1.23456, location="janitor closet"))
    assert out.event.quantity == 1.235 and stock(journal, "bleach") == {"janitor closet": 1.235}
    with pytest.raises(InvalidEvent, match="smaller than"):
        journal.record(RecordRequest("bleach", "added", 0.0004))


def test_large_totals_fit_and_absurd_ones_are_refused(journal):
    for _ in range(120):  # 1.2e11: more than DECIMAL(14,3) held
        journal.record(RecordRequest("rivets", "added", 1_000_000_000, location="bay 3"))
    assert stock(journal, "rivets") == {"bay 3": 120_000_000_000}
    journal.record(RecordRequest("rivets", "counted", 999_999_999, location="bay 3"))
    from products import stock as stock_rules

    with pytest.raises(InvalidEvent, match="more than"):
        stock_rules.plan(stock_rules.EventType.ADDED, 1, 7, None, {7: stock_rules.MAX_STOCK})
