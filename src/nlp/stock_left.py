"""Rule family: how much is said to be left. The tests find_triggers makes before it reads a
"left", "out" or "no more" shape as a count:

    "only 3 left", "no gloves left on the ward"   -> counted
    "i left the drill in the van", "on the left"  -> the verb leave, a side: no count
    "we're out of bleach", "the toners both out"  -> counted, 0
    "took it out of the van", "out of action"     -> a source, a state: no count
    "three marathons went out today"              -> gone ("the lights went out" says no amount)
    "we have no more bleach", "there's 4 on hand" -> one count, the "have"/"there" said first

Each weighs the words around one event word by what was said before it in its clause (an
amount, a count, a subject); apart from shapes.py they read as the one question they answer.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import verbs as V
from .clause_words import CLAUSE_BREAKS, SUBJECTS, prev_word
from .numbers import read_quantity
from .people import is_person
from .places import TIME_WORDS, preposition_at
from .units import unit_of

if TYPE_CHECKING:  # for annotations only: shapes.py imports this module
    from .shapes import Trigger


def counted_before(found: list[Trigger], i: int) -> bool:
    return bool(found) and found[-1].event == V.COUNTED and found[-1].kind in ("there", "have")


def out_of_stock_context(words: list[str], i: int) -> bool:
    """'out of' says 'none left' after a form of be ("we're out of", "is all out of") or at the
    start; after a noun it is a source ("took it out of the van")."""
    if i > 1 and words[i - 1] in ("both", "all") and (i + 1 == len(words) or words[i + 1] in CLAUSE_BREAKS):
        return True  # "the cyan and magenta toners both out": none of either left
    j = i - 1
    while j >= 0 and words[j] in ("all", "both", "completely", "totally", "now", "officially", "just",
                                  "basically", "pretty", "much", "clean", "fresh", "already"):
        j -= 1
    after = words[i + 3] if i + 3 < len(words) else ""
    if words[i + 2:i + 3] and words[i + 2] in _OUT_OF_STATES and (
            not after or after in CLAUSE_BREAKS or after in TIME_WORDS or preposition_at(words, i + 3)
            or after in ("so", "and", "but", "till", "until")) or words[i + 2:i + 4] == ["the", "way"]:
        return False  # "the forklift is out of action", "out of date", "out of the way"
    if j < 0:
        return True
    return words[j] in V.BE or words[j] in CLAUSE_BREAKS or words[j] in ("we", "i")


# what "out of" says about a thing's state, not its stock
_OUT_OF_STATES = frozenset({"action", "order", "service", "commission", "use", "date", "reach",
                            "sight", "hours", "bounds", "place", "range", "shape", "alignment",
                            "warranty", "tune", "balance", "season", "breath", "control", "town",
                            "office", "hand", "practice", "juice", "charge"})


def counted_subject(words: list[str], i: int) -> bool:
    """Whether the clause before words[i] says an amount ("three marathons went out")."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if words[k] in CLAUSE_BREAKS:
            return False
        if read_quantity(words, k)[0] is not None and words[k] not in ("a", "an", "one"):
            return True
    return False


def count_left(words: list[str], i: int, found: list[Trigger]) -> bool:
    """'left' counts ("only 3 left") unless it is the verb leave ("i left the drill in the van")
    or a side ("the left shelf", "on the left")."""
    prev = prev_word(words, i)
    if prev in ("the", "to", "on", "at", "far", "top", "bottom", "upper", "lower", "a", "stage",
                "house", "camera", "screen", "back", "front", "rear"):
        return False  # a side: "on the left", "stage left"
    if is_person([prev]) or prev in ("he", "she", "they", "someone", "somebody", "everyone"):
        return False  # "the vet left 6 bottles of wormer in the fridge": the verb leave
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("in", "at", "on", "by", "inside", "behind", "under") and not said_amount(words, i, found):
        return False  # "aluminum hand truck left in unit 4b": left there, nothing counted
    if found and found[-1].event == V.COUNTED and not found[-1].blocked and not any(
            w in (".", ";", "!", "?", "but", "so", "because") for w in words[found[-1].end:i]):
        return False  # "we have 3 left", "we had 3 cartons of oat milk and 1 of almond milk left"
    if not prev or prev in SUBJECTS or prev in V.HAVE or prev in ("just", "and", "then", "also"):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # "left the drill in the van" vs "just 3 left"
        return not nxt or nxt in CLAUSE_BREAKS or nxt in ("over", "in", "on", "at")
    return True


def said_amount(words: list[str], i: int, found: list[Trigger]) -> bool:
    """Whether an amount or a count shape comes before words[i] in its clause ("there's 1
    bottle of glue left in", "no gloves left on the ward")."""
    lo = found[-1].end if found else 0
    if found and found[-1].event == V.COUNTED:
        return True
    return any((read_quantity(words, k)[0] is not None and words[k] not in ("a", "an"))
               or words[k] in ("no", "zero", "none", "only", "half", "last", "few", "couple", "any",
                               "hardly", "barely", "much", "little", "plenty", "enough", "several")
               or (unit_of(words[k]) not in (None, "item") and words[k + 1:k + 2] == ["of"])
               for k in range(lo, i))  # ("half a case of wine left in the cellar")
