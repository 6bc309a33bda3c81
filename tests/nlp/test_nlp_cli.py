"""`intake parse`: one sentence, JSONL in and out, bad lines, --catalog."""
from __future__ import annotations

import io
import json
from argparse import Namespace
from pathlib import Path

import pytest

from intake.commands import parse as command

CATALOG = Path(__file__).resolve().parents[2] / "samples" / "catalog.json"


def run(monkeypatch, capsys, stdin: bytes = b"", **kw):
    args = Namespace(text=kw.get("text"), jsonl=kw.get("jsonl", False), catalog=kw.get("catalog"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = command.run(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_one_sentence(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, text="moved the red ladder from the shed to the van")
    (item,) = json.loads(out)["items"]
    assert code == 0
    assert item == {"event_type": "moved", "product": "red ladder", "location": "van",
                    "from_location": "shed", "quantity": None, "unit": None,
                    "confidence": item["confidence"]}


def test_jsonl_rows_and_bad_lines(monkeypatch, capsys):
    lines = b"\n".join([
        json.dumps({"id": "u1", "text": "put 3 mops in the kitchen"}).encode(),
        b"not json",
        b"[1, 2]",
        json.dumps({"id": "u4"}).encode(),
        b"\xff\xfe",
        json.dumps({"id": "u6", "text": "hello"}).encode(),
        b"",
    ])
    code, out, _ = run(monkeypatch, capsys, stdin=lines, jsonl=True)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"] for r in rows] == ["u1", "line-2", "line-3", "u4", "line-5", "u6"]
    assert rows[0]["items"][0]["product"] == "mops" and "reason" not in rows[0]
    assert all(r["items"] == [] and r["reason"] for r in rows[1:])


def test_missing_text_without_jsonl_is_an_error(monkeypatch, capsys):
    code, _, err = run(monkeypatch, capsys)
    assert code == 2 and "sentence" in err


def test_unreadable_catalog_is_an_error(monkeypatch, capsys, tmp_path):
    code, _, err = run(monkeypatch, capsys, text="moved the drill", catalog=str(tmp_path / "none.json"))
    assert code == 2 and "catalog" in err


def test_catalog_adds_resolution(monkeypatch, capsys):
    pytest.importorskip("products.matching")
    code, out, _ = run(monkeypatch, capsys, text="moved the red letter to the van", catalog=str(CATALOG))
    (item,) = json.loads(out)["items"]
    assert code == 0 and item["resolution"]["outcome"] == "matched"
    assert item["resolution"]["product"] == "red ladder"
