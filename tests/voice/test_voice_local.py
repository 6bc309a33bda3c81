"""The local voice path through the real local server: POST /intakes/voice, a multipart upload
shaped like an S3 presigned POST, the worker thread, and polling the intake until it is done."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from intake.adapters import FileSpool
from intake.api import build_app, wire
from intake.local.server import LocalServer
from intake.local.voice import LocalVoice
from intake.settings import Settings
from voice_fakes import SAMPLES, make_wav

SAID = "moved the cordless drill to shelf b3 in the garage"


@dataclass
class Said:
    text: str
    confidence: float


class ScriptedTranscriber:
    """Stands in for LocalTranscriber where the words, not the recogniser, are under test."""

    made: list = []

    def __init__(self, products=(), locations=(), cache_dir=None):
        ScriptedTranscriber.made.append((tuple(products), tuple(locations)))

    def transcribe(self, data: bytes) -> Said:
        return Said(SAID, 0.91)


@pytest.fixture
def local(tmp_path, sqlite_store):
    def start(make_transcriber=ScriptedTranscriber):
        settings = Settings(data_dir=tmp_path)
        services = wire(sqlite_store, FileSpool(tmp_path / "spool"), settings)
        voice = LocalVoice(services, tmp_path, make_transcriber=make_transcriber)
        services = replace(services, voice=voice.voice)
        server = LocalServer(build_app(services), "127.0.0.1", 0, uploads=voice).start()
        voice.start()
        started.append((server, voice))
        return Client(server.url.rstrip("/")), voice

    started: list = []
    yield start
    for server, voice in started:
        server.close()
        voice.close()


class Client:
    def __init__(self, base: str):
        self.base = base

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict | None]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        return _send(request)

    def upload(self, upload: dict, audio: bytes, filename="note.wav") -> tuple[int, dict | None]:
        """What the page does: the form's fields, then the file, as multipart/form-data."""
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
                 for name, value in upload["fields"].items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\n'.encode() + audio + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(self.base + upload["url"], data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        return _send(request)

    def until_done(self, intake_id: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            status, intake = self.call("GET", f"/intakes/{intake_id}")
            if intake["status"] not in ("received", "uploaded", "transcribing", "parsing"):
                return intake
            assert time.monotonic() < deadline, f"still {intake['status']}"
            time.sleep(0.05)


def _send(request) -> tuple[int, dict | None]:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as err:
        raw = err.read()
        return err.code, json.loads(raw) if raw else None


def test_a_note_is_uploaded_transcribed_and_recorded(local):
    client, voice = local()
    # GIVEN a voice intake and its upload form
    audio = make_wav(1.2)
    status, created = client.call("POST", "/intakes/voice", {"content_type": "audio/wav", "size_bytes": len(audio)})
    assert status == 201, created
    intake, upload = created["intake"], created["upload"]
    assert intake["status"] == "received" and intake["channel"] == "voice"
    assert upload["url"] == f"/intakes/{intake['id']}/audio" and upload["fields"]["key"].endswith(".wav")
    # WHEN the page uploads it (twice: a retried request)
    assert client.upload(upload, audio)[0] == 204
    assert client.upload(upload, audio)[0] == 204
    # THEN the worker transcribes, parses and records it, once
    done = client.until_done(intake["id"])
    assert done["status"] == "recorded", done
    assert done["transcript"] == SAID and done["items"][0]["event"]["event_type"] == "added"
    assert len(voice.voice.store.list_events()) == 1


@pytest.mark.parametrize("body, status, code", [
    ({"content_type": "application/pdf", "size_bytes": 1000}, 415, "unsupported_media_type"),
    ({"content_type": "audio/webm", "size_bytes": 0}, 400, "invalid_request"),
    ({"content_type": "audio/webm", "size_bytes": 10 * 1024 * 1024 + 1}, 413, "payload_too_large"),
    ({"content_type": "audio/webm"}, 422, "validation_error"),
])
def test_bad_declarations_are_refused_before_any_upload(local, body, status, code):
    client, voice = local()
    got, reply = client.call("POST", "/intakes/voice", body)
    assert (got, reply["error"]["code"]) == (status, code)
    assert voice.voice.store.intakes_in_status("received", "2999-01-01T00:00:00Z", 10) == []


@pytest.mark.parametrize("clip, code", [
    ("not_audio.webm", "not_audio"), ("too_short.wav", "too_short"), (None, "empty_audio"),
])
def test_bad_audio_is_rejected_with_the_reason(local, clip, code):
    client, voice = local()
    audio = (SAMPLES / "audio" / clip).read_bytes() if clip else b""
    _, created = client.call("POST", "/intakes/voice", {"content_type": "audio/webm", "size_bytes": max(len(audio), 1)})
    assert client.upload(created["upload"], audio)[0] == 204
    done = client.until_done(created["intake"]["id"])
    assert done["status"] == "rejected" and done["error"]["code"] == code and done["error"]["message"]
    assert voice.voice.store.list_events() == []


def test_a_forged_or_reused_form_is_refused(local):
    client, _ = local()
    _, first = client.call("POST", "/intakes/voice", {"content_type": "audio/wav", "size_bytes": 100})
    _, second = client.call("POST", "/intakes/voice", {"content_type": "audio/wav", "size_bytes": 100})
    forged = {**first["upload"], "fields": {**first["upload"]["fields"], "signature": "0" * 64}}
    assert client.upload(forged, make_wav(1))[0] == 403
    other = {**second["upload"], "fields": first["upload"]["fields"]}  # A's form sent to B's URL
    assert client.upload(other, make_wav(1))[0] == 403


@pytest.mark.slow
def test_the_offline_transcriber_records_a_spoken_clip(local):
    # GIVEN the real offline transcriber, and a catalog that knows the product
    from intake.transcribe import LocalTranscriber

    client, voice = local(make_transcriber=LocalTranscriber)
    clip = next(json.loads(line) for line in (SAMPLES / "audio" / "clips.jsonl").read_text().splitlines()
                if json.loads(line)["file"] == "moved_gloves.wav")
    _, seeded = client.call("POST", "/intakes/form", {"product": "nitrile gloves large", "event_type": "added",
                                                       "location": "shelf a2 in the garage"})
    assert seeded["status"] == "recorded"
    audio = (SAMPLES / "audio" / clip["file"]).read_bytes()
    # WHEN the clip is sent as a voice note
    _, created = client.call("POST", "/intakes/voice", {"content_type": "audio/wav", "size_bytes": len(audio)})
    client.upload(created["upload"], audio)
    done = client.until_done(created["intake"]["id"], timeout=240)
    # THEN it is recorded against the catalog's product
    assert done["status"] == "recorded", done
    [item] = done["items"]
    assert item["event"]["event_type"] == clip["expect"][0]["event_type"]
    assert item["resolution"]["product"]["name"] == clip["expect"][0]["resolves_to"]
