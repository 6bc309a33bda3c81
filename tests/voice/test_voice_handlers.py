"""The three voice Lambdas over moto (S3, Transcribe, SQS, Secrets Manager) and a real database,
driven by the real-shaped events in samples/events. Every event is delivered at least twice."""
from __future__ import annotations

import copy
import json
from datetime import timedelta

import boto3
import pytest
from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError
from moto import mock_aws

from intake.adapters import transcribe as transcribe_adapter
from intake.handlers import reconciler, transcripts, voice_upload, voice_wiring
from voice_fakes import SAMPLES, load_event, make_wav
from stand_ins import LambdaContext

BUCKET = "intake-dev-media"
VOICE_ID = "7c9e6679f4a84c5e9d1b2f3a4b5c6d7e"     # the intake in the sample events
OTHER_ID = "0b5a2d4e8f1c4a7b9e3d6c2f1a0b9c8d"     # the one in gloves_low_confidence.json


@pytest.fixture(params=["sqlite", pytest.param("mysql", marks=pytest.mark.mysql)])
def database(request, tmp_path):
    if request.param == "sqlite":
        from products.adapters import open_store

        url = f"sqlite:///{tmp_path / 'voice.db'}"
        store = open_store(url)
        store.upgrade()
        store.close()
        return url
    request.getfixturevalue("mysql_store")  # empties the tables
    return request.getfixturevalue("mysql_url")


@pytest.fixture
def aws(monkeypatch, database):
    for name, value in {"AWS_DEFAULT_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing", "INTAKE_DB_URL": database,
                        "INTAKE_BUCKET": BUCKET, "INTAKE_STAGE": "dev",
                        "POWERTOOLS_METRICS_NAMESPACE": "IntakeTest"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(voice_wiring, "_voice", None)
    with mock_aws():
        boto3.client("s3").create_bucket(Bucket=BUCKET,
                                         CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        yield
    if voice_wiring._voice is not None:
        voice_wiring._voice.store.close()


@pytest.fixture
def voice(aws):
    service = voice_wiring.voice()
    return service


def new_intake(voice, intake_id: str, seconds: float = 1.5, content_type="audio/webm"):
    """What the API and the browser do: create the intake, then upload the audio to its key."""
    voice.new_id = lambda: intake_id
    intake, upload = voice.create(content_type, 40_000, actor="ana@example.com")
    boto3.client("s3").put_object(Bucket=BUCKET, Key=intake.audio_key, Body=make_wav(seconds))
    return intake, upload


def put_transcript(intake_id: str, sample: str) -> None:
    body = (SAMPLES / "transcripts" / f"{sample}.json").read_bytes()
    boto3.client("s3").put_object(Bucket=BUCKET, Key=f"transcripts/intake-dev-{intake_id}.json", Body=body)


def jobs() -> list[str]:
    listed = boto3.client("transcribe").list_transcription_jobs()["TranscriptionJobSummaries"]
    return sorted(j["TranscriptionJobName"] for j in listed)


def job_event(intake_id: str, status="COMPLETED") -> dict:
    event = copy.deepcopy(load_event("sqs_transcribe_completed"))
    body = json.loads(event["Records"][0]["body"])
    body["detail"].update(TranscriptionJobName=f"intake-dev-{intake_id}", TranscriptionJobStatus=status)
    event["Records"][0]["body"] = json.dumps(body)
    return event


def test_upload_event_keys_are_url_decoded():
    keys = voice_upload.object_keys(load_event("s3_audio_created"))
    assert keys == [f"audio/{VOICE_ID}.webm", "audio/voice memo (2) copy.m4a"]


def test_presigned_post_limits_type_size_and_key(voice):
    intake, upload = voice.create("audio/webm;codecs=opus", 30_000, actor="ana")
    policy = json.loads(__import__("base64").b64decode(upload.fields["policy"]))
    conditions = policy["conditions"]
    assert ["content-length-range", 1, 10 * 1024 * 1024] in conditions
    assert {"Content-Type": "audio/webm"} in conditions and {"key": intake.audio_key} in conditions
    assert upload.fields["key"] == f"audio/{intake.id}.webm" and upload.expires_in <= 300
    assert BUCKET in upload.url


def test_a_note_from_s3_to_recorded_with_every_event_twice(voice):
    # GIVEN a voice intake whose audio is in S3
    intake, _ = new_intake(voice, VOICE_ID)
    # WHEN S3's event arrives twice (one record is someone else's file, with an encoded name)
    for _ in range(2):
        assert voice_upload.handler(load_event("s3_audio_created"), LambdaContext()) == {"handled": 2}
    # THEN one job runs, named after the intake, and the intake is transcribing
    assert jobs() == [f"intake-dev-{VOICE_ID}"]
    assert voice.store.get_intake(VOICE_ID).status == "transcribing"
    # WHEN Transcribe finishes and its state change arrives twice through SQS
    put_transcript(VOICE_ID, "drill_moved")
    for _ in range(2):
        assert transcripts.handler(load_event("sqs_transcribe_completed"), LambdaContext()) == {
            "batchItemFailures": []}
    # THEN the transcript and confidence are kept and the event recorded once
    done = voice.store.get_intake(VOICE_ID)
    assert done.status == "recorded", done.error
    assert done.transcript == "Moved the cordless drill to shelf B3 in the garage."
    assert done.transcript_confidence == pytest.approx(0.9872)
    [event] = voice.store.list_events()
    assert (event.product, event.channel, event.intake_id) == ("cordless drill", "voice", VOICE_ID)
    assert event.location.lower() == "shelf b3 in the garage"
    # AND a late duplicate S3 event starts nothing new
    voice_upload.handler(load_event("s3_audio_created"), LambdaContext())
    assert jobs() == [f"intake-dev-{VOICE_ID}"] and len(voice.store.list_events()) == 1


def test_a_failed_job_fails_the_intake_with_transcribes_reason(voice):
    new_intake(voice, VOICE_ID)
    voice_upload.handler(load_event("s3_audio_created"), LambdaContext())
    for _ in range(2):
        assert transcripts.handler(load_event("sqs_transcribe_failed"), LambdaContext()) == {
            "batchItemFailures": []}
    failed = voice.store.get_intake(VOICE_ID)
    assert failed.status == "failed" and failed.error["code"] == "transcription_failed"
    assert failed.error["message"].startswith("The media format that you specified")
    assert voice.store.list_events() == []


def test_low_confidence_transcript_waits_for_confirmation(voice):
    new_intake(voice, OTHER_ID)
    voice.accept_upload(f"audio/{OTHER_ID}.webm")
    put_transcript(OTHER_ID, "gloves_low_confidence")
    transcripts.handler(job_event(OTHER_ID), LambdaContext())
    held = voice.store.get_intake(OTHER_ID)
    assert held.status == "needs_confirmation" and held.error["code"] == "low_confidence"
    assert held.transcript_confidence == pytest.approx(0.6613)
    assert voice.store.list_events() == []


def test_silence_is_rejected(voice):
    new_intake(voice, VOICE_ID)
    voice.accept_upload(f"audio/{VOICE_ID}.webm")
    put_transcript(VOICE_ID, "silence")
    transcripts.handler(load_event("sqs_transcribe_completed"), LambdaContext())
    assert voice.store.get_intake(VOICE_ID).error["code"] == "no_speech"


def test_only_the_poison_message_of_a_batch_fails(voice):
    new_intake(voice, VOICE_ID)
    voice.accept_upload(f"audio/{VOICE_ID}.webm")
    put_transcript(VOICE_ID, "drill_moved")
    reply = transcripts.handler(load_event("sqs_transcribe_mixed"), LambdaContext())
    # the malformed body fails alone; another service's job is acknowledged and ignored
    assert reply == {"batchItemFailures": [{"itemIdentifier": "e2f7b5a6-91a2-43b4-8edf-4a5b6c7d8e9f"}]}
    assert voice.store.get_intake(VOICE_ID).status == "recorded"


def test_a_poison_message_ends_in_the_dead_letter_queue_after_n_tries(voice):
    # GIVEN the transcripts queue with a redrive policy, as the template sets it up
    sqs = boto3.client("sqs")
    dlq = sqs.create_queue(QueueName="intake-dev-transcripts-dlq")["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    queue = sqs.create_queue(QueueName="intake-dev-transcripts", Attributes={
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "3"}),
        "VisibilityTimeout": "0"})["QueueUrl"]
    new_intake(voice, VOICE_ID)
    voice.accept_upload(f"audio/{VOICE_ID}.webm")
    put_transcript(VOICE_ID, "drill_moved")
    for record in load_event("sqs_transcribe_mixed")["Records"]:
        sqs.send_message(QueueUrl=queue, MessageBody=record["body"])
    # WHEN Lambda's event source mapping polls until the queue is empty
    for _ in range(6):
        received = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10,
                                       AttributeNames=["All"]).get("Messages", [])
        if not received:
            break
        event = {"Records": [_as_lambda_record(m) for m in received]}
        try:
            reply = transcripts.handler(event, LambdaContext())
            failures = {f["itemIdentifier"] for f in reply["batchItemFailures"]}
        except BatchProcessingError:  # every record failed: Lambda returns the whole batch
            failures = {m["MessageId"] for m in received}
        for message in received:
            if message["MessageId"] not in failures:
                sqs.delete_message(QueueUrl=queue, ReceiptHandle=message["ReceiptHandle"])
    # THEN the poison message is in the DLQ, and the good one was recorded once
    dead = sqs.receive_message(QueueUrl=dlq, MaxNumberOfMessages=10).get("Messages", [])
    assert [m["Body"] for m in dead] == [load_event("sqs_transcribe_mixed")["Records"][2]["body"]]
    assert len(voice.store.list_events()) == 1


def _as_lambda_record(message: dict) -> dict:
    return {"messageId": message["MessageId"], "receiptHandle": message["ReceiptHandle"],
            "body": message["Body"], "attributes": message.get("Attributes", {}),
            "messageAttributes": {}, "md5OfBody": message["MD5OfBody"], "eventSource": "aws:sqs",
            "eventSourceARN": "arn:aws:sqs:eu-west-1:123456789012:intake-dev-transcripts",
            "awsRegion": "eu-west-1"}


def test_the_reconciler_finishes_a_job_whose_event_was_lost(voice):
    # GIVEN a job that completed but whose EventBridge event never arrived
    new_intake(voice, VOICE_ID)
    voice_upload.handler(load_event("s3_audio_created"), LambdaContext())
    put_transcript(VOICE_ID, "drill_moved")
    now = voice.clock()
    voice.clock = lambda: now + timedelta(minutes=6)
    # WHEN the schedule fires (moto's job moves QUEUED -> IN_PROGRESS -> COMPLETED as it is read)
    runs = [reconciler.handler(load_event("schedule_reconcile"), LambdaContext()) for _ in range(4)]
    # THEN it is recorded, once
    assert sum(r["finished"] for r in runs) == 1 and runs[0]["waiting"] == 1
    assert voice.store.get_intake(VOICE_ID).status == "recorded"
    assert len(voice.store.list_events()) == 1
    # AND a late event from EventBridge changes nothing
    transcripts.handler(load_event("sqs_transcribe_completed"), LambdaContext())
    assert len(voice.store.list_events()) == 1


@pytest.mark.parametrize("body, code", [
    (b"", "empty_audio"),
    (b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 200, "not_audio"),
    (make_wav(0.3), "too_short"),
])
def test_bad_audio_is_rejected_by_the_upload_function(voice, body, code):
    new_intake(voice, VOICE_ID)
    boto3.client("s3").put_object(Bucket=BUCKET, Key=f"audio/{VOICE_ID}.webm", Body=body)
    voice_upload.handler(load_event("s3_audio_created"), LambdaContext())
    rejected = voice.store.get_intake(VOICE_ID)
    assert rejected.status == "rejected" and rejected.error["code"] == code
    assert jobs() == [] and voice.store.list_events() == []


def test_the_upload_function_raises_so_that_lambda_retries(voice):
    new_intake(voice, VOICE_ID)
    real = voice.engine.transcribe
    voice.engine.transcribe = Throttled(real)
    with pytest.raises(voice_upload.UploadNotHandled):
        voice_upload.handler(load_event("s3_audio_created"), LambdaContext())
    assert voice.store.get_intake(VOICE_ID).status == "uploaded"
    voice.engine.transcribe = real
    voice_upload.handler(load_event("s3_audio_created"), LambdaContext())  # Lambda's retry
    assert voice.store.get_intake(VOICE_ID).status == "transcribing"
    assert jobs() == [f"intake-dev-{VOICE_ID}"]


class Throttled:
    """A Transcribe client that refuses to start jobs, as under a burst of uploads."""

    def __init__(self, real):
        self.real = real

    def start_transcription_job(self, **kwargs):
        raise transcribe_adapter.ClientError(
            {"Error": {"Code": "LimitExceededException", "Message": "slow down"}}, "StartTranscriptionJob")

    def __getattr__(self, name):
        return getattr(self.real, name)


class TestVocabulary:
    def test_is_created_from_the_catalog_and_used_once_ready(self, voice):
        # GIVEN a catalog with one product, recorded by a first note
        new_intake(voice, VOICE_ID)
        voice.accept_upload(f"audio/{VOICE_ID}.webm")
        put_transcript(VOICE_ID, "drill_moved")
        transcripts.handler(load_event("sqs_transcribe_completed"), LambdaContext())
        transcribe = boto3.client("transcribe")
        # WHEN the next notes arrive
        new_intake(voice, OTHER_ID)
        voice.accept_upload(f"audio/{OTHER_ID}.webm")
        # THEN the vocabulary was created from the catalog's names
        vocab = transcribe.get_vocabulary(VocabularyName="intake-dev-catalog")  # moto: PENDING -> READY
        table = boto3.client("s3").get_object(Bucket=BUCKET, Key=_table_key())["Body"].read().decode()
        assert "cordless-drill\t\t\tcordless drill" in table and len(table.encode()) <= 50_000
        assert vocab["VocabularyName"] == "intake-dev-catalog"
        # AND a job started once it is READY uses it
        third = "5e2f8a1b3c4d4e5f9a0b1c2d3e4f5a6b"
        voice.engine._ready = None
        new_intake(voice, third)
        voice.accept_upload(f"audio/{third}.webm")
        job = transcribe.get_transcription_job(TranscriptionJobName=f"intake-dev-{third}")["TranscriptionJob"]
        assert job["Settings"].get("VocabularyName") == "intake-dev-catalog"

    def test_is_updated_when_the_catalog_changes(self, voice, monkeypatch):
        calls = []
        client = voice.engine.transcribe
        monkeypatch.setattr(transcribe_adapter, "MIN_UPDATE_INTERVAL", timedelta(0))
        monkeypatch.setattr(client, "update_vocabulary", lambda **kw: calls.append(kw), raising=False)
        voice.store.find_or_create_product("nitrile gloves", "nitrile gloves")
        voice.engine.vocabulary_for(voice.vocabulary())           # creates it
        client.get_vocabulary(VocabularyName="intake-dev-catalog")  # moto: READY
        assert voice.engine.vocabulary_for(voice.vocabulary()) == "intake-dev-catalog"
        assert calls == []                                          # unchanged catalog: no call
        voice.store.find_or_create_location("shelf A2", "shelf a2")
        voice.engine._ready = None
        assert voice.engine.vocabulary_for(voice.vocabulary()) is None  # PENDING while it updates
        [call] = calls
        assert call["VocabularyName"] == "intake-dev-catalog"
        key = call["VocabularyFileUri"].split(f"s3://{BUCKET}/", 1)[1]
        table = boto3.client("s3").get_object(Bucket=BUCKET, Key=key)["Body"].read().decode()
        assert "shelf-A.-two\t\t\tshelf A2" in table


def _table_key() -> str:
    listed = boto3.client("s3").list_objects_v2(Bucket=BUCKET, Prefix="vocabulary/intake-dev-catalog-")
    [obj] = listed["Contents"]
    return obj["Key"]


@pytest.mark.mysql
def test_the_database_credentials_come_from_secrets_manager(mysql_url, mysql_store, monkeypatch):
    from urllib.parse import urlparse

    db = urlparse(mysql_url)
    monkeypatch.setattr(voice_wiring, "_voice", None)
    for name, value in {"AWS_DEFAULT_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing", "INTAKE_BUCKET": BUCKET,
                        "INTAKE_STAGE": "dev"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("INTAKE_DB_URL", raising=False)
    with mock_aws():
        boto3.client("s3").create_bucket(Bucket=BUCKET,
                                         CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        arn = boto3.client("secretsmanager").create_secret(Name="intake-dev-db", SecretString=json.dumps({
            "username": db.username or "root", "password": db.password or "", "host": db.hostname,
            "port": db.port or 3306, "dbname": db.path.lstrip("/")}))["ARN"]
        monkeypatch.setenv("INTAKE_DB_SECRET_ARN", arn)
        service = voice_wiring.voice()
        try:
            intake, _ = service.create("audio/webm", 100, actor="ana")
            assert mysql_store.get_intake(intake.id).status == "received"
        finally:
            service.store.close()
