"""The offline transcriber as the voice channel's engine for `intake serve`: jobs queue for one
worker thread, which recognises each with LocalTranscriber biased toward the catalog as it was
when the job started, then reports the job done through `on_done` (the local stand-in for
Transcribe -> EventBridge -> SQS -> handler).

Jobs live in memory: after a restart a job still `transcribing` is MISSING, and the reconciler
starts it again from the kept audio (a few times at most, then it fails the intake).
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from intake.voice.ports import AudioStore, JobState
from intake.voice.vocabulary import Vocabulary

log = logging.getLogger(__name__)

KEEP_FINISHED_JOBS = 500  # finished jobs remembered for duplicate starts and the reconciler


class LocalTranscriptionEngine:
    def __init__(self, audio: AudioStore, make_transcriber: Callable[..., object],
                 cache_dir: Path | None = None):
        self.audio = audio
        self.make_transcriber = make_transcriber  # LocalTranscriber(products=, locations=, cache_dir=)
        self.cache_dir = cache_dir
        self.on_done: Callable[[str, str, str | None], object] | None = None
        self._jobs: dict[str, JobState] = {}
        self._texts: dict[str, tuple[str, float | None]] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue = queue.Queue()
        self._transcriber: tuple[str, object] | None = None  # (vocabulary fingerprint, transcriber)
        self._thread: threading.Thread | None = None

    # -- the TranscriptionEngine port ---------------------------------------------------------
    def start(self, job_name: str, audio_key: str, vocabulary: Vocabulary | None = None) -> bool:
        with self._lock:
            if job_name in self._jobs:
                return False
            self._jobs[job_name] = JobState("QUEUED")
        self._queue.put((job_name, audio_key, vocabulary))
        return True

    def state(self, job_name: str) -> JobState:
        with self._lock:
            return self._jobs.get(job_name, JobState("MISSING"))

    def transcript(self, job_name: str) -> tuple[str, float | None]:
        with self._lock:
            return self._texts[job_name]

    # -- the worker ---------------------------------------------------------------------------
    def run_in_background(self) -> "LocalTranscriptionEngine":
        self._thread = threading.Thread(target=self._work, name="intake-transcriber", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def run_pending(self) -> int:
        """Do every queued job in this thread (tests, benchmarks); returns how many."""
        done = 0
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                return done
            if job is not None:
                self._run(*job)
                done += 1

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            self._run(*job)

    def _run(self, job_name: str, audio_key: str, vocabulary: Vocabulary | None) -> None:
        self._set(job_name, JobState("IN_PROGRESS"))
        try:
            result = self._transcriber_for(vocabulary).transcribe(self.audio.read(audio_key))
            with self._lock:
                self._texts[job_name] = (result.text, result.confidence)
            state = JobState("COMPLETED")
        except Exception as exc:  # noqa: BLE001 - any failure is this job's, reported with its reason
            log.exception("local transcription of %s failed", job_name)
            state = JobState("FAILED", f"the offline transcriber failed: {exc}")
        self._set(job_name, state)
        if self.on_done is not None:
            try:
                self.on_done(job_name, state.status, state.failure_reason)
            except Exception:  # noqa: BLE001 - the reconciler finishes it later
                log.exception("finishing %s failed; the reconciler will retry", job_name)

    def _transcriber_for(self, vocabulary: Vocabulary | None):
        # building a biased model takes a while: keep the one for the catalog as it last was
        fingerprint = vocabulary.fingerprint if vocabulary is not None else ""
        if self._transcriber is None or self._transcriber[0] != fingerprint:
            names = (vocabulary.products, vocabulary.locations) if vocabulary is not None else ((), ())
            self._transcriber = (fingerprint, self.make_transcriber(
                products=list(names[0]), locations=list(names[1]), cache_dir=self.cache_dir))
        return self._transcriber[1]

    def _set(self, job_name: str, state: JobState) -> None:
        with self._lock:
            self._jobs[job_name] = state
            finished = [n for n, s in self._jobs.items() if s.status in ("COMPLETED", "FAILED")]
            for old in finished[:-KEEP_FINISHED_JOBS]:
                self._jobs.pop(old, None)
                self._texts.pop(old, None)
