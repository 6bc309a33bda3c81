"""Rule family: amounts and sizes written in the shorthand of typed stock notes.

A measure glued to its number is either the size of the thing (part of its name) or, said
with "of" or alone where an amount is expected, how much of it there is:

    "used 200ml of 2M HCl"            -> 200 ml of "2m hcl" (an amount: "of" follows)
    "velcro 20mm - 10m used"          -> 10 metre (an amount said alone after the name)
    "2 x 25kg salt licks"             -> 2 of "25kg salt licks" (a size after "N x")
    "Carling 11g 2", "ngk bkr6e 24"   -> 2, 24: a count after a size or a model code, in a list
    "CO2 x3 full"                     -> 3 of "co2": how full they are is no part of the name

The functions here only recognise the notations; `phrases.read_noun_phrase` applies them.
"""
from __future__ import annotations

import re

from .units import SIZE_MEASURES, unit_of

_GLUED = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+|\")$")
# measures written glued to a number, as the labels write their unit
GLUED_UNITS = {
    "ml": "ml", "mls": "ml", "cl": "cl", "l": "litre", "ltr": "litre", "ltrs": "litre", "lt": "litre",
    "g": "gram", "gr": "gram", "kg": "kg", "kgs": "kg", "kilo": "kilo", "kilos": "kilo",
    "m": "metre", "mtr": "metre", "mtrs": "metre", "metres": "metre", "meters": "metre",
    "cm": "cm", "mm": "mm", "ft": "foot", "oz": "ounce", "lb": "pound", "lbs": "pound",
    "pt": "pint", "pts": "pint", "gal": "gallon", "gals": "gallon",
}
# of those, the ones that measure out an amount of stock (not a size of one piece: "20mm")
AMOUNT_UNITS = frozenset({"ml", "cl", "litre", "gram", "kilo", "kg", "metre", "foot", "ounce", "pound",
                          "pint", "gallon"})
# how a thing is, said after its amount ("CO2 x3 full"): no part of its name
FILL_STATES = frozenset({"full", "empty", "empties", "fulls", "sealed", "unopened", "opened"})
_CODE = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z0-9/.\-]+$")


def glued_measure(word: str) -> tuple[int | float, str] | None:
    """'200ml' -> (200, 'ml'), '2.5l' -> (2.5, 'litre'), '10m' -> (10, 'metre'); else None."""
    m = _GLUED.match(word)
    if not m or m.group(2) not in GLUED_UNITS:
        return None
    value = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
    return value, GLUED_UNITS[m.group(2)]


def glued_amount(word: str) -> tuple[int | float, str] | None:
    """A glued measure that can be an amount of stock ("200ml", "10m"; not "20mm", "42\"")."""
    got = glued_measure(word)
    return got if got and got[1] in AMOUNT_UNITS else None


def is_size_or_code(word: str) -> bool:
    """A size written on its number ("11g", "5l", "70cl") or a model code with letters and digits
    ("bkr6e", "p3275", "w712/95"): a word a count can follow in a list ("Carling 11g 2")."""
    if glued_measure(word):
        return True
    return bool(_CODE.match(word)) and len(word) >= 4 and not word.isdigit()


def size_after_times(words: list[str], k: int) -> bool:
    """Whether "N x" is followed at words[k] by a size glued to its number, then a name
    ("2 x 25kg salt licks", "4 x 5l bleach"): the size is the name's, N the amount."""
    if k + 2 < len(words) and words[k].isdigit() and words[k + 1] in GLUED_UNITS:
        k += 1  # ("25 kg" as the tokenizer splits it)
    elif k >= len(words) or glued_measure(words[k]) is None:
        return False  # ("the two hundred x": nothing after the "x")
    return k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1] != "of"


_SEPARATORS = frozenset({"-", "–", "—", ":"})


def number_in_name(named, amount, between: list[str]) -> bool:
    """'Metacam 20 - 1 left', 'stretch wrap 500 - 6 rolls', 'brown rice 2 lb - 40 bags': a name
    with a number, a dash, then an amount said alone. The amount after the dash is how many;
    the number before it is the name's (a strength, a size, a model). `named` and `amount` are
    noun phrases of the segments either side, `between` the words that part them."""
    return bool(between) and all(w in _SEPARATORS for w in between) and \
        named is not None and named.product and named.quantity is not None and \
        (named.unit is None or named.unit in SIZE_MEASURES and named.trailing_quantity) and \
        len(named.quantity_toks) == 1 and \
        named.quantity_toks[0].text[:1].isdigit() and \
        amount is not None and amount.quantity is not None and not amount.pronoun and \
        (not amount.product or amount.unit_only)


def bracket_amount(words: list[str]) -> tuple[int, int | float, bool, str | None] | None:
    """An amount in brackets that ends a place ("shop shelf 2 (x12)", "bar fridge (24)", "back
    bar (1 each)", "pharmacy cabinet (3 bottles)") -> (where the bracket opens, the amount,
    whether it was "each", its container or None); else None."""
    if len(words) < 4 or words[-1] != ")" or "(" not in words:
        return None
    k = len(words) - 1 - words[::-1].index("(")
    inner = words[k + 1:-1]
    each = inner[-1:] in (["each"], ["ea"], ["apiece"])
    if each:
        inner = inner[:-1]
    if len(inner) == 1 and _TIMES_ONE.match(inner[0]):
        return k, int(inner[0].strip("x×")), each, None
    if len(inner) == 2 and inner[0] in ("x", "×"):
        inner = inner[1:]
    if len(inner) == 1 and inner[0].isdigit() and k >= 1:
        return k, int(inner[0]), each, None
    if len(inner) == 2 and inner[0].isdigit() and k >= 1 and unit_of(inner[1]) not in (None, "item"):
        return k, int(inner[0]), each, unit_of(inner[1])  # "(3 bottles)"
    return None


_TIMES_ONE = re.compile(r"^(x|×)\d+$|^\d+(x|×)$")


_CLOCK_OR_DATE = re.compile(r"^(\d{1,2}[:.]\d{2}(am|pm)?|\d{1,2}(am|pm)|\d{1,2}/\d{1,2}(/\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4})$")


def clock_or_date(word: str) -> bool:
    """'14:00', '9am', '3/6', '03/06/2026': when a note was written, never part of a place."""
    return bool(_CLOCK_OR_DATE.match(word))
