"""Catalog hints choosing which said words are the name and which the amount (nlp/catalog_spans.py).

Each test gives the parser a small catalog of its own (made up here, through the product
matcher: products.evaluation.catalog_from(...).hints) and checks the reading it picks; the
same sentence without hints keeps the rules' reading.
"""
from __future__ import annotations

import pytest

from nlp import parse
from nlp.catalog_spans import MARGIN, MATCH_MIN, Reading, better
from nlp.tokens import Tok
from products.evaluation import catalog_from


def _hints(*products: str):
    return catalog_from({"products": list(products), "locations": ["garage", "store room"]}).hints


def _read(text: str, hints=None) -> list[tuple]:
    return [(i.product, i.quantity, i.unit, i.location) for i in parse(text, hints).items]


GAS = _hints("butane canister 450g", "propane bottle 19kg", "patio heater")
LAB = _hints("sodium chloride 500g", "sodium chloride 1kg", "wash bottle 250ml")
BREW = _hints("hopback 20g keg", "stout 30l keg", "drip tray")
FARM = _hints("fly spray pour-on 1l", "fly spray pour-on 2.5l", "fence tester")
PANTRY = _hints("sardines in brine", "sardines in tomato", "rice 5kg")


def test_a_size_the_catalog_names_belongs_to_the_name():
    # GIVEN a catalog with one propane bottle size, said in words before the name (without
    # "the", which makes it the name's by rule: "put the nineteen kilo propane bottle ...")
    text = "nineteen kilo propane bottle to the garage"
    # WHEN parsed with and without the catalog
    # THEN without it the size is an amount; with it the size is part of the name
    assert _read(text) == [("propane bottle", 19, "kilo", "garage")]
    assert _read(text, GAS) == [("nineteen kilo propane bottle", None, None, "garage")]


def test_a_size_after_the_count_of_the_ones_is_the_names_and_the_count_stays():
    # GIVEN "N of the SIZE name": the count, then a size the catalog lists
    text = "we used three of the five hundred gram sodium chloride"
    # THEN the count stays the amount and the size joins the name (only said words)
    assert _read(text, LAB)[0][:3] == ("five hundred gram sodium chloride", 3, None)


def test_a_count_with_no_measure_is_never_taken_into_the_name():
    # GIVEN a count before a name and a catalog whose name carries a pack size
    hints = _hints("batteries aa 4pk")
    # THEN the count stays the amount even if "4 aa batteries" scores better
    assert _read("got 4 aa batteries in", hints)[0][:2] == ("aa batteries", 4)


def test_a_number_after_a_size_is_the_amount_when_the_catalog_knows_the_name_without_it():
    # GIVEN a note with a size and then a count, both in digits after the name
    text = "Hopback 20g 3 in the store room"
    # THEN without the catalog the count is read as part of the name; with it, as the amount
    assert _read(text)[0][:2] == ("hopback 20g 3", None)
    assert _read(text, BREW)[0][:2] == ("hopback 20g", 3)


def test_a_model_number_after_a_plain_word_stays_in_the_name():
    # GIVEN a catalog that lists the product without the model number said
    hints = _hints("tablet stand")
    # THEN the number after a plain word is not turned into an amount
    assert _read("Tablet stand 12 checked out", hints)[0][:2] == ("tablet stand 12", None)


def test_words_after_the_name_the_catalog_has_are_kept():
    # GIVEN "pour on" said after a name, which the rules read as a place
    text = "Fly spray pour on 2.5L - 2 used, 1 left"
    # THEN with the catalog "on 2.5l" is part of the name, for both items about it
    got = _read(text, FARM)
    assert [g[0] for g in got] == ["fly spray pour on 2.5l", "fly spray pour on 2.5l"]
    assert [g[1] for g in got] == [2, 1]


def test_a_place_dropped_for_a_later_one_is_part_of_the_name_when_the_catalog_says_so():
    text = "the sardines in brine go to the store room"
    assert _read(text)[0][0] == "sardines"
    assert _read(text, PANTRY)[0][0] == "sardines in brine"


def test_the_place_of_an_item_is_never_taken_into_its_name():
    # GIVEN a place word the catalog also has in a product name
    hints = _hints("garage door remote")
    # THEN "in the garage" stays the place
    assert _read("put the door remote in the garage", hints) == [("door remote", None, None, "garage")]


def test_words_that_end_a_name_for_a_reason_are_not_tried():
    # GIVEN a catalog name that happens to hold the adverb said after the name
    hints = _hints("patio heater out door")

    class Counting:
        def __init__(self):
            self.phrases = []

        def product_score(self, phrase):
            self.phrases.append(phrase)
            return hints.product_score(phrase)

        def location_score(self, phrase):
            return hints.location_score(phrase)

        def names_one_product(self, phrase):
            return hints.names_one_product(phrase)

    counting = Counting()
    # WHEN "out" follows the name ("took the patio heater out of the garage")
    _read("took the patio heater out of the garage", counting)
    # THEN no reading with "out" is looked up
    assert not any("out" in p for p in counting.phrases)


def test_without_a_clear_margin_the_rules_reading_stays():
    # GIVEN two readings the catalog scores alike (the size said fits no name better)
    hints = _hints("rice 5kg", "rice 10kg")
    text = "put the two kilo rice in the store room"
    # THEN the rules' reading is kept
    assert _read(text, hints) == _read(text)


def test_better_needs_a_match_and_a_margin():
    tok = Tok("calor", 0, 5)
    rule = Reading((tok,), 6, (), "kilo", None)
    longer = Reading((Tok("six", 0, 3), tok), None, (), None, None)
    number_out = Reading((tok,), 2, (), None, None, strong_only=True)
    # a reading below the matcher's cut-off never wins
    assert better(rule, 0.0, [(longer, MATCH_MIN - 1)]) is rule
    # taking words in needs MARGIN over a known reading
    assert better(rule, 86.0, [(longer, 86.0 + MARGIN - 0.5)]) is rule
    assert better(rule, 86.0, [(longer, 86.0 + MARGIN)]) is longer
    # taking a number out needs the rules' reading to be unknown to the catalog
    assert better(rule, 80.0, [(number_out, 95.0)]) is rule
    assert better(rule, 0.0, [(number_out, 95.0)]) is number_out


@pytest.mark.parametrize("text", [
    "put the nineteen kilo propane bottle in the garage",
    "Hopback 20g 3 in the store room",
    "Fly spray pour on 2.5L - 2 used, 1 left",
    # (hints asked by people.py and ones.py: "to"/"on" a name, "the X ones" after a name)
    "Returned 2x filters to Deere",
    "Full headcollar snapped on Biscuit",
    "sold two dry bags the twenty litre ones",
])
def test_a_broken_catalog_leaves_the_rules_reading(text):
    class Broken:
        def product_score(self, phrase):
            raise RuntimeError("down")

        def location_score(self, phrase):
            raise RuntimeError("down")

        def names_one_product(self, phrase):
            raise RuntimeError("down")

    assert _read(text, Broken()) == _read(text)


def test_ones_is_never_taken_for_a_catalog_place():
    # GIVEN a catalog whose places have numbers ("shed 1"), which "ones" is close to
    hints = catalog_from({"products": ["wooden pallets"], "locations": ["shed 1", "shed 2"]}).hints
    # WHEN a note names the thing, then counts "ADJ ones" of it
    # THEN "ones" stands for the named thing, not a place, with the catalog as without it
    text = "crates - we bought 12 plastic ones"
    assert _read(text, hints) == _read(text) == [("plastic crates", 12, None, None)]


GARDEN = _hints("hoof and horn meal 5kg", "hoof and horn meal 10kg", "rose feed 1kg", "potting grit")


def test_two_names_cut_at_and_are_one_when_the_catalog_knows_the_joined_name():
    # GIVEN a name with "and" inside that the catalog lists, said with its amount after it
    text = "hoof and horn meal four tubs in the potting shed"
    # THEN without the catalog "and" joins two items; with it the name is one item
    assert [p for p, *_ in _read(text)] == ["hoof", "horn meal"]
    assert _read(text, GARDEN) == [("hoof and horn meal", 4, "tub", "potting shed")]


def test_an_amount_said_before_the_second_name_keeps_two_items():
    # GIVEN two things of the catalog, each with its own amount
    assert [p for p, *_ in _read("sold 2 bags of rose feed and 3 bags of potting grit", GARDEN)] == \
        ["rose feed", "potting grit"]


def test_names_the_catalog_does_not_know_joined_stay_two_items():
    # GIVEN "A and B" whose joined words line up with no one catalog name
    assert [p for p, *_ in _read("sold the rose feed and potting grit", GARDEN)] == ["rose feed", "potting grit"]


STATIONERY = _hints("peel-off labels a4", "ladder 3m")


def test_off_said_inside_a_hyphened_name_is_the_names_when_the_catalog_has_it():
    # GIVEN a name written "peel-off" in the catalog and said apart
    text = "got in a box of peel off labels"
    # THEN the rules stop the name at "off"; the catalog keeps "off labels" in it
    assert _read(text)[0][0] == "peel"
    assert _read(text, STATIONERY) == [("peel off labels", 1, "box", None)]


def test_off_before_a_place_stays_the_places():
    # GIVEN "off" that says where from
    assert _read("took the ladder off van 2", STATIONERY) == [("ladder", None, None, "van 2")]


KILN = _hints("witness cone 9", "shelf paint 1kg", "kiln posts 4x4")


@pytest.mark.parametrize("text, name, amount", [
    ("glaze shed: cone 9 x 3 boxes", "cone 9", (3, "box")),
    ("cone 9 x4 boxes -> glaze shed", "cone 9", (4, "box")),
])
def test_an_x_amount_kept_in_the_name_is_its_amount_when_the_catalog_knows_the_name(text, name, amount):
    # GIVEN a count said with "x" after a name ending in a number or a size, which the rules
    # keep in the name ("4 x 8" may size a sheet)
    # WHEN parsed with a catalog that knows the name without it
    # THEN the count and its container are the amount
    assert _read(text, KILN)[0][:3] == (name, *amount)


def test_an_x_joining_sizes_the_catalog_lists_stays_in_the_name():
    # GIVEN a name whose sizes are joined by "x", and a catalog listing it
    text = "moved the kiln posts 4 x 4 to the store room"
    # THEN it stays the name, with the catalog as without it
    assert _read(text, KILN) == _read(text)
    assert _read(text)[0][:2] == ("kiln posts 4 x 4", None)
    # ...and an amount the rules read after a size stays as they read it
    text = "shelf paint 1kg x 2 tubs, glaze shed"
    assert _read(text, KILN) == _read(text) == [("shelf paint 1kg", 2, "tub", "glaze shed")]
