"""The intake flow with the real parser over real databases."""
from __future__ import annotations

import pytest

from intake.service import FormInput, IdempotencyMismatch, IntakeDeferred, IntakeService
from nlp import parse
from products.adapters import open_store
from products.errors import Conflict, DomainError, InvalidName
from products.intakes import IntakeRecord
from products.journal import CREATE_NEW, Journal
from stand_ins import MemorySpool




def make_service(store, spool=None) -> IntakeService:
    journal = Journal(store)
    return IntakeService(store, journal, lambda text: parse(text, journal.catalog.hints), spool or MemorySpool())


@pytest.fixture
def service(store):
    return make_service(store)


def test_a_sentence_about_a_new_product_is_recorded(service):
    intake = service.submit_text("moved the red ladder to the van", "ana")
    assert intake.status == "recorded" and intake.error is None
    [item] = intake.items
    assert (item["product"], item["event_type"], item["location"]) == ("red ladder", "moved", "van")
    assert item["created"] is True and item["resolution"]["outcome"] == "new"
    assert item["event"]["event_type"] == "added" and item["event"]["location"] == "van"
    assert service.get(intake.id).status == "recorded"


def test_a_sentence_with_no_inventory_in_it_is_rejected_with_the_reason(service):
    intake = service.submit_text("what's the weather like tomorrow", "ana")
    assert intake.status == "rejected" and intake.items == []
    assert intake.error["code"] == "not_inventory" and intake.error["message"]
    assert service.store.list_events() == []


def test_ambiguous_items_wait_for_a_choice_which_teaches_an_alias(service):
    service.submit_text("added a red ladder to the garage", "ana")
    service.submit_text("added a step ladder to the shed", "ana")
    events_before = len(service.store.list_events())
    # WHEN "the ladder" fits both
    waiting = service.submit_text("moved the ladder and 2 hammers to the van", "bo")
    # THEN nothing is recorded, not even the unambiguous hammers
    assert waiting.status == "needs_confirmation"
    assert len(service.store.list_events()) == events_before
    ladder = next(i for i in waiting.items if i["resolution"]["outcome"] == "ambiguous")
    names = {c["name"] for c in ladder["resolution"]["candidates"]}
    assert names == {"red ladder", "step ladder"}
    with pytest.raises(DomainError, match="choose a product id"):
        service.confirm(waiting.id, {}, "bo")  # nothing chosen for an ambiguous item
    # WHEN a person picks the step ladder
    step = next(c["id"] for c in ladder["resolution"]["candidates"] if c["name"] == "step ladder")
    index = waiting.items.index(ladder)
    done = service.confirm(waiting.id, {index: step}, "bo")
    # THEN both items are recorded and "the ladder" now means the step ladder
    assert done.status == "recorded" and all(i["event"] for i in done.items)
    assert done.items[index]["event"]["product"] == "step ladder"
    assert service.journal.resolve("the ladder").name == "step ladder"
    with pytest.raises(Conflict):
        service.confirm(waiting.id, {index: step}, "bo")


def test_create_new_makes_its_own_product(service):
    service.submit_text("added a red ladder", "ana")
    service.submit_text("added a step ladder", "ana")
    waiting = service.submit_text("added a ladder to the attic", "ana")
    done = service.confirm(waiting.id, {0: CREATE_NEW}, "ana")
    assert done.items[0]["created"] and done.items[0]["event"]["product"] == "ladder"


def test_the_same_idempotency_key_returns_the_first_intake_and_records_nothing(service):
    first = service.submit_text("added 3 boxes of zip ties to bin 12", "ana", idempotency_key="k1")
    again = service.submit_text("added 3 boxes of zip ties to bin 12", "ana", idempotency_key="k1")
    assert again.id == first.id and len(service.store.list_events()) == 1
    with pytest.raises(IdempotencyMismatch):
        service.submit_text("added 4 boxes of zip ties to bin 12", "ana", idempotency_key="k1")


def test_the_form_goes_through_the_same_resolution(service):
    service.submit_text("added a red ladder", "ana")
    intake = service.submit_form(FormInput(product="red letter", event_type="moved", location="van"), "ana")
    assert intake.status == "recorded"
    assert intake.items[0]["event"]["product"] == "red ladder"


def test_a_bad_form_is_refused_before_anything_is_kept(service):
    with pytest.raises(InvalidName):
        service.submit_form(FormInput(product="  ", event_type="added"), "ana")
    with pytest.raises(DomainError):
        service.submit_form(FormInput(product="drill", event_type="added", quantity=-2), "ana")
    with pytest.raises(DomainError):
        service.submit_text("   ", "ana")
    assert service.store.intakes_in_status("parsing", "2999-01-01T00:00:00Z", 10) == []
    assert service.store.search_products("", 10) == []


def test_a_transcript_is_recorded_like_text_or_held_when_unsure(service):
    for intake_id, hold in (("voice-1", False), ("voice-2", True)):
        service.store.create_intake(IntakeRecord(id=intake_id, channel="voice", status="transcribing", actor="ana"))
        intake = service.process_transcript(intake_id, "um we got in twenty five boxes of nitrile gloves", 0.9, hold=hold)
        assert intake.transcript.startswith("um we got") and intake.transcript_confidence == 0.9
        assert intake.status == ("needs_confirmation" if hold else "recorded")
    # a redelivery changes nothing
    assert service.process_transcript("voice-1", "something else", 0.5).transcript.startswith("um we got")
    assert len(service.store.list_events()) == 1
    # WHEN a person confirms the held transcript
    confirmed = service.confirm("voice-2", {}, "ana")
    # THEN it is resolved and recorded like any other (the gloves exist now: matched)
    assert confirmed.status == "recorded" and confirmed.error is None
    assert confirmed.items[0]["resolution"]["outcome"] == "matched"
    assert len(service.store.list_events()) == 2


def test_a_held_transcript_with_an_ambiguous_item_asks_for_the_choice(service):
    service.submit_text("added a red ladder", "ana")
    service.submit_text("added a step ladder", "ana")
    service.store.create_intake(IntakeRecord(id="voice-3", channel="voice", status="transcribing", actor="ana"))
    service.process_transcript("voice-3", "moved the ladder to the van", 0.4, hold=True)
    asked = service.confirm("voice-3", {}, "ana")
    assert asked.status == "needs_confirmation"
    assert asked.items[0]["resolution"]["outcome"] == "ambiguous"
    red = next(c["id"] for c in asked.items[0]["resolution"]["candidates"] if c["name"] == "red ladder")
    done = service.confirm("voice-3", {0: red}, "ana")
    assert done.status == "recorded" and done.items[0]["event"]["product"] == "red ladder"


def test_when_the_database_is_down_the_intake_is_spooled_and_replayed(sqlite_store):
    # GIVEN a database that cannot be reached
    spool = MemorySpool()
    down = make_service(open_store("mysql://root@127.0.0.1:1/nowhere"), spool)
    # WHEN a sentence arrives
    with pytest.raises(IntakeDeferred) as deferred:
        down.submit_text("moved the red ladder to the van", "ana", idempotency_key="k9")
    # THEN it is kept, and recorded once the database is back
    assert list(spool.items) == [deferred.value.intake_id]
    up = make_service(sqlite_store, spool)
    assert up.replay() == [deferred.value.intake_id]
    assert spool.items == {}
    intake = up.get(deferred.value.intake_id)
    assert intake.status == "recorded" and intake.items[0]["event"]["location"] == "van"
    # and the client's own retry with the same key gets the same intake, recording nothing new
    again = up.submit_text("moved the red ladder to the van", "ana", idempotency_key="k9")
    assert again.id == intake.id and len(sqlite_store.list_events()) == 1


def test_one_bad_item_fails_the_intake_before_any_item_is_recorded(service):
    # GIVEN a sentence whose second item cannot be recorded (a count with no number)
    intake = service.submit_form(FormInput(product="claw hammer", event_type="added"), "ana")
    assert intake.status == "recorded"
    before = len(service.store.list_events())
    bad = service.submit_text("received 3 hammers at the garage and counted the screws", "ana")
    # THEN nothing of it is recorded, and the reason names the item
    if bad.status != "rejected":  # the parser may already refuse a count without a number
        assert bad.status == "failed" and bad.error["message"].startswith("item ")
    assert len(service.store.list_events()) == before


def test_a_form_moving_a_thing_to_where_it_came_from_is_refused_up_front(service):
    with pytest.raises(DomainError, match="came from"):
        service.submit_form(FormInput(product="cordless drill", event_type="moved", location="van",
                                      from_location="the van"), "ana")
    assert service.store.intakes_in_status("parsing", "2999-01-01T00:00:00Z", 10) == []


def test_typed_intakes_cut_off_mid_way_are_finished_later(service):
    # GIVEN a typed intake and a form intake left in parsing (the process died), and a voice one
    from datetime import datetime, timedelta, timezone

    for record in (IntakeRecord(id="cut-text", channel="text", status="parsing", actor="ana",
                                text="moved the red ladder to the van"),
                   IntakeRecord(id="cut-form", channel="form", status="parsing", actor="ana",
                                items=[{"event_type": "added", "product": "zip ties", "quantity": 5,
                                        "unit": None, "location": "bin 12", "from_location": None}]),
                   IntakeRecord(id="cut-voice", channel="voice", status="parsing", actor="ana")):
        service.store.create_intake(record)
    # WHEN the replay runs before they count as stuck, nothing happens
    assert service.replay() == []
    # AND once they are, the typed ones are finished and the voice one is left to its reconciler
    service.clock = lambda: datetime.now(timezone.utc) + timedelta(minutes=10)
    assert sorted(service.replay()) == ["cut-form", "cut-text"]
    assert service.get("cut-text").status == "recorded" and service.get("cut-form").status == "recorded"
    assert service.get("cut-voice").status == "parsing"
    assert len(service.store.list_events()) == 2
    assert service.replay() == []  # done is done
