"""The committed clips of samples/audio, for the tests of this folder."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ROOT / "samples" / "audio"
CATALOG = ROOT / "samples" / "catalog.json"


def clip_rows() -> list[dict]:
    return [json.loads(line) for line in (AUDIO / "clips.jsonl").read_text().splitlines()
            if line.strip()]


def clip(name: str) -> bytes:
    return (AUDIO / name).read_bytes()


def speech_rows() -> list[dict]:
    return [r for r in clip_rows() if r["kind"] == "speech"]
