"""The voice channel: an audio note becomes an intake, a transcript, then records.

    create -> (browser uploads) -> accept_upload -> engine job -> job_finished -> IntakeService

The flow is the same on AWS (S3, Amazon Transcribe, EventBridge/SQS) and locally (a folder, the
offline transcriber, a worker thread); only the ports' adapters differ. Nothing here knows boto3,
SQL or the environment: composition roots pass the adapters in.
"""
from intake.voice.formats import (MAX_AUDIO_BYTES, MAX_DURATION_SECONDS, MIN_DURATION_SECONDS,
                                  audio_format)
from intake.voice.ports import AudioStore, JobState, TranscriptionEngine, UploadTarget
from intake.voice.service import (DEFAULT_MIN_CONFIDENCE, UnsupportedAudio, VoiceService,
                                  job_name_for, intake_id_from_job)
from intake.voice.vocabulary import Vocabulary, build_vocabulary

__all__ = ["AudioStore", "DEFAULT_MIN_CONFIDENCE", "JobState", "MAX_AUDIO_BYTES",
           "MAX_DURATION_SECONDS", "MIN_DURATION_SECONDS", "TranscriptionEngine",
           "UnsupportedAudio", "UploadTarget", "Vocabulary", "VoiceService", "audio_format",
           "build_vocabulary", "intake_id_from_job", "job_name_for"]
