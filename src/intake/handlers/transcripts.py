"""SQS messages carrying EventBridge "Transcribe Job State Change" events -> finish the intake
(COMPLETED: read the transcript, parse, record; FAILED: mark it failed with the reason).

Partial batch failures: a message that raises is returned to the queue alone, and after the
queue's maxReceiveCount it goes to the dead-letter queue; the others are deleted.
"""
from __future__ import annotations

import json
import os

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from intake.handlers import voice_wiring

logger = Logger(service="intake-transcripts")
tracer = Tracer(service="intake-transcripts")
metrics = Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Intake"), service="transcripts")
processor = BatchProcessor(event_type=EventType.SQS)

JOB_STATE_CHANGE = "Transcribe Job State Change"


class NotAJobEvent(ValueError):
    """The message is not a Transcribe job event; it fails (and ends in the DLQ) to be looked at."""


@tracer.capture_method
def job_changed(record: SQSRecord) -> None:
    try:
        change = json.loads(record.body)
        detail = change["detail"]
        job, status = detail["TranscriptionJobName"], detail["TranscriptionJobStatus"]
    except (ValueError, KeyError, TypeError) as exc:
        raise NotAJobEvent(f"message {record.message_id} is not a Transcribe job event") from exc
    if change.get("detail-type") != JOB_STATE_CHANGE:
        raise NotAJobEvent(f"message {record.message_id} is a {change.get('detail-type')!r} event")
    intake = voice_wiring.voice().job_finished(job, status, detail.get("FailureReason"))
    if intake is None:
        logger.info("job is not a voice intake's; ignored", extra={"job": job, "status": status})
        return
    logger.info("job finished", extra={"intake_id": intake.id, "job_status": status,
                                       "status": intake.status, "confidence": intake.transcript_confidence})
    metrics.add_metric(name=f"Intakes_{intake.status}", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    return process_partial_response(event=event, record_handler=job_changed, processor=processor,
                                    context=context)
