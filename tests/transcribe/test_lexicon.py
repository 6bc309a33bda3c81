"""Pronunciations for catalog words the CMU dictionary lacks: codes said in parts, new words."""
from __future__ import annotations

import pytest

from intake.transcribe.lexicon import Lexicon, number_words, rule_phones
from intake.transcribe.sentences import words_of


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


@pytest.mark.parametrize("token,said", [
    ("a2", ("a", "two")),
    ("b3", ("b", "three")),
    ("204", ("two", "hundred", "four")),
    ("26a", ("twenty", "six", "a")),
    ("18v", ("eighteen", "volt")),
    ("wd-40", ("w", "d", "forty")),
    ("3/4", ("three", "quarter")),
    ("2x4", ("two", "by", "four")),
    ("lr44", ("l", "r", "forty", "four")),
    ("10mm", ("ten", "millimeter")),
    ("usb-c", ("usb", "c")),
    ("gfci", ("g", "f", "c", "i")),
    ("aa", ("double", "a")),
    ("webcam", ("web", "cam")),
])
def test_codes_and_new_words_are_said_in_parts(lexicon, token, said):
    assert lexicon.spoken_forms(token)[0] == said


def test_room_numbers_are_also_said_digit_by_digit(lexicon):
    forms = lexicon.spoken_forms("204")
    assert ("two", "oh", "four") in forms
    assert ("two", "zero", "four") in forms


def test_number_words():
    assert number_words(25) == [("twenty", "five")]
    assert number_words(12) == [("twelve",)]
    assert number_words(7) == [("seven",)]
    assert ("one", "oh", "six") in number_words(106)
    assert number_words(2024)[-1] == ("twenty", "twenty", "four")


def test_every_demo_catalog_word_can_be_pronounced(lexicon, catalog_data):
    words = {w for name in catalog_data["products"] + catalog_data["locations"] for w in words_of(name)}
    missing = [w for w in words if not lexicon.pronounce(w)]
    assert missing == []


def test_dictionary_words_keep_their_pronunciations(lexicon):
    assert lexicon.pronounce("ladder") == lexicon.known("ladder")
    assert lexicon.pronounce("a2") == ["EY T UW", "AH T UW"]  # the letter's name first


def test_letter_rules_for_unknown_words():
    assert rule_phones("nitrile") == ["N IH T R AY L", "N AY T R AY L"]
    assert rule_phones("vac") == ["V AE K"]
    assert rule_phones("bottle") == ["B AA T AH L"]
    assert rule_phones("") == []


def test_pronunciations_are_capped(lexicon):
    assert 1 <= len(lexicon.pronounce("1995")) <= 4
