"""Rule family: sentence shapes. Finds the event words of a sentence (`find_triggers`), one clause
per event word, and the shape each is said in. Each trigger kind is a shape:

    active   "moved the drill from the shed to the van"  item after the verb
    passive  "the drill was moved to the van", "the ladder got stolen from the truck"
    subject  "25 boxes of gloves arrived", "the drill goes to the van", "the mop sits in the closet"
    copula   "the drill is now in the van", "the ladder is in the shed"
    arrow    "drill -> van"
    gone     "the drill is gone", "the ladder went missing"              -> removed
    there    "there are 12 chairs in room 204"                           -> counted
    have     "we have 12 chairs", "the garage now has 3 ladders"         -> counted
    left     "only 3 boxes of gloves left", "paper towels, just 2 left"  -> counted
    down     "we're down to 2 rolls of tape", "down to about ten"        -> counted
    out      "ran out of bleach", "the roll ran out halfway through"     -> counted, 0
    nomore   "no more bleach"                                            -> counted, 0
    count    "stocktake: paper towels 4, room 204", "stock count ..."     -> counted
    new      "new item: label printer", "3 new chairs for the office"     -> added

Verbs that tell stock only when said of an amount: "opened a new tube of", "cut 2 planks"
(used, removed); "made two gallons of syrup", "glaze 2 buckets mixed" (made by us, added).

Whether a trigger tells an event at all (`Trigger.blocked`) is decided in mood.py, whether
"left" or "out" counts in stock_left.py; each clause's noun phrases and places are read in
regions.py. No spaCy type is used here: the input is the plain `Tok` list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import verbs as V
from .clause_words import ADVERBS, CLAUSE_BREAKS, IRREGULAR_PARTICIPLES, SUBJECTS, past_form, prev_word, skip
from .mood import (put_off, FUTURE_WORDS, MODALS, NEGATIONS, PLANNABLE, TO_MODALS, blocked, booked_after, conditional,
                   gerund_after_preposition, how_it_is, planned, told_to)
from .notations import glued_measure
from .numbers import read_quantity
from .phrases import CONDITION_WORDS, plural_then_count, PARTICLES, PRONOUNS, TIMES_N
from .numbers import ABOUT_WORDS, digits_value, is_number_word
from .people import is_person
from .places import (is_shop, WEEKDAYS, ADVERB_PLACES, looks_like_place, DETERMINERS, ID_PLACE_HEADS, PLACE_COMPOUNDS, PLACE_HEADS,
                     PLACE_MODIFIERS,
                     STOP_WORDS, TIME_WORDS,
                     preposition_at)
from .regions import FINITE_BE_HAVE, PART_HEADS
from .stock_left import count_left, counted_before, counted_subject, out_of_stock_context, said_amount
from .units import unit_of
from .tokens import ARROWS, Tok

OBJECT_BEFORE = frozenset({"passive", "subject", "copula", "arrow", "gone", "left"})
# headings that open a count or an arrival; those in COLON_HEADINGS need a colon after them
# (or, for arrivals, to open the sentence): "inventory: 3 projectors", "delivery: 2 pallets"
COUNT_HEADINGS = (("stock", "take"), ("stock", "count"), ("inventory", "count"), ("cycle", "count"),
                  ("stock", "check"), ("physical", "count"), ("head", "count"), ("stocktake",),
                  ("inventory", "check"), ("audit",), ("spot", "check"),
                  ("count",), ("inventory",), ("recount",), ("tally",), ("stock",), ("counts",))
NEW_HEADINGS = (("new", "items"), ("new", "item"), ("new", "products"), ("new", "product"), ("new", "arrivals"), ("new", "arrival"),
                ("new", "stock"), ("new", "delivery"), ("delivery",), ("arrivals",), ("incoming",),
                ("new",), ("in",))
COLON_HEADINGS = frozenset({("audit",), ("spot", "check"), ("count",), ("inventory",), ("recount",), ("tally",), ("stock",),
                            ("counts",), ("delivery",), ("arrivals",), ("incoming",), ("new",),
                            ("in",)})
# participles that after "is" usually say a state, unless a place follows ("stuck in the van")
STATE_PARTICIPLES = frozenset({"stuck", "parked", "locked", "set", "hidden", "packed", "loaded",
                               "installed", "mounted", "hooked", "plugged", "stacked", "left",
                               "kept", "placed", "put", "positioned", "hung", "stored", "found"})
GONE_WORDS = frozenset({"gone", "missing", "broken", "lost", "stolen", "dead", "destroyed"})
# how a thing is said to have gone missing ("gone walkabout", "gone AWOL")
_GONE_HOW = frozenset({"walkabout", "walkies", "awol", "astray", "missing", "west"})
# ...of which these only say how a thing is after "is": it has not left
BROKEN_STATES = frozenset({"broken", "dead", "damaged", "faulty", "busted", "knackered"})
# states after "is" that say a thing is away from stock
AWAY_STATES = (("out", "on", "loan"), ("on", "loan"), ("out", "for", "repair"), ("out", "for", "service"),
               ("away", "for", "repair"), ("out", "on", "rent"), ("on", "rent"), ("out", "on", "hire"),
               ("on", "hire"), ("loaned", "out"), ("lent", "out"))
ZERO_STATES = frozenset({"empty", "finished", "depleted", "used"})


@dataclass(slots=True)
class Trigger:
    """An event word (or phrase) at toks[start:end]."""

    start: int
    end: int
    lemma: str
    event: str          # an event type, or verbs.TAKE / verbs.THROW to decide from the places
    kind: str           # the shape, see the module doc
    guessed: bool = False   # found by fuzzy matching or by a fallback shape
    blocked: str | None = None  # why it records nothing ("negated", "request")
    zero: bool = False  # the shape itself says the quantity is 0
    final: bool = False  # nothing follows in its clause ("dish soap restocked, kitchen")
    chars: tuple[int, int] | None = None  # character span of the event word(s)
    subject: tuple[int, int] | None = None  # its item's words when a relative clause came between


# verbs that use stock when said of an amount ("opened a new tube of", "cut 2 planks up");
# said of anything else they tell no stock event ("opened the shed", "cut the grass")
_USED_BY_OPENING = frozenset({"opened", "cut", "broached"})

# verbs of making stock when said of an amount ("made two gallons of syrup", "bottled 60 jars
# of honey"); of anything else they tell no stock event ("made a mess", "mixed feelings")
_MADE_BY_US = frozenset({"made", "mixed", "bottled", "rendered", "jarred"})

# words after "ran out" that say when, not what of ("the tape ran out halfway through the job")
_WHEN_RAN_OUT = frozenset({"again", "already", "completely", "today", "yesterday", "halfway",
                           "midway", "during", "mid", "earlier", "last", "this"})


def _starts_clause(words: list[str], i: int) -> bool:
    """Whether words[i] sits where a verb can: clause start, after a subject or an auxiliary."""
    prev = prev_word(words, i)
    return (not prev or prev in CLAUSE_BREAKS or prev in SUBJECTS or prev in ADVERBS
            or prev in V.HAVE or prev in V.BE or prev in MODALS or prev in NEGATIONS
            or prev in ("and", "to", "did", "do", "then", "who", "that", "been")
            or prev == "them" and prev_word(words, i - 1) == "of")  # "... twenty of them stick them in"


def _is_participle(words: list[str], i: int) -> tuple[str, str, int] | None:
    """A known verb's participle at words[i] ("moved", "stolen", "taken", "checked out")."""
    if i >= len(words):
        return None
    w = words[i]
    if not (w.endswith(("ed", "en")) or w in V.PARTICIPLE_ONLY or w in IRREGULAR_PARTICIPLES):
        return None
    return V.lookup(words, i)


def find_triggers(toks: list[Tok]) -> list[Trigger]:
    """Every event word of the sentence, left to right, with its shape."""
    words = [t.text for t in toks]
    n = len(words)
    out: list[Trigger] = []
    i = 0
    while i < n:
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else ""
        trig = None
        if w in ARROWS and out and out[-1].kind == "active" and out[-1].event in (V.ADDED, V.COUNTED) \
                and not any(x in (".", ";", "!", "?") for x in words[out[-1].end:i]):
            trig = None  # "rcvd 2 bags rice, 1 btl olive oil -> pantry": the arrow says where
        elif w in ARROWS:
            trig = Trigger(i, i + 1, "->", V.MOVED, "arrow")
        elif w == "there" and nxt in V.BE | {"'s", "were", "are", "is", "remain", "remains"}:
            j = skip(words, i + 2, frozenset({"now", "currently", "still", "only", "just"}))
            trig = Trigger(i, j, "there", V.COUNTED, "there")
        elif w in ("ran", "run", "running", "runs", "sold", "sell", "sells") and nxt == "out" and \
                (words[i + 2:i + 3] == ["of"] or i + 2 == n or words[i + 2] in CLAUSE_BREAKS
                 or (words[i + 2] in ("in", "at", "on") and i > 0)  # ("pencils - ran out in room 6")
                 or (words[i + 2] in _WHEN_RAN_OUT and i > 0)):  # ("blue roll ran out again!!")
            # "ran out of bleach", "we sold out of the blue mugs", "the mugs sold out"
            j = i + 2 + (words[i + 2:i + 3] == ["of"])
            trig = Trigger(i, j, "run out", V.COUNTED, "out" if j > i + 2 else "left", zero=True)
        elif w == "out" and i == 0 and nxt == ":":
            trig = Trigger(i, i + 2, "out", V.REMOVED, "active")  # "OUT: 2 hard hats"
        elif w == "out" and (nxt == "of" or i + 1 == n or words[i + 1] in CLAUSE_BREAKS) and \
                out_of_stock_context(words, i):
            j = i + 1 + (nxt == "of")
            if words[j:j + 1] == ["stock"]:
                j += 1
            trig = Trigger(i, j, "out of", V.COUNTED, "out", zero=True)
        elif w == "no" and nxt in ("more", "longer") and not counted_before(out, i) \
                and words[i + 2:i + 3] != ["in"]:
            if nxt == "longer":
                trig = None
            else:
                trig = Trigger(i, i + 2, "no more", V.COUNTED, "nomore", zero=True)
        elif w == "down" and nxt == "to" and (read_quantity(words, skip(words, i + 2, ABOUT_WORDS))[0]
                                              is not None  # ("down to about ten")
                                              or "last" in words[i + 2:i + 4]
                                              or words[i + 2:i + 4] in (["half", "a"], ["half", "an"])):
            # ("cage nuts - down to half a bag": half of one container, phrases.py)
            trig = Trigger(i, i + 2, "down to", V.COUNTED, "down")
        elif w in ("remaining", "remain", "remains") and i > 0 and count_left(words, i, out):
            trig = Trigger(i, i + 1, "left", V.COUNTED, "left")  # "only 1 drill bit set remaining"
        elif w == "left" and nxt in PART_HEADS | {"hand", "handed"}:
            trig = None  # "the left side", "left hand drawer": a direction
        elif w == "left" and nxt in ("it", "them"):
            trig = _verb(words, i)  # "2 boxes arrived, left them in the office": leave, with an object
        elif w == "left" and prev_word(words, i) not in SUBJECTS | V.HAVE | {"", "and", "then"}:
            # "only 3 left" counts; "i left the drill in the van" is the verb leave (below)
            trig = Trigger(i, i + 1, "left", V.COUNTED, "left") if count_left(words, i, out) else (
                _verb(words, i) if is_person([prev_word(words, i)]) or (
                    nxt in ("in", "at", "on", "by", "inside", "behind", "under") and
                    prev_word(words, i).isalnum() and not said_amount(words, i, out)) else None)
            # ("wrench left in 3b": put there, as "aluminum hand truck left in unit 4b")
        elif w in ("was", "is", "were") and prev_word(words, i) in DELIVERY_WORDS and \
                _amount_follows(words, i + 1):
            trig = Trigger(i, i + 1, "arrive", V.ADDED, "active")  # "today's delivery was 3 pallets of water"
        elif w in ("came", "come", "comes") and _off_a_carrier(words, i):
            trig = Trigger(i, i + 1, "arrive", V.ADDED, "subject")  # "two sheets came off the truck"
        elif w in V.BE and w not in ("get", "got", "gets", "getting"):
            trig = _after_be(words, i)
        elif w in V.HAVE or (w == "having" and prev_word(words, i) in V.BE):
            trig = _after_have(words, i)  # ("we are having 5 hard hats": said as "have")
        elif w in ("shows", "says", "lists") and prev_word(words, i) in RECORD_WORDS and \
                read_quantity(words, i + 1)[0] is not None:
            trig = Trigger(i, i + 1, "count", V.COUNTED, "have")  # "inv shows 15 gfci outlets"
        elif w in HOLDING_VERBS and _amount_follows(words, i + 1):
            trig = Trigger(i, i + 1, "have", V.COUNTED, "have")  # "the cooler holds 8 cases"
        elif w in ("sitting", "sat") and nxt == "on" and _amount_follows(words, i + 2):
            trig = Trigger(i, i + 2, "have", V.COUNTED, "have")  # "we're sitting on 14 bags"
        elif w in ("got", "get", "gets", "getting", "gotten"):
            trig = _after_get(words, i)
        elif w in GONE_WORDS and prev_word(words, i) in ("went", "go", "goes", "gone"):
            trig = None  # handled at "went"
        elif w == "stock" and i > 1 and prev_word(words, i) in ("-", ":") and not out and \
                read_quantity(words, i + 1)[0] is not None and words[i + 1] not in ("a", "an") and (
                    read_quantity(words, i + 1)[1] == n or words[read_quantity(words, i + 1)[1]] in CLAUSE_BREAKS
                    or preposition_at(words, read_quantity(words, i + 1)[1])):
            # "welsh slate 500x250 - stock 340 in the yard": how many there are, not stocking
            trig = Trigger(i, i + 1, "count", V.COUNTED, "left")
        elif w in ("count", "cnt", "tally") and prev_word(words, i).isalpha() and \
                prev_word(words, i) not in DETERMINERS | SUBJECTS | V.BE | CLAUSE_BREAKS and \
                read_quantity(words, i + 1)[0] is not None and not out:
            # "egg count 40 in cooler": a count said after its item
            trig = Trigger(i, i + 1, "count", V.COUNTED, "left")
        elif w == "in" and i > 1 and all(t.lemma == "come in" and t.kind == "subject" for t in out) and (
                (not nxt or nxt in (",", ";", ".", "-", "!")) and
                (prev_word(words, i), w) not in PLACE_COMPOUNDS and
                (prev_word(words, i).isalpha() or _counted_name_before(words, i)) and
                not V.lookup(words, i - 1) and
                any(read_quantity(words, k)[0] is not None for k in range(i))
                or (not nxt or nxt in (",", ";", ".", "-", "!", "(", "for") or nxt in ARROWS)
                and _count_closes_name(words, i)):
            # "3 crates of avocados in, on the floor of the walk-in": arrived ("jam 6 cases in,
            # honey 4 cases in": one after another; "HF204 x10 in, on parts wall", "x6 tins in ->
            # chandlery", "x2 in for a customer")
            trig = Trigger(i, i + 1, "come in", V.ADDED, "subject")
        elif w == "new" and i > 1 and nxt in ("", ",", ";", ".", "(", "-", "in", "on") and not out and \
                (_counted_name_before(words, i) or _of_them_before(words, i) or
                 TIMES_N.match(words[i - 1]) and words[i - 2].isalnum()):
            # "hand towels x12 new, in the linen room", "the foam rollers six of them new in the
            # gym": the name, its amount, then that they are new: they came in
            trig = Trigger(i, i + 1, "come in", V.ADDED, "subject")
        elif w in ("in", "new") and nxt == "from" and i > 0 and prev_word(words, i).isalnum() \
                and prev_word(words, i) not in DETERMINERS and not preposition_at(words, i - 1) \
                and not (V.lookup(words, i - 1) and not V.maybe_noun(prev_word(words, i))) and not out \
                and (w == "new" or not _ours_after_from(words, i + 2)):
            # "Sony lens in from B&H", "tea towels x 12 new from the shop -> kitchen": came from
            # a supplier (who it came from is no place of ours)
            trig = Trigger(i, i + 1, "come in", V.ADDED, "subject")
        elif w in ("came", "come", "comes") and (i == 0 or prev_word(words, i) in TIME_WORDS) \
                and _amount_follows(words, i + 1):
            trig = Trigger(i, i + 1, "arrive", V.ADDED, "subject")  # "Yesterday come 5 boxes of paper"
        elif w in ("came", "comes") and prev_word(words, i).isalpha() and \
                prev_word(words, i) not in SUBJECTS | DETERMINERS and (
                    nxt in ("", ",", ".", ";", "today", "yesterday", "this", "through", "early")
                    or (nxt in TIME_WORDS and nxt not in ("back", "here", "there"))
                    or words[read_quantity(words, i + 1)[1]:][:2] == ["of", "them"] and nxt not in ("a", "an")):
            # "new hockey sticks came today", "the new mats came twenty of them"
            trig = Trigger(i, i + 1, "arrive", V.ADDED, "subject")
        elif w in ("came", "arrived") and prev_word(words, i).isalpha() and \
                prev_word(words, i) not in SUBJECTS | DETERMINERS | DELIVERY_WORDS and \
                read_quantity(words, i + 1)[0] is not None and words[i + 1] not in ("a", "an") and \
                unit_of(words[read_quantity(words, i + 1)[1]] if read_quantity(words, i + 1)[1] < n else "") \
                and words[read_quantity(words, i + 1)[1] + 1:read_quantity(words, i + 1)[1] + 2] != ["of"]:
            # "the compost came twelve bags": the item before, its amount in containers after
            trig = Trigger(i, i + 1, "arrive", V.ADDED, "active")
        elif w in ("came", "arrived", "come", "comes") and prev_word(words, i) in DELIVERY_WORDS \
                and nxt not in ("in", "back", "through", "today", "yesterday") and not preposition_at(words, i + 1):
            # "delivery came two pallets of flour and one pallet of sugar"
            trig = Trigger(i, i + 1, "arrive", V.ADDED, "active")
        elif w in _USED_BY_OPENING and _opened_amount(words, i + 1):
            # "opened a new tube of koleston", "cut 2m off the roll": an amount of stock used
            trig = Trigger(i, i + 1, "use", V.REMOVED, "active")
        elif w in _MADE_BY_US and (_opened_amount(words, i + 1) or i > 1 and _amount_before(words, i) and (
                not nxt or nxt in CLAUSE_BREAKS or nxt in TIME_WORDS or nxt in ("+", "&") or
                preposition_at(words, i + 1))):  # ("4 cs bottled water": what kind of water)
            # "made two gallons of sugar syrup", "brie wheels x3 made today": we made it, it is new
            trig = Trigger(i, i + 1, "make", V.ADDED, "active")
        elif w == "all" and nxt == "gone" and (prev_word(words, i).isalnum() or
                                               prev_word(words, i) in V.BE):
            # "zip ties all gone", "gloves are all gone on the line": none left
            trig = Trigger(i, i + 2, "all gone", V.COUNTED, "left", zero=True)
        elif w in ("missing", "gone") and prev_word(words, i).isalnum() and \
                prev_word(words, i) not in DETERMINERS | V.BE | SUBJECTS and \
                (not nxt or nxt in CLAUSE_BREAKS or preposition_at(words, i + 1) or nxt in _GONE_HOW) \
                and not (w == "gone" and (nxt in ("back", "over", "up", "down", "off") or
                                          (preposition_at(words, i + 1) or ("", 0))[0] in ("to", "at"))):
            # ("the paint pots have gone back in the cupboard": the verb go, read at _verb)
            # "staple gun missing from office", "the heat gun has gone walkabout"
            trig = Trigger(i, i + 1 + (nxt in _GONE_HOW), "gone", V.REMOVED, "gone")
        elif w == "went" and nxt in _GONE_HOW and prev_word(words, i).isalnum() \
                and prev_word(words, i) not in SUBJECTS:
            trig = Trigger(i, i + 2, "gone", V.REMOVED, "gone")  # "the tape measure went walkabout"
        elif w == "went" and nxt == "out" and (i + 2 == n or words[i + 2] in CLAUSE_BREAKS or
                                              words[i + 2] in TIME_WORDS | {"this", "last"}) \
                and counted_subject(words, i):
            # "three schwalbe marathons went out today": sold or sent out ("the lights went out"
            # says no amount: a state)
            trig = Trigger(i, i + 2, "gone", V.REMOVED, "gone")
        elif w in ("on", "in") and nxt in ("hand", "stock") and prev_word(words, i) not in ("of", "back") \
                and not counted_before(out, i) and (i + 2 == n or words[i + 2] in CLAUSE_BREAKS):
            # "qty 3 miter saws on hand, warehouse": a count said after its item
            trig = Trigger(i, i + 2, "left", V.COUNTED, "left")
        else:
            trig = _event_noun(words, i, out) or _count_or_new_noun(words, i, out) or _verb(words, i)
        if trig is None:
            i += 1
            continue
        trig = _particle_opens_source(words, trig)
        if _causative(words, trig, out):
            # "we've had 2 cases of printer ink delivered", "had the old boiler taken away":
            # the event is the participle's, its item what was had
            haves = [t for t in out if t.kind == "have" and t.start >= out[-1].start - 1]
            first = haves[0]
            del out[len(out) - len(haves):]
            dropped_off = trig.lemma == "drop" and words[trig.end:trig.end + 1] == ["off"]
            out.append(Trigger(first.start, haves[-1].end, trig.lemma,
                               V.ADDED if dropped_off else trig.event, "active"))
            # ("we've had 12 tins of beans dropped off": someone left them with us, they arrived)
            i = trig.end
            continue
        if gerund_after_preposition(words, trig.start) or _participle_of_count(words, trig, out) \
                or _gerund_after_object(words, trig, out):
            i += 1
            continue
        trig.blocked = trig.blocked or blocked(words, trig.start, out) or planned(words, trig) \
            or how_it_is(words, trig) or told_to(words, trig)
        if trig.lemma == "use" and words[trig.start] == "using" and prev_word(words, trig.start) \
                in V.BE and read_quantity(words, trig.end)[0] is None:
            trig.blocked = trig.blocked or "state"  # "Sam is using the mower today": in use
        if conditional(words, trig.start):
            trig.blocked = "conditional"
        if not trig.blocked and words[trig.start].endswith("ing") and \
                prev_word(words, trig.start) in ("keep", "keeps", "kept", "keeping"):
            trig.blocked = "habit"  # "the new drummer keeps breaking our sticks"
        if not trig.blocked and words[trig.start] in PLANNABLE and booked_after(words, trig.end):
            trig.blocked = "request"  # "Delivery of flour booked for Thursday", "stocktake scheduled for ..."
        if not trig.blocked and put_off(words, trig):
            trig.blocked = "request"  # "Rolawn delivery pushed to Thurs": a booking moved, nothing came
        if not trig.blocked and trig.start >= 2 and words[trig.start - 1] == "to" and out and \
                not out[-1].blocked and words[trig.start - 2] not in TO_MODALS and not any(
                    x in CLAUSE_BREAKS for x in words[out[-1].end:trig.start]) and \
                words[trig.start] == trig.lemma.split()[0] and any(
                    (preposition_at(words, k) or ("", 0))[1] < trig.start - 1 and preposition_at(words, k)
                    or words[k] == "home" for k in range(out[-1].end, trig.start - 1)):
            # "took the mower to the shed to get it serviced": what for, once the place is said
            trig.blocked = "request"
        trig.final = trig.end >= n or words[trig.end] in (",", "-", "(", ";", ".", ":", "!")
        if out and out[-1].blocked == "conditional" and not any(
                x in (".", ";", "!", "?", "but") for x in words[out[-1].end:trig.start]):
            trig.blocked = "conditional"  # "if the toner shows up put it in the mail room"
        out.append(trig)
        i = max(trig.end, i + 1)
    # "New broom and dustpan added to the back room": "new" opening the note is an adjective
    # when a verb of the same clause follows
    out = [t for k, t in enumerate(out) if not (
        t.lemma == "new" and t.guessed and t.end - t.start == 1 and k + 1 < len(out)
        and not out[k + 1].blocked and out[k + 1].event == V.ADDED
        and not any(w in (".", ";", "!", "?", "but", "so", "then", ",", ":", "-")
                    for w in words[t.end:out[k + 1].start]))]
    return _relative_clauses(words, out)


# words that open a relative clause after a noun ("the drill that was in the van", "the mower
# which had been at the repair shop", "the plumber who took the wrench")
RELATIVIZERS = frozenset({"that", "which", "who", "whom", "whose"})
# subjects that open a relative clause said without "that" ("the saw I lent to jim came back")
_REDUCED_SUBJECTS = frozenset({"i", "we", "they", "he", "she", "you", "someone", "somebody",
                               "everyone", "people", "tom", "staff"})
_HARD_ENDS = frozenset({".", ";", "!", "?", "but", "so", "because", "and", "then", "while"})


def _noun_before(words: list[str], k: int) -> bool:
    """Whether words[k] can end the noun phrase a relative clause is about."""
    if k < 0:
        return False
    w = words[k]
    return (w.isalnum() and w not in DETERMINERS and w not in STOP_WORDS and w not in SUBJECTS
            and w not in V.BE and w not in V.HAVE and w not in PRONOUNS and w not in ADVERBS
            and not preposition_at(words, k) and not V.other_verb(w)
            and not (V.lookup(words, k) and not V.maybe_noun(w)) and w not in TIME_WORDS)


def _relative_opener(words: list[str], trig: Trigger, lo: int) -> int | None:
    """Where the relative clause holding the trigger starts (its "that"/"which" or its subject),
    or None when the trigger is no verb of a relative clause."""
    k = trig.start - 1
    steps = 0
    while k >= lo and steps < 5:
        w = words[k]
        if w in RELATIVIZERS and (_noun_before(words, k - 1) or (
                w != "that" and words[k - 1:k] == [","] and _noun_before(words, k - 2))) and \
                words[k + 1:k + 2] != ["'s"]:
            return k  # ("that's 4 gone": a demonstrative, not a relative clause)
        if (w in _REDUCED_SUBJECTS or is_person([w])) and _noun_before(words, k - 1) and \
                trig.kind in ("active", "passive") and words[k - 1] not in ("and", "or"):
            return k
        if not (w in V.BE or w in V.HAVE or w in ADVERBS or w in SUBJECTS or w in ("did", "do",
                                                                                   "had", "been")
                or is_person([w])):
            return None
        k -= 1
        steps += 1
    return None


def _relative_clauses(words: list[str], triggers: list[Trigger]) -> list[Trigger]:
    """A verb inside a relative clause tells background, not the event: "the drill that was in the
    van is now on the workbench" is the move to the workbench; "the chairs we used for the
    funeral went back to the hall" is the move back. The main verb then takes the noun phrase
    before the clause as its item. A relative clause about an object ("moved the chairs that were
    in the hall to the gym") is read as part of that object."""
    out = list(triggers)
    k = 0
    while k < len(out):
        trig = out[k]
        lo = out[k - 1].end if k > 0 else 0
        r = _relative_opener(words, trig, lo)
        if r is None or trig.blocked == "conditional":
            k += 1
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        between = words[trig.end:nxt.start] if nxt else []
        commas_ok = words[r] in ("which", "who") and r > 0 and words[r - 1] == ","
        if nxt is not None and nxt.kind in OBJECT_BEFORE and not (set(between) & _HARD_ENDS) and \
                ("," not in between or commas_ok) and not (
                    len(between) > 1 and between[-1] in ("they", "it") and between[0] != "that"
                    and not preposition_at(between, 0)):
            # ("the mixer guy dropped off twelve cans they're in the store room": this verb has
            # its object and the next its own subject, so this one is a main verb; "the drill
            # tom borrowed it's in the shed" has no object: a relative clause)
            # the main verb follows: it takes the noun phrase before the relative clause
            start = r
            while start > lo and words[start - 1] not in CLAUSE_BREAKS - {","}:
                start -= 1
            trig.blocked = "relative"
            nxt.subject = (start, r - 1 if commas_ok else r)
            k += 1
            continue
        if k > 0 and not (set(words[out[k - 1].end:r]) & _HARD_ENDS) and out[k - 1].kind == "active" \
                and not out[k - 1].blocked and words[r] in RELATIVIZERS:
            del out[k]  # about the object of the verb before: its words join that object
            continue
        k += 1
    return out


_SOURCE_PARTICLES = frozenset({("out", "of"), ("out", "from"), ("off", "of")})


def _particle_opens_source(words: list[str], trig: Trigger) -> Trigger:
    """'was taken out of room 204': "out" opens the source "out of room 204", not the phrasal
    verb "take out"; the verb is read alone."""
    if trig.kind not in ("active", "passive") or trig.end - trig.start < 2 or \
            tuple(words[trig.end - 1:trig.end + 1]) not in _SOURCE_PARTICLES:
        return trig
    alone = V.lookup(words[:trig.end - 1], trig.start)
    if not alone or alone[2] != trig.end - 1:
        return trig
    return Trigger(trig.start, trig.end - 1, alone[0], alone[1], trig.kind, trig.guessed,
                   trig.blocked, trig.zero)


def _ours_after_from(words: list[str], k: int) -> bool:
    """Whether the words after "from" at words[k] may name a place of ours ("in from the garden"),
    not a supplier ("in from B&H", "new from the shop")."""
    e = k
    while e < len(words) and words[e] not in CLAUSE_BREAKS and words[e] not in ARROWS:
        e += 1
    place = [w for w in words[k:e] if w not in DETERMINERS]
    if not place or is_shop(place):
        return False
    # a supplier is said by its name, with no "the" ("in from B&H", "from Dunelm"); "the garden",
    # "the van", a place head are ours
    return words[k] in DETERMINERS or looks_like_place(place) or place[-1] in PLACE_HEADS


def _after_be(words: list[str], i: int) -> Trigger | None:
    """Shapes opened by a form of be: passive ("was moved"), copula ("is now in"),
    gone ("is missing"), zero ("is empty")."""
    j = skip(words, i + 1, V.COPULA_ADVERBS | {"being", "been", "be", "getting", "got"})
    if words[j - 1] in ("sitting", "sat") and words[j:j + 1] == ["on"] and _amount_follows(words, j + 1):
        return Trigger(j - 1, j + 1, "have", V.COUNTED, "have")  # "we're sitting on 14 bags"
    away = next((len(p) for p in AWAY_STATES if tuple(words[j:j + len(p)]) == p), 0)
    if away:
        return Trigger(i, j + away, "gone", V.REMOVED, "gone")  # "the hand truck is out on loan"
    if words[j - 1:j + 1] == ["all", "gone"]:
        return None  # "are all gone": read at "all"
    if j < len(words) and words[j] in BROKEN_STATES:
        # "the heating's broken again", "the drill is dead": how it is; it is still there
        return Trigger(i, j + 1, "gone", V.REMOVED, "gone", blocked="state")
    if j < len(words) and words[j] in GONE_WORDS and not (j + 1 < len(words) and words[j + 1] in ("to", "into")):
        if words[i] == "'s" and words[j] == "gone" and words[j + 1:j + 2] and \
                words[j + 1] in ("back", "over", "up", "down", "off", "out"):
            return None  # "the projector's gone back to the AV room": has gone, read at "gone"
        how = words[j] == "gone" and words[j + 1:j + 2] != [] and words[j + 1] in _GONE_HOW
        # ("the ladder's gone missing from the shed": the how is the verb's, the place follows)
        return Trigger(i, j + 1 + how, "gone", V.REMOVED, "gone")  # "is gone", "was stolen"... see below
    if j < len(words) and words[j] in ("finished", "empty", "depleted") and \
            (words[j + 1:j + 2] in (["in"], ["on"], ["at"], []) or words[j + 1] in CLAUSE_BREAKS) and \
            _subject_head(words, i) not in PLACE_HEADS:
        # "the hay's finished in the barn": none left there (a place said after the state)
        return Trigger(i, j + 1, "empty", V.COUNTED, "left", zero=True)
    hit = _is_participle(words, j)
    if hit:
        lemma, event, end = hit
        if event == V.COUNTED:
            return Trigger(j, end, lemma, event, "active")
        if words[i] == "'s" and j == i + 1 and end < len(words) and (
                words[end] in ("the", "a", "an", "our", "all", "some", "my", "his", "her", "two",
                               "three") or read_quantity(words, end)[0] is not None):
            return Trigger(j, end, lemma, event, "active")  # "someone's walked off with the crown"
        at = end + (words[end:end + 1] in (["out"], ["up"], ["over"], ["down"], ["back"]))
        if words[j] in STATE_PARTICIPLES and not (at < len(words) and preposition_at(words, at)) \
                and not (words[end:end + 1] == ["with"] and lemma in STOCK_WITH):  # ("loaded with")
            # ("the skid steer's parked out by the gravel pile" says where it is)
            # "the garage door is stuck", "the van is parked outside": a state, not an event
            return Trigger(j, end, lemma, event, "passive", blocked="state")
        return Trigger(j, end, lemma, event, "passive")
    if j < len(words) and words[j] in GONE_WORDS:
        return Trigger(i, j + 1, "gone", V.REMOVED, "gone")
    if j < len(words) and words[j] in ZERO_STATES and (j + 1 == len(words) or words[j + 1] in CLAUSE_BREAKS):
        # ("the fridge in the bar is empty": a place holds nothing, no item is said)
        return Trigger(i, j + 1, "empty", V.COUNTED, "left", zero=True,
                       blocked="state" if _subject_head(words, i) in PLACE_HEADS else None)
    if words[j:j + 2] == ["down", "to"]:
        return None  # "the kitchen is down to one bag": the count shape, read at "down"
    if j < len(words) and words[j] in ("on", "off") and (
            j + 1 == len(words) or words[j + 1] in CLAUSE_BREAKS or words[j + 1] in TIME_WORDS
            or (preposition_at(words, j + 1) and words[j + 1] not in ("of", "top"))):
        return None  # "the heater is on in the workshop": switched on, not placed
    if j < len(words) and (words[j] in ARROWS or preposition_at(words, j)):
        role = preposition_at(words, j)
        if role and role[0] == "from":
            return None
        if i > 0 and words[i - 1] == "there":
            return None
        return Trigger(i, j, "be", V.MOVED, "copula")
    if j < len(words) and words[j] in ADVERB_PLACES and i > 0 and words[i - 1] not in ("there", "it") \
            and (j + 1 == len(words) or words[j + 1] in CLAUSE_BREAKS or words[j + 1] in TIME_WORDS):
        return Trigger(i, j, "be", V.MOVED, "copula")  # "the mic stands are backstage"
    return None


def _subject_head(words: list[str], i: int) -> str:
    """The last word of the subject said before words[i], before any place said with it ("the
    fridge in the bar is" -> fridge)."""
    lo = i
    while lo > 0 and words[lo - 1] not in CLAUSE_BREAKS:
        lo -= 1
    k = next((k for k in range(lo, i) if preposition_at(words, k)), i)
    return words[k - 1] if k > lo else ""


def _after_have(words: list[str], i: int) -> Trigger | None:
    """'we have 12 chairs' counts; 'have moved' and 'have to' are auxiliaries."""
    j = skip(words, i + 1, frozenset({"now", "still", "currently", "only", "just", "got",
                                      "gotten", "all", "officially", "also"}))
    if j >= len(words) or words[j] in ("been", "to", "n't", "not", "no") and words[j] != "no":
        return None
    if words[j] == "no" and words[j + 1:j + 2] == ["more"]:
        return Trigger(i, j, "have", V.COUNTED, "have")
    if _is_participle(words, j) or V.lookup(words, j) and words[j].endswith("ed"):
        return None
    if words[j] in _OTHER_PARTICIPLES or V.other_verb(words[j]) or (
            len(words[j]) > 4 and words[j].endswith("ed") and words[j] not in ("used", "red")):
        return None  # "two lights have blown", "we have checked the van": an auxiliary
    if words[j] in ("run", "come", "become", "set", "put", "cut") and (
            V.lookup(words, j) or words[j + 1:j + 2] in (["out"], ["back"], ["in"], ["off"], ["up"])):
        return None  # "our supplier has run out of gloves", "the chairs have come back"
    if words[i] in ("have", "has") and V.VERB_FORMS.get(words[j], ("",))[0] == words[j] and \
            not V.maybe_noun(words[j]) and words[j] not in ("left",):
        return None  # "I have bring the lawn mower": an auxiliary before a base form said for the past
    if words[i] in ("'d", "had") and j == i + 1 and V.lookup(words, j):
        return None
    if words[i] == "'d" and words[j] not in ("got", "gotten", "only", "still"):
        return None  # "she'd look into it", "he'd be back": would, not had
    if words[j] in CLAUSE_BREAKS:
        return None
    k = skip(words, j, frozenset({"a", "an", "the", "another", "new", "big", "small", "huge",
                                  "second", "third"}))
    m = skip(words, k + 1, TIME_WORDS | frozenset({"this", "morning", "afternoon", "evening"}))
    if k < len(words) and EVENT_NOUNS_OF.get(words[k], ("", ""))[1] == V.ADDED and (
            words[m:m + 1] == ["of"] or m > k + 1 and _amount_follows(words, m)):
        # "we had a delivery of 5 boxes" arrived; "we have a delivery of milk on friday" is to
        # come; "we had a delivery this morning ten kilos of rice"
        return Trigger(i, m + (words[m:m + 1] == ["of"]), "receive", V.ADDED, "active",
                       blocked=None if words[i] in ("had", "'d") else "request")
    if _had_in(words, i):
        # "we've had ten bags of grit delivered", "we've had some reeds in", "we've got two of
        # the inhalers in from the delivery": what came in, not what is on hand
        return Trigger(i, j, "get in", V.ADDED, "have")
    if words[j] in ("a", "an") and words[j + 1:j + 2] and words[j + 1] in FAULTS:
        return Trigger(i, j, "have", V.COUNTED, "have", blocked="state")  # "forklift 2 has a flat tyre"
    if words[j] in ("the", "his", "her", "my", "your", "their") and words[i] in ("has", "had") and \
            not any(read_quantity(words, k)[0] is not None for k in range(j + 1, min(j + 3, len(words)))):
        return Trigger(i, j, "have", V.COUNTED, "have", blocked="state")  # "Raj has the walkie talkies"
    return Trigger(i, j, "have", V.COUNTED, "have")


# what things arrive on or by ("on the lorry", "by courier"); draft_events and this module
# each add their own
CARRIERS = frozenset({"truck", "lorry", "delivery", "courier", "boat", "ferry", "train", "post", "mail"})
# what stock comes on or off when it arrives: "came off the lorry", "come on the wagon" (not "the
# handle came off", "the lights came on"); also a van or a pallet it came off, which
# draft_events does not drop as a place ("arrived on the van": the van may be where it is)
_CARRIER_VEHICLES = CARRIERS | frozenset({"lorries", "trucks", "wagon", "van", "pallet"})


# when it came, said after the vehicle: "the feed came off the lorry this morning" was delivered
_ARRIVAL_TIMES = frozenset({"this", "today", "yesterday", "earlier", "just", "first", "last", "tonight"})
_LIST_JOINERS = frozenset({"and", ",", "&", "plus", "+"})
# a clock time ("7", "7am", "7:30", "0730")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)?(?:am|pm)?")


def _off_a_carrier(words: list[str], i: int) -> bool:
    """Whether "came" at words[i] is said of stock arriving: "off" or "on" a vehicle. What
    comes "off" one may have fallen off ("a strap came off the truck"): a delivery says how
    much came ("ten bags of cement", "a pallet of flour"), that it is new ("the new
    mattresses") or when ("this morning", "at 7")."""
    if words[i + 1:i + 2] not in (["off"], ["on"]):
        return False
    k = i + 2 + (words[i + 2:i + 3] in (["the"], ["a"], ["our"], ["this"], ["today's"], ["that"]))
    if not (words[k:k + 1] != [] and words[k] in _CARRIER_VEHICLES and i > 0 and words[i - 1] not in SUBJECTS):
        return False
    if words[i + 1] == "on":
        return True
    if words[k] in ("van", "pallet"):
        return False  # ("the wheel came off the van", "the wrap came off the pallet": fell off)
    # (the things that came may be a list: "three guinness, one doom bar and a lager keg")
    start = max((j + 1 for j in range(i) if words[j] in CLAUSE_BREAKS - _LIST_JOINERS), default=0)
    amount = any(read_quantity(words, j)[0] is not None or words[j] in ("a", "an") and j + 2 < i and
                 unit_of(words[j + 1]) and words[j + 2] == "of" or words[j] == "new" for j in range(start, i))
    return amount or words[k + 1:k + 2] != [] and words[k + 1] in _ARRIVAL_TIMES or _clock_after(words, k + 1)


def _clock_after(words: list[str], j: int) -> bool:
    """Whether a clock time is said at words[j] ("at 7", "at 7am", "around half 6", "at noon")."""
    if words[j:j + 1] not in (["at"], ["around"], ["about"], ["by"]):
        return False
    nxt = words[j + 1:j + 3]
    if nxt[:1] in (["noon"], ["midday"], ["lunchtime"]) or nxt[:1] == ["half"] and nxt[1:] and nxt[1].isdigit():
        return True
    return bool(nxt) and (_CLOCK.fullmatch(nxt[0]) is not None or is_number_word(nxt[0])) and (
        len(nxt) == 1 or nxt[1] in ("am", "pm", "o'clock", ".", ",", "this", "today", "yesterday"))


# Arrivals said with "had" or "'ve got" ("we've had X in", "we've got X in from the delivery",
# "we had X delivered"): the thing came in. Said after the thing, before a place or the clause
# end: "in" (with "'ve got" only before words of when or whence, "we've got 12 in" may be a
# count), or the participle of a delivery.
_IN_WHENCE = frozenset({"from", "off", "today", "yesterday", "this", "earlier", "last"})
_ARRIVED_PARTICIPLES = (("delivered",), ("dropped", "off"), ("dropped", "in"), ("brought", "in"),
                        ("shipped", "in"))  # (not "sent in": "had the printer sent in for repair")
# who is had in is a visit, not stock ("we've had a few people in today")
_VISITORS = frozenset({"people", "visitors", "customers", "customer", "folk", "kids", "guests",
                       "someone", "somebody", "lads", "family", "families", "crowd", "crowds"})
_DEFINITE = frozenset({"the", "his", "her", "their", "our", "my", "your"})
# words that start the next clause ("... delivered they're in the bin")
_NEXT_CLAUSE = frozenset({"they", "it", "we", "i", "he", "she", "that", "which", "who"})


def _had_in(words: list[str], i: int) -> bool:
    """Whether "have" at words[i] says an arrival: "had", or "got" after it, then the thing,
    then "in" or a delivery participle ("we've had twelve of the inhalers in")."""
    past = words[i] in ("had", "'d") or words[i + 1:i + 2] in (["had"], ["got"], ["gotten"])
    if not past or words[i] == "'d" and words[i + 1:i + 2] not in (["had"], ["got"], ["gotten"]):
        return False
    got = words[i] not in ("had", "'d") and words[i + 1] != "had"
    m = i + 1 + (words[i] not in ("had", "'d"))
    for k in range(m + 1, min(len(words), m + 14)):
        w = words[k]
        if w in CLAUSE_BREAKS or w in _NEXT_CLAUSE or w in V.HAVE or w in V.BE or w in _VISITORS:
            return False
        if any(tuple(words[k:k + len(p)]) == p for p in _ARRIVED_PARTICIPLES):
            return True
        if w == "in":
            if words[m] in _DEFINITE and not any(read_quantity(words, x)[0] is not None and
                                                 words[x] not in ("a", "an") for x in range(m + 1, k)):
                return False  # "we had the window cleaner in": a visit ("the 6 new mops": stock)
            nxt = words[k + 1] if k + 1 < len(words) else ""
            return nxt in _IN_WHENCE or not got and (not nxt or nxt in CLAUSE_BREAKS or nxt in _NEXT_CLAUSE)
    return False


# what is wrong with a thing, said after "has a" ("has a flat tyre", "has a leak")
FAULTS = frozenset({"flat", "leak", "puncture", "crack", "dent", "fault", "problem", "issue",
                    "broken", "cracked", "loose", "bad", "dead", "blown", "chip", "scratch", "tear",
                    "hole", "rattle", "squeak", "wobble", "wobbly", "slow", "missing", "bent",
                    "sticky", "stuck", "faulty", "damaged", "split", "burst"})
# verbs that say what a place has: "the library currently holds 120 laptops"
HOLDING_VERBS = frozenset({"holds", "held", "contains", "contained", "houses", "housed",
                           "hold", "contain"})


def _amount_follows(words: list[str], j: int) -> bool:
    """Whether an amount starts at words[j] (after "about", "around", "only", "just")."""
    j = skip(words, j, ABOUT_WORDS | {"only", "just", "exactly"})
    return read_quantity(words, j)[0] is not None and words[j] not in ("a", "an")


def _amount_before(words: list[str], i: int) -> bool:
    """Whether a name's amount ends just before words[i] ("glaze 2 buckets", "scones x 24",
    "brie wheels x3"): a note of what was made or done, the verb after it."""
    if TIMES_N.match(words[i - 1]):
        return True
    k = i - 1 if unit_of(words[i - 1]) and not words[i - 1][:1].isdigit() else i
    return k >= 2 and any(read_quantity(words, j)[1] == k and words[j] not in ("a", "an")
                          for j in range(max(1, k - 3), k))


def _opened_amount(words: list[str], j: int) -> bool:
    """Whether an amount of stock starts at words[j]: a number ("2 planks", "2m"), or one
    container of something ("a new tube of", "another bag of")."""
    if words[j:j + 1] and words[j] in ("a", "an", "another"):
        k = skip(words, j + 1, frozenset({"new", "fresh", "whole", "full"}))
        return k < len(words) - 1 and unit_of(words[k]) is not None and words[k + 1] == "of"
    return _amount_follows(words, j) or j < len(words) and glued_measure(words[j]) is not None


# irregular participles of verbs that tell no event ("have blown", "had worn")
_OTHER_PARTICIPLES = frozenset({"blown", "grown", "flown", "done", "seen", "fallen", "worn", "torn",
                                "sworn", "begun", "been", "made", "paid", "heard", "met", "won",
                                "hurt", "said", "told", "thought", "known", "driven", "ridden",
                                "written", "spoken", "chosen", "forgotten", "woken", "risen"})


# what a thing "got" when it was spoilt: a state, not an arrival ("they got wet")
GOT_STATES = frozenset({"wet", "damp", "soaked", "soggy", "wrecked", "stuck", "mouldy", "moldy",
                        "dirty", "muddy", "crushed", "squashed", "tangled", "mixed", "ruined",
                        "rained", "broken", "damaged", "bent", "scratched", "cracked", "stained",
                        "wet", "warm", "hot", "cold", "frozen", "old", "dusty", "rusty", "rusted"})


def _after_get(words: list[str], i: int) -> Trigger | None:
    """'got in' adds; 'got moved' is a passive; 've got' counts (see _after_have); 'got rid of'
    removes; 'got' on its own adds ("we got 3 new chairs")."""
    prev = prev_word(words, i)
    if prev in V.HAVE:
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if _is_participle(words, i + 1):
        lemma, event, end = _is_participle(words, i + 1)
        return Trigger(i + 1, end, lemma, event, "passive")
    if prev == "'s" and words[i] == "got" and i > 1 and words[i - 2] not in ("it", "that"):
        # "the pantry's got 9 tins" counts; "she's got the keys" says who has them
        person = words[i - 2] in ("he", "she") or is_person([words[i - 2]])
        fault = words[i + 1:i + 2] in (["a"], ["another"]) and words[i + 2:i + 3] and words[i + 2] in _FAULTS
        return Trigger(i - 1, i + 1, "have", V.COUNTED, "have", blocked="state" if fault or person and
                       read_quantity(words, i + 1)[0] is None else None)  # ("the van's got a flat")
    if nxt in GOT_STATES and words[i - 1:i] == ["it"] and i >= 2 and words[i - 2].isalpha() \
            and any(V.lookup(words, k) for k in range(i - 2)):
        return None  # "threw away a bag of litter it got wet and ...": a remark on the item (regions.py)
    if nxt in GOT_STATES:
        # "the napkins got wet", "the flour got damp": how it became, not that it arrived
        return Trigger(i, i + 2, "get", V.ADDED, "active", blocked="state")
    if len(nxt) > 4 and nxt.endswith("ed") and not V.lookup(words, i + 1):
        return None  # "the fryer oil got changed": a passive of a verb that tells no event
    if nxt == "rid":
        end = i + 2 + (words[i + 2:i + 3] == ["of"])
        return Trigger(i, end, "get rid", V.REMOVED, "active")
    if nxt in GONE_WORDS:
        return Trigger(i, i + 2, "gone", V.REMOVED, "gone")
    if nxt == "in":
        return Trigger(i, i + 2, "get in", V.ADDED, "active")
    if nxt == "out" or nxt == "back":
        return Trigger(i, i + 2, "take", V.TAKE, "active")
    if nxt in ("to", "into", "low", "short") or not nxt or nxt in CLAUSE_BREAKS:
        return None  # ("getting low": how much is left, not said)
    if _amount_then_left(words, i + 1):
        return Trigger(i, i + 1, "have", V.COUNTED, "have")  # "we got like a dozen cans left"
    if words[i + 1:i + 3] == ["no", "more"]:
        return Trigger(i, i + 1, "have", V.COUNTED, "have", zero=True)  # "we got no more of
        # those", said as "we have no more": a count of 0
    if words[i] == "get" and not _starts_clause(words, i):
        return None
    return Trigger(i, i + 1, "get", V.ADDED, "active")


# what a thing "has got" when something is wrong with it: a state, not stock it holds
_FAULTS = frozenset({"flat", "puncture", "leak", "crack", "dent", "fault", "problem", "issue",
                     "hole", "scratch", "rattle", "squeak", "slow"})


def _amount_then_left(words: list[str], j: int) -> bool:
    """Whether an amount at words[j] is followed in its clause by "left": what "got" says is
    then what we still have ("we got 12 cans of formula left"), not an arrival."""
    while j < len(words) and words[j] in ABOUT_WORDS:
        j += 1
    if read_quantity(words, j)[0] is None:
        return False
    for k in range(j + 1, min(len(words), j + 8)):
        if words[k] in CLAUSE_BREAKS:
            return False
        if words[k] == "left":
            return True
    return False


_BEFORE_COUNT_NOUN = frozenset({"our", "the", "my", "current", "remaining", "total", "present",
                                "existing", "this", "today's", "latest", "weekly", "monthly"})


_MAX_PLACE_BEFORE_COUNT = 3  # words of a place said before a count heading


def _count_or_new_noun(words: list[str], i: int, found: list[Trigger]) -> Trigger | None:
    """Headings that open a count or an arrival: "stocktake:", "stock count for the kitchen:",
    "inventory: ...", "new item: ...", "delivery: ...", "IN: 5 boxes gloves"."""
    k = i
    while k > 0 and words[k - 1] in _BEFORE_COUNT_NOUN:
        k -= 1  # "our remaining stock of gauze is 12 packs"
    if found and found[-1].end > i and found[-1].start < k:
        return None
    # a place may name the count before its heading: "Chem store stock take - HCl 1M x 4"
    placed = not _starts_clause(words, k)
    if placed and (k > _MAX_PLACE_BEFORE_COUNT or any(w in CLAUSE_BREAKS for w in words[:k])):
        return None

    def said(phrase: tuple[str, ...]) -> tuple[bool, str]:
        end = i + len(phrase)
        return tuple(words[i:end]) == phrase, (words[end] if end < len(words) else "")

    for phrase in COUNT_HEADINGS:
        hit, nxt = said(phrase)
        if placed and not (hit and nxt in (":", "-")):
            continue
        if hit and (phrase not in COLON_HEADINGS or nxt in (":", "-", "=", "for", "of", "is", "was")):
            # ("stocktake is on friday": when it will be, no count; "stock check went fine":
            # how it went)
            if nxt in _HOW_IT_WENT:
                return Trigger(i, i + len(phrase), "count", V.COUNTED, "count", blocked="state")
            return Trigger(i, i + len(phrase), "count", V.COUNTED, "count",
                           blocked="request" if _time_of_event(words, i + len(phrase)) else None)
    for phrase in NEW_HEADINGS if not placed else ():
        hit, nxt = said(phrase)
        if hit and (phrase not in COLON_HEADINGS or nxt in (":", "-", "=") or i == 0):
            colon = nxt in (":", "-", "=")
            if phrase == ("in",) and not (i == 0 and colon):
                continue
            return Trigger(i, i + len(phrase) + colon, "new", V.ADDED, "active",
                           guessed=phrase == ("new",))
    return None


# nouns of an event, said before "of" and its item at the start of a note: "arrival of 2 desks
# in the admin office", "disposal of 3 old mattresses", "transfer of 5 monitors from IT to HR"
EVENT_NOUNS_OF: dict[str, tuple[str, str]] = {
    "arrival": ("arrive", V.ADDED), "purchase": ("buy", V.ADDED), "donation": ("donation", V.ADDED),
    "receipt": ("receive", V.ADDED), "delivery": ("deliver", V.ADDED), "shipment": ("deliver", V.ADDED),
    "acquisition": ("acquire", V.ADDED), "intake": ("receive", V.ADDED), "pickup": ("buy", V.ADDED),
    "disposal": ("dispose", V.REMOVED), "removal": ("remove", V.REMOVED), "sale": ("sell", V.REMOVED),
    "loss": ("lose", V.REMOVED), "theft": ("steal", V.REMOVED), "usage": ("use", V.REMOVED),
    "consumption": ("consume", V.REMOVED), "write-off": ("write off", V.REMOVED),
    "transfer": ("transfer", V.MOVED), "relocation": ("relocate", V.MOVED), "move": ("move", V.MOVED),
    "return": ("return", V.MOVED), "count": ("count", V.COUNTED), "recount": ("count", V.COUNTED),
    "stocktake": ("count", V.COUNTED), "tally": ("count", V.COUNTED),
}
EVENT_NOUNS_OF.update({k + "s": v for k, v in list(EVENT_NOUNS_OF.items()) if not k.endswith("s")})
EVENT_NOUNS_OF["deliveries"] = EVENT_NOUNS_OF["delivery"]
# words that may stand before an event noun at the start of a note
_BEFORE_EVENT_NOUN = frozenset({"a", "an", "the", "our", "this", "today", "today's", "yesterday",
                                "yesterday's", "'s", "new", "latest", "big", "small", "first",
                                "second", "final", "partial", "full", "weekly", "monthly",
                                "morning", "morning's", "quick", "emergency", "one", "another"})


# verbs that only carry a count said as a noun ("did a count of", "ran a stocktake of")
_DOING = frozenset({"did", "done", "do", "doing", "ran", "run", "took", "completed", "finished",
                    "carried", "just", "'ve", "have", "has", "had"})


def _event_noun(words: list[str], i: int, found: list[Trigger]) -> Trigger | None:
    """'arrival of 2 desks', 'delivery today of 6 cases', 'the disposal of 3 mattresses': an event
    noun with its item after "of", opening a note or a clause."""
    hit = EVENT_NOUNS_OF.get(words[i])
    if hit is None or (found and found[-1].end > i - 1 and found[-1].end != 0 and i > 0
                       and words[i - 1] not in CLAUSE_BREAKS):
        return None
    j = i + 1
    while j < len(words) and j <= i + 3 and (words[j] in TIME_WORDS or words[j] in (
            "this", "morning", "afternoon", "evening")):
        j += 1  # "delivery today of", "delivery this morning of"
    if words[j:j + 1] != ["of"]:
        return None
    k = i - 1
    while k >= 0 and words[k] in _BEFORE_EVENT_NOUN:
        k -= 1
    if hit[1] == V.COUNTED:
        while k >= 0 and (words[k] in _DOING or words[k] in SUBJECTS):
            k -= 1  # "did a count of the canoes", "we just did a recount of the chairs"
    if k >= 0 and words[k] not in CLAUSE_BREAKS:
        return None  # "we had a delivery of", "the sale of" inside a clause: read by its verb
    for k in range(j + 1, len(words)):
        w = words[k]
        if w in (".", ";", "!", "?", "but", "so", ",", ":", "-"):
            break
        if w in FINITE_BE_HAVE or w in NEGATIONS or V.other_verb(w) or (
                V.lookup(words, k) and not V.maybe_noun(w) and words[k - 1] not in DETERMINERS):
            return None  # "the delivery of hand soap still hasn't come": the noun is a subject
    lemma, event = hit
    return Trigger(i, j + 1, lemma, event, "active")


def _split_phrasal(words: list[str], i: int) -> tuple[str, str, int] | None:
    """'signed them out', 'tagged the hammer drill out': a phrasal verb around its object (up to
    three words, no break between)."""
    for particle, lemma, event in V.SPLIT_PHRASAL.get(words[i], ()):
        for k in range(i + 2, min(i + 5, len(words))):
            if words[k] in CLAUSE_BREAKS or preposition_at(words, k) and words[k] != particle:
                break
            if words[k] == particle and (k + 1 == len(words) or words[k + 1] in CLAUSE_BREAKS
                                         or words[k + 1] in TIME_WORDS or preposition_at(words, k + 1)
                                         or words[k + 1] in ("this", "last", "yesterday")):
                return lemma, event, i + 1
    return None


# store rooms said with their number: "moved the crates to store 2" is no "to store"
_NUMBERED_STORES = frozenset({"store", "stores"})


def _store_number(words: list[str], k: int) -> bool:
    """Whether words[k] is a store room's number: one word, then the end, a break, a preposition
    or another place ("to store 2 bay 6"; "to store 2 pallets" is the verb)."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return k < len(words) and (not after or after in CLAUSE_BREAKS or after in PLACE_HEADS
                               or preposition_at(words, k + 1) is not None or after in TIME_WORDS
                               or after in ("this", "last", "and", "then", "now"))


def _new_clause_after_in(words: list[str], i: int, end: int) -> bool:
    """Whether a verb with its pronoun object opens a clause after the particle "in" of an
    arrival said without a break: "got two cases of gloves in put them in the closet"."""
    return words[i - 1] == "in" and words[end:end + 1] in (["it"], ["them"]) and i >= 2 \
        and words[i - 2].isalpha() and words[i - 2] not in DETERMINERS


def _out_on_job(words: list[str], j: int) -> int:
    """The end of "out on the <name> job" at words[j] (up to two words naming it), else 0."""
    if words[j:j + 2] != ["out", "on"]:
        return 0
    for k in range(j + 2, min(len(words), j + 6)):
        if words[k] in ("job", "jobs"):
            return k + 1
        if words[k] in CLAUSE_BREAKS or preposition_at(words, k):
            return 0
    return 0


def _verb(words: list[str], i: int) -> Trigger | None:
    """A verb of the table (verbs.py) at words[i], with its shape."""
    hit = V.lookup(words, i) or _split_phrasal(words, i)
    if not hit:
        return None
    lemma, event, end = hit
    w = words[i]
    prev = prev_word(words, i)
    nxt = words[end] if end < len(words) else ""
    if prev in DETERMINERS - {"that", "this", "one"} or prev in ("of", "for", "in", "on", "at") \
            and not _new_clause_after_in(words, i, end):
        return None  # "the store", "a set of", "for use", "in stock"
    if prev in _PLACE_PREP_WORDS and not (prev in ("to", "into") and w == lemma.split()[0]):
        return None  # "from register 2", "to receiving" (but "going to move")
    if (prev in _ADJECTIVES or (prev in CONDITION_WORDS and prev != "missing") or (
            len(prev) > 5 and prev.endswith(("able", "ible")))) and w not in _ONLY_VERBS and \
            not (past_form(w) and nxt in ("it", "them") and prev_word(words, i - 1) in V.BE):
        # ("the straightener is broken binned it": a state, then a verb with its pronoun)
        return None  # "the new shelves", "some extra stock", "3 spare packs", "reusable keep cups"
        # ("cardboard boxes large came in": "came" is no noun)
    if lemma in ("go through", "run through", "get through") and prev.isalpha() and \
            prev not in SUBJECTS and prev not in ADVERBS and prev not in V.HAVE and prev not in V.BE \
            and nxt in ("the", "a", "an") and read_quantity(words, end + 1)[0] is None and \
            words[end + 1:end + 2] not in (["last"], ["rest"]):
        return None  # "the glasses went through the dishwasher": a thing passed through, no use
    if lemma in ("hang", "lean") and w != lemma and not w.endswith("ed") and \
            preposition_at(words, end) and prev not in SUBJECTS and prev.isalpha():
        return Trigger(i, end, lemma, V.MOVED, "subject")  # "the first aid kit hangs behind the door"
    if w in BROKEN_STATES | {"cracked", "snapped", "split", "bent"} and prev.isalpha() \
            and prev not in SUBJECTS \
            and prev not in V.BE and prev not in V.HAVE and prev not in DETERMINERS and (
                not nxt or nxt in CLAUSE_BREAKS or nxt in TIME_WORDS):
        # "pallet jack wheel broken again", "screen cracked": how it is (still there)
        return Trigger(i, end, lemma, event, "active", blocked="state")
    if not prev and w in V.PARTICIPLE_ONLY | {"broken", "damaged"} and nxt.isalpha() \
            and nxt not in DETERMINERS and not preposition_at(words, end) and not V.lookup(words, end) \
            and nxt not in PARTICLES and read_quantity(words, end)[0] is None and nxt not in _AMOUNT_WORDS:
        return None  # "broken shop vac -> basement": an adjective before its noun
    if w in NAME_PARTICIPLES and nxt.isalpha() and nxt not in DETERMINERS and nxt not in PRONOUNS \
            and nxt not in PARTICLES and not preposition_at(words, end) and not is_number_word(nxt) \
            and nxt not in CLAUSE_BREAKS and _participle_names(words, i, end):
        return None  # "king fitted sheets", "stuffed toys": part of a name, not the verb
    if (w in PLACE_HEADS or w in _NUMBERED_STORES and _store_number(words, end)) and nxt and (
            nxt[:1].isdigit() or is_number_word(nxt) or len(nxt) == 1) \
            and not (prev == "to" and prev_word(words, i - 1) in V.HAVE | {"got", "needed", "decided"}):
        return None  # "bin 12", "rack fourteen", "stage 2": a place with its id ("had to bin 6
        # lettuces": the verb)
    # a past form that ends its clause is a verb after its item: "2 boxes of gloves used", "ETS
    # 150 sent off for repair"
    clause_final = (w.endswith("ed") or w in V.PARTICIPLE_ONLY or w in ("lost", "found", "sold")
                    or end > i + 1 and w in IRREGULAR_PARTICIPLES) \
        and (not nxt or nxt in CLAUSE_BREAKS or nxt in TIME_WORDS or nxt in ("(", ")", "-")
             or preposition_at(words, end) or nxt in ("during", "overnight", "again", "for")
             or nxt in ("this", "last") and words[end + 1:end + 2] and words[end + 1] in TIME_WORDS)
    # a past form before a counted object is a verb after its subject: "line cooks used 4 cans"
    with_object = (w.endswith("ed") or w in ("lost", "found", "sold")) and (
        prev.isalpha() or prev.isdigit() and i > 1 and
                                        words[i - 2].isalpha()) and (
        read_quantity(words, end)[0] is not None or nxt in ("the", "our", "all", "some"))
    if lemma in ("live", "sit", "belong", "stay", "hang") and w == lemma and prev.endswith("s") and \
            preposition_at(words, skip(words, end, V.COPULA_ADVERBS)):
        return Trigger(i, end, lemma, event, "subject")  # "the spare keyboards live in cupboard B"
    if V.maybe_noun(w) and not clause_final and not with_object and (
            not (_starts_clause(words, i) or nxt in PARTICLES and _counted_name_before(words, i))
            or nxt == "of" or nxt in CLAUSE_BREAKS
            and not (w.endswith("ed") or w in ("found", "lost", "left", "set"))):
        return None
    if nxt == "of" and lemma not in ("dispose", "run out", "get rid") and not w.endswith("ed") \
            and w not in V.PARTICIPLE_ONLY:
        return None
    if w.endswith("ing") and prev in DETERMINERS:
        return None
    if prev and (digits_value(prev) is not None or is_number_word(prev) or prev in _AMOUNT_WORDS) and not (
            past_form(w) and (clause_final or with_object)) and prev_word(words, i - 1) not in ID_HEADS \
            and w not in _ONLY_VERBS \
            and not (prev_word(words, i - 1) in ("from", "in", "at") and len(prev) >= 3 and prev.isdigit()) \
            and not _counted_name_before(words, i):  # ("the duvet from 220 went to laundry": a room)
        return None  # "3 trash bags" (but "PO 4471 rcvd", "dock 3 received", "12 received",
        # "frenel lights two went to the shop", "the canon r five went out": never a noun)
    if w.endswith("s") and not w.endswith("ss") and prev.endswith("ed") and len(prev) > 3 and \
            prev not in V.BE and w != "goes":
        return None  # "shelved 45 returned books in the fiction section": a noun after an adjective
    if w.endswith("s") and not w.endswith("ss") and V.VERB_FORMS.get(w, (w,))[0] != w and \
            (not nxt or nxt in CLAUSE_BREAKS) and lemma not in V.SUBJECT_VERBS:
        return None  # "1 box stir sticks": a verb in -s needs something after it
    if (w.endswith("ing") and prev not in V.BE) or (V.maybe_noun(w) and not w.endswith("ed")
                                                    and not (clause_final and nxt != "and" and (prev.isalpha() or (
                                                        digits_value(prev) is not None or is_number_word(prev))
                                                        and prev_word(words, i - 1) in ("-", ":", ","))
                                                             and prev not in CLAUSE_BREAKS)):
        # ("10mm socket lost", "keys found", "padlocks - 3 lost": a past form after its item, or
        # its amount after a dash, ends the clause)
        # "shipping boxes", "trash bags", "packing tape": a verb needs its object to start
        # with a determiner, a number or a pronoun ("moving the boxes", "trash the old paint")
        if not _object_starts(words, end):
            return None
    if lemma in ("log", "note") and nxt in ("that", "this", ":"):
        return None
    if lemma == "keep" and (nxt.endswith("ing") or nxt == "on"):
        return None  # "the printer keeps jamming": goes on doing, nothing kept anywhere
    if w == "used" and nxt == "to" and end + 1 < len(words) and (
            V.lookup(words, end + 1) or V.other_verb(words[end + 1])
            or words[end + 1] in ("be", "have", "get", "do", "go", "come")):
        return None  # "we used to keep the canoes in the barn": a past habit, read at "keep"
    if lemma in ("go", "end up") or lemma in ("belong", "live", "sit", "stay"):
        if nxt == "to" and V.lookup(words, end + 1):
            return None  # "going to move": a plan, caught at "move"
        if lemma == "go" and nxt == "off" and (end + 1 == len(words) or words[end + 1] in CLAUSE_BREAKS
                                              or preposition_at(words, end + 1)):
            return None  # "the alarm went off in the store room": rang, not moved
        j = skip(words, end, V.COPULA_ADVERBS)
        if j < len(words) and words[j] in GONE_WORDS:
            return Trigger(i, j + 1, "gone", V.REMOVED, "gone")
        away = next((len(p) for p in AWAY_STATES if tuple(words[j:j + len(p)]) == p), 0)
        if away and lemma == "go":
            return Trigger(i, j + away, "gone", V.REMOVED, "gone")  # "the gazebo went out on hire"
        job = _out_on_job(words, j) if w in ("went", "gone") else 0  # ("is going out on ... tomorrow")
        if job:
            # "the lens went out on the brighton job": out with the crew, it left stock (the job
            # is no place of ours)
            return Trigger(i, job, "gone", V.REMOVED, "gone")
        if j < len(words) and (preposition_at(words, j) or words[j] in ARROWS):
            return Trigger(i, j, lemma, V.MOVED, "subject")  # (with "straight", "back": "went
            # straight into fridge 2")
        if lemma == "stay" and (j == len(words) or words[j] in CLAUSE_BREAKS or
                                words[j] in ("put", "here", "there", "where")):
            # "...; mini fridge stays": nothing happened to it, and it is no item of the move
            return Trigger(i, j + (words[j:j + 1] == ["put"]), lemma, V.MOVED, "subject",
                           blocked="state")
        return None
    if lemma in V.SUBJECT_VERBS:
        return Trigger(i, end, lemma, event, "subject")
    if lemma in ("leave",) and w == "left" and prev in V.BE:
        return None
    if nxt in PARTICLES and end + 1 < len(words) and not preposition_at(words, end + 1) \
            and " " not in lemma and not (nxt == "in" and (words[end + 1] in PLACE_HEADS or
                                                           words[end + 1] in PLACE_MODIFIERS or
                                                           f"{lemma} in" not in V.LEMMA_EVENTS)):
        # ("parked in receiving", "stacked in bay 3": a place, not "in" as a particle)
        # "put away 6 boxes", "dropped off 4 cases": the particle goes with the verb
        switched = V.LEMMA_EVENTS.get(f"{lemma} {nxt}")
        return Trigger(i, end + 1, lemma, switched or event, "active")
    return Trigger(i, end, lemma, event, "active")


def _counted_name_before(words: list[str], i: int) -> bool:
    """Whether the words before words[i] end in a plural name and its count ("shower curtains
    20 arrived", "lights two went"): a terse note, so words[i] may be its verb."""
    lo = i
    while lo > 0 and words[lo - 1] not in CLAUSE_BREAKS and i - lo < 6:
        lo -= 1
    return lo < i - 1 and plural_then_count(words[lo:i]) is not None and \
        unit_of(words[i]) in (None, words[i])
    # ("aa batteries 4 packs in the drawer": a container after the count is its unit)


def _count_closes_name(words: list[str], i: int) -> bool:
    """Whether a name's count in a note's own shape ends just before words[i]: "x10", "x 10",
    "x6 tins", "10 packs", "1 new roll", after at least one word of the name ("HF204 x10 in",
    "buns 10 packs in"). A bare number is left out ("pipe 10 in" may be inches)."""
    k = i
    if k >= 2 and unit_of(words[k - 1]) not in (None, "item") and words[k - 1].isalpha():
        k -= 1  # the container after the count ("x6 tins", "10 packs")
        if k >= 2 and words[k - 1] in ("new", "more", "extra", "spare"):
            k -= 1  # ("1 new roll in")
        if k >= 2 and (words[k - 1].isdigit() and words[k - 1] != "0" or is_number_word(words[k - 1])) \
                and words[k - 1] not in ("a", "an", "one") and words[k - 2] not in ("x", "×"):
            return words[k - 2].isalnum() and words[k - 2] not in DETERMINERS | SUBJECTS | CLAUSE_BREAKS \
                and _name_before(words, k - 1)
    if k >= 2 and TIMES_N.match(words[k - 1]):
        return words[k - 2].isalnum() and words[k - 2] not in SUBJECTS and _name_before(words, k - 1)
    return k >= 3 and words[k - 2] in ("x", "×") and words[k - 1].isdigit() and words[k - 3].isalnum() \
        and _name_before(words, k - 2)


# said before an amount and "in", a wish or a wait, not a name ("want 6 boxes in for next week",
# "expecting 10 packs in", "hoping for 4 cases in")
_WISH_BEFORE = frozenset({"want", "wants", "wanted", "wanting", "need", "needs", "needed", "expect",
                          "expects", "expecting", "expected", "hope", "hoping", "hoped", "for", "awaiting",
                          "waiting", "like", "order", "ordered", "ordering", "get", "getting"})


def _name_before(words: list[str], end: int) -> bool:
    """Whether the words before a count at words[end], back to a clause break, name a thing: no
    verb or wish among them ("buns 10 packs in"; not "want 6 boxes in")."""
    j = end - 1
    while j >= 0 and words[j] not in CLAUSE_BREAKS:
        if words[j] in _WISH_BEFORE or V.lookup(words, j) and not V.maybe_noun(words[j]):
            return False
        j -= 1
    return True


def _of_them_before(words: list[str], i: int) -> bool:
    """Whether a name and "N of them" end just before words[i] ("the mats twenty of them new")."""
    return i >= 4 and words[i - 2:i] == ["of", "them"] and words[0] not in ("of", "them") and any(
        read_quantity(words, k)[1] == i - 2 and words[k] not in ("a", "an") for k in range(max(1, i - 5), i - 2))


# verb forms that are never a noun, so no adjective before them makes them one
_ONLY_VERBS = frozenset({"came", "arrived", "went", "turned", "showed"})
# participles of event verbs that, before a noun, name a kind of thing ("fitted sheets")
NAME_PARTICIPLES = frozenset({"fitted", "stuffed", "padded", "frosted"})
def _participle_names(words: list[str], i: int, end: int) -> bool:
    """Whether a NAME_PARTICIPLE at words[i] is part of a name: a word before it that is no
    subject or adverb ("queen fitted sheets", "20 fitted sheets"), or, where a verb may stand,
    a name followed by its count or by the note's verb ("fitted sheets - 30 - linen closet",
    "stuffed toys x 12"). Else it is the verb: "fitted new filters in room 4"."""
    if not _starts_clause(words, i):
        return True
    j = end
    while j < len(words) and words[j].isalpha() and words[j] != "x" and not preposition_at(words, j) \
            and not (V.lookup(words, j) and not V.maybe_noun(words[j])):
        j += 1
    return j < len(words) and (words[j] in ("-", "x", ",", ":", "=") or words[j][:1].isdigit()
                               or bool(V.lookup(words, j)))


# words after a count heading that tell how the count went, not what was counted
_HOW_IT_WENT = frozenset({"went", "done", "finished", "complete", "completed", "ok", "okay",
                          "fine", "over", "took", "ran", "overran", "started", "starts"})


def _time_of_event(words: list[str], j: int) -> bool:
    """Whether a count word is followed by when it takes place ("stocktake is on friday", "stock
    count tomorrow at 8")."""
    j += words[j:j + 1] in (["is"], ["'s"], ["will"])
    j += words[j:j + 1] in (["on"], ["at"], ["next"], ["this"], ["be"])
    return j < len(words) and (words[j] in WEEKDAYS or words[j] in FUTURE_WORDS or
                               words[j] in ("week", "month", "morning", "afternoon", "evening"))


# verbs of filling a place with things ("restocked bin 12 with m6 nuts", "the van's loaded with")
STOCK_WITH = frozenset({"restock", "stock", "refill", "fill", "supply", "replenish", "load",
                        "pack", "top", "top up", "fill up", "stock up", "load up", "restock up"})


# words that start a place: a verb form right after one is a noun ("from register 2")
_PLACE_PREP_WORDS = frozenset({"from", "into", "onto", "inside", "under", "behind", "beside",
                               "near", "above", "below", "to", "@"})
# what arrives: "delivery came two pallets of flour", "yesterday's delivery had 6 hdmi cables"
DELIVERY_WORDS = frozenset({"delivery", "shipment", "order", "truck", "pallet", "package",
                            "parcel", "freight", "drop", "dropoff", "consignment"})
# what a count can be read from: "inv shows 15 outlets", "the sheet says 12 chairs"
RECORD_WORDS = frozenset({"inv", "inventory", "system", "count", "sheet", "spreadsheet", "records",
                          "tracker", "log", "app", "scanner", "report"})
# amounts a noun follows ("a dozen broken hangers")
_AMOUNT_WORDS = frozenset({"dozen", "couple", "few", "several", "many", "some", "lots", "bunch",
                           "pair", "handful", "plenty"})
# words before an id ("dock 3 received", "PO 4471 rcvd"): the number is no quantity
ID_HEADS = ID_PLACE_HEADS | frozenset({"po", "order", "invoice", "ticket", "wo", "van", "truck",
                                       "unit", "#", "no", "number", "job", "trailer",
                                       "class", "year", "group", "team", "table", "grade"})
# adjectives a noun follows, never a verb ("the new shelves", "more stock")
_ADJECTIVES = frozenset({"new", "old", "extra", "spare", "more", "other", "empty", "full", "big",
                         "small", "few", "many", "several", "last", "first", "next", "used",
                         "second", "third", "leftover", "brand", "same", "whole", "bad", "good",
                         "broken", "damaged", "dead", "dirty", "clean", "large", "medium"})
_OBJECT_OPENERS = DETERMINERS | PRONOUNS | frozenset({"all", "some", "any", "both", "each",
                                                     "every", "another", "more", "it", "them",
                                                     "new", ":", "-"})


def _object_starts(words: list[str], j: int) -> bool:
    """Whether an object that starts at words[j] starts like one (determiner, number, pronoun),
    or the verb has no object at all (a place follows)."""
    if j >= len(words):
        return False
    w = words[j]
    if w == ":" or (w in TIME_WORDS and words[j + 1:j + 2] == [":"]) or "with" in words[j:j + 5]:
        return True  # "restocking: 12 rolls ...", "stock aisle 7 with 12 cases"
    if (w in ABOUT_WORDS or w in ("only", "just", "another")) and read_quantity(words, j + 1)[0] is not None:
        return True  # "lost about 20"
    return w in _OBJECT_OPENERS or read_quantity(words, j)[0] is not None or (
        preposition_at(words, j) is not None) or w in ("away", "out", "up", "off", "back", "in")


# -ing forms that say how a counted thing is kept ("there's 8 coats hanging on the hooks")
_KEPT_INGS = frozenset({"hanging", "stacked", "sitting", "lying", "standing", "resting", "stored",
                        "charging", "drying", "leaning", "piled", "stashed"})


def _participle_of_count(words: list[str], trig: Trigger, found: list[Trigger]) -> bool:
    """'we have 22 folding chairs stacked in the gym': a participle right after a counted thing
    says how it is kept, not another event."""
    w = words[trig.start]
    if not (trig.kind == "active" and (w.endswith("ed") or w in V.PARTICIPLE_ONLY or w in _KEPT_INGS)
            or trig.kind == "subject" and w in _KEPT_INGS):
        return False
    if not found or found[-1].event != V.COUNTED and found[-1].lemma != "get in" or \
            found[-1].kind not in ("have", "there", "count"):
        return False  # (an arrival said with "had", _had_in: "we've had 12 tins of baked beans in")
    between = words[found[-1].end:trig.start]
    prev = prev_word(words, trig.start)
    return bool(between) and not any(x in CLAUSE_BREAKS for x in between) and prev.isalpha() \
        and prev not in SUBJECTS and prev not in V.BE and prev not in V.HAVE


def _causative(words: list[str], trig: Trigger, found: list[Trigger]) -> bool:
    """'we've had 2 cases delivered', 'we had the old boiler removed': "had" + object + the
    participle of an event verb (not one of keeping: "we have 22 chairs stacked in the gym")."""
    if not found or found[-1].kind != "have" or trig.kind not in ("active", "subject"):
        return False
    w = words[trig.start]
    arrival = trig.kind == "subject" and w in ("come", "arrive", "turn", "show")  # "had 20 boxes come in"
    if not (w.endswith("ed") or w in V.PARTICIPLE_ONLY or arrival) or w in _KEPT_WORDS:
        return False
    have_words = words[found[-1].start:found[-1].end + 1]
    if "had" not in have_words and "'d" not in have_words:
        return False
    between = words[found[-1].end:trig.start]
    named = [x for x in between if x not in DETERMINERS]
    if arrival and is_person(named, determined=len(named) < len(between)):
        return False  # "we had the fire brigade come in": a visit, not a delivery
    return bool(between) and not any(x in CLAUSE_BREAKS for x in between) and \
        (trig.end == len(words) or words[trig.end] in CLAUSE_BREAKS or words[trig.end] in TIME_WORDS
         or preposition_at(words, trig.end) is not None or words[trig.end] in ("away", "off", "out",
                                                                            "this", "last"))


# participles that say how a counted thing is kept ("22 chairs stacked in the gym")
_KEPT_WORDS = frozenset({"stacked", "stored", "kept", "stashed", "parked", "packed", "boxed",
                         "shelved", "racked", "staged", "piled", "lined", "hung", "left", "set",
                         "put", "placed", "hidden", "locked", "sitting", "lying"})


def _gerund_after_object(words: list[str], trig: Trigger, found: list[Trigger]) -> bool:
    """'used 2 jugs of soap refilling the dispensers': an -ing clause after the object of a verb
    says what for, not another event."""
    if trig.kind != "active" or not words[trig.start].endswith("ing") or not found:
        return False
    if found[-1].kind != "active" or found[-1].blocked:
        return False
    between = words[found[-1].end:trig.start]
    prev = prev_word(words, trig.start)
    return bool(between) and not any(x in CLAUSE_BREAKS for x in between) and prev.isalpha() \
        and prev not in SUBJECTS and prev not in V.BE and prev not in V.HAVE


