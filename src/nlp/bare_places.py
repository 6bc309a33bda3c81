"""Places said with no preposition, in counts, arrivals and notes: as a phrase of their own
("stocktake: paper towels 4, room 204"), before the item ("stocktake aisle seven copy paper ten
cases"), after it ("log new mini fridge break room"), or last in a list ("..., stage").

The catalog's locations, when hints are given, tell a place from a product that ends like one
("filing cabinets" is a product, "cabinet 2" a place).
"""
from __future__ import annotations

import re

from .numbers import is_number_word
from .phrases import read_noun_phrase
from .places import PLACE_HEADS as PLACE_HEADS_ALL
from .places import (DETERMINERS, ID_PLACE_HEADS, STRONG_PLACE_HEADS, looks_like_place, nested_place, place_prefix,
                     place_suffix, TIME_WORDS)
from . import verbs as V
from .regions import _COLOURS, _MORE_COLOURS, REMARK_STATES, Place, Segment, product_segments
from .units import unit_of

def bare_places(segs: list[Segment], hints, known: list[Place], counted: bool = False,
                removal: bool = False, bought: bool = False) -> tuple[list[Segment], list[Place]]:
    """In counts and arrivals a place may be said with no preposition: as its own phrase
    ("stocktake: paper towels 4, room 204"), before the item ("stocktake aisle seven copy paper
    ten cases") or after it ("log new mini fridge break room"). `bought` when we got or bought
    the thing ourselves: "for the office" then says who it is for, not where it is."""
    if any(p.role in ("to", "at") for p in known):
        return segs, []
    if any(p.role in ("to", "at") for s in segs for p in s.places):
        return _nested_trailing_place(segs) or (segs, [])
    prods = product_segments(segs)
    if len(prods) >= 2:
        keep, places = [], []
        for s in segs:
            words = [t.text for t in s.toks]
            if s is not prods[0] and s.np and s.np.product and not s.places and (
                    ((s.np.quantity is None or s.np.trailing_quantity and len(words) > 1 and
                      words[-2] in ID_PLACE_HEADS) and is_bare_place(words, hints))  # ("stockroom shelf 3")
                    or (words and words[0] in ID_PLACE_HEADS and place_prefix(words + ["x"]) == len(words))
                    or (s is prods[-1] and s.np.quantity is None and _trailing_place_note(words, prods))):
                places.append(Place("at", s.toks, []))
            else:
                keep.append(s)
        if places and product_segments(keep):
            return keep, places
    # a place said inside the one phrase, at its start or its end
    for idx, s in enumerate(segs):
        if not (s.np and s.np.product):
            continue
        words = [t.text for t in s.toks]
        k = place_prefix(words)
        if not k and counted and len(words) >= 2 and words[0] in STRONG_PLACE_HEADS:
            k = 1  # "stocktake garage ladders 3 drills 2"
        if k:
            rest = Segment(s.toks[k:], s.places)
            rest.np = read_noun_phrase(rest.toks, True)
            if rest.np.product:
                return segs[:idx] + [rest] + segs[idx + 1:], [Place("at", s.toks[:k], [])]
        if "for" in words[1:-1] and not removal:
            # "received 12 chairs for the hall", "purchase of 2 ladders for the maintenance
            # shed", "bought 2 sieves for glaze room": in an arrival, "for" a place is its place
            # (what left stock "for room 12" went to whoever is there, not from there); what we
            # got or bought "for the office", "for the workshop" is for the people there
            f = words.index("for", 1)
            if is_bare_place(words[f + 1:], hints) and not (bought and words[f + 1] in DETERMINERS):
                rest = Segment(s.toks[:f], s.places, aside=s.aside)
                rest.np = read_noun_phrase(rest.toks, True)
                if s.aside and rest.np.quantity is None:  # "glue (2 tubes) for the workshop"
                    rest.np.quantity, rest.np.unit, rest.np.quantity_toks = s.aside[0], s.aside[1], s.aside[2]
                if rest.np.product:
                    return segs[:idx] + [rest] + segs[idx + 1:], [Place("at", s.toks[f + 1:], s.toks[f:f + 1])]
        product = s.np.product
        k = _suffix_place([t.text for t in product], hints)
        if 0 < k < len(product):
            k = s.toks.index(product[k])
            rest = Segment(s.toks[:k], s.places)
            rest.np = read_noun_phrase(rest.toks, True)
            if rest.np.product:
                return segs[:idx] + [rest] + segs[idx + 1:], [Place("at", s.toks[k:], [])]
    return segs, []


# words that name a place of a venue when said alone at the end of a note ("..., bar")
_LONE_PLACES = frozenset({"bar", "stage", "front", "counter", "floor", "yard", "shop", "store"})


def heading_place(words: list[str], hints) -> bool:
    """Whether a note's heading is a place: a bare place, or a word that names one of a venue
    when said alone ("Yard: 4x R32 9kg, 2x R32 3kg", "Stage: 6 x mic stands")."""
    return is_bare_place(words, hints) or len(words) == 1 and words[0] in _LONE_PLACES


def _trailing_place_note(words: list[str], prods: list[Segment]) -> bool:
    """'12 x LED par cans, stage', 'Received 4 x tubes of glue, consult 2': the last phrase of a
    note, short, with no amount, after items that all said theirs, is where they are when it
    is a place word or a name with an id ("consult 2", "studio b")."""
    if _one_item_amount_apart(prods[:-1]) and names_a_spot(words):
        return True
    if not words or len(words) > 3 or words[0] in DETERMINERS or \
            not all(p.np.quantity is not None for p in prods[:-1]):
        return False
    if len(words) == 1:
        return words[0] in PLACE_HEADS_ALL or words[0] in _LONE_PLACES
    last = words[-1]
    has_id = last.isdigit() and len(last) <= 3 or (len(last) == 1 and last.isalpha() and last not in ("a", "i")) \
        or is_number_word(last)
    return (has_id and all(w.isalpha() and unit_of(w) is None for w in words[:-1])) or looks_like_place(words) \
        or (all(w.isalpha() for w in words) and (last in PLACE_HEADS_ALL or last in ID_PLACE_HEADS))
    # ("2 dive knives, display case", "defib pads x 2, resus trolley": a thing's own place named
    # by what holds it; after items with their amounts a bare name is where they are)


def _one_item_amount_apart(prods: list[Segment]) -> bool:
    """'Maris Peer – 14 bags', 'battens, 100 lengths': one name, then its amount said as a
    phrase of its own (only a container after the number)."""
    return len(prods) == 2 and prods[0].np.quantity is None and not prods[0].places and \
        prods[1].np.quantity is not None and prods[1].np.unit_only and not prods[1].places


def names_a_spot(words: list[str]) -> bool:
    """After one item and its amount said apart (or "N left"), a short last phrase is where it
    is, whatever the place is called ("Seed mix – 14 bags, container", "... - 3 reams left, stack rm 2
    cupboard"), unless it opens with a determiner or is a remark: a verb, a state, "too"."""
    return 1 <= len(words) <= 4 and words[0] not in DETERMINERS and all(
        w.isalnum() and not (V.lookup(words, k) and not V.maybe_noun(w)) and w not in _NOT_SPOTS and
        w not in TIME_WORDS and
        (not w.isdigit() or k and words[k - 1].isalpha()) for k, w in enumerate(words)) and \
        not sorts_product(words)


def sorts_product(words: list[str]) -> bool:
    """Whether a phrase only sorts a product ("blue", "large", "A4", "semi skimmed"): no place."""
    return bool(words) and all(w in _SORTS or _PAPER_SIZE.match(w) for w in words)


# words that sort a product, not a place, said after its amount ("5 rolls left, blue", "3 boxes
# left, large", "2 reams left, A4", "6 left, semi skimmed", "4 left, wholemeal")
_SORTS = _COLOURS | _MORE_COLOURS | frozenset({
    "small", "medium", "large", "big", "xl", "xxl", "xs", "mini", "regular", "standard", "tall",
    "short", "long", "wide", "narrow", "thin", "thick", "heavy", "light", "adult", "adults", "child",
    "children", "kids", "junior", "mens", "womens", "single", "double", "triple", "matte", "gloss",
    "glossy", "plain", "dark", "pale", "bright", "half", "quarter", "king", "queen", "twin",
    "semi", "skimmed", "skim", "whole", "wholemeal", "wholegrain", "wholewheat", "granary", "sliced",
    "unsliced", "seeded", "sourdough", "organic", "decaf", "salted", "unsalted", "sweet", "hot", "mild",
    "fat", "free", "lite", "diet", "original", "assorted", "mixed", "lined", "ruled", "recycled",
    "nitrile", "latex", "vinyl", "powdered", "unpowdered", "fine", "coarse", "soft", "hard"})
_PAPER_SIZE = re.compile(r"^[ab][0-8]$")


# words of a remark after an amount, not of a place ("x5, blades too", "- 2 boxes, both expired")
_NOT_SPOTS = REMARK_STATES | frozenset({"too", "also", "each", "both", "all", "only", "total", "more",
                                        "less", "new", "old", "spare", "approx", "roughly", "ish",
                                        "full", "empty", "opened", "unopened", "sealed", "ok", "fine",
                                        "good", "low", "urgent", "asap", "pls", "please", "thanks",
                                        # a want or a time after "N left" ("need to order", "after the fair")
                                        "need", "needs", "order", "reorder", "ordered", "running",
                                        "nearly", "almost", "after", "before", "since", "until", "till"})


def _nested_trailing_place(segs: list[Segment]) -> tuple[list[Segment], list[Place]] | None:
    """'Wood screws: 14 boxes, screw drawer in workshop': the last phrase, said without an
    amount after items that all said theirs, names a place and is in another: one place, in
    spoken order."""
    prods = product_segments(segs)
    last = prods[-1] if len(prods) >= 2 else None
    if last is None or last is not segs[-1] or last.np.quantity is not None or \
            len(last.places) != 1 or last.places[0].role != "at" or \
            not all(p.np.quantity is not None and not p.places for p in prods[:-1]):
        return None
    words = [t.text for t in last.toks]
    if not _trailing_place_note(words, prods):
        return None
    inner = last.places[0]
    return segs[:-1], [Place("at", last.toks + inner.prep + inner.toks, [])]


# a product score at which every said word lines up with one catalog name (products matcher:
# 100 for the exact name, less 8 and 1 a word for a part of it)
_WHOLE_NAME = 90.0


def _in_name_order(words: list[str], k: int, whole: float, hints) -> bool:
    """Whether the words are said in the order of the catalog name they line up with: better
    than with the place words words[k:] first ("doom bar" is the product "doom bar"; "towels
    bar" is "bar towels" said out of order, so "towels" at the "bar"). The product score
    weighs order a little; a tie says nothing, and the place is kept as the rules read it."""
    try:
        return whole > hints.product_score(" ".join(words[k:] + words[:k]))
    except Exception:  # a broken hints object must not break parsing: the rules' reading stands
        return False


def _suffix_place(words: list[str], hints) -> int:
    """Where a place said at the end of a phrase starts; with hints, the suffix the catalog
    knows best as a location."""
    if hints is not None and len(words) >= 2:
        best, best_k = 0.0, len(words)
        for k in range(1, len(words)):
            if words[k:] in (["one"], ["ones"]):
                continue  # "100 steel ones": the thing again, though close to a catalog's "bay 1"
            try:
                score = hints.location_score(" ".join(words[k:]))
            except Exception:
                score = 0.0
            if score >= 90 and score > best:
                best, best_k = score, k
        if best_k < len(words):
            try:
                whole = hints.product_score(" ".join(words))
            except Exception:
                whole = 0.0
            if whole < best and not (whole >= _WHOLE_NAME and _in_name_order(words, best_k, whole, hints)):
                # "filing cabinets" is a product, not "filing" in "cabinet 2"; so is "doom bar"
                # when every word lines up with a catalog name ("Doom Bar cask"), though the
                # catalog has a "bar" too; the rules may see a longer place that holds the
                # catalog's ("bldg c lobby")
                return min(best_k, place_suffix(words))
    return place_suffix(words)


def without_when(words: list[str]) -> list[str]:
    """Words without a time said at their end ("van 2 last night" -> "van 2")."""
    k = len(words)
    while k > 1 and words[k - 1] in TIME_WORDS:
        k -= 1
        if k > 1 and words[k - 1] in ("last", "this", "yesterday", "tomorrow"):
            k -= 1
    return words[:k]


def is_bare_place(words: list[str], hints) -> bool:
    """Whether words said bare name a place: one the catalog or the rules know, or a place
    inside one ("dry store top shelf", "van glovebox": a known place, then a part of it)."""
    return _one_place(words, hints) or nested_place(words, lambda outer: _one_place(outer, hints))


def _one_place(words: list[str], hints) -> bool:
    if hints is not None:
        phrase = " ".join(words)
        try:
            loc = hints.location_score(phrase)
            prod = hints.product_score(phrase) if loc >= 90 else 0.0
        except Exception:  # a broken hints object must not break parsing
            loc, prod = 0.0, 0.0
        if loc >= 90 and loc > prod:
            return True
    return looks_like_place(words)
