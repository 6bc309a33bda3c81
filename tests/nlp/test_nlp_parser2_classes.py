"""Rule families of the parser2 round, each tried on sentences of several settings (written for
these tests, not taken from a dev set). An item is (event, product, quantity, unit, location)."""
from __future__ import annotations

import pytest

from nlp import parse


def items(text: str) -> list[tuple]:
    return [(i.event_type, i.product, i.quantity, i.unit, i.location) for i in parse(text).items]


# tallies.py: a note that is only things and their amounts is a count --------------------------

@pytest.mark.parametrize("text, expected", [
    ("head torches x 6, dry bags x 3 - all in the kit cupboard",
     [("counted", "head torches", 6, None, "kit cupboard"),
      ("counted", "dry bags", 3, None, "kit cupboard")]),
    ("cling film 4, foil 7 (dry store)",
     [("counted", "cling film", 4, None, "dry store"), ("counted", "foil", 7, None, "dry store")]),
    ("whiteboard markers x12", [("counted", "whiteboard markers", 12, None, None)]),
    ("3x extension leads, 2x gaffer rolls",
     [("counted", "extension leads", 3, None, None), ("counted", "gaffer rolls", 2, None, None)]),
])
def test_a_list_of_amounts_is_a_count(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text", ["call me at 5, thanks", "room 12, block b", "5, 6, 7"])
def test_numbers_without_things_are_no_tally(text):
    assert items(text) == []


# variants.py: a heading before a dash, size letters, a place said after the list --------------

@pytest.mark.parametrize("text, expected", [
    ("Hi-vis vests - yellow x 9, orange x 2",
     [("counted", "yellow hi-vis vests", 9, None, None),
      ("counted", "orange hi-vis vests", 2, None, None)]),
    ("aprons: 6 S, 4 L, on the pegs in the scullery",
     [("counted", "s aprons", 6, None, "pegs in the scullery"),
      ("counted", "l aprons", 4, None, "pegs in the scullery")]),
])
def test_variants_after_a_dash_or_with_size_letters(text, expected):
    assert items(text) == expected
