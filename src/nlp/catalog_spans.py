"""Catalog hints choose between readings of an item's words that the rules leave open.

The rules read every noun phrase one way; some phrases have a second reading that only the
team's catalog can tell apart. Given `hints` (`model.CatalogHints`), this module builds the few
other readings of an item that its neighbouring words allow, scores each with
`hints.product_score` and keeps the one the catalog knows clearly better. Without hints nothing
here runs, so the parser behaves exactly as the rules say.

Readings tried (only the SAID words are ever moved between name and amount; a catalog word
never replaces one):

- a size before the name, read by the rules as the amount or left out ("put the six kilo calor
  back" -> 6 kilo of "calor"; "six of the thirteen kilo propane" -> 6, kilo, "propane"; "one of
  the eight gig sodimms" -> "gig sodimms"): with the catalog naming "Calor propane 6kg", the
  size is the name's -> "six kilo calor", no amount;
- words no rule used just after the name ("Ivermectin pour on 1L - 3 used": "on 1L" looked like
  a place; "the tuna in oil goes to ...": a place dropped for the later one; "the hepta vac p
  plus": "plus" ends a phrase) -> kept when the catalog's name has them; never a word that ends
  a name for a reason of its own (a verb, "out", "away", "for", "low": `_AFTER_STOPS`);
- a number the rules kept at the end of the name after a size or code ("Carling 11g 2") -> the
  amount, when the catalog knows the name only without it;
- two items the rules cut apart at an "and" or "&" said between their names, with no amount or
  determiner before the second ("blood fish and bone six tubs", "tate & lyle sugar 1kg - 7")
  -> one item, when the catalog knows the joined name clearly better than either part
  (`joined`; "gloves and masks" stay two: the joined words line up with no one name).
- an amount said with "x" that the rules kept at the end of the name ("cone 6 x 2 boxes",
  "hudson oak lvp x 6bx": after a bare number "x" may join sizes, "4 x 8") -> the amount and its
  container, on the same terms as a number taken out.
- a container word the rules kept at the end of the name ("7 prophy paste tubs", "lost the fence
  tape reel") -> the unit (`_container_out`), on the same terms, or when the rules' name is the
  catalog's exact name with only the container added; never when one plain word is left
  ("tool boxes", and "pencil cases", "glue sticks" even beside "pencils", "glue"), nor when the catalog
  names the container with the name's first word ("gift aid bags": "Gift Aid Donation Bags").
  A word on the container said around the name ("2 empty argoshield bottles", "fox poo small
  bottles") may go out with it, in a reading of its own.

How a reading wins (`better`): the products matcher scores a said name 100 when it is a catalog
name, loses `SUBSET_PENALTY` (8) plus 1 per catalog word left unsaid, and gives nothing at all
(below its `MATCH_MIN`, 75) when a said word lines up with no word of the name. So one more said
word that lines up with the catalog's name adds at least `MARGIN` (1), and one that lines up
with nothing drops the reading out. A reading that takes words into the name must score at
least `MARGIN` over the rules' one ("six kilo calor" 87 against "calor" 86, which fits both
calor sizes). A number taken out of the name must do more: the rules' reading must match
nothing and the other match ("carling 11g 2" 0, "carling 11g" 87), because a model number the
catalog lacks looks the same ("Chromebook 14" against a catalog with "chromebook" only).
A count said before a name is never taken into it without a measure after it: it lines up with
a pack size or model number of the catalog by accident ("4 aaa" against "Duracell AAA 4pk"
scores 81 while "aaa" scores 0), and the state words the rules drop before a name ("old",
"spare") are left dropped, as no dev set gained from them.

Cost: each reading is one catalog lookup (about 0.1-5 ms on a 10k-name catalog), so readings
are only built from words no rule used (lost words) or from the item's own amount next to its
name; most items have none and cost nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import digits_value, is_number_word
from .phrases import PRONOUNS, TIMES_N as _TIMES_N, TRAILING, container_word
from .places import DETERMINERS, STOP_WORDS, TIME_WORDS
from .tokens import Tok
from .units import NAME_MEASURES, SIZE_MEASURES, unit_of
from .verbs import VERB_FORMS

MATCH_MIN = 75.0   # the matcher's own cut-off: below it a phrase names nothing in the catalog
MARGIN = 1.0       # one more said word lining up with the catalog's name (see module doc)
MAX_WORDS = 3      # words taken in from either side of the name
# the matcher's score for a catalog name said exactly with a container word after it (100 less
# its filler penalty): "prophy paste tubs" 98 against "prophy paste" 100; "pillow cases" beside
# "pillowcases" scores 99 and stays
_EXACT_WITH_CONTAINER = 98.0
# a said size after a number: "six kilo calor", "eight gig sodimms", "two fifty mil beakers"
MEASURES = NAME_MEASURES | frozenset({
    "kilo", "kilos", "kg", "kgs", "gram", "grams", "g", "litre", "litres", "liter", "liters", "l",
    "ml", "cl", "mil", "mils", "gig", "gigs", "meg", "megs", "gb", "tb", "mb", "oz", "lb", "lbs",
    "pound", "pounds", "ounce", "ounces", "inch", "inches", "foot", "feet", "ft", "metre", "metres",
    "meter", "meters", "m", "mm", "cm", "watt", "watts", "volt", "volts", "amp", "amps", "pint",
    "pints", "gallon", "gallons", "gauge", "ton", "tonne"})
# words a taken-in run never ends on, and words that end a run (a new clause or item starts)
_NO_END = DETERMINERS | frozenset({"and", "or", "of", "to", "&", "+", "/", "x", "×"})
_RUN_STOPS = PRONOUNS | TIME_WORDS | frozenset({"we", "i", "you", "he", "she", "they", "and", "or",
                                                "'s", "is", "are", "was", "were"})
# words after a name that end it for a reason no catalog changes: a verb, an adverb of where or
# when, what for ("the monitors got delivered", "the heater out of", "toner low", "batteries
# for the radios"); "in", "on", "up", "down", "plus" and "off" may be the name's ("tuna in oil",
# "pour on", "hepta vac p plus", a name written with a hyphen and said apart: "snap off blades")
_AFTER_STOPS = (TRAILING | STOP_WORDS | _RUN_STOPS | frozenset({
    "got", "get", "gets", "has", "have", "had", "been", "be", "r", "went", "came", "goes", "go",
    "needs", "need", "running", "from", "to", "at", "into", "onto", "by", "under", "behind"})) - {
    "in", "on", "up", "down", "plus", "off"}


@dataclass(frozen=True, slots=True)
class Reading:
    """Which said words are the name, and the amount that goes with them."""

    product: tuple[Tok, ...]
    quantity: int | float | None
    quantity_toks: tuple[Tok, ...]
    unit: str | None
    unit_tok: Tok | None
    strong_only: bool = False  # wins only over a rules' reading the catalog does not know
    fixed_amount: bool = False  # the amount was settled elsewhere: only the name may change
    container_out: bool = False  # a container taken out of the name (`_container_out`)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.product)


def reread(rule: Reading, toks: list[Tok], used: set[int], places: set[int], hints) -> Reading:
    """The reading of this item the catalog knows clearly better than the rules' one, or the
    rules' one. `toks` are the sentence's tokens, `used` the starts of tokens some item, place or
    event word of the sentence already took, `places` those of its places."""
    others = readings(rule, toks, used, places)
    if not others:
        return rule
    scores: dict[str, float] = {}

    def score(r: Reading | str) -> float:
        text = r if isinstance(r, str) else r.text
        if text not in scores:
            try:
                scores[text] = float(hints.product_score(text))
            except Exception:  # a broken hints object must not break parsing
                scores[text] = 0.0
        return scores[text]

    got = better(rule, score(rule), [(r, score(r)) for r in others])
    if got.container_out and score(rule) < MATCH_MIN and len(rule.product) > 2 and \
            score(f"{rule.product[0].text} {rule.product[-1].text}") >= MATCH_MIN:
        return rule  # the catalog names the container with the name's first word: the name's
    return got


def better(rule: Reading, rule_score: float, others: list[tuple[Reading, float]]) -> Reading:
    """The best-scored reading that beats the rules' one as the module doc says, else the rules'."""
    best, best_score = rule, rule_score
    for r, s in others:
        if s < MATCH_MIN or s <= best_score:
            continue
        if r.strong_only and rule_score >= MATCH_MIN:
            continue
        if r.container_out and rule_score >= MATCH_MIN and \
                not (s >= 100.0 and rule_score <= _EXACT_WITH_CONTAINER):
            continue  # the rules' name known about as well ("ew 100 g4 pack" for a bodypack)
        if rule_score >= MATCH_MIN and s < rule_score + MARGIN:
            continue
        best, best_score = r, s
    return best


def readings(rule: Reading, toks: list[Tok], used: set[int], places: set[int]) -> list[Reading]:
    """The other readings the words around the name allow (no catalog lookup)."""
    if not rule.product:
        return []
    at = {t.start: i for i, t in enumerate(toks)}
    idx = [at.get(t.start) for t in rule.product]
    if None in idx or idx != list(range(idx[0], idx[0] + len(idx))):
        return []  # the name is not one run of the sentence's words
    a, b = idx[0], idx[-1] + 1
    own = {t.start for t in rule.quantity_toks} | ({rule.unit_tok.start} if rule.unit_tok else set())
    out = _before(rule, toks, a, used, own) + _after(rule, toks, b, used, places)
    out += _number_out(rule)
    out += _times_out(rule)
    out += _container_out(rule)
    return out


def _free(t: Tok, used: set[int]) -> bool:
    return t.start not in used and not t.is_punct and t.text not in _RUN_STOPS


def _before(rule: Reading, toks: list[Tok], a: int, used: set[int], own: set[int]) -> list[Reading]:
    """Words just before the name: lost ones, and the item's own amount when a size follows."""
    out = []
    j = a
    while j > 0 and a - j < MAX_WORDS:
        t = toks[j - 1]
        if t.text in DETERMINERS and t.start not in own or not (t.start in own or _free(t, used)):
            break
        j -= 1
        run = toks[j:a]
        if j > 0 and _is_number(toks[j - 1].text) and _is_number(toks[j].text):
            continue  # not half a number ("five | hundred gram")
        r = _taken_in_before(rule, run)
        if r is not None:
            out.append(r)
    return out


def _taken_in_before(rule: Reading, run: list[Tok]) -> Reading | None:
    starts = {t.start for t in run}
    qty = {t.start for t in rule.quantity_toks}
    takes_qty = bool(qty & starts)
    if takes_qty and not qty <= starts:
        return None  # half a number
    if rule.unit_tok is not None and run[0].start == rule.unit_tok.start:
        return None  # a unit without its number
    words = [t.text for t in run + list(rule.product)]
    if not any(_is_number(w) or _glued_measure(w) for w in words[:len(run)]):
        return None  # only a size is taken in before the name (module doc)
    if takes_qty:
        k = max(n for n, t in enumerate(run) if t.start in qty)
        if not (_is_number(words[k]) and _measure_after(words, k) or _glued_measure(words[k])):
            return None  # a bare count is never the name's (module doc)
    elif any(_is_number(w) and not _measure_after(words, k) for k, w in enumerate(words[:len(run)])):
        return None
    if run[-1].text in _NO_END or run[0].text in _NO_END:
        return None
    unit_taken = rule.unit_tok is not None and rule.unit_tok.start in starts
    return Reading(tuple(run) + rule.product,
                   None if takes_qty else rule.quantity,
                   () if takes_qty else rule.quantity_toks,
                   None if unit_taken else rule.unit, None if unit_taken else rule.unit_tok)


def _after(rule: Reading, toks: list[Tok], b: int, used: set[int], places: set[int]) -> list[Reading]:
    """Lost words just after the name ("pour on", "in oil", "down", "plus"); not the
    preposition of a place ("the drill in the van")."""
    out = []
    j = b
    while j < len(toks) and _free(toks[j], used) and toks[j].text not in VERB_FORMS and \
            toks[j].text not in DETERMINERS and (j > b or toks[j].text not in _AFTER_STOPS):
        j += 1
        if j - b <= MAX_WORDS and toks[j - 1].text not in _NO_END:
            out.append(Reading(rule.product + tuple(toks[b:j]), rule.quantity, rule.quantity_toks,
                               rule.unit, rule.unit_tok))
    if j < len(toks) and toks[j].start in places:
        return []
    return out


def _number_out(rule: Reading) -> list[Reading]:
    """A bare number the rules kept at the end of the name after a size or code ("carling 11g
    2"), read as its amount. After a plain word it stays: "chromebook 14" is a model the
    catalog may not list."""
    if rule.fixed_amount or rule.quantity is not None or len(rule.product) < 2:
        return []
    words = [t.text for t in rule.product]
    last = digits_value(words[-1])
    if last is None or not any(ch.isdigit() for ch in words[-2]) or _is_number(words[-2]):
        return []
    return [Reading(rule.product[:-1], last, rule.product[-1:], rule.unit, rule.unit_tok, True)]


def _times_out(rule: Reading) -> list[Reading]:
    """An amount said with "x" that the rules kept at the end of the name ("cone 6 x 2 boxes",
    "pallet wrap 17in x6 rolls", "hudson oak lvp x 6bx"), read as its amount and container: only
    when the rules' reading matches nothing, as "x" may join the sizes of a name ("4 x 8")."""
    if rule.fixed_amount or rule.quantity is not None or rule.unit is not None or len(rule.product) < 3:
        return []
    words = [t.text for t in rule.product]
    for j in range(len(words) - 1, 0, -1):
        times = _TIMES_N.match(words[j])
        if times:
            q, q_at = int(times.group(1)), j
        elif words[j] in ("x", "×") and j + 1 < len(words):
            glued = _COUNT_UNIT.match(words[j + 1])
            q, q_at = (int(glued.group(1)), j + 1) if glued else (digits_value(words[j + 1]), j + 1)
        else:
            continue
        if not any(ch.isalpha() for w in words[:j] for ch in w):
            return []  # ("10 x 18": sizes of a name said before)
        rest = words[q_at + 1:]
        glued = _COUNT_UNIT.match(words[q_at])
        unit_word = glued.group(2) if glued else rest[0] if rest else None
        unit = unit_of(unit_word) if unit_word is not None else None
        if q is None or len(rest) > 1 or (unit_word is not None and unit in (None, "item")) or \
                (glued and (rest or unit in SIZE_MEASURES)):
            return []  # ("panel wipe 1 x 5l": a size written on its number)
        unit_tok = rule.product[q_at] if glued else rule.product[q_at + 1] if rest else None
        return [Reading(rule.product[:j], q, (rule.product[q_at],), unit, unit_tok, True)]
    return []


# containers said after the name ("7 prophy paste tubs", "the fence tape reel"); not the units
# that are as often the thing itself or part of it ("kit", "pad", "bar", "cup", "bin", "length")
CONTAINERS = frozenset({
    "box", "case", "carton", "pack", "packet", "package", "roll", "bag", "pallet", "can", "bottle",
    "jar", "tube", "tub", "bucket", "pail", "spool", "reel", "drum", "crate", "tray", "sack",
    "bundle", "ream", "tin", "jug", "canister", "keg", "vial", "coil", "stick", "set", "pair",
    "sleeve", "pouch", "sachet", "sheet", "bale"})


def _container_out(rule: Reading) -> list[Reading]:
    """A container word the rules kept at the end of the name ("7 prophy paste tubs", "2 x
    Spanish 600x300 pallets", "lost the fence tape reel"), read as its unit. The catalog decides,
    as a name may end in a container that is the thing itself ("tool box", "bin bags", "cool
    box", "pencil cases", "glue sticks"): a name left of one plain word stays whole, one of sizes
    only is none ("15kg spools"); a code alone goes ("l03a pairs", "i/d cans"). A state or size
    word at either end of the name left is said of the container ("2 empty argoshield light
    bottles", "the big red wine cases", "fox poo small bottles"): a second reading drops it too,
    for catalogs that know the name without it."""
    if rule.fixed_amount or rule.unit is not None or len(rule.product) < 2:
        return []
    words = [t.text for t in rule.product]
    unit = unit_of(words[-1])
    if unit not in CONTAINERS or words[-2] in _NO_END:
        return []
    rest = words[:-1]
    if all(_is_number(w) or _glued_measure(w) or w in MEASURES for w in rest):
        return []
    plain = [w for w in rest if not container_word(w)]
    if len(plain) <= 1 and not any(ch.isdigit() or ch == "/" for w in plain for ch in w):
        # one plain word and a container is an everyday name of its own even when the catalog
        # holds the word ("pencil cases", "glue sticks", "cake tins", "ice packs" beside
        # pencils, glue, cake, ice); a code ("l03a pairs", "i/d cans") or two words still go
        return []
    out = [Reading(rule.product[:-1], rule.quantity, rule.quantity_toks, unit, rule.product[-1],
                   container_out=True)]
    name = list(rule.product[:-1])
    while name and container_word(name[0].text):
        name = name[1:]  # "2 empty argoshield light bottles": how the container is, with it
    while name and container_word(name[-1].text):
        name = name[:-1]  # "fox poo small bottles"
    if name and len(name) < len(rule.product) - 1:
        out.append(Reading(tuple(name), rule.quantity, rule.quantity_toks, unit, rule.product[-1],
                           container_out=True))
    return out


_COUNT_UNIT = re.compile(r"^(\d+)([a-z]+)$")  # "6bx": a count glued to its container


def _measure_after(words: list[str], k: int) -> bool:
    """Whether the number said at words[k] (maybe the first of several: "five hundred") is
    followed by a measure ("gram")."""
    while k < len(words) and _is_number(words[k]):
        k += 1
    return k < len(words) and words[k] in MEASURES


def _is_number(word: str) -> bool:
    return is_number_word(word) or digits_value(word) is not None


def _glued_measure(word: str) -> bool:
    """'6kg', '50cl', '11g': a number written on its measure."""
    k = len(word) - len(word.lstrip("0123456789."))
    return 0 < k < len(word) and word[k:] in MEASURES


# said between two names that may be one name ("blood fish and bone", "tate & lyle")
_JOINS = frozenset({"and", "&"})


def joined(first: list[Tok], second: list[Tok], toks: list[Tok], hints) -> list[Tok] | None:
    """The two names said as one run with "and" or "&" between them, when the catalog knows that
    run better by `MARGIN` than either name alone; else None (no lookup unless the run fits)."""
    if not first or not second:
        return None
    at = {t.start: i for i, t in enumerate(toks)}
    a, b = at.get(first[-1].start), at.get(second[0].start)
    if a is None or b is None or b != a + 2 or toks[a + 1].text not in _JOINS:
        return None
    run = list(first) + [toks[a + 1]] + list(second)
    try:
        got = float(hints.product_score(" ".join(t.text for t in run)))
        parts = max(float(hints.product_score(" ".join(t.text for t in first))),
                    float(hints.product_score(" ".join(t.text for t in second))))
    except Exception:  # a broken hints object must not break parsing
        # (broad on purpose: `hints` is any CatalogHints, whose failures are its own (the tests'
        # RuntimeError, a matcher bug); narrowed, they reach parse() and it answers "internal
        # error" instead of the rules' reading, as `reread` and bare_places also keep)
        return None
    return run if got >= MATCH_MIN and got >= parts + MARGIN else None
