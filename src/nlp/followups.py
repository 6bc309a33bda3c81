"""Follow-ups: items that refer back to what was said before, read after every clause has
given its items.

    "took the drill from the van and put it in the shed"   -> "it" is the drill: one move,
                                                              from the van to the shed
    "received 3 boxes, put them in bay 2"                  -> one arrival, at bay 2
    "counted the tarps: there are 7", "... took the last 2 rolls"  -> the amount of the tarps,
                                                              rolls of the tape said before
    "the old coffee maker died and we tossed it"           -> no item before: "it" is the noun
                                                              phrase said before the verb
    "two of the forty eight volt batteries ... scrapped them"  -> two of them
    "the screws are in there too"                          -> "there" is the place said before
    "replaced flapper in 5C, used 1 toilet flapper from the van"  -> one part used

They look across clauses, not inside one, so they run once on the drafts of the whole note
(`resolve_pronouns`), apart from the clause readers of parser.py.
"""
from __future__ import annotations

import dataclasses

from . import verbs as V
from .clause_words import CLAUSE_BREAKS, SUBJECTS
from .draft_events import is_place
from .drafts import Draft
from .not_items import NOT_ITEMS
from .numbers import is_number_word, read_quantity, spoken_code
from .phrases import CONDITION_WORDS, END_STATES, NounPhrase, head, read_noun_phrase
from .places import PLACE_HEADS as PLACE_HEADS_ALL
from .places import DETERMINERS, PEOPLE, looks_like_place, preposition_at
from .regions import Place, read_region
from .shapes import NAME_PARTICIPLES
from .tokens import Tok
from .units import unit_of
from .verbs import INSTALLING, unknown_verb


def resolve_pronouns(drafts: list[Draft], reasons: list[str], toks: list[Tok]) -> list[Draft]:
    """'it'/'them' take the product of the item(s) said before: "took the drill from the van and
    put it in the shed" is two items, removed then moved, both of the drill. A clause about
    the same item that only completes it is merged into it (see `_merge_followup`). With no item
    before, the pronoun takes a noun phrase said before without an event ("the old coffee
    maker died and we tossed it", "the round tables, there's ten of them in the gym")."""
    out: list[Draft] = []
    for d in drafts:
        if d.deictic and d.location is None and out and out[-1].location:
            d.location = out[-1].location  # "the screws are in there too"
        if out and out[-1].trigger is not d.trigger and _amount_only(d):
            # "grabbed tape from the closet and took the last 2 rolls": rolls of the tape
            d = dataclasses.replace(d, unit=unit_of(d.product[0].text), pronoun=d.product[0].text)
        if not d.pronoun:
            if out and d.event == V.REMOVED and (out[-1].event == V.REMOVED or out[-1].trigger is not None
                                                 and out[-1].trigger.lemma in _SWAPS) and out[-1].trigger is not None and \
                    d.trigger is not None and out[-1].trigger.lemma in INSTALLING | _SWAPS and \
                    d.trigger.lemma in ("use", "take", "grab", "pull", "get") and out[-1].product \
                    and d.product and head(out[-1].product) == head(d.product):
                # "replaced flapper in 5C, used 1 toilet flapper from the van": one part used
                out[-1] = d
                continue
            out.append(d)
            continue
        if not out:
            # ("if you find the tape measure put it in the shed": what was wished for is no topic)
            wished = any(r.startswith("not an event") and "how something is" not in r for r in reasons)
            topic = None if wished else _topic(toks, d.trigger.start if d.trigger else 0)
            if topic is None:
                reasons.append("no product said (only '%s')" % d.pronoun)
                continue
            np, places = topic
            location = d.location
            kept = [pl for pl in places if pl.role in ("at", "from") and is_place(pl)]
            if location is None and kept and d.event in (V.REMOVED, V.COUNTED):
                location = kept[0].toks  # "the bird seed in the garage ... threw it out"
            from_location = d.from_location
            if from_location is None and kept and d.event == V.MOVED and d.location is not None:
                # "the balls from the gym we moved them to the shed"
                from_location = next((pl.toks for pl in kept if pl.role == "from"), None)
            out.append(Draft(d.event, np.product, d.quantity if d.quantity is not None else np.quantity,
                              d.unit if d.quantity is not None else np.unit,  # ("lost about 20")
                              location, from_location, d.trigger, np,
                              None, d.penalties + ["pronoun"]))
            continue
        many = d.pronoun.split()[-1] in ("them", "those", "these", "both", "all", "everything", "'em",
                                         "em", "they", "which") or (
            d.trigger is not None and any(t.text in ("all", "both") for t in toks[d.trigger.start:d.trigger.end]))
        # ("... and it's all in the dry store": every item before)
        antecedents = [a for a in out if a.trigger is out[-1].trigger] if many else [out[-1]]
        for a in antecedents:
            resolved = Draft(d.event, a.product, d.quantity if d.quantity is not None else a.quantity,
                              d.unit or a.unit, d.location, d.from_location, d.trigger, a.np,
                              None, d.penalties + ["pronoun"])
            # ("binned the old mattress and took a new one up": another one, not the same)
            merged = None if set(d.pronoun.split()) & {"new", "another", "spare", "replacement"} \
                and not (a.trigger and a.trigger.lemma in _SWAPS | INSTALLING) else \
                _put_away(a, resolved, toks) or _merge_followup(a, resolved)
            if merged is None:
                out.append(resolved)
            else:
                out[out.index(a)] = merged
    return out


def _amount_only(d: Draft) -> bool:
    """An item that is only an amount of a container ("the last 2 rolls", "9 boxes")."""
    return len(d.product) == 1 and d.quantity is not None and d.unit is None and \
        unit_of(d.product[0].text) is not None


# changing a part for a new one: the new one taken from stock is what is recorded
_SWAPS = frozenset({"swap", "swap out", "change", "change out", "switch out"})


# removals that only take a thing out of its place; put somewhere after, it was moved
_TAKING_LEMMAS = frozenset({"remove", "get", "get out", "take out", "clear out", "unload"})


def _taking(d: Draft) -> bool:
    return d.trigger is not None and (d.trigger.event == V.TAKE or d.trigger.lemma in _TAKING_LEMMAS)


# what a clause says of where a thing was before someone put it away: found there, turned up
# there, left there ("was left on the gate", "you left on the bench")
_WHERE_IT_WAS = frozenset({"find", "turn up", "leave"})

# "was"/"were": where a thing stood before ("the lock that was on the counter")
_WAS = frozenset({"was", "were"})


def _put_away(a: Draft, d: Draft, toks: list[Tok]) -> Draft | None:
    """One item when a thing found or left somewhere is then put away (None: not this shape):
        found or turned up, then put back   "found a blanket left in the lift, put it back in
                                            the trolley bay" (moved, to the trolley bay, with no
                                            source: it went back to its own place)
        left or was somewhere, then put     "lead rope was left on the gate, put it back in the
                                            tack room", "the hoover has been left in the hall i
                                            put it under the stage" (moved, to where it is now;
                                            "moved it" says where from: "the arduino you left on
                                            the bench i moved it into the parts drawer")
        found, then left by someone         "found a lead left by a customer": how it was found
    Found and then moved without "back" stays two ("found the stud finder in the attic and
    moved it to the workshop": added there, then moved, see `_merge_followup`)."""
    if a.trigger is None or d.trigger is None or d.event != V.MOVED or a.event not in (V.ADDED, V.MOVED):
        return None
    if a.event == V.ADDED and a.trigger.lemma == "find" and d.trigger.lemma == "leave" \
            and d.location is None and d.from_location is None:
        return a  # "found a lead left by a customer": who left it, not a move
    back = _said_back(d, toks)
    if not d.location or d.trigger.lemma == "leave" or a.quantity is not None and d.quantity != a.quantity \
            or d.trigger.kind not in ("active", "passive") and not (d.trigger.kind == "copula" and back):
        return None  # ("found 2 drills in the van, put one back in the shed": a part of them)
    if a.event == V.ADDED:
        if a.trigger.lemma not in ("find", "turn up") or not back or d.trigger.kind == "copula":
            return None  # ("found a body brush ... it's in the yard office now": added there)
        return dataclasses.replace(d, quantity=a.quantity if d.quantity is None else d.quantity,
                                   unit=a.unit or d.unit, np=a.np)
    was = a.trigger.lemma == "leave" or a.trigger.kind == "copula" and toks[a.trigger.start].text in _WAS
    if not was or a.location is None or a.from_location is not None or d.from_location is not None:
        return None
    return dataclasses.replace(d, from_location=a.location if d.trigger.lemma == "move" else None,
                               quantity=a.quantity if d.quantity is None else d.quantity,
                               unit=a.unit or d.unit, np=a.np)


def _said_back(d: Draft, toks: list[Tok]) -> bool:
    """Whether "back" is said from the verb to the place ("put it back in the bay", "it's back
    in the shed")."""
    end = next((k for k, t in enumerate(toks) if t is d.location[0]), None) if d.location else None
    return end is not None and "back" in (t.text for t in toks[d.trigger.start:end])


def _merge_followup(a: Draft, d: Draft) -> Draft | None:
    """One item when a later clause about it only completes it, else None (two items):
        same event, nothing in conflict  "brought the saw back from the job and left it in the shed"
        arrival or move with no place, then where it is   "bought a vacuum; it's in the office"
            (an arrival then a move verb stays two: "received a printer and put it in the office")
        a move with no place, then gone   "dropped the caliper and it's toast so we scrapped it"
        an arrival, then put somewhere    "received 3 boxes, put them in bay 2" (added, at bay 2)
        a move, then how many             "moved the bed to kennel a there are five of them" (one
                                          move of 5; "X are in Y there's 8 of them": a count)
        taken out, then put somewhere     "took the drill from the van and put it in the shed"
                                          (moved from the van to the shed)"""
    def fits(x, y):
        return x is None or y is None or [t.text for t in x] == [t.text for t in y]

    if a.trigger is not None and a.trigger.lemma in _SWAPS | INSTALLING and d.event == V.REMOVED \
            and d.trigger is not None and d.trigger.lemma in ("use", "take", "grab", "pull", "get"):
        # "swapped the door closer on the stairwell, took a new one from storage": the new one
        # taken from stock is the event
        return d
    if a.quantity is not None and d.quantity != a.quantity:
        return None  # "received 10 boxes and moved 4 of them": a part of it
    if d.event == a.event and fits(a.location, d.location) and fits(a.from_location, d.from_location):
        return dataclasses.replace(a, location=a.location or d.location,
                                   from_location=a.from_location or d.from_location,
                                   quantity=d.quantity, unit=a.unit or d.unit)
    if a.event == V.ADDED and d.event == V.COUNTED and a.quantity is None and d.quantity and \
            fits(a.location, d.location):
        # an arrival, then how many came and where ("the new kettles arrived there's four of
        # them in the kitchen"): one arrival of that many, there
        return dataclasses.replace(a, quantity=d.quantity, unit=a.unit or d.unit,
                                   location=a.location or d.location)
    if a.event == V.MOVED and d.event == V.COUNTED and a.quantity is None and d.quantity and \
            d.location is None and a.trigger is not None and d.trigger is not None and \
            d.trigger.kind == "there" and a.trigger.kind in ("copula", "active"):
        if a.trigger.kind == "copula":
            # where they are, then how many ("the patio heaters are all in the marquee store
            # there's eight of them"): a count there
            return dataclasses.replace(d, location=a.location)
        # put somewhere, then how many ("moved the vet bed to kennel block a there are five
        # of them"): one move of that many
        return dataclasses.replace(a, quantity=d.quantity, unit=a.unit or d.unit)
    where_it_is = d.trigger is not None and d.trigger.kind in ("copula", "subject")
    if a.event == V.ADDED and d.event == V.MOVED and d.location and (a.location is None or where_it_is):
        # an arrival, then where it was put or is: one arrival at the final place ("received 3
        # boxes, put them in bay 2", "bought a leaf blower at tractor supply, its in the tool
        # shed"); found or received at a place of ours and then moved stays two (devset d296);
        # an amount said only in the second clause is the arrival's ("the pads came in forty
        # packs went into the ward")
        quantity = a.quantity if a.quantity is not None else d.quantity
        return dataclasses.replace(a, location=d.location, quantity=quantity, unit=a.unit or d.unit)
    if a.event == V.REMOVED and _taking(a) and d.event == V.MOVED and d.location:
        # taken out of one place, then put in another: one move ("took the drill from the van
        # and put it in the shed", "took X out of A and left it in B")
        return dataclasses.replace(d, from_location=d.from_location or a.location,
                                   quantity=a.quantity, unit=a.unit or d.unit, np=a.np)
    if a.event in (V.ADDED, V.MOVED) and a.location is None and d.event == V.MOVED and d.location \
            and (where_it_is or a.event == V.MOVED):
        return dataclasses.replace(a, location=d.location,
                                   from_location=a.from_location or d.from_location)
    if a.event == V.MOVED and a.location is None and d.event == V.REMOVED:
        return dataclasses.replace(d, location=d.location or a.from_location)
    if a.event == V.REMOVED and d.location is None and d.trigger is not None and \
            d.trigger.lemma in _CARRIED_OFF:
        # gone, then someone came for it: "scrapped 3 old PCs, e-waste collected them", "sold
        # the mower and the buyer picked it up" (one removal)
        return a
    return None


# what someone does in coming for a thing that has left stock
_CARRIED_OFF = frozenset({"collect", "pick up", "take", "take away", "haul", "haul away", "fetch",
                          "get", "grab", "cart away", "cart"})


# words a noun phrase said before an event does not run over
_TOPIC_ENDS = frozenset({"there", "here", "which", "who", "that", "so", "and", "but", "then",
                         "because", "um", "uh", "we", "i", "they", "he", "she", "you", "it"})


def _topic(toks: list[Tok], end: int) -> tuple[NounPhrase, list[Place]] | None:
    """The last noun phrase said before toks[end] (and the place said right after it), for a
    pronoun with no item before it. A phrase starts at a determiner, a number or the start of a
    clause and runs to a verb, a preposition or a break."""
    words = [t.text for t in toks[:end]]
    best = None
    for p in range(len(words)):
        w = words[p]
        opener = w in ("the", "a", "an", "our", "my", "some", "this", "these", "those", "all") or \
            read_quantity(words, p)[0] is not None or p == 0 or words[p - 1] in CLAUSE_BREAKS
        if not opener or w in _TOPIC_ENDS or w in SUBJECTS or w in V.HAVE or w in V.BE \
                or (p > 0 and words[p - 1] in DETERMINERS) \
                or unknown_verb(w):  # ("changed the filter ...": a verb, not a thing)
            continue
        if p > 0 and preposition_at(words, p - 1) and best is not None and (
                words[p + 1:p + 2] and words[min(p + 1, len(words) - 1)] in PLACE_HEADS_ALL
                or words[p - 1] == "from"):
            continue  # "kicked 2 footballs over the wall ... lost them", "the red komodo is back
            # from the rental it's in the cage": the thing, not the place or where it came from
        if p > 0 and read_quantity(words, p - 1)[1] > p:
            continue  # "eight" of "forty eight" goes on the number before it
        if p > 0 and is_number_word(w) and (is_number_word(words[p - 1]) or (
                words[p - 1].isalpha() and words[p - 1] not in DETERMINERS and words[p - 1] not in CLAUSE_BREAKS
                and not unknown_verb(words[p - 1]) and spoken_code(words, p) is not None)):
            continue  # "the huck knife one five five we've got three": digits read out one by
            # one go on the name said before them, and open nothing
        q = p + 1
        e = read_quantity(words, p)[1]
        if e > p and words[e:e + 1] == ["of"] and words[e + 1:e + 2] and words[e + 1] in DETERMINERS:
            q = e + 2  # "two of the 48 volt batteries": the part, with its amount
        while q < len(words) and _nouny(words, q):
            q += 1
        np = read_noun_phrase(toks[p:q])
        if np.product and all(t.text in END_STATES or t.text in CONDITION_WORDS for t in np.product):
            continue  # "... and its dead so we sent it off": how it is, not a thing
        if not np.product or np.pronoun or looks_like_place([t.text for t in np.product]) or \
                head(np.product) in NOT_ITEMS or \
                head(np.product) in PEOPLE or _name_words(np.product) > 5:
            continue
        s = _back_from(words, q)
        r = s
        prep = preposition_at(words, s)
        if prep:
            r = prep[1]
            while r < len(words) and _nouny(words, r):
                r += 1
        places = [pl for seg in read_region(toks[p:q] + toks[s:r]) for pl in seg.places]
        best = (np, places)
    return best


def _back_from(words: list[str], q: int) -> int:
    """Where the place said after a name starts: past "is"/"'s" when it says the thing is back
    ("the mower's back from the repair shop, it's in the barn": it came from the repair shop)."""
    if words[q:q + 1] and words[q] in V.BE and words[q + 1:q + 3] == ["back", "from"]:
        return q + 1
    return q


def _name_words(product: list[Tok]) -> int:
    """How many words a name has, a number said in words counting once ("the twenty eight mil
    gp five thousands" is a name of four)."""
    return sum(1 for k, t in enumerate(product)
               if not (k and is_number_word(t.text) and is_number_word(product[k - 1].text)))


def _nouny(words: list[str], k: int) -> bool:
    """Whether words[k] may go on a noun phrase (no verb, preposition, break or pronoun)."""
    w = words[k]
    if w in CLAUSE_BREAKS or w in _TOPIC_ENDS or w in V.BE or w in V.HAVE or preposition_at(words, k):
        return False
    if not any(ch.isalnum() for ch in w):
        return False
    if k > 0 and words[k - 1] in DETERMINERS and w in CONDITION_WORDS or w in NAME_PARTICIPLES:
        return True  # "the broken printer", "queen fitted sheet"
    if V.lookup(words, k) and not V.maybe_noun(w):
        return False
    return not (len(w) >= 4 and w.endswith("ed") and not w.endswith("eed") and w not in PLACE_HEADS_ALL)
