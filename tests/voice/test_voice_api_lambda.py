"""POST /intakes/voice through the API Lambda as AWS runs it: the route, the JWT actor, and an S3
presigned POST (moto) that the browser can send the audio with."""
from __future__ import annotations

import base64
import copy
import json

import boto3
import pytest
from moto import mock_aws

from intake.handlers import api as api_fn
from stand_ins import LambdaContext, MemorySpool
from voice_fakes import load_event

BUCKET = "intake-test-media"


@pytest.fixture
def api(monkeypatch, sqlite_store):
    for name, value in {"AWS_DEFAULT_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing", "INTAKE_BUCKET": BUCKET,
                        "INTAKE_STAGE": "test", "INTAKE_DB_URL": f"sqlite:///{sqlite_store.path}"}.items():
        monkeypatch.setenv(name, value)
    for name in ("INTAKE_API_TOKEN", "INTAKE_DB_SECRET_ARN", "INTAKE_CORS_ORIGINS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(api_fn, "_services", None)
    monkeypatch.setattr(api_fn, "_app", None)
    with mock_aws():
        boto3.client("s3").create_bucket(Bucket=BUCKET,
                                         CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})

        def post(body: dict, key: str = "9a1e4c53-voice", path: str = "/intakes/voice") -> tuple[int, dict]:
            event = copy.deepcopy(load_event("api_post_text"))
            raw = json.dumps(body)
            event.update(rawPath=path, body=raw, isBase64Encoded=False)
            event["requestContext"]["http"]["path"] = path
            event["headers"].update({"content-length": str(len(raw)), "idempotency-key": key})
            reply = api_fn.handler(event, LambdaContext())
            return reply["statusCode"], json.loads(reply["body"])

        yield post
        if api_fn._services is not None:
            api_fn._services.store.close()


def test_a_voice_intake_comes_with_a_presigned_post(api, sqlite_store):
    status, body = api({"content_type": "audio/mp4", "size_bytes": 52_000})
    assert status == 201, body
    intake, upload = body["intake"], body["upload"]
    assert (intake["status"], intake["channel"]) == ("received", "voice")
    assert sqlite_store.get_intake(intake["id"]).actor == "ana@example.org"  # the JWT's email
    assert BUCKET in upload["url"] and upload["fields"]["key"] == f"audio/{intake['id']}.mp4"
    policy = json.loads(base64.b64decode(upload["fields"]["policy"]))
    assert ["content-length-range", 1, 10 * 1024 * 1024] in policy["conditions"]
    assert {"Content-Type": "audio/mp4"} in policy["conditions"] and upload["expires_in"] <= 300
    # the same Idempotency-Key answers the same intake
    again_status, again = api({"content_type": "audio/mp4", "size_bytes": 52_000})
    assert again_status == 201 and again["intake"]["id"] == intake["id"]


@pytest.mark.parametrize("body, status, code", [
    ({"content_type": "text/plain", "size_bytes": 10}, 415, "unsupported_media_type"),
    ({"content_type": "audio/ogg", "size_bytes": 0}, 400, "invalid_request"),
    ({"content_type": "audio/ogg", "size_bytes": 11 * 1024 * 1024}, 413, "payload_too_large"),
])
def test_bad_declarations_get_a_4xx_and_no_intake(api, sqlite_store, body, status, code):
    got, reply = api(body, key=f"bad-{code}")
    assert (got, reply["error"]["code"]) == (status, code)
    assert sqlite_store.intakes_in_status("received", "2999-01-01T00:00:00Z", 10) == []


def test_a_held_voice_note_is_recorded_when_its_speaker_confirms_it(api, sqlite_store):
    # GIVEN a voice note whose transcript was too unsure to act on
    from intake.service import IntakeService
    from nlp import parse
    from products.intakes import IntakeRecord
    from products.journal import Journal

    sqlite_store.create_intake(IntakeRecord(id="held1", channel="voice", status="transcribing", actor="ana"))
    IntakeService(sqlite_store, Journal(sqlite_store), parse, MemorySpool()).process_transcript(
        "held1", "moved the pressure washer to the back room", 0.55, hold=True)
    # WHEN the person says "yes, that is what I said" (a confirmation with no choices)
    status, body = api({"choices": []}, key="confirm-held1", path="/intakes/held1/confirm")
    # THEN it is recorded, and the answer carries the transcript and its confidence
    assert status == 200, body
    assert body["status"] == "recorded" and body["transcript_confidence"] == 0.55
    assert body["items"][0]["event"]["location"] == "back room"
