"""Unit tests, one group per rule family module of src/nlp."""
from __future__ import annotations

import pytest

from nlp import abbrev, guard, numbers, units, verbs
from nlp.fillers import drop_fillers
from nlp.headings import read_heading
from nlp.people import is_person
from nlp.repairs import undo_repairs
from nlp.phrases import read_noun_phrase
from nlp.places import looks_like_place, place_prefix, place_suffix, preposition_at
from nlp.questions import not_a_statement
from nlp.shapes import find_triggers
from nlp.tokens import tokenize
from nlp.typos import LETTERS_PER_EDIT, fuzzy_triggers


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


# tokens -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("usb-c charger", ["usb-c", "charger"]),
    ("10mm socket", ["10mm", "socket"]),
    ("drill -> van", ["drill", "->", "van"]),
    ("twenty-five boxes", ["twenty-five", "boxes"]),
    ("we're out", ["we", "'re", "out"]),
    ("shelf B3, garage", ["shelf", "b3", ",", "garage"]),
])
def test_tokens_keep_words_whole(text, expected):
    assert words(text) == expected


def test_tokens_point_into_the_text():
    text = "Moved  the usb-c charger"
    assert [text[t.start:t.end].lower() for t in tokenize(text)] == ["moved", "the", "usb-c", "charger"]


# numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("said, value", [
    ("25", 25), ("twenty five", 25), ("twenty-five", 25), ("1,000", 1000), ("2.5", 2.5),
    ("a hundred", 100), ("one hundred and twenty", 120), ("two thousand five hundred", 2500),
    ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6), ("a couple", 2), ("seven", 7),
])
def test_quantities(said, value):
    q, end = numbers.read_quantity(said.split(), 0)
    assert (q, end) == (value, len(said.split()))


@pytest.mark.parametrize("word, value", [
    ("+5", ("+", 5)), ("-3", ("-", 3)), ("+1,000", ("+", 1000)), ("-2.5", ("-", 2.5)),
    ("5", None), ("-", None), ("-x1", None), ("+-2", None),
])
def test_signed_numbers(word, value):
    assert numbers.signed_value(word) == value


def test_two_numbers_said_apart_are_not_added():
    assert numbers.read_quantity(["five", "six"], 0) == (5, 1)


@pytest.mark.parametrize("said, place", [
    ("shelf b three", "shelf b3"), ("room two oh four", "room 204"), ("bin twelve", "bin 12"),
    ("room one twelve", "room 112"), ("aisle twenty one", "aisle 21"), ("shelf a two", "shelf a2"),
])
def test_place_numbers(said, place):
    assert " ".join(numbers.spoken_place(said.split())) == place


# units --------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, unit", [("boxes", "box"), ("feet", "foot"), ("cases", "case"),
                                        ("pallets", "pallet"), ("gallons", "gallon"), ("set", "set"),
                                        ("drill", None)])
def test_units_are_singular(word, unit):
    assert units.unit_of(word) == unit


# verbs --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lemma, forms", [
    ("move", {"move", "moves", "moved", "moving"}),
    ("take", {"take", "takes", "took", "taken", "taking"}),
    ("drop", {"drop", "drops", "dropped", "dropping"}),
    ("carry", {"carry", "carries", "carried", "carrying"}),
    ("stash", {"stash", "stashes", "stashed", "stashing"}),
])
def test_inflections(lemma, forms):
    assert verbs.inflections(lemma) == forms


@pytest.mark.parametrize("event, lemmas", [
    ("added", ["add", "receive", "stock", "restock", "buy", "deliver", "find", "get in"]),
    ("moved", ["move", "relocate", "transfer", "put", "place", "store", "keep", "stash", "hang",
               "carry", "bring", "return"]),
    ("removed", ["remove", "use", "use up", "consume", "sell", "throw away", "discard", "dispose",
                 "lose", "steal", "borrow", "check out", "send out", "scrap", "give away"]),
    ("counted", ["count"]),
])
def test_every_format_verb_has_its_event(event, lemmas):
    for lemma in lemmas:
        assert verbs.LEMMA_EVENTS[lemma] == event, lemma


def test_take_and_throw_depend_on_the_place():
    assert verbs.LEMMA_EVENTS["take"] == verbs.TAKE and verbs.LEMMA_EVENTS["throw"] == verbs.THROW


# fillers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("said, kept", [
    ("um we got in twenty boxes", "we got in twenty boxes"),
    ("okay so like put the mop in the kitchen please", "put the mop in the kitchen"),
    ("the drill looks like new", "the drill looks like new"),
    ("you know I mean moved the drill", "i mean moved the drill"),  # "i mean" is for repairs.py
])
def test_fillers(said, kept):
    assert " ".join(t.text for t in drop_fillers(tokenize(said))) == kept


# noun phrases -------------------------------------------------------------------------------

@pytest.mark.parametrize("said, product, quantity, unit", [
    ("5 boxes of blue nitrile gloves", "blue nitrile gloves", 5, "box"),
    ("a set of drill bits", "drill bits", 1, "set"),
    ("20 feet of cable", "cable", 20, "foot"),
    ("the cordless drill 18v", "cordless drill 18v", None, None),
    ("two 20 amp breakers", "20 amp breakers", 2, None),
    ("3/4 inch pvc elbow", "3/4 inch pvc elbow", None, None),
    ("m8 bolts", "m8 bolts", None, None),
    ("hp 26a toner", "hp 26a toner", None, None),
    ("a box fan", "box fan", 1, None),
    ("all the bleach", "bleach", None, None),
    ("no bleach", "bleach", 0, None),
    ("printer toner x3", "printer toner", 3, None),
    ("4 of the 6 bikes", "bikes", 4, None),
])
def test_noun_phrases(said, product, quantity, unit):
    np = read_noun_phrase(tokenize(said))
    assert (np.product_text, np.quantity, np.unit) == (product, quantity, unit)


def test_trailing_number_is_a_quantity_only_in_counts():
    assert read_noun_phrase(tokenize("paper towels 4"), True).quantity == 4
    assert read_noun_phrase(tokenize("wd forty")).quantity is None


# places -------------------------------------------------------------------------------------

@pytest.mark.parametrize("said, role", [("to", "to"), ("into", "to"), ("in", "at"), ("at", "at"),
                                        ("from", "from"), ("out of", "from"), ("off", "from")])
def test_prepositions(said, role):
    ws = said.split() + ["the", "van"]
    assert preposition_at(ws, 0) == (role, len(said.split()))


def test_bare_places():
    assert looks_like_place("room 204".split()) and looks_like_place("the loading dock".split())
    assert not looks_like_place("cordless drill".split())
    assert place_prefix("aisle seven copy paper".split()) == 2
    assert place_suffix("mini fridge break room".split()) == 2


# shapes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, event", [
    ("moved the drill to the van", "active", "moved"),
    ("the drill was moved to the van", "passive", "moved"),
    ("the drill is now in the van", "copula", "moved"),
    ("the drill goes to the van", "subject", "moved"),
    ("drill -> van", "arrow", "moved"),
    ("there are 12 chairs", "there", "counted"),
    ("we have 12 chairs", "have", "counted"),
    ("only 3 left", "left", "counted"),
    ("we're down to 2", "down", "counted"),
    ("ran out of bleach", "out", "counted"),
    ("no more bleach", "nomore", "counted"),
    ("stocktake: towels 4", "count", "counted"),
    ("the ladder went missing", "gone", "removed"),
])
def test_shapes(text, kind, event):
    (trig,) = find_triggers(drop_fillers(tokenize(text)))
    assert (trig.kind, trig.event) == (kind, event)


@pytest.mark.parametrize("text, why", [("I didn't move the drill", "negated"),
                                       ("we need to move the drill", "request"),
                                       ("going to move the drill", "request")])
def test_denied_or_wished_verbs_record_nothing(text, why):
    assert find_triggers(drop_fillers(tokenize(text)))[0].blocked == why


@pytest.mark.parametrize("text", ["shipping boxes to the mail room", "3 trash bags", "the store"])
def test_nouns_that_look_like_verbs_are_not_events(text):
    assert all(t.lemma not in ("ship", "trash", "store") for t in find_triggers(tokenize(text)))


# questions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["where is the drill", "how many gloves do we have",
                                  "do we have bleach", "the drill?", "order more gloves",
                                  "we need more tape"])
def test_questions_and_requests(text):
    assert not_a_statement(tokenize(text))


# typos --------------------------------------------------------------------------------------

def test_misspelt_verb_is_found_with_less_confidence():
    (trig,) = fuzzy_triggers(tokenize("recieved 5 boxes of bleach"))
    assert trig.lemma == "receive" and trig.guessed


@pytest.mark.parametrize("said, lemma", [("recieved", "receive"), ("moevd", "move"),
                                         ("relocted", "relocate"), ("discarted", "discard")])
def test_misspellings_within_the_edit_budget(said, lemma):
    (trig,) = fuzzy_triggers(tokenize(f"{said} the drill to the van"))
    assert trig.lemma == lemma


def test_typo_budget_keeps_nouns_and_other_words_out():
    assert LETTERS_PER_EDIT == 5
    assert fuzzy_triggers(tokenize("six twenty amp breakers to cabinet two")) == []
    assert fuzzy_triggers(tokenize("repaired the smoke detector battery")) == []  # not "repacked"
    assert fuzzy_triggers(tokenize("mop the floor")) == []


# guard --------------------------------------------------------------------------------------

def test_guard_limit_is_a_named_constant():
    assert guard.MAX_INPUT_CHARS == 1000
    assert guard.check("x" * guard.MAX_INPUT_CHARS) is None
    assert "too long" in guard.check("x" * (guard.MAX_INPUT_CHARS + 1))


# contractions typed without apostrophe (tokens) ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("weve got 3", ["we", "'ve", "got", "3"]),
    ("theres 5 boxes", ["there", "'s", "5", "boxes"]),
    ("its in the shed", ["it", "'s", "in", "the", "shed"]),
    ("its handle broke", ["its", "handle", "broke"]),
    ("folding tables (8)", ["folding", "tables", "(", "8", ")"]),
    ("the -80 freezer", ["the", "-80", "freezer"]),
])
def test_tokens_expand_and_split(text, expected):
    assert words(text) == expected


def test_expanded_tokens_point_into_the_text():
    text = "we dont have it"
    assert [text[t.start:t.end] for t in tokenize(text)] == ["we", "do", "nt", "have", "it"]


# repairs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("said, kept", [
    ("put the drill in the garage no wait the van", "put the drill in the van"),
    ("moved the drill to the garage , no wait , the van", "moved the drill to the van"),
    ("put the space heater in the wait no the water heater in the basement",
     "put the water heater in the basement"),
    ("received 3 no 4 boxes", "received 4 boxes"),
    ("the saw the saw 's in the truck", "the saw 's in the truck"),
    ("put the glue the wood glue in the shop", "put the wood glue in the shop"),
    ("the the drill", "the drill"),
    ("we have no more bleach", "we have no more bleach"),
    ("the mop is in the shed and the bucket is in the van", "the mop is in the shed and the bucket is in the van"),
    # a take-back before a note of its own repairs the earlier note; alone it is left whole
    ("never mind , 3 chairs to the hall", "3 chairs to the hall"),
    ("scratch that last one , it was 5 boxes", "it was 5 boxes"),
    ("never mind ignore that last one", "never mind ignore that last one"),
    # a phrase said twice up to its determiner is a restart; not things inside things, a code
    ("i bought a heater for the for the workshop", "i bought a heater for the workshop"),
    ("i put the i put the lock back", "i put the lock back"),
    ("put a box in a box in a crate", "put a box in a box in a crate"),
    ("the router one oh one oh is in the office", "the router one oh one oh is in the office"),
])
def test_repairs(said, kept):
    assert " ".join(t.text for t in undo_repairs(tokenize(said))) == kept


def test_a_take_back_before_a_note_is_not_the_whole_note():
    assert not_a_statement(undo_repairs(tokenize("scratch that, it was 5 boxes"))) is None
    assert not_a_statement(undo_repairs(tokenize("never mind, ignore my last message")))


# abbreviations ------------------------------------------------------------------------------

def test_abbreviations_are_taught_to_the_tables_not_rewritten():
    assert abbrev.full_form("rm") == "room"
    assert looks_like_place(["break", "rm"]) and looks_like_place(["conf", "rm"])
    assert looks_like_place(["bldg", "c", "lobby"])
    assert abbrev.with_short_forms({"floor"}) >= {"floor", "fl", "flr"}


# headings -----------------------------------------------------------------------------------

def _heading(text):
    toks = tokenize(text)
    return read_heading(toks, find_triggers(toks), looks_like_place)


@pytest.mark.parametrize("text, event, place", [
    ("kitchen: flour 2 bags, sugar 4 bags", "counted", "kitchen"),
    ("van 2 restock: 4 tarps, 6 bungee cords", "added", "van 2"),
    ("PO 4471 rcvd: 3 cs trash bags", "added", ""),
    ("Office Depot drop: 5 reams of paper", "added", ""),
    ("Site trailer inventory: 6 hard hats", "counted", "site trailer"),
])
def test_headings(text, event, place):
    h = _heading(text)
    assert h is not None and h.trigger.event == event
    assert " ".join(t.text for t in h.place) == place


@pytest.mark.parametrize("text", [
    "received gloves: 5",                      # the heading names the item
    "gloves: 0, site trailer",
    "Turnover unit 7: took 2 light bulbs",     # the list says its own event
    "Customer return: 2 tumblers back to the sales floor",
])
def test_not_headings(text):
    assert _heading(text) is None


# people -------------------------------------------------------------------------------------

@pytest.mark.parametrize("words_, determined, person", [
    (["pastor", "john"], False, True),
    (["district", "manager"], False, True),
    (["bea"], False, True),
    (["jack"], False, False),
    (["impact", "driver"], False, False),
    (["brother", "label", "tapes"], False, False),
    (["sarah"], True, False),
])
def test_people(words_, determined, person):
    assert is_person(words_, determined) is person
