"""A container said after the name, read as its unit when the catalog knows the name without it
(nlp/catalog_spans.py `_container_out`, round 26). Small made-up catalogs, as in
test_nlp_catalog_spans.py; without hints the rules' reading stays."""
from __future__ import annotations

import pytest

from nlp_testkit import read_fields as _read, small_catalog_hints


def _hints(*products: str):
    return small_catalog_hints(products, ["van", "shed", "linen room", "top field"])


@pytest.mark.parametrize("text, products, want", [
    # the catalog knows the name only without the container: the container is the unit
    ("lost the fence wire reel in the top field", ["fence wire 2.5mm", "fence posts"],
     ("fence wire", None, "reel", "top field")),
    # a code alone before the container ("i/d cans", "l03a pairs")
    ("3 x k7z pairs to the van", ["acme k7z brake pads", "chain lube"], ("k7z", 3, "pair", "van")),
    # the catalog has the name exactly, and only without the container
    ("counted 7 polish paste tubs in the shed", ["polish paste", "polish cloths"],
     ("polish paste", 7, "tub", "shed")),
])
def test_a_container_after_a_name_the_catalog_knows_without_it_is_the_unit(text, products, want):
    assert _read(text, _hints(*products)) == [want]
    assert _read(text)[0][2] is None  # without the catalog the rules' reading stays


@pytest.mark.parametrize("text, products, want", [
    # one plain word left stays whole ("tool" fits "tool belt" only in part)
    ("put 4 tool boxes in the van", ["tool belt", "tool roll"], ("tool boxes", 4, None, "van")),
    ("2 bin bags to the shed", ["wheelie bin", "bin liners"], ("bin bags", 2, None, "shed")),
    ("the cool box is in the van", ["cool bag"], ("cool box", None, None, "van")),
    ("gave the spare bean bags away", ["coffee beans"], ("spare bean bags", None, None, None)),
    # the catalog knows the whole name ("pillowcases", "tote bag")
    ("put 20 pillow cases in the linen room", ["pillows", "pillowcases"],
     ("pillow cases", 20, None, "linen room")),
    ("3 tote bags to the shed", ["tote bag"], ("tote bags", 3, None, "shed")),
    # the catalog names the container with the name's first word: it is the name's
    ("500 gift aid bags arrived", ["gift aid donation bags"], ("gift aid bags", 500, None, None)),
    # the rules' name known about as well as the shorter one (the matcher's own container rule)
    ("got 6 marine varnish tins in the shed", ["marine varnish 750ml", "deck paint"],
     ("marine varnish tins", 6, None, "shed")),
    # no container at the end, or only a size before it
    ("put the paint tin opener in the van", ["paint brush"], ("paint tin opener", None, None, "van")),
    ("put 2 cable drums in the van", ["cable ties 200mm", "cable clips"],
     ("cable drums", 2, None, "van")),
])
def test_a_container_that_is_the_thing_itself_stays_in_the_name(text, products, want):
    assert _read(text, _hints(*products)) == [want]


@pytest.mark.parametrize("text, products, want", [
    # one plain word the catalog holds, then a container: an everyday name of its own, not the
    # word in that container (review of round 26)
    ("24 pencil cases in the stock cupboard", ["pencils"], ("pencil cases", 24, None, "stock cupboard")),
    ("10 glue sticks in classroom 3", ["glue"], ("glue sticks", 10, None, "classroom 3")),
    ("5 paint trays in the workshop", ["paint"], ("paint trays", 5, None, "workshop")),
    ("2 ice buckets in the kitchen", ["ice"], ("ice buckets", 2, None, "kitchen")),
    ("2 ice packs in the fridge", ["ice"], ("ice packs", 2, None, "fridge")),
    ("4 cake tins in the dry store", ["cake"], ("cake tins", 4, None, "dry store")),
    ("10 cake boxes in the kitchen", ["cake"], ("cake boxes", 10, None, "kitchen")),
    ("3 bread bags in the pantry", ["bread"], ("bread bags", 3, None, "pantry")),
])
def test_one_word_the_catalog_holds_and_a_container_is_a_name_of_its_own(text, products, want):
    assert _read(text, _hints(*products)) == [want]
