"""Configuration, read from the environment once per process (at cold start on Lambda) into a
validated object. Nothing else in the code base reads environment variables."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from products.adapters import DEFAULT_LOCAL_URL


def _int(env, name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive")
    return value


# What may go into the page's Content-Security-Policy and config.json: checked here, so that a
# wrong value stops the cold start instead of ending up in a header.
_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-[0-9]{1,2}")
_BUCKET = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")  # no dots: virtual-hosted TLS
_CLIENT_ID = re.compile(r"[A-Za-z0-9]{1,128}")


def _matching(env, name: str, pattern: re.Pattern) -> str | None:
    value = env.get(name) or None
    if value is not None and not pattern.fullmatch(value):
        raise ValueError(f"{name} is not valid: {value!r}")
    return value


def _endpoint(env, name: str) -> str | None:
    """An http(s) URL with a host and nothing after the path (its origin goes into the CSP)."""
    value = env.get(name) or None
    if value is None:
        return None
    url = urlsplit(value)
    if url.scheme not in ("http", "https") or not url.hostname or url.query or url.fragment \
            or any(ch in value for ch in " ;,'\""):
        raise ValueError(f"{name} must be an http(s) URL, not {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    db_url: str | None = None                # INTAKE_DB_URL
    db_secret_arn: str | None = None         # INTAKE_DB_SECRET_ARN (Secrets Manager, RDS format)
    db_name: str = "intake"                  # INTAKE_DB_NAME, when the secret has no dbname
    db_ca_bundle: str | None = None          # INTAKE_DB_CA_BUNDLE: verify the server's TLS cert
    api_token: str | None = None             # INTAKE_API_TOKEN: bearer token for the local server
    cors_origins: tuple[str, ...] = ()       # INTAKE_CORS_ORIGINS, comma-separated
    max_body_bytes: int = 16_384             # INTAKE_MAX_BODY_BYTES
    bucket: str | None = None                # INTAKE_BUCKET: audio, transcripts and the spool
    data_dir: Path = field(default_factory=lambda: Path(".intake"))  # INTAKE_DATA_DIR (local)
    stage: str = "local"                     # INTAKE_STAGE
    region: str | None = None                # AWS_REGION (Lambda sets it), else AWS_DEFAULT_REGION
    # Signing in on the page with the stack's Cognito user pool (config.json says how):
    cognito_region: str | None = None        # INTAKE_COGNITO_REGION
    cognito_client_id: str | None = None     # INTAKE_COGNITO_CLIENT_ID: the public app client
    cognito_endpoint: str | None = None      # INTAKE_COGNITO_ENDPOINT: tests only (a fake Cognito)
    # Which composition root runs: "local" (intake serve) or "lambda" (set by
    # intake.handlers.api, never read from the environment). Only the local server believes the
    # X-Intake-Actor header, and only the Lambda's page uploads audio straight to S3.
    runtime: str = "local"

    @classmethod
    def from_env(cls, env=None) -> "Settings":
        env = os.environ if env is None else env
        origins = tuple(o.strip() for o in env.get("INTAKE_CORS_ORIGINS", "").split(",") if o.strip())
        cognito_region = _matching(env, "INTAKE_COGNITO_REGION", _REGION)
        cognito_client_id = _matching(env, "INTAKE_COGNITO_CLIENT_ID", _CLIENT_ID)
        if (cognito_region is None) != (cognito_client_id is None):
            raise ValueError("set both INTAKE_COGNITO_REGION and INTAKE_COGNITO_CLIENT_ID, or neither")
        return cls(
            db_url=env.get("INTAKE_DB_URL") or None,
            db_secret_arn=env.get("INTAKE_DB_SECRET_ARN") or None,
            db_name=env.get("INTAKE_DB_NAME") or "intake",
            db_ca_bundle=env.get("INTAKE_DB_CA_BUNDLE") or None,
            api_token=env.get("INTAKE_API_TOKEN") or None,
            cors_origins=origins,
            max_body_bytes=_int(env, "INTAKE_MAX_BODY_BYTES", 16_384),
            bucket=env.get("INTAKE_BUCKET") or None,
            data_dir=Path(env.get("INTAKE_DATA_DIR") or ".intake"),
            stage=env.get("INTAKE_STAGE") or "local",
            region=env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or None,
            cognito_region=cognito_region,
            cognito_client_id=cognito_client_id,
            cognito_endpoint=_endpoint(env, "INTAKE_COGNITO_ENDPOINT"),
        )

    # -- what the page is told and allowed -------------------------------------------------------
    @property
    def auth(self) -> str:
        """How the page gets its bearer token: "cognito" (it signs in with the user pool),
        "token" (a person pastes one: INTAKE_API_TOKEN, or a JWT authorizer with another
        issuer in front of the Lambda) or "none"."""
        if self.cognito_client_id and self.cognito_region:
            return "cognito"
        if self.api_token or self.runtime == "lambda":
            return "token"
        return "none"

    @property
    def cognito_url(self) -> str | None:
        """Where the page sends InitiateAuth and RespondToAuthChallenge."""
        if self.auth != "cognito":
            return None
        return self.cognito_endpoint or f"https://cognito-idp.{self.cognito_region}.amazonaws.com/"

    @property
    def upload_origin(self) -> str | None:
        """The bucket's regional virtual-hosted URL, which the Lambda's presigned POSTs name
        (intake.handlers.api builds its S3 client so); locally audio goes to the server itself."""
        if self.runtime != "lambda" or not self.bucket:
            return None
        if not _REGION.fullmatch(self.region or "") or not _BUCKET.fullmatch(self.bucket):
            raise ValueError(f"audio uploads need AWS_REGION (not {self.region!r}) and a bucket "
                             f"name without dots (not {self.bucket!r})")
        return f"https://{self.bucket}.s3.{self.region}.amazonaws.com"

    def connect_origins(self) -> tuple[str, ...]:
        """The origins besides its own that the page talks to (its CSP's connect-src)."""
        found = [self.upload_origin, self.cognito_url]
        return tuple(_origin(url) for url in found if url)

    def local_db_url(self, override: str | None = None) -> str:
        """--db, else INTAKE_DB_URL, else a SQLite file in the data folder."""
        if override:
            return override
        if self.db_url:
            return self.db_url
        if self.data_dir != Path(".intake"):
            return f"sqlite:///{self.data_dir / 'intake.db'}"
        return DEFAULT_LOCAL_URL


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
