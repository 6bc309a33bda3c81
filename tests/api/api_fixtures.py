"""Fixtures of the API tests (imported by each test module: a second conftest.py would shadow
`from conftest import load_event` for the test folders collected after this one).

`lambda_api` is the Lambda function as AWS runs it: its composition root reads the
environment, opens the database given by URL (SQLite or MariaDB, once per backend) and keeps
its spool in S3 (moto stands in for S3)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import boto3
import pytest
from moto import mock_aws

from api_testkit import LambdaContext, Reply, reply
from intake.handlers import api as api_fn
from products.adapters.sqlite import SqliteStore
from products.intakes import STATUSES
from products.repository import Store

BUCKET = "intake-test-bucket"
REGION = "eu-west-1"


@dataclass
class LambdaApi:
    store: Store  # the test's own connection to the same database, for looking behind the API
    _s3: object = None

    @property
    def s3(self):
        """The (moto) bucket the spool writes to; made on first use, since a boto3 client costs
        a tenth of a second and most tests never spool."""
        if self._s3 is None:
            self._s3 = boto3.client("s3", region_name=REGION)
            self._s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
        return self._s3

    def __call__(self, event: dict) -> Reply:
        return reply(api_fn.handler(event, LambdaContext()))

    def replay(self) -> list[str]:
        return api_fn.replay_handler({}, LambdaContext())["replayed"]

    def spooled(self) -> list[str]:
        listed = self.s3.list_objects_v2(Bucket=BUCKET, Prefix="spool/")
        return [o["Key"] for o in listed.get("Contents", [])]

    def counts(self) -> dict[str, int]:
        """Rows per table, through the store port (what "nothing half-written" is checked by)."""
        return {"products": len(self.store.search_products("", 10_000)),
                "events": len(self.store.list_events(None, 10_000)),
                "locations": len(self.store.search_locations("", 10_000)),
                "intakes": sum(len(self.store.intakes_in_status(status, "2999-01-01T00:00:00Z", 10_000))
                               for status in STATUSES)}


@pytest.fixture
def db_url(store, request) -> str:
    """The URL of the `store` fixture's database (one run per backend)."""
    if isinstance(store, SqliteStore):
        return f"sqlite:///{store.path}"
    return request.getfixturevalue("mysql_url")


def aws_env(monkeypatch, **extra: str) -> None:
    for name, value in {"AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION, "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
                        "INTAKE_BUCKET": BUCKET, "INTAKE_STAGE": "test", **extra}.items():
        monkeypatch.setenv(name, value)
    for name in ("INTAKE_API_TOKEN", "INTAKE_CORS_ORIGINS", "INTAKE_MAX_BODY_BYTES",
                 "INTAKE_DB_SECRET_ARN", "INTAKE_COGNITO_REGION", "INTAKE_COGNITO_CLIENT_ID",
                 "INTAKE_COGNITO_ENDPOINT"):
        if name not in extra:
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def lambda_env(monkeypatch) -> Iterator[Callable[..., LambdaApi]]:
    """Start the function (a cold start) with this environment: `lambda_env(store, url, **env)`."""
    started: list[LambdaApi] = []
    with mock_aws():
        def cold_start(store: Store, url: str, **env: str) -> LambdaApi:
            aws_env(monkeypatch, INTAKE_DB_URL=url, **env)
            monkeypatch.setattr(api_fn, "_services", None)
            monkeypatch.setattr(api_fn, "_app", None)
            started.append(LambdaApi(store))
            return started[-1]

        yield cold_start
        if api_fn._services is not None:
            api_fn._services.store.close()


@pytest.fixture
def lambda_api(store, db_url, lambda_env) -> LambdaApi:
    """The function over each backend."""
    return lambda_env(store, db_url)


@pytest.fixture
def sqlite_env(sqlite_store, lambda_env) -> Callable[..., LambdaApi]:
    """`sqlite_env(**env)`: the function over SQLite, started with this environment."""
    return lambda **env: lambda_env(sqlite_store, f"sqlite:///{sqlite_store.path}", **env)


@pytest.fixture
def sqlite_api(sqlite_env) -> LambdaApi:
    """The function over SQLite only: for refusals decided before the database is asked."""
    return sqlite_env()
