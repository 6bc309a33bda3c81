"""Classes of misses that recur across the authors of devset21 to devset30, each with catalogs of
our own: what the class now resolves, and near products that differ by the very words the rule
lets go (the noun, a colour or size, a kind, an accessory), which must still be asked about or
stay new."""
import pytest

from matcher_kit import FILLER, answer as _answer, catalog_of as _catalog_of, resolved as _resolved

# -- a colour or a size said alone, its noun said before it ------------------------------------
# devset11 "xl", devset13 "cyan", devset23 "navy", devset24 "small", devset28 "yellow", devset29
# "red" (twice): the one product in it, beside the same product in another; devset26 "mediums"
# asks.

@pytest.mark.parametrize("said, names, meant", [
    ("red", ["stoneware clay red", "stoneware clay buff"], "stoneware clay red"),
    ("the red one", ["stoneware clay red", "stoneware clay buff"], "stoneware clay red"),
    ("small ones", ["ink caps small", "ink caps large", "nitrile gloves large"], "ink caps small"),
    ("xl", ["nitrile gloves xl black", "nitrile gloves large black"], "nitrile gloves xl black"),
    ("white", ["bar tape white", "bar tape black"], "bar tape white"),
])
def test_a_colour_or_size_said_alone_picks_the_one_product_in_it(said, names, meant):
    assert _answer(names, said) == meant


@pytest.mark.parametrize("said, names", [
    # several products come in it: which?
    ("large", ["nitrile gloves large", "large box", "medium box"]),
    ("blue", ["vetwrap blue", "litmus paper blue", "litmus paper red"]),
    ("mediums", ["medium frame", "medium super", "deep frame"]),
    ("green", ["green tea", "green tea decaf"]),
    ("red", ["red wine 75cl", "red wine 150cl"]),
    # the one product in it comes in no other: the colour may be said of a new thing
    ("red", ["red sharps bin", "yellow clinical waste bags"]),
    ("black", ["black pepper"]),
    ("clear", ["clear coat 1l", "primer 1l"]),
    # a size beside another word that is no size ("dark roast"), or beside no other size
    ("medium", ["medium roast coffee", "dark roast coffee", "t-shirt large"]),
    ("xl", ["nitrile gloves xl", "hoodie large"]),
    ("large", ["large print keyboard", "standard keyboard"]),
])
def test_a_colour_or_size_said_alone_asks_where_it_may_be_another(said, names):
    assert _answer(names, said) == "AMBIGUOUS"


@pytest.mark.parametrize("said", ["adult", "child", "l"])
def test_who_a_thing_is_for_or_a_size_letter_alone_stays_new(said):
    assert _answer(["life jacket adult", "life jacket child", "lab coat l", "lab coat m"],
                   said) == "NEW"


@pytest.mark.xfail(strict=True, reason="a colour said of a thing the catalog does not have in it "
                   "(black gaffer tape beside white) is taken for the one listed product in that "
                   "colour: only the sentence says which noun was left out")
def test_a_colour_said_of_a_new_variant_of_another_line():
    assert _answer(["black pepper", "white pepper", "gaffer tape white"], "black") != "black pepper"


# -- the leading words of one line's names -----------------------------------------------------
# devset26 and devset29 "brake pads" (new), devset27 "spike tape" and devset30 "frames"
# (matched to one of the line), devset28 "vetwrap" (new) and "cones", devset9 "plywood" and
# devset11 "kirby grips" (matched to one): all asked about.

@pytest.mark.parametrize("said, names", [
    ("brake pads", ["brake pads disc", "brake pads rim"]),
    ("brake pads", ["brake pads shimano b01s", "brake pads shimano l05a"]),
    ("spike tape", ["spike tape yellow", "spike tape fluorescent pink"]),
    ("frames", ["frames medium", "frames deep"]),
    ("vetwrap", ["vetwrap bandage blue", "vetwrap bandage purple"]),
    ("chicken", ["chicken breast 2kg", "chicken thighs 2kg"]),
])
def test_the_leading_words_of_one_lines_names_ask_which(said, names):
    assert _answer(names, said) == "AMBIGUOUS"


@pytest.mark.parametrize("said, names, meant", [
    # names that go on with different things: the said word is a thing of its own
    ("paint", ["paint roller", "paint tray"], "NEW"),
    ("mop", ["mop bucket", "mop head"], "NEW"),
    ("drill", ["drill bit set", "drill press"], "NEW"),
    # everyday words before everyday words the names share: another thing
    ("dog", ["dog food adult", "dog food puppy"], "NEW"),
    ("coffee", ["coffee grinder manual", "coffee grinder electric"], "NEW"),
    ("stoneware", ["stoneware clay buff", "stoneware clay red"], "NEW"),
    # one of them is the others' start: the plain one
    ("zorbex 2217", ["zorbex 2217 filter", "zorbex 2217 filter pads"], "zorbex 2217 filter"),
    # the name as said is that product
    ("brake pads", ["brake pads", "brake pads rim"], "brake pads"),
    # the catalog's own name said, beside a line of its accessories that starts alike
    ("source fours", ["etc source four", "source four lens 26 degree",
                      "source four lens 36 degree"], "etc source four"),
])
def test_names_that_go_on_with_another_thing_are_not_asked_about(said, names, meant):
    assert _answer(names, said) == meant


# -- the review of round 23 (false merges found in catalogs of its own) -------------------------
# Each catalog is the reviewer's whole catalog; what was said; what a careful person wants.

DECORATOR = ["white spirit 1l", "methylated spirit 1l", "emulsion magnolia 10l",
             "emulsion grey 10l", "gloss 2.5l", "undercoat 2.5l", "masking tape 25mm", "caulk",
             "filler"]
DECORATOR_TRADE = ["white spirit 1l", "methylated spirit 1l", "dulux trade emulsion magnolia 10l",
                   "dulux trade emulsion brilliant white 10l", "masking tape 25mm",
                   "masking tape 50mm", "decorators caulk", "filler ready mixed",
                   "sandpaper 120 grit", "sandpaper 80 grit", "dust sheets", "paint roller 9in",
                   "paint tray", "clear coat 1l", "top coat 1l", "brush 2in", "brush 1in"]
FRUIT_SHOP = ["orange juice 1l", "apple juice 1l", "pink lady apples", "gala apples",
              "red grapes", "green grapes", "lemons", "limes", "bananas", "punnets small",
              "punnets large", "paper bags small", "paper bags large"]
DELI = ["cream cheese 200g", "goats cheese 200g", "blue cheese 1kg", "cheddar cheese 5kg",
        "cream crackers", "water crackers", "orange squash", "lemon squash", "brown sauce 2l",
        "mint sauce 2l", "black pudding", "white pudding", "rice brown 5kg", "rice basmati 5kg",
        "olive oil 5l"]
KITCHEN = ["orange juice 1l", "apple juice 1l", "cream cheese 200g", "feta cheese 200g",
           "double cream 1l", "brown sugar 1kg", "caster sugar 1kg", "white wine vinegar 500ml",
           "malt vinegar 500ml", "green beans frozen 1kg", "broad beans frozen 1kg",
           "red onions 10kg", "white onions 10kg", "olive oil extra virgin 5l",
           "olive oil pomace 5l", "coffee beans 1kg", "coffee beans decaf 1kg", "kitchen roll",
           "cling film 300m", "tin foil 450mm", "black pepper ground 500g", "sea salt flakes"]
CAFE_DELI = ["cream cheese 2kg", "goats cheese 1kg", "green tea", "mint tea", "black olives",
             "kalamata olives", "white chocolate buttons", "milk chocolate buttons",
             "takeaway cups 8oz", "takeaway cups 12oz", "pizza box large", "pizza box small",
             "coffee beans 1kg", "coffee beans decaf 1kg", "butter 250g", "butter unsalted 250g",
             "yoghurt 500g", "yoghurt greek 500g", "oat milk 1l"]
BAR_RUM = ["navy rum 70cl", "dark rum 70cl", "white rum 70cl", "spiced rum 70cl", "gin 70cl",
           "gin pink 70cl", "tonic water 200ml", "tonic water light 200ml", "cola 330ml",
           "cola zero 330ml", "guinness 440ml", "guinness 0.0 440ml", "lime wedges",
           "black straws", "stirrers"]
PROPERTY = ["white spirit 1l", "methylated spirit 1l", "paint magnolia 5l", "paint grey 5l",
            "silver polish", "brass polish", "sealant clear", "decorators caulk",
            "light bulbs gu10", "fuse 13a", "padlock 40mm"]
CAFE_CUPS = ["takeaway cups 8oz", "takeaway cups 12oz", "takeaway cups 16oz", "pizza box large",
             "pizza box medium", "coffee beans 1kg", "red bull 250ml", "red bull sugar free 250ml",
             "oat milk 1l", "whole milk 2l", "sugar sachets", "napkins", "coke 330ml",
             "diet coke 330ml", "hash browns frozen"]
GARDEN = ["plant pots 9cm", "plant pots 2l", "plant pots 5l", "gloves large", "gloves medium",
          "hose green 30m", "hose connector", "seed trays", "labels white", "lawnmower petrol",
          "lawnmower blade", "lawnmower oil 600ml"]
CLINIC = ["nitrile gloves small", "nitrile gloves medium", "sharps bin 1l", "sharps bin 5l",
          "sharps bin 11l", "syringes 2ml", "syringes 5ml", "aprons white", "aprons blue",
          "blue roll", "couch roll", "bandages crepe 7.5cm", "bandages crepe 10cm"]
VET = ["dog food adult 12kg", "dog food puppy 12kg", "cat litter", "cat food senior 2kg",
       "flea spray", "wormer tablets dog", "wormer tablets cat", "collar small red",
       "collar large red", "lead red", "lead black", "poo bags green", "poo bags black",
       "elizabethan collar medium", "elizabethan collar small", "syringes 1ml", "blue towels"]
OFFICE = ["printer hp laserjet m404", "printer paper a4", "printer toner hp 59a", "stapler",
          "staples 26/6", "post it notes yellow", "post it notes pink",
          "whiteboard markers black", "whiteboard markers blue", "whiteboard markers red",
          "biros blue", "biros black", "envelopes c5 white", "envelopes dl brown",
          "lever arch files", "ring binders", "desk fan", "kettle", "coffee pods nespresso",
          "coffee pods decaf nespresso"]


def _answer_in(names, said):
    res = _resolved(_catalog_of(names + FILLER), said)
    return res.name if res.outcome == "matched" else res.outcome.upper()


# A: a colour or size said alone, taken for the one product whose name starts with it (the
# colour begins a kind: "white spirit", "orange juice") or whose size is the only word size
# where other lines come in measures or lack that size.
@pytest.mark.parametrize("names, said, not_meant", [
    (DECORATOR, "white", "white spirit 1l"),
    (DECORATOR, "whites", "white spirit 1l"),
    (DECORATOR, "the white one", "white spirit 1l"),
    (FRUIT_SHOP, "oranges", "orange juice 1l"),
    (FRUIT_SHOP, "orange", "orange juice 1l"),
    (DELI, "oranges", "orange squash"),
    (DELI, "orange", "orange squash"),
    (KITCHEN, "greens", "green beans frozen 1kg"),
    (KITCHEN, "green", "green beans frozen 1kg"),
    (KITCHEN, "brown", "brown sugar 1kg"),
    (KITCHEN, "oranges", "orange juice 1l"),
    (CAFE_DELI, "greens", "green tea"),
    (CAFE_DELI, "green", "green tea"),
    (CAFE_DELI, "white", "white chocolate buttons"),
    (CAFE_DELI, "black", "black olives"),
    (BAR_RUM, "whites", "white rum 70cl"),
    (BAR_RUM, "white", "white rum 70cl"),
    (PROPERTY, "silver", "silver polish"),
    (DECORATOR_TRADE, "clear", "clear coat 1l"),
    (CAFE_CUPS, "large", "pizza box large"),
    (CAFE_CUPS, "larges", "pizza box large"),
    (CAFE_CUPS, "the large ones", "pizza box large"),
    (CAFE_CUPS, "medium", "pizza box medium"),
    (GARDEN, "large", "gloves large"),
    (CLINIC, "small", "nitrile gloves small"),
    (VET, "medium", "elizabethan collar medium"),
    (VET, "mediums", "elizabethan collar medium"),
    (OFFICE, "red", "whiteboard markers red"),
])
def test_review23_a_colour_or_size_alone_is_not_a_kind_it_begins(names, said, not_meant):
    assert _answer_in(names, said) in ("NEW", "AMBIGUOUS"), not_meant


@pytest.mark.parametrize("names, said, meant", [
    # a colour beside another colour in the same place still picks its product
    (DELI, "black", "black pudding"),
    (DELI, "white", "white pudding"),
    (KITCHEN, "red", "red onions 10kg"),
    (FRUIT_SHOP, "red", "red grapes"),
])
def test_review23_a_colour_beside_another_colour_still_picks(names, said, meant):
    assert _answer_in(names, said) == meant


CAFE_COLA = ["coke 330ml", "coke zero 330ml", "pepsi 330ml", "pepsi max 330ml", "milk whole 2l",
             "milk oat 1l", "green tea bags", "mint tea bags", "takeaway cups 8oz",
             "takeaway cups 12oz", "takeaway lids", "napkins white", "napkins black"]
BAR_BEER = ["red wine house 75cl", "white wine house 75cl", "gordons gin 70cl",
            "gordons pink gin 70cl", "guinness keg 50l", "heineken 330ml", "heineken 0.0 330ml",
            "orange juice 1l", "black straws", "pint glasses"]
SHOP_DRINKS = ["heineken 330ml", "heineken 0.0 330ml", "pepsi 500ml", "pepsi max 500ml",
               "lucozade orange 500ml", "lucozade original 500ml", "fanta orange 330ml",
               "fanta lemon 330ml", "water still 500ml", "water sparkling 500ml",
               "monster energy 500ml", "monster ultra white 500ml"]
KITCHEN_PLAIN = ["milk 2l", "milk skimmed 2l", "bread sliced", "bread gluten free",
                 "mayonnaise 1l", "mayonnaise light 1l", "tuna chunks 1.8kg",
                 "tuna steaks frozen", "chicken stock 1l", "chicken breast 2kg",
                 "chicken thighs 2kg", "rice 10kg", "rice basmati 10kg"]
OFFICE_PAPER = ["paper a4 80gsm", "paper a4 recycled 80gsm", "stapler", "stapler heavy duty",
                "hole punch", "hole punch 4 hole", "scissors", "scissors left handed",
                "calculator", "calculator scientific"]
PROPERTY_PARTS = ["boiler inhibitor 1l", "boiler pressure gauge", "radiator valve tap",
                  "radiator bleed key", "fridge thermometer", "fridge door seal",
                  "projector bulb", "projector remote", "generator fuel can", "generator oil 1l",
                  "smoke alarm", "smoke alarm tester spray", "extractor fan filter",
                  "extractor fan cord"]
COFFEE_MACHINE = ["espresso machine descaler", "espresso machine group gasket",
                  "coffee grinder burrs", "sodastream gas cylinder", "sodastream bottles 1l",
                  "dishwasher salt", "dishwasher tablets", "ice machine cleaner",
                  "ice machine scoop", "fridge thermometer", "fridge door seal"]


# B: the leading words of one line, where one name is the said words and a size only (the
# plain product), or where the names go on with different things (a new thing).
@pytest.mark.parametrize("names, said, meant", [
    (CAFE_COLA, "coke", "coke 330ml"),
    (CAFE_COLA, "pepsi", "pepsi 330ml"),
    (BAR_BEER, "heineken", "heineken 330ml"),
    (SHOP_DRINKS, "heineken", "heineken 330ml"),
    (SHOP_DRINKS, "pepsi", "pepsi 500ml"),
    (BAR_RUM, "guinness", "guinness 440ml"),
    (BAR_RUM, "cola", "cola 330ml"),
    (BAR_RUM, "gin", "gin 70cl"),
    (KITCHEN_PLAIN, "milk", "milk 2l"),
    (KITCHEN_PLAIN, "rice", "rice 10kg"),
    (CAFE_DELI, "butter", "butter 250g"),
    (CAFE_DELI, "yoghurt", "yoghurt 500g"),
    (CAFE_DELI, "coffee beans", "coffee beans 1kg"),
    (KITCHEN, "coffee beans", "coffee beans 1kg"),
    (OFFICE_PAPER, "paper a4", "paper a4 80gsm"),
    (OFFICE_PAPER, "paper", "paper a4 80gsm"),
    (PROPERTY_PARTS, "fridge", "NEW"),
    (PROPERTY_PARTS, "the fridge", "NEW"),
    (PROPERTY_PARTS, "boiler", "NEW"),
    (PROPERTY_PARTS, "boilers", "NEW"),
    (COFFEE_MACHINE, "fridge", "NEW"),
])
def test_review23_b_the_plain_product_or_a_new_thing(names, said, meant):
    assert _answer_in(names, said) == meant


BAKERY = ["flour strong white 16kg", "flour wholemeal 16kg", "brown sugar 25kg",
          "caster sugar 25kg", "eggs large 30", "eggs medium 30", "yeast fresh", "yeast dried",
          "cake boxes small", "cake boxes large", "paper bags brown", "paper bags white"]
VENUE = ["gaffer tape black 50mm", "gaffer tape white 50mm", "spike tape yellow",
         "spike tape red", "cable xlr 10m", "cable xlr 5m", "cable iec", "batteries aa",
         "batteries 9v", "lanyards"]
GARDEN_CENTRE = ["compost multipurpose 50l", "compost ericaceous 50l", "bark chippings",
                 "plant pots 9cm black", "hose 30m green", "hose reel", "twine green",
                 "twine natural", "secateurs", "gloves medium", "gloves large"]
FIRST_AID = ["nitrile gloves small", "nitrile gloves medium", "plasters fabric",
             "plasters blue detectable", "alcohol wipes", "gauze swabs"]
PHARMACY = ["paracetamol 500mg 16", "plasters fabric", "plasters waterproof", "calpol sachets",
            "nail varnish red", "nail varnish clear", "lip balm"]


# where round 23's asking helped: the names go on with what tells them apart
@pytest.mark.parametrize("names, said", [
    (OFFICE, "envelopes"),
    (BAKERY, "yeast"),
    (VENUE, "batteries"),
    (VET, "dog food"),
    (GARDEN_CENTRE, "twine"),
    (DELI, "rice"),
    (FIRST_AID, "plasters"),
    (PHARMACY, "plasters"),
    (SHOP_DRINKS, "fanta"),
    (SHOP_DRINKS, "lucozade"),
    (SHOP_DRINKS, "monster"),
])
def test_review23_where_asking_helped_it_still_asks(names, said):
    assert _answer_in(names, said) == "AMBIGUOUS"


def test_lines_grouped_for_a_size_said_alone_catch_up_with_products_added_later():
    # GIVEN a catalog whose one product in "large" comes in another size, asked once (which
    # groups the catalog's lines)  WHEN cups sized by measures are added  THEN "large" asks, as
    # a catalog built with the cups from the start does
    cat = _catalog_of(["pizza box large", "pizza box medium"] + FILLER)
    assert _resolved(cat, "large").name == "pizza box large"
    for i, name in enumerate(["takeaway cups 8oz", "takeaway cups 12oz"], start=100):
        cat.add_product(i, name)
    assert _resolved(cat, "large").outcome == "ambiguous"
    assert _answer(["pizza box large", "pizza box medium", "takeaway cups 8oz",
                    "takeaway cups 12oz"], "large") == "AMBIGUOUS"
