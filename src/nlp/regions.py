"""Rule family: regions. The words of a clause around its event word, read into segments: one
noun phrase each, with the places said with it (`read_region`).

    "2 hammers and a box of nails to the tool shed"  -> [2 hammers] [a box of nails | to tool shed]
    "the mop to the kitchen and the bucket to the garage" -> two segments with a place each
    "from the van to shelf b3 in the garage"        -> one segment: from van, to shelf b3 in garage
    "ten hard hats five safety glasses"              -> a spoken list: two segments
    "scrapped the heater, it was sparking"           -> an aside after a comma, no second item

shapes.py decides where a clause is and what event it tells; this module only reads what and
where, so the rules of coordination, places, asides and spoken lists do not mix with the
verb rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import verbs as V
from .clause_words import ADVERBS, CLAUSE_BREAKS, past_form, prev_word
from .notations import number_in_name
from .numbers import ABOUT_WORDS, is_number_word, read_quantity, spoken_code
from .people import is_person
from .phrases import (_TIMES, CONTAINER_STATES, LEADING_WORDS, NOUN_STOPS, NounPhrase, read_noun_phrase,
                      time_ago)
from .places import (ADVERB_PLACES, DETERMINERS, MULTIWORD_PLACES, OCCASIONS, PLACE_COMPOUNDS, PLACE_HEADS,
                     ID_PLACE_HEADS, PLACE_MODIFIERS, PREPOSITIONS, RELATIVE_PREPS, STOP_WORDS, TIME_WORDS, WEEKDAY_WORDS, WEEKDAYS,
                     id_length, kept_prep, looks_like_place, nested_place, preposition_at)
from .tokens import ARROWS, Tok
from .units import NAME_MEASURES, SIZE_MEASURES, unit_of


COORDINATORS = frozenset({"and", ",", "&", "plus", "+", ";", "then", "also"})


@dataclass(slots=True)
class Place:
    role: str               # "to", "at" or "from"
    toks: list[Tok]         # the place, without its leading preposition
    prep: list[Tok]         # the preposition said


@dataclass(slots=True)
class Segment:
    """One coordinated part of a clause: a noun phrase and the places said with it."""

    toks: list[Tok] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    np: NounPhrase | None = None
    aside: tuple | None = None  # (quantity, unit, toks) said in brackets: "the zip ties (2 bags)"
    extra: list[Tok] = field(default_factory=list)  # words after its places ("... this morning")
    rescheduled: bool = False  # "to" a time was said ("moved to tuesday"): a date, not a place
    deictic: bool = False  # the place said was "there"/"here" ("put it in there")
    ordered: bool = False  # "on order"/"on back order" was said: none of it is here yet
    joined: str = ""  # the word that joined it to the segment before ("and", ","), if known


# what a thing is "on" that is a state, not a place ("on charge", "on hire", "on loan")
ON_STATES = frozenset({"charge", "hire", "loan", "rent", "lease", "trial", "standby", "order",
                       "backorder", "repair", "call"})


# who brings stock: "dropped off at the front office by the supplier"
_DELIVERER_WORDS = frozenset({"supplier", "vendor", "courier", "driver", "ups", "fedex", "dhl",
                              "usps", "mailman", "postman", "delivery", "freight", "amazon",
                              "donor", "donors", "manufacturer", "wholesaler", "distributor"})


# words that say which part of a place ("bottom shelf", "top drawer", "left side")
PART_WORDS = frozenset({"top", "bottom", "middle", "upper", "lower", "left", "right", "back",
                        "front", "rear", "far", "near", "second", "third", "first", "last"})
PART_HEADS = frozenset({"shelf", "drawer", "side", "compartment", "rack", "bin", "tray",
                        "corner", "end", "row", "level", "tier", "section", "pocket", "cupboard"})


def _part_of_place(words: list[str], j: int) -> int:
    """The end of "bottom shelf" said after a comma at words[j] when that is all the segment
    says, else 0."""
    k = j + (words[j:j + 1] == ["the"])
    if words[k:k + 1] and words[k] in PART_WORDS and words[k + 1:k + 2] and words[k + 1] in PART_HEADS \
            and (k + 2 == len(words) or words[k + 2] in CLAUSE_BREAKS):
        return k + 2
    return 0


# what a thing is taken for: a place said after "for the job" is where that is, not ours
PURPOSE_NOUNS = frozenset({"job", "jobs", "event", "events", "conference", "wedding", "party",
                           "gig", "show", "shoot", "install", "installation", "repair",
                           "project", "meeting", "fair", "festival", "concert", "match",
                           "callout", "call-out", "visit", "trip", "tour", "site", "refit"})


def _after_purpose(words: list[str], i: int) -> bool:
    """Whether words[i] follows "for the <purpose>" in the same phrase ("for the job on")."""
    k = i - 1
    if k >= 1 and words[k - 1:k + 1] == ["call", "out"]:
        k -= 1  # "for the call out at hamble"
    if k < 1 or words[k] not in PURPOSE_NOUNS and words[k] != "call":
        return False
    for m in range(k - 1, max(-1, k - 4), -1):
        if words[m] == "for":
            return True
        if words[m] in CLAUSE_BREAKS or preposition_at(words, m):
            return False
    return False


# times of day that name an occasion when said straight after a bare noun ("at coffee
# morning", "at drill night", "at quiz night"), as "X day" does
_OCCASION_TIMES = frozenset({"morning", "evening", "night", "nite"})


def _occasion_time(words: list[str], j: int, k: int) -> bool:
    """Whether the place words[j:k], cut at a time word, is the first half of an occasion:
    a bare noun and no determiner ("at coffee morning"; not "in the shed tonight", "in bay 2
    this morning")."""
    return k < len(words) and words[k] in _OCCASION_TIMES and words[j] not in DETERMINERS and \
        words[k - 1].isalpha() and words[k - 1] not in PLACE_HEADS and \
        not any(ch.isdigit() for w in words[j:k] for ch in w)


def for_whom(words: list[str], i: int) -> bool:
    """Whether the place preposition at words[i] follows "for <someone or something>" said
    after the item's own place ("off the trailer for the hallway at the smiths", "from the
    container for the new plot holder on forty two"): a place of what it is for, not ours."""
    for m in range(i - 2, max(-1, i - 7), -1):
        if words[m] == "for":
            return words[m + 1] in DETERMINERS
        if words[m] in CLAUSE_BREAKS or preposition_at(words, m):
            return False
    return False


# heads of names that join two kinds of plug: "usb c to hdmi adapter", "xlr to jack lead"
CONNECTOR_HEADS = frozenset({"adapter", "adapters", "adaptor", "adaptors", "cable", "cables",
                             "converter", "converters", "lead", "leads", "dongle", "dongles",
                             "splitter", "splitters", "cord", "cords", "coupler", "couplers"})


def _connector_name(words: list[str], i: int) -> bool:
    """Whether the "to" at words[i] joins the two ends of a cable or adapter named after it
    ("usb c to hdmi adapters in drawer 2"): its head follows within a few words, before any
    place word or break."""
    for k in range(i + 1, min(len(words), i + 5)):
        if words[k] in CONNECTOR_HEADS:
            return k > i + 1
        if words[k] in CLAUSE_BREAKS or words[k] in DETERMINERS or preposition_at(words, k):
            return False
    return False




def read_region(toks: list[Tok], trailing_quantity: bool = False, particles: bool = True) -> list[Segment]:
    """Cut a clause's words into coordinated segments, each a noun phrase with its places.

    "2 hammers and a box of nails to the tool shed" -> [2 hammers] [a box of nails | to tool shed]
    "the mop to the kitchen and the bucket to the garage" -> two segments with a place each
    "from the van to shelf b3 in the garage" -> one segment, places: from van, to shelf b3 in garage
    "ten hard hats five safety glasses" (a spoken list without "and") -> two segments
    """
    toks = _misheard_numbers(toks)
    words = [t.text for t in toks]
    each = _of_each(words)
    if each:
        # "the magenta and yellow in two of each", "red and blue mugs, 6 of each"
        start, q, k = each
        segs = read_region(toks[:start], trailing_quantity, particles)
        for seg in segs:
            if seg.np and seg.np.product and seg.np.quantity is None:
                seg.np.quantity, seg.np.quantity_toks = q, toks[k:-2]
        return segs
    segs = [Segment()]
    i, n = 0, len(words)
    apart = pending_to = -1
    while i < n:
        w = words[i]
        seg = segs[-1]
        if w == "(" and ")" in words[i:]:
            close = words.index(")", i)
            q, j = read_quantity(words, i + 1)
            if q is None and i + 2 < close and words[i + 1] in ("x", "×"):
                q, j = read_quantity(words, i + 2)  # "(x 16)"
            if q is None and _TIMES.match(words[i + 1]):
                q, j = int(words[i + 1].strip("x×")), i + 2  # "LED par cans (x16)"
            unit = unit_of(words[j]) if j < close else None
            if q is not None and j + (unit is not None) == close and seg.toks:
                seg.aside = (q, unit, toks[i + 1:close])
                i = close + 1
                continue
            if seg.toks and close == i + 2 and words[i + 1] in _BRACKET_SIZES and not seg.places:
                seg.toks.append(toks[i + 1])  # "6 helmets (small)": the size is the name's
                i = close + 1
                continue
            if (seg.toks or i == 0 and (preposition_at(words, close + 1) or close + 1 == n and not trailing_quantity)) \
                    and not any(read_quantity(words, k)[0] is not None for k in range(i + 1, close)) \
                    and not any(preposition_at(words, k) for k in range(i + 1, close)) \
                    and not _bracket_place(words[i + 1:close]):
                i = close + 1  # "gloves (nitrile, medium) x 10 boxes": a remark on the item
                # (also one said on the subject before its place: "4 mats arrived (blue) in the gym",
                # or after its verb: "2 binned (mould)")
                continue
            if seg.toks and not seg.places and _bracket_aside(words, i, close):
                i = close + 1  # "new fog machine (chauvet hurricane 1800) in the booth": its make
                continue
            if close > i + 1 and _bracket_place(words[i + 1:close]) and not seg.places and (
                    seg.toks or close + 1 == n):
                # "only 1 box left (surgery 2)", "counted 7 tubs (store room)": where, in brackets
                seg.places.append(Place("at", toks[i + 1:close], []))
                i = close + 1
                continue
        step = _coordinator(words, i)
        if w == "," and seg.places and not seg.places[-1].role == "from":
            k = _part_of_place(words, i + 1)
            if k:
                # "to cabinet A3, bottom shelf": the part of the place where it is
                seg.places[-1].toks = seg.places[-1].toks + toks[i + 1:k]
                i = k
                continue
        if step:
            # "from the van and into the shed": the places go on
            if i + step < n and preposition_at(words, i + step) and seg.toks and seg.places:
                i += step
                apart = i  # a place after "and"/"," is a place of its own, not a nested one
                continue
            if seg.toks or seg.places:
                if not seg.places and words[i + step:i + step + 1] == ["back"]:
                    # "X serviced & back on truck" (a note without a verb of its own)
                    seg.toks = done_before_joined(seg.toks + [toks[i]])[:len(seg.toks)]
                segs.append(Segment(joined=w))
            i += step
            continue
        remark_end = _remark_clause(words, i) if seg.toks or seg.places else 0
        if remark_end:
            i = remark_end  # "dumped two gallons of the syrup it went mouldy": no part of the item
            continue
        prep = preposition_at(words, i)
        if w == "out" and not seg.places and words[i + 1:i + 2] == ["the"] and \
                words[i + 2:i + 3] not in (["back"], ["front"]) and \
                (seg.toks or i == 0 and _place_end(words, i + 2) == n) and \
                looks_like_place(words[i + 2:_place_end(words, i + 2)]):
            # "took two tins out the chandlery", "have been nicked out the dressing room": "out
            # of", said short (not "threw out the old mop": no item before it; not "out the
            # back": where they were put)
            prep = ("from", i + 1)
        elif w == "out" and not seg.places and seg.toks and words[i + 1:i + 2] == ["the"] and \
                words[i + 2:i + 3] in (["back"], ["front"]):
            prep = ("at", i + 1)  # "stacked the chairs out the back of the hall": where they are
        if w == "in" and seg.toks and not seg.places and i + 1 < n and words[i + 1] in _COLOURS | _MORE_COLOURS \
                and (i + 2 == n or words[i + 2] in CLAUSE_BREAKS or _coordinator(words, i + 2)):
            seg.toks.append(toks[i + 1])  # "three rolls of vinyl in black": which of it, no place
            i += 2
            continue
        if w == "in" and (seg.toks or words[i + 1:i + 2] == ["size"]) and _size_said(words, i + 1):
            i = _size_said(words, i + 1)  # "rash vests in small", "boots - 0 left in size 9": no place
            continue
        if prep and prep[0] == "to" and (seg.toks or seg.places) and _purpose(words, prep[1]):
            # "took the projector home to fix it", "hanging in the store to dry": what for
            while i < n and words[i] not in CLAUSE_BREAKS:
                i += 1
            continue
        if prep and w in ("on", "of") and prev_word(words, i) in ("short", "low") and seg.toks:
            prep = None  # "we're short on pillowcases": no place
        if prep and w == "by" and is_number_word(prev_word(words, i)):
            prep = None  # "two by fours"
        if prep and w in ABOUT_WORDS and read_quantity(words, i + 1)[0] is not None:
            prep = None  # "spare hangers, about 100, back room": an amount
        if prep and w == "in" and _inch(words, i):
            prep = None  # "3/4 in pvc elbows": inch
        if prep and w == "to" and seg.toks and _connector_name(words, i):
            prep = None  # "usb c to hdmi adapters": a name, not a place
        if prep and not (not seg.toks and not seg.places and _np_follows(words, prep[1]) and not (
                w == "from" and words[prep[1]].isdigit() and len(words[prep[1]]) >= 3)):
            # ("missing from 519": a room said by its number)
            role, j = prep
            if w == "on" and (words[j:j + 1] in (["order"], ["backorder"], ["back-order"]) or
                              words[j:j + 2] == ["back", "order"]):
                seg.ordered = True
            if pending_to == i:
                role = "to"  # "moved the tarp from the porch to under the deck"
            if j < n and preposition_at(words, j) and role == "to" and \
                    kept_prep(words[j:preposition_at(words, j)[1]]):
                pending_to = j
                i = j
                continue
            if j < n and (preposition_at(words, j) or words[j] in TIME_WORDS and words[j] != "back"):
                # a particle before a place ("dropped it off at"), or a time ("in today",
                # "to friday"): no place
                if role == "to" and words[j] in TIME_WORDS and words[j] not in ("there", "here"):
                    seg.rescheduled = True
                if role in ("to", "at") and words[j] in ("there", "here"):
                    seg.deictic = True  # "the screws are in there too"
                i = j if preposition_at(words, j) else j + 1
                if not preposition_at(words, j) and words[i:i + 1] == ["'s"]:
                    i = _place_end(words, i + 1)  # "on Tuesday's repairs", "from today's delivery"
                continue
            k = _place_end(words, j)
            if w == "by" and k == j + 1 and words[j] not in PLACE_HEADS and seg.places:
                i = k  # "moved to the van by mike": who did it, not where
                continue
            occasion_time = w == "at" and _occasion_time(words, j, k)  # not "to marquee morning"
            if k > j and (words[k - 1] in OCCASIONS or tuple(words[k - 2:k]) == ("open", "house") or
                          occasion_time):
                i = k + 1 if occasion_time else k  # "at coffee hour", "at the PTA sale": when, not where
                if words[k:k + 1] and words[k] in WEEKDAY_WORDS:
                    i = k + 1  # "sold 30 jars at market sat": the day of it
                continue
            if k > j and role == "at" and (_after_purpose(words, i) or seg.places and for_whom(words, i)):
                i = k  # "checked out the camera for the job on Elm Street": where the job is
                continue  # ("pulled a cap off truck 12 for the unit at the bakery": the unit's place)
            if k > j and seg.places and role == "from" and _someone(
                    [t.text for t in seg.places[-1].toks if t.text not in DETERMINERS]):
                i = k  # "sold it to the guy from Pho 88": where the person is from
                continue
            if k == j + 1 and w == "on" and words[j] in ON_STATES:
                i = k  # "put the pallet jack on charge at dock door 2", "sent out on hire"
                continue
            if k > j and role == "at" and _in_relative_clause(seg, toks, i):
                i = k  # "to the family that came in late", "in the back that weren't on the system":
                continue  # a place of a relative clause said after a place is none of the item's
            if k > j and not (words[i] in ("on", "in") and words[j] in ("hand", "stock", "order")
                              and not looks_like_place(words[j:k])):  # ("in stock cupboard": a place)
                agent = w == "by" and (is_person([x for x in words[j:k] if x not in DETERMINERS]) or
                                       set(words[j:k]) & _DELIVERER_WORDS)
                if seg.places and role == "at" and seg.places[-1].role in ("to", "at", "from") \
                        and apart != i and not agent and _goes_on_place(seg, toks, i):
                    # ("... by the supplier": who, not where; "in the loft so that's four of them
                    # on the shop floor": a place after other words is no place inside it)
                    # nested: "shelf b3" + "in the garage"
                    seg.places[-1].toks = seg.places[-1].toks + toks[i:k]
                elif seg.places and role == "to" and (seg.places[-1].role == "to" or (
                        words[i:j] in (["over"], ["across"]) and seg.places[-1].role == "at")):
                    seg.places[-1].toks = seg.places[-1].toks + toks[i:k]
                else:
                    seg.places.append(Place(role, toks[j:k], toks[i:j]))
                i = k
                if 0 < k < n and _clause_after_place(words, k):
                    # "in the stores cupboard the others are out on the floor": the clause after
                    # the place runs to the next break, and no place said in it nests in this one
                    while i < n and not _coordinator(words, i) and words[i] not in (".", "!", "?", ";"):
                        i += 1
                continue
            if k == j and j < n and words[j] in ("it", "them"):
                i = j + 1
                continue
        said = 1 if w in ADVERB_PLACES else 2 if " ".join(words[i:i + 2]) in ADVERB_PLACES else 0
        if said and (seg.toks or i + said == n or words[i + said] in CLAUSE_BREAKS):
            # ("2 radios stored backstage": the item said before the verb)
            seg.places.append(Place("to", toks[i:i + said], []))  # "moved the printer upstairs"
            i += said
            continue
        if w in ARROWS:
            k = _place_end(words, i + 1)
            seg.places.append(Place("to", toks[i + 1:k], toks[i:i + 1]))
            i = k
            continue
        if seg.places and all(t.text in TIME_WORDS or t.text in ("this", "morning", "afternoon", "evening")
                              for t in seg.extra) and read_quantity(words, i)[0] is not None and \
                words[i] not in ("a", "an") and read_quantity(words, i)[1] < n and \
                unit_of(words[read_quantity(words, i)[1]]) not in (None, "item") and \
                words[read_quantity(words, i)[1] + 1:read_quantity(words, i)[1] + 2] == ["of"]:
            # "got the delivery from brakes twelve cases of chips and ...": a list starts
            segs.append(Segment([toks[i]]))
        elif seg.places:
            seg.extra.append(toks[i])  # "moved the ladder to the shed this morning"
        else:
            seg.toks.append(toks[i])
        i += 1
    segs = [part for s in segs if s.toks or s.places for part in _split_list(s, trailing_quantity)]
    at = {t.start: k for k, t in enumerate(toks)}
    segs = segs[:1] + [s for s in segs[1:] if not _aside(
        s, words[at[s.toks[0].start] - 1] if s.toks and at.get(s.toks[0].start) else "")]
    out: list[Segment] = []
    for s in segs:
        if not s.toks and out:
            held = any(p.role in ("to", "at") for p in out[-1].places)
            out[-1].places += [p for p in s.places if not (
                held and tuple(t.text for t in p.prep) in RELATIVE_PREPS)]  # "the zip ties (2 bags) to the van"
            continue
        s.toks = _time_before_amount(_remark_after_times(s.toks))
        s.np = read_noun_phrase(s.toks, trailing_quantity, particles) if s.toks else None
        if out and out[-1].np and out[-1].np.product and _which_one(s):
            # "the glass vases the thirty centimetre ones", "the e collar the small one": which
            # of them, said after the name; its places are the item's
            out[-1].places += s.places
            continue
        if out and s.places and s.np and not s.np.product and not s.np.pronoun and s.np.quantity is None:
            out[-1].places += s.places  # "4 space heaters, all in storage unit 4"
            continue
        if s.extra and s.np and s.np.product and s.np.quantity is None:
            _amount_said_after(s)  # "the gas canisters are in the loft now, all eight of them"
        if s.aside and s.np and s.np.quantity is None:
            s.np.quantity, s.np.unit, s.np.quantity_toks = s.aside[0], s.aside[1] or s.np.unit, s.aside[2]
        if out and out[-1].toks and s.toks and number_in_name(
                out[-1].np, s.np, [t.text for t in toks if out[-1].toks[-1].end <= t.start < s.toks[0].start]):
            # "Metacam 20 - 1 left": the number before the dash is the name's (notations.py)
            np = out[-1].np
            size = np.quantity_toks + ([np.unit_tok] if np.unit_tok is not None else [])
            np.product = sorted({t.start: t for t in np.product + size}.values(), key=lambda t: t.start)
            np.quantity, np.quantity_toks, np.trailing_quantity = None, [], False
            np.unit, np.unit_tok = None, None
        out.append(s)
    return out


# verbs said after "to" for what a thing was moved for ("to dry", "to fix it", "to get it
# serviced"), not where it went
_PURPOSE_VERBS = frozenset({"dry", "fix", "repair", "clean", "charge", "recharge", "cool", "thaw",
                            "defrost", "sharpen", "service", "wash", "air", "soak", "test", "check",
                            "get", "be", "keep", "use", "show", "sort", "mend", "paint", "cure",
                            "settle", "prove", "rest", "warm", "heat", "set", "finish", "drain"})


# verbs that no place name starts with, so "to" before them says what for whatever follows
# ("took the van to get fuel", "taking the quad up to check the fences")
# (not "pick", "wash", "clean" or "help": "pick area 3", "wash bay", "clean room", "help desk")
_DOING_VERBS = frozenset({"fix", "repair", "mend", "check", "get", "fetch", "collect", "sharpen",
                          "make", "measure", "replace", "inspect", "do",  # ("to do the keel")
                          "practise", "try", "learn", "wear"})  # ("took a box home to practise on")


_SIZES = frozenset({"small", "medium", "large", "xl", "xxl", "xs", "xxs", "xxxl", "petite"})


def _size_said(words: list[str], k: int) -> int:
    """Where a size said after "in" ends ("in small", "in the large size", "in size 9", "in a
    size ten"), else 0."""
    k += words[k:k + 1] in (["the"], ["a"])
    if words[k:k + 1] == ["extra"]:
        k += 1
    if k < len(words) and words[k] in _SIZES:
        if words[k + 1:k + 2] in (["size"], ["sizes"]):
            return k + 2
        end = k + 1 == len(words) or words[k + 1] in CLAUSE_BREAKS or _coordinator(words, k + 1) \
            or preposition_at(words, k + 1) is not None
        return k + 1 if end else 0  # ("in the large bin" is a place)
    if words[k:k + 1] == ["size"] and k + 1 < len(words) and read_quantity(words, k + 1)[0] is not None:
        return read_quantity(words, k + 1)[1]
    return 0


def _purpose(words: list[str], k: int) -> bool:
    """Whether words[k] opens a purpose ("to fix it", "to dry"): a verb of what is done with a
    thing, then its end, a pronoun, a determiner or a particle."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return k < len(words) and (words[k] in _DOING_VERBS or words[k] in _PURPOSE_VERBS and (
        not nxt or nxt in CLAUSE_BREAKS or nxt in ("it", "them", "up", "out", "off", "over", "down",
                                                   "properly", "overnight", "again")
        or nxt in DETERMINERS))


def _times_end(words: list[str], k: int) -> int:
    """End of an amount written "x4", "x 4" or "×4" at words[k], or 0."""
    w = words[k]
    if w[:1] in ("x", "×") and w[1:].isdigit():
        return k + 1
    if w in ("x", "×") and k + 1 < len(words) and words[k + 1].isdigit():
        return k + 2
    return 0


def _state_word(w: str) -> bool:
    """A word that says how a thing is or why it came back ("faded", "torn", "customer return")."""
    return w in REMARK_STATES or w in _BROKE_REMARKS or w in ("return", "returns", "faulty") or (
        w.endswith("ed") and len(w) > 4 and w not in PLACE_HEADS)


def _time_before_amount(toks: list[Tok]) -> list[Tok]:
    """'came in this morning ten sacks in the dry store': when, said before an amount after the
    verb, is no part of it."""
    words = [t.text for t in toks]
    k = 0
    while k < len(words) and (words[k] in TIME_WORDS and words[k] not in ("back", "here", "there")
                              or words[k] in ("this", "last") and words[k + 1:k + 2] and words[k + 1] in TIME_WORDS):
        k += 1
    if 0 < k < len(words) and words[k] not in ("a", "an") and read_quantity(words, k)[0] is not None:
        return toks[k:]
    return toks


def _remark_after_times(toks: list[Tok]) -> list[Tok]:
    """'kids harness x2 damaged, scrapped', 'yoga mats x3 customer return -> aisle 2': an amount
    written "xN" ends the name; a few plain words after it say how they are, or why (a colour or
    a size after it stays: "gloves x2 blue")."""
    words = [t.text for t in toks]
    for k in range(1, len(words) - 1):
        e = _times_end(words, k)
        rest = words[e:] if e else []
        if rest and len(rest) <= 3 and all(w.isalpha() and w not in DETERMINERS and w not in _COLOURS
                                           and w not in _SIZES and read_quantity(rest, j)[0] is None
                                           for j, w in enumerate(rest)) and unit_of(rest[0]) is None \
                and rest[0] not in ("of", "in", "on", "at", "to", "from", "by", "each", "per") \
                and _state_word(rest[-1]):
            return toks[:e]  # (not "KMC X11 chains", "stuffed toys x 12 art room")
    return toks


def _amount_said_after(seg: Segment) -> None:
    """'... in the loft now all eight of them', '... from the kennel room like ten of them':
    the amount of the item, said after its place."""
    got = amount_of_them(seg.extra)
    if got:
        seg.np.quantity, seg.np.quantity_toks = got


def amount_of_them(extra: list[Tok]) -> tuple[int | float, list[Tok]] | None:
    """The amount of "all eight of them" said after a place, and its words; else None. (Also
    for an item said before a passive: "the tarps were nicked off the trailer three of them".)"""
    words = [t.text for t in extra]
    k = 0
    while k < len(words) and (words[k] in TIME_WORDS or words[k] in ("all", "like", "about", "around",
                                                                      "maybe", "roughly", ",")):
        k += 1
    q, e = read_quantity(words, k)
    if q is not None and (words[k] not in ("a", "an") or q != 1) and words[e:] in (["of", "them"], ["of", "those"]):
        return q, extra[k:e]
    return None


def _which_one(seg: Segment) -> bool:
    """Whether a phrase says which of the things just named is meant, with "one(s)" for its
    name: "the thirty centimetre ones", "the small one fifteen centimetre", "the red ones"."""
    words = [t.text for t in seg.toks]
    return len(words) >= 2 and words[0] in ("the", "that", "those", "these") and seg.np is not None \
        and seg.np.quantity is None and any(w in ("one", "ones") for w in words[2:] + words[-1:])


# a phrase after a comma that starts like this is an aside, not another item
ASIDE_OPENERS = frozenset({"it", "they", "he", "she", "we", "i", "you", "which", "that", "this",
                           "not", "instead", "rather", "plus", "minus", "approx", "approximately",
                           "serial", "sn", "s/n", "model", "asset", "tag", "sku", "barcode", "ref",
                           "id", "part", "po", "invoice", "order", "ticket", "receipt", "note",
                           "because", "since", "as", "but", "though", "although", "thanks",
                           "there", "its", "it's", "cost", "price", "paid", "about", "roughly"})
_FINITE = frozenset({"is", "are", "was", "were", "'s", "'re", "got", "had", "has", "have", "been",
                     "will", "'ll", "would", "did", "does", "do", "should", "can", "could", "need",
                     "needs", "seems", "looks", "broke", "went", "came"})


def _aside(seg: Segment, joiner: str = ",") -> bool:
    """'scrapped the heater, it was sparking' / 'log new: drill, serial 44871, van': a phrase
    after a comma that is a remark, an id or a clause of its own, not another item."""
    words = [t.text for t in seg.toks]
    if not words:
        return False
    if words[0] in ("all", "both", "each") and not seg.places and not any(
            read_quantity(words, k)[0] is not None for k in range(1, len(words))):
        return True  # "3 heads of romaine, all slimy", "spike tape, all colors"
    if len(words) <= 2 and words[0] in REMARK_STATES:
        return True  # "the hammer drill, bad chuck", "2 tarps, both ripped"
    if len(words) <= 3 and not seg.places and not any(
            read_quantity(words, k)[0] is not None for k in range(len(words))) and (
            words[0] in _REMARK_OPENERS or len(words) >= 2 and words[0] not in DETERMINERS and (
                words[-1] in REMARK_STATES or words[-1] in _BROKE_REMARKS)):
        return True  # "binned the scanner - screen cracked, beyond repair" (a state said after
        # a part; "2 broken tables" is another item)
    if len(words) == 1 and words[0] in _COLOURS and not seg.places and joiner != "and":
        return True  # "bought 2 mops, blue": which kind, said after ("the magenta and yellow": two)
    if len(words) <= 3 and words[0] in ("gone", "turned", "went") and not seg.places and \
            read_quantity(words, 1)[0] is None:
        return True  # "binned 6 lettuces, gone slimy", "tossed the milk, turned sour"
    if words[0] in ABOUT_WORDS and len(words) <= 3 \
            and read_quantity(words, 1)[0] is not None and not any(
                "$" in w or "£" in w or "€" in w or w in _MONEY for w in words):
        return False  # "spare hangers, about 100, back room": the amount
    if joiner == "and" and words[0] in ABOUT_WORDS and read_quantity(words, 1)[0] is not None \
            and read_quantity(words, 1)[1] < len(words) and not any(
                w in _FINITE or w in _MONEY or "$" in w or "£" in w or "€" in w for w in words):
        return False  # "twelve caps and about two hundred valves": a hedged amount of another item
    if "#" in words and not (words[0] != "#" and _TIMES.match(words[-1])) or (len(words) <= 3 and words[0].endswith("ed") and len(words[0]) > 4
                        and not words[0].endswith("eed")  # ("seaweed 5 pints", "tweed")
                        and words[0] not in PLACE_HEADS and not V.lookup(words, 0)
                        and not (len(words) == 2 and read_quantity(words, 1)[0] is not None)):
        # ("salted butter 8 blocks, unsalted 12": a name and its amount)
        return True  # "(member #214)", "spilled a gallon of oil, mopped up"
    return words[0] in ASIDE_OPENERS or any(
        w in _FINITE and not (words[k] == "of" or read_quantity(words, k)[0] is not None)
        for k, w in enumerate(words[1:]))  # (not "2 pallets of can lids": a noun after "of")


# money said after an amount ("about 20 quid"): a price, not how many
_MONEY = frozenset({"quid", "pounds", "pound", "dollars", "dollar", "bucks", "euros", "euro",
                    "p", "pence", "cents", "grand", "k"})
# states said as a remark after an item, not a name of one
_COLOURS = frozenset({"red", "blue", "green", "yellow", "black", "white", "grey", "gray", "pink",
                      "purple", "orange", "brown", "clear", "silver", "gold", "navy", "beige"})
# ...and colours said only of inks, paints and vinyls ("the magenta", "in cyan")
_MORE_COLOURS = frozenset({"magenta", "cyan", "teal", "maroon", "khaki", "ivory", "cream"})
# how a thing was broken, said in a remark after it ("screen cracked", "broken heads")
_BROKE_REMARKS = frozenset({"broken", "cracked", "snapped", "bent", "dead", "burnt", "burned",
                            "smashed", "shattered", "split", "damaged", "faulty", "chipped",
                            "dented", "frayed", "kaput", "knackered", "unusable", "useless"})
# ...and remarks opened so ("beyond repair", "past it", "no good")
_REMARK_OPENERS = frozenset({"beyond", "past", "unusable", "useless", "kaput", "knackered",
                             "irreparable", "unrepairable", "wrecked"})
REMARK_STATES = frozenset({"bad", "ripped", "torn", "slimy", "rotten", "toast", "moldy", "mouldy",
                           "busted", "cracked", "leaking", "expired", "spoiled", "stale"})


# number words a recogniser writes as their sound-alikes, before a container ("add to boxes")
_SOUNDALIKE_NUMBERS = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8"}


def _misheard_numbers(toks: list[Tok]) -> list[Tok]:
    """'received to boxes of gloves' -> 2 boxes: at the start of an object, a sound-alike of a
    number before a plural container word followed by "of" is that number."""
    if len(toks) >= 3 and toks[0].text in _SOUNDALIKE_NUMBERS and toks[2].text == "of":
        unit = unit_of(toks[1].text)
        if unit and unit != toks[1].text:
            return [Tok(_SOUNDALIKE_NUMBERS[toks[0].text], toks[0].start, toks[0].end)] + toks[1:]
    return toks


def done_before_joined(toks: list[Tok]) -> list[Tok]:
    """'the kiln wash mixed and | put in the kiln room', 'fire extinguisher serviced & | back on
    truck': a past form closing the words before a joined event verb is a verb of its own (what
    was done to the thing first), not the end of its name."""
    if len(toks) >= 3 and toks[-1].text in ("and", "&") and _past_form(toks[-2].text) and \
            toks[-3].text.isalpha():
        return toks[:-2]
    return toks


def _past_form(word: str) -> bool:
    return len(word) > 4 and word.isalpha() and word.endswith("ed") and not word.endswith("eed")


def _inch(words: list[str], i: int) -> bool:
    """'in' after a fraction or a size and before a name is the inch ("3/4 in pvc elbows")."""
    prev, nxt = prev_word(words, i), words[i + 1] if i + 1 < len(words) else ""
    return ("/" in prev and prev[:1].isdigit() or prev.replace(".", "").isdigit() and "." in prev) \
        and nxt.isalnum() and nxt not in DETERMINERS and nxt not in PLACE_HEADS


def _coordinator(words: list[str], i: int) -> int:
    """Length of the coordinator at words[i] ("and", ",", "as well as"), or 0."""
    w = words[i]
    if w == "and":
        prev, nxt = prev_word(words, i), words[i + 1] if i + 1 < len(words) else ""
        if prev in ("hundred", "thousand") and is_number_word(nxt):
            return 0  # "two hundred and fifty"
        if words[i + 1:i + 3] == ["a", "half"] and read_quantity(words, i - 1)[0] is not None:
            return 0  # "twelve and a half gallons"
        if (prev, "and", nxt) in MULTIWORD_PLACES:
            return 0
        return 1
    if w == "&" and (prev_word(words, i), "&", words[i + 1] if i + 1 < len(words) else "") \
            in MULTIWORD_PLACES:
        return 0  # "lost & found"
    if w in COORDINATORS or w in ("(", ")", ":", "-"):
        return 1  # ("-" standing alone: "added 1 webcam - conf rm")
    if w == "as" and words[i + 1:i + 3] == ["well", "as"]:
        return 3
    if w in ("along", "together") and words[i + 1:i + 2] == ["with"]:
        return 2
    return 0


_PREPOSITION_WORDS = frozenset(w for p in PREPOSITIONS for w in p) | {"of", "for", "with", "about"} | STOP_WORDS


def _split_list(seg: Segment, counting: bool = False) -> list[Segment]:
    """A spoken list without "and" or commas: "ten hard hats five safety glasses two first aid
    kits", "three cases of water two bags of coffee". Cut before a quantity that follows a noun,
    when the phrase itself started with a quantity. In a count the number may come after each
    name: "ladders 3 drills 2" is cut after the number."""
    words = [t.text for t in seg.toks]
    if not words:
        return [seg]
    # "the grinder the heat gun and the shop vac": a determiner after a noun starts a new item
    starts = [k for k in range(1, len(words)) if (words[k] in ("the", "our", "my") or (
              words[k] in ("a", "an") and words[k - 1].endswith("s") and len(words[k - 1]) > 3))
              and words[k - 1].isalpha() and words[k - 1] not in DETERMINERS
              and words[k - 1] not in ("and", "or", "but", "than", "then", "half", "plus")
              and words[k - 1] not in LEADING_WORDS and not is_number_word(words[k - 1])
              and words[k - 1] not in _PREPOSITION_WORDS and not V.lookup(words, k - 1)]
    if starts:
        parts, last = [], 0
        for c in starts + [len(words)]:
            parts.append(Segment(seg.toks[last:c], []))
            last = c
        parts[-1].places = seg.places
        return [p for part in parts for p in _split_list(part, counting)]
    # ("today six boxes of ...", "about a hundred and fifty slates": the amount opens it)
    lead = next((k for k, w in enumerate(words) if w not in _WHEN_WORDS and w not in ABOUT_WORDS), 0)
    if read_quantity(words, lead)[0] is None:
        if not counting:
            return [seg]
        cuts: list[int] = []
        for k in range(1, len(words) - 1):
            q, j = read_quantity(words, k)
            if q is not None and words[k] not in ("a", "an") and j < len(words) \
                    and words[k - 1].isalpha() and words[k - 1] not in PLACE_HEADS \
                    and words[k - 1] not in _ID_WORDS \
                    and words[k - 1] not in LEADING_WORDS and words[k - 1] not in ADVERBS \
                    and not is_number_word(words[k - 1]) and words[j] not in NAME_MEASURES \
                    and unit_of(words[j]) is None and read_quantity(words, j)[0] is None \
                    and not _model_number(words[k]) and spoken_code(words, k) is None \
                    and words[j] != "=" and (not cuts or cuts[-1] < k):  # ("bowls 1.8 = 14": the name's)
                cuts.append(j)
        if len(cuts) == 1 and not any(read_quantity(words, k)[0] is not None for k in range(cuts[0], len(words))):
            cuts.pop()  # "rosco 80 gel", "win 11 pro keys": a tally gives each name its number,
            # so one number with a name going on after it, and no number there, is in the name
        if not cuts:
            return [seg]
        parts, last = [], 0
        for c in cuts + [len(words)]:
            if c > last:
                parts.append(Segment(seg.toks[last:c], []))
            last = c
        parts[-1].places = seg.places
        return parts
    cuts = []
    k = 1
    while k < len(words) - 1:
        q, j = read_quantity(words, k)
        prev = words[k - 1]
        if q is not None and _size_then_count(words, j):
            break  # "1lb jars 6 cases": the first amount is the size of the name
        if q is not None and j < len(words) and words[k] not in ("a", "an") and prev.isalpha() \
                and not is_number_word(prev) and prev not in DETERMINERS and len(prev) > 2 \
                and prev not in ("size", "number", "model", "type", "of", "x", "by", "and", "point") \
                and (prev.endswith("s") or unit_of(words[j]) is not None or prev in _MASS_NOUNS) \
                and words[j] not in NAME_MEASURES:
            cuts.append(k)
            k = j
            continue
        k += 1
    if not cuts:
        return [seg]
    parts, last = [], 0
    for c in cuts + [len(words)]:
        parts.append(Segment(seg.toks[last:c], []))
        last = c
    parts[-1].places = seg.places
    return parts


def _size_then_count(words: list[str], j: int) -> bool:
    """Whether a phrase opened by a size ("1 lb jars", "4 lb lead weights") ends at words[j]
    with the count of the thing (a number, or one of containers: "6 cases", "38"), not with
    another amount of a measure ("3 lb coffee 2 lb sugar" is a list)."""
    e = read_quantity(words, 0)[1]
    if len(words) < e + 3 or unit_of(words[e]) not in SIZE_MEASURES and words[e] not in ("mil", "mm"):
        return False  # ("fourteen mil two boxes": a size said short)
    return j == len(words) or j == len(words) - 1 and unit_of(words[j]) not in SIZE_MEASURES | {None}


_WHEN_WORDS = frozenset({"today", "yesterday", "also", "finally", "then", "recently", "already"})


def _model_number(word: str) -> bool:
    """Four or more digits after a word are a part or model number, not an amount ("wix 51515
    oil filters 6", "dell latitude 5440")."""
    return word.isdigit() and len(word) >= 4


# words a number after is an id of, not an amount ("size 9 boots", "model 3 drills")
_ID_WORDS = frozenset({"size", "number", "no", "model", "type", "#", "version", "gen", "series",
                       "mark", "mk", "grade", "class", "part", "stage", "phase", "level", "cat",
                       "gauge", "ply", "step", "tier", "zone"})
# nouns said without a plural that a spoken list may end on ("three cases of water two bags")
_MASS_NOUNS = frozenset({"water", "coffee", "paper", "tape", "sugar", "flour", "rice", "milk",
                         "oil", "glue", "wrap", "soap", "bleach", "tea", "salt", "cable", "wire"})


def _np_follows(words: list[str], j: int) -> bool:
    """After a particle-like preposition at the start of an object ("got in 5 boxes", "brought
    in the chairs"), the words are the item, not a place."""
    if j >= len(words):
        return False
    w = words[j]
    return read_quantity(words, j)[0] is not None and w not in ("a", "an") or w in ("some", "all", "more")


_SPANS_OF_TIME = frozenset({"week", "time", "month", "year", "day", "along", "night", "long",
                            "weekend", "summer", "winter", "season", "shift", "term", "semester",
                            "fortnight"})


# finite forms of be and have that end a place said before them (not the clitics: "the
# caretaker's store" keeps its "'s")
FINITE_BE_HAVE = frozenset({"is", "are", "was", "were", "am", "has", "have", "had"})


# subjects that start a clause of their own after a place
_PLACE_ENDING_SUBJECTS = frozenset({"i", "we", "they", "he", "she", "you", "someone", "somebody",
                                    "nobody", "everyone", "anyone"})


# forms of be after "it"/"they" that open a clause of its own ("... it was full")
_BE_AFTER_SUBJECT = frozenset({"was", "is", "'s", "were", "are", "'re", "had", "has", "'d", "got"})


# a size said alone in brackets after a name ("helmets (small)", "paper bags (large)")
_BRACKET_SIZES = frozenset({"small", "medium", "large", "xs", "xl", "xxl", "s", "m", "l", "sm",
                            "med", "lg", "adult", "junior", "youth", "mens",
                            "womens", "mini", "regular", "tall", "short", "long"})


def _of_each(words: list[str]) -> tuple[int, int | float, int] | None:
    """An amount said once for every item of a list, at its end: "... in two of each", ", 6
    of each" -> (where the list ends, the amount, where "of each" ends); else None."""
    if len(words) < 5 or words[-2:] != ["of", "each"]:
        return None
    k = len(words) - 3
    while k > 0 and is_number_word(words[k - 1]):
        k -= 1  # ("twenty five of each")
    q, e = read_quantity(words, k)
    if q is None or e != len(words) - 2:
        return None
    start = k - (words[k - 1] in (",", "in", "-", "x"))
    return (start, q, k) if start > 0 and ("and" in words[:start] or "," in words[:start]) else None


def _bracket_aside(words: list[str], i: int, close: int) -> bool:
    """Whether the brackets at words[i:close + 1], said right after a name, only say more about
    that thing: its make or code ("(chauvet hurricane 1800)", "(TKT 5542)"), where it came from
    ("(trial from brigade HQ)", "(gift from Mara)") or a size said with its number ("(80 mesh)",
    "(4 gang)", "(2nd one)"). Never an amount ("(3 bottles)", "(2 in the van)"), a place
    ("(van 2 drawer)", "(bay 1)"), a list ("(2 adult, 2 child)") or a phrase opened by a
    preposition ("(from the van)")."""
    inner = words[i + 1:close]
    if not inner or any(not w.isalnum() for w in inner) or preposition_at(words, i + 1) or \
            inner[0] in ID_PLACE_HEADS or inner[0] in PLACE_HEADS or _bracket_place(inner):
        return False
    q, j = read_quantity(words, i + 1)
    if q is not None or inner[0].isdigit():
        # a number, then one word of its size or order that is no container, state or place
        return j + 1 == close and words[j].isalpha() and not unit_of(words[j]) and \
            not preposition_at(words, j) and words[j] not in ADVERBS and len(words[j]) > 2 and \
            words[j] not in _BRACKET_AMOUNT_WORDS and words[j] not in CONTAINER_STATES
    if inner[0] in DETERMINERS or V.lookup(words, i + 1) or inner[0] in STOP_WORDS:
        return False
    if any(read_quantity(words, k)[0] is not None for k in range(i + 1, close)):
        # "(chauvet hurricane 1800)": a code after a word of the name, not a place with its number
        return not any(w in ID_PLACE_HEADS or w in PLACE_HEADS for w in inner)
    return any(preposition_at(words, k) for k in range(i + 2, close))


# words of an amount's state said after its number in brackets ("(3 left)", "(2 spare)", "(12 total)")
_BRACKET_AMOUNT_WORDS = frozenset({"left", "spare", "new", "total", "each", "extra", "more", "remaining",
                                   "used", "old", "free", "missing", "broken", "in", "out"})


def _bracket_place(words: list[str]) -> bool:
    """A place said in brackets, maybe with its part after a comma ("(store room, shelf D)")."""
    parts = " ".join(words).split(" , ")
    return len(parts) <= 2 and all(looks_like_place(p.split()) or nested_place(p.split()) for p in parts)


def _id_place_ends(words: list[str], i: int) -> bool:
    """Whether a place noun with its id ("bay 2", "shelf d") is said at words[i] and ends the
    words or its bracket: the part of the place said before a comma."""
    if i >= len(words) or words[i] not in ID_PLACE_HEADS:
        return False
    e = i + 1 + id_length(words, i + 1)
    return e > i + 1 and (e == len(words) or words[e] in (")", ".", "!"))


def _remark_clause(words: list[str], i: int) -> int:
    """Where a remark said as a clause of its own after a name or a place ends ("dumped two
    gallons of the syrup it went mouldy", "lost a cable in the gallery it fell behind the
    rail"): "it" after a noun, then a past verb; 0 when none starts at words[i]. It runs to
    the next "and" or break, so an item said after it stays one."""
    if words[i] != "it" or i == 0 or i + 1 >= len(words) or not words[i - 1].isalnum() \
            or words[i - 1] in DETERMINERS or preposition_at(words, i - 1) or V.lookup(words, i - 1):
        return 0
    nxt = words[i + 1]
    if not (V.other_verb(nxt) or past_form(nxt)):
        return 0
    k = i + 2
    while k < len(words) and not _coordinator(words, k) and words[k] not in (".", "!", "?", ";"):
        k += 1
    return k


# "it's"/"its" as said or typed, opening a remark about the thing ("its leaking")
_IT_IS = (("its",), ("it", "'s"), ("it", "is"), ("they", "'re"), ("theyre",), ("they", "are"))


# (clause_ends.remark_starts also ends a name at "its", with any word after; the two differ, so
# neither calls the other: swapping either for the other changes a devset row)
def state_clause(words: list[str]) -> bool:
    """Whether words say how the thing is as a clause of their own ("its leaking", "it's a
    honeywell", "they're not charging"): "it's" or "they're", then a determiner, "not" or an
    -ing form, which no place is said with."""
    for lead in _IT_IS:
        n = len(lead)
        if tuple(words[:n]) == lead and words[n:n + 1] and (
                words[n] in ("a", "an", "not", "still", "all", "now", "broken", "dead", "bust")
                or words[n].endswith("ing") and len(words[n]) > 4):
            return True
    return False


# a person said as what they are, after "to" ("sold it to a man from the theatre"); not
# roles of their own (a "six man tent", "man u87" are things)
# (added to people.ROLES, not a copy; parser._TRADE_PEOPLE is who follows a trade word)
_ANYONE = frozenset({"man", "men", "woman", "women", "gentleman", "bloke", "fella", "chap"})


def _someone(words: list[str]) -> bool:
    """Whether a place said before is a person ("the guy", "a man", "the conservator")."""
    return is_person(words) or (words[-1:] != [] and words[-1] in _ANYONE)


# how a thing is, said after its place ("in the minibus ready for saturday", "on bench two
# waiting for the husky", "in the dairy maturing", "in surgery full"): no part of the place
_STATES_AFTER = frozenset({"ready", "full", "empty", "waiting"})
# nouns in -ing that are places or parts of them ("the kitchen ceiling", "the top landing")
_ING_PLACES = frozenset({"ceiling", "landing", "building", "shelving", "decking", "railing",
                         "siding", "flooring", "staging", "parking", "seating", "housing",
                         "racking", "fencing", "scaffolding", "clothing", "bedding"})


def _state_after_place(words: list[str], k: int) -> bool:
    """Whether words[k] says how the thing is, after the place said before it: a state word or
    an -ing form, with nothing named after it (the end, a break, "for" or a preposition; "the
    drying room", "the sorting table" are places)."""
    w = words[k]
    if not (w in _STATES_AFTER or (w.endswith("ing") and len(w) > 5 and w.isalpha()
                                   and w not in _ING_PLACES and w not in PLACE_HEADS
                                   and w not in OCCASIONS and w not in TIME_WORDS)):
        return False  # ("from the Smith wedding", "at the staff meeting": when)
    if words[k - 1] in DETERMINERS or words[k - 1] in PLACE_MODIFIERS or words[k - 1] in TIME_WORDS:
        return False  # ("in the last firing": when)
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is None or nxt in STOP_WORDS or nxt in (",", ".", "-", "!", ";", "(") or \
        bool(preposition_at(words, k + 1))


# determiners that open a noun phrase of its own after a place ("... the guests couldn't")
_NEW_NP_OPENERS = frozenset({"the", "a", "an", "some", "my", "our", "his", "her", "their", "your"})
# what follows the subject of a clause: a modal, a form of be or have, a clitic, a negation
_AFTER_SUBJECT = frozenset({"could", "would", "should", "can", "ca", "wo", "will", "must", "might",
                            "may", "did", "does", "do", "'s", "'re", "'ve", "'d", "'ll", "n't",
                            "is", "are", "was", "were", "has", "have", "had", "got", "went", "came"})
# a remark of not knowing, or of surprise, said after a place ("... no idea whose it is", "...
# of all places")
_REMARKS_AFTER_PLACE = (("no", "idea"), ("not", "sure"), ("no", "clue"), ("dunno",),
                        ("of", "all", "places"))


def _clause_goes_on(words: list[str], m: int) -> bool:
    """Whether words[m], after a noun phrase, goes on as its clause: a modal, be, have or a
    clitic ("the guests could n't", "the can 's split"), or a past verb ("the old one cracked")."""
    w = words[m]
    if w in _AFTER_SUBJECT:
        return w != "'s" or m + 1 == len(words) or words[m + 1] in ("not", "n't", "been", "gone") \
            or words[m + 1] in _BROKE_REMARKS or words[m + 1].endswith("ing") or past_form(words[m + 1])
    return w.isalpha() and w not in PLACE_HEADS and (V.other_verb(w) or w in _BROKE_REMARKS or (
        past_form(w) and w.endswith("ed") and not V.maybe_noun(w)))


def _subject_after_place(words: list[str], k: int) -> bool:
    """Whether words[k], right after a place, opens the subject of a clause of its own: a
    determiner and a few words of a noun, then a verb, a modal or a clitic, or the end of the
    words (the clause was cut at its verb, read as an event of its own): "in the pirate room the
    guests couldn't find it", "on the seventh some kid nicked it", "in the chemical store the old
    one cracked"; or a name and its "'s" ("out of van three priya's borrowing them"). Not a
    place inside the place ("in the garage the top shelf"), nor a name said with "of" ("the
    back of the ranger") or before a noun ("the caretaker's store")."""
    n = len(words)
    letter = words[k - 1] == "a" and k >= 2 and (words[k - 2] in ID_PLACE_HEADS or words[k - 2] in PLACE_HEADS)
    if (words[k - 1] in DETERMINERS and not letter) or words[k - 1] in STOP_WORDS or preposition_at(words, k - 1):
        return False  # (after "studio a" the "a" is the place's letter)
    if words[k] in _NEW_NP_OPENERS:
        m = k + 1
        while m < n and m - k <= 4 and words[m].isalpha() and (words[m] not in DETERMINERS or
                                                              words[m] in ("one", "ones")) and \
                words[m] not in STOP_WORDS and not _coordinator(words, m) and \
                not preposition_at(words, m) and not (m > k + 1 and _clause_goes_on(words, m)):
            m += 1
        if m == k + 1 or words[m - 1] in PLACE_HEADS or words[m - 1] in PART_HEADS or \
                words[m - 1] in _ING_PLACES or words[m - 1] in TIME_WORDS | _SPANS_OF_TIME:
            return False
        if m < n and _clause_goes_on(words, m):
            return True
        # (at the end a lone "a" may be the letter of a place said before: "on shelf a two",
        # "by the studio a door")
        return m == n and words[k] not in ("a", "an")
    return words[k].isalpha() and words[k] not in PLACE_HEADS and words[k + 1:k + 2] == ["'s"] and \
        (k + 2 == n or _clause_goes_on(words, k + 1))


def _goes_on_place(seg: Segment, toks: list[Tok], i: int) -> bool:
    """Whether a place at toks[i] may be a place inside the segment's last one: said right
    after it, or after only a time ("in the van this morning in the glovebox"; not after a
    source: "from truck seven there in the warehouse" is where they are now)."""
    last = seg.places[-1].toks[-1:]
    m = i - 1
    while last and m >= 0 and toks[m] is not last[0]:
        if seg.places[-1].role == "from":
            return False
        remark = next((r for r in _REMARKS_BETWEEN_PLACES if m + 1 - len(r) >= 0 and
                       tuple(t.text for t in toks[m + 1 - len(r):m + 1]) == r), None)
        if remark:  # "on shelf 3 for now in the garage", "on the hook as usual in the office"
            m -= len(remark)
            continue
        if toks[m].text not in TIME_WORDS and toks[m].text not in ("this", "last"):
            return False
        m -= 1
    return True


# remarks of how long or how usual, said between a place and the place it is in
_REMARKS_BETWEEN_PLACES = (("for", "now"), ("for", "safe", "keeping"), ("for", "safekeeping"),
                           ("as", "usual"), ("as", "normal"), ("as", "always"),
                           ("for", "the", "time", "being"))


def _in_relative_clause(seg: Segment, toks: list[Tok], i: int) -> bool:
    """Whether a relative clause ("that", "which", "who") opens between the segment's last
    place and the preposition at toks[i]: a place said there is the clause's."""
    last = seg.places[-1].toks[-1:] if seg.places else []
    m = i - 1
    while last and m >= 0 and toks[m] is not last[0]:
        if toks[m].text in ("that", "which", "who", "whose"):
            return True
        m -= 1
    return False


def _clause_after_place(words: list[str], k: int) -> bool:
    """Whether what is said from words[k], right after a place, is a clause or a remark of its
    own: a subject and its verb, or a remark of not knowing."""
    return _subject_after_place(words, k) or any(
        tuple(words[k:k + len(r)]) == r for r in _REMARKS_AFTER_PLACE)


def _place_end(words: list[str], j: int) -> int:
    """Where a place that starts at words[j] ends: at punctuation, a conjunction, a time word,
    another preposition (a nested place, read separately), or another verb."""
    k = j
    n = len(words)
    while k < n:
        w = words[k]
        if k > j and (tuple(words[k - 1:k + 2]) in MULTIWORD_PLACES or
                      (words[k - 1], w) in PLACE_COMPOUNDS):
            k += 1  # "lost and found", "the walk in"
            continue
        if w == "," and k > j and _id_place_ends(words, k + 1):
            k += 1  # "in aisle 3, bay 2", "(store room, shelf D)": the second is inside the first
            continue
        if _coordinator(words, k) or w in (".", "!", "?", ";", "-", "(", ")") or w in ARROWS:
            break
        if w in STOP_WORDS and w not in ("this", "last", "next", "each", "every", "total") and \
                not (w in NOUN_STOPS and (k == j or words[k - 1] in DETERMINERS)):  # ("from till 2")
            break  # ("behind the till": the cash register, not "until")
        if w in WEEKDAYS and (k == j or words[k - 1] in DETERMINERS) and k + 1 < n and words[k + 1].isalpha() and \
                words[k + 1] not in TIME_WORDS and not preposition_at(words, k + 1):
            k += 1  # "the Sunday school room"
            continue
        if w in TIME_WORDS and w not in ("back", "first", "last") and (k > j or w != "there"):
            break
        if w in ("this", "last", "next", "all", "whole") and k + 1 < n and \
                words[k + 1] in TIME_WORDS | _SPANS_OF_TIME:
            break  # "in my truck all week", "in the van the whole time"
        if (w == "the" or w == "a" and k > j) and words[k + 1:k + 2] == ["whole"]:
            break
        if w in ("the", "this", "last") and words[k + 1:k + 2] and words[k + 1] in ("weekend", "night", "morning") \
                and not (k + 2 < n and words[k + 2].isalpha() and not preposition_at(words, k + 2)
                         and words[k + 2] not in ("and", "so", "but", "then")):
            break  # "stolen from the pitch store at the weekend": when, not a place inside it
            # ("moved to the night shift" is a place)
        if k > j and (w in ("all", "about", "around", "roughly", "maybe") and
                      read_quantity(words, k + 1)[0] is not None or
                      read_quantity(words, k)[0] is not None and
                      words[read_quantity(words, k)[1]:read_quantity(words, k)[1] + 2] in (["of", "them"], ["of", "those"])):
            break  # "from the kennel room ten of them", "in the loft all eight of them"
        if k > j and time_ago(words, k):
            break  # "to the hall a few weeks ago", "in the van two days ago"
        if w in _PLACE_ENDING_SUBJECTS and (k == j or words[k - 1] not in DETERMINERS | {"of"}):
            break  # "gone from the loading dock someone must've taken it": a new clause
        if k > j and w in ("it", "they", "that") and words[k + 1:k + 2] and words[k + 1] in _BE_AFTER_SUBJECT:
            break  # "disposed of the sharps bin in the sluice room it was full": a remark after
        if k > j and _remark_clause(words, k):
            break  # "lost a cable in the fly gallery it fell behind the rail"
        if k > j and _state_after_place(words, k):
            break
        if k > j and _clause_after_place(words, k):
            break  # "in the stores cupboard the others are out", "... no idea whose it is"
        if k > j and words[k - 1] not in DETERMINERS and state_clause(words[k:]):
            break  # "in the back of truck nine its a honeywell": what it is, said after
        if k > j and preposition_at(words, k) and words[k] != "of":
            break
        if k > j and read_quantity(words, k)[0] is not None:
            q_end = read_quantity(words, k)[1]
            if q_end < n and unit_of(words[q_end]) and unit_of(words[q_end]) != words[q_end]:
                break  # "stocktake for the break room six boxes of tea": the list starts
        if k > j and words[k - 1] not in DETERMINERS and (w in FINITE_BE_HAVE or V.other_verb(w)):
            break  # "the blue bin in the yard is for cardboard", "the staff room smells funny"
        if k > j and words[k - 1] not in DETERMINERS and V.lookup(words, k) and not V.maybe_noun(w) \
                and w not in PLACE_HEADS and w not in ("left", "right"):  # ("stage left")
            break
        k += 1
    return k


# what "in"/"on"/"at" said first may be that is how much or when, not where ("we have in stock
# 20 boxes", "on hand", "in total", "sold in the end 3 chairs", "at the moment", "on top")
_NOT_A_FIRST_PLACE = ON_STATES | {"stock", "hand", "total", "all", "use", "service", "time", "end",
                                  "moment", "meantime", "beginning", "middle", "past", "future",
                                  "top", "hold", "advance", "general", "fact", "case", "particular",
                                  "addition", "average", "person"}


# "in the end", "at the moment", "in the meantime" said before the things: when, no place
_WHEN_SAID_FIRST = frozenset({"end", "moment", "meantime"})
# the same said as "at present", "at the minute", "at this point" (words after the preposition)
_WHEN_PHRASES_FIRST = frozenset({("present",), ("the", "minute"), ("this", "minute"), ("this", "point"),
                                 ("that", "point"), ("the", "present"), ("this", "moment")})
# a hedge or a word of how many said where a one-word place would be ("put in about 8 litres of
# oil", "put in another 2 bags", "put in a further 2 pallets"): the amount's, not a place
_HEDGES_NOT_PLACES = ABOUT_WORDS | frozenset({
    "probably", "perhaps", "possibly", "approx", "another", "extra", "only", "further", "just",
    "exactly", "additional", "more", "some", "several"})


def place_then_things(toks: list[Tok]) -> tuple[Place | None, list[Tok]] | None:
    """A place said right after the verb, before the things, as some non-native speakers order
    it: "I put in the minibus 8 helmets", "we have now in container four oil castrol and
    filter yamaha ten", "i take from the rack four hood", "I put in vehicle 2 the sam splint 4".
    The things start at an amount followed by a word of their name, or at "the", after at
    least one word of the place ("in bay 2 10 boxes": the first number is the bay's; "on shelf
    4 boots": the number before a name is its amount). The place (None when the phrase only
    said when) and the words after it, else None."""
    words = [t.text for t in toks]
    prep = preposition_at(words, 0) if words else None
    if not prep or words[0] in ("by", "over", "across", "along") or prep[1] >= len(words):
        return None
    j = prep[1]
    k = _place_end(words, j)
    s = j + (words[j] in DETERMINERS)
    if s == j + 1 and s + 1 < len(words) and words[s] in _WHEN_SAID_FIRST and \
            read_quantity(words, s + 1)[0] is not None:
        return None, toks[s + 1:]  # "sold in the end 3 chairs", "we have at the moment 4 ladders": when
    if s + 1 < len(words) and words[s] in _HEDGES_NOT_PLACES and read_quantity(words, s + 1)[0] is not None:
        # "put in about 6 boxes", "put in a further 2 pallets": the verb's particle, then a hedged
        # amount, no place ("took from about 3 shelves 20 books" is left to the region reader)
        # (a hedge the noun phrase reader does not drop, "probably", "a further", goes here)
        things = toks[j:] if s == j and words[s] in LEADING_WORDS else toks[s + 1:]
        return (None, things) if words[0] == "in" and j == 1 else None
    for when in _WHEN_PHRASES_FIRST:
        e = j + len(when)
        if tuple(words[j:e]) == when and e < len(words) and read_quantity(words, e)[0] is not None:
            return None, toks[e:]  # "we have at present 4 ladders", "at the minute 12 chairs": when
    if s >= k or words[s] in _NOT_A_FIRST_PLACE or not words[s].isalpha() or preposition_at(words, s):
        return None
    for m in range(s + 1, min(k + 1, s + 5, len(words))):
        w, before = words[m], words[m - 1]
        if before in DETERMINERS or before == "of" or not (before.isalnum()):
            continue
        if w == "the" and m <= k:  # (at k when the place reader ended the place there, taking
            start = m              # "the stretcher" at the end for a clause of its own)
        else:
            q, e = read_quantity(words, m)
            if q is None or w in ("a", "an", "one") and before in ID_PLACE_HEADS or e >= len(words):
                continue
            nxt = words[e]
            if not nxt.isalpha() or nxt in DETERMINERS or nxt in STOP_WORDS or nxt in TIME_WORDS \
                    or preposition_at(words, e) or is_number_word(nxt) or nxt == "of" \
                    or before in ID_PLACE_HEADS and nxt in PLACE_HEADS:
                continue  # ("in bay 2 10 boxes", "to rail 1 area": the place's number)
            start = m
        place = Place(prep[0], toks[j:start], toks[:j])
        if not all(t.text.isalnum() for t in place.toks) or not (
                looks_like_place([t.text for t in place.toks]) or
                len([t for t in place.toks if t.text not in DETERMINERS]) <= 2):
            return None
        return place, toks[start:]
    if k + 1 < len(words) and words[k] == "now" and k > s and looks_like_place(words[j:k]):
        # "In garage now is the pressure washer and two chainsaws", "back in the saw shed now
        # the two six one": what is there now, said after it
        start = k + 1 + (words[k + 1] in ("is", "are", "'s", "'re"))
        if start < len(words) and words[start].isalnum():
            return Place(prep[0], toks[j:k], toks[:j]), toks[start:]
    return None


def product_segments(segs: list[Segment]) -> list[Segment]:
    """The segments that name a thing, or stand for one ("it", "them")."""
    return [s for s in segs if s.np and (s.np.product or s.np.pronoun)]


def amount_each(pre: list[Tok], post: list[Tok], counted: bool) -> tuple[list[Segment], list[Place]] | None:
    """'hair nets + bun pins running out, 1 pack each left', 'the red and blue markers both
    down to 2 boxes each': items said together, then one amount for each of them. The items
    with that amount, and the places said after it; else None."""
    words = [t.text for t in pre]
    if words[-1:] == ["each"] and "each" not in [t.text for t in post]:
        # ("..., 1 pack each left": the amount before the count word)
        k = next((k for k in range(len(words) - 2, 0, -1) if read_quantity(words, k)[0] is not None
                  and read_quantity(words, k)[1] + (unit_of(words[read_quantity(words, k)[1]]) is not None)
                  == len(words) - 1), None)
        if k is None:
            return None
        pre, post = pre[:k], pre[k:] + post
    if "each" not in [t.text for t in post]:
        return None
    after = read_region(post, counted)
    if len(after) != 1 or not after[0].np or after[0].np.quantity is None or \
            (after[0].np.product and not after[0].np.unit_only):
        return None
    toks = [t for t in pre if t.text not in ("both", "all", ",")]
    items = product_segments(read_region(toks, counted))
    if len(items) < 2 or any(s.np.quantity is not None for s in items):
        return None
    amount = after[0].np
    for s in items:
        s.np.quantity, s.np.quantity_toks = amount.quantity, amount.quantity_toks
        s.np.unit, s.np.unit_tok = amount.unit, amount.unit_tok
    return items, after[0].places


def split_total(segs: list[Segment]) -> list[Segment]:
    """'got 4 new chairs, 2 in the hall and 2 in the office': a total said with the name and no
    place, then its parts, each an amount with its place: the first part takes the name's
    phrase (the parts after it are read as more of the same item)."""
    if len(segs) < 3 or not segs[0].np or not segs[0].np.product or segs[0].np.quantity is None \
            or segs[0].places:
        return segs
    parts = segs[1:]
    if not all(s.np and s.np.quantity is not None and (not s.np.product or s.np.unit_only) and s.places
               for s in parts) or sum(s.np.quantity for s in parts) != segs[0].np.quantity:
        return segs
    first = segs[0]
    first.np.quantity, first.np.quantity_toks = parts[0].np.quantity, parts[0].np.quantity_toks
    first.places = parts[0].places
    return [first] + parts[1:]
