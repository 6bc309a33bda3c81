"""Schemathesis over /openapi.json: generated requests, valid and invalid, against the local
server (real HTTP, the real resolver, SQLite). None may get a 5xx. Bounded to a few hundred
requests so that it stays well under a minute."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from api_testkit import http
from intake.adapters import FileSpool
from intake.api import build_app, wire
from intake.local.server import LocalServer
from intake.settings import Settings

EXAMPLES_PER_OPERATION = 20
# A 503 that says on purpose what is missing is an answer, not a crash: this server is wired
# without the voice channel (POST /intakes/voice answers "not set up").
DELIBERATE_503 = {"voice_unavailable"}
SEED = [
    "moved the red ladder to the van",
    "added a step ladder to the shed",
    "received 3 boxes of copy paper at the loading dock",
    "moved the ladder to the garage",  # ambiguous: an intake waiting for confirmation
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from products.adapters.sqlite import SqliteStore

    folder = tmp_path_factory.mktemp("fuzz")
    store = SqliteStore(str(folder / "intake.db"))
    store.upgrade()
    services = wire(store, FileSpool(folder / "spool"), Settings(data_dir=folder))
    with LocalServer(build_app(services), port=0) as server:
        for text in SEED:  # so that ids 1..3 exist and some lookups find something
            assert http("POST", f"{server.url}intakes/text", {"text": text}).status == 201
        yield server
    store.close()


def _error_code(response) -> str | None:
    try:
        return response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def _operations(url: str):
    schema = schemathesis.openapi.from_url(f"{url}openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
def test_no_generated_request_gets_a_5xx(served, mode):
    operations = _operations(served.url)
    assert len(operations) >= 11  # every route of the contract is in the schema
    failures: list[str] = []
    for operation in operations:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def fuzz(case):
            response = case.call(base_url=served.url.rstrip("/"), timeout=30)
            code = _error_code(response)
            if response.status_code >= 500 and not (response.status_code == 503 and code in DELIBERATE_503):
                failures.append(f"{case.method} {case.formatted_path} {case.query} {case.body!r} "
                                f"-> {response.status_code} {response.text[:300]}")

        try:
            fuzz()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # e.g. GET /health: nothing to get wrong
    assert not failures, "\n".join(failures[:10])
