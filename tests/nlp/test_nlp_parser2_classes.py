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


# notations.py: measures glued to numbers, "N x SIZE name", counts after sizes and codes -------

@pytest.mark.parametrize("text, expected", [
    ("used 500g of citric acid on the urn", [("removed", "citric acid", 500, "gram", None)]),
    ("bunting cord 3mm - 40m used on the fete stalls", [("removed", "bunting cord 3mm", 40, "metre", None)]),
    ("bought 3 x 20kg dog biscuits", [("added", "20kg dog biscuits", 3, None, None)]),
    ("Bar store stocktake: Tanqueray 70cl 5, Pimms 1l 2, Bulmers x6 full",
     [("counted", "tanqueray 70cl", 5, None, "bar store"), ("counted", "pimms 1l", 2, None, "bar store"),
      ("counted", "bulmers", 6, None, "bar store")]),
    ("Workshop count: bosch ar55s x 4, champion rn9yc 12",
     [("counted", "bosch ar55s", 4, None, "workshop"), ("counted", "champion rn9yc", 12, None, "workshop")]),
])
def test_typed_amount_notations(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("moved the 20mm drill bit to the van", [("moved", "20mm drill bit", None, None, "van")]),
    ("counted 3 iphone 15 in the safe", [("counted", "iphone 15", 3, None, "safe")]),
])
def test_sizes_and_ids_stay_in_the_name(text, expected):
    assert items(text) == expected


# ones.py: "ADJ ones" after a note that opens with a name --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("paint brushes - bought 12 wide ones, 6 thin ones",
     [("added", "wide paint brushes", 12, None, None), ("added", "thin paint brushes", 6, None, None)]),
    ("mugs: we have 6 blue ones in the kitchen", [("counted", "blue mugs", 6, None, "kitchen")]),
    ("moved the small ones to the van", [("moved", "small ones", None, None, "van")]),
])
def test_ones_take_the_name_the_note_opened_with(text, expected):
    assert items(text) == expected


# clause_ends.py: a remark said after the thing without a break ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("binned two tubs of hummus they were furry", [("removed", "hummus", 2, "tub", None)]),
    ("threw out the oat milk it's gone off", [("removed", "oat milk", None, None, None)]),
    ("the rawlplugs uh scrapped a whole box they were all snapped",
     [("removed", "rawlplugs", 1, "box", None)]),
])
def test_a_remark_clause_ends_the_name(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bisoprolol 5 - 3 boxes left", [("counted", "bisoprolol 5", 3, "box", None)]),
    ("bin liners 120 - 4 rolls left in the cleaning cupboard",
     [("counted", "bin liners 120", 4, "roll", "cleaning cupboard")]),
])
def test_a_number_before_a_dash_and_an_amount_is_the_names(text, expected):
    assert items(text) == expected


# parser._outsider: goods dropped off by a supplier arrive -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("the coal lorry dropped off ten sacks of logs at the wood store",
     [("added", "logs", 10, "sack", "wood store")]),
    ("the bread man dropped off six trays of rolls they're on the rack",
     [("added", "rolls", 6, "tray", "rack")]),
    ("tom dropped off the drill at the shed", [("moved", "drill", None, None, "shed")]),
    ("I dropped off the urn at the church hall", [("moved", "urn", None, None, "church hall")]),
])
def test_dropped_off_by_a_supplier_is_an_arrival(text, expected):
    assert items(text) == expected


# shapes: casual ways of saying none is left -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("the porridge oats are finished in the pantry", [("counted", "porridge oats", 0, None, "pantry")]),
    ("the hand gel's finished", [("counted", "hand gel", 0, None, None)]),
    ("bin bags ran out again", [("counted", "bin bags", 0, None, None)]),
    ("the sellotape's run out", [("counted", "sellotape", 0, None, None)]),
])
def test_none_left_said_casually(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("hymn books → vestry cupboard (x30)", [("moved", "hymn books", 30, None, "vestry cupboard")]),
    ("oat milk -> cafe fridge (6)", [("moved", "oat milk", 6, None, "cafe fridge")]),
    ("mops, buckets → cleaners cupboard (2 each)",
     [("moved", "mops", 2, None, "cleaners cupboard"), ("moved", "buckets", 2, None, "cleaners cupboard")]),
])
def test_an_amount_in_brackets_after_an_arrow_place(text, expected):
    assert items(text) == expected


# headings.py / phrases.py: a time or date in a heading, a size naming a list entry -----------

@pytest.mark.parametrize("text, expected", [
    ("Cafe count 16:30 - scones 8, flapjacks 5",
     [("counted", "scones", 8, None, "cafe"), ("counted", "flapjacks", 5, None, "cafe")]),
    ("stocktake 12/3 - screws 40mm 3 boxes, 60mm 2 boxes",
     [("counted", "screws 40mm", 3, "box", None), ("counted", "60mm", 2, "box", None)]),
])
def test_heading_times_are_no_place_and_sizes_name_entries(text, expected):
    assert items(text) == expected
