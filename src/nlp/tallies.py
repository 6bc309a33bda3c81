"""Rule family: a note that is only a list of things with their amounts is a count.

Written with no event word, a list whose every part says how many of a thing there are is a
stock count, whatever the notation of each amount; a place may follow in brackets, after a
dash, or after "all in":

    "mess tins x 30, kelly kettles x 2, trangias x 8 - all in the cage"  -> 3 counts, at cage
    "haylage 12, hay 30 (barn)"                                         -> 2 counts, at barn
    "Stockmarker - blue x 4, red x 1 (tack room)"                       -> a heading, 2 variants
    "beakers 250 x 40, 500 x 15"                                        -> sizes, then counts
    "Stanley knives x5", "3x head torches"                              -> one count
    "fondant 6 blocks barn loft", "A 8 blocks, B 12, both in the walk-in" -> the place closes it
    "A 4 / B 9 / C 6 - loft", "A 3 packs, B 1 pack (farm shop count)"    -> every item's place

Only short parts qualify (a name of a few words and its amount), and a part must name
something: "5, 6, 7" or "call me at 5" are no tally. Run only when no event word was found.
The place closing the list is told with the catalog's locations when hints are given.

Said without commas after a count heading ("stocktake honey house super frames thirty
foundation sheets two packs"), `spoken_tally_cuts` says where the parts end (headings.py puts
the marks in).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from . import verbs as V
from .bare_places import names_a_spot
from .numbers import is_number_word, read_quantity
from .places import looks_like_place
from .shapes import Trigger
from .tokens import Tok
from .units import SIZE_MEASURES, UNITS, unit_of

MAX_PART_WORDS = 6
_TIMES_GLUED = re.compile(r"^(x|×)\d+$|^\d+(x|×)$")
_LIST_BREAKS = frozenset({",", ";", "and", "&", "+", "/"})
_TAIL_BREAKS = frozenset({"—", "–", "-", "(", "->", "→"})


def _amount_part(words: list[str]) -> bool:
    """Whether one part of the list is a name and its amount, in any notation: "kelly kettles
    x 2", "trangias x8", "3x head torches", "hay 30", "2 patrol tents", "500 x 15"."""
    if not words or len(words) > MAX_PART_WORDS:
        return False
    named = any(w.isalpha() and not is_number_word(w) and w not in ("x", "×") for w in words)
    if _TIMES_GLUED.match(words[-1]) or _TIMES_GLUED.match(words[0]):
        return len(words) >= 2
    if len(words) >= 3 and words[-2] in ("x", "×") and read_quantity(words, len(words) - 1)[0] is not None:
        return True  # ("500 x 15": a size said alone, after a heading names the thing)
    if len(words) >= 3 and words[-1] in UNITS and (_TIMES_GLUED.match(words[-2]) or (
            named and read_quantity(words, len(words) - 2)[1] == len(words) - 1)):
        return True  # "lube gel x6 tubes", "fondant 6 blocks"
    if not named or len(words) < 2:
        return False
    q, e = read_quantity(words, 0)
    if q is not None and e < len(words) and words[0] not in ("a", "an"):
        return True
    q, e = read_quantity(words, len(words) - 1)
    return q is not None and e == len(words) and words[-1].isdigit() and len(words[-1]) <= 3


def _list_body(words: list[str]) -> list[str]:
    """The words of the list, without a place said after it in brackets or after a dash."""
    depth = 0
    for k, w in enumerate(words):
        if w in _TAIL_BREAKS and k > 0 and w != "(":
            return words[:k]
        if w == "(":
            depth += 1
            if k > 0:
                return words[:k]
    return words


# said before the place that closes a list ("..., both in the walk-in", "... all in cage 2")
_SHARED_PLACE_OPENERS = frozenset({"both", "all", "in", "on", "at", "the"})


def _without_closing_place(parts: list[list[str]], is_place: Callable[[list[str]], bool]) -> list[list[str]]:
    """The parts of a list less a place said at its end, as a part of its own ("fog juice, 4
    jugs, dock", "..., both in the walk-in") or after the last amount ("fondant 6 blocks barn
    loft"); the parts unchanged when none is."""
    last = parts[-1]
    for k in range(2, len(last)):
        if is_place(last[k:]) and _amount_part(last[:k]) and not is_place(last[:k]):
            return parts[:-1] + [last[:k]]  # ("lube gel x6 tubes exam 1": not "exam 1" an amount)
    if _amount_part(last):
        return parts
    k = 0
    while k < len(last) - 1 and last[k] in _SHARED_PLACE_OPENERS:
        k += 1
    return parts[:-1] if len(parts) >= 2 and is_place(last[k:]) else parts


def read_tally(toks: list[Tok], is_place: Callable[[list[str]], bool] = looks_like_place
               ) -> tuple[list[Tok], list[Trigger]]:
    """A count over the whole note when it is a list of amounts and nothing else (see the module
    doc), with the note's tokens; no trigger when it is not. is_place tells a place said at the
    end of the list; said right after the last amount ("lube gel x6 tubes exam 1") it gets the
    comma it was written without, so the amount is not read into the name."""
    words = [t.text for t in toks]
    body = _list_body(words)
    head = 0
    if ":" in body:
        head = body.index(":") + 1  # ("Stock: ..." are read as headings elsewhere)
    elif len(body) > 2 and body[1:2] == ["-"]:
        head = 2
    parts: list[list[str]] = [[]]
    for w in body[head:]:
        if w in _LIST_BREAKS:
            parts.append([])
        elif w not in (".", "!"):
            parts[-1].append(w)
    parts = [p for p in parts if p]
    if not parts or any(V.lookup(p, k) and not V.maybe_noun(p[k]) for p in parts for k in range(len(p))):
        return toks, []
    said = len(parts), len(parts[-1])
    parts = _without_closing_place(parts, is_place)
    placed = (len(parts), len(parts[-1])) != said
    if len(parts) == 1 and not (_TIMES_GLUED.match(parts[0][-1]) or _TIMES_GLUED.match(parts[0][0])
                                or parts[0][-2:-1] in (["x"], ["×"]) or placed and parts[0][-1] in UNITS):
        return toks, []  # one name and a bare number may be an id ("room 12"); "x" says an amount
    if not all(_amount_part(p) for p in parts):
        return toks, []
    brackets = len(body)  # where a bracket after the list would start
    if len(parts) == said[0] and placed:
        end = len(body)
        while end and body[end - 1] in (".", "!"):
            end -= 1
        at = end - (said[1] - len(parts[-1]))
        toks = toks[:at] + [Tok(",", toks[at - 1].end, toks[at - 1].end)] + toks[at:]
        brackets += 1
    return _bracket_place_said_bare(toks, brackets, is_place), [Trigger(0, 0, ":", V.COUNTED, "count", guessed=True)]


def _bracket_place_said_bare(toks: list[Tok], b: int, is_place: Callable[[list[str]], bool]) -> list[Tok]:
    """'lids gold 3 packs, lids black 1 pack (farm shop count)' is read as '..., farm shop': the
    place of the whole list, said in brackets at its end (with the count word it may carry),
    as a bare place after a comma, which every item of the list shares."""
    words = [t.text for t in toks]
    if words[b:b + 1] != ["("] or words[-1] != ")":
        return toks
    inner = words[b + 1:-1]
    if inner[-1:] and inner[-1] in ("count", "stocktake", "stock"):
        inner = inner[:-1]
    if not inner or not (is_place(inner) or _bracket_spot(inner)):
        return toks
    comma = [Tok(",", toks[b].start, toks[b].end)]
    if not is_place(inner):  # said as "in" it, so no rule that knows place names need read it as one
        comma.append(Tok("in", toks[b].end, toks[b].end))
    return toks[:b] + comma + toks[b + 1:b + 1 + len(inner)]


def _bracket_spot(inner: list[str]) -> bool:
    """'(van 2 drawer)', '(linen cupboard top shelves)': after a list of amounts, a bracket of two
    to four plain words is where the list is, whatever the place is called; a single word may
    be a brand ("(Petzl)"), and count words ("(stock chk)") or remarks ("(after wash)") are no
    place."""
    return len(inner) >= 2 and names_a_spot(inner) and not any(w in _COUNT_WORDS for w in inner)


# words of a count said in brackets after a list ("(stock chk)", "(full count)")
_COUNT_WORDS = frozenset({"count", "counted", "stocktake", "stock", "check", "chk", "inventory",
                          "tally", "full", "total"})


# ---------------------------------------------------------------------------------------------
# spoken tallies: the same list said without commas, after a count heading


def _name_word(words: list[str], k: int) -> bool:
    """A word that may be part of a name in a spoken tally: it has a letter and is no amount."""
    w = words[k]
    return any(ch.isalpha() for ch in w) and w not in ("a", "an", "and", "x", "×") and \
        read_quantity(words, k)[0] is None


def _size_before_count(words: list[str], k: int) -> int:
    """Length of a size said at words[k] as part of the name, right before the count and its
    container ("binding coils ten mil | four boxes", "apple quell five point fours | three
    boxes", "fourteen mil | two boxes"): a number, then size words ("mil", "point", "fours"),
    at least one that is no bare number; else 0."""
    if k >= len(words) or not (words[k].isdigit() or is_number_word(words[k])):
        return 0
    for m in range(k + 2, min(len(words), k + 4)):
        q, e = read_quantity(words, m)
        if q is None or e >= len(words) or words[e] not in UNITS or unit_of(words[e]) in SIZE_MEASURES:
            continue
        size = words[k + 1:m]
        if all(w in _SIZE_WORDS or w in UNITS or is_number_word(w) or w.isdigit() or
               w.endswith("s") and is_number_word(w[:-1]) for w in size) and \
                any(not (is_number_word(w) or w.isdigit()) for w in size):
            return m - k
        return 0
    return 0


# words of a size said inside a spoken name ("ten mil", "five point fours")
_SIZE_WORDS = frozenset({"mil", "mm", "ml", "cm", "inch", "inches", "point", "gauge", "gram", "grams"})


def _name_first_ends(words: list[str]) -> list[int] | None:
    """Where each part ends in a tally said name first: "eggs fifteen trays whole milk eight
    bottles butter six" -> after "trays", after "bottles" and at the end; None when some part is
    not a name, then a number and maybe its container."""
    ends: list[int] = []
    k, n = 0, len(words)
    while k < n:
        if words[k] in ("and", ",", "&"):
            k += 1
            continue
        start = k
        while k < n and _name_word(words, k):
            k += 1
        k += _size_before_count(words, k)
        q, e = read_quantity(words, k)
        if k == start or k - start > MAX_PART_WORDS or q is None or words[start] in _NOT_NAMES:
            # ("mayo one tub and cling two rolls of the small one": not a name after its amount)
            return None
        k = e + (e < n and words[e] in UNITS)
        ends.append(k)
    return ends


def spoken_tally_cuts(words: list[str]) -> list[int] | None:
    """Where commas go in a tally said without them (the words after a count heading), or None
    when the words are no tally. Said amount first ("ten tripods twelve gauze mats and a coil
    of rope"), the parts already end before each amount (regions.py): no cut. Said name first
    ("super frames thirty foundation sheets two packs"), each part ends after its number and
    the container said with it."""
    if not words or any(w in (".", ":", ";", "(", ")") for w in words):
        return None
    if read_quantity(words, 0)[0] is not None:
        return _amount_first_cuts(words)
    ends = _name_first_ends(words)
    return ends[:-1] if ends else None


def _names_something(words: list[str]) -> bool:
    return any(_name_word(words, k) and words[k] not in UNITS and words[k] not in _NOT_NAMES
               for k in range(len(words)))


# words before a number that keep it inside the part ("six bottles of the two litre", "the
# hundred mil ones", "six point eight")
_NOT_NAMES = frozenset({"of", "the", "these", "those", "each", "about", "like", "around", "x", "point"})


def _amount_first_cuts(words: list[str]) -> list[int] | None:
    """Cuts of a tally said amount first: before each amount said after a name ("six bottles of
    oxalic | two smokers"), unless the part it would open names nothing ("twelve tubes twenty
    six inch | nine cables": a size of the name before)."""
    if not _names_something(words) or words[-1].isdigit():
        return None
    cuts = [k for k in range(1, len(words)) if read_quantity(words, k)[0] is not None and
            _name_word(words, k - 1) and words[k - 1] not in _NOT_NAMES]
    ends = cuts[1:] + [len(words)]
    return [c for c, e in zip(cuts, ends) if _names_something(words[c:e])]
