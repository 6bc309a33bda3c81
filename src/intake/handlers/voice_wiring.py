"""Composition root of the three voice functions (upload, transcripts, reconciler): settings read
once per container, real adapters wired to the voice use cases, kept for the container's life.

Environment (besides Settings'): INTAKE_TRANSCRIBE_JOB_PREFIX (default "intake-{stage}-";
job names are unique per account and region, so each stack needs its own), INTAKE_VOCABULARY_NAME
(default "intake-{stage}-catalog"; "-" turns the custom vocabulary off), INTAKE_MIN_CONFIDENCE
(default 0.70), INTAKE_TRANSCRIBE_LANGUAGE (default en-US).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3

from intake.adapters.s3_audio import S3AudioStore
from intake.adapters.transcribe import TranscribeEngine
from intake.service import IntakeService, catalog_parser
from intake.settings import Settings
from intake.voice import DEFAULT_MIN_CONFIDENCE, VoiceService
from products.adapters import lambda_database_url, open_store
from products.errors import DomainError
from products.journal import Journal

@dataclass(frozen=True)
class VoiceSettings:
    job_prefix: str
    vocabulary_name: str | None
    min_confidence: float
    language_code: str

    @classmethod
    def from_env(cls, stage: str, env=None) -> "VoiceSettings":
        env = os.environ if env is None else env
        vocabulary = env.get("INTAKE_VOCABULARY_NAME") or f"intake-{stage}-catalog"
        confidence = float(env.get("INTAKE_MIN_CONFIDENCE") or DEFAULT_MIN_CONFIDENCE)
        if not 0.0 <= confidence <= 1.0:
            raise ValueError("INTAKE_MIN_CONFIDENCE must be between 0 and 1")
        return cls(job_prefix=env.get("INTAKE_TRANSCRIBE_JOB_PREFIX") or f"intake-{stage}-",
                   vocabulary_name=None if vocabulary == "-" else vocabulary,
                   min_confidence=confidence,
                   language_code=env.get("INTAKE_TRANSCRIBE_LANGUAGE") or "en-US")


class NoSpool:
    """The voice functions never spool: when the database is down the event is retried
    (S3 async retries, SQS redelivery, the next reconciler run) and the audio waits in S3."""

    def put(self, intake_id: str, request: dict) -> None:
        raise RuntimeError("voice functions do not spool; the triggering event is retried instead")

    def pending(self) -> list:
        return []

    def remove(self, intake_id: str) -> None:
        pass


def database_url(settings: Settings) -> str:
    return lambda_database_url(settings.db_url, settings.db_secret_arn, settings.db_name,
                               settings.db_ca_bundle)


def build(settings: Settings, voice_settings: VoiceSettings, s3=None, transcribe=None,
          store=None, intakes: IntakeService | None = None) -> VoiceService:
    """The voice use cases over S3 and Transcribe. `store`/`intakes`: share the API function's
    (it only creates intakes and upload forms) instead of opening a second connection."""
    if not settings.bucket:
        raise RuntimeError("set INTAKE_BUCKET (audio, transcripts and the vocabulary table)")
    s3 = s3 or boto3.client("s3")
    transcribe = transcribe or boto3.client("transcribe")
    if intakes is None:
        store = open_store(database_url(settings))
        journal = Journal(store)
        intakes = IntakeService(store=store, journal=journal, parse=catalog_parser(journal),
                                spool=NoSpool())
    engine = TranscribeEngine(transcribe, s3, settings.bucket, voice_settings.vocabulary_name,
                              voice_settings.language_code)
    return VoiceService(store=intakes.store, intakes=intakes, audio=S3AudioStore(s3, settings.bucket),
                        engine=engine, probe=_probe, not_audio=(DomainError,),
                        min_confidence=voice_settings.min_confidence,
                        job_prefix=voice_settings.job_prefix)


def _probe(data: bytes):
    """intake.transcribe.probe, imported on first use: the API function never checks audio and
    need not load PyAV. Its NotAudio is a DomainError, which is what `not_audio` catches."""
    from intake.transcribe import probe

    return probe(data)


_voice: VoiceService | None = None


def voice() -> VoiceService:
    """One service (one connection, one catalog) per container, reused across invocations."""
    global _voice
    if _voice is None:
        settings = Settings.from_env()
        _voice = build(settings, VoiceSettings.from_env(settings.stage))
    return _voice
