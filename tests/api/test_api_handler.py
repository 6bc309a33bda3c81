"""The HTTP API through the Lambda handler, with API Gateway v2 events from samples/events, over
real SQLite and MariaDB."""
from __future__ import annotations

import pytest

from api_fixtures import db_url, lambda_api, lambda_env, sqlite_api, sqlite_env  # noqa: F401  (fixtures)
from api_testkit import at
from conftest import load_event


def post_text(api, text: str, key: str | None = None, **headers):
    return api(at(load_event("api_post_text"), body={"text": text},
                  headers={"idempotency-key": key, **headers}))


def test_a_sentence_about_a_new_product_records_it(lambda_api):
    # GIVEN an empty catalog
    # WHEN a signed-in person types a sentence
    got = lambda_api(load_event("api_post_text"))
    # THEN the product is created with an added event, by that person
    assert got.status == 201, got.body
    intake = got.body
    assert (intake["channel"], intake["status"], intake["text"]) == ("text", "recorded",
                                                                     "moved the red ladder to the van")
    [item] = intake["items"]
    assert item["created"] is True and item["resolution"]["outcome"] == "new"
    assert item["event"]["event_type"] == "added" and item["event"]["location"] == "van"
    assert intake["error"] is None and intake["created_at"] and intake["updated_at"]
    [event] = lambda_api.store.list_events()
    assert event.actor == "ana@example.org"  # from the JWT authorizer's claims


def test_the_form_goes_through_the_same_resolution(lambda_api):
    # GIVEN the form's fields
    # WHEN it is sent twice, the second time naming the product differently
    first = lambda_api(load_event("api_post_form"))
    second = lambda_api(at(load_event("api_post_form"),
                           body={"product": "cordless drills", "event_type": "removed", "quantity": 1,
                                 "location": "shelf b3"}))
    # THEN the first creates the product and the second finds it
    assert first.status == 201 and first.body["status"] == "recorded", first.body
    assert first.body["items"][0]["event"]["quantity"] == 2
    assert second.status == 201 and second.body["items"][0]["created"] is False, second.body
    product_id = first.body["items"][0]["event"]["product_id"]
    detail = lambda_api(at(load_event("api_get_product"), path=f"/products/{product_id}"))
    assert detail.body["stock"] == [{"location_id": detail.body["stock"][0]["location_id"],
                                     "location": "Shelf B3", "quantity": 1}]
    assert detail.body["total"] == 1


def test_an_ambiguous_name_waits_for_a_choice_which_teaches_an_alias(lambda_api):
    # GIVEN two ladders
    post_text(lambda_api, "moved the red ladder to the van")
    post_text(lambda_api, "added a step ladder to the shed")
    before = lambda_api.counts()
    # WHEN a sentence says just "the ladder"
    asked = post_text(lambda_api, "moved the ladder to the garage")
    # THEN nothing is recorded until a person chooses
    assert asked.status == 201 and asked.body["status"] == "needs_confirmation", asked.body
    [item] = asked.body["items"]
    assert item["event"] is None and item["resolution"]["outcome"] == "ambiguous"
    red = next(c for c in item["resolution"]["candidates"] if c["name"] == "red ladder")
    assert lambda_api.counts() == {**before, "intakes": before["intakes"] + 1}
    fetched = lambda_api(at(load_event("api_get_intake"), path=f"/intakes/{asked.body['id']}"))
    assert fetched.status == 200 and fetched.body == asked.body

    # WHEN the person chooses the red ladder
    confirm = at(load_event("api_post_confirm"), path=f"/intakes/{asked.body['id']}/confirm",
                 body={"choices": [{"item_index": 0, "product_id": red["id"]}]})
    done = lambda_api(confirm)
    # THEN it is recorded, and "the ladder" now means the red ladder
    assert done.status == 200 and done.body["status"] == "recorded", done.body
    assert done.body["items"][0]["event"]["product_id"] == red["id"]
    again = post_text(lambda_api, "moved the ladder to the shed")
    assert again.body["status"] == "recorded"
    assert again.body["items"][0]["event"]["product_id"] == red["id"]

    # AND a repeat of the confirmation with its Idempotency-Key gets the first answer back
    repeat = lambda_api(confirm)
    assert repeat.status == 200 and repeat.body == done.body
    # AND without a key it is a conflict
    plain = lambda_api(at(confirm, headers={"idempotency-key": None}))
    assert plain.status == 409 and plain.error["code"] == "conflict"


def test_create_new_instead_of_the_candidates(lambda_api):
    post_text(lambda_api, "moved the red ladder to the van")
    post_text(lambda_api, "added a step ladder to the shed")
    asked = post_text(lambda_api, "moved the ladder to the garage")
    # WHEN the person says it is a new product
    confirm = at(load_event("api_post_confirm"), path=f"/intakes/{asked.body['id']}/confirm",
                 body={"choices": [{"item_index": 0, "create_new": True}]})
    done = lambda_api(confirm)
    # THEN a product named as said is created
    assert done.status == 200, done.body
    [item] = done.body["items"]
    assert item["created"] is True and item["event"]["product"] == "ladder"
    # AND a retry with the key answers the same; a different choice under a key is still a conflict
    assert lambda_api(confirm) == done
    other = lambda_api(at(confirm, body={"choices": [{"item_index": 0, "product_id": 1}]}))
    assert other.status == 409
    assert lambda_api.counts()["products"] == 3


def test_confirming_an_unknown_product_is_refused_and_the_intake_still_waits(lambda_api):
    post_text(lambda_api, "moved the red ladder to the van")
    post_text(lambda_api, "added a step ladder to the shed")
    asked = post_text(lambda_api, "moved the ladder to the garage")
    wrong = lambda_api(at(load_event("api_post_confirm"), path=f"/intakes/{asked.body['id']}/confirm",
                          body={"choices": [{"item_index": 0, "product_id": 999}]}))
    assert wrong.status == 404 and wrong.error["code"] == "not_found"
    still = lambda_api(at(load_event("api_get_intake"), path=f"/intakes/{asked.body['id']}"))
    assert still.body["status"] == "needs_confirmation"
    for body in ({"choices": [{"item_index": 5, "create_new": True}]},
                 {"choices": [{"item_index": 0, "create_new": True}, {"item_index": 0, "product_id": 1}]}):
        bad = lambda_api(at(load_event("api_post_confirm"), path=f"/intakes/{asked.body['id']}/confirm",
                            body=body, headers={"idempotency-key": None}))
        assert bad.status == 400 and bad.error["code"] == "invalid_request", bad.body


def test_a_sentence_without_inventory_is_rejected_with_the_reason(lambda_api):
    got = post_text(lambda_api, "good morning, how are you")
    assert got.status == 201 and got.body["status"] == "rejected"
    assert got.body["items"] == [] and got.body["error"]["code"] == "not_inventory"
    assert got.body["error"]["message"]
    assert lambda_api.counts()["events"] == 0


def test_the_same_idempotency_key_twice_records_once(lambda_api):
    # GIVEN a sentence sent with an Idempotency-Key
    first = lambda_api(load_event("api_post_text"))
    # WHEN it is sent again with the same key (a retry)
    again = lambda_api(load_event("api_post_text"))
    # THEN the first result comes back and nothing new is recorded
    assert again.status == 201 and again.body == first.body
    assert lambda_api.counts() == {"products": 1, "events": 1, "locations": 1, "intakes": 1}
    # AND the same key with a different sentence is refused
    other = post_text(lambda_api, "moved the blue ladder to the van",
                      key=load_event("api_post_text")["headers"]["idempotency-key"])
    assert other.status == 409 and other.error["code"] == "idempotency_key_reused"
    assert lambda_api.counts()["events"] == 1


def test_catalog_reads(lambda_api):
    post_text(lambda_api, "moved the red ladder to the van")
    post_text(lambda_api, "received 3 boxes of copy paper at the loading dock")
    products = lambda_api(load_event("api_get_products"))
    assert products.status == 200 and [p["name"] for p in products.body["products"]] == ["red ladder"]
    everything = lambda_api(at(load_event("api_get_products"), query=""))
    assert [p["name"] for p in everything.body["products"]] == ["copy paper", "red ladder"]
    locations = lambda_api(load_event("api_get_locations"))
    assert [loc["name"] for loc in locations.body["locations"]] == ["van"]

    paper = next(p for p in everything.body["products"] if p["name"] == "copy paper")
    history = lambda_api(at(load_event("api_get_product_events"), path=f"/products/{paper['id']}/events"))
    assert history.status == 200
    [added] = history.body["events"]
    assert (added["event_type"], added["quantity"], added["unit"], added["location"]) == (
        "added", 3, "box", "loading dock")
    assert added["said"] == "received 3 boxes of copy paper at the loading dock"
    assert added["actor"] == "ana@example.org" and added["channel"] == "text" and added["created"] is True


def test_recent_events_page_newest_first(lambda_api):
    for n in range(5):
        post_text(lambda_api, f"added {n + 1} hex bolts to bin {n}")
    first = lambda_api(at(load_event("api_get_events"), query="limit=2"))
    assert first.status == 200
    ids = [e["id"] for e in first.body["events"]]
    assert ids == sorted(ids, reverse=True) and len(ids) == 2
    older = lambda_api(at(load_event("api_get_events"), query=f"limit=10&before={first.body['next_before']}"))
    assert [e["id"] for e in older.body["events"]] == list(range(ids[-1] - 1, 0, -1))
    assert older.body["next_before"] is None


def test_undo_reverses_stock_and_a_repeat_with_the_key_answers_the_same(lambda_api):
    # GIVEN a recorded event
    recorded = post_text(lambda_api, "received 4 boxes of copy paper at the loading dock")
    event = recorded.body["items"][0]["event"]
    undo = at(load_event("api_post_undo"), path=f"/events/{event['id']}/undo")
    # WHEN it is undone
    done = lambda_api(undo)
    # THEN it is flagged, by the actor, and the stock is back to nothing
    assert done.status == 200 and done.body["undone"] is True, done.body
    assert done.body["undone_by"] == "ana@example.org"
    product = lambda_api(at(load_event("api_get_product"), path=f"/products/{event['product_id']}"))
    assert product.body["stock"] == [] and product.body["total"] == 0
    listed = lambda_api(load_event("api_get_events"))
    assert listed.body["events"][0]["undone"] is True
    # WHEN the same undo is retried with its Idempotency-Key: the same answer, nothing more
    assert lambda_api(undo) == done
    # WHEN it is undone again without a key: a conflict
    again = lambda_api(at(undo, headers={"idempotency-key": None}))
    assert again.status == 409 and again.error["code"] == "conflict"


@pytest.mark.parametrize("sample, path", [
    ("api_get_intake", "/intakes/0123456789abcdef0123456789abcdef"),
    ("api_post_confirm", "/intakes/0123456789abcdef0123456789abcdef/confirm"),
    ("api_get_product", "/products/4242"),
    ("api_get_product_events", "/products/4242/events"),
    ("api_post_undo", "/events/4242/undo"),
])
def test_unknown_ids_are_404(sqlite_api, sample, path):
    got = sqlite_api(at(load_event(sample), path=path))
    assert got.status == 404 and got.error["code"] == "not_found", got.body
    assert set(got.error) == {"code", "message", "details"}


def test_health_pings_the_database(lambda_api):
    got = lambda_api(load_event("api_get_health"))
    assert got.status == 200 and got.body == {"status": "ok", "database": "ok"}


def test_the_page_and_openapi_are_served_by_the_same_resolver(lambda_api):
    page = lambda_api(load_event("api_get_page"))
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert '<section id="voice"' in page.body and "/static/voice.js" in page.body
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for name, kind in (("app.js", "text/javascript"), ("app.css", "text/css"), ("voice.js", "text/javascript")):
        asset = lambda_api(at(load_event("api_get_page"), path=f"/static/{name}"))
        assert asset.status == 200 and asset.headers["content-type"].startswith(kind), name
    missing = lambda_api(at(load_event("api_get_page"), path="/static/nope.js"))
    assert missing.status == 404 and missing.error["code"] == "not_found"
    schema = lambda_api(at(load_event("api_get_page"), path="/openapi.json"))
    assert schema.status == 200 and "/intakes/{intake_id}/confirm" in schema.body["paths"]
    docs = lambda_api(at(load_event("api_get_page"), path="/docs"))
    assert docs.status == 200 and "swagger" in docs.body.lower()


def test_an_empty_confirmation_is_a_conflict_for_a_finished_typed_intake_even_with_a_key(lambda_api):
    rejected = post_text(lambda_api, "good morning, how are you")
    for key in (None, "k-empty-confirm"):
        got = lambda_api(at(load_event("api_post_confirm"), path=f"/intakes/{rejected.body['id']}/confirm",
                            body={"choices": []}, headers={"idempotency-key": key}))
        assert got.status == 409 and got.error["code"] == "conflict", got.body


def test_the_docs_page_may_talk_only_to_its_own_origin(lambda_api):
    got = lambda_api(at(load_event("api_get_health"), path="/docs"))
    assert got.status == 200
    policy = got.headers["content-security-policy"]
    assert "connect-src 'self'" in policy and "default-src 'none'" in policy
