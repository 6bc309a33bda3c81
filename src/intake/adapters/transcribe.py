"""Amazon Transcribe as the voice channel's engine, and its custom vocabulary kept in step with
the catalog.

Jobs are named after the intake (`intake-{stage}-{intake id}`), which makes starting one
idempotent: Transcribe answers ConflictException for a name it already has, so a duplicate S3
event or a retry never runs a second job. Transcripts are written to our bucket under
`transcripts/{job name}.json`, where the SQS handler and the reconciler read them.

The custom vocabulary (one per stack) is rebuilt from the catalog on each upload and compared by
fingerprint with the last one sent (kept in S3 beside the table). When it differs, the table is
uploaded and UpdateVocabulary (CreateVocabulary the first time) is called; Transcribe then
spends minutes in PENDING, during which a job cannot use it, so jobs run without it rather than
wait, and updates are spaced by MIN_UPDATE_INTERVAL so that a busy catalog does not keep the
vocabulary permanently PENDING.
"""
from __future__ import annotations

import json
import logging
import time
from datetime import datetime, timedelta, timezone

from botocore.exceptions import ClientError

from intake.voice.ports import JobState
from intake.voice.vocabulary import Vocabulary

log = logging.getLogger(__name__)

MIN_UPDATE_INTERVAL = timedelta(minutes=10)
STATE_CACHE_SECONDS = 60  # how long one container trusts a READY vocabulary without asking


def _code(exc: ClientError) -> str:
    return exc.response.get("Error", {}).get("Code", "")


def _message(exc: ClientError) -> str:
    return exc.response.get("Error", {}).get("Message", "")


def parse_transcript(document: dict) -> tuple[str, float | None]:
    """Transcribe's output JSON -> (text, mean confidence of the spoken words).
    Confidences are strings in that format; punctuation items carry none that means anything."""
    results = document.get("results") or {}
    transcripts = results.get("transcripts") or []
    text = " ".join(str(t.get("transcript", "")) for t in transcripts if isinstance(t, dict)).strip()
    scores = []
    for item in results.get("items") or []:
        if not isinstance(item, dict) or item.get("type") != "pronunciation":
            continue
        alternatives = item.get("alternatives") or []
        try:
            scores.append(float(alternatives[0]["confidence"]))
        except (IndexError, KeyError, TypeError, ValueError):
            continue
    return text, (round(sum(scores) / len(scores), 4) if scores else None)


class TranscribeEngine:
    def __init__(self, transcribe, s3, bucket: str, vocabulary_name: str | None = None,
                 language_code: str = "en-US", transcripts_prefix: str = "transcripts/",
                 vocabulary_prefix: str = "vocabulary/", clock=time.monotonic):
        self.transcribe, self.s3, self.bucket = transcribe, s3, bucket
        self.vocabulary_name = vocabulary_name
        self.language_code = language_code
        self.transcripts_prefix, self.vocabulary_prefix = transcripts_prefix, vocabulary_prefix
        self._clock = clock
        self._ready: tuple[str, float] | None = None  # (fingerprint, when seen READY)

    # -- jobs ---------------------------------------------------------------------------------
    def start(self, job_name: str, audio_key: str, vocabulary: Vocabulary | None = None) -> bool:
        request = {
            "TranscriptionJobName": job_name,
            "LanguageCode": self.language_code,
            "Media": {"MediaFileUri": f"s3://{self.bucket}/{audio_key}"},
            "OutputBucketName": self.bucket,
            "OutputKey": self.transcript_key(job_name),
        }
        name = self.vocabulary_for(vocabulary) if vocabulary is not None else None
        if name:
            request["Settings"] = {"VocabularyName": name}
        try:
            self.transcribe.start_transcription_job(**request)
        except ClientError as exc:
            if _code(exc) == "ConflictException":
                return False  # this intake's job exists: a duplicate event or a retry
            raise
        return True

    def state(self, job_name: str) -> JobState:
        try:
            job = self.transcribe.get_transcription_job(TranscriptionJobName=job_name)["TranscriptionJob"]
        except ClientError as exc:
            # Transcribe says BadRequestException "couldn't be found" for an unknown job name
            if _code(exc) == "NotFoundException" or "couldn't be found" in _message(exc):
                return JobState("MISSING")
            raise
        return JobState(job["TranscriptionJobStatus"], job.get("FailureReason"))

    def transcript(self, job_name: str) -> tuple[str, float | None]:
        body = self.s3.get_object(Bucket=self.bucket, Key=self.transcript_key(job_name))["Body"].read()
        return parse_transcript(json.loads(body))

    def transcript_key(self, job_name: str) -> str:
        return f"{self.transcripts_prefix}{job_name}.json"

    # -- custom vocabulary --------------------------------------------------------------------
    def vocabulary_for(self, vocabulary: Vocabulary) -> str | None:
        """The vocabulary name to use for a job now, or None (no vocabulary configured, an empty
        catalog, or the vocabulary is being built). Sends the catalog's table when it changed."""
        if not self.vocabulary_name or vocabulary.empty:
            return None
        fingerprint = vocabulary.fingerprint
        if self._ready and self._ready[0] == fingerprint and self._clock() - self._ready[1] < STATE_CACHE_SECONDS:
            return self.vocabulary_name
        current = self._vocabulary()
        if self._sent_fingerprint() != fingerprint and self._may_update(current):
            self._send(vocabulary, exists=current is not None)
            return None  # PENDING now
        if current is not None and current.get("VocabularyState") == "READY":
            self._ready = (fingerprint, self._clock())
            return self.vocabulary_name
        if current is not None and current.get("VocabularyState") == "FAILED":
            log.warning("custom vocabulary %s failed: %s", self.vocabulary_name, current.get("FailureReason"))
        return None

    def _vocabulary(self) -> dict | None:
        try:
            return self.transcribe.get_vocabulary(VocabularyName=self.vocabulary_name)
        except ClientError as exc:
            if _code(exc) == "NotFoundException" or "couldn't be found" in _message(exc):
                return None
            raise

    def _may_update(self, current: dict | None) -> bool:
        if current is None:
            return True
        if current.get("VocabularyState") == "PENDING":
            return False  # UpdateVocabulary would answer ConflictException
        modified = current.get("LastModifiedTime")
        if isinstance(modified, datetime):
            age = datetime.now(timezone.utc) - modified.astimezone(timezone.utc)
            return age >= MIN_UPDATE_INTERVAL or current.get("VocabularyState") == "FAILED"
        return True

    def _marker_key(self) -> str:
        return f"{self.vocabulary_prefix}{self.vocabulary_name}.fingerprint"

    def _sent_fingerprint(self) -> str | None:
        try:
            return self.s3.get_object(Bucket=self.bucket, Key=self._marker_key())["Body"].read().decode()
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404"):
                return None
            raise

    def _send(self, vocabulary: Vocabulary, exists: bool) -> None:
        key = f"{self.vocabulary_prefix}{self.vocabulary_name}-{vocabulary.fingerprint}.txt"
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=vocabulary.table.encode(),
                           ContentType="text/plain; charset=utf-8")
        request = {"VocabularyName": self.vocabulary_name, "LanguageCode": self.language_code,
                   "VocabularyFileUri": f"s3://{self.bucket}/{key}"}
        try:
            if exists:
                self.transcribe.update_vocabulary(**request)
            else:
                self.transcribe.create_vocabulary(**request)
        except ClientError as exc:
            if _code(exc) == "ConflictException":
                return  # another upload is sending one right now; the next upload compares again
            raise
        # written last: a failed call above leaves the old fingerprint, so the next upload retries
        self.s3.put_object(Bucket=self.bucket, Key=self._marker_key(), Body=vocabulary.fingerprint.encode())
        self._ready = None
        log.info("custom vocabulary %s sent (%s, %d names dropped for size)",
                 self.vocabulary_name, vocabulary.fingerprint, vocabulary.dropped)
