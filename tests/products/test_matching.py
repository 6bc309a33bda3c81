"""The matcher's promises from issue 2, against the demo catalog."""
import random

import pytest

from products.evaluation import catalog_from
from matcher_kit import catalog_of as _catalog_of, resolved as _resolved
from products.matching import MATCH_MIN, Catalog


@pytest.fixture(scope="module")
def catalog():
    import json
    from pathlib import Path

    return catalog_from(json.loads((Path(__file__).parents[2] / "samples" / "catalog.json").read_text()))


@pytest.mark.parametrize("said", [
    "milk", "buttermilk", "oat milk", "almond milk", "nitrile gloves small", "nitrile gloves large",
    "drill bit set", "cordless drill 18v", "hammer drill", "claw hammer", "water heater",
    "space heater", "step stool", "step ladder", "paint sprayer", "paint roller", "drywall screws",
    "wood screws",
])
def test_products_that_share_words_stay_apart(catalog, said):
    res = catalog.resolve_product(said)
    assert (res.outcome, res.name, res.score) == ("matched", said, 100.0)


@pytest.mark.parametrize("said", [
    "soy milk", "nitrile gloves medium", "impact wrench", "cordless drill 12v", "m10 bolts",
    "folding ladder", "rice cooker", "ice", "paint", "hammer stapler",
])
def test_a_distinguishing_word_makes_a_new_product(catalog, said):
    assert catalog.resolve_product(said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("spare monitors", "spare monitor"),
    ("red letter", "red ladder"),
    ("circle saw", "circular saw"),
    ("di humidifier", "dehumidifier"),
    ("extension card", "orange extension cord"),
    ("the extension cord", "orange extension cord"),
    ("step latter", "step ladder"),
    ("the grinder", "angle grinder"),
    ("hammer", "claw hammer"),
    ("triple a batteries", "aaa batteries"),
    ("wd 40", "wd-40"),
    ("walkie talkies", "walkie talkie"),
    ("the old wifi router", "wifi router"),
])
def test_variants_and_misheard_names_match(catalog, said, meant):
    res = catalog.resolve_product(said)
    assert (res.outcome, res.name) == ("matched", meant)
    assert res.score >= MATCH_MIN


def test_the_drill_matches_when_it_is_the_only_drill():
    cat = Catalog()
    cat.add_product(1, "cordless drill 18v")
    cat.add_product(2, "drill bit set")
    cat.add_product(3, "claw hammer")
    assert cat.resolve_product("the drill").name == "cordless drill 18v"


@pytest.mark.parametrize("said, expected", [
    ("the ladder", {"red ladder", "step ladder", "extension ladder"}),
    ("gloves", {"nitrile gloves small", "nitrile gloves large"}),
    ("batteries", {"aa batteries", "aaa batteries", "9v batteries", "lr44 battery"}),
    ("the drill", {"cordless drill 18v", "hammer drill"}),
    ("screws", {"drywall screws", "wood screws"}),
    ("heater", {"water heater", "space heater"}),
])
def test_equal_fits_are_ambiguous_with_their_candidates(catalog, said, expected):
    res = catalog.resolve_product(said)
    assert res.outcome == "ambiguous" and res.id is None
    assert expected <= {c.name for c in res.candidates}


def test_an_alias_taught_by_a_person_matches_exactly():
    cat = Catalog()
    cat.add_product(1, "nitrile gloves small")
    cat.add_product(2, "nitrile gloves large")
    cat.add_product_alias(1, "my troll gloves", "nitrile gloves small")
    res = cat.resolve_product("my troll gloves")
    assert (res.outcome, res.id, res.name, res.score) == ("matched", 1, "nitrile gloves small", 100.0)


@pytest.mark.parametrize("said, meant", [
    ("the garage", "garage"), ("shelf b three", "shelf b3"), ("room two oh four", "room 204"),
    ("storage unit four", "storage unit 4"), ("the loading dock", "loading dock"),
])
def test_locations_resolve_the_same_way(catalog, said, meant):
    res = catalog.resolve_location(said)
    assert (res.outcome, res.name) == ("matched", meant)


def test_the_index_agrees_with_scoring_every_name():
    # GIVEN a catalog of combinatorial names with many shared words
    rng = random.Random(7)
    colours = ["red", "blue", "green", "black", "orange", "grey"]
    kinds = ["ladder", "drill", "hammer", "saw", "glove", "cable", "tape", "screw", "bolt", "monitor"]
    mods = ["cordless", "step", "claw", "circular", "nitrile", "hdmi", "duct", "wood", "m8", "spare"]
    cat = Catalog()
    names = set()
    while len(names) < 1500:
        parts = [rng.choice(mods), rng.choice(kinds)]
        if rng.random() < 0.5:
            parts.insert(0, rng.choice(colours))
        if rng.random() < 0.3:
            parts.append(rng.choice(["small", "large", "18v", "10 pack"]))
        names.add(" ".join(parts))
    for i, name in enumerate(sorted(names), 1):
        cat.add_product(i, name)
    queries = [rng.choice(sorted(names)) for _ in range(50)] + kinds + [
        f"{rng.choice(colours)} {rng.choice(kinds)}" for _ in range(50)] + ["red letter", "circle saw"]
    # THEN the fast path gives the brute-force outcome, product and score for every query
    for q in queries:
        fast, slow = cat.resolve_product(q), cat.products.resolve_brute_force(q)
        assert (fast.outcome, fast.id, fast.score) == (slow.outcome, slow.id, slow.score), q


@pytest.mark.parametrize("said, meant", [
    ("Jim's drill bit set", "drill bit set"),
    ("the front office's label printer", "label printer"),
    ("dented bucket", "bucket"),
    ("expired buttermilk", "buttermilk"),
    ("space htr", "space heater"),
    ("cat six", "cat6 cable"),
])
def test_owners_conditions_and_shorthand_do_not_make_a_new_product(catalog, said, meant):
    assert catalog.resolve_product(said).name == meant


def test_whole_milk_is_not_milk(catalog):
    assert catalog.resolve_product("whole milk").outcome == "new"


# -- vocabulary (products/vocabulary.py): wordings that name the same product ----------------

@pytest.mark.parametrize("said, meant", [
    ("bin bags", "trash bags"),               # UK/US variant
    ("garbage bags", "trash bags"),
    ("box cutter", "utility knife"),          # trade name for the same tool
    ("stanley knife", "utility knife"),
    ("post its", "sticky notes"),
    ("washing up liquid", "dish soap"),
    ("printer paper", "copy paper"),
    ("sheet rock screws", "drywall screws"),  # a material said by another name, in a longer name
    ("plasterboard screws", "drywall screws"),
    ("network switch", "ethernet switch"),
    ("hdmi leads", "hdmi cable"),             # "lead" for a cable, as the head noun only
    ("docking station", "laptop dock"),
    ("walkie", "walkie talkie"),              # a short form names the full name
    ("laser", "laser level"),
    ("fire ext", "fire extinguisher"),        # "ext" read as "extension" first
    ("gfi outlets", "gfci outlet"),
    ("tarpaulin", "tarp"),
    ("cable ties", "zip ties"),
    ("mitre saw", "miter saw"),
    ("shop vacuum", "shop vac"),
])
def test_synonyms_and_regional_variants_match(catalog, said, meant):
    res = catalog.resolve_product(said)
    assert (res.outcome, res.name) == ("matched", meant)
    assert res.score < 100.0  # an exact catalog name would still win


@pytest.mark.parametrize("said, meant, catalog_names", [
    ("tool trolley", "tool cart", ["tool cart", "tool box"]),        # head noun, UK/US
    ("recycling can", "recycling bin", ["recycling bin", "parts bin"]),
    ("kitchen cupboard", "kitchen cabinet", ["kitchen cabinet", "filing cabinet"]),
    ("spare phillips screwdriver", "cross head screwdriver", ["cross head screwdriver",
                                                               "flat head screwdriver"]),
    ("smoke alarms", "smoke detector", ["smoke detector", "carbon monoxide detector"]),
    ("tie downs", "ratchet straps", ["ratchet straps", "bungee cords"]),
])
def test_synonyms_find_the_catalogs_wording(said, meant, catalog_names):
    cat = Catalog()
    for i, name in enumerate(catalog_names, 1):
        cat.add_product(i, name)
    assert cat.resolve_product(said).name == meant


@pytest.mark.parametrize("said, catalog_names", [
    ("bin", ["trash can"]),               # a lone "bin" may be a parts bin: head synonyms need a
    ("lead", ["hdmi cable"]),             # name of two words or more
    ("flat head screwdriver", ["cross head screwdriver"]),
    ("carbon monoxide detector", ["smoke detector"]),
    ("bungee cords", ["ratchet straps"]),
])
def test_synonyms_keep_neighbouring_products_apart(said, catalog_names):
    cat = Catalog()
    for i, name in enumerate(catalog_names, 1):
        cat.add_product(i, name)
    assert cat.resolve_product(said).outcome == "new"


def test_the_catalogs_own_wording_beats_a_synonym():
    cat = Catalog()
    cat.add_product(1, "trash bags")
    cat.add_product(2, "bin bags")
    assert cat.resolve_product("bin bags").id == 2
    assert cat.resolve_product("garbage bags").outcome == "ambiguous"


@pytest.mark.parametrize("said", [
    "drywall",         # a synonym is not stretched by spelling too ("wallboard" ~ "wheelbarrow")
    "masking tape",    # related products stay apart: not painters tape
    "bin liners",
    "weed whacker",    # a string trimmer is not a hedge trimmer
    "vacuum",          # not a shop vac
    "lead weights",    # "lead" is a cable only as the head noun
    "flashlight",      # "torch" names a flashlight, not the other way round
    "regular coffee",  # "regular" names the plain product, never a longer name
])
def test_vocabulary_does_not_merge_different_products(catalog, said):
    assert catalog.resolve_product(said).outcome == "new"


def test_a_torch_is_a_flashlight_but_a_flashlight_is_no_blow_torch():
    cat = Catalog()
    cat.add_product(1, "flashlight")
    assert cat.resolve_product("torch").id == 1
    cat = Catalog()
    cat.add_product(1, "blow torch")
    assert cat.resolve_product("flashlight").outcome == "new"


def test_a_family_name_asks_which_kind():
    cat = Catalog()
    for i, name in enumerate(["milk", "oat milk", "almond milk", "buttermilk"], 1):
        cat.add_product(i, name)
    res = cat.resolve_product("plant milk")
    assert res.outcome == "ambiguous"
    assert {c.name for c in res.candidates} == {"oat milk", "almond milk"}


@pytest.mark.parametrize("said, meant", [
    ("regular milk", "milk"),
    ("plain flour", "flour"),
])
def test_a_word_for_the_ordinary_one_names_the_plain_product(catalog, said, meant):
    assert catalog.resolve_product(said).name == meant


@pytest.mark.parametrize("said, meant", [
    ("nitrile gloves l", "nitrile gloves large"),  # a size said as a letter
    ("nitrile gloves S", "nitrile gloves small"),
    ("2x4s", "2x4 studs"),                         # the plural of a code
    ("20amp breakers", "20 amp breaker"),          # a measure written against its number
    ("u s b c chargers", "usb-c charger"),         # a spelled-out code the catalog splits
])
def test_written_forms_of_sizes_codes_and_measures_match(catalog, said, meant):
    assert catalog.resolve_product(said).name == meant


@pytest.mark.parametrize("said", [
    "nitrile gloves m", "15amp breakers", "m10s", "l brackets",
])
def test_written_forms_keep_different_sizes_and_specs_apart(catalog, said):
    assert catalog.resolve_product(said).outcome == "new"


def test_the_index_agrees_with_scoring_every_name_for_rewritten_wordings(catalog):
    for said in ["bin bags", "sheet rock screws", "hdmi leads", "plant milk", "walkie", "box cutter",
                 "spanner", "regular milk", "nitrile gloves l", "2x4s", "toner cartridges",
                 "shop vacuum", "docking station", "fire ext", "cable ties", "heat gum",
                 "shop back", "eye pad", "all of oil", "t bags", "spare chains", "goat milk"]:
        fast, slow = catalog.resolve_product(said), catalog.products.resolve_brute_force(said)
        assert (fast.outcome, fast.id, fast.score) == (slow.outcome, slow.id, slow.score), said


@pytest.mark.parametrize("said", [
    "tripod",     # sounds like "tarp" (TRPT/TRP) but has a syllable more
    "butter",     # neither "battery" nor "buttermilk"
    "lab coats",  # "labcoat" LBKT starts with another sound than "bucket" BKT
    "tow rope",   # "towrope" read as one word: a syllable more than "tarp"
])
def test_a_sound_alike_needs_more_than_a_similar_consonant_skeleton(catalog, said):
    assert catalog.resolve_product(said).outcome == "new"


def test_a_homophone_of_one_word_still_matches(catalog):
    assert catalog.resolve_product("flower").name == "flour"


@pytest.mark.parametrize("said, meant", [
    ("heat gum", "heat gun"),          # same consonants by sound class (m/n)
    ("shop back", "shop vac"),         # b/v at the start, ck/c
    ("talk wrench", "torque wrench"),  # l/r
    ("corking gun", "caulking gun"),
    ("zip tides", "zip ties"),         # a short word one consonant off
    ("oak milk", "oat milk"),
    ("first aid kid", "first aid kit"),
    ("all of oil", "olive oil"),       # two said words for one catalog word
    ("eye pad", "ipad"),
    ("t bags", "tea bags"),            # a letter for the word that sounds like it
])
def test_misheard_words_are_found_by_their_consonants(catalog, said, meant):
    res = catalog.resolve_product(said)
    assert (res.outcome, res.name) == ("matched", meant)
    assert res.score <= 100.0 - 12.0  # found last, at a cost


@pytest.mark.parametrize("said", [
    "goat milk",         # another first sound
    "soy milk", "whole milk",
    "tile saw",          # not a mishearing of anything the catalog has
    "club hammer",       # "club" is not "claw": other consonants
    "impact wrench",
    "spare chains",      # "spare" confirms nothing; "chain" is not "chair"
    "old clicker",       # "cl" is not "ch" ("charger")
    "metal saw",         # l is not r: not a "miter saw"
    "spike heater",      # the c of "space" is an s
    "cup paper", "rod ladder", "hot gun",  # short words with other vowels: not copy/red/heat
    "foam boxes",        # "fan box" would be the other way round from "box fan"
    "15 amp breakers", "cat5e cable", "cr2032 battery", "medium nitrile gloves",
])
def test_near_misses_stay_new(catalog, said):
    assert catalog.resolve_product(said).outcome == "new"


def test_a_word_the_catalog_has_is_never_taken_for_a_mishearing():
    cat = Catalog()
    cat.add_product(1, "oat milk")
    cat.add_product(2, "oak flooring")
    assert cat.resolve_product("oak milk").outcome == "new"


def test_each_vocabulary_wording_belongs_to_one_group():
    # a wording in two groups would chain them: two different products made one
    from products import vocabulary
    from products.naming import tokens

    seen: dict[tuple[str, ...], int] = {}
    groups = vocabulary.EQUIVALENT_PHRASES + vocabulary.EQUIVALENT_WORDS + vocabulary.EQUIVALENT_HEADS
    for n, group in enumerate(groups):
        for phrase in group:
            key = tokens(phrase)
            assert seen.setdefault(key, n) == n, phrase
    assert len(vocabulary.EQUIVALENT_PHRASES) >= 100  # broad general vocabulary, not a few pairs


@pytest.mark.parametrize("said, meant, catalog_names", [
    ("till roll", "thermal receipt paper", ["thermal receipt paper", "copy paper"]),  # UK/US
    ("card machine", "card reader", ["card reader", "cash drawer"]),
    ("smoke machine", "fog machine", ["fog machine", "fog fluid"]),                  # trade names
    ("fog juice", "fog fluid", ["fog machine", "fog fluid"]),
    ("lav mics", "wireless lapel mic", ["wireless lapel mic", "handheld mic"]),
    ("kleenex", "facial tissue", ["facial tissue", "toilet paper"]),                # brand for thing
    ("tp", "toilet paper", ["facial tissue", "toilet paper"]),
    ("pillow slips", "pillowcase", ["pillowcase", "standard pillow"]),
    ("skipping ropes", "jump rope", ["jump rope", "gym mat"]),
    ("hoover", "dyson upright vacuum", ["dyson upright vacuum", "mop bucket"]),
    ("black expo markers", "black whiteboard marker", ["black whiteboard marker", "crayola markers"]),
    ("tux jackets", "tuxedo jacket", ["tuxedo jacket", "top hat"]),
    ("victorian gown", "victorian dress", ["victorian dress", "top hat"]),
    ("impact", "dewalt 20v impact driver", ["dewalt 20v impact driver", "dewalt 20v drill"]),
    ("adjustable", "adjustable wrench", ["adjustable wrench", "pipe wrench"]),
    ("light bulbs", "led bulb 60w", ["led bulb 60w", "fluorescent tube 4ft"]),
    ("front brake pads for the transit", "front brake pads transit",
     ["front brake pads transit", "rear brake pads transit"]),          # what it is for, after
    ("glasses for red wine", "red wine glass", ["red wine glass", "white wine glass"]),  # before
    ("anti freeze", "coolant 5l", ["coolant 5l", "screenwash"]),       # a vocabulary word as two
    ("olive oyl tin", "20l olive oil tin", ["20l olive oil tin", "1l olive oil bottle"]),
    ("zip ties", "nylon cable ties", ["nylon cable ties", "velcro cable ties"]),
    ("rattle gun", "impact wrench", ["impact wrench", "torque wrench"]),
    ("dell dock", "dell wd19 docking station", ["dell wd19 docking station", "dock plate"]),
    ("jameson", "jameson whiskey 700ml", ["jameson whiskey 700ml", "bombay sapphire gin"]),
])
def test_general_trade_and_household_wordings_match(said, meant, catalog_names):
    # GIVEN a catalog written in another wording than the person's
    cat = _catalog_of(catalog_names)
    # WHEN the person says the everyday, regional or trade word, or what it is for
    res = _resolved(cat, said)
    # THEN the catalog's wording is found
    assert (res.outcome, res.name) == ("matched", meant)


@pytest.mark.parametrize("said, catalog_names", [
    ("haze machine", ["fog machine", "fog fluid"]),   # another effect unit
    ("mud flaps", ["joint compound"]),                # "mud" alone is joint compound, not a word of it
    ("impact sockets", ["impact driver"]),            # the short form is the whole name only
    ("dressing table", ["bathrobe"]),
])
def test_new_vocabulary_keeps_neighbouring_products_apart(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome == "new"


def test_a_short_form_for_two_kinds_asks_which():
    cat = _catalog_of(["impact driver", "impact wrench", "drill"])
    res = cat.resolve_product("the impact")
    assert res.outcome == "ambiguous"
    assert {c.name for c in res.candidates} == {"impact driver", "impact wrench"}


@pytest.mark.parametrize("said, meant, catalog_names", [
    ("four foot fluorescent tubes", "fluorescent tube 4ft", ["fluorescent tube 4ft", "led bulb 60w"]),
    ("6 foot ladder", "step ladder 6ft", ["step ladder 6ft", "extension ladder 24ft"]),
    ("6' step ladder", "step ladder 6ft", ["step ladder 6ft", "extension ladder 24ft"]),
    ("1/2 inch pvc pipe", '1/2" pvc pipe', ['1/2" pvc pipe', '3/4" pvc pipe']),
    ("half inch pvc pipe", '1/2" pvc pipe', ['1/2" pvc pipe', '3/4" pvc pipe']),
    ("3/4 pvc pipe", "3/4 inch pvc pipe", ["1/2 inch pvc pipe", "3/4 inch pvc pipe"]),
    ("two fifty mil beakers", "250ml beaker", ["250ml beaker", "500ml beaker"]),  # "mil": ml or mm
    ("250 ml beaker", "250ml beaker", ["250ml beaker", "500ml beaker"]),
    ("60 watt led bulbs", "led bulb 60w", ["led bulb 60w", "fluorescent tube 4ft"]),
    ("33 gal trash bags", "33 gallon trash bags", ["13 gallon trash bags", "33 gallon trash bags"]),
    ("five w thirty engine oil", "5w-30 engine oil 5l", ["5w-30 engine oil 5l", "10w-40 engine oil 5l"]),
    ("michelin tire two oh five fifty five r sixteen", "michelin 205/55r16 tyre",
     ["michelin 205/55r16 tyre", "goodyear 225/45r17 tyre"]),          # a code said in parts
    ("nine by eighteen marquee", "9x18m marquee", ["6x12m marquee", "9x18m marquee"]),
    ("cisco ninety two hundred", "cisco 9200 switch", ["cisco 2960 switch", "cisco 9200 switch"]),
    ("two point seven metre racking beam", "racking beam 2.7m", ["racking beam 2.7m",
                                                                  "racking beam 3.6m"]),
    ("five eighths inch drill bit", '5/8" drill bit', ['5/8" drill bit', '3/8" drill bit']),
    ("m eight by forty bolts", "m8x40 bolts", ["m8x40 bolts", "m8x60 bolts"]),
    ("seventy percent isopropyl alcohol", "70% isopropyl alcohol", ["70% isopropyl alcohol"]),
    ("fourteen gauge wire", "14 awg wire", ["14 awg wire", "12 awg wire"]),
    ("one and a half inch pvc pipe", '1-1/2" pvc pipe', ['1-1/2" pvc pipe', '1/2" pvc pipe']),
    ("two terabyte external hard drive", "2tb external hard drive", ["2tb external hard drive"]),
    ("thirty two gig usb flash drive", "32gb usb flash drive", ["32gb usb flash drive"]),
    ("twenty metre festoon lights", "festoon lights 20m", ["festoon lights 20m"]),
    ("18v drill battery", "18v 5ah drill battery", ["18v 5ah drill battery"]),  # specs stay apart
    ("zebra zed tee four ten printer", "zebra zt410 label printer",
     ["zebra zt410 label printer", "zebra ds2208 barcode scanner"]),  # letters said by name
    ("em eight bolts", "m8 hex bolts", ["m8 hex bolts", "m10 hex bolts"]),
    ("yubi key", "yubikey 5 nfc", ["yubikey 5 nfc", "jabra evolve2 headset"]),  # nfc: no noun
])
def test_a_measure_matches_however_it_is_written(said, meant, catalog_names):
    # GIVEN a catalog that writes sizes its own way (4ft, 1/2", 250ml, 60w)
    cat = _catalog_of(catalog_names)
    # WHEN the person says the size in words, digits or marks
    res = cat.resolve_product(said)
    # THEN the product of that size is found
    assert (res.outcome, res.name) == ("matched", meant)


@pytest.mark.parametrize("said, catalog_names", [
    ("100 watt led bulbs", ["led bulb 60w"]),
    ("8 foot ladder", ["step ladder 6ft"]),
    ("1 inch pvc pipe", ['1/2" pvc pipe', '3/4" pvc pipe']),
    ("two fifty mil beakers", ["500ml beaker"]),
    ("12 mil drill bit", ["10mm drill bit"]),
    ("michelin 215/60r16 tyre", ["michelin 205/55r16 tyre"]),
    ("10 m festoon lights", ["festoon lights 20m"]),
    ("10w-30 engine oil", ["5w-30 engine oil 5l"]),
])
def test_a_measure_of_another_size_stays_new(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome == "new"


@pytest.mark.parametrize("said, meant, catalog_names", [
    ("robes", "bathrobe", ["bathrobe", "bath towel"]),           # the tail of a compound word
    ("watch cloths", "washcloth", ["washcloth", "bath towel"]),  # ...after a misheard whole word
    ("deadbolts", "deadbolt lock", ["deadbolt lock", "door closer"]),  # a class head left out
    ("4x8 plywood", "4x8 plywood sheet", ["4x8 plywood sheet", "drywall sheet 4x8"]),
    ("sheetrock", "drywall sheet 4x8", ["4x8 plywood sheet", "drywall sheet 4x8"]),
    ("par cans", "par can light", ["par can light", "led fresnel"]),
    ("makita", "makita circular saw", ["makita circular saw", "dewalt 20v drill"]),  # a brand
    ("hp 26a", "hp 26a toner", ["hp 26a toner", "hp 58a toner"]),  # a brand and model code
    ("ti 84s", "ti-84 calculator", ["ti-84 calculator", "stopwatch"]),
])
def test_a_name_without_the_catalogs_head_noun_matches_when_it_says_which(said, meant,
                                                                            catalog_names):
    # GIVEN a catalog whose name adds a class noun, a compound or a model's noun
    cat = _catalog_of(catalog_names)
    # WHEN the person names it by the word that tells it apart
    res = cat.resolve_product(said)
    # THEN that product is found
    assert (res.outcome, res.name) == ("matched", meant)


@pytest.mark.parametrize("said, expected, catalog_names", [
    ("balls", {"basketball", "volleyball", "soccer ball"}, ["basketball", "volleyball", "soccer ball"]),
    ("dewalt", {"dewalt 20v impact driver", "dewalt 20v drill"},
     ["dewalt 20v impact driver", "dewalt 20v drill", "makita circular saw"]),
    ("lights", {"par can light", "flashlight"}, ["par can light", "flashlight", "extension cord"]),
])
def test_a_compound_tail_or_brand_shared_by_several_names_asks(said, expected, catalog_names):
    res = _catalog_of(catalog_names).resolve_product(said)
    assert res.outcome == "ambiguous"
    assert {c.name for c in res.candidates} == expected


@pytest.mark.parametrize("said, catalog_names", [
    ("hammer", ["hammer drill"]),              # the head noun still has to be said...
    ("paint", ["paint roller", "paint tray"]),
    ("desk", ["desk lamp"]),                   # ...unless it is a class noun
    ("door", ["door closer"]),
    ("cans", ["par can light"]),               # a container word is never the thing
    ("robe hooks", ["bathrobe"]),
    ("boards", ["keyboard"]),                  # a compound's front of 3 letters is no word left out
    ("corn", ["popcorn"]),
    ("hp 85a", ["hp 26a toner"]),              # a model code still has to agree
    ("iphone 15", ["iphone 14 case"]),         # "iphone" is no brand: the noun was said
])
def test_head_noun_rules_keep_other_products_new(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome == "new"


@pytest.mark.parametrize("said, catalog_names", [
    ("torch", ["trash bags"]),               # one word alike in consonants, another vowel
    ("hand saw", ["chainsaw"]),              # two words read as one must start with its sound
    ("sanding discs", ["standing desk"]),    # no word exact, one alike only in consonants
])
def test_known_sound_alike_false_merges_stay_new(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("see sco twenty nine sixty switch", "cisco 2960 switch"),  # "see sco": the sound of cisco
    ("walky talkies", "walkie talkie"),                          # both words only near
    ("flower", "flour"),
])
def test_sound_alikes_that_keep_their_vowels_still_match(said, meant):
    cat = _catalog_of(["cisco 2960 switch", "walkie talkie", "flour", "trash bags"])
    assert _resolved(cat, said).name == meant


def test_the_index_agrees_with_scoring_every_name_for_the_head_noun_rules():
    cat = _catalog_of(["bathrobe", "washcloth", "deadbolt lock", "4x8 plywood sheet", "basketball",
                       "soccer ball", "dewalt 20v drill", "hp 26a toner", "par can light",
                       "flashlight", "drywall sheet 4x8", "ti-84 calculator"])
    for said in ["robes", "watch cloths", "deadbolts", "plywood", "balls", "dewalt", "hp 26a",
                 "par cans", "lights", "sheetrock", "ti 84", "bath robe", "ball"]:
        fast, slow = cat.resolve_product(said), cat.products.resolve_brute_force(said)
        assert (fast.outcome, fast.id, fast.score) == (slow.outcome, slow.id, slow.score), said


@pytest.mark.parametrize("said, meant, catalog_names", [
    ("candles vanilla", "vanilla candle", ["vanilla candle", "lavender candle"]),  # list style
    ("big bin bags", "33 gallon trash bags", ["13 gallon trash bags", "33 gallon trash bags"]),
    ("small beakers", "250ml beaker", ["250ml beaker", "500ml beaker", "test tubes"]),
    ("king duvay", "king size duvet", ["king size duvet", "queen size duvet"]),  # "et" said "ay"
])
def test_list_order_word_sizes_and_loanwords_match(said, meant, catalog_names):
    # GIVEN products told apart by their own words or by a measure only
    cat = _catalog_of(catalog_names)
    # WHEN the person says the name head first, a size in words, or a word as it sounds
    res = _resolved(cat, said)
    # THEN the product meant is found
    assert (res.outcome, res.name) == ("matched", meant)


@pytest.mark.parametrize("said, catalog_names", [
    ("spray paint", ["paint sprayer"]),                # reordered words are found as they are
    ("water bottles", ["bottled water"]),
    ("big ladder", ["step ladder 6ft", "extension ladder 24ft"]),  # not one product in two sizes
    ("large bin bags", ["33 gallon trash bags", "black trash bags"]),
])
def test_list_order_and_word_sizes_keep_other_products_apart(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome != "matched"


@pytest.mark.parametrize("said, expected, catalog_names", [
    ("hat", {"top hat", "fedora"}, ["top hat", "fedora", "wig head"]),
    ("lights", {"par can light", "led fresnel", "follow spot"},
     ["par can light", "led fresnel", "follow spot", "led bulb 60w"]),
    ("wine", {"house merlot", "prosecco"}, ["house merlot", "prosecco", "lager"]),
    ("laptop", {"dell latitude 5440 laptop", "lenovo thinkpad t14"},
     ["dell latitude 5440 laptop", "lenovo thinkpad t14", "dell p2422h monitor"]),
])
def test_a_family_head_noun_asks_among_its_kinds(said, expected, catalog_names):
    # GIVEN a catalog naming products by their kind ("fedora") beside the family noun ("top hat")
    cat = _catalog_of(catalog_names)
    # WHEN the person says the family noun
    res = _resolved(cat, said)
    # THEN we ask among the kinds
    assert res.outcome == "ambiguous" and {c.name for c in res.candidates} == expected


def test_a_family_noun_after_its_kind_says_nothing_more():
    cat = _catalog_of(["led fresnel", "follow spot", "desk"])
    assert _resolved(cat, "frenel lights").name == "led fresnel"
    assert _resolved(cat, "spot lights").name == "follow spot"
    assert _resolved(cat, "desk lights").outcome == "new"


def test_a_family_head_noun_names_its_only_kind_and_an_exact_name_beats_it():
    assert _catalog_of(["fedora", "wig head"]).resolve_product("hat").name == "fedora"
    assert _catalog_of(["fedora", "hat"]).resolve_product("hat").name == "hat"
    assert _catalog_of(["fedora"]).resolve_product("hat stand").outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("jump leads", "jumper cables"), ("windscreen washer fluid", "windshield washer fluid"),
    ("baking paper", "parchment paper"), ("chopping boards", "cutting board"),
    ("tyre gauge", "tire gauge"), ("coloured pencils", "colored pencils"),
    ("mic stand", "microphone stand"), ("pallet wrap", "stretch wrap"),
    ("secateurs", "pruning shears"), ("q tips", "cotton swabs"),
])
def test_broad_vocabulary_across_trades(said, meant):
    cat = _catalog_of([meant, "duct tape", "first aid kit"])
    assert cat.resolve_product(said).name == meant


@pytest.mark.parametrize("said, catalog_names", [
    ("rams", ["ram stick"]),              # a farm's ram is no memory
    ("bin liners", ["trash bags"]),
    ("laundry basket", ["laundry detergent"]),
])
def test_broad_vocabulary_keeps_other_products_new(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome == "new"


@pytest.mark.parametrize("said, catalog_names", [
    ("cable ties", ["nylon cable ties", "velcro cable ties"]),   # either: ask
    ("filters for the transit", ["transit oil filter", "transit air filter"]),
])
def test_a_generic_wording_still_asks(said, catalog_names):
    assert _resolved(_catalog_of(catalog_names), said).outcome == "ambiguous"


@pytest.mark.parametrize("said, meant", [
    ("bombay sapphire", "bombay sapphire gin"),  # a brand or line, its noun left out
    ("coca cola", "coca-cola 330ml can"),
    ("coke", "coca-cola 330ml can"),             # ...in another wording
    ("front brake pads", "front brake pads transit"),
])
def test_the_leading_words_of_one_name_name_it_when_the_catalog_has_no_such_noun(said, meant):
    # GIVEN a catalog whose names start with a brand or line and end in their own noun
    cat = _catalog_of(["bombay sapphire gin", "coca-cola 330ml can", "front brake pads transit",
                       "rear brake pads transit", "hand towel", "bath towel rail"])
    # WHEN the person says only the leading words
    res = _resolved(cat, said)
    # THEN the one name they start is found
    assert (res.outcome, res.name) == ("matched", meant)
    # ...but not when the catalog uses the said noun for something else
    assert _resolved(cat, "bath towel").outcome == "new"


@pytest.mark.parametrize("said, catalog_names", [
    ("cover for the bbq", ["bbq"]),
    ("fuel filter for the transit", ["transit oil filter", "transit air filter"]),
    ("grey goose", ["jameson whiskey 700ml", "bombay sapphire gin"]),
])
def test_purpose_phrases_and_brands_keep_other_products_new(said, catalog_names):
    assert _catalog_of(catalog_names).resolve_product(said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("cascade", "cascade hops"),                    # a variety beside its siblings
    ("crystal 40l", "crystal malt 40L"),            # a code confirms the one name
    ("4x4 gauze", "gauze pads 4x4"),
    ("quikrete 80lb", "quikrete concrete mix 80lb"),
    ("gauze", "AMBIGUOUS"),                         # one kind in two sizes: ask
    ("pla", "AMBIGUOUS"),                           # ...or two colours
])
def test_a_name_without_its_head_noun_names_one_kind(said, meant):
    # GIVEN a catalog whose names put a variety, material or brand before their own noun
    cat = _catalog_of(["cascade hops", "citra hops", "crystal malt 40L", "crystal malt 60L",
                       "gauze pads 4x4", "gauze pads 2x2", "quikrete concrete mix 80lb",
                       "pla filament black", "pla filament white", "zinc anodes", "door closer",
                       "paint roller", "paint tray", "drill bit set", "staple gun"])
    # WHEN the person leaves the noun out
    res = _resolved(cat, said)
    # THEN the word that says which finds it, or asks between its sizes and colours
    assert (res.name if res.outcome == "matched" else res.outcome.upper()) == meant


@pytest.mark.parametrize("said", [
    "door",      # a thing of its own, and nothing confirms the one name it starts
    "zinc",
    "paint",     # names of different kinds ("paint roller", "paint tray"): paint itself
    "drill",     # the vocabulary knows a drill as a thing
    "stapler",   # said unlike the catalog's word: no "staple gun"
])
def test_a_thing_of_its_own_stays_new_without_the_head_noun(said):
    cat = _catalog_of(["cascade hops", "citra hops", "zinc anodes", "door closer", "paint roller",
                       "paint tray", "drill bit set", "staple gun"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("my lar jackets", "mylar book jackets"),   # a word heard as a pronoun and a word
    ("man a kin", "mannequin"),                 # ...around an article
    ("ham her", "claw hammer"),
    ("in a tubes 29 inch", "inner tube 29 inch"),  # a final "er" said "a"
])
def test_a_word_heard_as_small_words_keeps_them(said, meant):
    # GIVEN a catalog with words a recogniser splits around "a", "my", "her"
    cat = _catalog_of(["mylar book jackets", "mannequin", "claw hammer", "inner tube 29 inch",
                       "inner tube 26 inch", "tube cutter"])
    # WHEN the words come back split, a determiner among them
    # THEN the catalog word they make is found
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["the ham", "her slicer tube", "a kin", "ham her"])
def test_small_words_that_make_no_catalog_word_stay_what_they_are(said):
    # "ham her" too: with a "ham slicer", "ham" is the catalog's own word, never misheard
    cat = _catalog_of(["mylar book jackets", "mannequin", "claw hammer", "inner tube 29 inch",
                       "ham slicer"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, outcome", [
    ("xl nitrile gloves", "new"),            # extra large is a size of its own
    ("extra large nitrile gloves", "new"),
    ("nitrile gloves xl", "new"),
    ("extra nitrile gloves large", "matched"),  # spare ones, of the catalog's size
    ("large nitrile gloves", "matched"),
])
def test_extra_before_a_size_is_part_of_the_size(said, outcome):
    cat = _catalog_of(["nitrile gloves small", "nitrile gloves large"])
    assert _resolved(cat, said).outcome == outcome


@pytest.mark.parametrize("said, meant", [
    ("pee bee double you", "pbw cleaner"),   # a code said in the names of its letters
    ("see oh two tanks", "co2 tank 20lb"),
    ("us oh five", "us-05 yeast"),           # "oh" alone before a number is a zero
])
def test_letters_said_by_everyday_names_read_as_the_code(said, meant):
    cat = _catalog_of(["pbw cleaner", "co2 tank 20lb", "us-05 yeast", "tea towel", "propane tank"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["see through tape", "tea lights", "you know the tank thing",
                                  "pee cups"])
def test_everyday_words_stay_words_when_no_letters_run(said):
    cat = _catalog_of(["pbw cleaner", "co2 tank 20lb", "us-05 yeast", "tea towel", "packing tape"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("adult blood pressure cuff", "blood pressure cuff adult"),  # catalogs list who it is for last
    ("black bar tape", "bar tape black"),                        # ...and the colour
    ("bar tape", "AMBIGUOUS"),
    ("blood pressure cuff", "AMBIGUOUS"),
])
def test_a_colour_or_audience_after_the_noun_is_no_head_noun(said, meant):
    cat = _catalog_of(["blood pressure cuff adult", "blood pressure cuff pediatric",
                       "bar tape black", "bar tape white", "duct tape"])
    res = _resolved(cat, said)
    assert (res.name if res.outcome == "matched" else res.outcome.upper()) == meant


@pytest.mark.parametrize("said", ["adult", "child"])
def test_a_lone_audience_says_no_product(said):
    cat = _catalog_of(["life jacket adult", "life jacket child", "bar tape white", "bar tape black"])
    assert _resolved(cat, said).outcome == "new"
    # a colour alone is the one product in it beside the same in another (round 23: the
    # authors of devset11 to devset29 say "the white" of the thing they just named)
    assert _resolved(cat, "white").name == "bar tape white"


@pytest.mark.parametrize("said, catalog_names", [
    ("desk", ["desk light", "chair"]),     # a desk light is for a desk: no desk
    ("bike", ["bike lock", "helmet"]),     # ...a bike lock for a bike
    ("books", ["chromebook", "mouse"]),    # a chromebook is a laptop, no book
])
def test_a_thing_of_its_own_is_no_lock_light_or_compound_named_after_it(said, catalog_names):
    assert _resolved(_catalog_of(catalog_names), said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("deadbolt", "deadbolt lock"),         # a deadbolt is a lock
    ("osb", "osb sheet 7/16"),             # a sheet is of its material, a thing or not
    ("par cans", "par can light"),
    ("desk lights", "desk light"),
    ("chrome books", "chromebook"),
    ("robes", "bathrobe"),                 # a bathrobe is a robe
])
def test_kinds_and_materials_still_name_their_lock_light_sheet_or_compound(said, meant):
    cat = _catalog_of(["deadbolt lock", "osb sheet 7/16", "par can light", "desk light",
                       "chromebook", "bathrobe"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said, meant", [
    ("twenty vol developer", "developer 20 volume"),  # a strength after its number
    ("4 person tent", "patrol tent 4 man"),           # a count of people
    ("tent", "patrol tent 4 man"),
])
def test_counts_and_strengths_after_a_number_are_measures(said, meant):
    cat = _catalog_of(["developer 20 volume", "developer 30 volume", "patrol tent 4 man"])
    assert _resolved(cat, said).name == meant
    assert _resolved(cat, "40 vol developer").outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("half barrels", "keg 1/2 barrel"),         # a fraction said as a word
    ("kids life jackets", "life jacket child"),  # who it is for, in other words
    ("track pump", "floor pump"),               # UK and US names of one thing
    ("puncture repair kits", "patch kit"),
])
def test_fractions_audiences_and_trade_names_in_other_words(said, meant):
    cat = _catalog_of(["keg 1/2 barrel", "keg 1/6 barrel", "life jacket child", "life jacket adult",
                       "floor pump", "patch kit"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["quarter barrels", "half", "kids bike pump"])
def test_fractions_and_audiences_in_other_words_still_tell_apart(said):
    cat = _catalog_of(["keg 1/2 barrel", "keg 1/6 barrel", "life jacket child", "floor pump"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, outcome", [
    ("laser ply 3mm", "plywood 3mm laser"),   # the catalog lists the kind last, said in a short form
    ("spray paint", "NEW"),                   # ...every word still found as it is
])
def test_a_name_in_another_order_and_another_wording(said, outcome):
    cat = _catalog_of(["plywood 3mm laser", "plywood 3/4 inch", "paint sprayer"])
    res = _resolved(cat, said)
    assert (res.name if res.outcome == "matched" else res.outcome.upper()) == outcome


@pytest.mark.parametrize("said, meant", [
    ("shore sm fifty eight", "shure sm58"),   # letters without a vowel before a number: a code
    ("sm fifty seven", "shure sm57"),
    ("sharps bins", "sharps bin 5 litre"),    # "bin 5 litre" is a bin of 5l, no "bin5"
    ("5 litre sharps bin", "sharps bin 5 litre"),
])
def test_codes_said_in_parts_and_sizes_after_a_short_word(said, meant):
    cat = _catalog_of(["shure sm58", "shure sm57", "sharps bin 5 litre", "cat 6 cable"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["small 58", "sharps bin 11 litre", "cat 5 cable"])
def test_codes_and_sizes_said_in_parts_still_tell_apart(said):
    cat = _catalog_of(["shure sm58", "sharps bin 5 litre", "cat 6 cable"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("thermometer pro covers", "thermometer probe covers"),  # a final consonant not heard
    ("bill pump", "bilge pump"),
])
def test_a_word_heard_without_its_last_consonant(said, meant):
    cat = _catalog_of(["thermometer probe covers", "bilge pump", "floor pump"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["bill", "bill hook", "pro"])
def test_a_word_heard_without_its_last_consonant_needs_another_word_found(said):
    cat = _catalog_of(["thermometer probe covers", "bilge pump"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, outcome", [
    ("felco too secateurs", "felco 2 secateurs"),  # a number written as its sound-alike
    ("felco to secateurs", "felco 2 secateurs"),
    ("felco ate secateurs", "NEW"),                # ...still the catalog's number or none
    ("too secateurs", "NEW"),
])
def test_a_number_heard_as_a_word_that_sounds_like_it(said, outcome):
    cat = _catalog_of(["felco 2 secateurs", "felco 6 secateurs"])
    res = _resolved(cat, said)
    assert (res.name if res.outcome == "matched" else res.outcome.upper()) == outcome


def test_a_plural_as_said_may_be_a_misheard_word_ending_in_its_sound():
    cat = _catalog_of(["horticultural fleece", "horticultural grit", "chainsaw", "peace lily"])
    assert _resolved(cat, "horticultural fleas").name == "horticultural fleece"
    assert _resolved(cat, "spare chains").outcome == "new"      # no s heard at its end
    assert _resolved(cat, "horticultural flea").outcome == "new"  # no s said


@pytest.mark.parametrize("said, meant", [
    ("medium size nitrile gloves", "nitrile gloves medium"),  # "size" beside a size
    ("nitrile gloves size large", "nitrile gloves large"),
    ("nitrile gloves in large", "nitrile gloves large"),      # "in" before a size or colour
    ("bar tape in white", "bar tape white"),
    ("hundred foot extension cord", "extension cord 100ft"),  # "a hundred", its "a" dropped
])
def test_words_that_introduce_a_size_or_colour(said, meant):
    cat = _catalog_of(["nitrile gloves medium", "nitrile gloves large", "bar tape white",
                       "bar tape black", "extension cord 100ft", "extension cord 50ft"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["size", "gloves in", "nitrile gloves size 9", "bar tape in red",
                                  "extension cord in the van"])
def test_words_that_introduce_a_size_still_need_the_catalogs_size(said):
    cat = _catalog_of(["nitrile gloves medium", "nitrile gloves large", "bar tape white",
                       "extension cord 100ft", "extension cord 50ft"])
    assert _resolved(cat, said).outcome in ("new", "ambiguous")


@pytest.mark.parametrize("said, meant", [
    ("glass cleaner", "glass cleaner spray"),             # a spray is of what it sprays
    ("twenty three gauge needles", "hypodermic needle 23g"),  # a needle's gauge written "G"
    ("number forty blade", "clipper blade no 40"),
])
def test_forms_gauges_and_numbers_in_catalog_spellings(said, meant):
    cat = _catalog_of(["glass cleaner spray", "neutral floor cleaner", "hypodermic needle 23g",
                       "hypodermic needle 21g", "clipper blade no 40", "clipper blade no 10"])
    assert _resolved(cat, said).name == meant


@pytest.mark.parametrize("said", ["floor spray", "25 gauge needles", "number 30 blade"])
def test_forms_gauges_and_numbers_still_tell_apart(said):
    cat = _catalog_of(["glass cleaner spray", "neutral floor cleaner", "hypodermic needle 23g",
                       "clipper blade no 40"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said", ["dish", "shelf", "wig"])
def test_a_trade_word_is_no_variety_of_its_siblings(said):
    # GIVEN names where a word the vocabulary knows tells one product from its sibling
    cat = _catalog_of(["dish soap", "hand soap", "shelf labels", "price labels", "wig head",
                       "mop head", "cascade hops", "citra hops"])
    # THEN that word alone is a thing of its own, while a variety name still finds its product
    assert _resolved(cat, said).outcome == "new"
    assert _resolved(cat, "citra").name == "citra hops"


@pytest.mark.parametrize("said, catalog_names", [
    ("chairs", ["wheelchair", "bath towel"]),   # a compound ending in the said word is no kind
    ("broken chair", ["wheelchair"]),           # of it unless the vocabulary lists it as one
    ("phone", ["microphone"]),
    ("tables", ["turntable"]),
    ("case", ["suitcase"]),
    ("room", ["mushroom"]),
    ("paste", ["toothpaste"]),
    ("line", ["clothesline"]),
    ("glass", ["hourglass"]),
    ("wood", ["firewood"]),
])
def test_a_compound_the_vocabulary_does_not_list_is_no_kind_of_its_tail(said, catalog_names):
    # GIVEN a catalog whose only name ending in the said word is a compound of another thing
    cat = _catalog_of(catalog_names)
    # WHEN the person says the plain word
    res = cat.resolve_product(said)
    # THEN it is a new product, not the compound
    assert res.outcome == "new", res


@pytest.mark.parametrize("said, catalog_names", [
    ("beds", ["bed sheet", "bath towel"]),      # the word before a class head is no sort of it
    ("doors", ["door lock"]),                   # unless it is one the vocabulary knows:
    ("bikes", ["bike lock"]),                   # a material for a sheet or panel, a kind of lock
    ("desks", ["desk light"]),                  # or light
    ("walls", ["wall panel"]),
    ("fitted", ["king fitted sheet"]),
])
def test_the_word_before_a_class_head_names_it_only_when_it_sorts_it(said, catalog_names):
    # GIVEN a catalog name that ends in sheet, panel, lock or light after a thing of its own
    cat = _catalog_of(catalog_names)
    # WHEN the person says that thing alone
    res = cat.resolve_product(said)
    # THEN it is a new product
    assert res.outcome == "new", res


@pytest.mark.parametrize("said, expected", [
    ("glass cleaner", "matched"),   # any words before a spray name it when they say a thing
    ("cleaner", "ambiguous"),       # ...a thing of its own alone asks among its products
    ("hair", "new"),                # what a spray is for, said alone, is no spray
    ("wasps", "new"),
])
def test_the_words_before_a_spray_name_it_when_they_say_what_it_sprays(said, expected):
    # GIVEN sprays of a thing and for a thing, beside a plain cleaner
    cat = _catalog_of(["glass cleaner spray", "neutral floor cleaner", "hair spray", "wasp spray"])
    # WHEN the person leaves out "spray"
    res = cat.resolve_product(said)
    # THEN the thing sprayed names it, what it is for does not
    assert res.outcome == expected, res
@pytest.mark.parametrize("said, catalog_name", [
    ("coffee cups", "coffee cup lids"),        # the leading words of a name that goes on with
    ("paint brushes", "paint brush cleaner"),  # a thing of its own are asked about, not taken
    ("toilet rolls", "toilet roll holder"),
    ("first aid kits", "first aid kit refill"),
    ("bin bags", "bin bag dispenser"),
    ("fire extinguishers", "fire extinguisher sign"),
])
def test_leading_words_of_a_name_for_another_thing_ask(said, catalog_name):
    # GIVEN a catalog name that is the said name followed by another noun
    cat = _catalog_of([catalog_name, "hand towel"])
    # WHEN the person says the leading words only
    res = _resolved(cat, said)
    # THEN we ask rather than record against that name
    assert res.outcome == "ambiguous", res
    assert [c.name for c in res.candidates] == [catalog_name]


@pytest.mark.parametrize("said, meant, catalog_names", [
    ("two row", "2-row pale malt", ["2-row pale malt", "crystal malt 60L"]),
    ("schwalbe marathons", "schwalbe marathon tire 700x35",
     ["schwalbe marathon tire 700x35", "continental gatorskin tire 700x25"]),
])
def test_leading_words_name_a_product_the_catalog_sorts_by_such_words(said, meant, catalog_names):
    # GIVEN a catalog with several products of one head noun, told apart by the words before it
    cat = _catalog_of(catalog_names)
    # WHEN the person says one of them by those words only
    res = cat.resolve_product(said)
    # THEN it is that product, and so it is alone of its noun (unlike "coffee cup lids")
    assert res.name == meant, res
    assert _resolved(_catalog_of(catalog_names[:1]), said).name == meant
@pytest.mark.parametrize("said, catalog_names", [
    ("batteries for the charger", ["battery charger"]),   # what a thing is for, said after it,
    ("filters for the coffee machine", ["filter coffee machine"]),  # is no name of which it is
    ("labels for the printer", ["label printer"]),        # the head noun
])
def test_what_a_thing_is_for_does_not_become_its_head_noun(said, catalog_names):
    # GIVEN a catalog name whose head noun is what the said thing is for
    cat = _catalog_of(catalog_names + ["hand towel"])
    # WHEN the person says the thing "for the" that
    res = _resolved(cat, said)
    # THEN it is not that product
    assert res.outcome == "new", res


@pytest.mark.parametrize("said, catalog_names", [
    ("hdmi cable 1.5 m", ["hdmi cable 15m"]),                # a decimal is no whole number
    ("hdmi cable one point five metre", ["hdmi cable 15m"]),
    ("water 1.5l", ["water 15 litre"]),
    ("timber 2.7m", ["timber 27m"]),
])
def test_a_decimal_measure_is_not_the_whole_number_of_its_digits(said, catalog_names):
    # GIVEN a catalog with a measure whose digits are those of the said decimal
    cat = _catalog_of(catalog_names)
    # WHEN the person says the decimal
    res = _resolved(cat, said)
    # THEN it is another size: new
    assert res.outcome == "new", res


@pytest.mark.parametrize("said, meant", [
    ("hdmi cable one point five metre", "hdmi cable 1.5m"),
    ("hdmi cable 1.5 metres", "hdmi cable 1.5m"),
    ("racking beam two point seven metres", "racking beam 2.7m"),
    ("hdmi cable 15 metre", "hdmi cable 15m"),
])
def test_a_decimal_measure_matches_however_it_is_written(said, meant):
    cat = _catalog_of(["hdmi cable 1.5m", "hdmi cable 15m", "racking beam 2.7m", "racking beam 27m"])
    assert (_resolved(cat, said).outcome, _resolved(cat, said).name) == ("matched", meant)


@pytest.mark.parametrize("said, catalog_names, outcome", [
    ("2 inch screws", ["felco 2 secateurs", "hand towel"], "new"),  # inches are no bare number
    ('2" screws', ["felco 2 secateurs", "hand towel"], "new"),
    ("cake boxes 10 inch", ["cake boxes 10", "cake boxes 12"], "new"),
])
def test_inches_are_not_a_bare_number(said, catalog_names, outcome):
    # GIVEN a catalog with a bare number in a name (a model, a size of its own)
    cat = _catalog_of(catalog_names)
    # WHEN the person says a number of inches
    res = _resolved(cat, said)
    # THEN that number does not name it
    assert res.outcome == outcome, res


@pytest.mark.parametrize("said", ["cake boxes 10 inch", '10" cake boxes', "cake boxes 10",
                                  "ten inch cake boxes"])
def test_inches_match_however_they_are_written(said):
    cat = _catalog_of(["cake boxes 10 inch", "cake boxes 12 inch", "3/4 inch pvc elbow"])
    assert (_resolved(cat, said).outcome, _resolved(cat, said).name) == ("matched", "cake boxes 10 inch")
    assert _resolved(cat, "3/4 pvc elbow").name == "3/4 inch pvc elbow"


@pytest.mark.parametrize("said, catalog_names", [
    ("large nitrile gloves", ["nitrile gloves 100", "nitrile gloves 200"]),  # a box count
    ("big drill", ["drill 18v", "drill 12v"]),                                # volts
    ("small heater", ["heater 500w", "heater 2000w"]),                        # watts
])
def test_a_size_in_words_does_not_pick_by_a_number_that_is_no_size(said, catalog_names):
    # GIVEN one product in the catalog in several counts or powers
    cat = _catalog_of(catalog_names)
    # WHEN the person says a size in words
    res = _resolved(cat, said)
    # THEN that size picks none of them
    assert res.outcome != "matched", res


@pytest.mark.parametrize("said, catalog_names", [
    ("instrument", ["champagne flute", "wine glass"]),   # a kind word with another sense
    ("instruments", ["oil drum", "mop bucket"]),
    ("light bulbs", ["h7 headlight bulb", "hand towel"]),  # "bulbs" alone is no light bulb
])
def test_a_family_or_wording_does_not_reach_a_word_of_another_sense(said, catalog_names):
    # GIVEN a catalog whose names end in a word that is a kind or wording only in another sense
    cat = _catalog_of(catalog_names)
    # WHEN the person says the family or the wording
    res = _resolved(cat, said)
    # THEN it is new
    assert res.outcome == "new", res


def test_light_bulbs_are_led_bulbs():
    assert _resolved(_catalog_of(["led bulb 60w", "hand towel"]), "light bulbs").name == "led bulb 60w"


def test_a_size_in_words_does_not_settle_a_name_we_ask_about():
    # GIVEN one catalog name that the said words only start ("coffee cups": we ask)
    cat = _catalog_of(["coffee cup lids 12oz", "hand towel"])
    # WHEN the person adds a size in words
    # THEN that size picks nothing: there is no product in several sizes to pick from
    assert _resolved(cat, "big coffee cups").outcome != "matched"


@pytest.mark.parametrize("said, catalog_names", [
    ("doors", ["door lock", "bike lock", "bed sheet", "desk light", "wall panel"]),
    ("walls", ["wall panel", "solar panel"]),   # a sibling does not make it a variety word
])
def test_a_word_before_a_class_head_does_not_name_it_beside_a_sibling(said, catalog_names):
    # GIVEN a class-head name with a sibling that differs in the word before the head
    cat = _catalog_of(catalog_names)
    # WHEN the person says that word alone
    res = _resolved(cat, said)
    # THEN it is new
    assert res.outcome == "new", res


def test_leading_words_before_a_family_noun_ask():
    # GIVEN a catalog name that adds a family noun ("light") after a thing of its own
    cat = _catalog_of(["tool box light", "hand towel"])
    # WHEN the person says the thing
    # THEN we ask: a family noun may be another thing, unlike a kind ("bombay sapphire gin")
    assert _resolved(cat, "tool box").outcome == "ambiguous"


@pytest.mark.parametrize("said, meant", [
    ("rubber grommets 20mm", "rubber grommets 20mm"),
    ("tinned peaches", "tinned sliced peaches"),
    ("nitrile gloves lge", None),                      # a shortening alone, no other word said
    ("tele ladder", "telescopic ladder"),
    ("mag torch", "magnetic torch"),
    ("sp breaker", "single pole breaker"),             # initials of two catalog words
    ("hd cable", None),                                # ...but not initials of their own (hdmi)
    ("90 hose", "garden hose 90ft"),                   # a number without the catalog's unit
])
def test_shortened_words_name_a_product_beside_a_word_said_exactly(said, meant):
    # GIVEN a catalog with long words
    cat = _catalog_of(["rubber grommets 20mm", "tinned sliced peaches", "nitrile gloves large",
                       "telescopic ladder", "magnetic torch", "heavy duty cable",
                       "garden hose 90ft", "garden hose 50ft", "single pole breaker"])
    # WHEN the person says a word shortened, and another exactly
    res = _resolved(cat, said)
    # THEN the shortening lines up with the long word
    if meant is None:
        assert res.outcome != "matched", res
    else:
        assert (res.outcome, res.name) == ("matched", meant)


@pytest.mark.parametrize("said", ["tele", "mag", "hd", "90", "tinned"])
def test_a_shortening_alone_names_nothing(said):
    cat = _catalog_of(["telescopic ladder", "magnetic torch", "heavy duty cable",
                       "garden hose 90ft"])
    assert _resolved(cat, said).outcome == "new"


@pytest.mark.parametrize("said, catalog_names", [
    ("wood screws", ["wood screwdriver"]),      # a word that begins a compound is no shortening
    ("tea towels", ["teacups", "towel rail"]),
    ("door wedge", ["doorstop wedge"]),
])
def test_a_word_before_a_compound_tail_is_no_shortening(said, catalog_names):
    assert _resolved(_catalog_of(catalog_names), said).outcome == "new"


def test_a_size_said_of_the_only_product_of_its_kind_that_has_no_size():
    # GIVEN one tent, in no size, and bin bags of which one is measured
    cat = _catalog_of(["vango 4 man tent", "33 gallon bin bags", "black bin bags"])
    # WHEN a size is said with the tent  THEN it is still that tent
    assert _resolved(cat, "big vango tent").name == "vango 4 man tent"
    # but a size said of bin bags may mean the measured ones: not the black ones
    assert _resolved(cat, "large bin bags").outcome != "matched"


def test_watt_hours_and_codes_before_a_bare_number_keep_their_parts():
    cat = _catalog_of(["v-mount battery 98wh", "v-mount battery 150wh", "zeiss cp3 50mm",
                       "zeiss cp3 85mm"])
    assert _resolved(cat, "ninety eight watt hour battery").name == "v-mount battery 98wh"
    assert _resolved(cat, "cp3 85").name == "zeiss cp3 85mm"


@pytest.mark.parametrize("said, meant", [
    ("london pride", "london pride cask 9g"),
    ("straw", "wheat straw bale"),
    ("pony nuts", "pony nuts sack 20kg"),
    ("kegs", "london pride keg 50l"),
])
def test_what_comes_in_a_keg_bale_or_sack_is_named_by_its_content(said, meant):
    # GIVEN products named with how they come packed in bulk
    cat = _catalog_of(["london pride cask 9g", "london pride keg 50l", "wheat straw bale",
                       "pony nuts sack 20kg", "water bottle", "bin bags"])
    # WHEN only the content is said  THEN it names them (asking between two of them)
    res = _resolved(cat, said)
    if said == "london pride":
        assert res.outcome == "ambiguous"
    else:
        assert (res.outcome, res.name) == ("matched", meant)
    # but a bottle is a thing of its own: "water" is no "water bottle"
    assert _resolved(cat, "water").outcome == "new"


@pytest.mark.parametrize("said, meant", [
    ("bucket hats", "bucket hat tweed"),              # a material after the noun
    ("fence rails", "fence rails 3.6m tanalised"),   # a finish, a past participle
    ("trolley jack", "trolley jack 2 ton"),          # a spec a number counts
])
def test_words_a_catalog_lists_after_the_noun_are_not_its_head(said, meant):
    cat = _catalog_of(["bucket hat tweed", "fence rails 3.6m tanalised", "trolley jack 2 ton",
                       "coleman sundome 6 tent"])
    res = _resolved(cat, said)
    assert (res.outcome, res.name) == ("matched", meant)
    # a model number before the noun leaves the noun the head
    assert _resolved(cat, "coleman tent").name == "coleman sundome 6 tent"
    # and a word said by a person is never taken for one listed after the noun
    assert _resolved(_catalog_of(["angle grinder"]), "angle grinded").name == "angle grinder"


@pytest.mark.parametrize("said, outcome, meant", [
    ("wolseley", "matched", "wolseley dx50 energiser"),  # a brand before a model code
    ("dexron", "matched", "atf dexron vi 1l"),           # a line inside a longer name
    ("marathons", "matched", "schwalbe marathon tyre"),  # ...even an everyday word
    ("ohaus", "matched", "ohaus precision balance"),  # a brand first: its one product
    ("door", "new", None),            # an everyday noun before another: a thing of its own
    ("eggs", "new", None),
])
def test_the_word_that_says_which_names_a_brands_product_alone(said, outcome, meant):
    cat = _catalog_of(["wolseley dx50 energiser", "ohaus precision balance", "door closer",
                       "atf dexron vi 1l", "schwalbe marathon tyre", "egg poaching pan",
                       "oat milk 1l"])
    res = _resolved(cat, said)
    assert (res.outcome, res.name) == (outcome, meant)


def test_a_name_said_in_the_usual_order_finds_one_listed_noun_first():
    cat = _catalog_of(["antifreeze blue g11 5l", "coolant pink oat 5l", "test tubes 16x150mm"])
    assert _resolved(cat, "pink oat coolant").name == "coolant pink oat 5l"
    # and a code said without its unit, beside the noun
    assert _resolved(cat, "16x150 test tubes").name == "test tubes 16x150mm"
    assert _resolved(cat, "16x150").outcome == "new"


def test_a_word_no_dictionary_has_names_the_one_name_it_starts():
    # GIVEN two-word names that start with a brand, a modern word and an everyday noun
    cat = _catalog_of(["orbeseal tubes", "glucometer strips", "door closer", "display rack",
                       "maldon sea salt 1.4kg"])
    # WHEN the first word is said alone  THEN a word no dictionary has names that product (a
    # brand for its product, as people say it); an everyday noun stays itself
    assert _resolved(cat, "orbeseal").name == "orbeseal tubes"
    assert _resolved(cat, "maldon").name == "maldon sea salt 1.4kg"
    assert _resolved(cat, "door").outcome == "new"
    assert _resolved(cat, "display").outcome == "new"


def test_pints_codes_and_dimensions():
    cat = _catalog_of(["whole milk 2 pint", "whole milk 4 pint", "unifi u7 pro", "unifi u7 lite",
                       "halogen lamp 2kw", "gastro 1/2 65mm", "gastro 1/2 150mm", "duct tape",
                       "caulking gun", "heinz mayonnaise 10l"])
    assert _resolved(cat, "four pint whole milk").name == "whole milk 4 pint"
    assert _resolved(cat, "big whole milk").name == "whole milk 4 pint"
    assert _resolved(cat, "u7 pro").name == "unifi u7 pro"          # a model said by code and line
    assert _resolved(cat, "two k halogen lamp").name == "halogen lamp 2kw"
    assert _resolved(cat, "deep 1/2 gastro").outcome != "matched"   # deep is no overall size
    # a dimension of a product in no size is another product; a stem is no shortening
    assert _resolved(cat, "wide duct tape").outcome == "new"
    assert _resolved(cat, "caulk").outcome == "new"
    # a shortening said alone that no dictionary has, of one catalog word
    assert _resolved(cat, "mayo").name == "heinz mayonnaise 10l"


def test_a_short_noun_before_a_counted_spec_is_no_code():
    # "bag 3 season" is a bag of three seasons, not a code "bag3" as "cat 6" is
    cat = _catalog_of(["sleeping bag 3 season", "cat 6 cable"])
    assert _resolved(cat, "sleeping bags").name == "sleeping bag 3 season"
    assert _resolved(cat, "3 season bag").name == "sleeping bag 3 season"
    assert _resolved(cat, "cat6 cable").name == "cat 6 cable"


@pytest.mark.parametrize("said", [
    "grape juice", "pen refills", "car shampoo", "sea salt",   # a word of its own, no clipping
    "10 metre rope", "1l butter",                               # a measure said whole
    "ac filter", "sd card",                                     # initials of their own
    "coffee",                                                   # a content with more products
    "big plates", "large mug",                                  # a size and the noun alone
    "wide duct tape",                                           # a dimension picks no length
    "u6 pro",                                                   # a model is no part for it
    "eggs",                                                     # an everyday word alone
])
def test_no_other_product_is_recorded_for_a_near_name(said):
    # GIVEN a mixed catalog where each said name is close to a product it does not mean
    cat = _catalog_of(["grapefruit juice", "pencil refill 0.5mm", "carpet shampoo",
                       "seasoning salt", "rope 10mm", "butter 1lb", "air compressor filter",
                       "security door card", "coffee granules", "coffee beans 1kg", "side plate",
                       "coffee mug", "duct tape 10m", "duct tape 50m", "u6 pro wall mount",
                       "egg poaching pan"])
    # WHEN it is said  THEN nothing is matched: a question or a new product, never a wrong one
    assert _resolved(cat, said).outcome != "matched"


def test_brands_lettered_sizes_specs_and_packs():
    cat = _catalog_of(["lurpak salted butter 250g", "lurpak unsalted butter 250g",
                       "gyeon silk dryer m", "gyeon silk dryer xl", "seed tray full size",
                       "ipad 10th gen", "canon eos r6 mark ii", "clinell universal wipes 200",
                       "bin", "paint"])
    # a brand of several things said alone asks which
    res = _resolved(cat, "lurpak")
    assert res.outcome == "ambiguous" and len(res.candidates) == 2
    # "big" picks by the order of size letters; a size named that the catalog lacks is new
    assert _resolved(cat, "big silk dryers").name == "gyeon silk dryer xl"
    assert _resolved(cat, "small silk dryer").outcome == "new"
    # specs after the noun, roman numerals as said
    assert _resolved(cat, "seed trays").name == "seed tray full size"
    assert _resolved(cat, "ipads").name == "ipad 10th gen"
    assert _resolved(cat, "r six mark two").name == "canon eos r6 mark ii"
    # how it comes packed, said after a name the catalog has without it: that product; bags
    # are things of their own
    assert _resolved(cat, "clinell tubs").name == "clinell universal wipes 200"
    assert _resolved(cat, "paint tins").name == "paint"
    assert _resolved(cat, "bin bags").outcome == "new"


def test_a_roll_measured_width_by_length_is_named_by_its_noun():
    # "750mm x 100m": the "x" of a dimension is no head noun, and the length both rolls share
    # says nothing when "big" picks among them
    cat = _catalog_of(["bubble wrap 500mm x 100m", "bubble wrap 750mm x 100m", "stretch wrap 500mm"])
    asked = _resolved(cat, "bubble wrap")
    assert asked.outcome == "ambiguous"
    assert {c.name for c in asked.candidates} == {"bubble wrap 500mm x 100m", "bubble wrap 750mm x 100m"}
    assert _resolved(cat, "big bubble wrap").name == "bubble wrap 750mm x 100m"
    assert _resolved(cat, "small bubble wrap").name == "bubble wrap 500mm x 100m"
    assert _resolved(cat, "bubble wrap 750mm").name == "bubble wrap 750mm x 100m"
    pouches = _catalog_of(["sterilisation pouches 135x280", "sterilisation pouches 90x230"])
    assert _resolved(pouches, "big sterilisation pouches").name == "sterilisation pouches 135x280"
    assert _resolved(pouches, "small sterilisation pouches").name == "sterilisation pouches 90x230"


@pytest.mark.parametrize("said, catalog_name", [
    ("stair climber", "stair climber trolley"),
    ("calf milk", "calf milk replacer 20kg"),
    ("bunsen", "bunsen burner"),
])
def test_leading_words_of_a_name_that_goes_on_with_no_part_name_it(said, catalog_name):
    # GIVEN a catalog name whose words after the said ones name no part or accessory
    cat = _catalog_of([catalog_name, "hand towel", "coffee cup lids"])
    # WHEN the person says the leading words  THEN it is that product
    assert _resolved(cat, said).name == catalog_name


def test_a_size_letter_said_first_sizes_the_name_after_it():
    # GIVEN products sized by words, and an l-bracket that is a thing of its own
    cat = _catalog_of(["lab coat medium", "lab coat large", "large box", "medium box", "l bracket"])
    # WHEN a list reads "lab coats: 8 M" as "m lab coats"  THEN the letter is the size
    assert _resolved(cat, "m lab coats").name == "lab coat medium"
    assert _resolved(cat, "l boxes").name == "large box"
    assert _resolved(cat, "l brackets").name == "l bracket"  # the catalog's own name first
    assert _resolved(cat, "s lab coats").outcome == "new"     # a size the catalog lacks


def test_a_colour_and_what_it_comes_in_name_the_one_product_of_both():
    cat = _catalog_of(["blue paper roll", "yellow clinical waste bags", "black bin bags 90l",
                       "red sharps bin"])
    assert _resolved(cat, "blue roll").name == "blue paper roll"
    assert _resolved(cat, "yellow bags").outcome == "new"  # two words between: may be another
    assert _resolved(cat, "blue bags").outcome == "new"   # no blue bags
    # a colour alone names no new thing; the one product in it, in no other colour, is asked about
    assert _resolved(cat, "red").outcome == "ambiguous"


def test_a_brand_that_is_a_word_too_names_its_product_where_the_catalog_capitalises_it():
    names = ["Henry hoover", "egg poaching pan", "dive mask", "mop bucket", "Dibond 3mm sheet 4x8",
             "Scubapro MK25 regulator"]
    cat = _catalog_of(names)
    assert _resolved(cat, "henry").name == "Henry hoover"
    assert _resolved(cat, "eggs").outcome == "new"           # written lowercase: a word
    assert _resolved(cat, "dibond").name == "Dibond 3mm sheet 4x8"  # no dictionary word, before a class head
    # a brand of several products that is a word too asks which
    several = _catalog_of(names + ["Henry hoover bags"])
    assert _resolved(several, "henry").outcome == "ambiguous"
    # a catalog in sentence case ("Egg poaching pan", "Lemon squeezer") says nothing either
    sentences = _catalog_of(["Egg poaching pan", "Lemon squeezer", "Mop bucket", "Henry hoover",
                             "paper towels", "dive mask"])
    assert _resolved(sentences, "eggs").outcome == "new"
    assert _resolved(sentences, "lemons").outcome == "new"
    # and so does one in title case
    titled = _catalog_of([n.title() for n in names])
    assert _resolved(titled, "eggs").outcome == "new"
    assert _resolved(titled, "henry").outcome == "new"


def test_a_name_a_recogniser_split_in_two_is_read_as_one_word():
    cat = _catalog_of(["Shearwater Peregrine dive computer", "Cheerios", "Dibond 3mm sheet 4x8",
                       "sea salt", "dive mask"])
    assert _resolved(cat, "shear water").name == "Shearwater Peregrine dive computer"
    assert _resolved(cat, "cheer eos").name == "Cheerios"
    assert _resolved(cat, "die bond").name == "Dibond 3mm sheet 4x8"
    # a word the catalog has on its own stays itself: "sea water" is no "shearwater"
    assert _resolved(cat, "sea water").outcome == "new"
    # three or four words, closer in sound than in letters
    more = _catalog_of(["yubikey 5 nfc", "chlorhexidine scrub", "Sunbeam toaster", "sea salt"])
    assert _resolved(more, "you be key").name == "yubikey 5 nfc"
    assert _resolved(more, "clor hex a dean").name == "chlorhexidine scrub"
    assert _resolved(more, "sun cream").outcome == "new"
    # one of two words the catalog has, when the pair spells and sounds nearly the same
    poles = _catalog_of(["Calpol infant suspension", "tent pole", "cable ties"])
    assert _resolved(poles, "cal pole").name == "Calpol infant suspension"
    assert _resolved(poles, "tent pole").name == "tent pole"


def test_which_one_of_several_alike_and_written_shorthand_name_the_product():
    cat = _catalog_of(["book cart", "HP Chromebook 11", "diapers size 3", "diapers size 4",
                       "studio clear glaze"])
    # an asset number (read before the index, as whose it is: not in resolve_brute_force)
    assert cat.resolve_product("book cart # 2").name == "book cart"
    assert cat.resolve_product("hp chromebook 11 #7").name == "HP Chromebook 11"
    assert _resolved(cat, "diapers sz 3").name == "diapers size 3"
    # no number of the product's left unsaid, and not where "#" writes sizes in the catalog
    planes = _catalog_of(["stanley no 4 hand plane", "paint brush size 2"])
    assert planes.resolve_product("hand plane #5").outcome == "new"
    assert planes.resolve_product("paint brush #6").outcome == "new"
    screws = _catalog_of(["wood screws #8 x 1in", "book cart"])
    assert screws.resolve_product("wood screws #6").outcome == "new"


def test_model_numbers_said_as_people_say_them():
    cat = _catalog_of(["Oracal 651 vinyl black", "Oracal 651 vinyl white", "Oracal 751 vinyl red",
                       "Stanley No 4 hand plane", "120 grit sanding discs", "240 grit sanding discs"])
    assert _resolved(cat, "black six fifty one").name == "Oracal 651 vinyl black"
    assert _resolved(cat, "seven fifty one red").name == "Oracal 751 vinyl red"
    assert _resolved(cat, "651 white").name == "Oracal 651 vinyl white"  # a colour and a model
    assert _resolved(cat, "number four plane").name == "Stanley No 4 hand plane"
    assert _resolved(cat, "one twenty grit sanding discs").name == "120 grit sanding discs"
    assert _resolved(cat, "six fifty two black").outcome == "new"  # another model
    inks = _catalog_of(["hp 711 black ink", "hp 711 cyan ink", "hp 26a toner"])
    assert _resolved(inks, "h p seven eleven blacks").name == "hp 711 black ink"


def test_the_plain_product_is_meant_when_a_tied_variant_adds_a_word():
    cat = _catalog_of(["fever-tree tonic 200ml", "fever-tree light tonic 200ml",
                       "nitrile gloves large black", "nitrile gloves xl black", "latex gloves",
                       "cat6 cable", "hdmi cable"])
    assert _resolved(cat, "tonic").name == "fever-tree tonic 200ml"
    assert _resolved(cat, "large nitrile gloves").name == "nitrile gloves large black"
    # names that differ in a word each still ask, and so does a brand said alone
    assert _resolved(cat, "gloves").outcome == "ambiguous"
    assert _resolved(cat, "cable").outcome == "ambiguous"
    assert _resolved(cat, "fever tree").outcome == "ambiguous"


def test_an_ampersand_between_words_is_the_and_said_for_it():
    cat = _catalog_of(["Pen & Strep 100ml", "Hymns A&M"])
    assert _resolved(cat, "pen and strep").name == "Pen & Strep 100ml"
    assert _resolved(cat, "hymns a&m").name == "Hymns A&M"


def test_a_model_code_with_words_of_its_name_in_any_order_names_it():
    cat = _catalog_of(["cartridge filter c-4950", "cartridge filter c-7471", "sand filter"])
    assert _resolved(cat, "c4950 cartridges").name == "cartridge filter c-4950"
    assert _resolved(cat, "c four nine five oh cartridges").name == "cartridge filter c-4950"
    assert _resolved(cat, "c4950 pumps").outcome == "new"  # a word the name does not have
    tyres = _catalog_of(["continental gatorskin tyre 700x25c", "continental gatorskin tyre 700x28c"])
    assert _resolved(tyres, "gatorskins 25c").name == "continental gatorskin tyre 700x25c"
    assert _resolved(tyres, "twenty eight c gatorskins").name == "continental gatorskin tyre 700x28c"
    # a number said without its unit, with words of the name
    drinks = _catalog_of(["Diet Coke 330ml glass bottle", "Diet Coke BIB 20L", "nitrile gloves 100"])
    assert _resolved(drinks, "diet coke glass 330").name == "Diet Coke 330ml glass bottle"
    assert _resolved(drinks, "latex gloves 100").outcome == "new"


@pytest.mark.parametrize("said, catalog_names", [
    # found by a review of the day's rules: these must not record against the product shown
    ("blue roll", ["blue painters tape roll", "duct tape"]),      # "blue roll" is paper towel
    ("black box", ["black nitrile gloves box 100"]),
    ("blue pack", ["blue pens pack 10"]),
    ("blue 100", ["blue nitrile gloves 100"]),                   # a count, no model
    ("s hooks", ["hook small", "coat hook"]),                     # an s-hook is a hook of its own
    ("sun cream", ["Sunbeam toaster", "paper towels"]),          # joined letters, not its sound
    ("mop bucket", ["mop", "bucket lid"]),                        # a bucket of its own
    ("hand plane #5", ["stanley no 4 hand plane"]),               # its number left unsaid
])
def test_near_names_found_by_review_stay_off_the_product(said, catalog_names):
    cat = _catalog_of(catalog_names)
    assert cat.resolve_product(said).outcome != "matched", cat.resolve_product(said)


@pytest.mark.parametrize("said, catalog_name", [
    ("sewing machine", "sewing machine needles"),    # leading words before a part or supply
    ("glue gun", "glue gun sticks"),
    ("lawn mower", "lawn mower blade"),
    ("smoke alarm", "smoke alarm batteries"),
    ("defib", "defib pads"),                         # a device before what it takes
    ("vape", "vape coils"),
])
def test_a_thing_before_its_supplies_is_asked_about(said, catalog_name):
    cat = _catalog_of([catalog_name, "paper towels"])
    assert _resolved(cat, said).outcome in ("ambiguous", "new")


def test_a_word_said_as_the_catalog_writes_it_is_no_misheard_head_noun():
    # "teradek" sounds near "turkey", a head noun of the catalog; said exactly, it is the brand
    cat = _catalog_of(["Teradek Bolt 6 XT", "turkey crown", "paper towels"])
    assert _resolved(cat, "teradek").name == "Teradek Bolt 6 XT"


def test_boards_and_meters_name_their_kinds():
    cat = _catalog_of(["Burton Custom snowboard 154cm", "Burton Custom snowboard 158cm",
                       "keyboard", "Fluke 117 multimeter"])
    assert _resolved(cat, "burton boards").outcome == "ambiguous"   # the two snowboards
    assert "keyboard" not in {c.name for c in _resolved(cat, "burton boards").candidates}
    assert _resolved(cat, "fluke multimeter").name == "Fluke 117 multimeter"
    sticks = _catalog_of(["vic firth 5a drumsticks", "vic firth 7a drumsticks", "glue sticks"])
    assert _resolved(sticks, "7a sticks").name == "vic firth 7a drumsticks"


def test_a_letter_name_before_a_measure_is_a_word_not_a_code():
    # "tee 22mm" is a compression tee of 22mm, not a code "t22mm"; "zed tee four ten" is one
    cat = _catalog_of(["compression tee 22mm", "compression tee 15mm", "zebra zt410 printer"])
    assert _resolved(cat, "22mm compression tees").name == "compression tee 22mm"
    assert _resolved(cat, "zed tee four ten").name == "zebra zt410 printer"


def test_a_two_word_name_said_before_the_noun_the_catalog_lists_first():
    cat = _catalog_of(["seed potatoes maris piper", "seed potatoes charlotte",
                       "etc source four 36 degree", "etc source four 26 degree", "paint sprayer"])
    assert _resolved(cat, "maris piper seed potatoes").name == "seed potatoes maris piper"
    assert _resolved(cat, "36 degree source fours").name == "etc source four 36 degree"
    assert _resolved(cat, "thirty six degree sauce fours").name == "etc source four 36 degree"
    assert _resolved(cat, "spray paint").outcome == "new"


def test_a_model_said_by_code_and_line_names_the_device_not_a_part_for_it():
    cat = _catalog_of(["ubiquiti u6 lite access point", "ubiquiti u6 pro access point",
                       "unifi u7 pro wall mount"])
    assert _resolved(cat, "u6 lite").name == "ubiquiti u6 lite access point"
    assert _resolved(cat, "u6 pro").name == "ubiquiti u6 pro access point"
    assert _resolved(cat, "u7 pro").outcome != "matched"   # only its wall mount is listed


def test_a_food_said_alone_is_no_product_made_from_it():
    # a review found "rice" as rice vinegar, "limes" as lime cordial: foods stay what they are
    cat = _catalog_of(["vanilla extract", "rice vinegar", "lime cordial", "egg poaching pan",
                       "chain oil", "dishwasher tablets"])
    for said in ("vanilla", "rice", "limes", "eggs", "chain", "dishwasher"):
        assert _resolved(cat, said).outcome == "new", said


def test_a_weight_or_volume_the_catalog_does_not_give_is_what_the_product_comes_in():
    cat = _catalog_of(["chlorhexidine scrub", "plain flour", "tape measure", "bucket",
                       "whole milk 2 pint", "whole milk 4 pint"])
    assert _resolved(cat, "chlorhexidine scrub 5l").name == "chlorhexidine scrub"
    assert _resolved(cat, "16kg plain flour").name == "plain flour"
    assert _resolved(cat, "25 foot tape measure").outcome == "new"   # a length: another model
    assert _resolved(cat, "5 litre bucket").outcome == "new"         # a container's size
    assert _resolved(cat, "whole milk 1l").outcome == "new"          # its kind comes in sizes


def test_a_word_a_name_has_twice_lines_up_with_the_one_in_its_place():
    cat = _catalog_of(["park tool ct-5 mini chain tool", "park tool ct-3.3 chain tool",
                       "pyrometric cones cone 6", "pyrometric cones cone 04"])
    assert _resolved(cat, "mini chain tool").name == "park tool ct-5 mini chain tool"
    assert _resolved(cat, "chain tool").outcome == "ambiguous"
    assert _resolved(cat, "cone 6 cones").name == "pyrometric cones cone 6"


def test_a_code_before_amp_head_and_said_letter_by_letter():
    # "jcm800 amp head" is an amplifier, not 800 amps; "bin 5 litre" is still 5 litres
    cat = _catalog_of(["marshall jcm800 amp head", "sharps bin 5 litre", "lidocaine 2% cartridges"])
    assert _resolved(cat, "marshall jcm800").name == "marshall jcm800 amp head"
    assert _resolved(cat, "marshall jay see em eight hundred").name == "marshall jcm800 amp head"
    assert _resolved(cat, "5l sharps bin").name == "sharps bin 5 litre"
    assert _resolved(cat, "lidocaine").outcome == "ambiguous"  # a device's cartridges? we ask


def test_a_brand_and_model_said_with_a_noun_the_catalog_leaves_out():
    cat = _catalog_of(["Sony FX6", "Canon C70", "house red wine", "rode mic stand"])
    assert _resolved(cat, "fx6 body").name == "Sony FX6"
    assert _resolved(cat, "fx six body").name == "Sony FX6"
    assert _resolved(cat, "red wine vinegar").outcome == "new"   # the catalog's name has a noun
    assert _resolved(cat, "fx6 charger").outcome == "new"        # a supply for it


def test_how_a_thing_is_said_in_two_words_is_no_part_of_its_name():
    cat = _catalog_of(["rothenberger pipe cutter", "nuc box", "hand towels"])
    assert _resolved(cat, "second-hand rothenberger pipe cutter").name == "rothenberger pipe cutter"
    assert _resolved(cat, "second hand nuc box").name == "nuc box"
    assert _resolved(cat, "hand towels").name == "hand towels"


def test_a_brand_and_model_said_name_the_thing_the_rest_of_the_name_says_it_is():
    cat = _catalog_of(["Sawyer Squeeze water filter", "coffee cup lids", "dive mask",
                       "Scubapro MK25 regulator", "Festool Domino DF 500"])
    assert _resolved(cat, "sawyer squeeze").name == "Sawyer Squeeze water filter"
    assert _resolved(cat, "coffee cups").outcome == "ambiguous"


def test_a_medicine_or_light_said_alone_names_the_form_or_kind_it_comes_in():
    cat = _catalog_of(["paracetamol 500mg tablets", "ibuprofen 200mg tablets",
                       "ibuprofen 400mg tablets", "festoon lights 10m", "festoon lights 20m",
                       "drill bit set"])
    assert _resolved(cat, "paracetamol").name == "paracetamol 500mg tablets"
    assert _resolved(cat, "ibuprofen").outcome == "ambiguous"
    assert _resolved(cat, "festoon 10m").name == "festoon lights 10m"
    assert _resolved(cat, "drill").outcome == "new"   # a thing of its own, before no form


@pytest.mark.parametrize("said, catalog_names", [
    # found by a second review of the day's rules: these must not record against the product
    ("fx6 cage", ["Sony FX6", "dive mask"]),                     # a part for it, no device noun
    ("mavic 3 propellers", ["DJI Mavic 3", "dive mask"]),
    ("20oz claw hammer", ["claw hammer", "mallet"]),               # a tool's weight is its model
    ("2kg fire extinguisher", ["fire extinguisher", "fire blanket"]),
    ("12oz coffee cups", ["coffee cups", "tea bags"]),
    ("backpack 30l", ["backpack", "tent"]),
    ("macbook pro", ["macbook pro sleeve", "dive mask"]),          # only a part is left over
    ("u6 pro", ["ubiquiti u6 pro poe injector", "dive mask"]),
    ("vape", ["vape cartridges", "dive mask"]),
    ("string", ["festoon string lights", "dive mask"]),
    ("clock second hand", ["clock", "watch"]),
])
def test_near_names_found_by_the_second_review_stay_off_the_product(said, catalog_names):
    cat = _catalog_of(catalog_names)
    assert cat.resolve_product(said).outcome != "matched", cat.resolve_product(said)


def test_a_split_name_with_its_model_and_a_code_with_its_plain_product():
    cat = _catalog_of(["YubiKey 5C NFC", "YubiKey 5 NFC", "Coke 330ml glass bottle",
                       "Diet Coke 330ml glass bottle", "Fever-Tree tonic 200ml",
                       "Fever-Tree light tonic 200ml"])
    assert _resolved(cat, "you be key five c").name == "YubiKey 5C NFC"
    assert _resolved(cat, "coke 330").name == "Coke 330ml glass bottle"   # a measure says which
    assert _resolved(cat, "fever tree").outcome == "ambiguous"            # a brand alone asks


def test_stuff_after_a_name_is_what_kind_of_it():
    cat = _catalog_of(["calcium hardness increaser", "chlorine granules 10kg"])
    assert _resolved(cat, "calcium hardness stuff").name == "calcium hardness increaser"
    assert _resolved(cat, "stuff").outcome == "new"


def test_a_toner_said_by_its_model_and_process_colour_letter():
    cat = _catalog_of(["black toner tn-910", "cyan toner tn-910", "magenta toner tn-910",
                       "yellow toner tn-910", "tape measure 5m"])
    for letter, colour in (("k", "black"), ("c", "cyan"), ("m", "magenta"), ("y", "yellow")):
        assert _resolved(cat, f"tn-910 {letter}").name == f"{colour} toner tn-910"


FILLER = ["paper towels", "nitrile gloves m", "duct tape", "cordless drill 18v"]


@pytest.mark.parametrize("said, catalog_names, wrong", [
    # a number said after a noun is no model code's number: a size, a rating, a tread count
    ("monitor twenty four", ["dell p2422h monitor", "hp e24 monitor"], "hp e24 monitor"),
    ("step ladder three", ["ladder 3 tread", "werner s3 step ladder"], "werner s3 step ladder"),
    ("boots three", ["safety boots s3", "safety boots s1p", "wellington boots"], "safety boots s3"),
    ("boots one", ["safety boots s3", "safety boots s1p", "wellington boots"], "safety boots s1p"),
    # ...nor the device's supply named by the device's model
    ("respirator three", ["respirator p3 filter"], "respirator p3 filter"),
    ("dyson eleven", ["dyson v11 battery"], "dyson v11 battery"),
    ("galaxy twenty three", ["galaxy s23 case"], "galaxy s23 case"),
    # a code is not another model that carries it with letters after
    ("rtx3060", ["rtx3060ti graphics card"], "rtx3060ti graphics card"),
    ("x100", ["fujifilm x100vi"], "fujifilm x100vi"),
    ("s1000", ["s1000rr brake pads"], "s1000rr brake pads"),
    ("b22", ["b22dc lamp holder"], "b22dc lamp holder"),
    # "stat" ends many different devices
    ("inkbird stat", ["inkbird humidistat"], "inkbird humidistat"),
    ("honeywell stat", ["honeywell l641a aquastat"], "honeywell l641a aquastat"),
    ("danfoss stat", ["danfoss rheostat"], "danfoss rheostat"),
    # "cue" is a word of its own before it is the letter q
    ("cue tips", ["q tips cotton buds", "cue chalk", "cue rest"], "q tips cotton buds"),
    # "little" and "big" are often part of the thing's name, not its size
    ("big toe separator", ["toe separator gel large"], "toe separator gel large"),
    ("big top", ["tops large"], "tops large"),
    # a length said in feet is the board, not the board's bag: not yet, a brand and a size
    # said with no noun name every product that has both, accessories too
    pytest.param("nine foot nsp", ["nsp 9'0 board bag", "nsp 8'0 funboard"], "nsp 9'0 board bag",
                 marks=pytest.mark.xfail(strict=True,
                                         reason="a headless brand and size may name an accessory")),
    # one digit after a brand is no start of its code
    ("jcb three", ["jcb 3cx bucket"], "jcb 3cx bucket"),
    ("dji four", ["dji 4k camera"], "dji 4k camera"),
    # a refurbished product is not its new twin
    ("refurb iphone 13", ["iphone 13 128gb", "iphone 13 128gb refurbished"], "iphone 13 128gb"),
    # found by the review of matcher round 22; the rules behind them were taken back
    ("chicken feed", ["whole chicken 2kg", "layers pellets 20kg"], "whole chicken 2kg"),
    ("dog food", ["hot dogs 2kg", "dog bowl"], "hot dogs 2kg"),
    ("macbook pro 14", ["macbook pro 2014", "macbook air 2013"], "macbook pro 2014"),
    ("karcher vac", ["karcher k5"], "karcher k5"),
    ("epson projector", ["epson et-2850"], "epson et-2850"),
    ("peppers", ["red pepper hummus 1kg"], "red pepper hummus 1kg"),
    ("blender", ["blender 2l jug"], "blender 2l jug"),
    ("short rope", ["rope 10mm", "rope 30m"], "rope 10mm"),
    ("cotton", ["cotton wool 500g"], "cotton wool 500g"),
    ("teaspoons", ["tea spoon rest"], "tea spoon rest"),
    ("eggs", ["eggs dozen", "eggs half dozen"], "eggs dozen"),
])
def test_near_names_found_by_later_reviews_stay_off_the_product(said, catalog_names, wrong):
    cat = _catalog_of(catalog_names + FILLER)
    got = _resolved(cat, said)
    assert not (got.outcome == "matched" and got.name == wrong), got


def test_a_refurbished_products_own_name_still_finds_it():
    cat = _catalog_of(["iphone 13 128gb", "iphone 13 128gb refurbished"] + FILLER)
    assert _resolved(cat, "refurbished iphone 13 128gb").name == "iphone 13 128gb refurbished"
