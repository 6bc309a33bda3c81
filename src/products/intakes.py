"""The stored form of an intake: one thing a person said, typed or filled in, and what became
of it. The status machine that moves it along lives in `intake`; this is what the journal keeps,
so that nothing a person said is lost, whatever fails later."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

STATUSES = ("received", "uploaded", "transcribing", "parsing", "recorded",
            "needs_confirmation", "rejected", "failed")


@dataclass(frozen=True, slots=True)
class IntakeRecord:
    id: str
    channel: str
    status: str
    actor: str
    text: str | None = None
    transcript: str | None = None
    transcript_confidence: float | None = None
    items: list = field(default_factory=list)
    error: dict | None = None
    idempotency_key: str | None = None
    request_hash: str | None = None
    audio_key: str | None = None
    content_type: str | None = None
    attempts: int = 0
    created_at: str = ""
    updated_at: str = ""

    def evolve(self, **changes) -> "IntakeRecord":
        return replace(self, **changes)
