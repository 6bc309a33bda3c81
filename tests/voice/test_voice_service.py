"""VoiceService over real databases with fake audio store and engine: statuses, bad input,
duplicates and the reconciler."""
from __future__ import annotations

import pytest

from intake.service import IdempotencyMismatch
from intake.voice import MAX_AUDIO_BYTES, JobState
from intake.voice.service import AudioTooLarge, UnsupportedAudio
from products.errors import DomainError
from voice_fakes import audio, clock, engine, make_wav, voice  # noqa: F401 (fixtures)

SAID = "moved the cordless drill to shelf b3 in the garage"


def upload(voice, audio, data: bytes, content_type="audio/wav"):
    # the browser declared a plausible size; what arrived is `data`
    intake, target = voice.create(content_type, 20_000, actor="ana")
    audio.objects[intake.audio_key] = data
    return intake, target


def test_a_note_goes_from_upload_to_recorded(voice, audio, engine, store):
    # GIVEN a voice intake whose audio has arrived
    intake, target = voice.create("audio/webm;codecs=opus", 20_000, actor="ana")
    assert (intake.status, intake.channel, intake.content_type) == ("received", "voice", "audio/webm")
    assert intake.audio_key == f"audio/{intake.id}.webm" and target.fields["key"] == intake.audio_key
    audio.objects[intake.audio_key] = make_wav(1.5)
    # WHEN the upload is accepted and the engine finishes
    assert voice.accept_upload(intake.audio_key).status == "transcribing"
    job = voice.job_name(intake.id)
    engine.complete(job, SAID, 0.93)
    done = voice.job_finished(job, "COMPLETED")
    # THEN the transcript and its confidence are kept, and the event is recorded
    assert done.status == "recorded", done.error
    assert (done.transcript, done.transcript_confidence) == (SAID, 0.93)
    [item] = done.items
    assert item["event"]["event_type"] == "added" and item["product"] == "cordless drill"
    assert len(store.list_events()) == 1


def test_every_step_delivered_twice_records_once(voice, audio, engine, store):
    intake, _ = upload(voice, audio, make_wav(2))
    voice.accept_upload(intake.audio_key)
    voice.accept_upload(intake.audio_key)
    assert engine.started == [voice.job_name(intake.id)]
    engine.complete(voice.job_name(intake.id), SAID)
    first = voice.job_finished(voice.job_name(intake.id), "COMPLETED")
    again = voice.job_finished(voice.job_name(intake.id), "COMPLETED")
    assert first.status == again.status == "recorded"
    assert len(store.list_events()) == 1
    # a late duplicate of the upload event starts nothing
    assert voice.accept_upload(intake.audio_key).status == "recorded"
    assert len(engine.started) == 1


def test_low_confidence_waits_for_a_person(voice, audio, engine, store):
    intake, _ = upload(voice, audio, make_wav(1))
    voice.accept_upload(intake.audio_key)
    engine.complete(voice.job_name(intake.id), "moved the my troll gloves to shelf eight two", 0.41)
    held = voice.job_finished(voice.job_name(intake.id), "COMPLETED")
    assert held.status == "needs_confirmation" and held.error["code"] == "low_confidence"
    assert held.transcript_confidence == 0.41 and store.list_events() == []


def test_a_failed_job_fails_the_intake_with_its_reason(voice, audio, store):
    intake, _ = upload(voice, audio, make_wav(1))
    voice.accept_upload(intake.audio_key)
    failed = voice.job_finished(voice.job_name(intake.id), "FAILED", "The media format is not supported")
    assert failed.status == "failed"
    assert failed.error == {"code": "transcription_failed", "message": "The media format is not supported"}
    # a late COMPLETED for the same job changes nothing
    assert voice.job_finished(voice.job_name(intake.id), "COMPLETED").status == "failed"


def test_silence_is_rejected_not_recorded(voice, audio, engine, store):
    intake, _ = upload(voice, audio, make_wav(1))
    voice.accept_upload(intake.audio_key)
    engine.complete(voice.job_name(intake.id), "  ", None)
    out = voice.job_finished(voice.job_name(intake.id), "COMPLETED")
    assert out.status == "rejected" and out.error["code"] == "no_speech"


@pytest.mark.parametrize("data, code", [
    (b"", "empty_audio"),
    (b"%PDF-1.7 this is not a recording at all" * 10, "not_audio"),
    (make_wav(0.3), "too_short"),
    (make_wav(121, rate=8000), "too_long"),
    (b"\0" * (MAX_AUDIO_BYTES + 1), "too_large"),
])
def test_bad_uploads_are_rejected_with_the_reason(voice, audio, engine, store, data, code):
    # GIVEN an intake whose uploaded object is not a usable recording
    intake, _ = upload(voice, audio, data)
    # WHEN it is checked
    out = voice.accept_upload(intake.audio_key)
    # THEN it is rejected with the reason, no job is started and nothing is recorded
    assert out.status == "rejected" and out.error["code"] == code, out.error
    assert out.error["message"]
    assert engine.started == [] and store.list_events() == []


def test_unsupported_types_and_sizes_are_refused_before_any_upload(voice, store):
    with pytest.raises(UnsupportedAudio):
        voice.create("application/pdf", 1000, actor="ana")
    with pytest.raises(UnsupportedAudio):
        voice.create("audio/x-ms-wma", 1000, actor="ana")
    with pytest.raises(AudioTooLarge):
        voice.create("audio/webm", MAX_AUDIO_BYTES + 1, actor="ana")
    for bad in (0, -5, "100", None, True):
        with pytest.raises(DomainError):
            voice.create("audio/webm", bad, actor="ana")


@pytest.mark.parametrize("content_type, ext", [
    ("audio/webm;codecs=opus", "webm"), ("audio/ogg; codecs=opus", "ogg"), ("audio/mp4", "mp4"),
    ("audio/x-m4a", "m4a"), ("audio/wav", "wav"), ("audio/x-flac", "flac"), ("audio/mpeg", "mp3"),
])
def test_allowed_types_get_their_extension(voice, content_type, ext):
    intake, target = voice.create(content_type, 100, actor="ana")
    assert intake.audio_key.endswith(f".{ext}")


def test_idempotency_key_returns_the_first_intake(voice):
    first, _ = voice.create("audio/webm", 100, actor="ana", idempotency_key="k-1")
    again, target = voice.create("audio/webm", 100, actor="ana", idempotency_key="k-1")
    assert again.id == first.id and target.fields["key"] == first.audio_key
    with pytest.raises(IdempotencyMismatch):
        voice.create("audio/mp4", 100, actor="ana", idempotency_key="k-1")


def test_unknown_keys_and_jobs_are_ignored(voice):
    assert voice.accept_upload("audio/unknown.webm") is None
    assert voice.accept_upload("elsewhere/thing.txt") is None
    assert voice.job_finished("someone-elses-job", "COMPLETED") is None


def test_the_vocabulary_follows_the_catalog(voice, audio, engine, store):
    intake, _ = upload(voice, audio, make_wav(1))
    voice.accept_upload(intake.audio_key)
    engine.complete(voice.job_name(intake.id), SAID)
    voice.job_finished(voice.job_name(intake.id), "COMPLETED")
    second, _ = upload(voice, audio, make_wav(1))
    voice.accept_upload(second.audio_key)
    first_vocab, second_vocab = engine.vocabularies
    assert first_vocab.products == () and "cordless drill" in second_vocab.products
    assert "cordless-drill\t\t\tcordless drill" in second_vocab.table


class TestReconciler:
    def test_finishes_a_job_whose_event_was_lost(self, voice, audio, engine, clock, store):
        intake, _ = upload(voice, audio, make_wav(1))
        voice.accept_upload(intake.audio_key)
        engine.complete(voice.job_name(intake.id), SAID)
        assert voice.reconcile()["finished"] == 0  # not stuck yet
        clock.advance(minutes=6)
        assert voice.reconcile()["finished"] == 1
        assert store.get_intake(intake.id).status == "recorded"
        assert voice.reconcile()["finished"] == 0 and len(store.list_events()) == 1

    def test_fails_a_job_past_its_deadline(self, voice, audio, engine, clock, store):
        intake, _ = upload(voice, audio, make_wav(1))
        voice.accept_upload(intake.audio_key)
        clock.advance(minutes=10)
        assert voice.reconcile()["waiting"] == 1
        clock.advance(hours=1)
        voice.reconcile()
        assert store.get_intake(intake.id).error["code"] == "timed_out"

    def test_restarts_a_lost_job_then_gives_up_and_reports_a_failed_one(self, voice, audio, engine, clock, store):
        lost, _ = upload(voice, audio, make_wav(1))
        voice.accept_upload(lost.audio_key)
        broken, _ = upload(voice, audio, make_wav(1))
        voice.accept_upload(broken.audio_key)
        engine.jobs[voice.job_name(broken.id)] = JobState("FAILED", "Internal failure")
        # WHEN the engine forgets a job (the local worker restarted) while its audio is kept
        engine.jobs.pop(voice.job_name(lost.id))
        clock.advance(minutes=6)
        # THEN the reconciler starts it again, and the transcript finishes it as usual
        assert voice.reconcile()["restarted"] == 1
        assert engine.started.count(voice.job_name(lost.id)) == 2
        assert store.get_intake(broken.id).error == {"code": "transcription_failed",
                                                     "message": "Internal failure"}
        # AND a job lost again and again fails the intake instead of looping
        for _ in range(3):
            engine.jobs.pop(voice.job_name(lost.id), None)
            clock.advance(minutes=6)
            voice.reconcile()
        assert store.get_intake(lost.id).error["code"] == "job_missing"

    def test_picks_up_an_upload_whose_event_was_lost_and_gives_up_on_missing_audio(
            self, voice, audio, engine, clock, store):
        arrived, _ = upload(voice, audio, make_wav(1))
        never, _ = voice.create("audio/webm", 100, actor="ana")
        clock.advance(minutes=16)
        voice.reconcile()
        assert store.get_intake(arrived.id).status == "transcribing"
        assert store.get_intake(never.id).status == "failed"
        assert store.get_intake(never.id).error["code"] == "no_audio"

    def test_restarts_a_job_that_failed_to_start(self, voice, audio, engine, clock, store):
        intake, _ = upload(voice, audio, make_wav(1))
        engine.start = _raising(engine.start)
        with pytest.raises(ConnectionError):
            voice.accept_upload(intake.audio_key)
        assert store.get_intake(intake.id).status == "uploaded"
        engine.start = engine.start.__wrapped__
        clock.advance(minutes=6)
        voice.reconcile()
        assert store.get_intake(intake.id).status == "transcribing"

    def test_reparses_a_transcript_left_in_parsing(self, voice, audio, engine, clock, store):
        intake, _ = upload(voice, audio, make_wav(1))
        voice.accept_upload(intake.audio_key)
        current = store.get_intake(intake.id)
        store.save_intake(current.evolve(status="parsing", transcript=SAID, transcript_confidence=0.9))
        clock.advance(minutes=6)
        assert voice.reconcile()["reparsed"] == 1
        assert store.get_intake(intake.id).status == "recorded"


def _raising(start):
    def broken(*args, **kwargs):
        raise ConnectionError("transcribe is throttling")
    broken.__wrapped__ = start
    return broken
