"""Transcribe's output JSON -> text and confidence (confidences are strings in that format)."""
from __future__ import annotations

import json

import pytest

from intake.adapters.transcribe import parse_transcript
from voice_fakes import SAMPLES


def sample(name: str) -> dict:
    return json.loads((SAMPLES / "transcripts" / f"{name}.json").read_text())


def test_text_and_mean_word_confidence():
    text, confidence = parse_transcript(sample("drill_moved"))
    assert text == "Moved the cordless drill to shelf B3 in the garage."
    assert confidence == pytest.approx(0.9872)


def test_punctuation_and_malformed_items_do_not_count():
    doc = {"results": {"transcripts": [{"transcript": "counted nine"}], "items": [
        {"type": "pronunciation", "alternatives": [{"confidence": "0.8", "content": "counted"}]},
        {"type": "pronunciation", "alternatives": [{"confidence": "n/a", "content": "nine"}]},
        {"type": "pronunciation", "alternatives": []},
        {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}]},
        "junk"]}}
    assert parse_transcript(doc) == ("counted nine", 0.8)


def test_silence_has_no_text_and_no_confidence():
    assert parse_transcript(sample("silence")) == ("", None)
    assert parse_transcript({}) == ("", None)
