"""Rule family: notes written as a heading, a colon and a list.

The heading may say the event, the place, both, or neither (then a list of amounts is a
count). Words that name a document ("PO 4471", "order 8812") or a time ("EOD", "monday") are
not the place; a shop or supplier ("Office Depot drop") is where things came from, not where
they are.

    "kitchen: flour 2 bags, sugar 4 bags"          -> counted, at kitchen
    "Par check walk-in cooler: milk 6 gallons"     -> counted, at walk-in cooler
    "Site trailer inventory: 6 hard hats, ..."     -> counted, at site trailer
    "van 2 restock: 4 tarps, 6 bungee cords"       -> added, at van 2
    "PO 4471 rcvd: 3 cs trash bags, 2 cs plates"   -> added, no place
    "Inbound: 3 cartons of packing tape"           -> added
    "lost: padlock, storage unit 4"                -> removed (the place is in the list)

A list with its own event word ("Turnover unit 7: took 2 light bulbs") is not read here, nor
a heading that names the item ("hp 26a toner: 5 in supply closet").
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import verbs as V
from .bare_places import names_a_spot, sorts_product
from .notations import clock_or_date
from .numbers import read_quantity
from .places import (DETERMINERS, STAGE_SIDES, ID_PLACE_HEADS, PLACE_HEADS, PLACE_MODIFIERS, TIME_WORDS, is_shop,
                     preposition_at)
from .phrases import _TIMES as _TIMES_RE, on_container
from .shapes import COUNT_HEADINGS, NEW_HEADINGS, Trigger, find_triggers
from .tallies import spoken_tally_cuts
from .tokens import ARROWS, Tok
from .units import UNITS, plural

MAX_HEADING_WORDS = 8
# heading words that say the event (beyond the verbs and the count/new headings of shapes.py)
EVENT_NOUNS: dict[tuple[str, ...], str] = {
    ("inbound",): V.ADDED, ("incoming",): V.ADDED, ("drop",): V.ADDED, ("dropoff",): V.ADDED,
    ("drop", "off"): V.ADDED, ("delivery",): V.ADDED, ("arrivals",): V.ADDED,
    ("receiving",): V.ADDED, ("received",): V.ADDED, ("restock",): V.ADDED,
    ("par", "check"): V.COUNTED, ("par", "count"): V.COUNTED, ("par",): V.COUNTED,
    ("on", "hand"): V.COUNTED, ("backstock",): V.COUNTED, ("inv",): V.COUNTED,
    # typed spellings of a count ("Stockcheck back room:", "stock chk rack b:")
    ("stockcheck",): V.COUNTED, ("chk",): V.COUNTED,
    ("cnt",): V.COUNTED, ("count",): V.COUNTED, ("counts",): V.COUNTED, ("check",): V.COUNTED,
    ("outbound",): V.REMOVED, ("outgoing",): V.REMOVED, ("used",): V.REMOVED,
    ("usage",): V.REMOVED, ("issued",): V.REMOVED, ("waste",): V.REMOVED,
    ("wastage",): V.REMOVED, ("wasted",): V.REMOVED, ("breakages",): V.REMOVED,
    ("spoilage",): V.REMOVED, ("losses",): V.REMOVED,
    ("remaining",): V.COUNTED, ("left",): V.COUNTED,
    ("totals",): V.COUNTED, ("stock", "levels"): V.COUNTED, ("levels",): V.COUNTED,
    ("numbers",): V.COUNTED, ("quantities",): V.COUNTED, ("qty",): V.COUNTED,
    # what is thrown out, said as a heading ("scrap: bent hand truck", "trash - 2 old chairs")
    ("scrap",): V.REMOVED, ("scrapped",): V.REMOVED, ("trash",): V.REMOVED,
    ("trashed",): V.REMOVED, ("disposal",): V.REMOVED, ("disposed",): V.REMOVED,
    ("write", "off"): V.REMOVED, ("write", "offs"): V.REMOVED, ("written", "off"): V.REMOVED,
    ("binned",): V.REMOVED, ("e-waste",): V.REMOVED,
}
# ...which are a heading only said alone ("trash bags:", "scrap metal:" name things)
_ALONE_ONLY = frozenset({("scrap",), ("trash",), ("binned",), ("disposal",), ("e-waste",)})
EVENT_NOUNS.update({p: V.COUNTED for p in COUNT_HEADINGS})
EVENT_NOUNS.update({p: V.ADDED for p in NEW_HEADINGS if p != ("in",)})
# a goods received note ("GRN 40112: 20 x ...") lists what arrived
EVENT_NOUNS[("grn",)] = V.ADDED
_LONGEST_FIRST = sorted(EVENT_NOUNS, key=len, reverse=True)
# moves that, to a shop or supplier, leave stock
_SENT_AWAY = frozenset({"send", "return", "ship", "send back", "ship back", "take back", "take"})
# words around an event word in a heading ("add new item:", "log new:")
_EVENT_FILLERS = frozenset({"new", "item", "items", "add", "log", "stuff", "things", "today"})
# ...and the words for stock at large that "new" may open a heading with ("New kit: 6x transoms,
# yard", "New line in: ... x12, front shop bay 4"): what came, not where; only after "new", as
# "kit room count:" and "line 2 stocktake:" name places
# (not all of parser.GENERIC_STOCK: "New returns: 3 kettles, back office" or "New overstock:
# 12 boxes" would then read differently than they do; kept as it is in a tidy-up)
_NEW_WHAT = frozenset({"kit", "kits", "gear", "line", "lines", "supplies", "equipment", "parts", "goods",
                       "lot", "batch"})
DELIVERY_EVENTS = frozenset({("drop",), ("delivery",), ("shipment",), ("dropoff",), ("drop", "off"),
                             ("order",), ("inbound",), ("incoming",)})
_NOT_PLACE_WORDS = frozenset({"","we", "i", "they", "he", "she", "you", "a", "an", "some", "just",
                              "also", "finally", "here", "is", "are", "was", "were", "'s",
                              "now", "has", "have", "holds"})  # ("walk-in now has:": the place has)
# words that open a document reference: the id after them is no place
DOC_WORDS = frozenset({"po", "order", "invoice", "ticket", "wo", "ref", "job", "req", "rma", "grn",
                       "shipment", "tracking", "#", "no", "number", "asset", "tag"})
# times said in headings
HEADING_TIMES = TIME_WORDS | frozenset({"eod", "sod", "eow", "weekly", "daily", "monthly",
                                        "nightly", "quick", "final", "am", "pm", "end", "day",
                                        "start", "shift", "of", "opening", "closing", "this",
                                        "past", "so", "far", "to", "date"})


# how a place is, said after it as a heading ("kitchen: closed for cleaning")
_PLACE_STATES = frozenset({"closed", "open", "locked", "shut", "flooded", "clean", "tidy", "busy",
                           "quiet", "done", "finished", "full", "empty", "cleaned", "tidied",
                           "swept", "mopped", "sorted", "ok", "fine", "messy"})


@dataclass(slots=True)
class Heading:
    trigger: Trigger          # the event (a heading word, or the list itself for a bare count)
    place: list[Tok]          # where every item of the list is; [] when the heading names none
    body: list[Tok]           # the list after the colon


def read_heading(toks: list[Tok], triggers: list[Trigger],
                 is_place: Callable[[list[str]], bool]) -> Heading | None:
    """The heading of a 'HEADING: list' note, or None when the sentence is not one."""
    words = [t.text for t in toks]
    if ":" in words:
        c = words.index(":")
    elif "-" in words[1:MAX_HEADING_WORDS + 1] and _dash_heading(words[:words.index("-")], triggers,
                                                                    is_place):
        c = words.index("-")  # "dry store stocktake - flour 3 sacks", "bin 12 - m6 nuts 200"
    else:
        return None
    if not 1 <= c <= MAX_HEADING_WORDS or c == len(words) - 1:
        return None
    to_place = _arrow_to_place(words, c, triggers)
    if to_place is not None and is_place(words[c + 1:to_place.start]):
        to_place = None  # "mv socket set: van 2 -> workshop": from one place to another
    if to_place is not None:
        triggers = [t for t in triggers if t is not to_place]
    if any(t.start > c for t in triggers) or any(t.kind == "arrow" for t in triggers):
        return None  # the list says its own events ("lobby -> conf rm B: 6 chairs" is a move)
    head, body = toks[:c], toks[c + 1:]
    moved_list = False
    if to_place is not None and _heading_event(words[:c], triggers)[0] is None and \
            not is_place(words[:c]) and _every_amount_named(words[c + 1:to_place.start]):
        moved_list = True  # "feed: 12 bags layer pellets, 4 bags scratch grains -> feed room"
    elif to_place is not None:
        if _heading_event(words[:c], triggers)[0] not in (V.ADDED, V.COUNTED):
            return None  # ("kitchen: 3 chairs -> hall", "returned: 2 tents -> gear room" move them)
        # "Linen delivery: 60 bath towels, 40 hand towels -> linen room": where the list went
        body = [Tok("-", t.start, t.end) if k + c + 1 == to_place.start else t
                for k, t in enumerate(body)]
    hw = words[:c]
    if any(t.start < c and (t.kind not in ("active", "count") or t.zero) for t in triggers):
        return None  # "out of stock: bleach", "only 3 left: ..." are shapes of their own
    if not _has_names([t.text for t in body]):
        return None  # "received gloves: 5": the heading names the item
    event, lemma, ev_span = _heading_event(hw, [t for t in triggers if t.start < c])
    if tuple(hw[ev_span[0]:ev_span[1]]) in DELIVERY_EVENTS and not (
            ev_span[0] > 0 and is_place(hw[:ev_span[0]]) and not is_shop(hw[:ev_span[0]])):
        # "Sysco drop:", "Grainger delivery:": who delivered stands before; a place only after
        # ("dry store delivery:", "kitchen delivery:" say where it went)
        hw = [w if k >= ev_span[1] else "" for k, w in enumerate(hw)]
    rest = _place_words(hw, ev_span)
    if event in (V.COUNTED, V.ADDED) and 0 < ev_span[0] and ev_span[1] < len(hw) and \
            _place_after_event(hw[ev_span[1]:], is_place) and not is_place(hw[:ev_span[0]]):
        # "towel count linen room:": what is counted before the count word, where after it
        # (and what is restocked: "PPE restock chem store:")
        rest = hw[ev_span[1]:]
        hw = [w if k >= ev_span[1] else "" for k, w in enumerate(hw)]
    if rest and event is not None and not is_place(rest) and not _has_names(_without_places(
            [t.text for t in body])):
        return None  # "counted the life rings: 6 on the pontoon": the heading names the item
    if rest and event is not None and not is_place(rest) and _first_part_unnamed(
            [t.text for t in body]):
        return None  # "counted petg filament: 4 spools, shelf 2": the same, then its place
    spot = _amount_then_place([t.text for t in body], is_place) if rest and event is not None and \
        not is_place(rest) else 0
    if spot:
        # "stage pin cables counted: 22, stage right", "studs counted: 40 (stores)": the heading
        # names the item, the list says its amount and then where it is
        item = [head[k] for k in rest_idx(hw, ev_span)]
        place = [t for t in body[spot + 1:] if t.text not in (")", ".")]
        if sorts_product([t.text for t in place]):
            item, place = place + item, []  # "Gloves counted: 12, large": which of them, no place
        trig = Trigger(ev_span[0], ev_span[1], lemma, event, "count" if event == V.COUNTED else "active")
        return Heading(trig, place, item + body[:spot])
    if is_shop(rest) and event != V.COUNTED:
        rest = []  # "Office Depot drop": the supplier, not the place (a count is of our shop)
        if event == V.MOVED and lemma in _SENT_AWAY:
            event = V.REMOVED  # "sent back to vendor: 2x laptop dock": it left stock
    place = [head[k] for k in rest_idx(hw, ev_span) if not clock_or_date(hw[k])] if rest else []
    # ("Kiosk count 14:00 -", "stocktake 3/6 -": when it was written, not where; notations.py)
    if place and event == V.REMOVED and _said_to(hw, rest_idx(hw, ev_span)[0]):
        # "Sold to unit 114: 10 medium boxes, ...", "Lent to Jen: 2 hay nets": who got what left
        # stock (a buyer, a borrower, a customer's unit), never where it was taken from
        place = []
    rest = [w for w in rest if not clock_or_date(w)]
    numbered = any(w in DOC_WORDS and any(ch.isdigit() for ch in "".join(hw[k + 1:k + 3]))
                   for k, w in enumerate(hw))
    if place and event is not None and (lemma not in ("count", "new", ":") or numbered and event == V.ADDED) \
            and not is_place(rest) and set(hw) & DOC_WORDS:
        # "received the wine order: 3 cases red": what was ordered, not where; "Delivery - Sally
        # Pro order #44871:": who sent the numbered order
        place = []
    if place and event == V.ADDED and "from" in hw[ev_span[1]:]:
        place = []  # "delivery from sysco:": who it came from
    body_words = [t.text for t in body]
    if event is None and body_words and body_words[0] in ("+", "-") and len(body_words) > 1 and \
            read_quantity(body_words, 1)[0] is not None:
        # "rm 204: +1 whiteboard": a change said with a sign
        event, lemma, ev_span = (V.ADDED if body_words[0] == "+" else V.REMOVED), body_words[0], (c, c + 1)
        body = body[1:]
    if moved_list:
        event, lemma, ev_span, place = V.MOVED, "->", (c, c + 1), []
    if event == V.ADDED and lemma == "restock" and "from" in body_words and (
            "into" in body_words or "to" in body_words):
        event = V.MOVED  # "claw restock: 1 bag plush mix into claw 1 from stock room": from ours
    if event is None and body_words and body_words[0] in _PLACE_STATES:
        return None  # "kitchen: closed for cleaning": how the place is
    if event is None and rest and is_place(rest) and not _has_amounts(body_words) and \
            _has_names(body_words):
        # "bay 3: pallet jack, hand truck": where these things are
        event, lemma, ev_span = V.MOVED, ":", (c, c + 1)
    if event is None:
        # no event said: a place and a list of amounts is a count ("kitchen: flour 2 bags",
        # "Pharmacy: 12 boxes of gauze"); a heading before a list that says its own places is a
        # label ("Housekeeping: 0 disinfectant wipes on floor 3")
        if any(preposition_at(body_words, k) and preposition_at(body_words, k)[0] == "to"
               for k in range(len(body_words))) or any(w in ARROWS for w in body_words):
            return None  # "Customer return: 2 Yeti tumblers back to the sales floor" moves
        if not rest or not _has_amounts(body_words) or not (
                is_place(rest) or _every_amount_named(body_words)):
            return None  # ("gloves: 0, site trailer": the heading names the item)
        event, lemma, ev_span = V.COUNTED, "count", (c, c + 1)
        if not is_place(rest) and is_place(_last_part(body_words)):
            place = []  # "mics: 6 lapel, 2 handheld, booth": the heading names the kind
    if to_place is not None:
        place = []  # ("Kitchen delivery: ... -> dry store": the arrow says where they went)
    kind = "count" if event == V.COUNTED else "active"
    trig = Trigger(ev_span[0], ev_span[1], lemma, event, kind)
    return Heading(trig, place, body)


def _arrow_to_place(words: list[str], c: int, triggers: list[Trigger]) -> Trigger | None:
    """The one arrow that closes the list of a heading with a place after it ("...: 60 bath
    towels, 40 hand towels -> linen room"), or None."""
    after = [t for t in triggers if t.start > c]
    if len(after) != 1 or after[0].kind != "arrow":
        return None
    a = after[0].start
    tail, body = words[a + 1:], words[c + 1:a]
    if not tail or len(tail) > 5 or any(w in (",", ";", "and", "&") or w in ARROWS for w in tail) or \
            not _has_amounts(body):
        return None
    return after[0]


def _place_after_event(after: list[str], is_place: Callable[[list[str]], bool]) -> bool:
    """Whether the heading words after its event word are a place: one known, or up to three
    plain words ending in a place noun ("KB count wts floor:")."""
    return is_place(after) or 1 < len(after) <= 3 and all(w.isalpha() for w in after) and \
        after[-1] in PLACE_HEADS and not any(w in DETERMINERS for w in after)


def _heading_event(hw: list[str], triggers: list[Trigger]) -> tuple[str | None, str, tuple[int, int]]:
    """The event the heading says, its lemma and where it is said."""
    for trig in triggers:
        if trig.blocked:
            continue
        event = trig.event
        if event in (V.TAKE, V.THROW):
            event = V.REMOVED  # "taken: 2 tarps" has no destination
        return event, trig.lemma, (trig.start, trig.end)
    for k in range(len(hw)):
        for phrase in _LONGEST_FIRST:
            if tuple(hw[k:k + len(phrase)]) == phrase:
                if phrase in _ALONE_ONLY and len(hw) > len(phrase):
                    continue  # "trash bags: 2 boxes" names the item
                if k and tuple(hw[k - 1:k + 1]) in STAGE_SIDES:
                    continue  # "stage left: 1 steamer" is a place, not a count of what is left
                return EVENT_NOUNS[phrase], " ".join(phrase), (k, k + len(phrase))
    return None, "", (0, 0)


def _dash_heading(hw: list[str], triggers: list[Trigger], is_place: Callable[[list[str]], bool]) -> bool:
    """Whether the words before a lone "-" are a heading: a count or event word ("shop floor
    count -") or a place with an id ("Locker 17 -"); not an item ("pressure washer - back rm")."""
    if any(t.start < len(hw) and (t.kind not in ("active", "count") or t.zero) for t in triggers):
        return False
    if any(read_quantity(hw, k)[0] is not None and hw[k + 1:k + 2] and hw[k + 1] in UNITS
           for k in range(len(hw))):
        return False  # "2 rolls of chicken wire received - potting shed": the item, then its place
    if any(tuple(hw[k:k + len(p)]) == p for p in _LONGEST_FIRST if p not in _ALONE_ONLY
           for k in range(len(hw))):
        return True
    return len(hw) >= 2 and hw[-2] in ID_PLACE_HEADS and is_place(hw)


def _new_what_alone(hw: list[str], k: int, ev_span: tuple[int, int]) -> bool:
    """Whether hw[k] is a word for stock at large said right after "new" and standing alone as
    the heading's word ("New kit:", "New line in:", "new kit for the van:"); one that opens a
    compound names a thing or a place ("New kit bag: 1", "new supplies cupboard: 10 boxes")."""
    if hw[k] not in _NEW_WHAT or not k or hw[k - 1] != "new":
        return False
    after = k + 1
    if hw[after:after + 1] == ["in"]:
        after += 1  # ("line in": what came in)
    while after < len(hw) and (hw[after] in DOC_WORDS or any(ch.isdigit() for ch in hw[after])):
        after += 1  # ("New lot number 445:": the lot's id)
    return after == len(hw) or after == ev_span[0] or hw[after] == "for" or bool(preposition_at(hw, after))


def rest_idx(hw: list[str], ev_span: tuple[int, int]) -> list[int]:
    """Indexes of the heading words that may name the place: not the event, a document id, a
    time, a leading preposition or determiner."""
    keep: list[int] = []
    k = 0
    while k < len(hw):
        if ev_span[0] <= k < ev_span[1]:
            k = ev_span[1]
            continue
        said = next((p for p in _LONGEST_FIRST if tuple(hw[k:k + len(p)]) == p), None)
        if said and k and tuple(hw[k - 1:k + 1]) in STAGE_SIDES:
            said = None  # "stage left": the side of the stage, not "left" (a count)
        if said and ev_span[1] > ev_span[0] and k + len(said) < len(hw) and hw[k + len(said)] in PLACE_HEADS \
                and (k + len(said) + 1 in (len(hw), ev_span[0]) or hw[k + len(said) + 1] in ("(", ")", "-")):
            said = None  # "Stock room count:": an event word before a place noun, the heading's
            # event said elsewhere, names the place
        if said or hw[k] in _EVENT_FILLERS or _new_what_alone(hw, k, ev_span):
            k += len(said) if said else 1  # "log new:", "add new item:", "new stock:"
            continue
        w = hw[k]
        if w in DOC_WORDS:
            k += 1
            while k < len(hw) and (any(ch.isdigit() for ch in hw[k]) or hw[k] in ("#", "no")):
                k += 1  # "PO 4471", "order # 8812"
            continue
        if w in HEADING_TIMES and not keep and not (
                w in PLACE_MODIFIERS and k + 1 < len(hw) and hw[k + 1].isalpha()
                and hw[k + 1] not in HEADING_TIMES):
            k += 1  # ("back bar", "first floor" are places, not times)
            continue
        if w == "(" and keep and ")" in hw[k:]:
            k = hw.index(")", k) + 1  # "Shop floor stocktake (Xmas):": a remark after the place
            continue
        if w in _NOT_PLACE_WORDS or w in ("(", ")", "-"):
            k += 1  # "we got in a new shipment:": who and which, not where; "count (van):"
            continue
        keep.append(k)
        k += 1
    # a leading preposition or determiner ("count at the coffee station") is not the place
    while keep and (preposition_at(hw, keep[0]) or hw[keep[0]] in DETERMINERS or
                    hw[keep[0]] in ("for", "of")):
        prep = preposition_at(hw, keep[0])
        skip = prep[1] - keep[0] if prep else 1
        keep = keep[skip:]
    return keep


def _said_to(hw: list[str], k: int) -> bool:
    """Whether the heading's place words (from hw[k]) follow a "to" preposition ("sold to",
    "lent out to"): where things went, not where they were."""
    while k and hw[k - 1] in DETERMINERS:
        k -= 1  # ("given to the school:")
    return any(preposition_at(hw, j) == ("to", k) for j in range(max(0, k - 3), k))


def _place_words(hw: list[str], ev_span: tuple[int, int]) -> list[str]:
    return [hw[k] for k in rest_idx(hw, ev_span)]


def _has_names(body: list[str]) -> bool:
    """Whether the list names things, not only amounts ("5", "14 rolls", "3 left", "7 big
    bales": a word on a container said before it names nothing)."""
    return any(w.isalpha() and len(w) > 1 and w not in UNITS and read_quantity(body, k)[0] is None
               and w not in ("left", "total", "each", "only", "about", "and", "in", "on", "at")
               and not (k and read_quantity(body, k - 1)[1] == k and on_container(body, k))
               or w[:1].isalpha() and any(ch.isdigit() for ch in w)  # a code: "4x R32 9kg"
               for k, w in enumerate(body))


def _without_places(body: list[str]) -> list[str]:
    """The list without the places said in it ("6 on the pontoon" -> "6")."""
    out: list[str] = []
    k = 0
    while k < len(body):
        if preposition_at(body, k):
            while k < len(body) and body[k] not in (",", "and", ";", "&"):
                k += 1
            continue
        out.append(body[k])
        k += 1
    return out


def _every_amount_named(body: list[str]) -> bool:
    """Whether each amount of the list comes with a name of its own ("12 boxes of gauze, 3
    bottles of iodine"), so the heading names no item."""
    parts: list[list[str]] = [[]]
    for w in body:
        if w in (",", "and", ";", "&", "(", ")", "-"):  # ("6 - shed": an amount, then its place)
            parts.append([])
        else:
            parts[-1].append(w)
    # a name is said before the place of its part ("2 in the kitchen" names nothing)
    parts = [p[:next((k for k in range(len(p)) if preposition_at(p, k)), len(p))] for p in parts]
    amounts = [p for p in parts if _has_amounts(p)]
    return bool(amounts) and all(_has_names(p) for p in amounts)


def _first_part_unnamed(body: list[str]) -> bool:
    """Whether the list opens with an amount and its container only ("4 spools, ...")."""
    first = body[:body.index(",")] if "," in body else body
    return len(first) == 2 and read_quantity(first, 0)[0] is not None and first[1] in UNITS \
        and first[0] not in ("a", "an")


def _amount_then_place(body: list[str], is_place: Callable[[list[str]], bool]) -> int:
    """Where the amount ends when the list is one bare amount, then a place after a comma or in
    brackets ("22, stage right", "40 (stores)"): what the heading names is counted there; else 0."""
    q, e = read_quantity(body, 0) if body[:1] not in (["a"], ["an"]) else (None, 0)
    if q is None or e >= len(body) or body[e] not in (",", "("):
        return 0
    place = [w for w in body[e + 1:] if w not in (")", ".")]
    ok = bool(place) and (body[e] == "," or body[-1] == ")") and (
        is_place(place) or names_a_spot(place) or sorts_product(place))
    return e if ok else 0


def _last_part(body: list[str]) -> list[str]:
    """The list's words after its last comma."""
    k = len(body) - 1 - body[::-1].index(",") if "," in body else -1
    return body[k + 1:]


def _has_amounts(body: list[str]) -> bool:
    return any((read_quantity(body, k)[0] is not None and body[k] not in ("a", "an"))
               or _TIMES_RE.match(body[k]) for k in range(len(body)))  # ("x45", "10x")


# words that open the place of a count heading said without its colon ("stock count for the van")
_COUNT_PLACE_PREPS = frozenset({"for", "in", "at", "of", "on"})
_SPOKEN_COUNT = (("stock", "count"), ("stock", "take"), ("stocktake",), ("stock", "check"),
                 ("inventory", "count"), ("inventory", "check"), ("cycle", "count"), ("count",))


def name_without_count_word(product: list[Tok], toks: list[Tok]) -> list[Tok]:
    """The name of a counted thing said as a count heading ("stretch wrap count er we've got
    five rolls", "Goggles count lab 3: 28", "piriton um stock count there's fifteen boxes"): the
    count words say the event, not the name, so they are dropped. When the name is said again
    after them ("laces count the two forty laces we've got nine packs"), the second, fuller
    saying is the name. Anything else is left as it was: a name that opens with a count word,
    "count" alone, and "count" after a number and a noun, where it measures the thing ("12
    sheets of 400 thread count")."""
    words = [t.text for t in product]
    if _count_qualified(product, toks):
        return product
    for k in range(1, len(words)):
        said = next((p for p in _SPOKEN_COUNT if tuple(words[k:k + len(p)]) == p), None)
        if said is None:
            continue
        before, after = product[:k], product[k + len(said):]
        while after and after[0].text in DETERMINERS:
            after = after[1:]
        if not after:
            return before
        if _same_head(before[-1].text, after[-1].text):
            return after
        return product
    return product


def _count_qualified(product: list[Tok], toks: list[Tok]) -> bool:
    """Whether the name is a singular noun then "count", said right after a number ("400 thread
    count", "a 100 sheet count"): there "count" measures the thing; it is no count heading."""
    if len(product) != 2 or product[1].text != "count" or product[0].text.endswith("s"):
        return False
    at = next((k for k, t in enumerate(toks) if t.start == product[0].start), None)
    return bool(at) and toks[at - 1].text.isdigit()


def place_without_count_word(product: list[Tok], place: list[Tok] | None) -> tuple[list[Tok], list[Tok] | None]:
    """The name and place of a counted thing when a count word was read into the place: a
    count said in brackets is no place ("patch plugs: 6mm x 30 (stocktake)"), nor the count
    word of a heading said right after the name ("Chairs count hall: 40" is at the hall,
    "Helmets cycle count bay 4: 22" too)."""
    if not place:
        return product, place
    words = [t.text for t in place if t.text not in ("(", ")")]
    if any(tuple(words) == p for p in _SPOKEN_COUNT):
        return product, None
    said = next((p for p in _SPOKEN_COUNT if tuple(words[:len(p)]) == p), None)
    if not product or said is None or place[0].start - product[-1].end > 1:
        return product, place  # ("counted 5 sheets in the stock count folder": a place's name)
    if len(product) > 1 and (product[-1].text, words[0]) in _SPOKEN_COUNT:
        product = product[:-1]  # "cycle | count bay 4": the count words read into both
    rest = [t for t in place if t.text not in ("(", ")")][len(said):]
    return product, rest or None


def _same_head(a: str, b: str) -> bool:
    """Whether two words are one noun, singular or plural ("laces", "lace", "boxes", "box",
    "glass", "glasses"; stripping an "s" made "boxes" "boxe", another noun than "box")."""
    return len(a) > 2 and (a == b or plural(a) == b or plural(b) == a)


def _named_amount(part: list[str]) -> bool:
    """One part of a spoken tally: a name and its number, either way round ("tea bags sixty",
    "forty toilet rolls"); the name has no number of its own."""
    if not 2 <= len(part) <= MAX_HEADING_WORDS or "a" in part or "an" in part:
        return False
    numbers = [k for k in range(len(part)) if read_quantity(part, k)[0] is not None]
    if not numbers or not all(w.isalpha() or k in numbers for k, w in enumerate(part)):
        return False
    first_end = read_quantity(part, numbers[0])[1]
    if numbers[0] == 0:  # "forty toilet rolls": the number, then only the name
        return not [k for k in numbers if k >= first_end] and first_end < len(part)
    return first_end == len(part)  # "tea bags sixty"


# ...and arrivals said so ("new stuff in the office a label printer and two barcode scanners")
_SPOKEN_NEW = (("new", "stuff"), ("new", "stock"), ("new", "items"), ("new", "things"),
               ("new", "arrivals"), ("new", "deliveries"))


def _amount_first(part: list[str]) -> bool:
    """One part of a spoken list of arrivals: an amount ("a", "two", "3 boxes of"), then a name."""
    q, e = read_quantity(part, 0) if part else (None, 0)
    if part[:1] in (["a"], ["an"]):
        q, e = 1, 1
    return q is not None and 0 < len(part) - e <= MAX_HEADING_WORDS and \
        all(w.isalpha() or w == "of" for w in part[e:])


def _place_then_count(words: list[str], heads: frozenset) -> int:
    """Where the colon goes in "cellar count wine glasses forty tumblers twelve": a short place
    ending in a place noun, a count word, then a tally with a number; else 0."""
    for k in range(1, min(4, len(words) - 2)):
        n = next((len(p) for p in _SPOKEN_COUNT if tuple(words[k:k + len(p)]) == p), 0)
        if n and words[k - 1] in heads and words[0] not in DETERMINERS and all(w.isalpha() for w in words[:k]) \
                and words[k + n] not in _COUNT_PLACE_PREPS and words[k + n] not in ("is", "was", "of") and \
                any(read_quantity(words, j)[0] is not None for j in range(k + n, len(words))):
            return k + n
    return 0


def spoken_count_heading(toks: list[Tok]) -> list[Tok]:
    """A count heading said without its colon, then a tally ("stock count for the floor two
    trolley toilet rolls forty and tea bags sixty") is read as if the colon were said after the
    place: the place ends at its last place noun before the tally. So is a heading of arrivals
    before a list of amounts ("new stuff in the office a label printer and two scanners")."""
    from .places import ID_PLACE_HEADS as _ID, PLACE_HEADS, STRONG_PLACE_HEADS
    words = [t.text for t in toks]
    if ":" in words or "-" in words or any(w in ARROWS for w in words):
        return toks
    place_first = _place_then_count(words, PLACE_HEADS | STRONG_PLACE_HEADS | _ID)
    if place_first:  # "cellar count wine glasses forty tumblers twelve"
        return _with_colon(toks, place_first, spoken_tally_cuts(words[place_first:]) or [])
    said = next((p for p in _SPOKEN_COUNT + _SPOKEN_NEW if tuple(words[:len(p)]) == p), None)
    if said in _SPOKEN_COUNT and said != ("stock", "take"):
        be = next((k for k in range(len(said) + 2, min(len(words), len(said) + 7))
                   if words[k] in ("is", "was") and words[k - 1] in PLACE_HEADS | STRONG_PLACE_HEADS | _ID), 0)
        if be and words[len(said)] in _COUNT_PLACE_PREPS and read_quantity(words, be + 1 + (words[be + 1:be + 2] == ["uh"]))[0] is not None:
            # "count in the cellar is forty wine glasses": the count's place, then its tally
            return toks[:be] + [Tok(":", toks[be].start, toks[be].end)] + toks[be + 1:]
    if not said or words[len(said):len(said) + 1] == [] or words[len(said)] not in _COUNT_PLACE_PREPS:
        return _stocktake_place_tally(toks)
    part_ok = _named_amount if said in _SPOKEN_COUNT else _amount_first
    start = len(said) + 1
    while start < len(words) and words[start] in DETERMINERS:
        start += 1
    heads = PLACE_HEADS | STRONG_PLACE_HEADS | _ID
    for k in range(len(words) - 2, start, -1):
        if words[k - 1] not in heads:
            continue
        parts: list[list[str]] = [[]]
        for w in words[k:]:
            if w in (",", "and", "&", ";"):
                parts.append([])
            elif w not in (".", "!"):
                parts[-1].append(w)
        parts = [p for p in parts if p]
        if len(parts) >= 2 and all(part_ok(p) for p in parts):
            colon = Tok(":", toks[k - 1].end, toks[k - 1].end)
            return toks[:k] + [colon] + toks[k:]
    return _stocktake_place_tally(toks)


# a count said as a verb before its place ("counted the barn sixty crates and three ladders")
_COUNTED_OPENERS = (("counted",), ("counted", "up"))


def _stocktake_place_tally(toks: list[Tok]) -> list[Tok]:
    """'stocktake honey house super frames thirty foundation sheets two packs', 'counted the
    loading dock ten par cans four c clamps': a count word, its place ending in a place noun,
    then a tally said without commas. Read as 'stocktake honey house: super frames thirty,
    foundation sheets two packs', so the place is every item's (headings) and each part is an
    item of its own."""
    from .places import ID_PLACE_HEADS as _ID, PLACE_COMPOUNDS, PLACE_HEADS, STRONG_PLACE_HEADS, id_length, place_suffix
    words = [t.text for t in toks]
    said = next((p for p in _SPOKEN_COUNT + _COUNTED_OPENERS if tuple(words[:len(p)]) == p), None)
    if said is None:
        return toks
    start = len(said) + (words[len(said):len(said) + 1] in [[p] for p in _COUNT_PLACE_PREPS])
    while start < len(words) and words[start] in DETERMINERS:
        start += 1
    heads = PLACE_HEADS | STRONG_PLACE_HEADS | _ID
    for end in range(start + 1, min(len(words), start + 5)):
        if read_quantity(words, end - 1)[0] is not None or words[end - 1] in ("in", "on", "at") \
                and (words[end - 2], words[end - 1]) not in PLACE_COMPOUNDS:  # ("walk in cooler")
            break  # ("stocktake folding tables two room 204": the tally said first; "counted the
            # wax rings in bay four": the thing, then its place)
        if not words[end - 1].isalpha() or words[end - 1] not in heads or words[end] in heads:
            continue  # ("stock room", "walk in cooler": the place goes on to its last head)
        # "stock take unit four washing up liquid nine": an id after the place noun, if the
        # rest is still a tally ("loading dock ten par cans four clamps" has none); a place noun
        # said alone has its id ("stock check cage four forty two of ...")
        ends = [end + id_length(words, end)] if words[end - 1] in _ID and id_length(words, end) else []
        ends += [end] if end - start > 1 or not ends else []
        for e in ends:
            having = next((len(p) for p in _SAID_HAVING if tuple(words[e:e + len(p)]) == p), 0)
            tally = words[e + having:]
            cuts = spoken_tally_cuts(tally)
            if cuts is not None and place_suffix(tally, 0) == len(tally):
                # ("stocktake folding tables two room two oh four": the place said last)
                return _with_colon(toks[:e] + toks[e + having:], e, cuts)
        break
    return toks


# said between the place of a spoken count and its tally ("counted the shed there's ten rakes")
_SAID_HAVING = (("there", "'s"), ("there", "are"), ("there", "is"), ("we", "'ve", "got"),
                ("we", "have"), ("we", "got"))


def _with_colon(toks: list[Tok], colon: int, cuts: list[int]) -> list[Tok]:
    """toks with a colon said before toks[colon] and a comma before each cut of the list after
    it (cuts count from the colon); the new marks take no room in the text."""
    out = toks[:colon] + [Tok(":", toks[colon - 1].end, toks[colon - 1].end)]
    for k, t in enumerate(toks[colon:]):
        if k in cuts:
            out.append(Tok(",", out[-1].end, out[-1].end))
        out.append(t)
    return out


_NEW_SAID = frozenset(p for p in NEW_HEADINGS if p[0] == "new")


def _bracketed_new(toks: list[Tok]) -> list[Tok]:
    """'PE bibs (new item) - 20, PE shed' is read as 'PE bibs - new item, 20, PE shed': a new
    thing's name with "new item" in brackets after it, then its amount and place."""
    words = [t.text for t in toks]
    if "(" not in words[1:4]:
        return toks
    b = words.index("(", 1)
    e = next((k for k in range(b + 1, min(len(words), b + 4)) if words[k] == ")"), None)
    if e is None or tuple(words[b + 1:e]) not in _NEW_SAID or e + 1 >= len(words):
        return toks
    out = toks[:b] + [Tok("-", toks[b].start, toks[b].end)] + toks[b + 1:e]
    rest = toks[e + 1:]
    if rest[0].text in ("-", ":", ","):
        rest = rest[1:]
    return out + [Tok(",", toks[e].start, toks[e].end)] + rest


def _new_after_arrow(toks: list[Tok]) -> list[Tok]:
    """'10 x pencils, 2 x erasers -> art room (new stock)' is read as 'new stock: 10 x pencils,
    2 x erasers -> art room': a list sent somewhere, then in brackets that it is new stock."""
    words = [t.text for t in toks]
    if words[-1:] != [")"] or "(" not in words or ":" in words:
        return toks
    b = len(words) - 1 - words[::-1].index("(")
    if tuple(words[b + 1:-1]) not in _NEW_SAID or not any(w in ARROWS for w in words[1:b]):
        return toks
    return toks[b + 1:-1] + [Tok(":", toks[-1].start, toks[-1].end)] + toks[:b]


def headed_sentences(toks: list[Tok]) -> list[Tok]:
    """A note of short sentences that each give one thing and its amount after a colon ("Kiln
    posts: 40. Cone 10 cones: 3 boxes. 12in shelves: 8") is one list: each full stop becomes
    the ";" it stands for (same span), so the first name is no heading over the rest. Only when
    every sentence is NAME: AMOUNT [CONTAINER] ("Hand soap: 0. Need more." stays two)."""
    words = [t.text for t in toks]
    stops = [k for k, w in enumerate(words) if w == "."]
    if not stops or words.count(":") < 2:
        return toks
    bounds = [-1] + stops + ([len(words)] if stops[-1] != len(words) - 1 else [])
    sentences = [words[a + 1:b] for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    if len(sentences) < 2 or not all(_headed_amount(s) for s in sentences):
        return toks
    return [Tok(";", t.start, t.end) if k in stops[:len(sentences) - 1] else t for k, t in enumerate(toks)]


def _headed_amount(words: list[str]) -> bool:
    """'cone 10 cones : 3 boxes', 'pbw : 1 tub': a short name, a colon, then only an amount."""
    if words.count(":") != 1:
        return False
    c = words.index(":")
    if not 1 <= c <= MAX_HEADING_WORDS or any(V.lookup(words, k) and not V.maybe_noun(words[k]) for k in range(c)):
        return False
    q, e = read_quantity(words, c + 1)
    return q is not None and words[c + 1] not in ("a", "an") and (
        e == len(words) or e == len(words) - 1 and words[e] in UNITS)


def tail_heading(toks: list[Tok]) -> list[Tok]:
    """A heading said after its list ("hooks x50, brackets x20 - stocktake garage") is read as if
    said first ("stocktake garage: hooks x50, brackets x20"): the tokens are reordered, their
    spans unchanged. Only an event word of a heading opens it, and the list must say amounts.
    A count heading said without its colon is read with one (`spoken_count_heading`)."""
    toks = _new_after_arrow(_bracketed_new(toks))
    words = [t.text for t in toks]
    if "-" not in words or ":" in words:
        return spoken_count_heading(toks)
    d = len(words) - 1 - words[::-1].index("-")
    tail = words[d + 1:]
    said = next((p for p in _LONGEST_FIRST if tuple(tail[:len(p)]) == p and p not in _ALONE_ONLY), None)
    if not said or len(tail) > len(said) + 4 or not _has_amounts(words[:d]) or \
            any(any(ch.isdigit() for ch in w) and not (k and tail[k - 1] in ID_PLACE_HEADS | PLACE_HEADS)
                for k, w in enumerate(tail)) and not tail[-1].isdigit():  # ("ward 7 store")
        return toks
    if find_triggers(toks[:d]):
        return toks  # ("dropped the box of cv470s, 2 dented - scrapped": the list says its event)
    colon = Tok(":", toks[d].start, toks[d].end)
    return toks[d + 1:] + [colon] + toks[:d]


def place_heading(toks: list[Tok], triggers: list[Trigger], is_place: Callable[[list[str]], bool]) -> list[Tok]:
    """The place of a "PLACE: list with its own verb" note ("Van 3: used 2 x 15mm tees, a roll of
    lagging", "Shed 2: took out 4 rakes"): the heading's words, else []. Items the list gives no
    place of their own are there (parser.py fills them in)."""
    words = [t.text for t in toks]
    if ":" not in words[1:MAX_HEADING_WORDS + 1]:
        return []
    c = words.index(":")
    if not triggers or any(t.start < c or t.kind == "arrow" for t in triggers) or \
            not is_place(words[:c]) or words[0] in DOC_WORDS or any(clock_or_date(w) for w in words[:c]):
        return []
    return toks[:c]


# words of a heading that says the list arrived ("In today: ... -> stock room", "Arrived: ...")
_ARRIVED_OPENERS = frozenset({"in", "today", "arrived", "received", "rcvd", "recvd", "rec'd",
                              "delivered", "delivery", "new", "arrivals", "just", "this", "morning",
                              "stuff", "stock"})


def arrived_by_arrow(toks: list[Tok], drafts: list) -> None:
    """An arrow after things that just arrived says where they were put, so they are added there,
    not moved: "In today: bin liners x4, hand soap x2 -> cleaning cupboard", "3 new tubs of grout
    -> tile store" (as "new kettle -> staff room"), "shampoo x 60 received -> aisle 3"."""
    words = [t.text for t in toks]
    if not set(words) & ARROWS:
        return
    colon = next((k for k, w in enumerate(words[:5]) if w == ":"), 0)
    opened = colon > 0 and all(w in _ARRIVED_OPENERS for w in words[:colon])
    arrow = next(k for k, w in enumerate(words) if w in ARROWS)
    # "DS-300 shampoo x 60 received -> aisle 3": the arrival verb said before the arrow
    came = any((V.lookup(words, k) or ("", ""))[1] == V.ADDED for k in range(arrow))
    for d in drafts:
        if d.event != V.MOVED or d.from_location is not None or not d.product:
            continue
        if came and d.trigger is not None and d.trigger.kind == "arrow":
            d.event = V.ADDED
            continue
        at = next((k for k, t in enumerate(toks) if t is d.product[0]), None)
        new = at is not None and "new" in words[max(0, at - 3):at] and not set(words[max(0, at - 3):at]) & (ARROWS | {","})
        # ("1 pint chun blue glaze (new) -> glaze room"): said new after the name
        new = new or any(said_new(words, k) for k in range(at or 0, len(words)))
        if opened or new:
            d.event = V.ADDED


def said_new(words: list[str], k: int) -> bool:
    """Whether words[k] says the things are new stock rather than naming them: "(new)" in
    brackets ("churro mix 4 bags (new)") or "new" after an amount ("30 new", "24 new bottles")."""
    if words[k] != "new" or k == 0:
        return False
    return words[k - 1] == "(" and words[k + 1:k + 2] == [")"] or \
        read_quantity(words, k - 1)[1] == k and words[k - 1] not in ("a", "an", "one")


def arrived_as_new(toks: list[Tok], drafts: list) -> None:
    """A note without an event word that says its things are new counts an arrival, not stock
    on hand: "Whole milk 1pt - 24 new bottles, in chiller", "helmets - 3 new ones on display"."""
    words = [t.text for t in toks]
    if any(said_new(words, k) for k in range(len(words))):
        for d in drafts:
            if d.event == V.COUNTED:
                d.event = V.ADDED
