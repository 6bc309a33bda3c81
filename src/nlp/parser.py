"""The pipeline: text -> guard -> tokens -> fillers -> questions -> triggers -> clauses -> items.

Each step lives in its rule-family module; this one wires them: it splits a sentence into
clauses and reads each clause's items before and after its event word. A clause's phrase and
places become a draft in draft_events.py, places said without a preposition are found in
bare_places.py, "it"/"them" are resolved in followups.py, and finish.py turns drafts into items.
"""
from __future__ import annotations

import dataclasses

from . import guard
from . import verbs as V
from .afterthoughts import ALL_OF, drop_afterthoughts, says_how
from .records import card_out, drop_references, read_record
from .amounts import amount_said, closing_qty, only_amount, only_source, size_said, take_amount
from .bare_places import bare_places, heading_place, is_bare_place, names_a_spot, without_when
from .catalog_spans import Reading, joined, reread
from .clause_words import CLAUSE_BREAKS, SUBJECTS, is_pronoun_subject
from .draft_events import GIVING, PARTICLES_ALL, fitted_by_going, is_place, make_draft, place_words, sent_for_repair
from .drafts import Draft
from .faults import fault_report
from .fillers import drop_fillers
from .finish import finish
from .followups import resolve_pronouns
from .list_places import place_for_the_list
from .logs import drop_log_marks
from .headings import (EVENT_NOUNS, Heading, arrived_as_new, arrived_by_arrow, headed_sentences,
                       name_without_count_word, place_heading, place_without_count_word, read_heading,
                       tail_heading)
from .model import CatalogHints, Parse
from .mood import left_open_end
from .not_items import NOT_ITEMS
from .notations import bracket_amount, glued_measure
from .numbers import ABOUT_WORDS, is_number_word, read_quantity
from .ones import (name_said_before, name_the_ones, note_topic, ones_after_their_name,
                   ones_of_the_one_before, told_apart_after, which_ones)
from .people import is_person, left_for_work, names_said_as_places
from .phrases import _TIMES as _TIMES_RE, CONDITION_WORDS, END_STATES, NounPhrase, PRONOUNS, head, on_container, plural_then_count, read_noun_phrase
from .places import PLACE_HEADS as PLACE_HEADS_ALL
from .places import (DETERMINERS, ID_PLACE_HEADS, JOB_REMARKS, LANDMARKS, PEOPLE, TIME_WORDS, WEEKDAYS, looks_like_place, place_suffix,
                     preposition_at)
from .questions import doubting_remark, not_a_statement, request_after
from .readings import drop_readings
from .regions import Place, Segment, for_whom, amount_each, place_then_things, state_clause, done_before_joined, amount_of_them, split_total, product_segments, read_region
from .repairs import undo_repairs
from .shapes import DELIVERY_WORDS, OBJECT_BEFORE, STOCK_WITH, Trigger, find_triggers
from .tallies import read_tally
from .terse_notes import verbless
from .tokens import ARROWS, Tok, tokenize
from .typos import fuzzy_triggers
from .units import BARE_UNITS, SIZE_MEASURES, unit_of
from .variants import VariantList, model_number, read_variant_list, read_variant_moves, split_breakdown
from .verbs import unknown_verb

# words for a kind of stock, not a thing of it
GENERIC_STOCK = frozenset({"returns", "return", "leftovers", "extras", "spares", "supplies",
                           "stuff", "items", "things", "goods", "overstock", "backstock"})

def parse(text: str, hints: CatalogHints | None = None) -> Parse:
    """One sentence -> the items said in it, or none and the reason why. Never raises on input."""
    reason = guard.check(text)
    if reason:
        return Parse(text if isinstance(text, str) else "", (), reason)
    try:
        return _parse(text, hints)
    except Exception as exc:  # a rule bug must not take the intake down; tests fuzz for these
        return Parse(text, (), f"internal error: {type(exc).__name__}")


def _parse(text: str, hints: CatalogHints | None) -> Parse:
    clean = guard.clean(text)
    said = undo_repairs(drop_fillers(drop_log_marks(tokenize(clean), clean)))
    toks = split_breakdown(drop_afterthoughts(said))
    if not any(not t.is_punct for t in toks):
        return Parse(text, (), "no inventory statement (only fillers)")
    why_not = not_a_statement(toks)
    if why_not:
        return Parse(text, (), why_not)
    if fault_report(toks):
        # "belt slipping again, reported to facilities": the thing is still here, still ours
        return Parse(text, (), "a fault report, not stock")
    toks = drop_readings(toks)  # "fridge 3: 12 yoghurts, 3.2c, all good": the stock, not its reading
    asked = request_after([t.text for t in toks])
    if asked:
        # "committees moved to the twelfth can you put a note on the hut door": the request
        # records nothing; what is said before it is read as a note of its own
        toks = toks[:asked]
        why_not = not_a_statement(toks)
        if why_not:
            return Parse(text, (), why_not)
    record, toks = read_record(toks)
    if record is not None:  # "qty 4 | M8x30 SHCS | rack C2"
        return _finish_parse(text, toks, record, [] if record else ["a log of readings, not stock"],
                             None, hints, said)
    toks = drop_references(card_out(toks))  # "used 4 QO115 on job 4471 (van 3)"
    # (run again, not taken from not_a_statement: read_record, card_out and drop_references have
    # moved or dropped words since, so the cut moves ("TKT-77 lost 1 clamp - ...??") or goes
    # ("Stock adj: where did they go - lost 2 gloves?" has one there, none here))
    doubt = doubting_remark([t.text for t in toks])
    if doubt:
        toks = toks[:doubt]  # "lost 1 clamp - customer walked off with it??": a doubt, no news
    if left_for_work([t.text for t in toks]):
        return Parse(text, (), "someone else's thing left for work, not stock")
    toks = tail_heading(headed_sentences(toks))
    triggers = find_triggers(toks)
    arrows_only = bool(triggers) and all(t.kind == "arrow" for t in triggers)
    if arrows_only and toks[1:2] and (toks[1].text == ":" or _misspelt_verb_then_amount(toks)):
        # "Recieved: 3x flour -> dry store", "recieved 2 cases scrub -> pharmacy": a first word
        # that is a misspelt verb, before a colon or an amount, says the event ("Brake cables ->
        # ..." is a name)
        again = fuzzy_triggers(toks, all_of_them=True)
        if any(t.start == 0 and t.kind != "arrow" for t in again):
            triggers = again
    moves = read_variant_moves(toks) if any(t.kind == "arrow" for t in triggers) else None
    if moves:
        return _finish_parse(text, toks, _variant_items(moves), [], None, hints, said)
    variants = read_variant_list(toks, lambda words: heading_place(words, hints))
    if variants and not any(t.kind == "arrow" and not variants.place or t.blocked for t in triggers):
        return _finish_parse(text, toks, _variant_items(variants), [], None, hints, said)
    heading = read_heading(toks, triggers, lambda words: heading_place(words, hints))
    if heading:
        return _finish_parse(text, toks, *_heading_items(toks, heading, hints), None, hints, said)
    penalty = None
    cut = _blocked_remark(toks, triggers)
    if cut:
        # "Pens: 0 (someone keeps walking off with them)": the remark tells no event, the note
        # before it is read as if said alone
        head = toks[:cut]
        got = verbless(head)
        if not got:
            head, got = read_tally(head, lambda words: is_bare_place(words, hints))
        if got:
            toks, triggers, penalty = head, got, "no_verb"
    if not triggers:
        triggers = fuzzy_triggers(toks)
        penalty = "fuzzy_verb"
    if not triggers:
        triggers = verbless(toks)
        if not triggers:
            toks, triggers = read_tally(toks, lambda words: is_bare_place(words, hints))
        penalty = "no_verb"
    if not triggers:
        return Parse(text, (), "no inventory event: no event word (add, move, remove, count...)")
    drafts, reasons = _clauses(toks, triggers, hints)
    if penalty == "no_verb":
        arrived_as_new(toks, drafts)  # "churro mix 4 bags in dry storage (new)"
    place = place_heading(toks, triggers, lambda words: is_bare_place(words, hints))
    for d in drafts if place else ():
        if d.location is None and d.from_location is None and d.event in (V.REMOVED, V.ADDED, V.COUNTED):
            d.location = place  # "Van 3: used 2 x 15mm tees": taken from van 3
    return _finish_parse(text, toks, drafts, reasons, penalty, hints, said)


def _finish_parse(text: str, toks: list[Tok], drafts: list[Draft], reasons: list[str],
                  penalty: str | None, hints, said: list[Tok]) -> Parse:
    topic = note_topic(toks)
    arrived_by_arrow(toks, drafts)  # "In today: 4 mops -> cupboard": added there
    sent_for_repair(toks, drafts)  # "the polisher went off for repair": out of stock
    fitted_by_going(toks, drafts)  # "the new filter went on this morning": fitted
    names_said_as_places(text, toks, drafts, hints)  # "snapped on Biscuit": a horse, no place
    for d in drafts:
        if penalty:
            d.penalties.append(penalty)
        d.product = name_the_ones(d.product, topic)
    for before, d in zip(drafts, drafts[1:]):
        d.product = ones_of_the_one_before(before.product, d.product)  # "... and two green ones"
    if not topic:
        drafts = ones_after_their_name(drafts, V.COUNTED)  # "counted the X in Y there's 4 large ones"
    drafts = resolve_pronouns(drafts, reasons, toks)
    place_for_the_list(toks, drafts, hints)  # "50 boxes, 25 tubes. All stacked in the back office."
    for d in drafts:
        d.product = name_said_before(toks, d.product)  # "festoons the 20 metre ones we've got 8"
        if d.event == V.COUNTED:  # "stretch wrap count er we've got 5", "Chairs count hall: 40"
            d.product, d.location = place_without_count_word(d.product, d.location)
            d.product = name_without_count_word(d.product, toks)
        d.product = told_apart_after(d.product, said, hints)  # "sold two dry bags the twenty litre ones"
    if hints is not None:
        _reread_with_catalog(drafts, toks, hints)
    for d in drafts:
        _container_after_size(d)
    items = tuple(finish(d, hints) for d in drafts)
    if not items:
        return Parse(text, (), reasons[0] if reasons else "no product said")
    return Parse(text, items, None)


# what sets a remark apart from the note before it: a bracket, or the end of a sentence
_REMARK_OPENS = frozenset({"(", ".", "!", "?", ";"})


def _blocked_remark(toks: list[Tok], triggers: list) -> int:
    """Where a remark starts whose event words all tell nothing (a habit, a wish, a denial),
    said in brackets or a sentence of its own after a note with no event word ("Pens: 0
    (someone keeps walking off with them)"), or 0."""
    if not triggers or not all(t.blocked for t in triggers):
        return 0
    first = min(t.start for t in triggers)
    cut = max((k for k in range(first) if toks[k].text in _REMARK_OPENS), default=0)
    return cut if sum(not t.is_punct for t in toks[:cut]) >= 2 else 0


def _misspelt_verb_then_amount(toks: list[Tok]) -> bool:
    """'recieved 2 cases scrub -> ...': a long first word, then an amount and more words before
    the arrow (a name with its number goes straight on to it: "bin 12 -> bin 14")."""
    words = [t.text for t in toks]
    end = read_quantity(words, 1)[1]
    return len(words[0]) >= 6 and words[0].isalpha() and end > 1 and end < len(words) and \
        words[end] not in ARROWS


def _container_after_size(d: Draft) -> None:
    """'rice 2lb bags: 64', 'compost 50L bags x 12': a container said after the size that ends
    the name, with the count said after it, is what the count is in."""
    words = [t.text for t in d.product]
    if d.unit is not None or d.quantity is None or len(words) < 3 or d.np is None or \
            not d.np.quantity_toks or d.np.quantity_toks[0].start < d.product[-1].end:
        return
    unit = unit_of(words[-1])
    starts = len(words) - (3 if unit_of(words[-2]) in SIZE_MEASURES else 2)  # "2 lb" / "2lb"
    size = unit_of(words[-2]) in SIZE_MEASURES or glued_measure(words[-2]) is not None
    named = starts > 0 and words[starts - 1].isalpha() and not is_number_word(words[starts - 1])
    if unit in BARE_UNITS and unit not in SIZE_MEASURES and words[-1] != unit and size and named:
        # ("5 gallon buckets 3": the size opens the name, so the buckets are the thing)
        d.unit, d.product = unit, d.product[:-1]


def _reread_with_catalog(drafts: list[Draft], toks: list[Tok], hints) -> None:
    """Let the catalog choose which said words are each item's name and which its amount
    (catalog_spans.py); only an item whose name and amount came from one noun phrase."""
    used: set[int] = set()
    places: set[int] = set()
    for d in drafts:
        for t in d.product + (d.location or []) + (d.from_location or []):
            used.add(t.start)
        places.update(t.start for t in (d.location or []) + (d.from_location or []))
        if d.np is not None:
            used.update(t.start for t in d.np.quantity_toks)
            used.update([d.np.unit_tok.start] if d.np.unit_tok else [])
        if d.trigger is not None and d.trigger.chars:
            used.update(t.start for t in toks if d.trigger.chars[0] <= t.start < d.trigger.chars[1])
    _join_names(drafts, toks, hints)
    named: dict[tuple[int, ...], list[Tok]] = {}  # a name taken longer, for its other items
    for d in drafts:
        if d.np is None or d.pronoun or not d.product:
            continue
        product = tuple(sorted(d.product, key=lambda t: t.start))
        key = tuple(t.start for t in product)
        if key in named:
            d.product = named[key]
            continue
        own = d.quantity == d.np.quantity and d.unit == d.np.unit  # else only the name may change
        rule = Reading(product, d.quantity, tuple(d.np.quantity_toks) if own else (), d.unit,
                       d.np.unit_tok if own else None, fixed_amount=not own)
        got = reread(rule, toks, used, places, hints)
        if (got.quantity, got.unit) == (rule.quantity, rule.unit):
            named[key] = d.product = list(got.product)
        else:
            d.product, d.quantity, d.unit = list(got.product), got.quantity, got.unit
            d.np = dataclasses.replace(d.np, product=list(got.product), quantity=got.quantity,
                                       quantity_toks=list(got.quantity_toks), unit=got.unit,
                                       unit_tok=got.unit_tok)


def _join_names(drafts: list[Draft], toks: list[Tok], hints) -> None:
    """Two items of one event cut apart at "and"/"&" that the catalog knows as one name ("blood
    fish and bone six tubs", "the cups and saucers"; catalog_spans.joined) become one item,
    with the amount said for either; the second must say no amount before its name."""
    k = 0
    while k + 1 < len(drafts):
        a, b = drafts[k], drafts[k + 1]
        ok = a.np is not None and b.np is not None and not a.pronoun and not b.pronoun and \
            a.event == b.event and a.from_location == b.from_location and \
            (a.quantity is None or b.quantity is None) and \
            not (b.np.quantity_toks and b.np.quantity_toks[0].start < b.product[0].start) and \
            not (b.np.unit_tok is not None and b.np.unit_tok.start < b.product[0].start)
        run = joined(a.product, b.product, toks, hints) if ok else None
        if run is None:
            k += 1
            continue
        keep = a if b.quantity is None else b
        keep.product = run
        keep.np = dataclasses.replace(keep.np, product=run)
        keep.location = a.location or b.location
        del drafts[k + 1 if keep is a else k]


# ---------------------------------------------------------------------------------------------
# clauses


def _split_at_break(toks: list[Tok]) -> int | None:
    """Index of the last clause break in toks (not one inside brackets: "gloves (nitrile,
    medium) x 10 boxes received"), or None."""
    depth = 0
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text == ")":
            depth += 1
        elif toks[k].text == "(" and depth:
            depth -= 1
        elif toks[k].text in CLAUSE_BREAKS and not depth:
            return k
    return None


def _clauses(toks: list[Tok], triggers: list[Trigger], hints) -> tuple[list[Draft], list[str]]:
    """Give each trigger the words before it (pre) and after it (post), then read its items."""
    triggers = _merge_coordinated(toks, triggers)
    n = len(toks)
    for trig in triggers:
        if trig.end > trig.start:
            trig.chars = (toks[trig.start].start, toks[trig.end - 1].end)
    pres: list[list[Tok]] = []
    posts: list[list[Tok]] = []
    prev_end = 0
    joined: set[int] = set()  # clauses said after the one before with only "and" between
    for k, trig in enumerate(triggers):
        gap = toks[prev_end:trig.start]
        if k == 0:
            pres.append(gap)
        else:
            b = _split_at_break(gap)
            if b is not None and gap[b].text == "and" and not any(
                    t.text in CLAUSE_BREAKS or t.text in ("(", ")") for t in gap[:b] + gap[b + 1:]):
                joined.add(k)
            if trig.kind == "arrow" and triggers[k - 1].kind == "active" and not any(
                    t.text in (".", ";", "!", "?") for t in gap):
                b = None  # "relocated: filing cabinet, office -> front office": one clause
            if b is None and triggers[k - 1].lemma == "leave" and triggers[k - 1].blocked == "state":
                # "someones been leaving the gate open again the foxes are getting in": how it was
                # left ends its clause, the next sentence is one of its own
                e = left_open_end([t.text for t in toks], triggers[k - 1].start)
                if e is not None and prev_end <= e < trig.start:
                    posts.append(toks[prev_end:e])
                    pres.append(toks[e:trig.start])
                    prev_end = trig.end
                    continue
            if b is not None and trig.kind in OBJECT_BEFORE and triggers[k - 1].kind in OBJECT_BEFORE:
                # "the trimmer is in the shed and the blower and the barrow are in the barn": the
                # first clause ends at its first break
                b = next(j for j, t in enumerate(gap) if t.text in CLAUSE_BREAKS)
            if trig.kind in OBJECT_BEFORE and gap and gap[-1].text in (
                    "which", "that", "they", "it", "these", "those", "both", "all"):
                # "brought us 3 cartons of almond milk which are in the fridge", "got in 40 cases
                # um they're on rack c2": a clause about them, said without a break
                posts.append(gap[:-1])
                pres.append(gap[-1:])
            elif b is None:
                if trig.kind in OBJECT_BEFORE and triggers[k - 1].kind in OBJECT_BEFORE:
                    posts.append([])
                    pres.append(gap)
                else:
                    posts.append(gap)
                    pres.append([])
            else:
                posts.append(gap[:b])
                pres.append(gap[b + 1:])
        prev_end = trig.end
    posts.append(toks[prev_end:n])
    for k, trig in enumerate(triggers):
        if trig.subject is not None:
            pres[k] = toks[trig.subject[0]:trig.subject[1]]  # the item before a relative clause
        elif _clause_of_its_own(pres[k]):
            pres[k] = []  # "wrapped the vintage phone and put it in the props truck"
        else:
            pres[k] = done_before_joined(pres[k])
    drafts: list[Draft] = []
    reasons: list[str] = []
    state_pre: list[Tok] = []
    orphan: list[Tok] = []
    spoilt = False  # the trigger before said how a thing is ("is dead", "snapped")
    for trig, pre, post in zip(triggers, pres, posts):
        if trig.blocked == "relative":
            continue  # background said about an item (a relative clause), not the event
        if state_pre and trig.event == V.COUNTED and amount_said(
                [t.text if t.text != "one" else "1" for t in _strip_breaks(pre)
                 if t.text not in ABOUT_WORDS and t.text != "each"]):
            # "coffee pods running out, 1 box left": how the stock is, then its count
            pre = state_pre + pre
        if state_pre and trig.kind == "active" and not trig.blocked and only_amount(_strip_breaks(post)):
            # "the flour got damp so we binned two bags": the amount is of the thing that got so
            post = _strip_breaks(post) + [Tok("of", post[-1].end, post[-1].end)] + state_pre
        if spoilt and _bare_disposal(trig, pre, post):
            # "hako iron is dead, binned", "sprayer broken, scrapped": what broke was thrown out
            post = [Tok("it", trig.chars[1], trig.chars[1])] + _sentence_of(post)
        spoilt = trig.blocked == "state"
        state_pre = _strip_breaks(pre) if trig.blocked == "state" and (
            trig.kind != "active" or trig.lemma == "get") else []
        if trig.blocked:
            reasons.append("not an event: " + {
                "negated": "the action is denied",
                "conditional": "it depends on something that has not happened",
                "state": "it says how something is, not what happened to it",
                "habit": "it says what is done as a rule, not what happened",
            }.get(trig.blocked, "a request or a plan, not something that happened"))
            continue
        more_counts: list[list[Tok]] = []
        if trig is triggers[-1] and trig.event == V.COUNTED:
            post, more_counts = _counted_sentences(pre, post)
        bare_to = _bare_destination(trig, drafts, pre, post, hints)
        got = [] if bare_to else _clause_items(trig, _strip_breaks(pre), _strip_breaks(post), hints)
        if not got and orphan and trig.kind == "active" and not _strip_breaks(pre) and \
                not _strip_breaks(post):
            # "dropped 2 trays of eggs, binned": the things the verb before said nothing about
            got = _clause_items(trig, [], orphan, hints)
        if not got and drafts and trig.chars and _strip_breaks(pre) and amount_said([t.text for t in _strip_breaks(pre)]):
            # "mattresses: 4 moved to the loft, 2 binned": an amount of the thing said before
            at = trig.chars[0]
            got = _clause_items(trig, _strip_breaks(pre) + [Tok("of", at, at), Tok("them", at, at)],
                                _strip_breaks(post), hints)
        orphan = _strip_breaks(post) if not got and trig.kind == "active" else []
        if got and trig.kind == "there" and len(got) == 1 and got[0].quantity is not None and \
                len(got[0].product) == 1 and unit_of(got[0].product[0].text) and not got[0].location \
                and len(drafts) == 1 and drafts[0].quantity is None and drafts[0].np is not None:
            # "took the drum sticks to studio b, there's eight pairs": the amount of the item said
            d, amount = drafts[0], got[0]
            d.quantity, d.unit = amount.quantity, unit_of(amount.product[0].text)
            d.np.quantity_toks, d.np.unit_tok = amount.np.quantity_toks, amount.product[0]
            continue
        if got and trig.kind == "there" and len(got) == 1 and got[0].quantity is not None and \
                [t.text for t in got[0].product][-1:] == ["ones"] and not got[0].location \
                and len(drafts) == 1 and drafts[0].quantity is None and drafts[0].np is not None \
                and drafts[0].event == V.COUNTED and not which_ones(got[0].product):
            # "counted the pins in the cage there's thirty one good ones": how many of them
            # ("... five of the large ones" names which: ones.ones_after_their_name)
            drafts[0].quantity, drafts[0].np.quantity_toks = got[0].quantity, got[0].np.quantity_toks
            continue
        if not got and drafts and not pre and trig.kind == "active" and _elided_object(post):
            # "was taken out of room 204 and put in the lobby", "bought 2 fans and stored in
            # bay 3": a second verb with no object of its own is about the items before
            got = _clause_items(trig, [], [Tok("them", trig.chars[1], trig.chars[1])]
                                + _strip_breaks(post), hints)
            if got and all(d.pronoun for d in got):
                drafts.extend(got)
                continue
            got = []
        if not got and drafts and all(t.text in _AUXILIARIES for t in _strip_breaks(pre)) and \
                trig.kind in ("copula", "passive", "subject") and trig.chars:
            # "was bought last week and is in the basement now": the same subject goes on
            got = _clause_items(trig, [Tok("it", trig.chars[0], trig.chars[0])], _strip_breaks(post), hints)
            if got and all(d.pronoun for d in got):
                drafts.extend(got)
                continue
            got = []
        if not got and drafts and (not pre or trig.kind == "arrow" and (only_source(pre) or all(
                t.text in TIME_WORDS or t.text in CLAUSE_BREAKS or t.text in ("this", "last")
                for t in pre) or _only_bracket(pre))) and \
                trig.kind in ("active", "passive", "arrow"):
            # "got 3 chairs delivered to reception", "moved drill->van": the place goes to the
            # items before
            amount = None
            if trig.kind == "arrow" or bare_to:
                post, amount = closing_qty(_strip_breaks(post))
                post = _without_job_remark(post) if trig.kind == "arrow" else post
                places = [Place("to", post, [])] if post else []
            else:
                places = [p for s in read_region(_strip_breaks(post)) if not (s.np and s.np.product)
                          for p in s.places if p.role in ("to", "at") and is_place(p)]
            before = [d for d in drafts if d.trigger is drafts[-1].trigger]
            # "filing cabinet, office -> front office": a bare place among the items is the source
            sources = [d for d in before if trig.kind == "arrow" and len(before) > 1 and
                       d.quantity is None and looks_like_place([t.text for t in d.product])]
            drafts = [d for d in drafts if d not in sources]
            for d in drafts:
                if d.trigger is before[0].trigger and d.location is None and places:
                    d.location = places[0].toks
                    if trig.kind == "arrow" and d.event == V.MOVED and d.from_location is None:
                        if sources:
                            d.from_location = sources[-1].product
                        else:
                            _terse_source(d)
                elif d.trigger is before[0].trigger and places and trig.kind == "arrow" and \
                        d.event == V.MOVED and d.from_location is None and d.location and \
                        trig.chars and 0 <= trig.chars[0] - d.location[-1].end <= 2 and \
                        not any(t.end <= d.location[0].start and d.location[0].start - t.end <= 1 and
                                preposition_at([t.text], 0) for t in toks):
                    # "light bulbs moved van 1 -> van 2": the place said bare before the arrow is
                    # where they came from
                    d.from_location, d.location = d.location, places[0].toks
                if amount and d.trigger is before[0].trigger and d.quantity is None and len(before) == 1:
                    d.quantity = amount[0]  # "... van 1 -> van 2, qty 10"
                    d.unit = d.unit or amount[1]
            continue
        if not got:
            reasons.append("no product said")
        drafts.extend(got)
        for sentence in more_counts:
            drafts.extend(_clauses(sentence, verbless(sentence), hints)[0])
    _share_joined_place(drafts, triggers, joined)
    return drafts, reasons


# words whose number after them tells which kind ("size 7", "model 18", "batch 44"): said alone
# after a count's full stop, a detail of what was counted
_NAME_DETAILS = frozenset({"size", "model", "batch", "type", "version", "gen", "series", "mark", "mk",
                           "grade", "class", "lot", "gauge"})


def _counted_sentences(pre: list[Tok], post: list[Tok]) -> tuple[list[Tok], list[list[Tok]]]:
    """'Nexgard spectra down to 2 packs. bravecto 5', 'Diet coke 330 - 0 left. Coke 330 - 14.':
    sentences after a count that are each only a name and its amount (no event word of their
    own, a verbless count when said alone) go on with the count, an item each; the count's
    clause ends at the first full stop. Else the words are left as they are."""
    stops = [k for k, t in enumerate(post) if t.text == "."]
    if not stops:
        return post, []
    bounds = stops + [len(post)]
    sentences = [post[a + 1:b] for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    said = [t.text for t in pre + post[:stops[0]]]
    if not any(read_quantity(said, k)[0] is not None for k in range(len(said))):
        return post, []  # ("resp. 6200 half mask - 4 on hooks": an abbreviation's stop)
    if any(len(x) == 2 and x[0].text in _NAME_DETAILS and x[1].text.isdigit() for x in sentences):
        return post, []  # "counted 6 helmets. size 7": the size of what was counted, no item
    if not sentences or any(find_triggers(x) or not verbless(x) or any(
            t.event != V.COUNTED for t in verbless(x)) for x in sentences):
        return post, []
    return post[:stops[0]], sentences


def _share_joined_place(drafts: list[Draft], triggers: list[Trigger], joined: set[int]) -> None:
    """'bar oil down to one drum and aspens down to two cans in the saw shed', 'we got two cases
    of wipes and a box of tongue depressors delivered to exam room 3': two clauses of the same
    count or arrival said as one list with "and", one saying where and the other not, share
    the place, as the items of one clause do."""
    for k in sorted(joined):
        a = [d for d in drafts if d.trigger is triggers[k - 1]]
        b = [d for d in drafts if d.trigger is triggers[k]]
        if not a or not b or triggers[k - 1].event != triggers[k].event or \
                triggers[k].event not in (V.COUNTED, V.ADDED):
            continue
        if {tuple(t.text for t in d.product) for d in a if d.product} & {tuple(t.text for t in d.product) for d in b}:
            continue  # "6 chairs in room 1 and there are 4 chairs": the same thing said twice is
            # two counts, the second of another place not said
        for held, bare in ((a, b), (b, a)):
            spots = {tuple(t.text for t in d.location) for d in held if d.location}
            if len(spots) == 1 and all(d.location and d.from_location is None for d in held) and \
                    all(d.location is None and d.from_location is None for d in bare):
                for d in bare:
                    d.location = held[0].location
                    d.penalties.append("shared_place")
                break


def _only_bracket(toks: list[Tok]) -> bool:
    """Whether words are one remark in brackets and nothing else ("x1 in (cust order Mr Lowe)
    -> back shelf"): said of the items before, so an arrow after it is still their place."""
    words = [t.text for t in _strip_breaks(toks)]
    return len(words) >= 3 and words[0] == "(" and words[-1] == ")" and "(" not in words[1:] \
        and ")" not in words[:-1]


def _bare_destination(trig: Trigger, drafts: list[Draft], pre: list[Tok], post: list[Tok],
                      hints) -> bool:
    """'rec'd 6 cs bleach, stored janitor closet': a verb of putting with no object, only a
    place said bare, after the items of an earlier clause: where those went."""
    words = [t.text for t in _strip_breaks(post)]
    return bool(drafts) and not _strip_breaks(pre) and trig.kind == "active" and \
        trig.event == V.MOVED and bool(words) and not preposition_at(words, 0) and \
        words[0] not in DETERMINERS and is_bare_place(words, hints)


# words a passive takes before its verb with no subject of their own ("... and have been put in
# the cellar"): the subject said before goes on
_AUXILIARIES = frozenset({"have", "has", "had", "been", "was", "were", "is", "are", "then", "also"})


def _clause_of_its_own(pre: list[Tok]) -> bool:
    """Words before a verb that are a clause of their own, opened by a verb the tables do not
    know and joined by "and" ("wrapped the vintage phone and | put it in the truck"): no subject."""
    words = [t.text for t in pre]
    return len(words) >= 3 and words[-1] in ("and", "then") and unknown_verb(words[0]) \
        and words[0] not in PLACE_HEADS_ALL and (words[1] in DETERMINERS or
                                                 read_quantity(words, 1)[0] is not None)


def _elided_object(post: list[Tok]) -> bool:
    """Whether a verb's words start with a place, so its object was left out ("and put in the
    lobby", "and stored back in bay 3")."""
    words = [t.text for t in _strip_breaks(post)]
    k = 1 if words[:1] and words[0] in ("back", "away", "over", "up", "down") else 0
    prep = preposition_at(words, k)
    return bool(prep) and prep[0] in ("to", "at") and prep[1] < len(words)


def _heading_items(toks: list[Tok], heading: Heading, hints) -> tuple[list[Draft], list[str]]:
    """The items of a 'HEADING: list' note (headings.py): the heading's event and place for each."""
    trig = heading.trigger
    if trig.end > trig.start:
        trig.chars = (toks[trig.start].start, toks[trig.end - 1].end)
    places = [Place("at", heading.place, [])] if heading.place else []
    got = _clause_items(trig, [], _strip_breaks(heading.body), hints, places)
    return got, ([] if got else ["no product said"])


def _variant_items(vl: VariantList) -> list[Draft]:
    """The items of a "PRODUCT: amount variant, ..." note (variants.py): each variant named with
    the heading's product ("black gaff tape"; after a model code: "tn-910 k"). The heading's
    words are copied after the variant so the name reads in that order; the copies start just
    after the variant and end at its end, so they sort after it, are never glued to a number
    ("230 paddles") and the product's span stays the variant's."""
    drafts = []
    for v in vl.variants:
        if not v.name:
            name = list(vl.head)
        elif vl.head_first or model_number([t.text for t in v.name]):
            name = list(vl.head) + list(v.name)  # ("HiFlo filters: 204 x6": "hiflo filters 204")
        else:
            at = v.name[-1].end
            name = list(v.name) + [Tok(t.text, at + 1, at) for t in vl.head]
        np = NounPhrase(name, v.quantity, v.quantity_toks, v.unit, v.unit_tok)
        drafts.append(Draft(vl.event, name, v.quantity, v.unit, v.place or vl.place or None,
                             np=np))
    return drafts


def _terse_source(d: Draft) -> None:
    """'moved wheelbarrow shed -> garage', 'mv filing cabinet 2nd fl -> basement': between a move
    verb and an arrow, a place said bare after the item is where it came from."""
    if len(d.product) < 2:
        return
    k = place_suffix([t.text for t in d.product])
    if 0 < k < len(d.product):
        d.product, d.from_location = d.product[:k], d.product[k:]


# verbs of getting a thing ourselves ("got in", "bought", "picked up", "logged a new")
_GETTING = frozenset({"get", "get in", "buy", "pick up", "log"})


def _bought_by_us(trig: Trigger) -> bool:
    """Whether the trigger says we got or bought the thing, as a verb ("bought", "got in"; not
    the noun of a note, "purchase of", whose trigger takes its "of" too)."""
    return trig.kind == "active" and trig.lemma in _GETTING and \
        trig.end - trig.start <= len(trig.lemma.split())


def _bare_disposal(trig: Trigger, pre: list[Tok], post: list[Tok]) -> bool:
    """A throwing out or scrapping said with no object before the sentence ends ("..., binned.",
    "scrapped. Chucked in skip"): it is of the thing whose state was just said."""
    rest = [t for t in _strip_breaks(_sentence_of(post)) if t.text not in TIME_WORDS]
    return trig.kind == "active" and not trig.blocked and trig.event in (V.REMOVED, V.THROW) and \
        trig.chars is not None and not _strip_breaks(pre) and (
            not rest or rest[0].text in ("in", "into") and not any(t.text in PRONOUNS for t in rest))


def _sentence_of(post: list[Tok]) -> list[Tok]:
    """The words of post up to the end of its sentence."""
    return post[:next((k for k, t in enumerate(post) if t.text in (".", ";", "!")), len(post))]


def _strip_breaks(toks: list[Tok]) -> list[Tok]:
    while toks and toks[0].text in CLAUSE_BREAKS:
        toks = toks[1:]
    while toks and toks[-1].text in CLAUSE_BREAKS:
        toks = toks[:-1]
    return toks


def _merge_coordinated(toks: list[Tok], triggers: list[Trigger]) -> list[Trigger]:
    """'received and stored 5 boxes in the closet': two verbs, one object; keep the first verb's
    event and let it read the second verb's words."""
    out: list[Trigger] = []
    for trig in triggers:
        if out and out[-1].kind == "active" and trig.kind == "active" and not trig.blocked and \
                out[-1].blocked != "state":  # ("display rack broken, scrapped it": a state, then the event)
            between = toks[out[-1].end:trig.start]
            if between and all(t.text in ("and", ",", "then", "&", "or") for t in between):
                prev = out[-1]
                event = prev.event
                if event in (V.TAKE, V.THROW) or prev.lemma == "drop" and trig.event in (V.REMOVED, V.THROW):
                    event = trig.event  # "grabbed and moved" -> moved; "dropped and discarded" -> removed
                out[-1] = Trigger(prev.start, trig.end, prev.lemma, event, "active",
                                  prev.guessed, prev.blocked, prev.zero or trig.zero)
                continue
        out.append(trig)
    return out



def _clause_items(trig: Trigger, pre: list[Tok], post: list[Tok], hints,
                  places: list[Place] | None = None) -> list[Draft]:
    """The items of one clause, by the trigger's shape (see shapes.py). `places` are said for
    the whole clause (a heading's place)."""
    kind = trig.kind
    counted = trig.event == V.COUNTED
    extra_places: list[Place] = list(places or [])
    penalties: list[str] = ["guessed_trigger"] if trig.guessed else []
    # "mattress bags - moved from bay C to container 4 (x10)": an amount in brackets that ends
    # the clause is the item's, as after an arrow's place (_arrow_note)
    aside = bracket_amount([t.text for t in _strip_breaks(post)]) if kind != "arrow" else None
    if aside and aside[3]:
        aside = None  # ("cups (2 sleeves) and lids (1 sleeve)": each item's own, regions.py)
    said: list[Tok] = []
    if aside:
        post = _strip_breaks(post)
        post, said = post[:aside[0]], [t for t in post[aside[0] + 1:-1] if t.text not in ("each", "ea", "apiece")]
    if kind != "arrow":  # (an arrow note reads its own colon: "lobby -> conf rm B: 6 chairs")
        post, head_place = _colon_heading(post, hints, kind == "count", counted)
        if head_place:
            extra_places.append(head_place)
        pre, fronted = _fronted_place(pre, kind)
        extra_places.extend(fronted)
        pre, head_place = _place_heading(pre, hints)
        if head_place:
            extra_places.append(head_place)
    if trig.zero and not _strip_breaks(post):
        pre = _topic_before_we(pre)
    if kind == "arrow":
        obj, arrow_places = _arrow_note(pre, _strip_breaks(post), counted, hints)
        extra_places.extend(arrow_places)
    elif kind == "passive" and _given_to_us(trig, pre, post):
        # "we've been sent 3 filters", "we were given a microwave by the tenants": it came to us
        trig = dataclasses.replace(trig, event=V.ADDED, kind="active")
        obj = read_region(post, counted)
        trig = _by_agent(trig, [p for s in obj for p in s.places])
        for s in obj:
            s.places = [p for p in s.places if not (p.prep and p.prep[0].text == "by")]
    elif kind == "passive" and trig.lemma in STOCK_WITH and post and post[0].text == "with" and \
            _strip_subject(pre):
        # "the van's loaded with ten tables and forty chairs": the subject is the place
        obj = read_region(post[1:], counted)
        extra_places.append(Place("at", _strip_subject(pre), []))
    elif counted and amount_each(pre, post, counted):
        obj, each_places = amount_each(pre, post, counted)  # "X and Y both down to 2 boxes each"
        extra_places.extend(each_places)
    elif kind in OBJECT_BEFORE:
        obj = _items_before_verb(kind, pre, post, counted, extra_places, trig.event == V.ADDED,
                                 terse=trig.lemma == "come in" and trig.end - trig.start == 1)
        if kind == "passive":
            trig = _by_agent(trig, extra_places)
    else:
        obj, trig = _items_after_verb(trig, pre, post, hints, extra_places, penalties)
        obj = split_total(obj)  # "got 4 new chairs, 2 in the hall and 2 in the office"
        if trig.event == V.TAKE:
            _drop_purpose_places(obj, post)
    if aside and (aside[2] or len(product_segments(obj)) == 1):
        for seg in product_segments(obj):
            if seg.np.quantity is None:
                seg.np.quantity, seg.np.quantity_toks = aside[1], said
    if trig.lemma in GIVING | _SENT_BY:
        # ("donated by the rotary club - 6 bags": who gave it, said apart from the verb)
        trig = _by_agent(trig, extra_places)
        for seg in obj:
            trig = _by_agent(trig, seg.places)
    if kind == "down":
        _last_one(obj, post)
    if counted or trig.event in (V.ADDED, V.REMOVED):
        obj, bare = bare_places(obj, hints, extra_places, counted, removal=trig.event == V.REMOVED,
                                bought=_bought_by_us(trig))
        extra_places.extend(bare)
    obj = _share_each(_share_units(_share_quantities(obj, counted)))
    if counted:
        _counts_like_the_rest(obj)
    for s in obj:
        if s.np and s.np.unit_only:
            s.np.unit, s.np.unit_tok, s.np.unit_only = None, None, False
    items: list[Draft] = []
    segs = product_segments(obj)
    if len(segs) > 1:
        # "put the returns, 3 wireless mice, back on shelf B3": a word for a kind of stock is
        # no item when the items are said
        segs = [s for s in segs if not (s.np.product and len(s.np.product) <= 2 and
                                        s.np.product[-1].text in GENERIC_STOCK)] or segs
    # places said with one item are shared with items that have none (said before or after)
    for idx, seg in enumerate(segs):
        places = list(seg.places)
        shared = False
        if not any(p.role in ("to", "at") for p in places):
            donor = next((s for s in segs[idx + 1:] if s.places), None) or next(
                (s for s in reversed(segs[:idx]) if s.places), None)
            if donor:
                places = places + [p for p in donor.places if p.role != "from" or not any(
                    q.role == "from" for q in places)]
                shared = True
        places += extra_places
        d = make_draft(trig, seg, places, penalties + (["shared_place"] if shared else []))
        if d:
            items.append(d)
    if not segs and (counted or trig.kind == "active"):
        # "there are 7": a count with no item; the item said before is meant (see resolve_pronouns);
        # also "... lost about 20" after the eggs were said
        amounts = [s for s in obj if s.np and s.np.quantity is not None]
        if not (counted and len(amounts) > 1 and len(amounts) == len(obj) and all(
                s.places and all(p.role == "at" for p in s.places) for s in amounts)):
            amounts = amounts[:1]  # (each amount with its own place: "there's three in the cage and
            # one on bay two", of the item said before, is an item each)
        for amount in amounts:
            places = amount.places + extra_places
            d = make_draft(trig, Segment(amount.toks, places, amount.np), places, penalties)
            if d:
                d.pronoun = " ".join(t.text for t in amount.toks)
                items.append(d)
    return items


# verbs of giving: said in the passive with the thing after them, it came to the subject
_GIVEN = frozenset({"give", "send", "hand", "lend", "loan", "donate", "deliver", "ship", "bring",
                    "gift", "offer", "issue", "pass", "leave"})


# verbs that may take who got the thing before the thing ("gave the scouts 4 tents")
_TWO_OBJECTS = frozenset({"give", "hand", "lend", "loan", "sell", "send", "offer", "pass", "issue",
                          "gift", "donate"})


def _first_object_a_person(trig: Trigger, post: list[Tok]) -> int:
    """Where the thing starts when a verb of giving names its receiver first ("gave the
    neighbours 3 spare chairs", "sold the school twenty chairs" is not: a school is no person),
    or 0."""
    if trig.lemma not in _TWO_OBJECTS:
        return 0
    words = [t.text for t in post]
    k = 1 if words[:1] and words[0] in DETERMINERS else 0
    for e in range(k + 1, min(k + 3, len(words)) + 1):
        if e < len(words) and all(w.isalpha() and not is_number_word(w) and w not in _LIST_JOINS
                                  and w not in ("for", "at", "with", "of")  # ("sold the fridge for fifty quid",
                                  # "sold a couple of ten mil shackles")
                                  and not preposition_at(words, x) for x, w in enumerate(words[k:e], k)) and \
                read_quantity(words, e)[0] is not None and words[e] not in ("a", "an") and \
                words[read_quantity(words, e)[1]:] not in (["of", "them"], ["of", "those"]):
            # "lent the scouts 6 tents": an amount after a short phrase starts the thing ("sold
            # the kayaks two of them" says how many kayaks)
            return e
        person = is_person(words[k:e], determined=k > 0)
        if (person or looks_like_place(words[k:e])) and e < len(words):
            start = _thing_after_receiver(words, e, person)
            if start:
                return start
    return 0


_THING_OPENS = frozenset({"a", "an", "some", "the", "our", "two", "their", "his", "her"})
# where the receiver of a giving is ("gave the lad on pontoon 4 a spare impeller"): said before the thing
_RECEIVER_AT = frozenset({"on", "at", "in", "from"})
_RECEIVER_AT_WORDS = 3


def _thing_after_receiver(words: list[str], e: int, person: bool) -> int:
    """Where the thing starts after its receiver, which ends at words[e]: right there, or after a
    short phrase of where the receiver is ("the lad on pontoon a spare impeller"), or 0."""
    if read_quantity(words, e)[0] is not None or words[e] in _THING_OPENS:
        return e
    if person and words[e] in _RECEIVER_AT:
        for j in range(e + 2, min(len(words), e + 2 + _RECEIVER_AT_WORDS)):
            if words[j] in ("a", "an"):
                return j  # (a place may hold a number or "the": "on pontoon 4", "at the bar")
        if words[e + 1:e + 2] and words[e + 1] in DETERMINERS:
            # "gave the folks at the hall 3 urns": an amount after "the" and a word or two of
            # place starts the thing ("on pontoon 4" has no "the" before its number)
            for j in range(e + 3, min(len(words), e + 2 + _RECEIVER_AT_WORDS)):
                if not words[j - 1].isalpha():
                    break
                end = read_quantity(words, j)[1]
                if read_quantity(words, j)[0] is not None and words[j] not in ("a", "an", "one") and \
                        end is not None and end < len(words) and words[end].isalpha() and \
                        words[end] not in ("of",):
                    return j
    return 0


def _given_to_us(trig: Trigger, pre: list[Tok], post: list[Tok]) -> bool:
    """'we've been sent 3 filters', 'got sent two impellers': a passive of giving whose subject
    is us (said or left out) and whose object follows."""
    if trig.lemma.split()[0] not in _GIVEN or not post:
        return False
    subject = [t.text for t in _strip_subject_tail(_strip_breaks(pre))]
    if subject and not set(subject) <= {"we", "i", "us", "'ve", "'ve", "have", "has", "had"}:
        return False
    first = post[0].text
    return first in ("a", "an", "some", "the", "our", "two", "three") or \
        read_quantity([t.text for t in post], 0)[0] is not None or \
        (first.isalpha() and not preposition_at([t.text for t in post], 0) and first not in
         ("by", "back", "out", "over", "away", "off", "up", "in", "to"))


def _arrow_note(pre: list[Tok], post: list[Tok], counted: bool, hints) -> tuple[list[Segment], list[Place]]:
    """An arrow note (below), with an amount in brackets after the place for its item, or for
    each ("CV470 -> shop shelf 2 (x12)", "jameson, jd -> back bar (1 each)"; notations.py)."""
    post, source = _bracket_source(post)
    aside = bracket_amount([t.text for t in post])
    said: list[Tok] = []
    words = [t.text for t in post]
    if aside:
        post, said = post[:aside[0]], [t for t in post[aside[0] + 1:-1] if t.text not in ("each", "ea", "apiece")]
    elif words[-1:] == [")"] and "(" in words[1:] and (
            _remark(words[len(words) - words[::-1].index("("):-1]) or
            _remark_after_place(words[:len(words) - 1 - words[::-1].index("(")],
                                words[len(words) - words[::-1].index("("):-1], hints)):
        post = post[:len(words) - 1 - words[::-1].index("(")]  # "-> Wrights (install Thurs)": a remark
    elif closing_qty(post)[1]:  # "Pouches -> decon room, qty 6 boxes", "chairs -> chapel x12"
        post, closing = closing_qty(post)
        aside, said = (len(post), closing[0], False, closing[1]), []
    post, more = _item_too(post, hints)
    obj, places = _arrow_parts(pre, post, counted, hints)
    if more:
        obj = obj + read_region(more, counted, particles=False)  # "-> site trailer, tripod too"
    if source and not any(p.role == "from" for p in places):
        places.append(source)
    prods = product_segments(obj)
    if aside and (aside[2] or len(prods) == 1):
        for seg in prods:
            if seg.np.quantity is None:
                seg.np.quantity, seg.np.quantity_toks = aside[1], said
                seg.np.unit = seg.np.unit or aside[3]
    return obj, places


def _bracket_source(post: list[Tok]) -> tuple[list[Tok], Place | None]:
    """An arrow's place without a source said in brackets after it, and that source ("->
    production floor (from sheet rack)", "-> container (back from Greenway job)")."""
    words = [t.text for t in post]
    if words[-1:] != [")"] or "(" not in words[1:]:
        return post, None
    o = len(words) - 1 - words[::-1].index("(")
    prep = preposition_at(words, o + 1) if o + 1 < len(words) - 1 else None
    if not prep or prep[0] != "from" or prep[1] >= len(words) - 1:
        return post, None
    return post[:o], Place("from", post[prep[1]:-1], post[o + 1:prep[1]])


def _remark(inner: list[str]) -> bool:
    """Whether words in brackets after a place say when or what for ("install Thurs", "needed
    today"), not which place ("client site (Harbour Dental)")."""
    return says_how(inner) or tuple(inner) in ALL_OF or any(  # ("(all of them)": how many)
        w in WEEKDAYS or w in TIME_WORDS or V.lookup(inner, k) for k, w in enumerate(inner))


# what closes a thing said after a place to say it went there as well ("..., tripod too")
_ALSO_SAID = (("too",), ("as", "well"))


def _item_too(post: list[Tok], hints) -> tuple[list[Tok], list[Tok]]:
    """An arrow's place without a thing said after its last comma with "too" or "as well" ("->
    lighting booth, yellow spike too"), and that thing: it went to the place as well. Not a
    place said so ("-> van, the shed too") nor one with a preposition ("..., one in bay 2 too")."""
    words = [t.text for t in post]
    if "," not in words[1:-1]:
        return post, []
    c = len(words) - 1 - words[::-1].index(",")
    rest = words[c + 1:]
    tail = next((len(a) for a in _ALSO_SAID if tuple(rest[-len(a):]) == a), 0)
    item = rest[:len(rest) - tail]
    if not tail or not item or any(preposition_at(item, k) for k in range(len(item))) or \
            is_bare_place([w for w in item if w not in DETERMINERS], hints):
        return post, []
    return post[:c], post[c + 1:len(post) - tail]


def _remark_after_place(place: list[str], inner: list[str], hints) -> bool:
    """Whether words in brackets after an arrow's place are a remark on it, not more of it: the
    place is one on its own and the bracket names none ("-> physio cupboard (not the boot
    room!!)", "-> minibus (pioneering @ camp)", "-> bench 1 (Tenere)"; not "-> locked cabinet
    (kit store)", nor "-> client site (Harbour Dental)", which is no place without its name)."""
    inner = [w for w in inner if w.isalnum() or w in ("@", "&", "'s")]
    return bool(place and inner) and is_bare_place(place, hints) and not is_bare_place(inner, hints) \
        and read_quantity(inner, 0)[0] is None


def _without_job_remark(post: list[Tok]) -> list[Tok]:
    """An arrow's place without the words after its first comma when they say what the job is
    ("-> paint booth, customer job", "cutting unit issue", "job 4471 Hendon Rd") or what is
    wrong with the thing, as a clause ("-> workshop, its leaking", "it's not charging"), not a
    place inside or around it ("top shelf", "Riverside showground")."""
    words = [t.text for t in post]
    if "," not in words[1:-1]:
        return post
    c = len(words) - 1 - words[::-1].index(",")
    remark = words[c + 1:]
    if all(w.isalpha() for w in remark) and remark[-1] in JOB_REMARKS:
        return post[:c]
    c = words.index(",", 1)
    remark = words[c + 1:]
    if remark[0] in JOB_REMARKS and len(remark) > 1 and any(ch.isdigit() for ch in remark[1]):
        return post[:c]  # "-> chipper truck, job 4471 Hendon Rd": the job by its number
    if state_clause(remark):
        return post[:c]
    return post


def _arrow_parts(pre: list[Tok], post: list[Tok], counted: bool, hints) -> tuple[list[Segment], list[Place]]:
    """The items and places of an arrow note. "drill -> van"; with the source said after a colon
    ("ladder: van -> shed", "box of wood screws: drawer 5 -> cabinet 2") or bare before the arrow
    ("4 drawer filing cabinet, office -> front office"); with the items after a colon
    ("bin 12 -> bin 14: m6 nuts", "lobby -> conf rm B: 6 padded folding chairs")."""
    post_words = [t.text for t in post]
    if ":" in post_words:
        c = post_words.index(":")
        places = [Place("to", post[:c], [])] if post[:c] else []
        if pre:
            places.append(Place("from", pre, []))
        return read_region(post[c + 1:], counted), places
    post_words = [t.text for t in post]
    f = next((k for k in range(1, len(post_words) - 1) if post_words[k] in ("from", "frm")), None)
    if f is not None:
        # "Baking trays x12 -> bakehouse from dry store": where it came from, said after
        places = [Place("to", post[:f], []), Place("from", post[f + 1:], post[f:f + 1])]
        return read_region(pre, counted, particles=False), places
    if "for" in post_words[1:] and not looks_like_place(post_words[post_words.index("for", 1) + 1:]):
        post = post[:post_words.index("for", 1)]  # "-> workshop for edge repair": what for
    post = _without_job_remark(post)
    places = [Place("to", post, [])] if post else []
    pre_words = [t.text for t in pre]
    if ":" in pre_words:
        c = len(pre_words) - 1 - pre_words[::-1].index(":")
        if "," in pre_words[c + 1:] and (pre_words[c - 1] in _RETURN_WORDS or any(
                tuple(pre_words[c - len(p):c]) == p for p in EVENT_NOUNS)):
            # "Rental return: FX6, 2x CFexpress, Teradek Bolt -> prep bay 1": an event heading,
            # then the items (not "ladder: van -> shed", the item, then where it was)
            return read_region(pre[c + 1:], counted, particles=False), places
        source = _strip_breaks(pre[c + 1:])
        if source and amount_said([t.text for t in source]):
            # "woggles: 40 -> drawer 2": after the colon is how many went, not where from
            obj = read_region(pre[:c], counted, particles=False)
            prods, amount = product_segments(obj), [s for s in read_region(source, counted, particles=False) if s.np]
            if len(prods) == 1 and len(amount) == 1 and take_amount(prods[0].np, amount[0].np):
                return obj, places
        if source:
            places.append(Place("from", source, []))
        return read_region(pre[:c], counted, particles=False), places
    obj = read_region(pre, counted, particles=False)
    prods = product_segments(obj)
    last = prods[-1] if prods else None
    if len(prods) > 1 and last.np.quantity is None and not last.places and \
            is_bare_place([t.text for t in last.toks], hints):
        obj = [s for s in obj if s is not last]  # "... filing cabinet, office -> front office"
        places.append(Place("from", last.toks, []))
    return obj, places


# a heading naming things coming back ("Rental return:", "Returns:")
_RETURN_WORDS = frozenset({"return", "returns", "returned"})


def _bare_place_seg(s: Segment, hints) -> bool:
    """A phrase that is only a place said bare ("..., kitchen")."""
    return bool(s.np and s.np.product and s.np.quantity is None and not s.places and
                is_bare_place([t.text for t in s.toks], hints))


def _place_after_amount(obj: list[Segment], hints, extra_places: list[Place]) -> list[Segment]:
    """A record line names its item before the verb and writes the place bare after the amount,
    with no preposition: "Omeprazole 20mg - stocktake 23 packs dispensary", "hay - counted 40
    bales hayloft". The words after the amount are then its place, not a second name, so the
    amount is left alone to be filled with the name said first (only one phrase after the verb
    and only words the catalog or the rules know as a place: "filters - counted 3 spare" keeps
    its name)."""
    segs = product_segments(obj)
    if len(segs) != 1 or segs[0] is not obj[0]:
        return obj
    np = segs[0].np
    if np.quantity is None or not np.product or not np.quantity_toks or np.pronoun or segs[0].places:
        return obj
    said = np.quantity_toks + ([np.unit_tok] if np.unit_tok is not None else [])
    toks = segs[0].toks
    k = next((i for i, t in enumerate(toks) if t is said[-1]), None)
    if k is None or toks[k + 1:] != np.product or toks[:k + 1] != [t for t in toks if t.start <= said[-1].start] \
            or not is_bare_place([t.text for t in np.product], hints):
        return obj
    extra_places.append(Place("at", list(np.product), []))
    np.product = [np.unit_tok] if np.unit_tok is not None else []
    np.unit_only = np.unit_tok is not None
    segs[0].toks = toks[:k + 1]
    return obj


def _only_amounts(segs: list[Segment]) -> bool:
    """Whether the phrases after a verb say only how much ("5 boxes", "12")."""
    prods = [s for s in segs if s.np]
    return bool(prods) and all(
        s.np.quantity is not None and (not s.np.product or s.np.unit_only or (
            len(s.np.product) == 1 and unit_of(s.np.product[0].text) is not None
            and (s.np.unit is None or s.np.unit_tok is s.np.product[0]))) for s in prods)
    # ("6 trays of rolls" names rolls; "5 boxes", "7 big bales" only say how much)


def _named_amounts(segs: list[Segment]) -> bool:
    """Whether the phrases name things with their amounts ("6 trays of bread"), not only amounts
    ("12 crates") or a time ("at 9")."""
    prods = product_segments(segs)
    return bool(prods) and not _only_amounts(prods) and all(
        s.np.quantity is not None and not preposition_at([t.text for t in s.toks], 0) for s in prods)


def _delivery_subject(pre: list[Tok]) -> bool:
    """Whether the subject is a delivery named by who or what it brings ("the bakery delivery",
    "the fish order")."""
    words = [t.text for t in _strip_breaks(pre)]
    return len(words) >= 2 and words[-1] in DELIVERY_WORDS and words[-2] not in DETERMINERS


def _topic_before_we(pre: list[Tok]) -> list[Tok]:
    """'the probe covers we've (run out)': a name said first, then "we"/"I" and only
    auxiliaries; the thing that ran out is the name."""
    k = next((k for k in range(len(pre) - 1, 0, -1) if pre[k].text in ("we", "i")), None)
    if k is None or not all(t.text in V.BE or t.text in V.HAVE or t.text in ("all", "just", "now")
                            for t in pre[k + 1:]) or pre[k - 1].text in CLAUSE_BREAKS | DETERMINERS:
        return pre
    return pre[:k]


def _spot_after_left(kind: str, obj: list[Segment], post_segs: list[Segment], s: Segment) -> bool:
    """'Blue pex — 2 coils left yard', '3L pots - 1,200 left, standing out': after one item and
    its amount, a short phrase closing "N left" (or a terse "N in", "x2 in, counter") is where
    they are, whatever it is called (`bare_places.names_a_spot`); not another item ("6 bags
    left, b-mix 11" says its amount)."""
    named = [o for o in product_segments(obj) if not o.np.unit_only]
    return kind in ("left", "in") and post_segs == [s] and len(named) == 1 and \
        any(o.np and o.np.quantity is not None for o in obj) and names_a_spot([t.text for t in s.toks])


def _items_before_verb(kind: str, pre: list[Tok], post: list[Tok], counted: bool,
                       extra_places: list[Place], arrival: bool = False, terse: bool = False) -> list[Segment]:
    """Passives, subject verbs, copulas, 'left': the item is said before the verb, places after.
    "the mop goes to the kitchen and the bucket to the garage": more items may follow."""
    obj = read_region(_strip_subject(pre, hard_only=True), counted, particles=False)
    post_segs = read_region(post, counted)
    if kind == "copula" and any(s.places for s in post_segs):
        for s in obj:
            # "the keys to the cage are on the hook": what the keys open, not where they went
            s.places = [p for p in s.places if p.role != "to"]
    if kind == "passive" and is_pronoun_subject(_strip_subject(pre, hard_only=True)) and _topicalised(pre):
        obj = read_region(_topicalised(pre), counted, particles=False)  # "The webcam I am put in ..."
    if arrival:
        for s in post_segs:
            words = [t.text for t in s.toks]
            while words and words[0] in TIME_WORDS:
                words = words[1:]  # ("came today for the office")
            if words[:1] == ["for"] and not s.places and looks_like_place(words[1:]):
                # "three new kayaks were bought for the boathouse": its place
                f = len(s.toks) - len(words)
                s.places, s.toks, s.np = [Place("at", s.toks[f + 1:], s.toks[f:f + 1])], [], None
    if kind in ("subject", "copula", "passive") and (not product_segments(obj) or arrival and (
            _delivery_subject(pre) and all(s.np.quantity is None for s in product_segments(obj))
            and _named_amounts(post_segs))) and \
            product_segments(post_segs) and all(not s.np or s.np.quantity is None or s.np.product
                                                 for s in obj):
        # ("the bakery delivery arrived, 6 trays of bread": what the delivery brought)
        # inverted: "came in today: 5 boxes of dental bibs", "today arrive two new office
        # chairs in reception", "in the garage now is the pressure washer"
        extra_places.extend(p for s in obj for p in s.places)
        extra_places.extend(Place("at", s.toks, []) for s in obj if not s.places and s.toks
                            and looks_like_place([t.text for t in s.toks]))
        return [s for s in post_segs if s.np and (s.np.product or s.np.pronoun)] or post_segs
    if kind == "left" and not any(s.np and s.np.product for s in obj):
        obj = _fill_product(obj, post_segs)  # "only 3 left of the paper towels"
        if not any(s.np and s.np.product for s in post_segs):
            extra_places.extend(p for s in post_segs for p in s.places)  # "6 left in the chandlery"
        post_segs = []
    elif kind == "left" and post_segs and post_segs[0].np and post_segs[0].np.quantity is not None \
            and not post_segs[0].np.product and obj and obj[-1].np and obj[-1].np.quantity is None:
        # "egg count 40 in cooler": the amount after the count word is the item's
        obj[-1].np.quantity = post_segs[0].np.quantity
        obj[-1].np.quantity_toks = post_segs[0].np.quantity_toks
        extra_places.extend(post_segs[0].places)
        post_segs = post_segs[1:]
    amounts = [s for s in post_segs[1:] if s.np and not s.np.product and not s.np.pronoun
               and s.np.quantity is not None and s.places]
    if amounts and obj and obj[-1].np and post_segs[0].places and not (
            post_segs[0].np and (post_segs[0].np.product or post_segs[0].np.pronoun)):
        # "copy paper: 2 cases left in the main office, 6 in the supply closet": more amounts
        # of the same item, each with its place
        first = post_segs[0].np
        if first and first.quantity is not None and obj[-1].np.quantity == first.quantity + sum(
                s.np.quantity for s in amounts):
            # "4 chairs arrived, 2 in the hall and 2 in the office": the total, then its parts
            obj[-1].np.quantity, obj[-1].np.quantity_toks = first.quantity, first.quantity_toks
        return obj[:-1] + [_with_places(obj[-1], post_segs[0].places)] + amounts
    places_only = []
    for s in post_segs:
        if s.np and s.np.product and s.np.quantity is None and not s.places and (
                looks_like_place([t.text for t in s.toks]) or
                _spot_after_left("in" if terse else kind, obj, post_segs, s)):
            places_only.append(s)  # "qty 3 miter saws on hand, warehouse"
            extra_places.append(Place("at", s.toks, []))
        elif _only_amounts([s]) and (not s.places or arrival) and s.np.product and obj and obj[-1].np \
                and obj[-1].np.product and obj[-1].np.quantity is None:
            # "the new batch of hand sanitizer arrived, 30 bottles": how much of it ("bread flour
            # came in this morning ten sacks in the dry store": and where it is)
            obj[-1].np.quantity, obj[-1].np.quantity_toks = s.np.quantity, s.np.quantity_toks
            obj[-1].np.unit = obj[-1].np.unit or unit_of(s.np.product[0].text)
            obj[-1].np.unit_tok = obj[-1].np.unit_tok or s.np.product[0]
            places_only.append(s)
            extra_places.extend(s.places)
        elif s.np and (s.np.pronoun or not s.np.product and not s.places) and s.np.quantity is not None \
                and obj and obj[-1].np and obj[-1].np.product and obj[-1].np.quantity is None:
            # ("loads of glasses got broken last night, like 15": how many)
            obj[-1].np.quantity = s.np.quantity  # "the elbows came in, 100 of them, in bin 15"
            obj[-1].np.quantity_toks = s.np.quantity_toks
            places_only.append(s)
            extra_places.extend(s.places)
        elif s.places and s.extra and not (s.np and s.np.product) and obj and obj[-1].np and \
                obj[-1].np.product and obj[-1].np.quantity is None and amount_of_them(s.extra):
            # "the tarps were nicked off the trailer three of them": how many, after the place
            obj[-1].np.quantity, obj[-1].np.quantity_toks = amount_of_them(s.extra)
        if s.deictic:
            for o in obj:
                o.deictic = True  # "the screws are in there too"
    post_segs = [s for s in post_segs if s not in places_only]
    more = [s for s in post_segs[1:] if s.np and s.np.product]
    if arrival and kind in ("subject", "passive") and obj and post_segs and post_segs[0].np and \
            post_segs[0].np.product and post_segs[0].np.quantity is not None and \
            not post_segs[0].np.pronoun and not _only_amounts(post_segs[:1]):
        # "four boxes of paper cups arrived plus two sleeves of lids": one more item
        return obj + post_segs[:1] + more
    if kind == "left" and obj and post_segs and post_segs[0].np and post_segs[0].np.product and \
            not post_segs[0].np.pronoun and _named_amounts(post_segs) and any(s.np and s.np.quantity is not None for s in obj):
        # "frost porcelain - 6 bags left, b-mix 11": the list of the count goes on, each thing
        # with its own amount, the first too ("fog fluid ran out halfway thru act 2" is when)
        return obj + product_segments(post_segs)
    for s in post_segs:
        if not (s.np and s.np.product):
            extra_places.extend(s.places)
    if more and obj and post_segs and post_segs[0] not in more:
        obj = [_with_places(obj[-1], post_segs[0].places)] if len(obj) == 1 else obj
        obj = obj + more
        extra_places[:] = [p for p in extra_places if p not in post_segs[0].places]
    return obj


def _drop_purpose_places(obj: list[Segment], post: list[Tok]) -> None:
    """"grabbed a contactor for the unit at the gym", "grabbed the spines for the binding on the
    proposals": after a taking verb, a place said inside what the thing is for is where that
    is, not where the thing went (it was taken for use: removed). "took the drill to the van
    for the job" keeps its "to", and "in" may still say where it went ("took the drill for the
    job in the van"); "put the heater for the hall on the van" is no taking."""
    words = [t.text for t in post]
    for seg in obj:
        for pl in list(seg.places):
            i = next((k for k, t in enumerate(post) if pl.prep and t is pl.prep[0]), None)
            if pl.role == "at" and i is not None and words[i] in ("at", "on") and for_whom(words, i):
                seg.places.remove(pl)


def _items_after_verb(trig: Trigger, pre: list[Tok], post: list[Tok], hints,
                      extra_places: list[Place], penalties: list[str]) -> tuple[list[Segment], Trigger]:
    """Active verbs and count shapes: the item is said after the verb; the words before are its
    subject, which may still be the place ("the garage now has 3 ladders"), the item ("the
    gloves are down to 2", "the drill moved to the van") or who did it ("the ups guy")."""
    counted = trig.event == V.COUNTED
    kind = trig.kind
    fronted = place_then_things(post) if kind in ("active", "have", "there") else None
    if fronted and product_segments(read_region(fronted[1], counted)) and (
            is_pronoun_subject(_strip_subject(_done_first(pre))) if _strip_subject(_done_first(pre))
            else trig.start == 0):
        # "I put in the minibus 8 helmets", "we have now in container four oil castrol": the
        # place said before the things (regions.place_then_things); said by the subject or as
        # the note's first word ("put in bay 2 ...", not "we've got loads in the garage ...")
        extra_places.extend(fronted[:1] if fronted[0] else [])
        post = fronted[1]
    obj = read_region(post, counted)
    obj, with_places = _stock_with(trig, obj, post, counted)
    extra_places.extend(with_places)
    subject = _strip_subject(_done_first(pre))
    if trig.lemma in STOCK_WITH and post and post[0].text == "with" and subject and \
            product_segments(read_region(post[1:], counted)):
        # "cleaning cart 3 restocked with 6 bottles of bleach": the place, then its new stock
        extra_places.append(Place("at", subject, []))
        return read_region(post[1:], counted), trig
    if trig.lemma in ("pick up", "collect") and {t.text for t in subject} & (DELIVERERS | _CUSTOMERS):
        # "the distributor picked up 20 empty kegs", "the courier collected 3 parcels": taken
        # away by someone else
        trig = dataclasses.replace(trig, event=V.REMOVED)
    elif trig.lemma in _BUYING and trig.event == V.ADDED and kind == "active" and product_segments(obj) and (
            {t.text for t in subject} & _CUSTOMERS or _someone_buying(subject) or _off_us(post)):
        # "a customer bought 2 inner tubes", "a family bought a tent", "the neighbour bought 3
        # bales off us": bought from us by someone else, so sold ("a member of staff bought 2
        # kettles", "some volunteers bought 10 bags" are us buying)
        trig = dataclasses.replace(trig, event=V.REMOVED)
    elif {t.text for t in subject} & DELIVERERS and trig.event in (V.MOVED, V.TAKE):
        trig = dataclasses.replace(trig, event=V.ADDED)  # "the ups guy dropped off 2 boxes"
    elif trig.lemma in _DROPPED_OFF and subject and (subject[0].text in _SOMEONE or _outsider(subject)) \
            and trig.event in (V.MOVED, V.TAKE) and not any(p.role == "to" for s in obj for p in s.places):
        # ("calor dropped off six bottles", "the feed lorry dropped off 20 bags": a supplier)
        # "somebody dropped off two bags of rice": left with us by someone else, it arrived
        trig = dataclasses.replace(trig, event=V.ADDED)
    if trig.lemma in GIVING and trig.event == V.REMOVED and subject and not \
            {t.text for t in subject} & FIRST_PERSON and not any(
                p.role == "to" for s in obj for p in s.places):
        # "somebody donated six boxes of green beans": given to us, not by us
        trig = dataclasses.replace(trig, event=V.ADDED)
    if trig.lemma in ("borrow", "loan") and {t.text for t in subject} & FIRST_PERSON and any(
            p.role == "from" for s in obj for p in s.places):
        # "we borrowed 2 period lamps from the museum": they came to us for a while
        trig = dataclasses.replace(trig, event=V.ADDED)
        for s in obj:
            s.places = [p for p in s.places if p.role != "from"]
    given_to = _first_object_a_person(trig, post) if kind == "active" else 0
    if given_to:
        # "gave the neighbours 3 spare chairs", "lent dave two ladders": who got it, then what;
        # "gave the kitchen 2 boxes of gloves": where it went
        if looks_like_place([t.text for t in post[:given_to] if t.text not in DETERMINERS]):
            extra_places.append(Place("to", post[:given_to], []))
        obj = read_region(post[given_to:], counted)
    if post and post[0].text in RECIPIENTS_US and len(post) > 1 and kind == "active" and \
            trig.event in (V.MOVED, V.REMOVED, V.TAKE, V.ADDED):
        # "the church gave us 12 card tables", "the caterer brought us 3 cartons": given to us
        trig = dataclasses.replace(trig, event=V.ADDED)
        obj = read_region(post[1:], counted)
    if subject and counted and trig.kind in ("down", "out", "left", "have") and \
            is_bare_place([t.text for t in subject if t.text not in DETERMINERS], hints) and \
            product_segments(obj):
        # "the kitchen is down to one bag of cornmeal", "Prep kitchen is out of parchment paper"
        extra_places.append(Place("at", subject, []))
        return obj, trig
    if subject and counted and trig.kind == "out" and product_segments(obj):
        held = [p for seg in read_region(subject, counted, particles=False) for p in seg.places
                if p.role == "at" and is_place(p)]
        if held:
            # "the printer in finance is out of toner": the place of what holds it
            extra_places.append(held[0])
            return obj, trig
    if kind == "have" and subject and {t.text for t in subject} & DELIVERY_WORDS:
        # "yesterday's delivery had 6 hdmi cables": what a delivery had arrived
        return obj, dataclasses.replace(trig, event=V.ADDED, kind="active")
    if trig.event == V.ADDED and _delivery_subject(pre) and _named_amounts(obj):
        return obj, trig  # "the bakery delivery arrived, 6 trays of bread": what it brought
    subject_words = [t.text for t in subject if t.text not in DETERMINERS]
    if subject_words and (is_person(subject_words) or subject_words[-1] in PEOPLE) and not (
            post and post[0].text in RECIPIENTS_US):
        if counted:
            return [], trig  # "our supplier has run out of gloves": someone else's stock
        if post and post[0].text in ("his", "her", "their"):
            return [], trig  # "the customer collected her car": their own thing
    if subject and is_pronoun_subject(subject) and kind == "active" and \
            not any(s.np and s.np.product for s in obj):
        topic = _topicalised(pre)
        if topic:
            # "Two chairs I moved to room 6", "The heater we give away to neighbor": the item
            # said first, before its subject
            places = [p for s in obj for p in s.places]
            amounts = [s for s in obj if s.np and s.np.quantity is not None and not s.np.pronoun]
            if amounts and not any(s.np and s.np.pronoun for s in obj):
                # "ear tags we got fifty in the tack room": the amount after the verb is of it
                obj = _fill_product(amounts, read_region(topic, counted, particles=False))
                return obj, _got_on_hand(trig, obj, post)
            obj = [s for s in obj if s.np and s.np.pronoun] or read_region(topic, counted, particles=False)
            if not any(s.np and s.np.pronoun for s in obj):
                extra_places.extend(places)
            return obj, _got_on_hand(trig, obj, post)
    if subject and is_pronoun_subject(subject) and product_segments(obj) and all(
            s.np.unit_only or (s.np.product and not s.np.pronoun and head(s.np.product) in ("one", "ones"))
            for s in product_segments(obj)) \
            and _topicalised(pre):
        # "disinfectant spray we have six cans on cart four", "hair spray we sold four cans":
        # the item said first, its amount in the containers after the verb, whatever the verb;
        # "dish soap we got two of the big five litre ones": "ones" are of it too (each of them:
        # "six of the usb a ones and two of the usb c ones")
        topic = read_region(_topicalised(pre), counted, particles=False)
        obj = [_ones_of(s, topic) if s.np and s.np.product else s for s in obj]
        return obj, _got_on_hand(trig, obj, post)
    if subject and is_pronoun_subject(subject) and _amount_then_items(obj) and _topicalised(pre):
        # "sand bags we've got eighteen on the dock and twelve stage weights": the first amount
        # is of the name said first, the items after it are their own
        topic = read_region(_topicalised(pre), counted, particles=False)
        obj = _fill_product(obj[:1], topic) + obj[1:]
        return obj, _got_on_hand(trig, obj, post)
    if not subject or is_pronoun_subject(subject):
        return obj, trig
    subj_segs = read_region(subject, counted, particles=False)
    subj_items = product_segments(subj_segs)
    if subj_items and not any(s.np and s.np.quantity is not None for s in subj_items):
        obj = _place_after_amount(obj, hints, extra_places)
    if kind == "have" or (trig.event == V.ADDED and is_bare_place([t.text for t in subject], hints)):
        # "the garage now has 3 ladders", "kitchen got in 3 bags of flour"
        extra_places.append(Place("at", subject, []))
    elif counted and (not product_segments(obj) or all(
            s.np.unit_only for s in product_segments(obj)) or product_segments(obj)[0].np.unit_only
            and all(_bare_place_seg(s, hints) for s in product_segments(obj)[1:])):
        # ("marquee stakes: 200 counted in container 3": the place said after the verb stays;
        # "Cling film: stocktake 3 rolls, kitchen": so does one said bare)
        extra_places.extend(p for s in obj if not s.np for p in s.places)
        bare = [s for s in product_segments(obj)[1:] if _bare_place_seg(s, hints)]
        extra_places.extend(Place("at", s.toks, []) for s in bare)
        obj = [s for s in obj if s not in bare]
        obj = _fill_product(obj, subj_segs)  # "the gloves are down to 2", "bleach is out"
    elif kind != "active" or not subj_items:
        pass
    elif _only_amounts([s for k, s in enumerate(obj) if not (k and _bare_place_seg(s, hints))]) and \
            not set(subject_words) & (DELIVERERS | _CUSTOMERS):
        # "gloves received 5 boxes", "chairs moved from hall to chapel (40)" (but "the supplier
        # dropped off 3 boxes" names who, not what); "Cling film: stocktake 3 rolls, kitchen"
        extra_places.extend(p for s in obj if not s.np for p in s.places)
        extra_places.extend(Place("at", s.toks, []) for s in obj[1:] if _bare_place_seg(s, hints))
        obj = _fill_product([s for k, s in enumerate(obj) if s.np and not (k and _bare_place_seg(s, hints))],
                            subj_segs)
    elif trig.final and post and product_segments(subj_segs):
        # a verb after its item, then places and amounts: "dish soap restocked, kitchen, 6 btl",
        # "2 cordless drills checked out - crew B"
        obj = _after_postposed_verb(subj_segs, obj, hints, extra_places)
        trig = _by_agent(trig, extra_places)
        penalties.append("subject_object")
    elif obj and all(s.np and s.np.product and s.np.quantity is None and not s.places
                     and is_bare_place(without_when([t.text for t in s.toks]), hints) for s in obj):
        # "2 pallets copy paper recvd loading dock": the item before, a place after ("drill
        # nicked off van 2 last night": and when)
        extra_places.extend(Place("at", s.toks[:len(without_when([t.text for t in s.toks]))], [])
                            for s in obj)
        obj = subj_segs
        penalties.append("subject_object")
    elif not product_segments(obj) or (obj and not (obj[0].np and obj[0].np.product)
                                        and obj[0].places):
        # reduced passive: "the drill moved to the van", "5 boxes delivered to reception"
        extra_places.extend(p for s in obj for p in s.places)
        obj = subj_segs
        trig = _by_agent(trig, extra_places)
        penalties.append("subject_object")
    return obj, trig


def _amount_then_items(obj: list[Segment]) -> bool:
    """Whether the words after a verb open with an amount of nothing named ("eighteen on the
    dock") and go on to name things of their own ("and twelve stage weights")."""
    first = obj[0].np if obj else None
    return bool(first and first.quantity is not None and not first.product and not first.pronoun
                and product_segments(obj[1:]))


def _done_first(pre: list[Tok]) -> list[Tok]:
    """'First aid kit checked and (put back ...)': what was done to the thing before the verb,
    in a past form no table knows, is no part of its name."""
    k = len(pre) - 1 - (pre[-1:] != [] and pre[-1].text == "and")
    if k >= 1 and _unlisted_past_form(pre[k].text) and pre[k - 1].text.isalpha() and \
            pre[k - 1].text not in DETERMINERS:
        return pre[:k]
    return pre


def _unlisted_past_form(w: str) -> bool:
    return len(w) >= 6 and w.endswith("ed") and not w.endswith("eed") and w.isalpha() and \
        w not in V.VERB_FORMS and not V.maybe_noun(w)


# who follows a trade word ("the mixer guy"); regions._ANYONE is after "to", people.ROLES anywhere
_TRADE_PEOPLE = frozenset({"guy", "man", "lady", "bloke", "fella", "chap", "woman", "lad"})


def _outsider(subject: list[Tok]) -> bool:
    """Whether who did it is not one of us: no "I"/"we"/"he"/"she"/"they", no name or role of a
    person ("calor", "the feed lorry", "the mixer guy"; not "tom", "the technician")."""
    words = [t.text for t in subject if t.text not in DETERMINERS]
    if len(words) >= 2 and words[-1] in _TRADE_PEOPLE and words[-2].isalpha() and \
            words[-2] not in FIRST_PERSON | {"new", "other", "young", "old"}:
        return True  # "the mixer guy", "the calor man": who brings a trade's goods
    return bool(words) and not is_pronoun_subject(subject) and not set(words) & FIRST_PERSON and \
        not is_person(words) and not is_person(words[-1:]) and words[-1] not in PEOPLE and \
        all(w.isalpha() for w in words)


def _topicalised(pre: list[Tok]) -> list[Tok]:
    """The noun phrase said before the subject ("Two chairs | I moved ...", "The heater | we give
    away ..."), or []."""
    toks = _strip_breaks(pre)
    k = next((k for k, t in enumerate(toks) if t.text in _SUBJECT_PRONOUNS and k > 0), None)
    if k is None or not all(t.text in V.BE or t.text in V.HAVE or t.text in SUBJECTS or
                            t.text in ("now", "just", "already", "also", "all", "then")
                            for t in toks[k:]):
        return []
    np = read_noun_phrase(toks[:k])
    return toks[:k] if np.product and not np.pronoun and not is_person(
        [t.text for t in np.product]) and head(np.product) not in NOT_ITEMS else []


# leading prepositions of a place said before the subject ("In kitchen we put 3 pans")
def _fronted_place(pre: list[Tok], kind: str) -> tuple[list[Tok], list[Place]]:
    """A place said first, before the subject: "In kitchen we put 3 new pans", "To the garage I
    have bring the lawn mower", "In the storeroom there is now 12 boxes"."""
    toks = _strip_breaks(pre)
    words = [t.text for t in toks]
    prep = preposition_at(words, 0) if words else None
    if not prep or words[0] == "by":
        return pre, []
    j = prep[1]
    k = j
    while k < len(words) and words[k] not in _SUBJECT_PRONOUNS and words[k] not in CLAUSE_BREAKS:
        k += 1
    if k == j or (k == len(words) and kind != "there") or (k < len(words) and words[k] in CLAUSE_BREAKS):
        return pre, []
    end = j
    while end < k and words[end] not in TIME_WORDS and words[end] not in ("now", "today"):
        end += 1
    place = Place(prep[0], toks[j:end], toks[:j])
    if end == j or not is_place(place):
        return pre, []
    return toks[k:], [place]


def _place_heading(pre: list[Tok], hints) -> tuple[list[Tok], Place | None]:
    """'boiler room: 2 furnace filters left': a place said as a heading before the items of a
    verb that follows them."""
    words = [t.text for t in pre]
    if ":" not in words[1:6]:
        return pre, None
    c = words.index(":")
    if c + 1 < len(words) and is_bare_place(words[:c], hints) and \
            product_segments(read_region(pre[c + 1:], True)):
        return pre[c + 1:], Place("at", pre[:c], [])
    return pre, None


def _by_agent(trig: Trigger, places: list[Place]) -> Trigger:
    """'3 boxes of hymnals donated by St. Luke's': "by" and no place is who did it; given by
    someone else, it arrived."""
    agents = [p for p in places if p.prep and p.prep[0].text == "by" and p.role == "at"
              and (not looks_like_place(place_words(p)) or trig.lemma in GIVING | _SENT_BY)
              and not (p.toks[0].text == "the" and place_words(p)[-1:] and place_words(p)[-1] in LANDMARKS
                       and trig.lemma not in GIVING | _SENT_BY)]  # ("hung up by the back door")
    # ("donated by St Mary's school": after giving or sending, "by" names who, even a place)
    if not agents:
        return trig
    places[:] = [p for p in places if p not in agents]
    if trig.lemma in GIVING and not set(place_words(agents[0])) & FIRST_PERSON:
        return dataclasses.replace(trig, event=V.ADDED)
    if set(place_words(agents[0])) & DELIVERERS and trig.event in (V.MOVED, V.TAKE):
        return dataclasses.replace(trig, event=V.ADDED)  # "dropped off ... by the supplier"
    if trig.lemma == "collect" and not set(place_words(agents[0])) & FIRST_PERSON:
        return dataclasses.replace(trig, event=V.REMOVED)  # "sharps bin collected by Initial"
    return trig


def _after_postposed_verb(subj: list[Segment], obj: list[Segment], hints,
                          extra_places: list[Place]) -> list[Segment]:
    """The subject's items, with the places and amounts said after their verb; people and
    remarks said there are dropped."""
    amounts = []
    for s in obj:
        if not s.np:
            extra_places.extend(s.places)
        elif _only_amounts([s]):
            amounts.append(s)
        elif s.np.product and s.np.quantity is None and (
                is_bare_place([t.text for t in s.toks], hints) or
                (len(s.np.product) == 1 and s.np.product[0].text in PLACE_HEADS_ALL)):
            extra_places.append(Place("at", s.toks, []))  # (", dock": a place noun alone)
        else:
            extra_places.extend(s.places)
    items = product_segments(subj)
    # "20 xlr cables in case 7, 10 in case 9 - counted": amounts said alone stay, to share a name
    alone = [s for s in subj if s not in items and s.np and s.np.quantity is not None]
    if amounts and items[0].np.quantity is None:
        items = _fill_product(amounts[:1], items[:1]) + items[1:]
    return items + alone if len(items) == 1 else items


def _with_places(seg: Segment, places: list[Place]) -> Segment:
    return Segment(seg.toks, seg.places + places, seg.np)


def _colon_heading(post: list[Tok], hints, count: bool = False, counted: bool = False) -> tuple[list[Tok], Place | None]:
    """'Stock count for the kitchen: milk 4, ...', 'Stocktake bay 3: ...', 'Delivered today: ...':
    what stands before a colon is a heading; a place there is every item's place."""
    words = [t.text for t in post]
    sep = ":" if ":" in words else next((w for w in ("is", "was", "=") if w in words[:6]), None) \
        if count else None  # ("count for the van is six light bulbs ...")
    if sep == "=" and words.count(sep) > 1:
        sep = None  # "rakes = 14, hoes = 6": a list of names with their amounts, no heading
    if sep is None and counted and "-" in words[1:6] and is_bare_place(
            [w for w in words[:words.index("-")] if w not in DETERMINERS], hints):
        # "counted the store room - 12 mops, 4 buckets": a place, then what is there
        d = words.index("-")
        lead = sum(1 for w in words[:d] if w in DETERMINERS)
        return post[d + 1:], Place("at", post[lead:d], post[:lead])
    if sep is None:
        return post, None
    c = words.index(sep)
    head, rest = post[:c], post[c + 1:]
    hw = words[:c]
    if count and hw and hw[0] == "of" and len(hw) > 1 and sep != ":":
        return head[1:] + rest, None  # "stock of tea bags is 3 box": the heading names the item
    rw = [t.text for t in rest]
    q, e = read_quantity(rw, 0)
    if q is not None and rw[e:e + 1] == ["for"]:
        rest = rest[:e] + rest[e + 1:]  # "count is 14 for the folding chairs": 14 folding chairs
    if not hw:
        return rest, None
    if all(w in TIME_WORDS or w in ("now", "today", "so", "far", "here", "update") for w in hw):
        return rest, None
    prep = preposition_at(hw, 0)
    first = read_region(rest, True)[:1]
    if not prep and first and first[0].np and first[0].np.unit_only and not first[0].places and \
            read_noun_phrase(head).product and not is_bare_place(hw, hints):
        # "counted petg filament: 4 spools, shelf 2": the heading names the item, the list
        # starts with its amount in containers
        said = read_noun_phrase(head).quantity_toks
        if len(said) == 1 and said[0].text[:1].isdigit() and (len(said[0].text) >= 3 or "." in said[0].text):
            return post, None  # ("795 black: 11 tubes", "1.6 ER70S-6 rods: 2 packs": a code or a
            # size opening the name is the name's, `notations.number_in_name`; "12 chairs: 3
            # boxes" may be a count with its containers)
        return head + rest, None
    start = prep[1] if prep else (1 if hw[0] in ("for", "of") else 0)
    place_words = hw[start:]
    if place_words and (prep or start or (is_bare_place(place_words, hints) and
                                          not any(w in V.VERB_FORMS for w in place_words))):
        # ("delivery from sysco: 4 cases chicken": where it came from, not where it is)
        return rest, Place("from" if prep and prep[0] == "from" else "at", head[start:], head[:start])
    if any(s.np and s.np.product and not s.np.unit_only and s.np.quantity is not None
           and not is_bare_place([t.text for t in s.toks], hints) for s in read_region(rest, True)):
        return rest, None  # "Housekeeping: 0 disinfectant wipes on floor 3": a label
    return post, None


def _stock_with(trig: Trigger, obj: list[Segment], post: list[Tok], counted: bool):
    """'restocked bin 12 with m6 nuts', 'stock aisle 7 with 12 cases of water': the first phrase
    is the place, the items come after 'with'."""
    words = [t.text for t in post]
    w = next((k for k, word in enumerate(words) if word in ("with", "w/")), None)  # (as noted)
    if trig.lemma not in STOCK_WITH or w is None:
        return obj, []
    if w == 0 or w == len(words) - 1:
        return obj, []
    items = read_region(post[w + 1:], counted)
    if not product_segments(items):
        return obj, []
    place = [t for t in post[:w]]
    return items, [Place("at", place, [])]


def _strip_subject(toks: list[Tok], hard_only: bool = False) -> list[Tok]:
    """The subject said before a verb, without what precedes its clause ("after the stock count,
    the front office has ...") and without trailing auxiliaries ("the gloves are" -> "the
    gloves"; "we 're" -> nothing)."""
    if hard_only:
        # items said before a passive or copula may be a list ("sugar, flour and rice all go in
        # the pantry"): only a break that ends a clause ("I know it sounds weird but the ...") cuts
        b = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text in _HARD_BREAKS), None)
    else:
        b = _split_at_break(toks)
    if b is not None and amount_said([t.text for t in toks[b + 1:] if t.text not in ("(", ")")]):
        # "ceiling tiles, 3 boxes, stored in ...", "clear acrylic 3mm: 8 sheets (counted)": the
        # amount of the name before the break
        b = _split_at_break(toks[:b])
    if b is not None and all(t.text in END_STATES or t.text in CONDITION_WORDS or t.is_punct
                             for t in toks[b + 1:]):
        # "Bee suit L - ripped, binned": how it was, then the verb; the thing is said before
        b = _split_at_break(toks[:b])
    if b is not None and not _item_list(toks[:b + 1]):
        toks = toks[b + 1:]
    k = 1 + (len(toks) > 1 and toks[1].text in PARTICLES_ALL)
    if len(toks) > k + 1 and unknown_verb(toks[0].text) and toks[0].text not in PLACE_HEADS_ALL and (
            toks[k].text in DETERMINERS or read_quantity([t.text for t in toks], k)[0] is not None):
        # "knocked over 3 jars of chutney, binned": a verb the tables do not know opens the
        # clause; the thing is its object ("graduated cylinders" is a name)
        toks = toks[k:]
    return _strip_subject_tail(toks)


_HARD_BREAKS = frozenset({".", ";", "!", "?", "but", "so", "because", "then", "while", "after",
                          "before", "although", "though"})


_LIST_JOINS = frozenset({",", "and", "+", "&", "plus"})


def _every_part_counted(words: list[str]) -> bool:
    """Whether each comma-separated part says an amount ("butter x10, eggs x6 trays")."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w == ",":
            parts.append([])
        else:
            parts[-1].append(w)
    return len(parts) >= 2 and all(p and any(
        read_quantity(p, k)[0] is not None and p[k] not in ("a", "an") or _TIMES_RE.match(p[k])
        for k in range(len(p))) for p in parts)


def _item_list(toks: list[Tok]) -> bool:
    """Whether words before a break are items of a list said before its verb: "1 cs almond milk
    + 2 cs oat milk rcvd", "the drill, the saw and the ladder were stolen". A clause before them
    ("after the stock count, the office has") is no list."""
    if not toks or toks[-1].text not in _LIST_JOINS:
        return False
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in CLAUSE_BREAKS and toks[k].text not in _LIST_JOINS:
            if toks[k].text in ("after", "before", "while", "since", "once", "when"):
                return False  # "after the stock count, the front office has": a time clause
            toks = toks[k + 1:]
            break
    words = [t.text for t in toks]
    # ("barcode scanner and label printer moved to ...": joined by "and", a list needs no article)
    return bool(words) and (read_quantity(words, 0)[0] is not None or words[0] in ("the", "a", "an")
                            or words[-1] in ("and", "&", "+", "plus")
                            or plural_then_count(words[:-1]) is not None
                            or _every_part_counted(words[:-1])) \
        and not any(V.lookup(words, k) and (words[-1] == "," or not V.maybe_noun(words[k]))
                    and not words[k].endswith("ing") for k in range(len(words)))


# pronouns that, said last before a verb, are its whole subject ("after the party we had",
# "if anyone's looking for the stud finder it's in the top drawer")
_SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "he", "she", "you", "it", "which"})


def _strip_subject_tail(toks: list[Tok]) -> list[Tok]:
    last = max((k for k, t in enumerate(toks) if t.text in _SUBJECT_PRONOUNS
                and not (k > 0 and toks[k - 1].text == "of")), default=None)  # ("20 sheets of it")
    if last is not None and last > 0 and all(t.text in V.BE or t.text in V.HAVE or t.text in
                                             ("now", "all", "still", "both") for t in toks[last + 1:]):
        toks = toks[last:]
    while toks and (toks[-1].text in V.BE or toks[-1].text in V.HAVE or toks[-1].text in
                    ("now", "just", "all", "currently", "still", "already", "only", "officially",
                     "finally", "also", "recently")):
        toks = toks[:-1]
    while toks and (toks[0].text in SUBJECTS | {"that", "this"} and len(toks) > 1 and
                    toks[1].text in V.BE | V.HAVE):
        toks = toks[2:]  # ("that's 6 chairs moved to the chapel")
    return toks


def _last_one(obj: list[Segment], post: list[Tok]) -> None:
    """'down to our last bag of coffee' -> 1."""
    words = [t.text for t in post[:3]]
    if obj and obj[0].np and obj[0].np.quantity is None and "last" in words:
        obj[0].np.quantity = 1


def _share_units(segs: list[Segment]) -> list[Segment]:
    """'six cartons of oat milk and four of almond milk': an amount said with "of" and no
    container of its own is in the container of the item before."""
    prev_unit = None
    for s in segs:
        np = s.np
        if not np:
            continue
        k = len(np.quantity_toks)
        if np.unit is None and np.quantity is not None and k and prev_unit and np.product and \
                s.toks[:k] == np.quantity_toks and s.toks[k:k + 1] and s.toks[k].text == "of" \
                and np.quantity_toks[0].text not in ("a", "an", "one") and not (
                    s.toks[k + 1:k + 2] and s.toks[k + 1].text in DETERMINERS):
            np.unit = prev_unit  # (but "2 of the blue masks" are 2 masks)
        prev_unit = np.unit
    return segs


def _share_each(segs: list[Segment]) -> list[Segment]:
    """'shampoo and conditioner two cases each': an amount said with "each" after the last item
    of a list is every item's."""
    last = next((s for s in reversed(segs) if s.np and s.np.product), None)
    if last is None or last.np.quantity is None or not last.toks or \
            last.toks[-1].text not in ("each", "apiece"):
        return segs
    for s in segs:
        if s is not last and s.np and s.np.product and s.np.quantity is None:
            s.np.quantity, s.np.unit = last.np.quantity, s.np.unit or last.np.unit
    return segs


# words a number after them names ("room 12", "size 9"), never an amount in a list
_NUMBERED = frozenset({"size", "number", "no", "model", "type", "#", "version", "gen", "series", "mark",
                       "mk", "cat", "class", "grade", "level", "phase", "part", "stage", "room", "bin"})


def _counts_like_the_rest(segs: list[Segment]) -> None:
    """'L boxes 120, M 300, S 85, wardrobe 12', '923-335 clear 4, P38 3': in a count whose other
    parts each end in their amount, a part read as a code with a number ("m 300", "p38 3") ends
    in its amount too."""
    named = [s for s in segs if s.np and s.np.product and not s.np.pronoun]
    if not any(s.np.trailing_quantity and s.np.quantity is not None for s in named):
        return
    for s in named:
        words = [t.text for t in s.np.product]
        last = words[-1]
        if s.np.quantity is None and not s.places and len(words) >= 2 and last.isdigit() and \
                len(last) <= 4 and last[0] != "0" and words[-2] not in _NUMBERED and \
                words[-2] not in ID_PLACE_HEADS and any(ch.isalpha() for ch in words[-2]) and (
                    len(words[-2]) == 1 or any(ch.isdigit() for ch in words[-2])):  # (read as a code)
            s.np.quantity, s.np.quantity_toks = int(last), s.np.product[-1:]
            s.np.product, s.np.trailing_quantity = s.np.product[:-1], True


def _container_of_its_own(s: Segment, prev: Segment) -> bool:
    """An amount of a container with a word on it, said after a name said with no amount, as an
    item of its own: how it is broken or spoiled ("Binned: torn sheet, 2 broken crates": the
    crates), or after "and" ("threw out the tarp and 1 full bucket"). How full or big a
    container is, said after the name on its own, is the name's amount ("the bleach, 2 full
    bottles, in the cupboard"); after the name's own amount it is more of it ("rice 2 big sacks
    and 1 small sack")."""
    if not (s.np.unit_only and s.np.unit_tok in s.toks and prev.np and prev.np.product
            and prev.np.quantity is None):
        return False
    words = [t.text for t in s.toks]
    k = s.toks.index(s.np.unit_tok) - 1
    return k >= 0 and on_container(words, k) and (words[k] in CONDITION_WORDS or s.joined == "and")


def _share_quantities(segs: list[Segment], counted: bool) -> list[Segment]:
    """'9 packs of sticky notes in the closet and 4 in the office': a quantity said alone takes
    the product (and unit) said before it. In counts, 'gloves, 12' is one item."""
    out: list[Segment] = []
    for s in segs:
        alone = s.np and s.np.quantity is not None and not s.np.pronoun and (
            not s.np.product or s.np.unit_only)
        if out and alone and _container_of_its_own(s, out[-1]):
            out.append(s)
            continue
        if out and alone:
            prev = out[-1]
            if prev.np and prev.np.product and s.np.unit_only and size_said(prev.np):
                # "DE 25lb - 7 bags", "cement 25kg, 12 bags": the measure written on its number
                # is the size in the name; the amount with a container after it is how many
                size = prev.np.quantity_toks + ([prev.np.unit_tok] if prev.np.unit_tok else [])
                prev.np.product = sorted(prev.np.product + [t for t in size if t not in prev.np.product],
                                         key=lambda t: t.start)
                prev.np.quantity, prev.np.quantity_toks = s.np.quantity, s.np.quantity_toks
                prev.np.unit, prev.np.unit_tok = s.np.unit, s.np.unit_tok
                prev.places += s.places
                continue
            if prev.np and prev.np.product and counted and prev.np.quantity is None and s.np.unit_only:
                # "paper towels: 14 rolls"
                prev.np.quantity, prev.np.quantity_toks = s.np.quantity, s.np.quantity_toks
                prev.np.unit, prev.np.unit_tok = s.np.unit, s.np.unit_tok
                prev.places += s.places
                continue
            if prev.np and prev.np.product and counted and prev.np.quantity is None and (
                    not s.places or not prev.places):
                # "gloves, 12", "hp 26a toner: 5 in supply closet"
                prev.np.quantity, prev.np.quantity_toks = s.np.quantity, s.np.quantity_toks
                prev.places += s.places
                continue
            if prev.np and prev.np.product and prev.np.quantity is None and not (s.places and prev.places):
                # "received gloves: 5", "gloves qty 5", "shelf labels, 5 packs, to the stockroom"
                prev.np.quantity, prev.np.quantity_toks = s.np.quantity, s.np.quantity_toks
                if s.np.unit_only or s.np.unit:
                    prev.np.unit, prev.np.unit_tok = s.np.unit, s.np.unit_tok
                prev.places += s.places
                continue
            if prev.np and prev.np.product and s.np.unit_only and (prev.np.unit and s.np.unit != prev.np.unit
                                                                   or prev.np.quantity is not None and not prev.np.unit
                                                                   or prev.np.unit_only and prev.np.product_text != s.np.product_text):
                # "2 bags of bone meal, 1 bucket": another container is another thing; "12 mops,
                # 8 buckets": a thing named by a container word; "3 large boxes, 2 small boxes":
                # things told apart by their size
                out.append(s)
                continue
            if prev.np and prev.np.product:
                np = NounPhrase(product=prev.np.product, quantity=s.np.quantity,
                                quantity_toks=s.np.quantity_toks, unit=s.np.unit or prev.np.unit,
                                unit_tok=s.np.unit_tok)
                out.append(dataclasses.replace(s, np=np))  # (keeps "on order" and the like)
                continue
        out.append(s)
    return out


# words that say a thing came rather than is had ("... we got fifty in from the supplier")
_CAME = frozenset({"from", "delivered", "delivery", "today", "yesterday", "morning", "arrived",
                   "back", "new", "bought", "off"})


def _got_on_hand(trig: Trigger, obj: list[Segment], post: list[Tok]) -> Trigger:
    """An item said first, then "we got N" and where it is, is what is on hand: "ear tags we got
    fifty in the tack room", "gordons we got like nine bottles on the shelf" (said as "we've
    got"), where "we got fifty ear tags in today" is an arrival."""
    if trig.lemma != "get" or not any(p.role == "at" for s in obj for p in s.places) \
            or {t.text for t in post} & _CAME:
        return trig
    return dataclasses.replace(trig, event=V.COUNTED)


def _ones_of(seg: Segment, topic: list[Segment]) -> Segment:
    """An amount of "ones" after the item said first: "N of the big ones" are of it, the item
    as said ("dish soap we got two of the big ones"); "N blue ones" are that kind of it ("mugs:
    we have 6 blue ones" -> blue mugs, see ones.py)."""
    said = [s.np.product for s in topic if s.np and s.np.product]
    product = seg.np.product
    partitive = any(t.text == "of" and t.end <= product[0].start for t in seg.toks)
    if said and not partitive and head(product) in ("one", "ones"):
        named = name_the_ones(product, said[0])
        if named is not product:
            return dataclasses.replace(seg, np=dataclasses.replace(seg.np, product=named))
    return _fill_product([seg], topic)[0]


def _fill_product(obj: list[Segment], other: list[Segment]) -> list[Segment]:
    """A counted clause whose item was said elsewhere: put the other phrase's product under this
    clause's quantity ("paper towels, only 3 left", "down to 2 on the gloves")."""
    donors = [s for s in other if s.np and s.np.product]
    if not donors:
        return obj
    if not obj or not obj[0].np:
        # ("20 xlr cables in case 7, 10 in case 9 - counted": amounts said alone stay with them)
        return [s for s in other if s.np and (s.np.product or s.np.quantity is not None)]
    target = obj[0]
    donor = donors[0]
    merged = Segment(target.toks + donor.toks, target.places + donor.places, target.np)
    unit, unit_tok = target.np.unit, target.np.unit_tok
    said = target.np.product
    if not unit and len(said) == 1 and unit_of(said[0].text):
        unit, unit_tok = unit_of(said[0].text), said[0]  # "gloves received 5 boxes"
    product = donor.np.product
    if target.np.quantity is not None and unit and donor.np.quantity is not None and \
            not donor.np.unit and donor.np.quantity_toks and product and (
                donor.np.quantity_toks[-1].end < product[0].start or donor.np.trailing_quantity):
        # "two stroke oil, there's fifteen bottles", "twenty vol developer we have 2 bottles",
        # "b mix cone ten we're down to four boxes": the amount is said in containers, so the
        # number said with the name is part of it
        product = sorted(donor.np.quantity_toks + product, key=lambda t: t.start)
    np = NounPhrase(product=product, quantity=target.np.quantity
                    if target.np.quantity is not None else donor.np.quantity,
                    quantity_toks=target.np.quantity_toks or donor.np.quantity_toks,
                    unit=unit or donor.np.unit, unit_tok=unit_tok or donor.np.unit_tok)
    merged.np = np
    return [merged] + obj[1:]


# who delivers: "the ups guy dropped off 2 boxes of toner" adds stock
# (firms and carriers too, so not people.ROLES; fillers.BRINGERS is the subject of "came")
DELIVERERS = frozenset({"ups", "fedex", "dhl", "usps", "courier", "delivery", "driver", "mailman",
                        "postman", "supplier", "vendor", "amazon", "trucker", "freight", "donor",
                        "donors", "sponsor", "sponsors", "rep", "distributor", "wholesaler",
                        "manufacturer", "carrier", "shipper", "postie", "dealer", "seller",
                        "brewery", "bakery", "dairy", "distillery", "winery", "butcher",
                        "butchers", "greengrocer", "greengrocers", "farm", "mill"})
# who buys or collects from us: "the customer picked up 3 trays"
_CUSTOMERS = frozenset({"customer", "customers", "client", "clients", "buyer", "buyers", "collector",
                        "recycler", "recyclers", "council"})
# verbs after which "by" says who sent it ("delivered by the school", "sent by head office")
_SENT_BY = frozenset({"deliver", "send", "ship", "drop off", "supply", "provide", "lend", "loan",
                      "borrow", "collect"})
# leaving a thing with whoever is there: by someone else it arrives
_DROPPED_OFF = frozenset({"drop off", "drop"})
# buying: by us it arrives, by a customer it leaves stock
_BUYING = frozenset({"buy", "purchase"})


def _off_us(post: list[Tok]) -> bool:
    """Whether a clause says it was had from us ("bought 3 bales off us", "from us")."""
    words = [t.text for t in post]
    return any(words[k:k + 2] in (["off", "us"], ["from", "us"]) for k in range(len(words) - 1))


# who buys for us: "some volunteers bought 10 bags of compost" is our purchase
_OUR_BUYERS = frozenset({"staff", "volunteer", "volunteers", "team", "office", "colleague", "colleagues",
                         "member", "members", "manager", "boss", "crew"})


def _someone_buying(subject: list[Tok]) -> bool:
    """Whether a buyer is someone not of us said as "a family", "some tourists": "a"/"an"/"some"
    and a short phrase with no "of"/"from" and none of our people ("a member of staff", "someone
    from the office", "a few of us", "some volunteers" buy for us)."""
    words = [t.text for t in subject]
    return bool(words) and words[0] in ("a", "an", "some", "someone", "somebody") and len(words) <= 3 and \
        not set(words) & (_OUR_BUYERS | FIRST_PERSON | {"of", "from", "few", "couple"})


# who is not one of us ("somebody", "a neighbour", "some parents"; "tom dropped the drill off at
# the van" is a colleague putting it there)
_SOMEONE = frozenset({"someone", "somebody", "a", "an", "some", "people", "anonymous"})
FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "me"})
# "gave us", "brought me": the thing came to us
RECIPIENTS_US = frozenset({"us", "me"})
