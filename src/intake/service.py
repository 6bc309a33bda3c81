"""The intake use cases shared by every entry point: a typed sentence, a form, a transcript.

An intake is kept from the moment it arrives, and moves through the statuses of the design
(received -> parsing -> recorded | needs_confirmation | rejected | failed; voice adds uploaded and
transcribing). Items are resolved before anything is recorded: when one of them is ambiguous the
whole intake waits for a person's choice, so a sentence is never half-recorded by surprise.
Recording is idempotent per (intake, item), so a retry or a redelivery never records twice.

When the database is down, the request goes to the spool (a file locally, S3 on AWS) and the
caller gets IntakeDeferred (503): nothing said is lost, and `replay` finishes it later.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from dataclasses import dataclass, field
from typing import Protocol

from nlp.model import Item, Parse
from products.errors import Conflict, DomainError, NotFound, StorageUnavailable
from products.intakes import IntakeRecord
from products.journal import CREATE_NEW, Journal, Outcome, RecordRequest
from products.matching import Resolution
from products.repository import Store

MAX_TEXT_LENGTH = 2_000  # characters of one typed sentence or transcript we accept
STUCK_AFTER = timedelta(minutes=5)  # a typed intake still parsing after this was cut off
RESUME_BATCH = 100

Choice = int | str  # a product id, or CREATE_NEW


class IdempotencyMismatch(Conflict):
    code = "idempotency_key_reused"


class IntakeDeferred(Exception):
    """The database is unavailable; the request was spooled and will be finished later."""

    def __init__(self, intake_id: str, reason: str):
        super().__init__(reason)
        self.intake_id = intake_id
        self.reason = reason


class Spool(Protocol):
    """Where requests wait while the database is down."""

    def put(self, intake_id: str, request: dict) -> None: ...

    def pending(self) -> list[tuple[str, dict]]: ...

    def remove(self, intake_id: str) -> None: ...


@dataclass(frozen=True, slots=True)
class FormInput:
    product: str
    event_type: str
    location: str | None = None
    quantity: int | float | None = None
    unit: str | None = None
    from_location: str | None = None


@dataclass
class IntakeService:
    store: Store
    journal: Journal
    parse: Callable[[str], Parse]
    spool: Spool
    new_id: Callable[[], str] = field(default=lambda: uuid.uuid4().hex)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    # -- entry points -------------------------------------------------------------------------
    def submit_text(self, text: str, actor: str, idempotency_key: str | None = None,
                    intake_id: str | None = None) -> IntakeRecord:
        request = {"channel": "text", "text": text, "actor": actor, "idempotency_key": idempotency_key}
        return self._guarded(request, intake_id, lambda iid: self._text(iid, text, actor, idempotency_key))

    def submit_form(self, form: FormInput, actor: str, idempotency_key: str | None = None,
                    intake_id: str | None = None) -> IntakeRecord:
        request = {"channel": "form", "form": _form_dict(form), "actor": actor,
                   "idempotency_key": idempotency_key}
        return self._guarded(request, intake_id, lambda iid: self._form(iid, form, actor, idempotency_key))

    def confirm(self, intake_id: str, choices: dict[int, Choice], actor: str) -> IntakeRecord:
        """A person's choices for ambiguous items (item index -> product id or CREATE_NEW)."""
        intake = self.get(intake_id)
        if intake.status != "needs_confirmation":
            raise Conflict(f"intake {intake_id} is {intake.status}, not waiting for a confirmation")
        waiting = {i for i, item in enumerate(intake.items) if item.get("event") is None}
        held = any("resolution" not in item for item in intake.items)  # an unsure transcript
        if not choices and not held:
            raise DomainError(f"choose a product id or 'new' for each ambiguous item of intake {intake_id}",
                              {"waiting": sorted(waiting)})
        unknown = set(choices) - waiting
        if unknown:
            raise DomainError(f"item {min(unknown)} of intake {intake_id} is not waiting for a choice",
                              {"waiting": sorted(waiting)})
        for choice in choices.values():
            # checked before recording: a mistyped id must be refused, not fail the whole intake
            if choice != CREATE_NEW:
                if not isinstance(choice, int) or isinstance(choice, bool):
                    raise DomainError("a choice is a product id or 'new'")
                self.journal.product(choice)
        if held:
            # a transcript held as unsure: confirming it means "that is what I said"; resolve its
            # items now, and ask again only if one of them is ambiguous and was not chosen
            return self._resolve_and_record(intake.evolve(error=None), actor, choices)
        return self._record_items(intake, actor, choices)

    def get(self, intake_id: str) -> IntakeRecord:
        intake = self.store.get_intake(intake_id)
        if intake is None:
            raise NotFound(f"intake {intake_id} not found")
        return intake

    def process_transcript(self, intake_id: str, transcript: str, confidence: float | None,
                           hold: bool = False) -> IntakeRecord:
        """A voice intake's transcript arrived: parse and record as the text channel does.
        `hold`: the transcript is too unsure to act on; wait for a person to confirm it."""
        intake = self.get(intake_id)
        if intake.status in ("recorded", "needs_confirmation", "rejected"):
            return intake  # a redelivery: already done
        intake = intake.evolve(transcript=transcript, transcript_confidence=confidence)
        return self._parse_and_record(intake, transcript, intake.actor, hold=hold)

    def replay(self) -> list[str]:
        """Finish spooled requests now that the database may be back; returns the ids done."""
        done = []
        for intake_id, request in self.spool.pending():
            try:
                if request["channel"] == "text":
                    self._text(intake_id, request["text"], request["actor"], request.get("idempotency_key"))
                elif request["channel"] == "form":
                    self._form(intake_id, FormInput(**request["form"]), request["actor"],
                               request.get("idempotency_key"))
            except StorageUnavailable:
                break  # still down: keep everything for the next round
            except DomainError:
                pass  # the intake itself now carries the reason
            self.spool.remove(intake_id)
            done.append(intake_id)
        try:
            return done + self.resume_stuck()
        except StorageUnavailable:
            return done  # still down: the next round tries again

    def resume_stuck(self) -> list[str]:
        """Finish typed and form intakes left in received/parsing by a crash or a timeout
        (the person's words are kept on the intake; each item records once, so going again
        is safe). Voice intakes are the voice reconciler's."""
        before = (self.clock() - STUCK_AFTER).isoformat()
        done = []
        for status in ("received", "parsing"):
            for intake in self.store.intakes_in_status(status, before, RESUME_BATCH, ("text", "form")):
                try:
                    if intake.channel == "text" and intake.text:
                        self._parse_and_record(intake, intake.text, intake.actor)
                    elif intake.channel == "form" and intake.items:
                        self._resolve_and_record(intake, intake.actor)
                    else:
                        continue
                except StorageUnavailable:
                    return done
                except DomainError:
                    pass  # the intake now carries the reason
                done.append(intake.id)
        return done

    # -- the flow -----------------------------------------------------------------------------
    def _guarded(self, request: dict, intake_id: str | None, work: Callable[[str], IntakeRecord]) -> IntakeRecord:
        intake_id = intake_id or _keyed_id(request) or self.new_id()
        try:
            return work(intake_id)
        except StorageUnavailable as exc:
            self.spool.put(intake_id, request)
            raise IntakeDeferred(intake_id, "the database is unavailable; your intake is kept "
                                            "and will be recorded when it is back") from exc

    def _text(self, intake_id: str, text: str, actor: str, key: str | None) -> IntakeRecord:
        if not isinstance(text, str) or not text.strip():
            raise DomainError("text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise DomainError(f"text is longer than {MAX_TEXT_LENGTH} characters")
        intake, fresh = self._open(IntakeRecord(id=intake_id, channel="text", status="received",
                                                actor=actor, text=text, idempotency_key=key,
                                                request_hash=_hash("text", text)))
        if not fresh and intake.status not in ("received", "parsing"):
            return intake
        return self._parse_and_record(intake, text, actor)

    def _form(self, intake_id: str, form: FormInput, actor: str, key: str | None) -> IntakeRecord:
        item = {"event_type": form.event_type, "product": form.product, "quantity": form.quantity,
                "unit": form.unit, "location": form.location, "from_location": form.from_location}
        # the journal validates names, event type and quantity before anything is kept
        self.journal.check(RecordRequest(**_request_fields(item), channel="form", actor=actor))
        intake, fresh = self._open(IntakeRecord(id=intake_id, channel="form", status="parsing",
                                                actor=actor, items=[item], idempotency_key=key,
                                                request_hash=_hash("form", item)))
        if not fresh and intake.status not in ("received", "parsing"):
            return intake
        return self._resolve_and_record(intake.evolve(items=[item]), actor)

    def _open(self, record: IntakeRecord) -> tuple[IntakeRecord, bool]:
        """Keep the intake, or find the one this idempotency key (or id) already made."""
        if record.idempotency_key:
            earlier = self.store.intake_by_idempotency_key(record.idempotency_key)
            if earlier is not None:
                return self._same_request(earlier, record), False
        earlier = self.store.get_intake(record.id)
        if earlier is not None:  # a replay of a spooled request
            return earlier, False
        created = self.store.create_intake(record)
        if created is None:  # lost a race for the same idempotency key or id
            earlier = (self.store.intake_by_idempotency_key(record.idempotency_key)
                       if record.idempotency_key else None) or self.store.get_intake(record.id)
            return self._same_request(earlier, record), False
        return created, True

    @staticmethod
    def _same_request(earlier: IntakeRecord, record: IntakeRecord) -> IntakeRecord:
        return same_request(earlier, record.request_hash) if record.idempotency_key else earlier

    def _parse_and_record(self, intake: IntakeRecord, text: str, actor: str, hold: bool = False) -> IntakeRecord:
        intake = self._save(intake.evolve(status="parsing"))
        parsed = self.parse(text)
        if not parsed.items:
            return self._save(intake.evolve(
                status="rejected", items=[],
                error={"code": "not_inventory", "message": parsed.reason or "no inventory items found"}))
        items = [_parsed_item(item) for item in parsed.items]
        intake = intake.evolve(items=items)
        if hold:
            return self._save(intake.evolve(
                status="needs_confirmation",
                error={"code": "low_confidence", "message": "the transcript is unsure; please check it"}))
        return self._resolve_and_record(intake, actor)

    def _resolve_and_record(self, intake: IntakeRecord, actor: str,
                            choices: dict[int, Choice] | None = None) -> IntakeRecord:
        choices = choices or {}
        items = []
        for item in intake.items:
            resolution = self.journal.resolve(item["product"])
            items.append({**item, "resolution": _resolution_view(resolution), "event": None})
        intake = intake.evolve(items=items)
        if any(item["resolution"]["outcome"] == "ambiguous" and index not in choices
               for index, item in enumerate(items)):
            return self._save(intake.evolve(status="needs_confirmation", error=None))
        return self._record_items(intake, actor, choices)

    def _record_items(self, intake: IntakeRecord, actor: str, choices: dict[int, Choice]) -> IntakeRecord:
        items = list(intake.items)
        waiting = False
        todo: list[tuple[int, RecordRequest]] = []
        for index, item in enumerate(items):
            if item.get("event") is not None:
                continue
            if item["resolution"]["outcome"] == "ambiguous" and index not in choices:
                waiting = True
                continue
            todo.append((index, RecordRequest(
                **_request_fields(item), channel=intake.channel, intake_id=intake.id,
                item_index=index, actor=actor, said=intake.text or intake.transcript,
                choice=choices.get(index))))
        # every item is checked before any is recorded: one bad item fails the intake whole,
        # never after its neighbours were written
        for index, request in todo:
            try:
                self.journal.check(request)
            except DomainError as exc:
                items[index] = {**items[index], "error": {"code": exc.code, "message": exc.message}}
                return self._save(intake.evolve(items=items, status="failed", error={
                    "code": exc.code, "message": f"item {index + 1}: {exc.message}"}))
        for index, request in todo:
            try:
                outcome = self.journal.record(request)
            except DomainError as exc:  # found only while writing (a product id gone meanwhile)
                items[index] = {**items[index], "error": {"code": exc.code, "message": exc.message}}
                return self._save(intake.evolve(items=items, status="failed", error={
                    "code": exc.code, "message": f"item {index + 1}: {exc.message}"}))
            items[index] = _recorded_item(items[index], outcome)
            waiting = waiting or outcome.status == "needs_confirmation"
        status = "needs_confirmation" if waiting else "recorded"
        return self._save(intake.evolve(items=items, status=status, error=None))

    def _save(self, intake: IntakeRecord) -> IntakeRecord:
        self.store.save_intake(intake)
        return self.store.get_intake(intake.id) or intake


def catalog_parser(journal: Journal) -> Callable[[str], Parse]:
    """nlp.parse with the journal's catalog as hints, brought up to date first: other processes
    may have created products since the last call."""
    import nlp

    def parse(text: str) -> Parse:
        journal.sync()
        return nlp.parse(text, hints=journal.hints)

    return parse


def _keyed_id(request: dict) -> str | None:
    """With an Idempotency-Key, the intake id follows from the key and the request: a retry
    while the database is down is spooled under the same id the first answer gave, instead of
    under a second id that replay would leave unrecorded (the key goes to whichever replays
    first)."""
    key = request.get("idempotency_key")
    if not key:
        return None
    body = request.get("form") if request["channel"] == "form" else request.get("text")
    return hashlib.sha256(json.dumps([key, request["channel"], body], sort_keys=True).encode()).hexdigest()[:32]


def same_request(earlier: IntakeRecord | None, request_hash: str) -> IntakeRecord | None:
    """The intake an Idempotency-Key already made, provided this is the request that made it:
    a key reused for a different request is refused rather than answered with the old result."""
    if earlier is not None and earlier.request_hash != request_hash:
        raise IdempotencyMismatch("this Idempotency-Key was already used for a different request")
    return earlier


def _form_dict(form: FormInput) -> dict:
    return {f: getattr(form, f) for f in FormInput.__slots__}


def _hash(channel: str, body) -> str:
    return hashlib.sha256(json.dumps([channel, body], sort_keys=True).encode()).hexdigest()


def _parsed_item(item: Item) -> dict:
    return {"event_type": item.event_type, "product": item.product, "quantity": item.quantity,
            "unit": item.unit, "location": item.location, "from_location": item.from_location,
            "confidence": item.confidence}


def _request_fields(item: dict) -> dict:
    return {k: item.get(k) for k in ("product", "event_type", "quantity", "unit", "location",
                                     "from_location")}


def _resolution_view(resolution: Resolution) -> dict:
    return {
        "outcome": resolution.outcome,
        "product": {"id": resolution.id, "name": resolution.name} if resolution.id is not None else None,
        "score": round(resolution.score, 1),
        "candidates": [{"id": c.id, "name": c.name, "score": round(c.score, 1)}
                       for c in resolution.candidates],
    }


def _recorded_item(item: dict, outcome: Outcome) -> dict:
    out = {**item, "resolution": _resolution_view(outcome.resolution)}
    event = outcome.event
    if outcome.status == "needs_confirmation" or event is None:
        out["event"] = None
        return out
    out["resolution"]["product"] = {"id": outcome.product.id, "name": outcome.product.name}
    out["created"] = outcome.created
    out["event"] = {
        "id": event.id, "event_type": event.event_type.value, "product_id": event.product_id,
        "product": event.product, "quantity": event.quantity, "unit": event.unit,
        "location": event.location, "from_location": event.from_location,
        "created_at": event.created_at, "undone": event.undone,
    }
    return out


__all__ = ["CREATE_NEW", "FormInput", "IdempotencyMismatch", "IntakeDeferred", "IntakeService",
           "MAX_TEXT_LENGTH", "Spool", "same_request"]
