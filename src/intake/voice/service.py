"""The voice use cases: from "I want to send a note" to a recorded (or held, or refused) intake.

Statuses, each move a compare-and-set on the stored status so that duplicate events, retries and
the reconciler can race without doing anything twice:

    received --accept_upload--> uploaded --engine.start--> transcribing --job_finished--> parsing
        --IntakeService.process_transcript--> recorded | needs_confirmation | rejected | failed
    received | uploaded --bad audio--> rejected        transcribing --job failed--> failed

A transcript whose confidence is below `min_confidence` is parsed but held for a person
(`needs_confirmation`) rather than recorded: acting on a misheard product name is worse than
asking. See docs/voice.md for the threshold's reasoning.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from intake.service import IntakeService, same_request
from intake.voice.formats import (MAX_AUDIO_BYTES, MAX_DURATION_SECONDS, MIN_DURATION_SECONDS,
                                  SUPPORTED_TYPES, audio_format)
from intake.voice.ports import AudioStore, TranscriptionEngine, UploadTarget
from intake.voice.vocabulary import Vocabulary, build_vocabulary
from products.errors import DomainError, NotFound
from products.intakes import IntakeRecord
from products.repository import Store

# Amazon Transcribe's mean word confidence. Clear speech of catalog sentences scores 0.9 and more;
# a misheard product name typically drags one or two words below 0.5 and the mean under 0.8.
# 0.70 holds the clearly unsure notes without asking about every slightly noisy one.
DEFAULT_MIN_CONFIDENCE = 0.70

STUCK_AFTER = timedelta(minutes=5)       # a job should long be done: ask the engine
JOB_DEADLINE = timedelta(hours=1)        # give up on a job still queued or running
MAX_JOB_ATTEMPTS = 3                     # starts of one intake's job before a lost one fails it
UPLOAD_DEADLINE = timedelta(minutes=15)  # upload URLs live 5 minutes; then the audio is not coming
RECONCILE_BATCH = 100

log = logging.getLogger(__name__)

OPEN_STATUSES = ("received", "uploaded", "transcribing", "parsing")
_KEY = re.compile(r"^audio/([0-9A-Za-z_-]{1,64})\.[a-z0-9]{2,5}$")


class UnsupportedAudio(DomainError):
    code = "unsupported_media_type"


class AudioTooLarge(DomainError):
    code = "payload_too_large"


def job_name_for(intake_id: str, prefix: str = "intake-") -> str:
    return f"{prefix}{intake_id}"


def intake_id_from_job(job_name: str, prefix: str = "intake-") -> str | None:
    """None for a job that is not one of ours (another stack or service in the account)."""
    if not isinstance(job_name, str) or not job_name.startswith(prefix):
        return None
    return job_name[len(prefix):] or None


def intake_id_from_key(key: str) -> str | None:
    match = _KEY.match(key or "")
    return match.group(1) if match else None


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class VoiceService:
    store: Store
    intakes: IntakeService
    audio: AudioStore
    engine: TranscriptionEngine
    probe: Callable[[bytes], object]                 # bytes -> AudioInfo (intake.transcribe.probe)
    not_audio: tuple[type[Exception], ...] = (ValueError,)  # what probe raises for non-audio
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    job_prefix: str = "intake-"
    clock: Callable[[], datetime] = _utcnow
    new_id: Callable[[], str] = field(default=lambda: uuid.uuid4().hex)

    def __post_init__(self) -> None:
        self._names_lock = threading.Lock()
        self._products: list[str] = []
        self._locations: list[str] = []
        self._seen = [0, 0]  # last product id, last location id folded into the vocabulary

    # -- 1. a person asks to send a note ------------------------------------------------------
    def create(self, content_type: object, size_bytes: object, actor: str,
               idempotency_key: str | None = None) -> tuple[IntakeRecord, UploadTarget]:
        """Check what the browser declares, keep a `received` intake, and say where to upload.
        Refused before anything is kept (so before any upload): unsupported types and sizes."""
        fmt = audio_format(content_type)
        if fmt is None:
            raise UnsupportedAudio(f"audio of type {content_type!r} is not supported",
                                   {"supported": list(SUPPORTED_TYPES)})
        if isinstance(size_bytes, bool) or not isinstance(size_bytes, int):
            raise DomainError("size_bytes must be a whole number of bytes")
        if size_bytes < 1:
            raise DomainError("the recording is empty", {"size_bytes": size_bytes})
        if size_bytes > MAX_AUDIO_BYTES:
            raise AudioTooLarge(f"the recording is larger than {MAX_AUDIO_BYTES // (1024 * 1024)} MB",
                                {"size_bytes": size_bytes, "max_bytes": MAX_AUDIO_BYTES})
        request_hash = _hash(fmt.content_type, size_bytes)
        intake = None
        if idempotency_key:
            intake = same_request(self.store.intake_by_idempotency_key(idempotency_key), request_hash)
        if intake is None:
            intake_id = self.new_id()
            intake = self.store.create_intake(IntakeRecord(
                id=intake_id, channel="voice", status="received", actor=actor,
                idempotency_key=idempotency_key, request_hash=request_hash,
                audio_key=f"audio/{intake_id}.{fmt.extension}", content_type=fmt.content_type))
            if intake is None:  # lost a race for the same idempotency key
                intake = same_request(self.store.intake_by_idempotency_key(idempotency_key), request_hash)
        return intake, self.audio.upload_target(intake.audio_key, intake.content_type, MAX_AUDIO_BYTES)

    # -- 2. the audio arrived (S3 ObjectCreated, or the local upload) -------------------------
    def accept_upload(self, key: str) -> IntakeRecord | None:
        """Check the object really is a usable recording, then start its transcription.
        None when the key is not a voice intake's. Safe to call any number of times."""
        intake_id = intake_id_from_key(key)
        intake = self.store.get_intake(intake_id) if intake_id else None
        if intake is None or intake.channel != "voice" or intake.audio_key != key:
            return None
        if intake.status == "received":
            problem = self._check_audio(key)
            if problem is not None:
                return self._finish(intake, "rejected", *problem)
            if not self.store.save_intake(intake.evolve(status="uploaded", error=None),
                                          expected_status="received"):
                return self.store.get_intake(intake.id)  # another delivery has it
            intake = self.store.get_intake(intake.id)
        if intake.status == "uploaded":
            return self._start(intake)
        return intake  # transcribing or beyond: a duplicate event

    def _check_audio(self, key: str) -> tuple[str, str] | None:
        size = self.audio.size(key)
        if size is None:
            return "audio_missing", "the uploaded audio is gone"
        if size == 0:
            return "empty_audio", "the recording is empty"
        if size > MAX_AUDIO_BYTES:
            return "too_large", f"the recording is larger than {MAX_AUDIO_BYTES // (1024 * 1024)} MB"
        try:
            info = self.probe(self.audio.read(key))
        except self.not_audio as exc:
            return "not_audio", f"the upload is not audio we can read ({exc})"
        duration = getattr(info, "duration_seconds", None) or 0.0
        if duration < MIN_DURATION_SECONDS:
            return "too_short", (f"the recording is {duration:.2f} s long; "
                                 f"at least {MIN_DURATION_SECONDS} s is needed")
        if duration > MAX_DURATION_SECONDS:
            return "too_long", (f"the recording is {duration:.0f} s long; "
                                f"at most {MAX_DURATION_SECONDS:.0f} s is taken")
        return None

    def _start(self, intake: IntakeRecord) -> IntakeRecord:
        # a retry after a crash between these two steps finds the job there (start -> False)
        self.engine.start(self.job_name(intake.id), intake.audio_key, self.vocabulary())
        self.store.save_intake(intake.evolve(status="transcribing", attempts=intake.attempts + 1),
                               expected_status="uploaded")
        return self.store.get_intake(intake.id)

    # -- 3. the engine is done ----------------------------------------------------------------
    def job_finished(self, job_name: str, status: str, failure_reason: str | None = None) -> IntakeRecord | None:
        """A job changed state (EventBridge, the local worker, or the reconciler asking)."""
        intake_id = intake_id_from_job(job_name, self.job_prefix)
        intake = self.store.get_intake(intake_id) if intake_id else None
        if intake is None or intake.channel != "voice":
            return None
        if status == "COMPLETED":
            if intake.status not in ("uploaded", "transcribing"):
                return intake  # already taken: a duplicate delivery
            text, confidence = self.engine.transcript(job_name)
            return self.take_transcript(intake.id, text, confidence)
        if status == "FAILED":
            return self.fail(intake.id, "transcription_failed",
                             failure_reason or "the transcription failed")
        return intake

    def take_transcript(self, intake_id: str, text: str, confidence: float | None) -> IntakeRecord:
        """Keep the transcript on the intake, then parse and record it as typed text would be."""
        intake = self._get(intake_id)
        if intake.status not in ("uploaded", "transcribing"):
            return intake
        text = " ".join((text or "").split())
        if not text:
            return self._finish(intake, "rejected", "no_speech", "no speech was heard in the recording",
                                transcript="", transcript_confidence=confidence)
        claimed = intake.evolve(status="parsing", transcript=text, transcript_confidence=confidence)
        if not self.store.save_intake(claimed, expected_status=intake.status):
            return self._get(intake_id)  # someone else is parsing it
        return self._parse(intake_id, text, confidence)

    def _parse(self, intake_id: str, text: str, confidence: float | None) -> IntakeRecord:
        hold = confidence is not None and confidence < self.min_confidence
        return self.intakes.process_transcript(intake_id, text, confidence, hold=hold)

    def fail(self, intake_id: str, code: str, message: str) -> IntakeRecord:
        intake = self._get(intake_id)
        if intake.status not in OPEN_STATUSES:
            return intake
        return self._finish(intake, "failed", code, message)

    # -- 4. nothing is forgotten --------------------------------------------------------------
    def reconcile(self) -> dict[str, int]:
        """Finish what lost events left behind. Run on a schedule (or a timer locally).
        One intake that cannot be finished now is counted in "errors" and tried next time."""
        now = self.clock()
        done = dict.fromkeys(("resumed_uploads", "restarted", "finished", "failed", "reparsed",
                              "waiting", "errors"), 0)
        sweeps = (("received", now - UPLOAD_DEADLINE, self._reconcile_received),
                  ("uploaded", now - STUCK_AFTER, self._reconcile_uploaded),
                  ("transcribing", now - STUCK_AFTER, self._reconcile_transcribing),
                  ("parsing", now - STUCK_AFTER, self._reconcile_parsing))
        for status, before, step in sweeps:
            for intake in self._stuck(status, before):
                try:
                    outcome = step(intake, now)
                except Exception:  # noqa: BLE001 - one bad intake must not stop the sweep
                    log.exception("reconcile: intake %s (%s) not finished", intake.id, status)
                    outcome = "errors"
                if outcome:
                    done[outcome] += 1
        return done

    def _reconcile_received(self, intake: IntakeRecord, now: datetime) -> str:
        if self.audio.size(intake.audio_key) is not None:  # its upload event was lost
            self.accept_upload(intake.audio_key)
            return "resumed_uploads"
        self._finish(intake, "failed", "no_audio", "no audio arrived for this intake")
        return "failed"

    def _reconcile_uploaded(self, intake: IntakeRecord, now: datetime) -> str:
        self.accept_upload(intake.audio_key)  # starting the job had failed: start it again
        return "resumed_uploads"

    def _reconcile_transcribing(self, intake: IntakeRecord, now: datetime) -> str:
        job = self.job_name(intake.id)
        state = self.engine.state(job)
        past_deadline = _older(intake.updated_at, now - JOB_DEADLINE)
        if state.status in ("COMPLETED", "FAILED"):
            try:
                self.job_finished(job, state.status, state.failure_reason)
            except Exception as exc:
                if not past_deadline:
                    raise
                self._finish(intake, "failed", "transcript_unreadable",
                             f"the transcript could not be read ({type(exc).__name__})")
                return "failed"
            return "finished" if state.status == "COMPLETED" else "failed"
        if state.status == "MISSING":
            # the engine forgot the job (the local worker restarted): the audio is still there,
            # so start it again, a few times at most
            if intake.attempts < MAX_JOB_ATTEMPTS and self.audio.size(intake.audio_key) is not None:
                self.engine.start(job, intake.audio_key, self.vocabulary())
                self.store.save_intake(intake.evolve(attempts=intake.attempts + 1),
                                       expected_status="transcribing")
                return "restarted"
            self._finish(intake, "failed", "job_missing", "the transcription job was lost")
            return "failed"
        if past_deadline:
            self._finish(intake, "failed", "timed_out",
                         f"the transcription was not done within {JOB_DEADLINE}")
            return "failed"
        return "waiting"

    def _reconcile_parsing(self, intake: IntakeRecord, now: datetime) -> str | None:
        if not intake.transcript:
            return None  # not ours to resume: parsing started from elsewhere
        # the worker died between keeping the transcript and recording; records are
        # idempotent per (intake, item), so doing it again cannot record twice
        self._parse(intake.id, intake.transcript, intake.transcript_confidence)
        return "reparsed"

    def _stuck(self, status: str, before: datetime) -> list[IntakeRecord]:
        return self.store.intakes_in_status(status, before.isoformat(), RECONCILE_BATCH, ("voice",))

    # -- helpers ------------------------------------------------------------------------------
    def job_name(self, intake_id: str) -> str:
        return job_name_for(intake_id, self.job_prefix)

    def vocabulary(self) -> Vocabulary:
        """The catalog's names as they are now; read incrementally (products are never renamed)."""
        with self._names_lock:
            while batch := self.store.products_after(self._seen[0], 1000):
                self._products += [p.name for p in batch]
                self._seen[0] = batch[-1].id
            while batch := self.store.locations_after(self._seen[1], 1000):
                self._locations += [loc.name for loc in batch]
                self._seen[1] = batch[-1].id
            return build_vocabulary(list(self._products), list(self._locations))

    def _get(self, intake_id: str) -> IntakeRecord:
        intake = self.store.get_intake(intake_id)
        if intake is None:
            raise NotFound(f"intake {intake_id} not found")
        return intake

    def _finish(self, intake: IntakeRecord, status: str, code: str, message: str,
                **changes) -> IntakeRecord:
        """Move to a final status unless another worker moved the intake first."""
        self.store.save_intake(intake.evolve(status=status, error={"code": code, "message": message},
                                             **changes), expected_status=intake.status)
        return self.store.get_intake(intake.id)


def _hash(content_type: str, size_bytes: int) -> str:
    return hashlib.sha256(json.dumps(["voice", content_type, size_bytes]).encode()).hexdigest()


def _older(stamp: str | None, than: datetime) -> bool:
    if not stamp:
        return True
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=timezone.utc) < than
