"""Rule family: the noun phrase that names the item -> product, quantity, unit.

    "5 boxes of blue nitrile gloves"   -> quantity 5, unit box, product "blue nitrile gloves"
    "twenty five boxes of gloves"       -> 25, box, "gloves"
    "a set of drill bits"               -> 1, set, "drill bits"
    "half a dozen paint rollers"        -> 6, None, "paint rollers"
    "the cordless drill 18v"            -> None, None, "cordless drill 18v"
    "two 20 amp breakers"               -> 2, None, "20 amp breakers" (a number before a singular
                                           measure belongs to the name; see units.NAME_MEASURES)
    "3/4 inch pvc elbow", "m8 bolts", "hp 26a toner" -> no quantity
    "paper towels 4", "drills x 3"      -> trailing quantity, when the shape allows it
    "no bleach", "zero gloves"          -> 0

Determiners, vague amounts ("some", "a few", "lots of") and words like "more"/"extra" are
dropped; adjectives that tell the item apart stay.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clause_ends import remark_starts
from .notations import FILL_STATES, glued_amount, glued_measure, is_size_or_code, size_after_times
from .numbers import ABOUT_WORDS, digit_run_start, digits_value, is_number_word, read_quantity, signed_value, spoken_code
from .verbs import PARTICIPLE_ONLY, VERB_FORMS, maybe_noun
from .places import DETERMINERS, ID_PLACE_HEADS, STOP_WORDS, TIME_WORDS
from .tokens import Tok
from .units import BARE_UNITS, CONTENT_MEASURES, NAME_MEASURES, PLURAL_BARE_UNITS, SHORT_UNITS, SIZE_MEASURES, UNIT_COMPOUND_HEADS, compound_unit, unit_of

# dropped at the start of a noun phrase, longest first
LEADING = tuple(sorted((tuple(p.split()) for p in (
    "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its",
    "teh", "some", "any", "all", "all of", "all the", "both", "both of", "each", "every", "another",
    "the rest of", "rest of", "some of", "half of", "half the", "most of", "part of",
    "a few", "few", "several", "many", "lots of", "a lot of",
    "a bunch of", "bunch of", "plenty of", "a total of", "total of", *ABOUT_WORDS,
    "at least", "only", "exactly", "more", "extra", "additional", "new", "brand new", "other", "of", "dozens of",
    "hundreds of", "tons of", "loads of", "a load of", "heaps of", "masses of", "a ton of",
    "hardly any", "barely any", "not much", "very little", "very few",
    "a handful of", "handful of", "a number of", "our last", "the last",
    "last", "entire", "the whole", "full", "x", "just", "another", "an additional",
    "a new", "an extra", "a bunch", "bunch", "couple more", "few more", "own", "new item",
    "new items", "item", "items", "new item :", "shipment of", "new shipment of", "delivery of",
    "batch of", "a batch of", "a shipment of", "a delivery of", "supply of", "fresh", ":", "-",
    "donation of", "a donation of", "donations of", "purchase of", "a purchase of",
    "consignment of", "a consignment of", "an order of", "arrival of", "short on", "low on",
    "short of", "running low on", "running short on", "running short of", "a new delivery of", "a new batch of",
    "left of",  # ("there's only two left of the blue gloves")
    "a delivery", "a shipment", "delivery", "shipment", "qty", "qty :", "quantity", "quantity :",
)), key=len, reverse=True))
LEADING_WORDS = frozenset(w for p in LEADING for w in p)
# words for the state a thing is in, not which thing it is ("3 broken light bulbs", "the old
# router"): dropped from the front of the product so the catalog name is found
CONDITION_WORDS = frozenset({
    "old", "broken", "dead", "expired", "leaking", "leaky", "bent", "missing", "damaged", "cracked",
    "faulty", "busted", "dirty", "worn", "rusty", "dented", "spoiled", "defective", "used",
    "smashed", "torn", "unused", "burnt", "burned", "stained", "moldy", "outdated", "obsolete",
    "slimy", "rotten", "stale", "soggy", "mouldy", "ripped", "shattered", "frayed", "ruined",
    "chipped", "wilted", "melted", "out-of-date",
})
# how full a container is, said before it ("a whole box of batteries", "2 full bags of sand")
CONTAINER_STATES = frozenset({"whole", "full", "entire", "opened", "unopened", "sealed", "open",
                              "fresh", "new", "spare", "extra", "big", "small", "large", "empty",
                              "half-empty", "unused", "usable", "useable", "unusable", "good",
                              # ...or how it came ("a free bottle of eprinex", "a replacement box of")
                              "free", "complimentary", "replacement"})
# ...and said after the name ("buttermilk expired", "canvas torn"); some only there ("wet floor
# signs" is a name)
END_STATES = CONDITION_WORDS - {"used", "old"} | {"wet", "bad", "toast", "sour", "jammed", "gone",
                                                  "finish", "finished", "done", "empty", "only"}
# things made or sold as pairs: "a pair of" them is one pair (else it is two of them)
PAIRED_GOODS = frozenset({
    "gloves", "glasses", "sunglasses", "goggles", "spectacles", "boots", "shoes", "socks",
    "trousers", "pants", "jeans", "shorts", "leggings", "tights", "stockings", "overalls",
    "scissors", "pliers", "tongs", "shears", "snips", "cutters", "clippers", "tweezers", "loppers",
    "secateurs", "earplugs", "plugs", "earmuffs", "muffs", "headphones", "earphones", "earbuds",
    "binoculars", "skates", "skis", "sneakers", "trainers", "wellies", "wellingtons", "mittens",
    "mitts", "laces", "shoelaces", "crutches", "earrings", "chopsticks", "cleats", "sandals",
    "slippers", "gaiters", "waders", "handcuffs", "insoles", "braces", "cuffs", "flip-flops",
    "speakers", "oars", "curtains", "drapes", "dice", "pads", "guards", "knickers", "briefs",
    "defenders", "protectors", "warmers", "wristbands", "shin pads", "gauntlets", "snowshoes",
    "poles", "fins", "flippers", "stilts", "paddles", "crampons", "bindings", "pedals", "sticks",
    "drumsticks"})
# nouns of an arrival said after what arrived ("the insulin delivery arrived"): not its name
_EVENT_TAIL = frozenset({"delivery", "deliveries", "shipment", "shipments", "consignment",
                         "dropoff", "drop-off"})
# leading words that say "one" ("another drill", "an extra drill")
ONE_WORDS = frozenset({"another"})
ONE_MODIFIERS = frozenset({"new", "extra", "additional", "other", "brand", "single"})
ZERO_WORDS = frozenset({"no", "zero", "none", "nil"})
PRONOUNS = frozenset({"it", "them", "they", "those", "these", "that", "this", "everything", "which",
                      "one", "ones", "both", "all", "stuff", "things", "thing", "item", "items",
                      "em", "'em", "him", "her", "some", "any", "more"})
# words that end a product ("put the drill away"; "moved the drill back")
TRAILING = frozenset({"away", "out", "up", "off", "back", "down", "over", "around", "in", "aside",
                      "along", "here", "there", "please", "thanks", "today", "now", "again",
                      "too", "also", "as", "well", "ok", "okay", "yesterday", "already", "total",
                      "each", "apiece", "altogether", "and", "then", ",", "-", "of", "the", "a",
                      "all", "inside", "onto", "left", "anymore", "currently", "still", "in",
                      "on", "hand", "or", "so", "instead", "somewhere", "yet", "for",
                      "home", "tonight", "anyway", "ea", "low", "anywhere", "everywhere",
                      "online", "together", "both", "available", "free", "ready", "spare",
                      "overall", "outstanding", "altogether",
                      # how far, said of running out ("we've run out of acetone completely")
                      "completely", "entirely", "totally", "fully"})
PARTICLES = frozenset({"away", "out", "up", "off", "back", "down", "over", "around", "in", "aside"})
QUANTITY_MARKERS = frozenset({"x", "×", "times", "qty", "quantity", "count", "of", "total", ":",
                              "-", "="})


# (a subject pronoun starts a clause of its own: "the batteries we bought last month")
_NP_STOPS = (STOP_WORDS | TIME_WORDS | {"we", "i", "they", "he", "she", "you"}) - {
    "back", "last", "first", "this", "next", "every", "each", "total", "still", "there", "here"}
_TIME_SPANS = frozenset({"week", "month", "year", "time", "shift", "weekend", "season",
                         "term", "semester", "fortnight"})  # (school and payroll calendars)
# stop words that are also nouns: "till" is the cash register after "the" or before a noun
NOUN_STOPS = frozenset({"till"})
_AGO_LEADS = frozenset({"a", "an", "about", "around", "over", "nearly", "almost", "like", "few",
                        "couple", "of", "half", "just", "only", "several", "some"})


def time_ago(words: list[str], k: int) -> bool:
    """Whether words[k:] opens a time said with "ago" ("an hour ago", "about two days ago", "a
    couple of weeks ago")."""
    for m in range(k + 1, min(len(words), k + 6)):
        if words[m] == "ago":
            return words[m - 1] in _AGO_SPANS and all(
                w in _AGO_LEADS or w.isdigit() or is_number_word(w) for w in words[k:m - 1])
    return False


_AGO_SPANS = frozenset({"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
                        "days", "week", "weeks", "month", "months", "year", "years", "while"})
# fractions said in words before a measure belong to the name ("three quarter inch elbows")
FRACTION_WORDS = frozenset({"quarter", "quarters", "half", "eighth", "eighths", "sixteenth",
                            "sixteenths", "third", "thirds"})


_TIMES = re.compile(r"^(x|×)\d+$|^\d+(x|×)$")
# a count said with "x" before it ("x10"), its number in group 1
TIMES_N = re.compile(r"^[x×](\d+)$")


@dataclass(slots=True)
class NounPhrase:
    """What a noun phrase said, with token indexes (into the list given) for spans."""

    product: list[Tok] = field(default_factory=list)
    quantity: int | float | None = None
    quantity_toks: list[Tok] = field(default_factory=list)
    unit: str | None = None
    unit_tok: Tok | None = None
    pronoun: bool = False
    trailing_quantity: bool = False  # the quantity came after the name ("paper towels 4")
    guessed: bool = False            # a rule had to guess (e.g. a number was read as part of a name)
    unit_only: bool = False          # the product is a container word that may be the unit

    @property
    def product_text(self) -> str:
        return _join(self.product)


def _join(toks: list[Tok]) -> str:
    out = ""
    for t in toks:
        if out and not t.text.startswith("'"):
            out += " "
        out += t.text
    return out


_LEADING_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in LEADING:  # longest first, as in LEADING
    _LEADING_BY_FIRST.setdefault(_p[0], []).append(_p)


# sizes and grades an "extra" belongs to ("extra large gloves", "extra virgin olive oil")
_EXTRA_GRADES = frozenset({"virgin", "large", "small", "long", "wide", "heavy", "fine", "strong",
                           "thick", "hold", "light", "firm", "soft", "hot", "mild", "sharp", "bold",
                           "tall", "short", "lean", "sturdy", "deep"})


def _singular_unit_before_name(words: list[str], i: int) -> bool:
    """'10 box copy paper', '4 case water', '2 pallet bricks': a container said in the singular
    after a number is still the unit, unless the name is a compound with it ('2 sheet pans',
    '3 box fans': UNIT_COMPOUND_HEADS)."""
    rest = [w for w in words[i + 1:] if w.isalpha()]
    return bool(rest) and rest[-1] not in UNIT_COMPOUND_HEADS and not any(
        w in UNIT_COMPOUND_HEADS for w in rest[:1])


def _plural_before_name(words: list[str], i: int, unit: str) -> bool:
    """'10 packs filter paper', '2 boxes cable ties': a plural container said before a name of
    two words or more is its unit, whatever the next word ('2 pallet jacks', 'a box cutter' are
    names: the container in the singular)."""
    return words[i] != unit and i + 2 < len(words) and words[i + 1].isalpha() and \
        words[i + 2].isalpha() and words[i + 2] not in TRAILING


def container_word(w: str) -> bool:
    """Whether w may be said of a container: how full, how big, what state ("full", "big",
    "expired", "sealed")."""
    return w in CONTAINER_STATES or w in CONDITION_WORDS


def on_container(words: list[str], k: int) -> bool:
    """Whether words[k] is a word on the container that comes right after it: how full, how
    big, what state ("full" in "1 full drum", "big" in "7 big bales", "expired" in "2 expired
    bottles")."""
    return container_word(words[k]) and k + 1 < len(words) and unit_of(words[k + 1]) in BARE_UNITS


def _stated_container(words: list[str], i: int, quantity, allow_trailing_quantity: bool) -> bool:
    """'7 big bales', '1 full drum', '5 full bottles': after an amount, a word on the container
    and the container closing the phrase, on the terms of a container alone ('2 bags': plural,
    or one of it, or an amount after the name)."""
    if quantity is None or not on_container(words, i):
        return False
    unit = unit_of(words[i + 1])
    return (allow_trailing_quantity or words[i + 1] != unit or quantity == 1) \
        and all(w in TRAILING or _kept_participle(w) for w in words[i + 2:])


# said of a container or a delivery ("a full box of", "a fresh batch of"), but part of a name
# before a plain noun ("full foot fins", "fresh apples")
_OF_CONTAINERS = frozenset({"full", "fresh"})


# words after "of them" that end the phrase, so "them" is the pronoun ("two of them to the shed")
_NOT_AFTER_THEM = frozenset({"to", "in", "on", "at", "from", "into", "onto", "off", "and", "or", "for",
                             "left", "are", "were", "is", "was", "have", "had", "out", "back", "up",
                             "down", "over", "with", "by", "each", "all", "both", "but", "so", "then",
                             "too", "again", "today", "yesterday", "now", "here", "there", "this", "that",
                             "we", "i", "they", "you", "he", "she", "it", "the", "a", "an"})


def _skip_leading(words: list[str], i: int) -> int:
    while i < len(words):
        if words[i] == "them" and i > 0 and words[i - 1] == "of" and i + 1 < len(words) and \
                words[i + 1].isalpha() and words[i + 1] not in _NOT_AFTER_THEM and \
                not words[i + 1].endswith("ing") and not (words[i + 1].endswith("ed") and len(words[i + 1]) > 4):
            i += 1  # "three of them big tarps": "them" said for "those"
            continue
        if words[i] == "extra" and words[i + 1:i + 2] and words[i + 1] in _EXTRA_GRADES:
            return i
        if words[i:i + 2] == ["the", "whole"] and _whole_kind(words, i + 1):
            return i + 1  # "most of the whole milk": a kind, not all of it
        if words[i] in _OF_CONTAINERS and i + 1 < len(words) and words[i + 2:i + 3] != ["of"] and \
                words[i + 1] not in _LEADING_BY_FIRST and words[i + 1] not in ("one", "ones"):
            return i
        for p in _LEADING_BY_FIRST.get(words[i], ()):
            if tuple(words[i:i + len(p)]) == p and not (p == ("x",) and i + 1 >= len(words)):
                i += len(p)
                break
        else:
            return i
    return i


def _whole_kind(words: list[str], k: int) -> bool:
    """Whether "whole" at k, after "the", names a kind ("the whole milk") rather than all of
    something ("the whole box of nails", "the whole lot", "binned the whole cake"): a food sold
    whole or not (`_WHOLE_KINDS`) follows, not a container, an amount or "of"."""
    nxt = words[k + 1:k + 2]
    return bool(nxt) and nxt[0] in _WHOLE_KINDS and words[k + 2:k + 3] != ["of"] and \
        not unit_of(nxt[0]) and nxt[0] not in _WHOLE_OF and nxt[0] not in LEADING_WORDS


# foods sold whole as a kind of their own: after "the", "whole" before any other word is all of
# it ("binned the whole cake", "the whole fence panel")
_WHOLE_KINDS = frozenset({"milk", "grain", "grains", "wheat", "meal", "foods", "food", "bean",
                          "beans", "nuts", "almonds", "hazelnuts", "cashews", "peppercorns",
                          "spices", "cloves", "cumin", "coriander", "fennel", "nutmeg", "chicken",
                          "chickens", "oats", "tomatoes", "egg", "eggs"})


# what "the whole" says all of ("the whole lot", "the whole thing")
_WHOLE_OF = frozenset({"lot", "thing", "things", "load", "batch", "order", "delivery", "shipment",
                       "supply", "stock", "time", "day", "week"})


# participles of keeping that may follow a counted thing
KEPT_PARTICIPLES = frozenset({"stacked", "stored", "kept", "stashed", "sitting", "lying", "hanging",
                              "parked", "packed", "boxed", "shelved", "racked", "staged", "piled",
                              "lined", "remaining"})


def _kept_participle(word: str) -> bool:
    """A participle said after a thing: how it is kept ("stacked"), or the event of a causative
    ("had 2 cases delivered")."""
    return word in KEPT_PARTICIPLES or word in PARTICIPLE_ONLY or (
        word.endswith("ed") and len(word) > 4 and word in VERB_FORMS and not maybe_noun(word))


def _unknown_past(word: str) -> bool:
    """A past form no table knows, said after the name ("3 laptops reimaged"): what was done to
    it, not its name."""
    return len(word) > 6 and word.endswith("ed") and not word.endswith("eed") and word.isalpha() \
        and word not in VERB_FORMS and word not in CONDITION_WORDS


def _trailing_amount(toks: list[Tok]) -> tuple[int, int | float, Tok] | None:
    """(where the amount starts, its value, the unit token) when the phrase ends in a number and
    a unit ("5 bx", "two rolls", "x2 gal", "1 bag", "2 big sacks") after at least one word of
    name."""
    words = [t.text for t in toks]
    unit = unit_of(words[-1])
    if unit is None or unit == "item":
        return None
    sized = _sized_containers(words)
    if sized:
        return sized[0], sized[1], toks[-1]
    for k in range(max(1, len(words) - 4), len(words) - 1):
        if _TIMES.match(words[k]) and k == len(words) - 2:
            q, e = int(words[k].strip("x×")), k + 1
            if words[k - 1] not in QUANTITY_MARKERS and not is_number_word(words[k - 1]) and \
                    not words[k - 1].isdigit():
                return k, q, toks[-1]  # "12/2 x3 rolls", "cat6 x3 boxes": "x" says the amount
        else:
            q, e = read_quantity(words, k)
            if e == len(words) - 2 and on_container(words, e):
                e += 1  # "rice 2 big sacks": a word on the container
        if q is None or e != len(words) - 1 or words[k] in ("a", "an"):
            continue
        name = words[k - 1]
        if name == "point" or _letters_then_number(words, k):
            return None  # "two point four tubes", "co two cartridges": in the name
        c = k
        while c > 1 and words[c - 1] in _BEFORE_A_COUNT:
            c -= 1
        if c < k and words[c - 1].isalpha() and not is_number_word(words[c - 1]):
            return c, q, toks[-1]  # "birdseed about ten sacks", "liners only about six rolls"
        if name in ("x", "×") and k > 1 and _ends_name(words, k - 2) and \
                words[k - 2] not in QUANTITY_MARKERS:
            return k - 1, q, toks[-1]  # "soap x 12 bottles", "osb 7/16 x 30 sheets"
        if name in ("x", "×") and k > 1 and _code_beside_times(words[k - 2], q) and \
                (k == 2 or not words[k - 3].isdigit()) and words[k].isdigit():
            return k - 1, q, toks[-1]  # "abranet 400 x 2 boxes", "320 x 1 box": a code, not a size
        if is_number_word(name) and k > 1 and words[k - 2].isalpha() and not is_number_word(words[k - 2]) \
                and words[k - 2] not in QUANTITY_MARKERS and read_quantity(words, k - 1)[1] == k:
            return k, q, toks[-1]  # "tight bond three two bottles": a number that ends the name
        if is_number_word(name) and k - digit_run_start(words, k) >= 4 and \
                spoken_code(words, digit_run_start(words, k)) is not None:
            return k, q, toks[-1]  # "seven oh one six one box": a code read out digit by digit
        if not (name.isalpha() or _ends_name(words, k - 1) or glued_measure(name) or is_size_or_code(name)) or \
                is_number_word(name) or name in QUANTITY_MARKERS:
            return None
        return k, q, toks[-1]  # ("multipurpose compost 50l 7 bags": a size ends the name; "21g 6
        # boxes" in a list: the size names it)
    return None


# two-letter words that are words, not letters of a code
_TWO_LETTER_WORDS = frozenset({"of", "to", "in", "on", "at", "by", "up", "it", "is", "me", "we",
                               "us", "an", "as", "or", "so", "no", "do", "go", "he", "my", "oh",
                               "ok", "uh", "um", "be", "if", "am", "hi", "ya", "em"})


def _definite(leading: list[str]) -> bool:
    """Whether the leading words dropped before a name make it definite ("the", "the last of the")."""
    return "the" in leading


def _size_closing(toks: list[Tok], tail: tuple[int, int | float, Tok]) -> bool:
    """Whether the amount closing a definite name is its size: a number above one before a
    measure or container in the singular ("the hozelock fifty metre", "the pss
    seven thousand set", "the tape twenty four inch"); said of one thing, as "the 5 litre
    bleach" is before it. An abbreviation has no number ("the rope 20 ft"), and a plural
    counts ("the hose 2 lengths")."""
    k, q, unit_at = tail
    word = unit_at.text
    return q > 1 and word == unit_of(word) and word not in SHORT_UNITS and len(word) > 2 \
        and toks[k].text not in ("x", "×") and not _TIMES.match(toks[k].text)


def _letters_then_number(words: list[str], k: int) -> bool:
    """Whether the number said in words at words[k] follows two letters of a code, with or
    without a spoken "x" ("co two cartridges", "the eb x forty nine"): a model's name read
    out, not an amount (typed amounts after a name are digits: "ab x 3")."""
    c = k - 1 - (k >= 2 and words[k - 1] == "x")
    return is_number_word(words[k]) and c >= 0 and len(words[c]) == 2 and words[c].isalpha() \
        and words[c] not in _TWO_LETTER_WORDS \
        and not (c >= 3 and spoken_code(words, digit_run_start(words, c)) == c)
    # ("five seven five pp two bags": the code had its digits before its letters)


def _before_ending_words(toks: list[Tok], particles: bool) -> int:
    """Where the words that only end a phrase start ("x3 arrived today", "x 10 boxes in"): an
    amount said before them is still the amount after the name. Never 0. (The words are the
    ones read_noun_phrase drops from the end of the product.)"""
    end = len(toks)
    while end > 1 and (toks[end - 1].text in (TRAILING if particles else TRAILING - PARTICLES) or
                       _kept_participle(toks[end - 1].text) or toks[end - 1].text in _ARRIVAL_VERBS) \
            and toks[end - 1].text not in ("each", "apiece", "ea", "hand"):
        end -= 1
    return end


def _sized_container_at(toks: list[Tok]) -> int | None:
    """Where the size of a container starts when a name ends in "SIZE CONTAINERS", the size said
    apart from its number ("speckled buff clay twenty five pound bags", "pottery clay 50 lb
    bags"): the containers are the unit and their size goes with them, as in "a 50 lb bag of
    rice". None otherwise: a singular container may be the thing ("the 5 litre bottle"), and a
    size written on its number stays on the name ("rice 2lb bags", "hop tide 50l kegs", as the
    sets label them)."""
    words = [t.text for t in toks]
    if len(words) < 4 or unit_of(words[-1]) not in BARE_UNITS or unit_of(words[-1]) == words[-1] \
            or unit_of(words[-2]) not in CONTENT_MEASURES or toks[-3].end == toks[-2].start:
        return None
    start = len(words) - 2
    while start > 0 and (_DECIMAL.match(words[start - 1]) or is_number_word(words[start - 1])):
        start -= 1  # "twenty five pound", "50 lb"
    if start == len(words) - 2 or start == 0:
        return None
    return start if words[start - 1].isalpha() and not is_number_word(words[start - 1]) else None


def _sized_containers(words: list[str]) -> tuple[int, int] | None:
    """(where the count starts, the count) of "N x SIZE CONTAINERS" closing a phrase after a
    name ("tubeless sealant 2x 1L bottles", "water 5 x 5L bottles"): the size is the
    container's, as in "a 50 lb bag of rice"; the count is how many containers."""
    if len(words) < 4 or not glued_measure(words[-2]):
        return None
    k = len(words) - 3
    if _TIMES.match(words[k]) and words[k][-1] in "x×":
        count = k  # "2x 1l bottles"
    elif words[k] in ("x", "×") and words[k - 1].isdigit():
        count = k = k - 1  # "5 x 5l bottles"
    else:
        return None
    return (count, int(words[count].rstrip("x×"))) if k >= 1 and _ends_name(words, k - 1) else None


# determiners after which "a" is the letter ("the a3 pouches" said "the a three pouches")
_BEFORE_LETTER_A = frozenset({"the", "this", "that", "these", "those", "our", "my", "your",
                              "their", "his", "her"})


def _spelled_letter(words: list[str], k: int) -> bool:
    """Whether words[k] is a letter spelled out in speech ("i v", "p p e"), not "a" or "i"."""
    return k < len(words) and len(words[k]) == 1 and words[k].isalpha() and words[k] not in ("a", "i")


# "running low", "getting short": how a stock is, said after its name
_GETTING = frozenset({"running", "getting", "going", "looking", "very", "pretty", "bit"})
_LOW = frozenset({"low", "short", "thin"})


# the verb of a causative arrival said after its thing ("had 20 boxes of crisps come in")
_ARRIVAL_VERBS = frozenset({"come", "arrive"})


def _amount_of_the_units(words: list[str]) -> tuple[int, int, int | float] | None:
    """(start, end, amount) of "N of the [size] CONTAINERS" closing a phrase after a name ("stove
    fuel two dozen of the small cans"), or None."""
    if len(words) < 5 or unit_of(words[-1]) in (None, "item"):
        return None
    for k in range(1, len(words) - 3):
        q, e = read_quantity(words, k)
        if q is None or words[k] in ("a", "an") or words[e:e + 2] not in (["of", "the"], ["of", "those"]):
            continue
        between = words[e + 2:-1]
        if len(between) <= 2 and all(w.isalpha() and unit_of(w) is None for w in between) and \
                words[k - 1].isalpha() and not is_number_word(words[k - 1]):
            return k, e, q
        return None
    return None


def _all_of_them(words: list[str]) -> tuple[int, int, int | float] | None:
    """(start, end, amount) of a closing "all N" / "all N of them" after a name, or None."""
    for k in range(len(words) - 2, 0, -1):
        if words[k] != "all":
            continue
        q, e = read_quantity(words, k + 1)
        if q is not None and words[k + 1] not in ("a", "an") and (
                e == len(words) or words[e:] in (["of", "them"], ["of", "those"])):
            return k, e, q
        return None
    return None


def _amount_of_units_inside(words: list[str]) -> int | None:
    """Where "N CONTAINERS of NAME" starts when words that are no part of it come first (a
    heading, a verb: "flour delivery twelve sacks of rye flour"); None when it opens the phrase
    or only leading words come before it ("the last two boxes of")."""
    for k in range(2, len(words) - 3):
        if words[k] in ("a", "an") or not words[k - 1].isalpha() or is_number_word(words[k - 1]):
            continue
        q, e = read_quantity(words, k)
        if q is None or e + 2 >= len(words) or words[e + 1] != "of" or words[e + 2] in PRONOUNS \
                or unit_of(words[e]) in (None, "item") or words[e] == unit_of(words[e]):
            continue
        if all(w in LEADING_WORDS or w in CONTAINER_STATES for w in words[:k]) or \
                any(read_quantity(words, j)[1] > k for j in range(k)):
            continue  # (nor the end of a number said before: "a hundred and twenty bags of")
        return k
    return None


def _amount_of_it(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of "N [unit]" before a closing "of it"/"of them" after a name, or None."""
    if len(words) < 4 or words[-2:] not in (["of", "it"], ["of", "them"]):
        return None
    for k in range(1, len(words) - 2):
        q, e = read_quantity(words, k + (words[k] in ABOUT_WORDS))
        if q is None or (words[k] in ("a", "an") and q == 1):
            continue  # ("like a dozen of them" is 12)
        if e == len(words) - 3 and unit_of(words[e]) not in (None, "item"):
            e += 1
        if e == len(words) - 2:
            return k, e
        # ("oak twenty five mil boards twenty of them": a size in the name, the count after)
    return None


_DECIMAL = re.compile(r"^\d+(\.\d+)?$")
_SIZE_OR_GRADE = re.compile(r"^(\d+(-\d+)?/\d+|\d+[a-z]+|\d+x\d+|[a-z]+\d+[a-z]*)$")


def _ends_name(words: list[str], k: int) -> bool:
    """Whether words[k], said before "x N", can end a name: a word ("soap x 12"), or after one
    a size, grade or shade written with digits ("osb 7/16 x 30", "crystal 40l x 4", "koleston
    8/0 x 6", "laser ply 3mm x 20"); a bare number is a dimension ("4 x 8 sheets")."""
    w = words[k]
    if w.isalpha():
        return not is_number_word(w)
    if w == "%":  # "lidocaine 2% x 5 vials": a strength ends the name
        return k >= 2 and bool(_DECIMAL.match(words[k - 1])) and _ends_name(words, k - 2)
    if k >= 1 and len(words[k - 1]) >= 3 and words[k - 1].isdigit() and glued_measure(w):
        return True  # "6082 50mm x 7": a grade, then a size on its number
    return k >= 1 and words[k - 1].isalpha() and not is_number_word(words[k - 1]) \
        and bool(_SIZE_OR_GRADE.match(w))


# things named by a measure they hold, not sized by it: "48 pint glasses" are 48 glasses
_MEASURE_NAMED = frozenset({("pint", "glasses"), ("pint", "glass"), ("pint", "pots"),
                            ("pint", "jugs"), ("pint", "cups")})


def _named_by_measure(words: list[str], i: int, j: int) -> int | None:
    """Where a name starts when number words end in a plural measure that ends the phrase (no
    container, no noun after it): the things are named by the measure ("nine volts", "twelve
    volts"), so the last number word is the name's; None otherwise ("20 volts" in digits, "nine
    volt batteries", "ten feet")."""
    if j + 1 != len(words) or j == i or unit_of(words[j]) is not None or \
            words[j][-1:] != "s" or words[j][:-1] not in NAME_MEASURES:
        return None
    return j - 1 if all(w.isalpha() and is_number_word(w) for w in words[i:j]) else None


def _code_beside_times(word: str, count: int | float) -> bool:
    """Whether a bare number said on the other side of "x" from a count is a code or grade of the
    name, not one side of a size ("4 x 9005 matt", "abranet 400 x 2 boxes"): three digits or more,
    and at least fifty times the count (a size's sides are alike: "4 x 8", "100 x 50")."""
    return word.isdigit() and len(word) >= 3 and isinstance(count, int) and 0 < count and \
        int(word) >= 50 * count


def _times_a_size(words: list[str], k: int) -> bool:
    """Whether "N x" is followed at words[k] by a size of the name ("2 x 8 gallon sharps
    containers", "3 x 5 litre cans"): a number, a measure word that is no dimension, a name."""
    q, e = read_quantity(words, k)
    if size_after_times(words, k):
        return True  # "2 x 25kg salt licks" (notations.py)
    return q is not None and e + 1 < len(words) and words[e] in NAME_MEASURES and \
        words[e] not in ("x", "by", "inch", "foot", "feet", "cm", "mm", "meter", "metre") and \
        words[e + 1].isalpha() and words[e + 1] != "of"


# words that say how a count after a name is meant ("syringes only about twenty")
_BEFORE_A_COUNT = ABOUT_WORDS | {"only", "just", "exactly", "approximately"}


# what a title is counted in
_COPY_WORDS = frozenset({"copies", "copy"})


def _amount_after_clause(words: list[str], end: int) -> int | None:
    """Where an amount that ends the words starts, after a relative clause opened at
    words[end] ("... that dried out like three boxes"); None when there is none."""
    if end >= len(words) - 2 or words[end] not in ("that", "which"):
        return None
    for m in range(end + 2, len(words)):
        k = m
        while k < len(words) and words[k] in ABOUT_WORDS:
            k += 1
        q, e = read_quantity(words, k)
        if q is not None and words[k] not in ("a", "an") and (
                e == len(words) or e == len(words) - 1 and unit_of(words[e]) not in (None, "item")):
            return m if k > m or words[m - 1] in _CLAUSE_END_WORDS else None
    return None


# words a relative clause about a thing may end on before an amount ("that dried out like 3")
_CLAUSE_END_WORDS = frozenset({"out", "off", "up", "over", "hard", "bad", "wet", "mouldy", "moldy",
                               "damp", "stale", "broken", "expired"})


def _measure_or_unit(word: str) -> bool:
    return word in NAME_MEASURES or word.rstrip("s") in NAME_MEASURES or unit_of(word) is not None


# words that, after "the" and a number, say a size of the thing: "the 6 tread ladder", "the 3
# step stool" (one thing; "6 step ladders" may be six of them)
_THE_SIZED = frozenset({"step", "tread", "rung", "seater", "tier", "man"})


def plural_then_count(words: list[str]) -> int | None:
    """Where a count said after a plural name starts ("shower curtains 20", "hangers two
    hundred", "xlr cables 10"): a terse note's amount, whatever the verb. None when the words
    do not end so; a number after a singular word is an id ("cart 2", "iphone 15"). After "x"
    any name takes it ("stage weights x 12", "till roll x20")."""
    if len(words) >= 2 and _TIMES.match(words[-1]) and words[-1][0] in "x×" and words[-2].isalpha():
        return len(words) - 1
    for k in range(max(1, len(words) - 4), len(words)):
        q, e = read_quantity(words, k)
        if q is None or e != len(words) or words[k] in ("a", "an"):
            continue
        if words[k].isdigit() and len(words[k]) >= 4:
            return None  # a model or a year ("dell latitude 5440")
        prev = words[k - 1]
        if prev in ("x", "×") and k >= 2 and _ends_name(words, k - 2):
            return k - 1
        if prev.isalpha() and len(prev) > 3 and prev.endswith("s") and not prev.endswith(("ss", "us", "is")) \
                and not is_number_word(prev) and prev not in _COUNT_ID_WORDS:
            return k
        code = digit_run_start(words, k)
        if is_number_word(prev) and k - code >= 3 and spoken_code(words, code) == k and not words[k].isdigit() \
                and (code == 0 or plural_then_count(words[:code] + ["1"]) == code):
            return k  # "ledgers three oh seven twenty", "(and) two five seven twenty": a code
            # read out digit by digit, then how many
        return None
    return None


# plural words a number after is an id of ("levels 2", "series 5")
_COUNT_ID_WORDS = frozenset({"series", "levels", "floors", "aisles", "bays", "rooms", "bins",
                             "shelves", "racks", "stairs", "sections", "units", "gens", "specs",
                             "grades", "sizes", "parts", "versions", "windows", "years", "days",
                             "hours", "weeks", "months", "minutes", "mins", "hrs", "yrs", "pages"})


def read_noun_phrase(toks: list[Tok], allow_trailing_quantity: bool = False,
                     particles: bool = True) -> NounPhrase:
    """Split a noun phrase into quantity, unit and product (see module doc)."""
    words = [t.text for t in toks]
    np = NounPhrase()
    # cut at a stop word or time word that ends the phrase ("the drill for now")
    end = len(words)
    # "two copies of Where the Crawdads Sing": a title, whatever words it has
    titled = next((j + 2 for j in range(len(words) - 2) if words[j] in _COPY_WORDS and words[j + 1] == "of"), None)
    for k, w in enumerate(words):
        if titled is not None and k >= titled:
            break
        # after "the"/"a" a time word is a (misheard) noun: "put the later in the shed"
        if k > 0 and w.endswith("ing") and w in VERB_FORMS and not maybe_noun(w) and \
                words[k + 1:k + 2] and (words[k + 1] in DETERMINERS or words[k + 1][:1].isdigit()):
            end = k  # "2 jugs of soap refilling the dispensers": what for, not the name
            break
        if k > 1 and w in ("the", "those", "that") and words[k - 1] not in ("of", "and") and \
                any(x in ("one", "ones") for x in words[k + 1:k + 6]) and words[k + 1:k + 2] != ["one"]:
            end = k  # "drum sticks the five a ones": which of them, after the name
            break
        if k > 0 and w in _GETTING and words[k + 1:k + 2] and words[k + 1] in _LOW:
            end = k - (words[k - 1] in ("is", "are", "'s", "'re", "was", "were"))
            # "plasters running low, only 3 boxes left": how it is, not its name
            break
        if remark_starts(words, k):
            end = k  # "chucked the merlot it was corked" (clause_ends.py)
            break
        if k > 0 and time_ago(words, k):
            end = k  # "ran out of oat milk an hour ago": when, not the name
            break
        # ("three tubs of that quick yeast": a determiner after "of" goes on the name)
        if k > 0 and w in _NP_STOPS and not (words[k - 1] in DETERMINERS and words[k - 1] not in
                                             ("this", "that", "these", "those", "one", "of")) \
                and not (w in ("that", "this", "those", "these") and words[k - 1] == "of" and
                         words[k + 1:k + 2] and words[k + 1].isalpha() and words[k + 1] not in VERB_FORMS
                         and words[k + 1] not in STOP_WORDS) \
                and not (w in NOUN_STOPS and k > 1 and words[k - 2] in DETERMINERS and
                         words[k - 1] in CONDITION_WORDS | {"spare", "new", "main", "front", "back"}) \
                and not (w in NOUN_STOPS and words[k + 1:k + 2] and words[k + 1].isalpha() and
                         words[k + 1] not in TIME_WORDS and words[k + 1] not in DETERMINERS) \
                and not (w == "i" and (len(words[k - 1]) == 1 or _spelled_letter(words, k + 1))) or (
                    # "g f c i outlets", "the last i v start kit": letters spelled out
                    k > 0 and w in ("this", "last", "next") and words[k + 1:k + 2] and
                    words[k + 1] in TIME_WORDS | _TIME_SPANS):  # "them out this morning"
            end = k
            break
    after = _amount_after_clause(words, end)
    if after is not None:
        # "the old b mix cone ten that dried out like three boxes": the clause about the thing
        # goes, the amount said after it stays
        return read_noun_phrase(toks[:end] + toks[after:], allow_trailing_quantity, particles)
    words, toks = words[:end], toks[:end]
    if len(words) > 3 and words[-3:] in (["all", "of", "them"], ["both", "of", "them"],
                                         ["each", "of", "them"], ["all", "of", "it"]):
        words, toks = words[:-3], toks[:-3]  # "binned the old mop heads all of them"
    if len(words) > 3 and words[-2:] == ["in", "stock"]:
        # "sm58 x4 in stock": held, not part of the name; the amount before it is the count
        words, toks = words[:-2], toks[:-2]
    of_units = _amount_of_the_units(words)
    if of_units:
        # "stove fuel two dozen of the small cans", "lamp oil 6 of the big bottles": the name
        # first, then how many of its containers
        k, e, q = of_units
        np = read_noun_phrase(toks[:k], allow_trailing_quantity, particles)
        if np.product and not np.pronoun and np.quantity is None:
            np.quantity, np.quantity_toks = q, toks[k:e]
            np.unit, np.unit_tok = unit_of(words[-1]), toks[-1]
            return np
    all_n = _all_of_them(words)
    if all_n:
        # "the kids helmets all six", "the folding chairs all forty of them": how many, after
        # the name
        np = read_noun_phrase(toks[:all_n[0]], allow_trailing_quantity, particles)
        if np.product and not np.pronoun and np.quantity is None:
            np.quantity, np.quantity_toks = all_n[2], toks[all_n[0] + 1:all_n[1]]
            return np
    of_it = _amount_of_it(words)
    if of_it:
        # "the snow shovels three of them", "lighting gel twenty sheets of it": the amount of the
        # name said first
        k, e = of_it
        np = read_noun_phrase(toks[:k], allow_trailing_quantity, particles)
        while words[k] in ABOUT_WORDS:
            k += 1  # "about three rolls of it"
        if np.product and not np.pronoun and np.quantity is None:
            np.quantity, np.quantity_toks = read_quantity(words, k)[0], toks[k:read_quantity(words, k)[1]]
            if e > read_quantity(words, k)[1]:
                np.unit, np.unit_tok = unit_of(words[e - 1]), toks[e - 1]
            return np
    units_of = _amount_of_units_inside(words)
    if units_of:
        # "the flour delivery twelve sacks of rye flour", "deliveries today were four crates of
        # whole milk": the item starts at its amount; the words before only lead up to it
        return read_noun_phrase(toks[units_of:], allow_trailing_quantity, particles)
    if words == ["which"]:
        np.pronoun = True  # "... which are in the fridge now"
        return np
    if words and words[0] in STOP_WORDS - {"this", "that", "each", "every", "last", "next"} and \
            not (words[0] in NOUN_STOPS and words[1:2] and words[1].isalpha() and
                 words[1] not in TIME_WORDS and words[1] not in DETERMINERS):
        return np  # "for the winter", "with the charger": no item ("till rolls" is one)
    i = 0
    while i + 1 < len(words) and words[i] in ("yesterday", "today", "tonight", "earlier", "also"):
        i += 1  # "I carry yesterday two folding table to lobby"
    if i < len(words) and words[i] in ZERO_WORDS and (i + 1 < len(words) or words[i] == "none"):
        np.quantity, np.quantity_toks = 0, [toks[i]]
        i += 1
        if i < len(words) and words[i] in ("more", "longer"):
            i += 1
    if np.quantity is None and i + 1 < len(words) and (
            words[i] in ONE_WORDS and read_quantity(words, i + 1)[0] is None
            or (words[i] in ("a", "an") and words[i + 1] in ONE_MODIFIERS)) and \
            words[i + 2:i + 3] not in (["delivery"], ["shipment"], ["batch"], ["consignment"], ["load"],
                                       ["supply"], ["lot"], ["order"]):  # ("a new delivery of X": no "one")
        np.quantity, np.quantity_toks = 1, [toks[i]]
        i += 1
    i = _skip_leading(words, i)
    spelled_a = 0 < i < len(words) and words[i] == "a" and words[i - 1] in _BEFORE_LETTER_A and \
        i + 1 < len(words)  # "the a c unit", "the a three pouches": a determiner is never
    # followed by "a" the article, so it is a letter said out ("a three" is A3), not "one"
    glued = glued_amount(words[i]) if np.quantity is None and i < len(words) else None
    if glued and (words[i + 1:i + 2] == ["of"] or all(
            w in TRAILING or _kept_participle(w) for w in words[i + 1:])):
        # "200ml of 2M HCl": an amount glued to its measure, then what of (notations.py); said
        # alone ("velcro 20mm - 10m used"), the amount of a name said elsewhere
        np.quantity, np.quantity_toks = glued[0], [toks[i]]
        np.unit, np.unit_tok = glued[1], toks[i]
        if words[i + 1:i + 2] != ["of"]:
            return np
        i += 2
    elif np.quantity is None and not spelled_a:
        q, j = read_quantity(words, i)
        if q is None and i < len(words) and words[i] in ("a", "an", "one") and i + 1 < len(words):
            q, j = 1, i + 1
        if q is not None:
            # a number before a singular measure is part of the name: "20 amp breaker"
            nxt = words[j] if j < len(words) else ""
            if nxt in ("x", "×") and (_times_a_size(words, j + 1) or j == i + 1 and words[i].isdigit() and
                                      _code_beside_times(words[j + 1], q) and words[j + 2:j + 3] and
                                      words[j + 2].isalpha() and words[j + 2] not in NAME_MEASURES):
                words = words[:j] + words[j + 1:]  # "2 x 8 gallon sharps containers": 2 of them
                toks = toks[:j] + toks[j + 1:]
                nxt = words[j]
            in_name = "/" in words[i] or spoken_code(words, i, _measure_or_unit) is not None or (
                # "the six kilo calor", "the 5 litre bleach": after "the", a measure sizes the name
                i > 0 and words[i - 1] == "the" and (unit_of(nxt) in SIZE_MEASURES or nxt in _THE_SIZED) and
                j + 1 < len(words) and words[j + 1].isalpha() and unit_of(words[j + 1]) is None) or (
                nxt in NAME_MEASURES and j + 1 < len(words) and words[j + 1] != "of"
                and tuple(words[j:j + 2]) not in _MEASURE_NAMED
                and words[i] not in ("a", "an")
                and not (nxt in ("x", "×") and read_quantity(words, j + 1)[0] is None)) or (
                nxt in FRACTION_WORDS and words[j + 1:j + 2] and words[j + 1] in NAME_MEASURES)
            if not in_name and j < len(words) - 1 and (
                    _TIMES.match(words[-1]) or words[-2] in ("x", "×") and words[-1].isdigit()
                    or _TIMES.match(words[-2]) and unit_of(words[-1]) not in (None, "item")  # "651 white x2 rolls"
                    or len(words) - j >= 4 and words[-3] in ("x", "×") and words[-2].isdigit()
                    and unit_of(words[-1]) not in (None, "item") and _ends_name(words, len(words) - 4)
                    or (nxt in NAME_MEASURES or is_number_word(nxt)) and plural_then_count(words)
                    or allow_trailing_quantity and j == i + 1 and words[i].isdigit() and len(words[i]) >= 3
                    and len(words) - j >= 2 and unit_of(nxt) in (None, "item")  # ("300 bags rice 2": an amount)
                    and words[-1].isdigit() and len(words[-1]) <= 3 and words[-2].isalpha()
                    and not is_number_word(words[-2]) and unit_of(words[-2]) is None
                    or unit_of(nxt) in SIZE_MEASURES and j + 2 < len(words) and (
                        plural_then_count(words[j + 1:]) or _trailing_amount(toks[j + 1:]))):
                # "nine volts x 12", "two fifty mil beakers twelve", "4 lb lead weights 38", "1lb
                # jars 6 cases": the count after the name is the amount, the number before is
                # part of the name
                in_name = True
            named = None if in_name else _named_by_measure(words, i, j)
            if named is not None:
                # "out of nine volts", "twenty nine volts": the last number word and the measure
                # name the thing; a number before them is how many
                q, j = read_quantity(words[:named], i) if named > i else (None, i)
                in_name = q is None or j != named
            if in_name:
                np.guessed = True
                q, j = None, i
            if q is not None:
                np.quantity, np.quantity_toks = q, toks[i:j]
                i = j
                # "4 of the 6 bikes"
                if i < len(words) and words[i] == "of":
                    k = _skip_leading(words, i)
                    q2, k2 = read_quantity(words, k)
                    if q2 is not None and not (k2 < len(words) and (words[k2] in NAME_MEASURES or
                                                                     unit_of(words[k2]) in SIZE_MEASURES)) \
                            and spoken_code(words, k, _measure_or_unit) is None:  # ("two of the nine fifties")
                        i = k2
                    elif k > i + 1:
                        i = k
    elif i < len(words) and words[i] == "of":
        i += 1
    i = _skip_leading(words, i)
    # "half a pallet of copy paper": half of one container
    if np.quantity is None and words[i:i + 2] in (["half", "a"], ["half", "an"]) and \
            i + 2 < len(words) and unit_of(words[i + 2]) not in (None, "dozen"):
        np.quantity, np.quantity_toks = 0.5, toks[i:i + 2]
        i += 2
    # "a 50 lb bag of rice": a size said before the container belongs to the container
    if np.quantity is not None and i + 3 < len(words) and read_quantity(words, i)[0] is not None:
        q2, k = read_quantity(words, i)
        if k + 2 < len(words) and (words[k] in NAME_MEASURES or unit_of(words[k])) and \
                unit_of(words[k + 1]) and words[k + 2] == "of":
            i = k + 1
    # "4 x 5L bottles of distilled water", "a 500ml bottle of saline", "5 x 5L bottles": a size
    # written on its number is the container's (notations.py)
    # ("40 x 1ml syringes": a thing, not its container)
    if np.quantity is not None and i + 1 < len(words) and glued_measure(words[i]) and (
            words[i + 2:i + 3] == ["of"] and unit_of(words[i + 1]) not in (None, "item")
            or i + 2 == len(words) and unit_of(words[i + 1]) in BARE_UNITS):
        i += 1
    # "a whole tub of matcha", "6 expired bottles of sanitizer": a word on the container said
    # between the number and the container
    if np.quantity is not None and i + 1 < len(words) and (words[i + 2:i + 3] == ["of"] or (
            i + 2 == len(words) and words[i] in ("whole", "entire") and unit_of(words[i + 1]) == words[i + 1])) and \
            container_word(words[i]) and unit_of(words[i + 1]):
        i += 1  # (and alone: "scrapped a whole bag"; "four large cups" are cups, "three whole
        # cups" too: a plural said alone is the things, not their container)
    # a container named by two words: "a bulk bag of topsoil", "2 bulk bags shingle" (units.py)
    compound = compound_unit(words[i], words[i + 1]) if np.quantity is not None and i + 2 < len(words) else None
    if compound and (words[i + 2] == "of" or words[i + 1] != unit_of(words[i + 1]) and words[i + 2].isalpha()):
        np.unit, np.unit_tok = compound, toks[i + 1]
        i = _skip_leading(words, i + 3) if words[i + 2] == "of" else i + 2
    # unit: "boxes of", "a set of", or a container before the product ("3 boxes gloves",
    # "1 box toner", "12 pr safety glasses")
    elif i < len(words):
        unit = unit_of(words[i])
        said_number = np.quantity_toks and np.quantity_toks[0].text not in ("a", "an", "another")
        if unit and i + 1 < len(words) and words[i + 1] == "of":
            np.unit, np.unit_tok = unit, toks[i]
            i = _skip_leading(words, i + 2)
        elif ((unit in BARE_UNITS or unit in PLURAL_BARE_UNITS and words[i] != unit)
              and said_number and i + 1 < len(words)
              and (words[i + 1] not in UNIT_COMPOUND_HEADS or _plural_before_name(words, i, unit))
              and tuple(words[i:i + 2]) not in _MEASURE_NAMED
              and (words[i] != unit or np.quantity == 1 or words[i] in SHORT_UNITS
                   or _singular_unit_before_name(words, i))
              and not all(w in TRAILING or _kept_participle(w) or w in _ARRIVAL_VERBS for w in words[i + 1:])):
            # (but "2 pallet jacks", "2 sheet pans", "a box cutter": a container word said in the
            # singular after a number, or before a tool, is part of the name)
            np.unit, np.unit_tok = unit, toks[i]
            i += 1
        elif unit == "dozen" and i + 1 < len(words):
            np.quantity = (np.quantity or 1) * 12
            i += 1
        elif unit and np.quantity is not None and (allow_trailing_quantity or words[i] != unit
                                                   or np.quantity == 1) \
                and all(w in TRAILING or _kept_participle(w) for w in words[i + 1:]):
            # in a count, "down to 2 bags", or after a name, "the expired saline, 6 bottles": the
            # item may have been said elsewhere; if not, the word is the product after all
            # ("one bucket left", "received 5 boxes"; "romex 250' - 1 roll returned": one roll of it)
            np.unit, np.unit_tok, np.unit_only = unit, toks[i], True
            np.product = [toks[i]]
            return np
        elif _stated_container(words, i, np.quantity, allow_trailing_quantity):
            # ... and with a word on the container between ("Haylage count: 7 big bales in hay
            # barn", "hydraulic oil: 1 full drum left"): the same amount with its container when
            # the item was said elsewhere; if not, both words are the name ("scrapped 15 large
            # boxes", "four large cups": parser.py drops the unit of a phrase left alone; a
            # condition word goes, as before any name: "found 4 old tins" -> tins)
            np.unit, np.unit_tok, np.unit_only = unit_of(words[i + 1]), toks[i + 1], True
            np.product = toks[i + (words[i] in CONDITION_WORDS):i + 2]
            return np
    rest_t = toks[i:]
    if len(rest_t) >= 3 and rest_t[-1].text in FILL_STATES and _TIMES.match(rest_t[-2].text):
        rest_t = rest_t[:-1]  # "CO2 x3 full": how full, not the name (notations.py)
    # "printer toner x3", "3x printer toner", "brie wheels x3 made today"
    core = _before_ending_words(rest_t, particles)
    for pos in (core - 1, 0):
        if np.quantity is None and len(rest_t) >= 2 and _TIMES.match(rest_t[pos].text):
            np.quantity = int(rest_t[pos].text.strip("x×"))
            np.quantity_toks = [rest_t[pos]]
            rest_t = rest_t[:pos] + rest_t[pos + 1:]
    if len(rest_t) >= 3 and rest_t[-1].text in ("each", "apiece"):
        rest_t = rest_t[:-1]  # "conditioner two cases each"
    each = len(rest_t) >= 3 and rest_t[-1].text == "ea" and read_quantity([rest_t[-2].text], 0)[0] is not None
    if each:
        rest_t = rest_t[:-1]  # "toner 2 ea": a count of any name
    if np.quantity is None and len(rest_t) >= 2 and signed_value(rest_t[-1].text):
        np.quantity, np.quantity_toks = signed_value(rest_t[-1].text)[1], rest_t[-1:]  # "paper towels -3"
        rest_t = rest_t[:-1]
    # an amount with its unit after the name, in any shape: "deck screws 5 bx", "bubble wrap two
    # rolls", "milk x2 gal", "sugar 1 bag"
    core = _before_ending_words(rest_t, particles)  # ("x 10 boxes in — stock room")
    if np.quantity is None and core >= 4 and compound_unit(rest_t[core - 2].text, rest_t[core - 1].text):
        # "mot t1 x3 bulk bags": the amount said before a two-word container
        tail = _trailing_amount(rest_t[:core - 2] + rest_t[core - 1:core])
        if tail:
            k, q, unit_at = tail
            np.quantity, np.quantity_toks = q, rest_t[k:core - 2]
            np.unit = compound_unit(rest_t[core - 2].text, unit_at.text)
            np.unit_tok, np.trailing_quantity = unit_at, True
            rest_t = rest_t[:k]
    if np.quantity is None and core >= 3:
        tail = _trailing_amount(rest_t[:core])
        if tail and _definite(words[:i]) and _size_closing(rest_t[:core], tail):
            tail = None  # "put the hozelock fifty metre on the bay": the size of the one meant
        if tail:
            k, q, unit_at = tail
            said = rest_t[k:-2] if on_container([t.text for t in rest_t], len(rest_t) - 2) else rest_t[k:-1]
            np.quantity, np.quantity_toks = q, said  # (not the "big" of "2 big sacks")
            np.unit, np.unit_tok = unit_of(unit_at.text), unit_at
            np.trailing_quantity = True
            rest_t = rest_t[:k]
    # trailing quantity: "paper towels 4", "drills x 3", "gloves: 12"
    if np.quantity is None and len(rest_t) >= 2 and (allow_trailing_quantity or each or (
            len(rest_t) >= 3 and rest_t[-2].text in ("x", "×", "qty", "times"))
            or plural_then_count([t.text for t in rest_t]) is not None):
        rw = [t.text for t in rest_t]
        unit_at = None
        if len(rw) >= 3 and unit_of(rw[-1]) and unit_of(rw[-1]) != rw[-1] and allow_trailing_quantity:
            # "copy paper ten cases": a trailing quantity with its unit
            unit_at = rest_t[-1]
            rest_t, rw = rest_t[:-1], rw[:-1]
        q = digits_value(rw[-1]) if not is_number_word(rw[-1]) else read_quantity(rw, len(rw) - 1)[0]
        if rw[-1][:1] == "0" and rw[-1].isdigit() and len(rw[-1]) > 1:
            q = None  # "cone 04": a leading zero is written only in an id
        k = len(rw) - 1
        if q is None and len(rw) >= 3 and is_number_word(rw[-1]):
            # "gloves twenty five"
            for start in range(max(0, len(rw) - 4), len(rw) - 1):
                v, e = read_quantity(rw, start)
                if v is not None and e == len(rw):
                    q, k = v, start
                    break
        elif q is not None and len(rw) >= 3:
            for start in range(max(0, len(rw) - 4), len(rw) - 1):
                v, e = read_quantity(rw, start)
                if v is not None and e == len(rw) and is_number_word(rw[start]):
                    q, k = v, start
                    break
        if q is not None and k >= 1 and not _letters_then_number(rw, k):
            prev = rw[k - 1]
            cut = k
            if prev in QUANTITY_MARKERS:
                cut = k - 1
            while cut >= 2 and rw[cut - 1] in _BEFORE_A_COUNT:
                cut -= 1  # "syringes only about twenty": how the count is said, not the name
            if cut >= 1 and (q == 0 or cut < k or not any(ch.isdigit() for ch in rw[cut - 1])
                             or allow_trailing_quantity and cut >= 2 and is_size_or_code(rw[cut - 1])
                             and rw[k].isdigit() and len(rw[k]) <= 3) \
                    and (len(rw[cut - 1]) > 1 or rw[cut - 1].isalpha() and rw[cut] in ("x", "×") and rw[k].isdigit()) \
                    and rw[cut - 1] not in ("size", "number", "no", "model", "type", "#", "version",
                                            "gen", "series", "mark", "mk", "cat", "class", "grade",
                                            "level", "phase", "part", "stage", "room", "bin") \
                    and not (cut == 1 and rw[0] in ID_PLACE_HEADS):  # ("drawer 5" is a place)
                # (a letter before "x N" typed is a size: "lab coats M x 15"; said, a code: "m x four")
                np.quantity, np.quantity_toks = q, rest_t[k:]
                np.trailing_quantity = True
                rest_t = rest_t[:cut]
                if unit_at is not None:
                    np.unit, np.unit_tok = unit_of(unit_at.text), unit_at
                    unit_at = None
        if unit_at is not None:
            rest_t = rest_t + [unit_at]
    # drop trailing particles and fillers ("put the drill away", "the drill too"), and a
    # participle saying how it is kept ("22 folding chairs stacked")
    while rest_t and (rest_t[-1].text in (TRAILING if particles else TRAILING - PARTICLES) or (
            len(rest_t) > 1 and (_kept_participle(rest_t[-1].text) or rest_t[-1].text in _ARRIVAL_VERBS
                                 or np.quantity is not None and _unknown_past(rest_t[-1].text)))):
        # ("we've had twenty boxes of crisps come in": the verb of a causative)
        if rest_t[-1].text == "hand" and (len(rest_t) == 1 or rest_t[-2].text not in ("on", "in", "at")):
            break  # "31 hand" (towels): a name; "on hand" is a count
        rest_t = rest_t[:-1]
    if len(rest_t) > 1 and rest_t[-1].text == "to":
        rest_t = rest_t[:-1]  # "took the laptop home to | get it fixed": an infinitive's "to"
    while rest_t and (rest_t[0].is_punct or rest_t[0].text in ("of", "and")):
        rest_t = rest_t[1:]
    np.product = [t for t in rest_t if not t.is_punct or t.text in ("/", "&", "+", "#")]
    while len(np.product) > 1 and np.product[0].text in CONDITION_WORDS:
        np.product = np.product[1:]
    while len(np.product) > 1 and np.product[-1].text in END_STATES | _EVENT_TAIL:
        np.product = np.product[:-1]  # "buttermilk expired", "canvas torn", "the insulin delivery"
    if len(np.product) == 1 and np.product[0].text in END_STATES and np.unit_tok is not None and \
            np.quantity is not None and np.product[0].start > np.unit_tok.start:
        # "Yoghurt - 4 tubs expired": how the tubs are, not a thing; the amount is of the name
        # said before, as "4 tubs" alone would be
        np.product, np.unit_only = [np.unit_tok], True
    if len(np.product) == 1 and np.product[0].text.isdigit() and np.unit_tok is not None and \
            np.quantity is not None and np.product[0].start > np.unit_tok.start:
        # "orange tags arrived - 2 boxes of 100": how many in each box; the amount is of the
        # name said before, as "2 boxes" alone would be
        np.product, np.unit_only = [np.unit_tok], True
    sized = _sized_container_at(np.product) if np.unit is None else None
    if sized:
        # "speckled buff clay twenty five pound bags four of them": the bags are the unit
        np.unit, np.unit_tok = unit_of(np.product[-1].text), np.product[-1]
        np.product = np.product[:sized]
    words_p = [t.text for t in np.product]
    if np.unit == "pair" and words_p and words_p[-1] not in PAIRED_GOODS and words_p[-1].endswith("s") \
            and not (np.unit_tok is not None and np.unit_tok.text == "pairs"):
        # "a pair of box fans" is two fans; "a pair of gloves" is one pair (lead's ruling); "N
        # pairs of" is said only of things that come in pairs ("twenty pairs of the one sixties")
        np.quantity = 2 * (np.quantity if np.quantity is not None else 1)
        np.unit, np.unit_tok = None, None
    if not words_p and np.quantity is None and words and (
            all(w in ("both", "all", "each") for w in words) or words == ["that"]):
        np.pronoun = True  # "both going in the dry store", "it snapped so that's in the bin"
        return np
    if words_p == ["lot"] and i > 0 and words[i - 1] in ("the", "whole"):
        words_p = ["all"]  # "lost the lot", "tossed the whole lot"
    if words_p and all(w in PRONOUNS for w in words_p):
        np.pronoun = True
        np.product = []
    return np


def _code(word: str) -> bool:
    """A number or a short code with a digit ("3", "e-3", "b12") that ends a name."""
    return word.isdigit() or len(word) <= 4 and any(c.isdigit() for c in word) and word[:1].isalpha()


def head(product: list[Tok]) -> str:
    """The head noun of a product: its last word, or the word before 'about'/'for'/'with', or
    the word before a number or short code that ends it ("class 3", "error e-3")."""
    words = [t.text for t in product]
    for k, w in enumerate(words):
        if w in ("about", "for", "with", "on", "re") and k > 0:
            return words[k - 1]
    if len(words) > 1 and _code(words[-1]) and words[-2].isalpha():
        return words[-2]  # ("class 3", "error e-3")
    return words[-1]
