"""Shared fixtures: the committed clips, the demo catalog, and one biased and one generic
transcriber for the whole session (the biased model is built once, into a temporary cache)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.transcribe import LocalTranscriber

from transcribe_clips import CATALOG


@pytest.fixture(scope="session")
def catalog_data() -> dict:
    return json.loads(CATALOG.read_text())


@pytest.fixture(scope="session")
def catalog(catalog_data):
    from products.evaluation import catalog_from

    return catalog_from(catalog_data)


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("transcribe-cache")


@pytest.fixture(scope="session")
def biased(catalog_data, model_cache) -> LocalTranscriber:
    t = LocalTranscriber(catalog_data["products"], catalog_data["locations"], cache_dir=model_cache)
    t.warm_up()
    return t


@pytest.fixture(scope="session")
def generic() -> LocalTranscriber:
    return LocalTranscriber()
