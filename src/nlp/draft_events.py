"""A clause's event word, noun phrase and places become a `Draft`: which event it really is once
the places are known ("took the drill to the van" moves it, "took the drill" removes it), which
place each event keeps, and which places are not places at all (a time, a person, an occasion).
"""
from __future__ import annotations

from . import verbs as V
from .drafts import Draft
from .mood import FUTURE_WORDS
from .not_items import NOT_ITEMS, NOT_ITEM_HEADS
from .notations import clock_or_date
from .numbers import is_number_word, spoken_place
from .people import is_person, outsiders_thing
from .phrases import PRONOUNS, ZERO_WORDS, head
from .places import PLACE_HEADS as PLACE_HEADS_ALL
from .places import (DETERMINERS, NOT_PLACES, OCCASIONS, PEOPLE, PLACE_COMPOUNDS, TIME_WORDS, TRASH, WEEKDAYS, WISHLISTS,
                     WORK_DONE, is_shop, kept_prep, looks_like_place, strip_leading)
from .regions import Place, Segment
from .shapes import CARRIERS, Trigger
from .tokens import Tok
from .units import unit_of
from .verbs import INSTALLING

PARTICLES_ALL = frozenset({"off", "back", "in", "out", "away", "over", "down", "up"})
_FETCH = frozenset({"pick up", "grab", "get", "fetch", "get out", "take"})
# verbs that move a thing to a person when no place follows: it leaves stock
_HAND_OVER = V.HAND_OVER | frozenset({"bring", "carry"})
# giving: by us it leaves stock, by someone else it arrives
GIVING = frozenset({"donate", "give", "gift"})


def make_draft(trig: Trigger, seg: Segment, places: list[Place], penalties: list[str]) -> Draft | None:
    np = seg.np
    assert np is not None
    event = trig.event
    if trig.lemma in ("use", "use up", "spend", "apply"):
        # "used 2 spools of solder on the workshop kits": what it went on, not where it was
        # (but "used six blue rolls on the line", "on bench 2": a place of ours)
        places = [p for p in places if not (p.prep and p.prep[-1].text == "on") or
                  set(place_words(p)[:3]) & _SURFACES]
    if trig.lemma in INSTALLING:
        # "installed 2 smoke detectors in the hallway": used up where it went; the place kept
        # is where it came from ("..., took them from the van")
        places = [p for p in places if p.role == "from"]
    dest = [p for p in places if p.role in ("to", "at") and is_place(p)]
    to_only = [p for p in places if p.role == "to" and is_place(p)]
    source = [p for p in places if p.role == "from" and is_place(p)]
    pens = list(penalties)
    if any(_wishlist(place_words(p)) for p in places):
        return None  # "add coffee to the shopping list": a request
    if np.product and (" ".join(t.text for t in np.product) in NOT_ITEMS
                       or head(np.product) in NOT_ITEM_HEADS
                       or len(np.product) == 1 and np.product[0].text in WEEKDAYS | FUTURE_WORDS
                       and not (seg.toks and seg.toks[0].text in DETERMINERS)):  # ("the later": a ladder)
        return None  # ("they're being collected friday": a day is no item)
    if np.product and _occasion_after(seg, np.product[-1]):
        return None  # "drill night moved to thurs", "quiz night's cancelled": an evening, no item
    if np.product and outsiders_thing([t.text for t in np.product]):
        return None  # "the customer's bike is in the back room": theirs, not stock
    if np.product and is_person([t.text for t in np.product],
                                determined=bool(seg.toks) and seg.toks[0].text in DETERMINERS):
        return None  # "pastor john is in the office", "bea is in the greenhouse"
    if np.quantity == 0 and not trig.zero and event != V.COUNTED and np.quantity_toks and \
            np.quantity_toks[0].text in ZERO_WORDS:
        return None  # "no parts used", "nothing received": said to record nothing
    if seg.rescheduled and event in (V.MOVED, V.TAKE) and not dest:
        return None  # "training moved to tuesday": a time, not a place
    if (event == V.COUNTED or event in (V.MOVED, V.TAKE) and trig.lemma == "put") and seg.ordered:
        return None  # "12 chairs on order", "put 3 toners on order": ordered, none here yet
    if trig.lemma == "switch" and not to_only:
        return None  # "switched the lights off": on and off, not moved ("switched X over to Y")
    if trig.lemma in ("drop", "clear") and trig.end - trig.start == 1 and event == V.MOVED and \
            not dest and not source and not any(t.text in PARTICLES_ALL for t in seg.toks + seg.extra):
        return None  # "dropped a full tray of eggs": let fall; "the gutters got cleared": emptied
    for particle in [t.text for t in seg.toks[1:] + seg.extra] + [
            p.prep[0].text for p in seg.places if len(p.prep) > 1]:  # ("got X back from the laundry")
        switched = V.LEMMA_EVENTS.get(f"{trig.lemma} {particle}")
        if switched and trig.kind == "active":
            event = switched  # "sent the multimeter out", "gave the old chairs away"
    if event in (V.MOVED, V.REMOVED, V.TAKE) and any(p.role == "to" and place_words(p) in (["us"], ["me"])
                                                     for p in places):
        event = V.ADDED  # "a weber grill got donated to us"
    if event == V.COUNTED and trig.kind in ("there", "have") and np.product and "new" in [
            t.text for t in seg.toks if t.start < np.product[0].start]:
        event = V.ADDED  # "there's a new pressure washer in the yard", "we've got 2 new kettles"
    trash = [p for p in dest if set(place_words(p)) & TRASH]  # ("the compost heap", "the trash can")
    shops = [p for p in places if is_shop(place_words(p))]
    if trig.lemma == "get" and event == V.ADDED and source and to_only:
        event = V.MOVED  # "got the tarp off the truck and into the dock"
    if event == V.TAKE and trig.lemma == "pick up" and not dest and (
            seg.toks[0].text in ("a", "an", "some") or np.quantity_toks and np.quantity_toks[0].text
            not in ("the", "one") or "new" in [t.text for t in seg.toks[:3]]
            or [t.text for t in seg.toks[:2]] == ["one", "of"]) and \
            not any(looks_like_place(place_words(p)) for p in source):
        # "picked up a new chainsaw", "picked up two cans of wd40": bought; "from the
        # fabricator", "one of those from the charity shop": where it was had is no place of
        # ours ("picked up 2 boxes from the stockroom" takes them out)
        event, source = V.ADDED, []
    if event == V.TAKE and trig.kind == "passive" and dest and all(
            p.role == "at" and any(p is q for q in seg.places) for p in dest):
        # "the extinguisher in the hallway was taken for servicing": where it was, not where
        # it went
        source, dest = source or dest, []
    if event == V.TAKE:
        if shops and trig.lemma in _FETCH and not [p for p in to_only if p not in shops]:
            event = V.ADDED  # "picked up 2 gallons of paint from the hardware store / at lowes"
            source, dest = [], [p for p in dest if p not in shops]
        else:
            event = V.MOVED if dest else V.REMOVED
        pens.append("take")
    elif event == V.THROW:
        # ("binned the old paint at the depot": where it was thrown out, not where it went)
        event = V.MOVED if [p for p in dest if not (p.prep and p.prep[-1].text == "at")] and not trash else V.REMOVED
        pens.append("take")
    elif event == V.MOVED and dest and len(trash) == len(dest):
        event = V.REMOVED  # "hauled the old fridge to the dump"
    elif event == V.MOVED and (trig.lemma in _HAND_OVER or trig.lemma in ("go back", "go")) and dest \
            and all(p in shops for p in dest):  # ("the prop swords went back to the hire company")
        event, dest = V.REMOVED, []  # "returned the rental ladder to the store"
    elif event == V.MOVED and not dest and (trig.lemma in _HAND_OVER or trig.lemma in ("go back", "go")) \
            and any(p.role == "to" and not is_place(p) for p in places):
        event = V.REMOVED  # "shipped 20 units to the customer", "went back to the supplier"
    if event == V.MOVED and trig.lemma in ("drop", "knock") and dest and all(
            place_words(p) in (["floor"], ["ground"]) for p in dest):
        event, dest = V.REMOVED, []  # "dropped a jar of honey on the floor and it smashed": a fall
    if event == V.MOVED and trig.lemma.split()[0] in ("go", "be") and dest and all(
            place_words(p) in (["bin"], ["bins"]) and p.toks[0].text == "the" for p in dest):
        # "two cans of beans went in the bin", "it snapped so it's in the bin": thrown away
        event, dest = V.REMOVED, []
    if event == V.MOVED and dest and all(_on_someones(p) for p in dest):
        event, dest = V.REMOVED, []  # "put a chain on mrs jones's bike": fitted, gone from stock
    if event == V.REMOVED and trig.lemma in ("give", "hand") and to_only and all(
            looks_like_place(place_words(p)) for p in to_only):
        event = V.MOVED  # "gave 2 chairs to room 5": to a place of ours
    if event == V.REMOVED and trig.lemma in GIVING and not to_only and not source and \
            any(p.role == "from" for p in places):
        event = V.ADDED  # "Donated: 24 mugs (from Mrs Patel)": given to us by someone
    elif event == V.REMOVED and trig.lemma in GIVING and source and not any(
            looks_like_place(place_words(p)) for p in source) and all(
            looks_like_place(place_words(p)) for p in places if p.role == "to"):
        # "thirty hymn books donated from st peters", "Donated: 6 forks from Mr Okafor's shed ->
        # hut": given from somewhere not ours, to us or to a place of ours ("donated 3 chairs
        # from the hall" gives ours away)
        event, source = V.ADDED, []
    if event == V.REMOVED and trig.lemma in GIVING and trig.kind == "passive" and to_only and all(
            looks_like_place(place_words(p)) for p in to_only):
        event = V.ADDED  # "a sewing machine was donated to the makerspace": given to a place of ours
    if event == V.REMOVED:
        dest = [p for p in dest if p not in trash]
    if event == V.ADDED:
        # "came in on the truck", "arrived by courier": how it came, not where it is
        dest = [p for p in dest if not (p.prep and p.prep[-1].text in ("on", "by", "via") and
                                        place_words(p)[-1:] and place_words(p)[-1] in _CARRIERS)]
    if event == V.ADDED and shops:
        # "purchased 2 chains at the farm store": where it was bought is no place of ours
        dest = [p for p in dest if p not in shops]
    d = Draft(event, np.product, np.quantity, np.unit, trigger=trig, np=np, penalties=pens,
               deictic=seg.deictic)
    if np.pronoun:
        d.pronoun = " ".join(t.text for t in seg.toks)
    said_the = bool(np.quantity_toks) and any(t.text == "the" and t.end <= np.quantity_toks[0].start and
                                              np.quantity_toks[0].start - t.end <= 1 for t in seg.toks)
    if trig.zero and np.quantity and np.unit is None and said_the and not np.trailing_quantity:
        # "we ran out of the twelve volts": none left, so the number after "the" names them
        d.product = sorted(np.product + np.quantity_toks, key=lambda t: t.start)
        d.quantity = 0
    elif trig.zero and d.quantity is None:
        d.quantity = 0
    elif trig.zero and np.trailing_quantity and np.unit is None and np.quantity_toks and \
            all(is_number_word(t.text) for t in np.quantity_toks):
        # "ran out of the algae side sixty": none left, so a number said after the name is
        # the name's (a model or size), not how many
        d.product = sorted(np.product + np.quantity_toks, key=lambda t: t.start)
        d.quantity = 0
    if event == V.MOVED and trig.kind == "copula" and not dest and not seg.deictic and not source:
        return None  # "gloves for the stockroom are on back order": is, but nowhere of ours
    if event == V.MOVED:
        chosen = (to_only or dest)
        d.location = chosen[-1].toks if chosen else None
        d.from_location = source[0].toks if source else None
        at = next((k for k, t in enumerate(source[0].toks) if t.text == "at" and k > 0), None) \
            if source and not chosen else None
        if at is not None:
            # "unloaded the wheelbarrow from the van at the shed": moved, so "at" is where it went
            d.from_location, d.location = source[0].toks[:at], source[0].toks[at + 1:]
    elif event == V.REMOVED:
        chosen = source or [p for p in dest if p.role == "at"]
        d.location = chosen[0].toks if chosen else None
    else:
        # "the hay's all gone from the barn": none left where it was taken from
        chosen = dest or (source if event == V.COUNTED and trig.zero else [])
        d.location = chosen[0].toks if chosen else None
    for field_name in ("location", "from_location"):
        said = getattr(d, field_name)
        place = next((p for p in places if p.toks is said), None)
        if place is not None and place.prep and kept_prep([t.text for t in place.prep]):
            # "under the deck", "next to the stove": the preposition stays in the place
            n = kept_prep([t.text for t in place.prep])
            setattr(d, field_name, place.prep[-n:] + place.toks)
    if np.trailing_quantity:
        d.penalties.append("trailing_quantity")
    if np.guessed:
        d.penalties.append("number_in_name")
    if any(not p.prep for p in places if p.toks is d.location) and trig.kind != "arrow":
        d.penalties.append("bare_place")
    return d


# places things are used at when said with "on" ("on the line", "on bench 2"), not what they
# were used for ("on the kennels", "on the kits")
_SURFACES = frozenset({"line", "bench", "shelf", "counter", "rack", "cart", "trolley", "table",
                       "desk", "floor", "pass", "workbench", "station"})
# what things arrive on or by: not a place of ours ("came in on the truck", "by plane"); not
# shapes' "van" or "pallet" (where a thing came may be where it stays)
_CARRIERS = CARRIERS | frozenset({"shipment", "freight", "plane", "flight", "bus", "drop"})


# the last words of a list or order of things wanted, after a shop or a when ("add the wd40 to
# the screwfix list", "put 2 tubs of hummus on the tesco order", "the next costco order")
_WISH_HEADS = frozenset({"list", "order", "wishlist"})  # (a "cleaning cart" is a place)


def _wishlist(words: list[str]) -> bool:
    """Whether a place is a list of things wanted: "shopping list", "the amazon order"."""
    return " ".join(words) in WISHLISTS or (1 < len(words) <= 3 and words[-1] in _WISH_HEADS)


_OCCASION_TIMES = frozenset({"night", "nite"})


def _occasion_after(seg: Segment, last) -> bool:
    """Whether "night" follows the name straight on ("games night"): the name is an occasion."""
    toks = seg.toks
    return any(t is last and k + 1 < len(toks) and toks[k + 1].text in _OCCASION_TIMES
               for k, t in enumerate(toks))


def place_words(place: Place) -> list[str]:
    return [t.text for t in place.toks[strip_leading([t.text for t in place.toks]):]]


# parts of a show or a game, said with their number ("in act 2", "in the second half")
_PARTS_OF_A_SHOW = frozenset({"act", "scene", "round", "inning", "innings", "quarter", "period",
                              "set", "lap", "heat", "verse", "chapter", "episode",
                              # ...and of a production run ("used in brew 112", "batch 7")
                              "batch", "brew", "bake", "mix"})


def _room_number(words: list[str]) -> bool:
    """Whether a number of three digits or more names a room ("412", "four one two"); a year
    written out is a when ("bought 3 ladders in 2024")."""
    said = spoken_place(words)
    if len(words) == 1 and len(words[0]) == 4 and words[0][:2] in ("19", "20"):
        return False
    return len(said) == 1 and said[0].isdigit() and len(said[0]) >= 3 and said[0][0] != "0"


def _on_someones(place: Place) -> bool:
    """Whether a place is "on" someone's thing ("on Mike's bike", "on the ceo's laptop"), which
    is theirs, not a place of ours ("on Tuesday's job" is when; "on Priya's desk", "to Priya's
    office" are rooms and fittings of ours)."""
    words = [t.text for t in place.toks]
    if not (place.prep and place.prep[-1].text in ("on", "onto")) or "'s" not in words[1:] or \
            words[-1] in PLACE_HEADS_ALL:
        return False
    owner = words[words.index("'s") - 1]
    return owner not in TIME_WORDS and owner not in WEEKDAYS and owner not in ("it", "today")


def is_place(place: Place) -> bool:
    words = place_words(place)
    if not words:
        return False
    phrase = " ".join(words)
    if place.prep and place.prep[-1].text == "off" and len(words) == 1 and unit_of(words[0]) and \
            words[0] not in PLACE_HEADS_ALL:
        return False  # "cut 2m off the roll": the thing's own container, no place
    if place.prep and place.prep[0].text == "by" and len(words) == 1 and \
            place.toks[0].text not in DETERMINERS:
        return False  # "checked out by dave": a person ("by the door" is a place)
    if words[-1] == "ones":
        return False  # "a pallet of bin caps in the thirty by sixty ones": which, not where
    first = next((words[:k] for k in range(1, len(words)) if words[k] in ("on", "at", "in", "near")
                  and (words[k - 1], words[k]) not in PLACE_COMPOUNDS), words)  # ("the walk in")
    if any(w[-1] in OCCASIONS or " ".join(w[-2:]) in OCCASIONS for w in (words, first)):
        return False  # "sold 5 kits at the open house", "lost a ramp at the car fire on the a38"
    if len(words) == 2 and words[0] in ("last", "previous", "latest") and words[1].endswith("ing") \
            and words[1] not in PLACE_HEADS_ALL:
        return False  # "broke two shelves in the last firing": when, not where
    if len(words) == 2 and words[0] in _PARTS_OF_A_SHOW and (words[1].isdigit() or is_number_word(words[1])):
        return False  # "broke in act 2": when, not where
    if all(w.replace(":", "").replace(".", "").isdigit() or is_number_word(w) or clock_or_date(w)
           or w in ("am", "pm", "o'clock", "oclock", "about", "around", "half", "past", "quarter")
           for w in words) and not set(words) <= {"about", "around", "half", "past", "quarter"} and place.prep and place.prep[-1].text in ("in", "within", "at", "by") \
            and not (place.prep[-1].text == "in" and _room_number(words)):
        return False  # "back in 10", "in 5": minutes; "came in at 9": a time, not a room
        # ("put two pillows in four one two": a room said digit by digit)
    return phrase not in NOT_PLACES and phrase not in PEOPLE and words[-1] not in PEOPLE \
        and not (len(words) == 1 and words[0] in PRONOUNS) and not (
            place.role in ("from", "to") and len(words) <= 2 and is_person(words)
            and place.toks[0].text not in DETERMINERS)  # ("back from jim", "went back to jim")




def sent_for_repair(toks: list[Tok], drafts: list[Draft]) -> None:
    """'six of the 9 litre cylinders went off for testing', 'the fan heater's been taken down
    for servicing': sent away with no place of ours said, so out of stock (as "removed"). A place
    said with the thing before the verb is where it was taken from ("the true blue on the left
    wall's been taken down for servicing"); one it was sent to by name is the repairer's ("sent
    back to Cheyenne for repair"; "to the workshop", "gone to the dealer" stay moves)."""
    words = [t.text for t in toks]
    for d in drafts:
        if d.event != V.MOVED or d.trigger is None or d.trigger.kind == "arrow" or d.from_location:
            continue
        start = toks[d.trigger.start].start if d.trigger.start < len(toks) else None
        where_it_was = d.location is not None and start is not None and d.location[-1].end <= start
        sent_to = d.location is not None and d.trigger.lemma.split()[0] == "send" and not where_it_was \
            and d.location[0].text not in DETERMINERS and not looks_like_place([t.text for t in d.location])
        # (a repairer is said by its name, with no "the": "to Cheyenne"; "to the workshop" is ours)
        if d.location is not None and not (where_it_was or sent_to):
            continue
        tail = words[d.trigger.end:]
        k = next((j + 1 for j, w in enumerate(tail[:12]) if w == "for"), 0)
        if sent_to and (k == 0 or any(w in (",", ".", ";", "and") for w in tail[:k])):
            continue  # ("sent the drill to the van, for the job")
        k += k and tail[k:k + 1] in (["a"], ["its"], ["their"], ["some"])
        if k and tail[k:k + 1] and tail[k] in WORK_DONE:  # "the polisher went off for repair"
            d.event = V.REMOVED
            if sent_to:
                d.location = None


# what a thing is said to have gone "on" when it was used there: a job ("went on the job")
_USED_ON = frozenset({"job", "jobs"})


# said of what went on with no place, a part put in ("the new drive belt", "the filter for the polo")
_FITTED_WORDS = frozenset({"new", "spare", "replacement", "for"})


def _fitted_part(before: list[Tok], d: Draft) -> bool:
    """Whether what "went on" with no place was a part fitted, not a thing switched on ("the
    lights went on", "the heater went on this morning"): an amount of it, or "new"/"spare"/
    "replacement"/"for ..." said in its clause."""
    words = []
    for t in reversed(before):
        if t.text in (",", ";", ".", "and", "but", "then", "-"):
            break
        words.append(t.text)
    return d.quantity is not None or bool(_FITTED_WORDS.intersection(words))


def fitted_by_going(toks: list[Tok], drafts: list[Draft]) -> None:
    """'the new filter went on this morning', 'six bags went on the job today', 'one box gone on
    the gate job': a thing that went on with no place, or on a job, was fitted or used, so it left stock ("the sugar goes on
    the shelf", "went on the rack" stay moves: present tense, or a place of ours). A thing that
    went on with no place and no sign of a part fitted was switched on: no stock event."""
    switched_on = []
    for d in drafts:
        trig = d.trigger
        if d.event != V.MOVED or trig is None or trig.lemma != "go" or trig.kind != "subject" \
                or d.from_location or trig.end + 1 > len(toks) or toks[trig.start].text not in ("went", "gone") \
                or toks[trig.end].text != "on":
            continue
        after = [t.text for t in toks[trig.end + 1:]]
        bare = not after or after[0] in TIME_WORDS | {"this", "last", ",", ".", "and", "-"}
        if toks[trig.start].text == "gone" and not (d.location is not None and [
                t.text for t in d.location][-1] in _USED_ON):
            continue  # "one box gone on the gate job" was used there; "gone on" alone says little
        if bare and d.location is None and not _fitted_part(toks[:trig.start], d):
            switched_on.append(d)  # "the lights went on", "the heater went on this morning"
        elif d.location is None and bare or d.location is not None and \
                [t.text for t in d.location][-1] in _USED_ON:
            d.event, d.location = V.REMOVED, None
    drafts[:] = [d for d in drafts if not any(d is s for s in switched_on)]
