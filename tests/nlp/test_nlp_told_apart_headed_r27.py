"""The words of a "the X ones" said after a name tell catalog twins apart in every kind of note,
not only in a sentence with an event word (nlp/parser.py `_finish_parse` takes the note's words
as said for headed notes, variant lists and records too; ones.py `told_apart_after`). A small
made-up catalog, as in test_nlp_catalog_containers_r27.py; without it the name stays as said."""
from __future__ import annotations

import pytest

from nlp import parse
from products.evaluation import catalog_from


def _hints():
    return catalog_from({"products": ["dry bag 10 litre", "dry bag 20 litre", "dry bag 40 litre",
                                      "jar lids black", "jar lids white", "claw hammer", "duct tape"],
                         "locations": ["van", "store room"]}).hints


@pytest.mark.parametrize("text, want", [
    ("Van: dry bags the twenty litre ones x 3", "twenty litre dry bags"),
    ("Delivered: dry bags the forty litre ones x 6", "forty litre dry bags"),
    ("Stock count: jar lids the black ones 300", "black jar lids"),
    ("sold two dry bags the twenty litre ones", "twenty litre dry bags"),  # as before
])
def test_headed_note_tells_twins_apart(text, want):
    # GIVEN catalog twins  WHEN a headed note says which one after the name  THEN it is kept
    assert [i.product for i in parse(text, _hints()).items] == [want]


def test_without_a_catalog_the_name_stays():
    assert [i.product for i in parse("Delivered: dry bags the forty litre ones x 6").items] == ["dry bags"]
