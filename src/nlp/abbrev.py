"""Rule family: abbreviations of terse notes ("rcvd 6 cs copy paper @ loading dock",
"mv filing cabinet 2nd fl -> basement", "space htr -> rm 105", "mtg moved to rm 204").

The words are never rewritten: labels and the catalog keep what was written ("break rm",
"conf rm"), so an abbreviation is only taught to the rule tables. Each table that knows the
full word gets its short forms too (`with_short_forms`), e.g. PLACE_HEADS gets "rm" because
it holds "room". `full_form()` gives the full word where a rule compares a single word.

    "rm 204"        -> a place like "room 204"
    "2nd fl"        -> a place like "2nd floor"
    "mv", "rtn"     -> move, return (verbs.py SHORTHAND)
    "sh", "bg"      -> sheet, bag (units.py)
    "mtg"           -> meeting: no inventory item
"""
from __future__ import annotations

from collections.abc import Iterable

# short form -> full word. Only forms that are not common words of their own: "in" (inch),
# "off" (office), "kit" (kitchen) are left out.
WORDS: dict[str, str] = {
    # places
    "rm": "room", "rms": "rooms", "fl": "floor", "flr": "floor", "bldg": "building",
    "bld": "building", "conf": "conference", "ste": "suite", "whse": "warehouse",
    "maint": "maintenance", "rcvg": "receiving", "ofc": "office", "dept": "department",
    "stor": "storage", "bsmt": "basement", "mech": "mechanical", "elec": "electrical",
    "shpg": "shipping", "lvl": "level", "cab": "cabinet", "shlf": "shelf", "trk": "truck",
    "ctr": "center", "util": "utility", "kitch": "kitchen",
    # things that are no inventory
    "mtg": "meeting", "appt": "appointment", "mtgs": "meetings",
}


def full_form(word: str) -> str:
    """The full word a short form stands for, or the word itself."""
    return WORDS.get(word, word)


def with_short_forms(table: Iterable[str]) -> frozenset[str]:
    """The table plus the short forms of the words it holds ("room" in it -> "rm" too)."""
    table = frozenset(table)
    return table | {short for short, full in WORDS.items() if full in table}
