"""Rule family: terse notes, typed without an event word. When find_triggers and the typo
reader find no verb, `verbless` reads the shape of a short note as its event:

    "drill: lost", "keys - found"               -> the item, then what happened to it
    "impact driver, van", "pressure washer - back rm"                   -> moved (as an arrow)
    "hay 240 bales, hayloft", "paper towels: 14 rolls", "5 hammers in the tool room" -> counted
    "the mop to the kitchen", "nail gun back in the van"                -> moved
    "3 new chairs in the office", "+5 nitrile gloves", "batteries: +20" -> added
    "gloves minus two", "sugar zero", "ladder van"  -> spoken commands (`_spoken_command`)

and refuses what only looks terse: a remark ("nice job on the display"), a state ("2
spotlights blown"), a sentence whose verb the tables do not know ("the goats wandered into the
car park"), something to come ("the bins go out on thursday"), a wish ("the boss wants
20 chairs"); a temperature ("chiller -1") is no signed change. Every trigger it gives is `guessed`, so the
items carry the "no_verb" penalty; it is apart from parser.py because it decides the event from
the note's shape alone, before any clause is read.
"""
from __future__ import annotations

from . import verbs as V
from .amounts import amount_said
from .clause_words import SUBJECTS
from .mood import MODALS
from .numbers import TEENS, TENS, UNITS, is_number_word, read_quantity, signed_value
from .phrases import PRONOUNS, read_noun_phrase
from .places import PLACE_HEADS as PLACE_HEADS_ALL
from .places import WEEKDAYS, WEEKDAY_WORDS, ID_PLACE_HEADS, looks_like_place, place_suffix, preposition_at
from .regions import place_then_things, read_region
from .faults import FAULTY_DOINGS
from .shapes import BROKEN_STATES, Trigger
from .tokens import Tok
from .units import unit_of
from .verbs import unknown_verb
import re

_TIMES_GLUED = re.compile(r"^(x|×)\d+$|^\d+(x|×)$")

# numbers said in words: an amount before "new" ("twelve new chairs")
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS)
# past forms of irregular verbs: no verbless note has one ("the alarm went off in the store room")
_IRREGULAR_PASTS = frozenset(f.split()[0] for f in V.IRREGULAR.values()) - {
    "left", "lost", "found", "put", "set", "kept", "hung", "stuck", "laid", "hid"}  # (states of a thing)
# saying what someone wants or said: a report, not a note of stock
_REPORTING = frozenset({"wants", "needs", "asked", "said", "says", "told", "think", "thinks",
                        "wondering", "hope", "like", "likes", "report"})


# verbs said as an instruction to do to packages, whose bare form is also a thing's name
_HANDLING_VERBS = frozenset({"tape", "label", "wrap", "shrinkwrap", "shrink-wrap", "seal", "strap",
                             "stamp", "mark", "tag", "stack", "pack", "unpack", "sort", "open",
                             "check", "weigh", "sticker", "number", "date"})
_PACKAGES = frozenset({"box", "pallet", "crate", "case", "carton", "bag", "tote", "sack", "bin"})
# spoken stock commands: "gloves minus two", "bleach plus three"
CHANGE_WORDS = {"plus": V.ADDED, "minus": V.REMOVED, "less": V.REMOVED}


def _spoken_command(toks: list[Tok]) -> list[Trigger]:
    """Short commands said to a voice assistant, without a verb:
        "gloves minus two" -> removed 2;  "bleach plus three" -> added 3
        "sugar zero", "count screws forty" -> counted;  "ladder van", "mop kitchen" -> moved
    Only a few words, ending where the command ends."""
    words = [t.text for t in toks]
    if not 2 <= len(words) <= 6 or any(t.is_punct and t.text not in (".", "!") for t in toks):
        return []
    words = [w for w in words if w not in (".", "!")]
    n = len(words)
    for k in range(1, n - 1):
        if words[k] in CHANGE_WORDS and read_quantity(words, k + 1)[1] == n:
            return [Trigger(k, k + 1, words[k], CHANGE_WORDS[words[k]], "left", guessed=True)]
    # ("black thread 6 spools": the amount may end on its container)
    q_start = next((k for k in range(1, n) if read_quantity(words, k)[0] is not None and
                    (read_quantity(words, k)[1] == n or read_quantity(words, k)[1] == n - 1 and
                     unit_of(words[-1]) not in (None, "item") and words[-1] != unit_of(words[-1]))
                    and words[k] not in ("a", "an")), None)
    name = words[:q_start] if q_start is not None else []
    start = 1 if words[0] in ("count", "counted", "cnt") else 0
    if len(name) == 1 and name[0] in _HANDLING_VERBS and unit_of(words[-1]) in _PACKAGES:
        return []  # "tape 4 boxes", "wrap 10 pallets": an instruction on packages ("tape 4 rolls" counts)
    if name[start:] and not looks_like_place(name) and name[-1] not in ID_PLACE_HEADS and \
            not any(V.lookup(words, k) and not (V.maybe_noun(words[k]) and k < q_start - 1)
                    or is_number_word(words[k]) or words[k].endswith("ing")
                    or words[k] in ("number", "no", "test", "item", "code", "page")
                    # ("it was 5 boxes", "it's 5 boxes": a clause about something said before)
                    or words[k] in _CLAUSE_VERBS or V.other_verb(words[k])  # ("the hall opens at 9")
                    or unknown_verb(words[k])  # ("the bees absconded from hive three")
                    or words[k] == "'s" and k > 0 and words[k - 1] in PRONOUNS
                    for k in range(start, q_start)):
        return [Trigger(start, start, "count", V.COUNTED, "count", guessed=True)]  # "sugar zero"
    k = place_suffix(words)
    if 0 < k < n and n <= 4 and not any(V.lookup(words, j) or preposition_at(words, j) for j in range(n)) \
            and read_quantity(words, 0)[0] is None:
        return [Trigger(k, k, "->", V.MOVED, "arrow", guessed=True)]  # "ladder van"
    return []


# times that put a note without a verb in the future
_LATER_WORDS = WEEKDAYS | {d + "s" for d in WEEKDAYS} | frozenset({
    "tomorrow", "tmrw", "later", "next", "soon", "tonight", "weekly", "daily"})
# finite verbs a verbless note does not have
_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "am", "'re", "'m", "has", "have", "had",
                           "'ve", "does", "did", "do", "be", "been"})
# words of praise, thanks and greeting: a remark, not a note of stock
_CHAT_WORDS = frozenset({"nice", "great", "lovely", "awesome", "congrats", "congratulations",
                         "welcome", "sorry", "happy", "merry", "brilliant", "amazing", "fantastic",
                         "cheers", "thanks", "job", "kudos", "shoutout", "well done"})


def _without_remarks(toks: list[Tok]) -> list[Tok]:
    """The note without a remark in brackets at its end ("torches: 6 (2 need batteries)")."""
    words = [t.text for t in toks]
    if words and words[-1] == ")" and "(" in words:
        k = len(words) - 1 - words[::-1].index("(")
        if k > 0 and any(t.isalpha() and len(t) > 2 for t in words[k:]) and \
                not looks_like_place(words[k + 1:-1]):  # ("bleach: 0 (janitor closet)" keeps it)
            return toks[:k]
    return toks


# states of a broken thing said in a note without a verb: the broken states shapes knows but
# "damaged" ("2 boxes damaged in the stockroom" is a count there, as before), and more
_BROKEN_WORDS = (BROKEN_STATES - {"damaged"}) | frozenset({"blown", "cracked", "snapped", "smashed", "kaput"})


# determiners that open a sentence said in full, not a terse note ("the bees absconded from ...")
_SENTENCE_OPENERS = frozenset({"the", "our", "my", "their", "his", "her"})


# what a faulty thing does, said without a verb ("channel 12 flickering on the desk"): a fault
# anywhere in the note, so only words that name no stock (not all of faults.FAULT_DOINGS:
# "grinding discs x 12 to the workshop" moves them)
FAULT_WORDS = FAULTY_DOINGS | frozenset({
    "squeaky", "humming", "crackling", "blinking", "malfunctioning", "glitching", "glitchy",
    "stuttering", "misbehaving", "intermittent", "temperamental"})
# a negated verb: what a thing does not do, not a note of where it is ("won't charge")
_NEGATIONS = frozenset({"n't", "not", "wont", "cant", "doesnt", "isnt", "never", "cannot"})


def _signed_change(toks: list[Tok]) -> Trigger | None:
    """'batteries: +20', 'paper towels -3': a name, then a change of stock written with its sign
    (the sign right before the number)."""
    words = [t.text for t in toks]
    if len(words) < 2 or not any(w.isalpha() for w in words[:-1]):
        return None
    last = words[-1]
    if signed_value(last):
        sign = last[0]
    elif len(words) >= 3 and words[-2] in ("+", "-") and last.isdigit() and toks[-2].end == toks[-1].start \
            and (toks[-3].end < toks[-2].start or words[-3] == ":"):
        sign = words[-2]
    else:
        return None
    if any(V.lookup(words, k) and not V.maybe_noun(words[k]) for k in range(len(words))):
        return None
    name = [w for w in words[:-2 if words[-2] in ("+", "-") else -1] if w.isalpha() or w == "walk-in"]
    if not name or set(name) & _READING_WORDS or name[-1] in PLACE_HEADS_ALL or \
            looks_like_place(name) or name[-1] in ID_PLACE_HEADS:
        return None  # "chiller -1", "fridge 1 -2", "freezer temp -18": a temperature log
    return Trigger(0, 0, sign, V.ADDED if sign == "+" else V.REMOVED, "active", guessed=True)


# what a signed number is read on when it is not stock (a place's fridge, a temperature)
_READING_WORDS = frozenset({"temp", "temps", "temperature", "temperatures", "chiller", "chillers",
                            "probe", "thermometer", "reading", "degrees", "deg"})


def _past_form(word: str) -> bool:
    return word.endswith("ed") or word in V.PARTICIPLE_ONLY or word in ("lost", "found", "sold")


def verbless(toks: list[Tok]) -> list[Trigger]:
    """No event word. "drill -> van" is caught as an arrow elsewhere; here: "the mop to the
    kitchen" moves, "3 new chairs in the office" adds. Only short, plain phrases qualify."""
    if len(toks) >= 3 and toks[0].text in ("+", "-") and read_quantity([toks[1].text], 0)[0] is not None:
        # "+5 nitrile gloves", "-2 hard hats": a terse stock change
        return [Trigger(0, 1, toks[0].text, V.ADDED if toks[0].text == "+" else V.REMOVED,
                        "active", guessed=True)]
    signed = _signed_change(toks)
    if signed:
        return [signed]
    toks = _without_remarks(toks)
    words = [t.text for t in toks if not t.is_punct]
    if not words or words[0] in SUBJECTS or any(w in ("me", "you", "when", "if", "call", "please")
                                                for w in words):
        return []
    if any(words[k] in _BROKEN_WORDS and (k + 1 == len(words) or preposition_at(words, k + 1) or
                                          words[k + 1] in ("and", "again", "so"))
           for k in range(1, len(words))):
        return []  # "2 spotlights blown in the studio": how they are ("3 broken chairs to the skip" moves)
    if any(w in FAULT_WORDS for w in words) or any(w in _NEGATIONS for w in words[1:]):
        return []  # "channel 12 flickering on the desk again", "the dyson upstairs won't charge"
    if any(w == "low" and prev in ("running", "getting", "bit", "very", "pretty", "kinda", "ran",
                                   "run", "runs", "is", "are", "'s", "'re", "was", "were", "went")
           or w == "old" and prev in ("years", "year", "yrs", "months", "weeks")
           for prev, w in zip([""] + words[:-1], words)):
        return []  # "loo roll running low on 3": low, but how many is not said; "2 years old"
    spoken = _spoken_command(toks)
    if spoken:
        return spoken
    if any(w in _LATER_WORDS and (w not in WEEKDAYS or nxt in ("", ",", ".") or
                                  prev in ("on", "next", "this", "by", "till", "until"))
           for prev, w, nxt in zip([""] + words[:-1], words, words[1:] + [""])):
        return []  # "the bins go out on thursday", "the new volunteers start next week": to come
        # ("the Sunday school room" is a place)
    fronted = place_then_things([t for t in toks if not t.is_punct])
    things = [t.text for t in fronted[1]] if fronted else []
    if fronted and fronted[0] and words[len(words) - len(things) - 1] in ("now", "is", "are", "'s", "'re") and \
            (things[0] == "the" or things[0] not in ("a", "an") and read_quantity(things, 0)[0] is not None) and \
            not any(V.lookup(words, j) or w in _CLAUSE_VERBS for j, w in enumerate(words[len(words) - len(things):])):
        # "In garage now is the pressure washer and two chainsaws": the place first, then what
        # is there now (regions.place_then_things): moved, as "X is in Y"; said with an amount
        # first it counts, as "5 hammers in the tool room" ("in the kitchen now is a mess" is
        # how it is)
        return [Trigger(0, 0, "in", V.MOVED if things[0] == "the" else V.COUNTED, "active", guessed=True)]
    # (what for is no verb of the note: "3 buckets of mud to unit 204 for the patch job")
    told = words[:words.index("for", 1)] if "for" in words[1:] else words
    if told[0] in _SENTENCE_OPENERS and any(unknown_verb(w) for w in told[2:]):
        return []  # "the bees absconded from hive three": a sentence whose verb the tables do not
        # know tells something, not a terse note ("22 chairs stacked in the gym" is one)
    if any(V.other_verb(w) or w in _CLAUSE_VERBS or (w in ("keep", "keeps", "kept") and
                                                     nxt.endswith("ing"))
           for w, nxt in zip(told[1:], told[2:] + [""])) or set(told) & _CHAT_WORDS \
            or (words[0].endswith("ing") and words[1:2] and words[1] in ("on", "for", "about")):
        # a verb that tells no event ("the fridge in the staff room smells funny", "the chairs in
        # the hall are the stackable kind"), chat ("nice job on the display"), or waiting
        # ("waiting on 12 boxes of gloves")
        return []
    all_words = [t.text for t in toks]
    commas = [k for k, w in enumerate(all_words) if w == ","]
    if len(commas) >= 2 and all_words[-2:] == [",", "new"] and amount_said(all_words[commas[-2] + 1:-2]):
        # "Oracal 8300 transparent blue, 2 rolls, new": what came in, then that it is new
        return [Trigger(len(all_words) - 1, len(all_words), "new", V.ADDED, "active", guessed=True, final=True)]
    if "new" in words:
        k = words.index("new")
        if all(w in ("a", "an", "the", "some") or w[:1].isdigit() or w in NUMBER_WORDS
               for w in words[:k]):
            return [Trigger(0, 0, "new", V.ADDED, "active", guessed=True)]
    if any((w in MODALS and w not in ("to", "please") and not (w == "can" and nxt == "of"))
           or w in _REPORTING for w, nxt in zip(words, words[1:] + [""])):
        return []  # "the boss wants 20 chairs in the conference room"
    for k in range(1, len(words) - 1):
        # "the mop to the kitchen", "drill to van" (a place noun without a determiner), "nine
        # volts x 12 to unit 3b for the smoke alarms" (what for, after the place), "fence posts
        # x 20 onto truck 2"
        e = next((j for j in range(k + 1, len(words)) if words[j] in ("for", "because")), len(words))
        if words[k] in ("to", "into", "onto") and (words[k + 1] in ("the", "a", "my", "our", "bin", "shelf", "room")
                                            or looks_like_place(words[k + 1:e])
                                            or place_suffix(words[k + 1:e]) < e - k - 1
                                            or (e == k + 2 and words[k + 1].isdigit() and len(words[k + 1]) >= 3)):
            # ("... to housekeeping cart 3", "2 bath mats to 408": a room said by its number)
            return [Trigger(0, 0, "to", V.MOVED, "active", guessed=True)]
    for k in range(1, len(words) - 1):
        # "crayons x 20 boxes art room": a name, its amount, then a place said bare
        q, e = read_quantity(words, k + (words[k] in ("x", "×")))
        if q is None or words[k] in ("a", "an") or not words[k - 1].isalpha():
            continue
        e += e < len(words) and unit_of(words[e]) not in (None, "item")
        if e < len(words) and looks_like_place(words[e:]) and not looks_like_place(words[:k]):
            return [Trigger(0, 0, ":", V.COUNTED, "count", guessed=True)]
        break
    # "paper towels: 14 rolls" counts; "drill: van" moves
    all_words = [t.text for t in toks]
    sep = ":" if ":" in all_words else "-" if "-" in all_words else None
    commas = [k for k, w in enumerate(all_words) if w == ","]
    if sep is None and (len(commas) == 1 or len(commas) == 2 and amount_said(
            all_words[commas[0] + 1:commas[1]])):
        # "impact driver, van" moves; "hay 240 bales, hayloft" and "tissue paper, 4 reams,
        # stockroom" count: an item (and its amount), then its place
        c = commas[-1]
        if 0 < c < len(all_words) - 1 and looks_like_place(all_words[c + 1:]) and \
                not looks_like_place(all_words[:c]) and \
                not any(preposition_at(all_words, k) for k in range(c)):  # (a place of its own)
            if any(read_quantity(all_words, k)[0] is not None or _TIMES_GLUED.match(all_words[k])
                   for k in range(1, c)):  # ("stacking chairs x40, sports hall")
                return [Trigger(0, 0, ":", V.COUNTED, "count", guessed=True)]
            return [Trigger(c, c + 1, ":", V.MOVED, "arrow", guessed=True)]
    if sep:
        c = all_words.index(sep)
        hit = V.lookup(all_words, c + 1) if c > 0 and len(all_words) == c + 2 else None
        if hit and hit[1] in (V.REMOVED, V.ADDED) and _past_form(all_words[c + 1]):
            # "drill: lost", "keys - found": the item, then what happened to it
            return [Trigger(c + 1, c + 2, hit[0], hit[1], "passive", guessed=True)]
        if c > 0 and read_quantity(all_words, c + 1)[0] is not None:
            if any(w in ("to", "into") for w in all_words[c + 1:]):
                return [Trigger(0, 0, "to", V.MOVED, "active", guessed=True)]  # "roof flashing - 3 rolls to roof"
            return [Trigger(0, 0, ":", V.COUNTED, "count", guessed=True)]
        if 0 < c < len(all_words) - 1 and looks_like_place(all_words[c + 1:]):
            if c > 1 and read_quantity(all_words, c - 1)[0] is not None and \
                    read_quantity(all_words, c - 1)[1] == c:
                # "bottled water 0 - break room": an amount, then where it is
                return [Trigger(0, 0, ":", V.COUNTED, "count", guessed=True)]
            return [Trigger(c, c + 1, ":", V.MOVED, "arrow", guessed=True)]
    # "nail gun back in the van" (moved), "5 hammers in the tool room" (counted), "still 7
    # pairs of skates in the rental hut"
    lead = next((k for k, w in enumerate(words) if w not in ("still", "only", "just", "now",
                                                           "currently", "also")), 0)
    for k in range(lead + 1, len(words) - 1):
        if words[k] == "from" and words[k - 1] == "back" and k > lead + 1:
            # "bathrobes 12 back from laundry": returned from there
            start = next((j for j, t in enumerate(toks) if t.text == words[lead]), 0)
            return [Trigger(start, start, "back", V.MOVED, "active", guessed=True)]
        if words[k] in ("at", "@") and _a_time(words[k + 1:]):
            break  # "sound check at six everyone": when, not where
        if words[k] == "in" and words[k + 1] in _DAYS_AFTER_IN and _ends_a_when(words[k + 2:]) and \
                not any(read_quantity(words, j)[0] is not None for j in range(lead, k)):
            break  # "Toro rep in Weds", "rep coming in tues 11am": a visit to come, when, not where
            # ("10 crates in thurs" counts stock: it may be an arrival)
        if words[k] in ("in", "on", "at", "inside", "@"):
            said = read_region([t for t in toks if not t.is_punct][lead:k])
            np = said[0].np if len(said) > 1 and all(
                x.np and x.np.product and not x.np.pronoun and len(x.np.product) <= 4 for x in said) \
                else read_noun_phrase(_without_remarks_in_brackets(toks, lead, k))
            # ("rubber mallet and claw hammer in the tool bag": a list, each a short name)
            if np and np.product and not np.pronoun and len(np.product) <= 4 and words[0] not in PRONOUNS \
                    and not any(w in V.BE or w in V.HAVE for w in words[:k]) \
                    and not any(V.lookup(words, j) and not V.maybe_noun(words[j]) and
                                words[j] in _IRREGULAR_PASTS for j in range(lead, k)) \
                    and not any(unknown_verb(w) for w in words[k + 1:]):
                # ("nail gun back in the van", "25 chromebooks back in the cart": put back)
                event = V.COUNTED if np.quantity is not None and words[k - 1] != "back" else V.MOVED
                start = next((j for j, t in enumerate(toks) if t.text == words[lead]), 0)
                return [Trigger(start, start, "in", event, "active", guessed=True)]
            break
    return []


# a day said after "in" ("in weds"); not "sun", "sat" ("chairs left out in the sun")
_DAYS_AFTER_IN = WEEKDAY_WORDS - {"sun", "sat"} | {"weds", "wednes"}

# what may follow the day of a visit ("in weds re: the demo", "in tues 11am"); not a noun
# the day names ("3 boxes in tues delivery", "in friday's room")
_AFTER_A_DAY = frozenset({"re", "at", "for", "about", "to", "with", "morning", "afternoon",
                          "am", "pm", "next", "this", "week"})


def _ends_a_when(after: list[str]) -> bool:
    return not after or after[0] in _AFTER_A_DAY or after[0][:1].isdigit()


_CLOCK_TAILS = frozenset({"am", "pm", "o'clock", "oclock", "sharp", "everyone", "everybody", "all",
                          "tonight", "today", "tomorrow", "please", "thirty", "fifteen", "ish"})


def _a_time(words: list[str]) -> bool:
    """Whether the words after "at" say a time of day ("six", "6pm", "7 everyone", "10:30")."""
    if not words:
        return False
    q, e = read_quantity(words, 0)
    if words[0] in ("a", "an") or q is None:
        return ":" in words[0] and words[0].replace(":", "").isdigit() or words[0] in ("noon", "midday", "midnight")
    return 0 < q <= 12 and all(w in _CLOCK_TAILS for w in words[e:])


def _without_remarks_in_brackets(toks: list[Tok], lead: int, k: int) -> list[Tok]:
    """The words lead..k (punctuation left out) less a remark in brackets with no number in it:
    "sleeping mats (foam) 12 in loft" counts 12 sleeping mats, as "sleeping mats 12" does."""
    remarks: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        if t.text == "(":
            close = next((j for j in range(i + 1, len(toks)) if toks[j].text == ")"), None)
            if close is not None and not any(ch.isdigit() for x in toks[i:close] for ch in x.text):
                remarks.append((t.start, toks[close].end))
    said = [t for t in toks if not t.is_punct][lead:k]
    return [t for t in said if not any(a <= t.start < b for a, b in remarks)]
