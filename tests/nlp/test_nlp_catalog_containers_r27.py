"""A word on the container said around the name it holds ("2 empty argon light bottles", "fox
shampoo small bottles"), taken out with the container when the catalog knows the name without
both (nlp/catalog_spans.py `_container_out`, round 27). Small made-up catalogs, as in
test_nlp_catalog_containers_r26.py; without hints the rules' reading stays."""
from __future__ import annotations

import pytest

from nlp_testkit import read_fields as _read, small_catalog_hints


def _hints(*products: str):
    return small_catalog_hints(products, ["van", "shed", "cellar", "yard"])


@pytest.mark.parametrize("text, products, want", [
    ("2 empty argon light bottles collected by the supplier", ["argon light cylinder", "oxygen cylinder"],
     ("argon light", 2, "bottle", None)),
    ("fox shampoo small bottles x6 arrived", ["fox shampoo 250ml", "fox shampoo 5l"],
     ("fox shampoo", 6, "bottle", None)),
    ("the big red wine cases went to the cellar", ["red wine", "white wine"],
     ("red wine", None, "case", "cellar")),
])
def test_a_word_on_the_container_goes_with_it(text, products, want):
    assert _read(text, _hints(*products)) == [want]
    assert _read(text)[0][2] is None  # without the catalog the rules' reading stays


@pytest.mark.parametrize("text, products, want", [
    # one plain word left stays whole, whatever is said on the container
    ("5 small pencil cases to the van", ["pencils", "glue"], ("small pencil cases", 5, None, "van")),
    ("took the big argon bottle to the van", ["argon cylinder"], ("big argon bottle", None, None, "van")),
    # the catalog knows the name with its size word: the rules' reading stays
    ("sold 3 large pizza boxes", ["large pizza boxes", "small pizza boxes"],
     ("large pizza boxes", 3, None, None)),
])
def test_a_word_on_the_container_stays_where_the_name_needs_it(text, products, want):
    assert _read(text, _hints(*products)) == [want]
