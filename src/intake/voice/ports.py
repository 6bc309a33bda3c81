"""What the voice use cases need from the outside world. Adapters live in intake.adapters."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from intake.voice.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class UploadTarget:
    """Where the browser sends the audio: a multipart POST of `fields` plus the file, to `url`
    (an S3 presigned POST on AWS; the local server's own URL locally, same shape)."""

    url: str
    fields: dict = field(default_factory=dict)
    expires_in: int = 300

    def to_dict(self) -> dict:
        return {"url": self.url, "fields": dict(self.fields), "expires_in": self.expires_in}


class AudioStore(Protocol):
    def upload_target(self, key: str, content_type: str, max_bytes: int) -> UploadTarget: ...

    def size(self, key: str) -> int | None:
        """Bytes stored under `key`; None when there is no such object."""

    def read(self, key: str) -> bytes: ...


@dataclass(frozen=True, slots=True)
class JobState:
    """A transcription job as the engine reports it. `status` is Transcribe's vocabulary:
    QUEUED, IN_PROGRESS, COMPLETED, FAILED, or MISSING (the engine has no such job)."""

    status: str
    failure_reason: str | None = None


class TranscriptionEngine(Protocol):
    def start(self, job_name: str, audio_key: str, vocabulary: "Vocabulary | None" = None) -> bool:
        """Start a job biased toward `vocabulary` (the catalog's names); False when a job of that
        name already exists (a duplicate event): job names are the idempotency key, so a second
        call never starts a second job."""

    def state(self, job_name: str) -> JobState: ...

    def transcript(self, job_name: str) -> tuple[str, float | None]:
        """A COMPLETED job's text and its confidence (0..1, None when the engine gives none)."""
