"""Rule family: a product said once as a heading, then its variants with their amounts.

Stock notes often name the product once and list how many of each size, colour or model:

    "Gaff tape: 3 rolls black, 1 roll white left in kit room" -> black gaff tape 3 rolls, white
                                                                  gaff tape 1 roll, at kit room
    "Paddles: 30 x8, 20 x6 (boat rack)"           -> 30 paddles 8, 20 paddles 6, at boat rack
    "Campingaz: 907 x3, 904 x5"                   -> campingaz 907 3, campingaz 904 5 (a model
                                                     number goes after the heading)
    "C-stands on grip truck: 12 x 40in, 6 x 20in" -> 40in c-stands 12, 20in c-stands 6
    "Apple boxes: 6 full, 4 half - all on grip truck"
    "Candles: white altar x 10 arrived"           -> added (an arrival word ends the list)
    "TN-910 stock: K 4, C 2, M 0, Y 3"            -> tn-910 k 4, tn-910 c 2, ... (a model code
                                                     heading goes first: "tn-910 k")
    "Socks: 4 pairs van 1, 2 pairs van 2"         -> socks, 4 pairs at van 1; socks, 2 at van 2

Each entry is an amount and a variant (in either order, with "x" or not) or an amount and a
place. A variant is one to three words that sort a product: a size or code (has a digit, or is a
letter or two), a colour, or a size/grade word (`VARIANT_WORDS`). When one entry names a thing of
its own ("Snacks: chips 4, pretzels 2", "mics: 6 lapel, 2 handheld"), the list is not read here.
With no event word the list is a count (FORMAT.md: a stated quantity on hand).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import verbs as V
from .headings import EVENT_NOUNS
from .list_places import says_how_they_are, whole_list_words
from .numbers import read_quantity
from .phrases import on_container
from .places import DETERMINERS, PLACE_HEADS, SHOPS, preposition_at
from .regions import _COLOURS
from .shapes import COUNT_HEADINGS
from .tokens import Tok
from .units import unit_of

# words that sort a product by size, grade, fill or who it is for
VARIANT_WORDS = frozenset({
    "full", "half", "quarter", "small", "medium", "large", "big", "xl", "xxl", "xs", "mini",
    "regular", "standard", "tall", "short", "long", "wide", "narrow", "thin", "thick", "heavy",
    "light", "adult", "adults", "child", "children", "kids", "kid", "junior", "youth", "mens",
    "womens", "single", "double", "triple", "matte", "gloss", "glossy", "plain", "clear",
    "left", "right", "spare", "new", "old", "used", "dark", "pale", "bright",
    "king", "queen", "twin",  # bed sizes ("mattress bags: single 10, double 4, king 0")
})
# words after the list that say what happened to all of it
_TAIL_EVENTS = {"arrived": V.ADDED, "received": V.ADDED, "delivered": V.ADDED, "added": V.ADDED,
                "left": V.COUNTED, "remaining": V.COUNTED, "total": V.COUNTED}
# two-letter words that are words, not letter codes ("of packing tape" is no variant "of")
_SHORT_WORDS = frozenset({"of", "in", "on", "at", "to", "by", "up", "or", "an", "a", "is", "it",
                          "we", "my", "no", "so", "as", "be", "do", "go", "if", "me", "us", "i"})
_REMARK_VERBS = frozenset({"need", "needs", "is", "are", "was", "were", "has", "have", "had"})
_PASTS = frozenset(f for forms in V.IRREGULAR.values() for f in forms.split())
_TIMES = re.compile(r"^(x|×)(\d+)$|^(\d+)(x|×)$")
_MAX_HEAD = 5
_MAX_VARIANT = 3


@dataclass(slots=True)
class Variant:
    name: list[Tok]              # the variant's words ([] when the entry only says a place)
    quantity: int | float
    quantity_toks: list[Tok]
    unit: str | None
    unit_tok: Tok | None
    place: list[Tok]             # a place said in the entry ("3 bags van 1"), else []
    of_said: bool = False        # "1 of XL": the unit of the entry before goes without saying


@dataclass(slots=True)
class VariantList:
    head: list[Tok]              # the product named by the heading
    head_first: bool             # a model code heading goes before the variant ("tn-910 k")
    event: str
    place: list[Tok]             # where all of them are ([] when not said)
    variants: list[Variant]


def _variant_word(w: str) -> bool:
    return any(ch.isdigit() for ch in w) or (w.isalpha() and len(w) <= 2 and w not in _SHORT_WORDS) \
        or w in _COLOURS or w in VARIANT_WORDS


def model_number(name: list[str]) -> bool:
    """Whether a variant is a model number said alone, three digits or more ("HiFlo filters: 204
    x6", "Campingaz: 907 x3"): it goes after the heading, as a model code does ("campingaz 907",
    "jabsco impellers 1210" as labels and catalogs say it); a short size goes first ("30 paddles")."""
    return len(name) == 1 and name[0].isdigit() and len(name[0]) >= 3


def _amount_at(words: list[str]) -> tuple[int, int, int | float] | None:
    """Where the entry's amount is: a times mark anywhere ("230 x8", "white altar x 10"), else a
    number first ("3 rolls black") or last ("K 4") -> (start, end, value)."""
    for k in range(len(words) - 1, -1, -1):
        m = _TIMES.match(words[k])
        if m:
            return k, k + 1, int(m.group(2) or m.group(3))
        if words[k] in ("x", "×") and k + 1 < len(words):
            value, j = read_quantity(words, k + 1)
            if value is not None and (j == len(words) or unit_of(words[j])):
                return k, j, value
    value, j = read_quantity(words, 0) if words[:1] not in (["a"], ["an"]) else (None, 0)
    if value is not None and j < len(words) and words[j] in ("x", "×"):
        return 0, j + 1, value  # "12 x 40in"
    if value is not None:
        return 0, j, value
    for k in range(1, len(words)):
        value, j = read_quantity(words, k)
        if value is not None and j == len(words):
            return k, j, value
    return None


def _entry(toks: list[Tok], is_place: Callable[[list[str]], bool]) -> Variant | None:
    """One entry: "3 rolls black", "230 x8", "12 x 40in", "white altar x 10", "K 4", "3 bags van 1"."""
    words = [t.text for t in toks]
    found = _amount_at(words)
    if found is None:
        return None
    a0, a1, value = found
    if a0 == 0 and a1 < len(words) and on_container(words, a1):
        a1 += 1  # "Hydraulic oil: 1 full drum left": how full the container is, no variant
    unit_tok = toks[a1] if a1 < len(words) and unit_of(words[a1]) else None
    if unit_tok is not None and a0 == 0 and a1 + 1 == len(words) and len(words[a1]) <= 2:
        unit_tok = None  # "5 L" after "lab coats:": a size letter, not litres
    rest = a1 + 1 if unit_tok else a1
    of_said = a0 == 0 and rest + 1 < len(words) and words[rest] == "of"
    if of_said:
        rest += 1  # "3 boxes of L", "1 of XL"
    if a0 > 0 and rest < len(words):
        return None  # words on both sides of the amount
    name = toks[:a0] if a0 > 0 else toks[rest:]
    names = [t.text for t in name]
    place: list[Tok] = []
    if names and is_place(names):
        place, name = name, []
    elif not 1 <= len(names) <= _MAX_VARIANT or not _variant_word(names[0]) or not all(
            _variant_word(w) or w.isalpha() for w in names):
        return None  # the entry names a thing of its own
    qty_toks = [t for t in toks[a0:a1] if t.text not in ("x", "×")]
    return Variant(list(name), value, qty_toks, unit_of(unit_tok.text) if unit_tok else None,
                   unit_tok, place, of_said and unit_tok is None)


def _tail(body: list[Tok], is_place: Callable[[list[str]], bool]) -> tuple[list[Tok], str | None, list[Tok]]:
    """The words after the last entry that say the place or the event for all of them:
    "left in kit room", "(boat rack)", "- all on grip truck", "arrived" -> (body, event, place)."""
    words = [t.text for t in body]
    event = None
    place: list[Tok] = []
    if words and words[-1] == ")" and "(" in words:
        k = len(words) - 1 - words[::-1].index("(")
        inner = words[k + 1:-1]
        if inner and (is_place(inner[_lead(inner):]) or _said_place(inner)):
            place, body, words = body[k + 1 + _lead(inner):-1], body[:k], words[:k]
    arrow = next((k for k in range(len(words) - 1, 0, -1) if words[k] in ("->", "→")), None)
    if arrow is not None and 1 <= len(words) - arrow - 1 <= 4 and "," not in words[arrow + 1:]:
        place, body, words = body[arrow + 1:], body[:arrow], words[:arrow]  # "... -> reptile house"
    if "-" in words:
        k = len(words) - 1 - words[::-1].index("-")
        after = words[k + 1:]
        skip = whole_list_words(after)
        if skip and says_how_they_are(after):
            body, words = body[:k], words[:k]  # "- all in date": how they are, no place
        elif after and (is_place(after[skip + _lead(after[skip:]):]) or (
                preposition_at(after, skip) and _said_place(after[skip:]))):
            place, body, words = body[k + 1 + skip + _lead(after[skip:]):], body[:k], words[:k]
    for k in range(len(words) - 1, 0, -1):
        if words[k] in _TAIL_EVENTS and words[k - 1] not in (",", "and"):
            rest = words[k + 1:]
            if not rest or (preposition_at(rest, 0) and _said_place(rest)):
                event = _TAIL_EVENTS[words[k]]
                if rest:
                    place = body[k + 1 + _lead(rest):]
                body, words = body[:k], words[:k]
            break
    return body, event, place


def _verb_said(w: str) -> bool:
    """A verb form that a place never has ("need", "broken", "charging"; "rack" and "store" are
    names too)."""
    return w in _REMARK_VERBS or w in _PASTS or (w in V.VERB_FORMS and w.endswith(("ed", "ing", "en")))


def _said_place(words: list[str]) -> bool:
    """Words after a preposition or in brackets after the list that can be its place: a few
    words, no verb, no amount (an id after a word is one: "van 1"), not ending in a variant
    ("(boat rack)", "on grip truck"; not "(3 need batteries)", "(white)")."""
    rest = words[_lead(words):]
    if not 1 <= len(rest) <= 4 or any(_verb_said(w) for w in rest):
        return False
    amounts = [k for k in range(len(rest)) if read_quantity(rest, k)[0] is not None]
    if any(k == 0 or not rest[k - 1].isalpha() for k in amounts):
        return False
    return bool(amounts) or not _variant_word(rest[-1])


def _lead(words: list[str]) -> int:
    """How many leading prepositions and determiners a place has."""
    k = 0
    while k < len(words):
        prep = preposition_at(words, k)
        if prep:
            k = prep[1]
        elif words[k] in DETERMINERS:
            k += 1
        else:
            break
    return k


def read_variant_list(toks: list[Tok], is_place: Callable[[list[str]], bool]) -> VariantList | None:
    """The product heading and its variants of a "PRODUCT: amount variant, ..." note, or None."""
    words = [t.text for t in toks]
    sep = ":" if ":" in words else "-"  # ("Stockmarker - blue x 4, red x 1": a dash heading)
    if sep not in words or words.count(sep) > 1 or (sep == "-" and any(
            V.lookup(words, k) for k in range(len(words)))):
        return None
    c = words.index(sep)
    if not 1 <= c <= _MAX_HEAD + 3:
        return None
    head, hw = toks[:c], words[:c]
    event, place = V.COUNTED, []
    if len(hw) > 3 and hw[-1] == ")" and "(" in hw[1:] and is_place(hw[hw.index("(") + 1:-1]):
        # "Kiln posts counted (kiln room): 3\" 48, 6\" 22": where, in brackets
        k = hw.index("(")
        place, head, hw = head[k + 1:-1], head[:k], hw[:k]
    if hw[-1:] == ["counted"] and len(hw) > 1:
        head, hw = head[:-1], hw[:-1]  # ("kiln posts counted:": the count word after the name)
    for phrase in sorted(COUNT_HEADINGS, key=len, reverse=True):
        if tuple(hw[-len(phrase):]) == phrase and len(hw) > len(phrase):
            head, hw = head[:-len(phrase)], hw[:-len(phrase)]
            break
        if tuple(hw[:len(phrase)]) == phrase and len(hw) > len(phrase) and phrase != ("stock",) \
                and hw[-1] not in PLACE_HEADS and hw[-1] not in SHOPS:  # "stocktake shop:"
            head, hw = head[len(phrase):], hw[len(phrase):]  # "Stocktake gloves: S 4, M 10"
            break
    else:
        if hw[-1:] in (["restock"], ["in"]) and len(hw) > 1:
            event, head, hw = V.ADDED, head[:-1], hw[:-1]  # "Crickets in: 2 tubs large, 4 tubs medium"
    prep = next((k for k in range(1, len(hw)) if preposition_at(hw, k)), None)
    if prep is not None:
        at = hw[prep:]
        if not _said_place(at):
            return None
        place, head, hw = head[prep + _lead(at):], head[:prep], hw[:prep]
    if not 1 <= len(hw) <= _MAX_HEAD or is_place(hw) or not any(sum(ch.isalpha() for ch in w) > 1 for w in hw) \
            or any(w in DETERMINERS or _verb_said(w) for w in hw) \
            or any(tuple(hw[k:k + len(p)]) == p for p in EVENT_NOUNS for k in range(len(hw))):
        return None  # ("Inbound: 3 cartons of tape" is a heading of headings.py)
    body, tail_event, tail_place = _tail(toks[c + 1:], is_place)
    if tail_event and event == V.COUNTED:
        event = tail_event
    place = place or tail_place
    if event == V.COUNTED and tail_place and any(t.text in ("->", "→") for t in toks[c + 1:]):
        event = V.MOVED  # "Hoodies: 3 black, 2 grey -> merch stand"
    entries: list[list[Tok]] = [[]]
    for t in body:
        if t.text in (",", ";", "and", "&"):
            entries.append([])
        else:
            entries[-1].append(t)
    last = [t.text for t in entries[-1]]
    if len(entries) > 2 and not place and preposition_at(last, 0) and _said_place(last):
        # "lab coats: 8 M, 5 L, on the hooks in prep room": the place of all of them
        place, entries = entries[-1][_lead(last):], entries[:-1]
    elif len(entries) > 1 and not place:
        # "vests: 3 M, 2 L, 5 XL in the site office": the last entry ends in their place
        k = next((k for k in range(1, len(last)) if preposition_at(last, k)), None)
        if k is not None and _said_place(last[k:]) and _entry(entries[-1][:k], is_place):
            place, entries[-1] = entries[-1][k + _lead(last[k:]):], entries[-1][:k]
    first = [t.text for t in entries[0]]
    for lead in (["down", "to"], ["only"], ["just"]):
        if first[:len(lead)] == lead and len(first) > len(lead):
            entries[0] = entries[0][len(lead):]  # "gloves: down to 3 boxes of L and 1 of XL"
            break
    if len(entries) < 2 and not tail_event:
        return None  # one amount after a product is the product's own count
    variants = [_entry(e, is_place) for e in entries if e]
    if not variants or any(v is None for v in variants):
        return None
    if not any(v.name for v in variants) and not all(v.place for v in variants):
        return None  # amounts only ("Gloves: 4, 6"): not variants
    for before, v in zip(variants, variants[1:]):
        if v.of_said and v.unit is None:
            v.unit = before.unit  # "3 boxes of L and 1 of XL": 1 box
    head_first = any(ch.isdigit() for w in hw for ch in w)
    return VariantList(head, head_first, event, place, variants)


def split_breakdown(toks: list[Tok]) -> list[Tok]:
    """A total said with its breakdown in brackets is the breakdown: "4 PFDs (2 adult M, 2
    child)" -> "2 adult M PFDs, 2 child PFDs" (the amounts add up to the total; the heading's
    words are copied after each variant, as in `read_variant_list`)."""
    words = [t.text for t in toks]
    if "(" not in words:
        return toks
    o = words.index("(")
    c = words.index(")", o) if ")" in words[o:] else -1
    if c < 0 or o < 2:
        return toks
    k = o - 1
    while k > 0 and words[k - 1].isalpha() and words[k - 1] not in DETERMINERS and o - k < _MAX_HEAD \
            and read_quantity(words, k - 1)[0] is None and not _verb_said(words[k - 1]) \
            and words[k - 1] not in V.VERB_FORMS:
        k -= 1
    total, e = read_quantity(words, k - 1) if k > 0 else (None, k)
    if total is None or e != k or k == o:
        return toks
    head = toks[k:o]
    parts: list[list[Tok]] = [[]]
    for t in toks[o + 1:c]:
        if t.text in (",", "and", "&", "+", "/"):
            parts.append([])
        else:
            parts[-1].append(t)
    out: list[Tok] = []
    amount = 0
    for part in parts:
        pw = [t.text for t in part]
        q, j = read_quantity(pw, 0) if pw else (None, 0)
        if q is None or j == len(pw) or not _variant_word(pw[j]):
            return toks
        amount += q
        at = part[-1].end
        if out:
            out.append(Tok(",", at, at))
        out.extend(part + [Tok(t.text, at + 1, at) for t in head])
    if amount != total:
        return toks
    return toks[:k - 1] + out + toks[c + 1:]


def read_variant_moves(toks: list[Tok]) -> VariantList | None:
    """'Moved ladders: 6ft -> van 2, 8ft -> job trailer': a product heading, then each variant
    with its own arrow and place; the variants are moved there. None when the note is not so."""
    words = [t.text for t in toks]
    if words.count(":") != 1:
        return None
    c = words.index(":")
    head, hw = toks[:c], words[:c]
    if hw and V.lookup(hw, 0):
        head, hw = head[1:], hw[1:]  # "Moved ladders:"
    if not 1 <= len(hw) <= _MAX_HEAD or any(w in DETERMINERS or not w.replace("-", "").isalpha() for w in hw):
        return None
    entries: list[list[Tok]] = [[]]
    for t in toks[c + 1:]:
        if t.text in (",", ";"):
            entries.append([])
        else:
            entries[-1].append(t)
    variants = []
    for e in entries:
        ew = [t.text for t in e]
        arrows = [k for k, w in enumerate(ew) if w in ("->", "→")]
        if len(arrows) != 1 or not 1 <= arrows[0] <= 2 or arrows[0] == len(ew) - 1 or \
                not all(_variant_word(w) for w in ew[:arrows[0]]):
            return None
        variants.append(Variant(e[:arrows[0]], None, [], None, None, e[arrows[0] + 1:]))
    if len(variants) < 2:
        return None
    return VariantList(head, False, V.MOVED, [], variants)

