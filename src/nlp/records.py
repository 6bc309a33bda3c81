"""Rule family: records pasted from a spreadsheet or an ERP screen, one field apart from the next.

    "qty 4 | M8x30 SHCS | rack C2"                        -> counted, M8x30 SHCS, 4, at rack C2
    "King fitted sheets | qty 30 | linen room | counted"  -> the event field says the event
    "WO-2291 | M6x20 cap screws | issued 20 | Mazak QTN"  -> removed 20; the work order is no field
    "Stock adj: stretch wrap 500mm, packing, +6"          -> added 6 at packing (a signed field is
                                                             the change: "-3" removed, "+6" added)
    "RAM 16GB: 4 | RAM 8GB: 9"                            -> no record: the bar stands for a comma

A record has one amount field, one name field and at most one place field, besides a reference
(job, work order, PO, SKU...) and an event word; anything else (a header row "Item | Qty |
Location", a field with a verb of its own) is no record, read as a sentence. With no event
field a record states what is on hand (counted), as a stock line does.

The job, ticket or order a line is filed against names no item and no place (`drop_references`:
"used 4 QO115 on job 4471 (van 3)", "TKT-77 SM58 #3 dead"), and a job card or booking whose
list went out is "out: list" (`card_out`). It is apart from parser.py because the fields and
the references, not the word order, say which part is which.
"""
from __future__ import annotations

import re

from . import verbs as V
from .clause_words import SUBJECTS
from .drafts import Draft
from .numbers import read_quantity
from .phrases import NounPhrase
from .places import DETERMINERS, looks_like_place
from .tokens import ARROWS, Tok
from .units import unit_of

_BARS = frozenset({"|", "¦", "│"})
# words that open an amount field ("qty 4", "x 4", "count 6")
_AMOUNT_WORDS = frozenset({"qty", "quantity", "x", "×", "count", "#"})
# the event a lone field word states ("counted", "issued 20")
_EVENT_FIELDS = {"count": V.COUNTED, "counted": V.COUNTED, "stocktake": V.COUNTED, "on hand": V.COUNTED,
                 "in": V.ADDED, "out": V.REMOVED, "issue": V.REMOVED, "issued": V.REMOVED,
                 "iss": V.REMOVED}
# documents a line is filed against: their number names no item and no place
REF_WORDS = frozenset({"wo", "po", "job", "grn", "ticket", "tkt", "ref", "invoice", "rma", "order"})
# ...written on its number: with a mark between or a long number ("WO-2291", "TKT#882"; "so2" is a name)
_REF_GLUED = re.compile(r"^(" + "|".join(sorted(REF_WORDS)) + r")([-#]\d[\w/-]*|\d{3,})$")
# a code in brackets opening a line tags it with its booking or order ("[SR-2291] 2 sheets ...")
_BRACKET_CODE = re.compile(r"^[a-z]{2,4}-\d{4,}$")
# a heading that says the line is a signed stock adjustment ("Stock adj: name, place, -3")
_ADJUST_HEADS = frozenset({"adj", "adj.", "adjustment", "adjust", "adjustments"})
# a field of a log of readings, not of stock ("fridge 2 | temp | 4")
_READINGS = frozenset({"temp", "temps", "temperature", "reading", "readings", "degrees", "deg",
                       "probe", "humidity", "rh"})
# what a signed number is read on ("chiller | -18")
_COLD_PLACES = frozenset({"chiller", "freezer", "fridge", "cooler", "coldroom"})


def read_record(toks: list[Tok]) -> tuple[list[Draft] | None, list[Tok]]:
    """The items of a pasted record (none for a log of readings), or None and the tokens to read
    as a sentence (bars between entries that each hold an amount are commas: "RAM 16GB: 4 |
    RAM 8GB: 9"; a stock adjustment heading is dropped: "Stock adj: gloves -3")."""
    if any(t.text in _BARS for t in toks):
        fields = _fields(toks, _BARS)
        drafts = _record(fields)
        if drafts is not None:
            return drafts, toks
        if len(fields) > 1 and all(any(ch.isdigit() for t in f for ch in t.text) for f in fields):
            # entries of a list, each with its amount: the bar is a comma
            return None, [Tok(",", t.start, t.end) if t.text in _BARS else t for t in toks]
        return None, toks
    head = _adjust_heading(toks)
    if head:
        fields = _fields(toks[head:], frozenset({","}))
        if len(fields) >= 2 and _signed(fields[-1]):
            drafts = _record(fields, 2)
            if drafts is not None:
                return drafts, toks
        return None, toks[head:]  # "Stock adj: gloves -3": the heading names no place
    return None, toks


def _fields(toks: list[Tok], bars: frozenset) -> list[list[Tok]]:
    out: list[list[Tok]] = [[]]
    for t in toks:
        if t.text in bars:
            out.append([])
        else:
            out[-1].append(t)
    return [f for f in out if f]


def _adjust_heading(toks: list[Tok]) -> int:
    """Index after "Stock adj:" / "adjustment:" opening the note, or 0."""
    words = [t.text for t in toks[:4]]
    if ":" not in words:
        return 0
    c = words.index(":")
    head = [w for w in words[:c] if w not in ("stock", "inventory", "inv")]
    return c + 1 if len(head) == 1 and head[0] in _ADJUST_HEADS else 0


def _signed(field: list[Tok]) -> str | None:
    words = [t.text for t in field]
    if len(words) == 2 and words[0] in ("+", "-", "−") and words[1].replace(".", "", 1).isdigit():
        return "-" if words[0] in ("-", "−") else "+"
    return None


# a field that only gives the stock's number in the system ("SKU 1182", "part no 4410")
_ID_WORDS = frozenset({"sku", "p/n", "pn", "part", "item", "code", "id", "upc", "ean"})


def _reference(words: list[str]) -> bool:
    """'WO-2291', 'PO 7741', 'job #4471', 'ticket 88213': the document, not the stock; 'SKU
    1182': the stock's number, said beside its name."""
    if len(words) == 1:
        return bool(_REF_GLUED.match(words[0]))
    if words[0] in _ID_WORDS and words[-1].isdigit() and len(words) <= 3:
        return True
    rest = words[1:]
    if rest and rest[0] in ("#", "no", "no.", "-"):
        rest = rest[1:]
    return words[0] in REF_WORDS and len(rest) == 1 and any(ch.isdigit() for ch in rest[0])


def _amount(field: list[Tok]) -> tuple[str | None, int | float, list[Tok], str | None, Tok | None] | None:
    """(event or None, quantity, its tokens, unit, unit token) of an amount field: "qty 4",
    "20", "6 bags", "issued 20", "-3"."""
    words = [t.text for t in field]
    sign = _signed(field)
    if sign:
        return (V.REMOVED if sign == "-" else V.ADDED), float(words[1]) if "." in words[1] else int(words[1]), \
            field[1:], None, None
    event = None
    k = 0
    if len(words) > 1 and words[0] in _EVENT_FIELDS:
        event, k = _EVENT_FIELDS[words[0]], 1
    elif len(words) > 1 and V.VERB_FORMS.get(words[0]) and words[0].endswith("ed"):
        event, k = V.VERB_FORMS[words[0]][1], 1  # "received 10", "used 3"
    if k < len(words) and words[k] in _AMOUNT_WORDS:
        k += 1
    if k < len(words) and words[k] == ":":
        k += 1
    q, e = read_quantity(words, k)
    if q is None or words[k] in ("a", "an"):
        return None
    unit = unit_of(words[e]) if e == len(words) - 1 else None
    if e != len(words) and not (unit and unit != "item"):
        return None
    return event, q, field[k:e], unit, (field[e] if unit else None)


def _event_field(words: list[str]) -> str | None:
    """A field that is only an event word ("counted", "received", "issued")."""
    phrase = " ".join(words)
    if phrase in _EVENT_FIELDS:
        return _EVENT_FIELDS[phrase]
    if len(words) == 1 and words[0] in V.VERB_FORMS and (words[0].endswith("ed") or words[0] in V.SHORTHAND):
        return V.VERB_FORMS[words[0]][1]
    return None


def _record(fields: list[list[Tok]], least: int = 3) -> list[Draft] | None:
    if len(fields) < least:
        return None
    amount = None
    signed = False
    numbered = False  # the stock's own number was a field: its name must be too
    events: list[str] = []
    names: list[list[Tok]] = []
    for f in fields:
        words = [t.text for t in f]
        if _reference(words):
            numbered = numbered or words[0] in _ID_WORDS
            continue
        ev = _event_field(words)
        got = None if ev else _amount(f)
        if ev:
            events.append(ev)
        elif got:
            if amount:
                return None  # two amounts: a row of figures, not one item's line
            amount, signed = got, bool(_signed(f))
            if got[0]:
                events.append(got[0])
        else:
            names.append(f)
    if not amount or not names or len(names) > 2 or len(set(events)) > 1 or numbered and len(names) < 2:
        return None  # ("item 4 | qty 2 | shelf": which is the name?)
    said = {t.text for f in names for t in f}
    if said & _READINGS or signed and said & _COLD_PLACES:
        return []  # a log of readings ("fridge 2 | temp | 4", "chiller | -18"): no stock
    bare = [[t.text for t in f if t.text not in DETERMINERS] for f in names]
    if len(names) == 2 and looks_like_place(bare[0]) and not looks_like_place(bare[1]):
        names = names[::-1]  # "hall | chairs | 12": the field that is a place is the place
    name = names[0]
    while name and name[0].text in DETERMINERS:
        name = name[1:]
    words = [t.text for t in name]
    if not name or not any(w.isalpha() for w in words) or \
            V.VERB_FORMS.get(words[0]) and not V.maybe_noun(words[0]) or set(words) & SUBJECTS:
        return None  # a field with a verb or a subject of its own is a sentence
    event = events[0] if events else V.COUNTED
    _, q, q_toks, unit, unit_tok = amount
    if unit is None and len(words) > 2 and words[1] == "of" and unit_of(words[0]) not in (None, "item"):
        unit, unit_tok, name = unit_of(words[0]), name[0], name[2:]  # "qty 3 | boxes of gloves | van"
    np = NounPhrase(list(name), q, list(q_toks), unit, unit_tok)
    place = names[1] if len(names) > 1 else None
    draft = Draft(event, list(name), q, unit, list(place) if place else None, np=np)
    if not events:
        draft.penalties.append("no_verb")
    return [draft]


def _ref_length(words: list[str], i: int) -> int:
    """Length of a reference said at words[i] ("tkt-77", "job 4471", "ticket # 88213"), or 0."""
    if _REF_GLUED.match(words[i]) or i == 1 and words[0] == "[" and _BRACKET_CODE.match(words[i]):
        return 1
    if words[i] not in REF_WORDS and not (words[i] in _LATE_REFS and i > 0) or words[i] == "order":
        return 0
    k = i + 1
    if k < len(words) and words[k] in ("#", "no", "no.", "-"):
        k += 1
    if k < len(words) and any(ch.isdigit() for ch in words[k]) and (words[k][0].isdigit() or "-" in words[k]):
        return k + 1 - i
    return 0


# references only after the note ("..., inv 20931"; "inv 12 boxes" may open a count)
_LATE_REFS = frozenset({"inv"})
# words before a reference that tie it to the note ("used 4 breakers on job 4471")
_REF_PREPS = frozenset({"on", "for", "@", "against", "re", "per"})
# words that make what follows where the stock went or is ("to job 5", "off at job 12")
_TO_PLACE = frozenset({"to", "at", "into", "onto", "in", "inside", "over", "off", "out"})
# "the drill is on job 4471": where the thing is, not what it was used on
_BE = frozenset({"is", "are", "was", "were", "'s", "sits", "stays"})


def drop_references(toks: list[Tok]) -> list[Tok]:
    """Without the job, ticket or work order a line is filed against: it names no item and no
    place ("TKT-77 SM58 #3 dead - binned", "[JOB 23-118] used ...", "used 4 QO115 on job 4471
    (van 3)", "used 1 SPP6 @ ticket 88213, truck 12", "arrived, job 5512, on parts rack").
    Only where the reference ends its phrase: "job 4471 Hendon Rd" names a site, and a
    reference before a colon is a heading (headings.py)."""
    words = [t.text for t in toks]
    drop: set[int] = set()
    i = 0
    while i < len(words):
        n = _ref_length(words, i)
        if not n:
            i += 1
            continue
        e = i + n
        s = i
        if s > 0 and words[s - 1] in _REF_PREPS:
            s -= 1
        else:
            k = s - 1
            while k >= max(1, s - 3) and words[k].isalpha() and words[k] not in _REF_PREPS:
                k -= 1
            if k < s - 1 and words[k] in ("on", "for"):
                s = k  # "used 2 tins on Hilux job 4471": the job's name goes with its number
        if s == 1 and words[0] == "[" and "]" in words[e:]:
            s, e = 0, words.index("]", e) + 1  # "[JOB 23-118] used ...", "[BK-1193 Lumen Skincare] ..."
        # where a word of motion or place leads to it, with the job's name between or not ("to
        # job 5", "out to job 4471", "to the Smith job 88", "is on job 4471"), the job is where
        # the stock went or is; after a place or a mark it tags the line ("to bay 2 job 4471")
        k = i - 1
        while k >= max(0, i - 4) and words[k].isalpha() and words[k] not in _REF_PREPS | _TO_PLACE:
            k -= 1
        went = s > 0 and words[s - 1] in _BE if words[s] in _REF_PREPS else k >= 0 and words[k] in _TO_PLACE
        nxt = words[e] if e < len(words) else ""
        if s == 0 and n > 1 and words[0] != "[" and words[1] != "#" and len(words[e - 1]) < 3:
            pass  # "ticket 2 rolls left", "job 12 bags of sand": an amount, not a number of its own
        elif s == 0 and (words[0] == "[" or any(ch.isalnum() for ch in nxt) and ":" not in words[e:e + 6]):
            drop.update(range(s, e))  # "TKT-77 SM58 #3 dead", "[JOB 23-118] used ...": the line's ticket
        elif s > 0 and not went and (nxt in ("", ",", "(", ".", ";", ")") or nxt in ARROWS and words[s - 1] == ","):
            if words[s - 1] == "," and nxt in ("", ",") or nxt in ARROWS:
                s -= 1  # ", job 5512, on parts rack", "..., inv 20931", "..., PO 3318 -> floor"
            drop.update(range(s, e))
        i = e
    if not drop or len(drop) == len(toks):
        return toks
    return [t for k, t in enumerate(toks) if k not in drop]


# a booking or order code opening a line ("ORD-30421 Brightwater:", "BK-1201 Ortega Bakery out:")
_BOOKING_CODE = re.compile(r"^[a-z]{2,4}-\d{4,}$")


def card_out(toks: list[Tok]) -> list[Tok]:
    """A job card or booking that says its list went out reads as "out: list" (removed): the
    words between its number and the colon name the job or customer, not a place.

        "JOB 3120 Dawson St: out 200x doubles, 60x swivels"  -> out: 200x doubles, 60x swivels
        "ORD-30421 Brightwater: SkyPanel S30 x2, Orbiter x1 - out" -> out: SkyPanel S30 x2, ...
        "BK-1201 Ortega Bakery out: R6 II, 90 macro"          -> out: R6 II, 90 macro
    """
    words = [t.text for t in toks]
    n = _ref_length(words, 0) if words else 0
    if not n and words and _BOOKING_CODE.match(words[0]):
        n = 1
    if not n or ":" not in words[n:n + 6]:
        return toks
    c = words.index(":", n)
    if any(V.lookup(words, k) for k in range(n, c) if words[k] != "out") or c + 2 >= len(words):
        return toks  # "PO 4471 rcvd: ...": the heading says its own event
    if words[c - 1] == "out" and c - 1 > n:
        return [toks[c - 1], toks[c]] + toks[c + 1:]
    if words[c + 1] == "out" and read_quantity(words, c + 2)[0] is not None or \
            words[c + 1] == "out" and _TIMES_FIRST.match(words[c + 2]):
        return [toks[c + 1], toks[c]] + toks[c + 2:]
    if words[-2:] == ["-", "out"]:
        return [toks[-1], toks[c]] + toks[c + 1:-2]
    return toks


_TIMES_FIRST = re.compile(r"^\d+(x|×)$")
