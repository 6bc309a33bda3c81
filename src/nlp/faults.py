"""Rule family: fault reports. A note that says a thing is playing up, and then at most who was
told, that it is logged, or who should look at it, records no inventory event:

    "the compressor in the plant room's making that clicking noise again just logging it here"
    "treadmill 3 belt slipping again, reported to facilities"
    "grinder guard is snapped on the big grinder someone fix it"
    "the water trough is leaking again can whoever's on tomorrow have a look at the ballcock"
    "the heat plate's taking ages to warm up again i think the thermostat's going"

The thing is still where it was and still ours; the words that follow the fault ("taking",
"logging", "snapped", "have a look") would otherwise read as a take, an arrival or a count. A
fault followed by what was done with the thing ("the kettle's broken so we binned it", "the fridge's
leaking, moved it to the back") keeps its event: any event word after the fault that is not a
report, a repair asked for or a guess at the cause leaves the note to the parser.
"""
from __future__ import annotations

import re

from .numbers import read_quantity
from .people import is_person
from .places import DETERMINERS
from .shapes import BROKEN_STATES, find_triggers
from .tokens import Tok

# what a faulty thing is doing, in words that name no stock: terse_notes takes them as a fault
# wherever they stand in a verbless note ("channel 12 flickering on the desk")
FAULTY_DOINGS = frozenset({"leaking", "jamming", "overheating", "beeping", "rattling", "squeaking",
                           "dripping", "sparking", "flickering", "buzzing"})
# what a thing is doing when it is faulty, said after it ("is leaking", "belt slipping again");
# the words beyond FAULTY_DOINGS may also describe stock ("grinding discs", "smoking jackets"),
# so only this module reads them, and only as a predicate (_DOING_BEFORE)
FAULT_DOINGS = FAULTY_DOINGS | frozenset({
    "slipping", "tripping", "squealing", "smoking", "juddering", "misfiring", "stalling",
    "sticking", "seizing", "failing", "clicking", "grinding", "knocking", "banging", "whining",
    "shuddering", "vibrating", "erroring", "crashing"})
# ...as a phrase: "playing up", "acting up", "taking ages (to warm up)"
FAULT_PHRASES = (("playing", "up"), ("acting", "up"), ("taking", "ages"), ("taking", "forever"),
                 ("taking", "an", "age"), ("packing", "up"), ("conking", "out"))
# how a faulty thing is, said after "is"/"'s" ("is snapped on the big grinder"): the broken
# states shapes knows and more; not its "dead" and "damaged": "the battery is dead", "the
# printer is damaged" stay a state said, as before
FAULT_STATES = (BROKEN_STATES - {"dead", "damaged"}) | frozenset({
    "snapped", "bust", "jammed", "cracked", "stuck", "seized", "kaput", "blocked", "clogged",
    "tripped", "buggered", "wonky", "dodgy"})
# where a thing is stuck or jammed says where it is ("the van is stuck in the mud at the farm");
# a part broken "on" a machine is still the fault ("is snapped on the big grinder")
_PLACED = (["in"], ["at"], ["under"], ["behind"], ["inside"], ["between"], ["into"])
# a sound made ("making that clicking noise", "making a racket")
NOISES = frozenset({"noise", "noises", "sound", "sounds", "racket", "din", "rattle", "squeak",
                    "grinding", "clunk", "smell"})
# "eating fives again": a machine that keeps what is fed to it, said of a fault repeated and of
# a bare plural; "the goats are eating the hay", "the kids are eating all the crisps" use stock
_EATING = "eating"
_BE = frozenset({"is", "'s", "are", "'re", "s"})
# openers before the faulty thing ("i reckon the change machine is ...", "looks like the pump's
# leaking"); only those drop_fillers leaves in the note: "so", "oh", "and", "fyi", "like",
# "i think", "heads up", "just so you know" and "note" are gone before this runs
_OPENERS = (("i", "reckon"), ("think",), ("looks", "like"), ("seems", "like"))
# pronouns and people, which name no faulty thing ("we're taking ages", "it's leaking"); not
# clause_words.SUBJECTS: it also holds "crew" and "team", who may own the faulty thing ("the
# team's laptop is overheating" is a fault), and contractions this module has dropped
_PEOPLE = frozenset({"i", "we", "you", "they", "he", "she", "someone", "somebody", "everyone",
                     "it"})
_SUBJECT_WORDS = 10  # how long the faulty thing's name may be
_MARKS = frozenset({",", ".", ";", "!", "?", "-", ":"})
# a FAULT_DOINGS word is a fault only as what the thing is doing, not as a word describing it
# ("grinding discs x 12", "the smoking jackets", "the buzzing bees: 3 hives" are stock): after a
# be-word or "keeps" ("is leaking", "keeps jamming"), or closing its clause: at the end, before a
# mark, before these words ("slipping again", "banging away", "beeping every hour") or before a
# place ("dripping in the kitchen"); never with an amount after it in its clause ("grinding
# discs: 12")
_DOING_BEFORE = _BE | {"keeps", "kept", "keep", "been"}
_DOING_CLOSERS = frozenset({"again", "now", "away", "still", "constantly", "nonstop", "every", "for",
                            "since", "twice"})
_DOING_PLACES = frozenset({"in", "at", "on", "under", "behind", "inside", "by", "near", "next",
                           "upstairs", "downstairs", "outside", "over", "from"})
# how far after it an amount says the word names stock ("the van's grinding discs: 12"), up to
# the end of its clause (": 12" and "- 12" still say the amount), a word that closes the doing
# ("rattling again 2 days now", "beeping every 10 minutes") or a place ("on stage two")
_AMOUNT_REACH = 5
_CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", "and", "but", "so", "about", "around"}) \
    | _DOING_CLOSERS | _DOING_PLACES
# a number of these is how long or how often, not stock ("beeping 3 times", "for 2 days")
_SPANS = frozenset({"times", "time", "seconds", "secs", "minutes", "mins", "hours", "hrs", "days",
                    "weeks", "months", "years"})

# what may be said after the fault without telling an event: that it is logged or reported
# ("just logging it here", "logged it with the landlord", "sorted it"), said of the fault ("it",
# "that"), not of stock ("logged 4 boxes in"); who was told and who should look at it give no
# event word at all ("reported to facilities", "someone fix it")
REPORT_LEMMAS = frozenset({"log", "record", "report", "note", "flag", "sort"})
_REPORTED = frozenset({"it", "that", "this", "here", "with", "on", "for"})
# "so there's a record", "have a look at": nouns of the report, not stock
_REPORT_NOUNS = frozenset({"record", "note", "log", "look", "ticket", "job"})


def _fault_at(raw: list[str], f: int) -> int:
    """Where the fault said at raw[f] ends, or 0 when none is said there."""
    w = raw[f]
    prev = raw[f - 1] if f else ""
    for p in FAULT_PHRASES:
        if tuple(raw[f:f + len(p)]) == p:
            return f + len(p)
    if w in FAULT_DOINGS:
        return f + 1 if _doing_said(raw, f) else 0
    if w in FAULT_STATES and prev in _BE and raw[f + 1:f + 2] not in _PLACED:
        return f + 1
    if w == "making":
        e = next((k for k in range(f + 1, min(len(raw), f + 5)) if raw[k] in NOISES), None)
        return e + 1 if e is not None else 0
    if w == _EATING and prev in _BE:
        e = next((k for k in range(f + 1, min(len(raw), f + 5)) if raw[k] == "again"), None)
        return e + 1 if e is not None and e > f + 1 and all(
            x not in _MARKS and x not in DETERMINERS and x != "all" for x in raw[f + 1:e]) else 0
    return 0


def _doing_said(raw: list[str], f: int) -> bool:
    """Whether the FAULT_DOINGS word at raw[f] says what the thing is doing (see _DOING_BEFORE)."""
    nxt = raw[f + 1] if f + 1 < len(raw) else ""
    for k in range(f + 1, min(len(raw), f + 1 + _AMOUNT_REACH)):
        if raw[k] in _CLAUSE_ENDS:
            break
        if _amount_at(raw, k):
            return False  # "grinding discs x 12", "the van's grinding discs: 12"
    return raw[f - 1] in _DOING_BEFORE or not nxt or nxt in _MARKS or nxt in _DOING_CLOSERS \
        or nxt in _DOING_PLACES


def _amount_at(raw: list[str], k: int) -> bool:
    """Whether an amount is said at raw[k] ("12", "x12", "x 4", "a dozen"); "a"/"an" alone and
    a number of times or a span ("beeping 3 times", "2 days") are no amount of stock."""
    if k >= len(raw) or raw[k] in ("a", "an"):
        return False
    if raw[k] in ("x", "×") or re.fullmatch(r"[x×]\d+", raw[k]):
        return True
    n, e = read_quantity(raw, k)
    return n is not None and not (raw[e:e + 1] and raw[e] in _SPANS)


def _subject_start(raw: list[str]) -> int:
    """Where the faulty thing's name starts, after a spoken opener."""
    k = 0
    changed = True
    while changed:
        changed = False
        for o in _OPENERS:
            if tuple(raw[k:k + len(o)]) == o:
                k += len(o)
                changed = True
    return k


def _find_fault(raw: list[str]) -> tuple[int, int] | None:
    """The fault said of the note's first thing: (start, end), or None. The words before it name
    the thing, not a person ("we're taking ages", "the kids are eating ...")."""
    s = _subject_start(raw)
    for f in range(s + 1, min(len(raw), s + _SUBJECT_WORDS + 2)):
        if raw[f - 1] in _MARKS or raw[f] in _MARKS:
            return None
        e = _fault_at(raw, f)
        if not e:
            continue
        subject = [w for w in raw[s:f] if w not in _BE]
        if not subject or any(w in _PEOPLE for w in subject) or \
                is_person([w for w in subject if w not in DETERMINERS]):
            return None
        return f, e
    return None


def _dying(raw: list[str], k: int) -> bool:
    """'i think the thermostat's going': "going" ending its clause after "is" is a part failing."""
    return raw[k] == "going" and k > 0 and raw[k - 1] in _BE and (
        k + 1 == len(raw) or raw[k + 1] in _MARKS or raw[k + 1] in ("again", "now"))


def fault_report(toks: list[Tok]) -> bool:
    """Whether the note reports a fault and tells no stock event after it (see module doc)."""
    raw = [t.text for t in toks]
    fault = _find_fault(raw)
    if not fault:
        return False
    f, e = fault
    for trig in find_triggers(toks):
        if f <= trig.start < e or trig.blocked:
            continue
        if trig.start < f:
            return False
        nxt = raw[trig.end:trig.end + 2]
        if trig.lemma in REPORT_LEMMAS and (not nxt or nxt[0] in _REPORTED or nxt[0] in _MARKS):
            continue
        if trig.kind in ("have", "there") and (nxt[:1] in (["a"], ["an"]) and nxt[1:] and nxt[1] in _REPORT_NOUNS):
            continue  # "have a look at", "so there's a record"
        if _dying(raw, trig.start):
            continue
        return False
    return True
