"""The HTTP API Lambda (API Gateway HTTP API, payload 2.0): the AWS composition root.

Configuration is read once per container, on the first invocation: the database URL from
INTAKE_DB_URL or the Secrets Manager secret INTAKE_DB_SECRET_ARN (RDS format, cached five
minutes), the spool in S3 under `spool/` of INTAKE_BUCKET. The JWT authorizer in front of the
API authenticates; the resolver reads the actor from its claims, and never from the
X-Intake-Actor header (the settings say runtime "lambda", whatever INTAKE_STAGE says).

Audio upload forms name the bucket's regional virtual-hosted URL (not boto3's default global
one, which S3 may redirect for new buckets), the origin the page's Content-Security-Policy
allows (`Settings.upload_origin`).

`replay_handler` finishes intakes spooled while the database was down; schedule it (every
minute or so) next to the API function.
"""
from __future__ import annotations

from dataclasses import replace

import boto3
from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging import correlation_paths
from botocore.config import Config

from intake.adapters import S3Spool
from intake.api import IntakeResolver, Services, build_app, wire
from intake.handlers import voice_wiring
from intake.settings import Settings
from products.adapters import lambda_database_url, open_store

logger = Logger(service="intake-api")

_services: Services | None = None
_app: IntakeResolver | None = None


def database_url(settings: Settings) -> str:
    return lambda_database_url(settings.db_url, settings.db_secret_arn, settings.db_name,
                               settings.db_ca_bundle)


def settings_from_env() -> Settings:
    return replace(Settings.from_env(), runtime="lambda")


def presigning_s3(settings: Settings):
    """An S3 client whose presigned POSTs name https://{bucket}.s3.{region}.amazonaws.com/."""
    return boto3.client("s3", region_name=settings.region, config=Config(
        s3={"addressing_style": "virtual", "us_east_1_regional_endpoint": "regional"}))


def services() -> Services:
    """One store (one connection), one catalog index and one spool per container."""
    global _services
    if _services is None:
        settings = settings_from_env()
        if not settings.bucket:
            raise RuntimeError("set INTAKE_BUCKET: intakes said while the database is down wait there")
        _services = wire(open_store(database_url(settings)), S3Spool(settings.bucket), settings)
        voice = voice_wiring.build(settings, voice_wiring.VoiceSettings.from_env(settings.stage),
                                   s3=presigning_s3(settings), intakes=_services.intakes)
        _services = replace(_services, voice=voice)  # POST /intakes/voice
    return _services


def app() -> IntakeResolver:
    global _app
    if _app is None:
        _app = build_app(services())
    return _app


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
def handler(event: dict, context) -> dict:
    return app().resolve(event, context)


@logger.inject_lambda_context
def replay_handler(event: dict, context) -> dict:
    done = services().intakes.replay()
    logger.info("replayed spooled intakes", extra={"count": len(done)})
    return {"replayed": done}
