"""Scheduled: finish voice intakes whose events were lost (EventBridge delivery is best effort)
or whose steps failed half-way: stuck uploads, jobs done or dead, transcripts left unparsed."""
from __future__ import annotations

import os

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

from intake.handlers import voice_wiring

logger = Logger(service="intake-voice-reconciler")
tracer = Tracer(service="intake-voice-reconciler")
metrics = Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Intake"), service="voice-reconciler")


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    counts = voice_wiring.voice().reconcile()
    for name, count in counts.items():
        metrics.add_metric(name=f"Reconcile_{name}", unit=MetricUnit.Count, value=count)
    logger.info("reconciled", extra=counts)
    return counts
