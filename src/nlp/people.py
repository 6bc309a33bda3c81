"""Rule family: people, who are said where things are said but are no items.

    "pastor john is in the office until noon"   -> nothing (a person's whereabouts)
    "Chef is in the walk-in, back in 5"          -> nothing
    "bea is in the greenhouse", "jess is on the truck" -> nothing (a first name alone)
    "Dr. Kim is in exam 3"                       -> nothing (a title)
    "the client's laptop is on the bench"        -> nothing (someone else's thing, not stock)
    "customer left a frame in for a service"     -> nothing (theirs, in for work)
    "the plumber took the pipe wrench"           -> the plumber is who did it (shapes.py)
    "headcollar snapped on Biscuit, binned it"   -> removed, no place (a horse's name)
    "Returned 2x filters to Deere"               -> removed, no place (a supplier's name)

A phrase names a person when its last word is a role ("chef", "plumber", "district manager"),
when it starts with a title ("dr", "pastor", "mr"), or when it is a first name alone (with no
determiner: "the jack is in the truck" is a tool). Names that are also things ("jack", "bill",
"sally") are not in FIRST_NAMES.
"""
from __future__ import annotations

from . import verbs as V
from .numbers import is_number_word
from .places import (DETERMINERS, ID_PLACE_HEADS, MODIFIED_PLACE_HEADS, OPEN_PLACE_HEADS,
                     PLACE_HEADS, STRONG_PLACE_HEADS, TIME_WORDS, WORK_DONE)
from .tokens import Tok

# (one-rule person lists: regions._ANYONE, parser._TRADE_PEOPLE, parser.DELIVERERS, fillers.BRINGERS)
ROLES = frozenset({
    "chef", "cook", "cooks", "plumber", "electrician", "manager", "supervisor", "foreman", "boss",
    "pastor", "priest", "reverend", "doctor", "nurse", "teacher", "principal", "tech",
    "technician", "janitor", "custodian", "contractor", "inspector", "intern",
    "volunteer", "volunteers", "guy", "guys", "lady", "tenant", "tenants", "landlord", "owner",
    "customer", "client", "coworker", "employee", "crew", "team", "officer", "vendor",
    "salesman", "mechanic", "carpenter", "painter", "roofer", "gardener", "landscaper",
    "lifeguard", "coach", "director", "secretary", "receptionist", "librarian", "custodians",
    "bartender", "hostess", "cashier", "clerk", "courier", "mailman", "plumbers",
    "electricians", "kids", "students", "student", "parents", "parent", "visitor", "visitors",
    "guest", "guests", "everyone", "everybody", "somebody", "someone", "nobody",
    "vet", "vets", "dentist", "physio", "therapist", "surgeon", "pharmacist", "caretaker",
    "handyman", "apprentice", "trainee", "accountant", "paramedic", "firefighter", "ranger",
    "warden", "steward", "waiter", "waitress", "barista", "farmer", "vicar", "rabbi", "imam",
    "chaplain", "verger", "sexton", "organist", "coordinator", "administrator", "hire", "hires",
    "son", "daughter", "wife", "husband", "mum", "mom", "dad", "midwife", "receptionists",
    "neighbour", "neighbor", "neighbours", "neighbors", "donor", "donors", "parishioner",
    "parishioners", "resident", "residents", "patient", "patients", "colleague", "colleagues",
    "boyfriend", "girlfriend", "friend", "friends", "auditor", "caterer", "florist",
    "decorator", "builder", "joiner", "glazier", "locksmith", "surveyor", "engineer", "family",
    "brigade", "police", "firemen", "squad", "conservator", "curator", "archivist",
    # everyday words for a person or the people served ("a lad at the counter", "94 families")
    "lad", "bloke", "fella", "families", "folks",
    # ("cleaner", "starter", "driver", "porter", "helper", "assistant", "member" name things too)
})
# ("driver", "server", "host", "guard", "dishwasher" are also things: not roles here)
TITLES = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "pastor",
                    "father", "fr", "fr.", "sister", "brother", "coach", "officer", "chef",
                    "reverend", "rev", "rev.", "prof", "professor", "uncle", "aunt", "deacon",
                    "nurse", "captain", "capt", "sgt", "sergeant", "detective", "judge", "mayor",
                    "principal", "superintendent"})
# common first names, for a name said alone ("bea is in the greenhouse"); names that are
# also things of inventory ("jack", "bill", "sally", "pat", "max", "rose", "ray") are left out
FIRST_NAMES = frozenset("""
aaron abby adam adrian aisha al alan alex alice alicia alison amanda amber amy ana andre
andrea andrew andy angela anna anne annie anthony ari arthur ashley barb barbara bea becky ben
beth betty bob bobby brad brandon brenda brian brittany bruce carl carla carlos carol carolyn
carrie casey cathy chad charles charlie cheryl chris christina christine cindy claire craig
dan dana daniel danny darren dave david dawn dean debbie deb dee denise dennis derek diana
diane don donna doug ed eddie elena eli elizabeth ellen emily emma eric erica erin ethan eva
evan frank fred gabe gary george gina greg hannah harry heather helen henry holly ian isaac
jake james jamie jan jane janet jason jeff jen jenn jenny jeremy jerry jess jesse jessica jill
jim jimmy jo joan joe joel john johnny jon jordan jose josh joy juan judy julia julie justin
karen kate katie kathy katy keith kelly ken kevin kim kyle laura lauren lee leo lila linda
lisa liz lori louis lucy luis luke lynn maggie marco marcus margaret maria marie mark martha
marty mary matt megan mel melissa mia michael michelle miguel mike molly monica nancy nate
nathan neil nick nicole noah olivia omar pam patrick paul paula pete peter phil priya rachel
raj ralph randy rebecca rich richard rick rita rob robert robin roger ron ruth ryan sam
samantha sandra sara sarah scott sean shannon sharon shawn sophia stacy stan steph stephanie
steve steven sue susan tammy tara ted teresa terry tim tina todd tom tommy tony tracy travis
troy val vanessa vic victor vince walt wayne wendy will zach zoe
""".split())


def is_person(words: list[str], determined: bool = False) -> bool:
    """Whether a name (lowercased words, no determiner) is a person's; `determined` when a
    determiner was said before it ("the jack" is no name)."""
    if not words:
        return False
    last = words[-1]
    if last in ROLES or (last.endswith("s") and last[:-1] in ROLES) or (
            words[0] in TITLES and len(words) == 2 and not words[1].endswith("s")):
        return True  # ("Dr. Kim", "pastor john"; "brother label tapes" is a thing)
    return not determined and len(words) == 1 and words[0] in FIRST_NAMES


# people served whose things pass through but are not stock ("the client's laptop is on the
# bench"); staff's things ("jim's drill") are the team's tools, and other possessives name kinds
# of stock ("owner's manual", "visitor's badges")
OUTSIDERS = frozenset({"customer", "customers", "client", "clients"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# work done on a thing someone brought ("dropped off a bike for a service", "for a look")
WORK_ON = WORK_DONE | {"look"}
# how an outsider leaves a thing with us
_LEAVING = frozenset({"left", "leaves", "dropped", "drops", "brought", "brings", "dropping",
                      "bringing", "leaving"})
_LEAVING_TWO = (["has", "left"], ["has", "dropped"], ["has", "brought"], ["'s", "left"],
                ["'s", "dropped"], ["'s", "brought"])


def outsiders_thing(words: list[str]) -> bool:
    """Whether a name (lowercased words) is of a thing an outsider owns: "customer's bike"."""
    return any(w in OUTSIDERS and words[k + 1:k + 2] and words[k + 1] in _POSSESSIVE
               for k, w in enumerate(words[:2]))


def left_for_work(words: list[str]) -> bool:
    """Whether the note says an outsider left a thing with us for work ("customer dropped off a
    carbon frame for a service, ..."): theirs, not stock. A customer who "left" or "dropped off"
    with no work asked for may be giving it ("65w charger left by a customer - added to stock")."""
    first = 1 if words[:1] in (["a"], ["the"], ["our"]) else 0
    if words[first:first + 1] == [] or words[first] not in OUTSIDERS:
        return False
    # the outsider left it ("dropped off", "brought in", "left"): a customer who bought, took or
    # used stock "for the repair" is a sale or a use of ours
    rest = words[first + 1:first + 4]
    if not (rest[:1] and rest[0] in _LEAVING or rest[:2] in _LEAVING_TWO):
        return False
    return any(w == "for" and words[k + 1:k + 2] in (["a"], ["the"], ["its"], ["their"]) and
               words[k + 2:k + 3] and words[k + 2] in WORK_ON for k, w in enumerate(words))


# Names said where a place would be: "Full headcollar snapped on Biscuit", "took the cooler off
# duke", "Returned 2x filters to Deere". A horse, a dog, a person or a firm is named with no
# "the", by a word of its own (capitalised when typed); a place of ours has a determiner, a
# place noun ("stable 9", "rug room") or is one the catalog lists.
_ON = frozenset({"on", "upon"})
# where things are said with a bare "on", capitalised or not ("helmets - 3 on Display", "on set")
_ON_PLACES = frozenset({"display", "show", "set", "site", "board", "location", "stage"})
# verbs that hand a thing over: said "to" a name, it went to them, out of stock; selling and
# lending too, but not "bring"/"carry" (draft_events' _HAND_OVER has them): "carried the
# ladder to Jones" moves it to someone, it need not leave stock
_HANDED_TO = V.HAND_OVER | frozenset({"sell", "lend", "loan"})
# words that name a place of ours said bare with a capital ("Returned the hoover to
# Housekeeping", "off Stores", "off lorry"): a department, a vehicle, a part of the building
_OUR_PLACE_WORDS = PLACE_HEADS | STRONG_PLACE_HEADS | OPEN_PLACE_HEADS | MODIFIED_PLACE_HEADS | \
    ID_PLACE_HEADS | frozenset({
        "accounts", "finance", "despatch", "dispatch", "admin", "hr", "payroll", "sales",
        "purchasing", "procurement", "logistics", "operations", "ops", "production",
        "engineering", "estates", "grounds", "events", "goods", "terrace", "balcony",
        "landing", "mezz", "lorry", "lorries", "wagon", "pickup", "forklift", "racking",
        "tap", "bar"})
# endings of words that name a room or an area, not a being ("Boardroom", "Landing",
# "Racking", "Packing", "Warehouse"); not "-ery" ("to Brewery", "to Bakery" name a firm as well)
_PLACE_ENDINGS = ("room", "house", "ing", "yard", "store", "stores")
# the events whose place is where the thing is: "Found a stapler on Landing", "Counted 30
# chairs on Mezz" say where; only a thing that broke, was used or was taken "on" a name
# ("snapped on Biscuit") says what it was on
_THERE_EVENTS = frozenset({V.MOVED, V.ADDED, V.COUNTED})


def names_said_as_places(text: str, toks: list[Tok], drafts: list, hints) -> None:
    """Drop a place that is a name: said after "off" (what a being wore, not where stock was),
    after "on" when the thing was not put, found or counted there ("snapped on Biscuit": what
    it was on when it broke; "put the skates on Rinkside" may name a place of ours), or after
    "to" with a verb of handing over (who got it: it left stock)."""
    spoken = not any(ch.isupper() for ch in text)
    for d in drafts:
        for field_name in ("from_location", "location"):
            place = getattr(d, field_name)
            prep = _word_before(toks, place)
            if prep is None or not _a_name(place, prep, text, hints, spoken):
                continue
            if prep == "off" or prep in _ON and d.event not in _THERE_EVENTS:
                setattr(d, field_name, None)
            elif prep == "to" and field_name == "location" and d.event == V.MOVED and \
                    d.trigger is not None and d.trigger.lemma.split()[0] in _HANDED_TO and \
                    _capitalised(place, text) and not _title_case(text):
                # "Returned 2x RE509672 to Deere": sent back to a supplier, gone from stock
                d.event, d.location, d.from_location = V.REMOVED, d.from_location, None


def _word_before(toks: list[Tok], place: list[Tok] | None) -> str | None:
    if not place:
        return None
    k = next((k for k, t in enumerate(toks) if t.start == place[0].start), 0)
    return toks[k - 1].text if k else None


def _a_name(place: list[Tok], prep: str, text: str, hints, spoken: bool) -> bool:
    """Whether the words of a place are a name of a being or a customer: one or two plain words,
    no place noun or place-shaped word ("Housekeeping", "Boardroom", "Racking"), no place the
    catalog knows; capitalised when typed, a first name, or in a spoken note one bare word
    after "off" ("off duke": "off the lorry" has its "the")."""
    words = [t.text for t in place]
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and not is_number_word(w) for w in words) or \
            any(w in DETERMINERS or w in PLACE_HEADS or w in TIME_WORDS or w in _ON_PLACES for w in words):
        return False
    if not is_person(words) and any(w in _OUR_PLACE_WORDS or w.endswith(_PLACE_ENDINGS)
                                    for w in words):
        return False  # a place of ours said bare ("to Housekeeping", "off racking", "on Landing")
    if hints is not None:
        try:
            ours = hints.location_score(" ".join(words)) >= 90
        except Exception:  # a broken hints object must not break parsing: read as with none
            ours = False
        if ours:
            return False  # a place of ours, named ("Reception", "Stables")
    if _capitalised(place, text) and not _title_case(text) or is_person(words):
        return True
    return spoken and prep == "off" and len(words) == 1


def _capitalised(place: list[Tok], text: str) -> bool:
    """Whether every word is written as a name ("Biscuit", "Greenacre Landscapes"; not "AA")."""
    raws = [text[t.start:t.end] for t in place]
    return all(len(r) >= 2 and r[0].isupper() and not r.isupper() for r in raws)


def _title_case(text: str) -> bool:
    """Whether a note capitalises its words whatever they are ("Put The Box On Shelf"): a
    capital then tells no name."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]  # (the first is capitalised anyway)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 2 > len(words)
