"""The catalog as a Transcribe custom vocabulary table."""
from __future__ import annotations

import re

import pytest

from intake.voice.vocabulary import HEADER, MAX_TABLE_BYTES, build_vocabulary, number_words, phrase_for

# what Transcribe accepts in a Phrase cell for en-US: letters, apostrophes, hyphens between
# words, periods after spoken letters; no digits, spaces or other symbols
PHRASE = re.compile(r"^[A-Za-z'.]+(-[A-Za-z'.]+)*$")


@pytest.mark.parametrize("name, phrase", [
    ("cordless drill", "cordless-drill"),
    ("shelf B3", "shelf-B.-three"),
    ("bin 12", "bin-twelve"),
    ("a2", "A.-two"),
    ("USB-C cable 2m", "U.S.B.-C.-cable-two-M."),
    ("Café crème", "cafe-creme"),
    ("nuts & bolts", "nuts-and-bolts"),
    ("part 0042", "part-zero-zero-four-two"),
    ("M8 x 40 screws", "M.-eight-X.-forty-screws"),
    ("O'Brien's toolbox", "o'brien's-toolbox"),
    ("room 305", "room-three-hundred-five"),
])
def test_names_become_valid_phrases(name, phrase):
    assert phrase_for(name) == phrase
    assert PHRASE.match(phrase)


def test_unspeakable_names_are_left_out():
    assert phrase_for("???") is None
    assert phrase_for("日本") is None


def test_number_words():
    assert number_words("0") == ["zero"]
    assert number_words("20") == ["twenty"]
    assert number_words("1999") == ["one", "thousand", "nine", "hundred", "ninety", "nine"]
    assert number_words("123456") == "one two three four five six".split()


def test_table_shape_and_display():
    vocab = build_vocabulary(["cordless drill", "nitrile gloves", "Nitrile  Gloves"], ["shelf B3"])
    lines = vocab.table.splitlines()
    assert lines[0] == HEADER
    assert "shelf-B.-three\t\t\tshelf B3" in lines
    assert len(lines) == 4  # the duplicate phrase is kept once
    assert all(len(line.split("\t")) == 4 for line in lines)


def test_large_catalogs_are_trimmed_deterministically_under_the_limit():
    products = [f"product number {i} with a rather long descriptive name" for i in range(3000)]
    locations = ["garage", "van", "shelf B3"]
    vocab = build_vocabulary(products, locations)
    assert len(vocab.table.encode()) <= MAX_TABLE_BYTES and vocab.dropped > 0
    assert "shelf-B.-three" in vocab.table  # locations are kept first
    assert phrase_for(products[-1]) in vocab.table and phrase_for(products[0]) not in vocab.table
    again = build_vocabulary(list(products), list(reversed(locations)))
    assert again.fingerprint == vocab.fingerprint
