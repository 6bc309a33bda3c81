"""S3 ObjectCreated on audio/ -> check the recording, start its transcription.

Raises when any record could not be handled, so that Lambda's asynchronous retries (and then the
function's failure destination) see it; records already handled are safe to see again, since
every step is idempotent (status compare-and-set, Transcribe job named after the intake).
"""
from __future__ import annotations

import os
from urllib.parse import unquote_plus

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

from intake.handlers import voice_wiring

logger = Logger(service="intake-voice-upload")
tracer = Tracer(service="intake-voice-upload")
metrics = Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Intake"), service="voice-upload")


class UploadNotHandled(Exception):
    """Some records failed; the whole event is retried (the others are no-ops the second time)."""


def object_keys(event: dict) -> list[str]:
    """Every record's key, URL-decoded: S3 sends "voice memo.m4a" as "voice+memo.m4a"."""
    return [unquote_plus(record["s3"]["object"]["key"]) for record in event.get("Records", [])]


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    failed = []
    for key in object_keys(event):
        try:
            intake = voice_wiring.voice().accept_upload(key)
        except Exception:
            logger.exception("audio not handled yet", extra={"key": key})
            failed.append(key)
            continue
        if intake is None:
            logger.warning("object is not a voice intake's audio; ignored", extra={"key": key})
            metrics.add_metric(name="ForeignObjects", unit=MetricUnit.Count, value=1)
            continue
        logger.info("audio checked", extra={"intake_id": intake.id, "status": intake.status,
                                            "error": intake.error})
        metrics.add_metric(name="AudioRejected" if intake.status == "rejected" else "AudioAccepted",
                           unit=MetricUnit.Count, value=1)
    if failed:
        raise UploadNotHandled(f"{len(failed)} of the event's objects failed: {failed}")
    return {"handled": len(object_keys(event))}
