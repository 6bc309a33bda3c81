"""Fakes of the voice ports, and fixtures wiring a VoiceService over each real database (the
`store` fixture) with them. Test modules import the fixtures they use by name: a conftest.py
here would shadow tests/conftest.py's `load_event` for `from conftest import ...`.

The fakes are deliberately small and keep the ports' promises (a job name starts one job; the
audio store answers None for a missing object), so the unit tests exercise the same branches the
AWS and local adapters do."""
from __future__ import annotations

import io
import json
import math
import os
import struct
import wave
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from intake.service import IntakeService
from intake.voice import JobState, UploadTarget, VoiceService
from products.journal import Journal
from stand_ins import MemorySpool  # noqa: F401 (re-exported)


ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def load_event(name: str) -> dict:
    """A real-shaped AWS event from samples/events (as tests/conftest.py's helper: `from conftest
    import` would find whichever conftest.py was imported last, e.g. tests/transcribe's)."""
    return json.loads((SAMPLES / "events" / f"{name}.json").read_text())


def make_wav(seconds: float, rate: int = 16_000) -> bytes:
    """A mono 16-bit WAV of a quiet tone: real audio for probes, no speech for recognisers."""
    frames = int(seconds * rate)
    pcm = b"".join(struct.pack("<h", int(800 * math.sin(2 * math.pi * 440 * i / rate)))
                   for i in range(frames))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buf.getvalue()


@dataclass
class WavInfo:
    duration_seconds: float


def wav_probe(data: bytes) -> WavInfo:
    """Stands in for intake.transcribe.probe in unit tests: WAV only, ValueError otherwise."""
    try:
        with wave.open(io.BytesIO(data)) as w:
            return WavInfo(w.getnframes() / w.getframerate())
    except (wave.Error, EOFError) as exc:
        raise ValueError(str(exc)) from exc


class FakeAudioStore:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}

    def upload_target(self, key: str, content_type: str, max_bytes: int) -> UploadTarget:
        return UploadTarget(url="https://uploads.example/", fields={"key": key, "Content-Type": content_type})

    def size(self, key: str) -> int | None:
        return len(self.objects[key]) if key in self.objects else None

    def read(self, key: str) -> bytes:
        return self.objects[key]


@dataclass
class FakeEngine:
    jobs: dict[str, JobState] = field(default_factory=dict)
    transcripts: dict[str, tuple[str, float | None]] = field(default_factory=dict)
    started: list[str] = field(default_factory=list)
    vocabularies: list = field(default_factory=list)

    def start(self, job_name, audio_key, vocabulary=None) -> bool:
        if job_name in self.jobs:
            return False
        self.jobs[job_name] = JobState("IN_PROGRESS")
        self.started.append(job_name)
        self.vocabularies.append(vocabulary)
        return True

    def state(self, job_name) -> JobState:
        return self.jobs.get(job_name, JobState("MISSING"))

    def transcript(self, job_name):
        return self.transcripts[job_name]

    def complete(self, job_name, text, confidence=0.95) -> None:
        self.jobs[job_name] = JobState("COMPLETED")
        self.transcripts[job_name] = (text, confidence)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


def intake_service(store) -> IntakeService:
    from nlp import parse

    journal = Journal(store)
    return IntakeService(store=store, journal=journal, spool=MemorySpool(),
                         parse=lambda text: parse(text, journal.hints))

# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def audio():
    return FakeAudioStore()


@pytest.fixture
def engine():
    return FakeEngine()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def voice(store, audio, engine, clock) -> VoiceService:
    return VoiceService(store=store, intakes=intake_service(store), audio=audio, engine=engine,
                        probe=wav_probe, clock=clock)
