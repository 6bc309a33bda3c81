"""`intake transcribe FILE [--catalog FILE | --db URL]`."""
from __future__ import annotations

import pytest

from intake.cli import main
from intake.transcribe import model as model_module
from products.naming import name_key

from transcribe_clips import AUDIO, CATALOG


@pytest.fixture(autouse=True)
def cache_in_test_folder(monkeypatch, model_cache):
    # the CLI caches in the user's folder; tests share the session's cache instead
    monkeypatch.setattr(model_module, "default_cache_dir", lambda: model_cache)


def test_transcribes_a_clip_biased_toward_a_catalog_file(capsys, biased):
    code = main(["transcribe", str(AUDIO / "ladder_shed.webm"), "--catalog", str(CATALOG)])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.strip() == "the red ladder is in the tool shed"
    assert "confidence" in err


def test_biased_toward_a_database_catalog(capsys, sqlite_store, tmp_path):
    # GIVEN a SQLite catalog that has the clip's product and place
    for name in ("red ladder", "step ladder", "claw hammer"):
        sqlite_store.find_or_create_product(name, name_key(name))
    for name in ("tool shed", "garage"):
        sqlite_store.find_or_create_location(name, name_key(name))
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    # WHEN the clip is transcribed against it
    code = main(["transcribe", str(AUDIO / "ladder_shed.webm"), "--db", url])
    out, _ = capsys.readouterr()
    # THEN the names come out right
    assert code == 0
    assert "red ladder" in out and "tool shed" in out


def test_missing_file(capsys):
    assert main(["transcribe", str(AUDIO / "no_such_clip.wav")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_not_audio(capsys):
    assert main(["transcribe", str(AUDIO / "not_audio.webm"), "--catalog", str(CATALOG)]) == 1
    assert "not audio" in capsys.readouterr().err


def test_missing_catalog(capsys):
    assert main(["transcribe", str(AUDIO / "heater_gone.wav"), "--catalog", "/no/such.json"]) == 2
    assert "cannot read catalog" in capsys.readouterr().err


def test_unreadable_database(capsys, tmp_path):
    assert main(["transcribe", str(AUDIO / "heater_gone.wav"), "--db", "nosql://x"]) == 2
    assert "cannot read the catalog" in capsys.readouterr().err
