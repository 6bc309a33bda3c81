"""Rule family: amounts and sources said apart from the name they belong to.

Small readers the clause rules of parser.py ask about the words around a name:

    "van 2, qty 10"             -> closing_qty: the place, and 10 for the item before
    "from the shop" -> kitchen  -> only_source: only where it came from, before an arrow
    "... so we binned two bags" -> only_amount: an amount and its container, no name
    "DE 25lb - 7 bags"          -> size_said: "25lb" is a size of the name, not how many
    "mop heads, qty 6, moved"   -> amount_said: "qty 6" is only an amount ("4 tubs expired" too)
    "cement 25kg: 6 -> yard"    -> take_amount: "6" is how many of the name, "25kg" its size
"""
from __future__ import annotations

from .notations import glued_amount
from .numbers import ABOUT_WORDS, read_quantity
from .phrases import _TIMES as _TIMES_RE, END_STATES, NounPhrase, on_container
from .clause_words import CLAUSE_BREAKS
from .tokens import ARROWS, Tok
from .units import unit_of


def closing_qty(toks: list[Tok]) -> tuple[list[Tok], tuple[int | float, str | None] | None]:
    """A place said with its amount closing the note ("van 2, qty 10", "chapel x12", "service
    van, 10 pairs"): the place, and the amount with its container (or None) apart."""
    words = [t.text for t in toks]
    counted = _closing_containers(words)
    if counted:
        return toks[:counted[0] - 1], counted[1:]
    for k in range(1, len(words)):
        if words[k] in ("qty", "quantity", "x", "×") or _TIMES_RE.match(words[k]):
            q, e = (int(words[k].strip("x×")), k + 1) if _TIMES_RE.match(words[k]) else read_quantity(words, k + 1)
            if q is not None and e == len(words) - 1 and words[k] in ("qty", "quantity") and \
                    unit_of(words[e]) not in (None, "item"):
                e += 1  # "decon room, qty 6 boxes"
            if q is not None and e == len(words):
                end = k - (words[k - 1] in (",", "-"))
                return toks[:end], (q, unit_of(words[-1]) if e > k + 1 else None)
    return toks, None


def _closing_containers(words: list[str]) -> tuple[int, int | float, str] | None:
    """(where, amount, unit) of "N containers" said after a comma at the end ("-> op 2, 1 tub",
    "-> service van, 10 pairs"): how many of the item went there, not a place."""
    for k in range(max(2, len(words) - 4), len(words) - 1):
        if words[k - 1] != ",":
            continue
        q, e = read_quantity(words, k)
        if q is not None and words[k] not in ("a", "an") and e == len(words) - 1 and \
                unit_of(words[e]) not in (None, "item"):
            return k, q, unit_of(words[e])
    return None


def only_source(toks: list[Tok]) -> bool:
    """Whether words are only where a thing came from ("from the shop" before "-> kitchen")."""
    words = [t.text for t in toks if t.text not in CLAUSE_BREAKS]
    return len(words) >= 2 and words[0] == "from" and not any(w in ARROWS for w in words)


def only_amount(toks: list[Tok]) -> bool:
    """Whether words are an amount and its container only ("two bags", "3 boxes")."""
    words = [t.text for t in toks]
    q, k = read_quantity(words, 0) if words else (None, 0)
    return q is not None and k + 1 == len(words) and unit_of(words[k]) is not None


# measures (not containers): said on a number after a name they are its size ("DE 25lb")
SIZE_UNITS = frozenset({"pound", "kilo", "kilogram", "gram", "litre", "liter", "millilitre",
                        "milliliter", "ounce", "foot", "inch", "metre", "meter", "centimetre",
                        "millimetre", "watt", "volt", "amp", "gallon", "ml", "lb", "kg", "g", "l"})


def size_said(np: NounPhrase) -> bool:
    """Whether a phrase's amount is a measure written on its number after the name ("25lb",
    "300ml", "50 l" written together), so it is a size, not how many."""
    if np.unit not in SIZE_UNITS or not np.quantity_toks or not np.product:
        return False
    q = np.quantity_toks[-1]
    glued = any(ch.isalpha() for ch in q.text) or (np.unit_tok is not None and np.unit_tok.start == q.end)
    return glued and q.start > np.product[0].start


def amount_said(words: list[str]) -> bool:
    """Whether words are only an amount, with its container at most ("5 packs", "50", "a
    couple boxes", "about 30", "7 big bales")."""
    k = 0
    while k < len(words) and (words[k] in ABOUT_WORDS or words[k] in ("qty", "quantity", "x", "×")):
        k += 1  # ("mop heads, qty 6, moved to ...")
    if k >= len(words):
        return False
    if k + 1 == len(words) and glued_amount(words[k]):
        return True  # "10m", "200ml" (notations.py)
    q, e = read_quantity(words, k)
    if q is None or words[k] in ("a", "an", "one") and e == k + 1:
        return False
    if len(words) > e + 1 and words[-1] in END_STATES:
        words = words[:-1]  # "4 tubs expired": the amount, then how they are
    if e + 2 == len(words) and on_container(words, e):
        e += 1  # "7 big bales", "1 full drum": a word on the container said before it
    return e == len(words) or (e + 1 == len(words) and unit_of(words[e]) is not None
                               and unit_of(words[e]) != "item")


def take_amount(np: NounPhrase, amount: NounPhrase) -> bool:
    """Give a name the amount said apart after it ("woggles: 40 -> drawer 2"); a measure written
    on its number after the name ("peckish 2kg: 15 -> aisle 4") stays in the name as its size.
    False (nothing changed) when the name already has a count of its own."""
    if amount.quantity is None or amount.product and not amount.unit_only:
        return False
    if np.quantity is not None and not size_said(np):
        return False
    if np.quantity is not None:
        size = np.quantity_toks + ([np.unit_tok] if np.unit_tok else [])
        np.product = sorted(np.product + [t for t in size if t not in np.product], key=lambda t: t.start)
    np.quantity, np.quantity_toks = amount.quantity, amount.quantity_toks
    np.unit, np.unit_tok = amount.unit, amount.unit_tok
    return True
