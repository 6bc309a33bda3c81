"""Round 27, "ones": a name followed by "the X one(s)" that only says which of its kind (a colour,
a size, a measure) keeps those words when the catalog has twins of the name, so the matcher can
choose among them ("the dry bags the twenty litre ones" -> twenty litre dry bags -> dry bag 20l;
the parser reads the sentence without the afterthought). Not when the name alone already picks
one product, nor when the words say how some of them are ("the new one", "the ones from ..."),
nor for a list of which ones ("the long one and the short one"); with no catalog the name stays
as said."""
import pytest

from matcher_kit import FILLER, catalog_of, label
from nlp import parse

CATALOG = ["dry bag 10l", "dry bag 20l", "jar lids black", "jar lids white", "extension lead 10m",
           "extension lead 25m", "drill bit 8mm", "drill bit 6mm", "garden hose 15m", "garden hose 30m",
           "bath towel white", "bath towel grey", "semi-skimmed milk 4 pint", "semi-skimmed milk 1 pint",
           "rope 60m", "rope 30m", "light bulb 60w", "light bulb 40w", "bucket 10l", "bucket 5l",
           "chair cover grey", "chair cover white", "hot water urn 20l", "kettle"] + FILLER


def said(text, catalog=CATALOG):
    """(product, what it resolves to) of each item parsed against the catalog."""
    cat = catalog_of(catalog)
    return [(i.product, label(cat.resolve_product(i.product))) for i in parse(text, cat.hints).items]


@pytest.mark.parametrize("text, expected", [
    ("sold two of the dry bags the twenty litre ones", [("twenty litre dry bags", "dry bag 20l")]),
    ("the jar lids the black ones are on shelf two", [("black jar lids", "jar lids black")]),
    ("put the extension lead the ten metre one back in the van",
     [("ten metre extension lead", "extension lead 10m")]),
    ("the drill bits the eight mil ones are in the top drawer", [("eight mil drill bits", "drill bit 8mm")]),
    ("got in six hoses the fifteen metre ones", [("fifteen metre hoses", "garden hose 15m")]),
    ("we have twelve towels the white ones in the linen cupboard", [("white towels", "bath towel white")]),
    ("we've run out of milk the big ones", [("big milk", "semi-skimmed milk 4 pint")]),
    ("the bulbs the sixty watt ones are nearly gone we have three", [("sixty watt bulbs", "light bulb 60w")]),
    ("put the covers the grey ones back on the chairs", [("grey covers", "chair cover grey")]),
])
def test_which_one_chooses_among_twins(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the name alone picks one product: nothing to choose
    ("the urn the big one is in the kitchen", [("urn", "hot water urn 20l")]),
    # how some of them are, or which by where they came from: not a kind
    ("the kettle the new one is in the kitchen", [("kettle", "kettle")]),
    ("the drill bits the ones from the old van are in the top drawer", [("drill bits", "AMBIGUOUS")]),
    # a list of which ones: the name stands for both
    ("the rope the long one and the short one went to the van", [("rope", "AMBIGUOUS")]),
])
def test_no_which_one_to_take(text, expected):
    assert said(text) == expected


def test_without_a_catalog_the_name_stays_as_said():
    assert [i.product for i in parse("sold two of the dry bags the twenty litre ones").items] == ["dry bags"]
