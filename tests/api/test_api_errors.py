"""Refusals through the Lambda handler: bad input is a 4xx in the one error shape and leaves
nothing behind; the token, CORS and size limit come from configuration; an unexpected error is
a generic 500 whose stack trace goes to the log only."""
from __future__ import annotations

import base64
import json

import pytest

from api_fixtures import lambda_env, sqlite_api, sqlite_env  # noqa: F401  (fixtures)
from api_testkit import at
from conftest import load_event
from intake.handlers import api as api_fn


def assert_error_shape(reply, status: int, code: str | None = None) -> None:
    assert reply.status == status, reply.body
    assert reply.headers["content-type"].startswith("application/json")
    assert set(reply.body) == {"error"} and set(reply.error) == {"code", "message", "details"}
    assert isinstance(reply.error["message"], str) and reply.error["message"]
    if code:
        assert reply.error["code"] == code


BAD_BODIES = [
    ("api_post_text", '{"text": "moved the ladder', 400, "invalid_json"),
    ("api_post_text", "[]", 422, "validation_error"),
    ("api_post_text", '"moved the ladder"', 422, "validation_error"),
    ("api_post_text", '{"text": 42}', 422, "validation_error"),
    ("api_post_text", '{"text": ""}', 422, "validation_error"),
    ("api_post_text", '{"text": "   "}', 400, "invalid_request"),
    ("api_post_text", '{"text": "moved the ladder", "colour": "red"}', 422, "validation_error"),
    ("api_post_text", '{"text": "\\ud800 moved"}', 422, "validation_error"),
    ("api_post_form", '{"product": "drill", "event_type": "stolen"}', 422, "validation_error"),
    ("api_post_form", '{"product": "drill", "event_type": "added", "quantity": "2"}', 422, "validation_error"),
    ("api_post_form", '{"product": "drill", "event_type": "added", "quantity": -1}', 422, "validation_error"),
    ("api_post_form", '{"product": "drill", "event_type": "added", "quantity": true}', 422, "validation_error"),
    ("api_post_form", '{"product": "drill", "event_type": "added", "quantity": 1e400}', 422, "validation_error"),
    ("api_post_form", '{"product": "drill", "event_type": "counted"}', 422, "invalid_event"),
    ("api_post_form", '{"product": "\\u0000drill", "event_type": "added"}', 422, "invalid_name"),
    ("api_post_form", '{"product": "drill", "event_type": "added", "shelf": "b3"}', 422, "validation_error"),
    ("api_post_confirm", '{"choices": []}', 409, "conflict"),  # the intake is recorded already
    ("api_post_confirm", '{"choices": [{"item_index": 0}]}', 422, "validation_error"),
    ("api_post_confirm", '{"choices": [{"item_index": 0, "product_id": 1, "create_new": true}]}', 422,
     "validation_error"),
]


@pytest.mark.parametrize("sample, body, status, code", BAD_BODIES)
def test_bad_bodies_are_4xx_and_write_nothing(sqlite_api, sample, body, status, code):
    # GIVEN a journal with one recorded sentence
    recorded = sqlite_api(at(load_event("api_post_text"), headers={"idempotency-key": None}))
    before = sqlite_api.counts()
    event = at(load_event(sample), body=body, headers={"idempotency-key": None})
    if sample == "api_post_confirm":
        event = at(event, path=f"/intakes/{recorded.body['id']}/confirm")
    # WHEN a malformed request arrives
    got = sqlite_api(event)
    # THEN it is refused in the one error shape, and nothing is written
    assert_error_shape(got, status, code)
    assert sqlite_api.counts() == before


@pytest.mark.parametrize("query", ["limit=0", "limit=201", "limit=ten", "before=0", "before=-3",
                                   "before=99999999999999999999999"])
def test_bad_query_parameters_are_422(sqlite_api, query):
    assert_error_shape(sqlite_api(at(load_event("api_get_events"), query=query)), 422, "validation_error")


@pytest.mark.parametrize("path", ["/products/abc", "/products/0", "/products/99999999999999999999999",
                                  "/events/-1/undo", "/intakes/not%20an%20id"])
def test_malformed_ids_are_422(sqlite_api, path):
    method = "POST" if path.endswith("undo") else "GET"
    got = sqlite_api(at(load_event("api_get_product"), method=method, path=path))
    assert_error_shape(got, 422, "validation_error")


def test_a_bad_idempotency_key_is_refused(sqlite_api):
    got = sqlite_api(at(load_event("api_post_text"), headers={"idempotency-key": "two words"}))
    assert_error_shape(got, 422, "validation_error")
    assert sqlite_api.counts()["intakes"] == 0


def test_unknown_routes_are_404_and_wrong_methods_405(sqlite_api):
    assert_error_shape(sqlite_api(at(load_event("api_get_health"), path="/nothing/here")), 404, "not_found")
    wrong = sqlite_api(at(load_event("api_get_health"), method="DELETE", path="/events"))
    assert_error_shape(wrong, 405, "method_not_allowed")
    assert wrong.headers["allow"] == "GET"
    put = sqlite_api(at(load_event("api_get_health"), method="PUT", path="/intakes/abc/confirm"))
    assert_error_shape(put, 405, "method_not_allowed")
    assert put.error["details"]["allowed"] == ["POST"]


def test_a_body_over_the_limit_is_413_before_it_is_parsed(sqlite_env):
    # GIVEN a 1 KB limit
    api = sqlite_env(INTAKE_MAX_BODY_BYTES="1024")
    # WHEN a larger body arrives (even one that is not JSON at all), plain or base64-encoded
    big = at(load_event("api_post_text"), body="x" * 2000, headers={"idempotency-key": None})
    encoded = dict(big, body=base64.b64encode(json.dumps({"text": "a" * 1500}).encode()).decode(),
                   isBase64Encoded=True)
    # THEN it is refused with 413, and nothing is kept
    assert_error_shape(api(big), 413, "payload_too_large")
    assert_error_shape(api(encoded), 413, "payload_too_large")
    assert api(at(load_event("api_post_text"), headers={"idempotency-key": None})).status == 201
    assert api.counts()["intakes"] == 1


def test_the_token_guards_everything_but_the_page_and_health(sqlite_env):
    # GIVEN a server with a token
    api = sqlite_env(INTAKE_API_TOKEN="s3cret-token")
    text = at(load_event("api_post_text"), headers={"authorization": None})
    # WHEN a request comes without it, or with a wrong one
    missing = api(text)
    wrong = api(at(text, headers={"authorization": "Bearer s3cret-tokeX"}))
    basic = api(at(text, headers={"authorization": "Basic czNjcmV0LXRva2Vu"}))
    # THEN it is 401 (even when its body is malformed: the token is checked first)
    for got in (missing, wrong, basic):
        assert_error_shape(got, 401, "unauthorized")
        assert got.headers["www-authenticate"] == "Bearer"
    assert_error_shape(api(at(text, body="{not json")), 401, "unauthorized")
    assert api.counts()["intakes"] == 0
    # AND with the token it works; the page, its assets and /health need none
    assert api(at(text, headers={"authorization": "Bearer s3cret-token"})).status == 201
    for path in ("/", "/static/app.js", "/health"):
        assert api(at(load_event("api_get_page"), path=path, headers={"authorization": None})).status == 200
    for path in ("/events", "/openapi.json", "/products/1"):
        assert api(at(load_event("api_get_page"), path=path, headers={"authorization": None})).status == 401


def test_cors_follows_the_configured_origins(sqlite_env):
    api = sqlite_env(INTAKE_CORS_ORIGINS="https://stock.example.org, https://other.example.org",
                     INTAKE_API_TOKEN="t0ken")
    origin = {"origin": "https://other.example.org", "authorization": "Bearer t0ken"}
    # a preflight is answered without the token
    preflight = api(at(load_event("api_get_events"), method="OPTIONS",
                       headers={"origin": "https://other.example.org", "authorization": None,
                                "access-control-request-method": "POST"}))
    assert preflight.status == 204
    assert preflight.headers["access-control-allow-origin"] == "https://other.example.org"
    assert "idempotency-key" in preflight.headers["access-control-allow-headers"].lower()
    allowed = api(at(load_event("api_get_events"), headers=origin))
    assert allowed.status == 200
    assert allowed.headers["access-control-allow-origin"] == "https://other.example.org"
    refused = api(at(load_event("api_get_events"), headers={**origin, "authorization": None}))
    assert refused.status == 401  # readable by the allowed page, so it can ask for the token
    assert refused.headers["access-control-allow-origin"] == "https://other.example.org"
    stranger = api(at(load_event("api_get_events"), headers={**origin, "origin": "https://evil.example"}))
    assert "access-control-allow-origin" not in stranger.headers


def test_without_cors_origins_no_cors_headers(sqlite_api):
    got = sqlite_api(at(load_event("api_get_events"), headers={"origin": "https://stock.example.org"}))
    assert got.status == 200 and "access-control-allow-origin" not in got.headers


def test_an_unexpected_error_is_a_generic_500_and_the_trace_is_logged(sqlite_api, caplog):
    # GIVEN a route that fails in a way nobody planned for
    app = api_fn.app()

    @app.get("/boom")
    def boom():
        raise ZeroDivisionError("secret internals: /srv/app.py line 12")

    # WHEN it is called
    got = sqlite_api(at(load_event("api_get_health"), path="/boom"))
    # THEN the client gets a generic message, and the log gets the stack trace
    assert_error_shape(got, 500, "internal_error")
    assert "secret" not in json.dumps(got.body) and "Traceback" not in json.dumps(got.body)
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_the_actor_header_is_believed_only_locally(sqlite_env):
    # GIVEN the AWS stage, a request with the authorizer's claims and an X-Intake-Actor header
    api = sqlite_env()
    sent = at(load_event("api_post_text"), headers={"x-intake-actor": "mallory", "idempotency-key": None})
    api(sent)
    # THEN the claims win; without claims (no authorizer), the header is still not believed
    no_claims = at(sent, body={"text": "added a tape measure to the van"})
    del no_claims["requestContext"]["authorizer"]
    api(no_claims)
    assert [e.actor for e in api.store.list_events()] == ["anonymous", "ana@example.org"]


def test_a_base64_body_that_is_not_utf8_is_400(sqlite_api):
    # found by schemathesis: Powertools failed decoding such a body, with a 500
    event = at(load_event("api_post_text"), headers={"idempotency-key": None})
    event.update(body=base64.b64encode(b'{"text": "\xc8\x01"}').decode(), isBase64Encoded=True)
    assert_error_shape(sqlite_api(event), 400, "invalid_json")
    event.update(body=base64.b64encode(b'{"text": "moved the red ladder to the van"}').decode())
    assert sqlite_api(event).status == 201
