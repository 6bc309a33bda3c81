"""Rule family: readings. A note that logs values read off a gauge, a thermometer or a meter
records no stock, and a routine check that found all well is news of the check only:

    "fridge temp log: 4°C at 9am", "pool ph readings: 7.4, 7.2"          -> a reading
    "brine -9.2, return -7.8, all normal", "temp logged 182C, within spec" -> a reading
    "Delivery: 6 boxes of chicken, 3.1c, all ok"                         -> the chicken only

questions.not_a_statement gives the reason ("a reading, not stock"); the parser drops the
readings said after stock (drop_readings) before it reads the items.
"""
from __future__ import annotations

import re

from .tokens import Tok
from .units import UNITS
from .verbs import lookup

# how many words a heading before its ":" may have ("Walk-in fridge temp log:"); questions.py
# reads its headings as far
MAX_HEADING = 6
# the degree signs and word, in a heading or after a value ("4°C", "3 degrees")
DEGREES = frozenset({"°", "°c", "°f", "degrees"})


# what a log of readings is of ("fridge temp log: 4°C at 9am", "pool ph readings: 7.4, 7.2")
READING_WORDS = DEGREES | frozenset({"temp", "temps", "temperature", "temperatures", "reading",
                                     "readings", "thermometer", "probe"})


def logs_readings(raw: list[str]) -> bool:
    """Whether the note logs readings: a reading word in its heading, or a degree sign."""
    head = raw[:raw.index(":")] if ":" in raw[:MAX_HEADING + 1] else []
    return bool(set(head) & READING_WORDS) or "°" in raw or any(w.startswith("°") for w in raw)


# what closes the note of a routine check that found all well, said as a clause of its own
# ("brine -9.2, return -7.8, all normal", "temp logged 182C at 10:40, within spec", "lamp hours
# at 1890/2000. no action yet"): the check is the news, nothing came, went or was counted
CHECK_VERDICTS = frozenset({
    ("normal",), ("all", "normal"), ("fine",), ("all", "fine"), ("ok",), ("okay",), ("all", "ok"),
    ("all", "okay"), ("all", "good"), ("all", "clear"), ("as", "expected"), ("within", "spec"),
    ("in", "spec"), ("within", "range"), ("in", "range"), ("within", "limits"), ("no", "action"),
    ("no", "action", "yet"), ("no", "action", "needed"), ("no", "action", "required"),
    ("nothing", "to", "report")})
_VERDICT_MARKS = frozenset({",", ".", ";", "-", ":"})
# a value read off a gauge, not a count of stock: a decimal, a signed number, a temperature or a
# pressure with its sign ("182C", "30psi"), a ratio ("1890/2000")
_READ_VALUE = re.compile(r"^[+-]\d|^\d+\.\d+$|^\d+(\.\d+)?(°[cf]?|c|f|%|psi|bar|ppm|rpm)$|^\d+/\d+$")
# the signs of a value read: a degree, a percentage, a pressure, a speed, a voltage
_READ_SIGNS = DEGREES | frozenset({"%", "psi", "ppm", "rpm", "bar", "volts", "v"})
# verbs that log the check itself ("temp logged 182C"), not a stock event
_CHECK_VERBS = frozenset({"log", "record", "note", "read", "check", "test", "measure"})


# measures of stock taken or used ("dispensed 4.5 ml", "took 1.25 m of cable"), besides UNITS.
# Not derived from catalog_spans.MEASURES (it holds "psi", "%" and "volts", signs of a reading)
# nor from notations.GLUED_UNITS (its "ltr", "mls", "pt" ... would make "tank 4.5 ltr, all ok"
# an amount, no reading)
_STOCK_MEASURES = frozenset({"ml", "l", "cl", "m", "mm", "cm", "kg", "g", "mg", "oz", "lb", "lbs",
                             "kilos", "grams", "metres", "meters", "tonnes", "tons"})


def read_value(raw: list[str], k: int) -> bool:
    """Whether raw[k] is a value read off a gauge: not an amount of stock ("2.5 litres", "4.5 ml");
    "1.4 bar" is a pressure, "a bar of soap" a unit."""
    if k >= len(raw) or not raw[k][:1].isdigit() and raw[k][:1] not in "+-":
        return False
    after = raw[k + 1] if k + 1 < len(raw) else ""
    if after in _STOCK_MEASURES or after in UNITS and not (after == "bar" and raw[k + 2:k + 3] != ["of"]):
        return False
    return bool(_READ_VALUE.match(raw[k])) or raw[k][:1].isdigit() and after in _READ_SIGNS


# words a clause of a list opens after (a count of stock said first in it: "Delivery: 6 boxes of
# chicken, 3.1c, all ok")
_CLAUSE_OPENS = frozenset({":", ",", ";", "-", "in"})


def stock_amount(raw: list[str], k: int) -> bool:
    """Whether raw[k] is an amount of stock, not a reading nor an id: a whole number before a unit
    or "x" ("6 boxes", "24 x 1.5l"), or opening a clause before a name ("Stock check: 14 kegs",
    ", 4 full ones"); "fridge 2 at 5.1" is an id, "3.2c" a reading."""
    if not raw[k].isdigit() or read_value(raw, k) or k + 1 >= len(raw):
        return False
    after = raw[k + 1]
    if after in UNITS or after in _STOCK_MEASURES or after == "x":
        return True
    return (k == 0 or raw[k - 1] in _CLAUSE_OPENS) and after.isalpha() and after not in _READ_SIGNS \
        and after not in ("at", "is", "was", "and", "to")


def check_all_well(raw: list[str]) -> bool:
    """Whether the note logs a routine check that found all well: readings, then a verdict in a
    clause of its own, and no event verb but one that logs the check or names what was read
    ("return -7.8"). A count or a use said before a verdict ("used 2.5 litres of acid, all
    fine") keeps its verb, so it stays an event."""
    mark = _verdict_mark(raw)
    if not mark:
        return False
    if not any(read_value(raw, k) for k in range(mark)):
        return False
    if any(stock_amount(raw, k) for k in range(mark)):
        return False  # ("fridge 3: 12 yoghurts, 3.2c, all good": stock, then its reading)
    head = next((k + 1 for k, w in enumerate(raw[:MAX_HEADING + 1]) if w in (":", "-")), 0)
    for j in range(head, mark):
        hit = lookup(raw, j)
        # (a verb's base form before a value names what was read: "return -7.8", "flow 4.2";
        # "took 1.25 m", "used 2.5" tell an event)
        if hit and hit[0] not in _CHECK_VERBS and not (raw[j] == hit[0] and read_value(raw, hit[2])):
            return False
    return True


def _verdict_mark(raw: list[str]) -> int:
    """Where the closing verdict of a check is marked off ("..., all ok"), or 0."""
    end = len(raw)
    while end and raw[end - 1] in (".", "!"):
        end -= 1
    mark = max((k for k in range(end) if raw[k] in _VERDICT_MARKS), default=0)
    return mark if mark and tuple(raw[mark + 1:end]) in CHECK_VERDICTS else 0


def drop_readings(toks: list[Tok]) -> list[Tok]:
    """Stock listed, then readings taken on it and a verdict ("Delivery: 6 boxes of chicken,
    3.1c, all ok", "Stock check: 14 kegs, cellar 11.5c, all good"): the readings and the verdict
    are no items, so the clauses after the stock that hold a reading and no amount of stock go,
    and the verdict too. Anything else is left as it was."""
    raw = [t.text for t in toks]
    mark = _verdict_mark(raw)
    if not mark or not any(stock_amount(raw, k) for k in range(mark)):
        return toks
    bounds = [-1] + [k for k in range(mark) if raw[k] in (",", ";")] + [mark]
    keep: list[Tok] = []
    stock_said = False
    for lo, hi in zip(bounds, bounds[1:]):
        span = range(lo + 1, hi)
        reading = any(read_value(raw, k) for k in span)
        stock = any(stock_amount(raw, k) for k in span)
        if stock_said and reading and not stock:
            continue
        stock_said = stock_said or stock
        keep.extend(toks[max(lo, 0) if keep else lo + 1:hi])
    return keep or toks
