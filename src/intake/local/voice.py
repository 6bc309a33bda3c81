"""The voice channel inside `intake serve`: the same VoiceService and statuses as on AWS, with
audio in the data folder, the offline transcriber on a worker thread, and the reconciler on a
timer.

    page --POST /intakes/voice--> API --upload form--> page --POST /intakes/{id}/audio--> here
      -> accept_upload (probe) -> queued job -> worker: LocalTranscriber -> job_finished
      -> parse and record -> page polls GET /intakes/{id}

The upload route is served here, before the API's body-size limit (which is for JSON), with a
limit of its own: the largest recording plus the multipart form around it.
"""
from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from intake.adapters.local_audio import MULTIPART_OVERHEAD, UPLOAD_PATH, LocalAudioStore, UploadRefused
from intake.adapters.local_transcription import LocalTranscriptionEngine
from intake.voice import MAX_AUDIO_BYTES, VoiceService

log = logging.getLogger(__name__)

RECONCILE_EVERY_SECONDS = 60.0
# pocketsphinx's mean word posterior; see docs/voice.md ("Voice pipeline") for how it was chosen
LOCAL_MIN_CONFIDENCE = 0.80


class LocalVoice:
    max_body = MAX_AUDIO_BYTES + MULTIPART_OVERHEAD

    def __init__(self, services, data_dir: Path, make_transcriber=None,
                 min_confidence: float = LOCAL_MIN_CONFIDENCE,
                 reconcile_every: float = RECONCILE_EVERY_SECONDS):
        from intake.transcribe import LocalTranscriber, NotAudio, probe

        data_dir = Path(data_dir)
        self.audio = LocalAudioStore(data_dir)
        self.engine = LocalTranscriptionEngine(self.audio, make_transcriber or LocalTranscriber,
                                               cache_dir=data_dir / "models")
        self.voice = VoiceService(store=services.store, intakes=services.intakes, audio=self.audio,
                                  engine=self.engine, probe=probe, not_audio=(NotAudio,),
                                  min_confidence=min_confidence, job_prefix="local-")
        self.engine.on_done = self.voice.job_finished  # what EventBridge -> SQS does on AWS
        self.reconcile_every = reconcile_every
        self._stop = threading.Event()
        self._timer: threading.Thread | None = None

    def start(self) -> "LocalVoice":
        self.engine.run_in_background()
        self._timer = threading.Thread(target=self._reconcile_loop, name="intake-voice-reconciler",
                                       daemon=True)
        self._timer.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self.engine.stop()
        if self._timer is not None:
            self._timer.join(timeout=5)

    def _reconcile_loop(self) -> None:
        while not self._stop.wait(self.reconcile_every):
            try:
                counts = self.voice.reconcile()
                if any(counts.values()):
                    log.info("voice reconcile: %s", counts)
            except Exception:  # noqa: BLE001 - try again next round (the database may be down)
                log.exception("voice reconcile failed")

    # -- the upload route, for the local server -----------------------------------------------
    def handles(self, method: str, path: str) -> bool:
        return method == "POST" and UPLOAD_PATH.match(path.split("?", 1)[0]) is not None

    def upload(self, path: str, content_type: str, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        """One multipart upload -> (status, headers, body). 204 like S3 once the audio is kept;
        the intake's status then tells whether it was usable."""
        try:
            key = self.audio.receive(path.split("?", 1)[0], content_type, body, MAX_AUDIO_BYTES)
        except UploadRefused as refused:
            return refused.status, [("Content-Type", "application/json")], json.dumps(
                {"error": {"code": refused.code, "message": refused.message, "details": {}}}).encode()
        try:
            self.voice.accept_upload(key)  # probing takes milliseconds; the transcription is queued
        except Exception:  # noqa: BLE001 - the audio is kept: the reconciler resumes it, as on AWS
            log.exception("accepting %s failed; the reconciler will pick it up", key)
        return 204, [], b""
