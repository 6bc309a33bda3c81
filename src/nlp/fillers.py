"""Rule family: fillers, the words of speech that carry no inventory meaning.

Dropped anywhere: "um", "uh", "er", "hmm", "like" (as a hedge), "just", "please", "basically",
"actually". Dropped when they open a clause: "so", "okay", "yeah", "well", "alright", "right",
"hey", "oh", "and then". Dropped as phrases: "you know", "i think", "i guess",
"let me see", "hang on", "sort of", "kind of", "for the record"; sentence adverbs and prefaces
("apparently", "honestly", "pretty sure", "turns out", "long story short", "by the way",
"as of this morning"). A want said after the news, to the end ("the ladder got left at the
job, need to collect"), is dropped when it names no amount.

    "um we got in twenty five boxes of nitrile gloves" -> "we got in twenty five boxes of ..."
    "okay so like put the mop in the kitchen please"   -> "put the mop in the kitchen"

Time words ("today", "yesterday", "this morning") are not fillers: they end a product or a place
and are skipped there (see places.py STOP_WORDS).
"""
from __future__ import annotations

from .numbers import is_number_word
from .tokens import Tok
from .verbs import lookup

ALWAYS = frozenset({
    "um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "mhm", "ah", "eh",
    "just", "please", "pls", "plz", "basically", "actually", "literally", "uhhh", "kinda",
    "sorta", "quickly", "also", "anyway", "anyways", "hey", "thanks",
    "thank", "cheers", "thx", "btw",
    # sentence adverbs: how the speaker feels about what happened, not what happened
    "apparently", "honestly", "obviously", "luckily", "unfortunately", "fortunately",
    "evidently", "seriously", "frankly", "clearly",
    # chat shorthand
    "lol", "lmao", "sry", "srry", "ty", "tyvm", "thnx", "thanx", "haha", "omg", "ugh", "yay",
    "smh", "ffs", "tbh",
    # a spoken "yeah" inside or after a clause confirms, it names nothing ("the bleach yeah
    # both out", "it's all in the shed yeah")
    "yeah", "yep", "yup",
})
# words of apology: dropped as the first word of the note ("sorry the uh 3 packs") and as the
# apology that closes it (_drop_closing_apology); elsewhere one marks a repair ("3 boxes no sorry
# 4", repairs.py)
APOLOGIES = frozenset({"sorry", "sry", "soz"})
# "like" is a hedge unless it compares ("looks like", "would like")
LIKE = "like"
# dropped only when they open a clause (start of text or after punctuation)
AT_START = frozenset({"so", "okay", "ok", "yeah", "yes", "yep", "well", "alright", "right", "oh",
                      "hey", "and", "fyi", "sure", "then", "note", "update", "now", "record",
                      # greetings only open a message: "hi vis vests" is a product
                      "hi", "hello"})
PHRASES = (
    ("you", "know"), ("i", "think"), ("i", "guess"), ("i", "believe"),
    ("let", "me", "see"), ("let", "'s", "see"), ("hang", "on"), ("sort", "of"), ("kind", "of"),
    ("for", "the", "record"), ("as", "well"), ("or", "so"), ("or", "something"), ("i", "suppose"),
    ("thank", "you"), ("if", "you", "can"), ("when", "you", "get", "a", "chance"),
    ("real", "quick"), ("something", "like"), ("right", "now"), ("just", "now"), ("and", "stuff"),
    ("if", "that", "makes", "sense"), ("log", "that"), ("note", "that"), ("record", "that"),
    # asked to log a fact: the fact is the note ("can you log that we've got 42 chairs ...")
    ("can", "you", "log", "that"), ("can", "you", "note", "that"), ("could", "you", "log", "that"),
    ("could", "you", "note", "that"), ("can", "you", "record", "that"), ("please", "log", "that"),
    ("please", "note", "that"),
    # a greeting before the note ("just checking in, ...")
    ("checking", "in"),
    ("a", "heads", "up"), ("heads", "up"), ("just", "so", "you", "know"), ("fyi",),
    ("for", "your", "information"),
    # hedges and prefaces of speech ("pretty sure the generator got stolen")
    ("i", "'m", "pretty", "sure"), ("pretty", "sure"), ("i", "'m", "sure"), ("i", "'m", "positive"),
    ("it", "turns", "out"), ("turns", "out"), ("as", "it", "turns", "out"), ("good", "news"),
    ("bad", "news"), ("long", "story", "short"), ("by", "the", "way"), ("to", "be", "honest"),
    ("just", "so", "everyone", "knows"), ("so", "everyone", "knows"), ("can", "confirm"),
    ("i", "can", "confirm"), ("can", "you", "believe"), ("believe", "it", "or", "not"),
    ("as", "of", "today"), ("as", "of", "now"), ("as", "of", "right", "now"),
    ("as", "of", "this", "morning"), ("as", "of", "this", "afternoon"), ("as", "of", "yesterday"),
    ("as", "of", "tonight"), ("as", "of", "last", "night"), ("if", "i", "remember", "right"),
    ("if", "i", "'m", "not", "mistaken"), ("last", "i", "checked"), ("last", "i", "saw"),
    # a request tacked on after the news ("down to 2 bags pls order"): not part of the item
    ("pls", "order"), ("plz", "order"), ("please", "order"), ("pls", "reorder"), ("plz", "reorder"),
    ("please", "reorder"), ("need", "to", "reorder"), ("need", "to", "order"), ("heads", "up"),
    ("pls", "log"), ("plz", "log"), ("please", "log"), ("pls", "note"), ("please", "note"),
    ("pls", "update"), ("please", "update"), ("pls", "record"), ("please", "record"),
    # ...and a want said after a count ("Hand soap: 0. Need more."): only at the end of a clause
    ("need", "more"), ("needs", "more"), ("order", "more"), ("buy", "more"),
    ("need", "to", "order", "more"), ("need", "to", "buy", "more"), ("need", "to", "get", "more"),
    # "you'll find the socket set in the red toolbox": says where a thing is
    ("you", "'ll", "find"), ("you", "will", "find"), ("you", "can", "find"),
    # greetings and lead-ins of messages and long spoken notes ("Hi all, just to let you know
    # we've received ...", "so what happened was we moved ...")
    ("to", "let", "you", "know"), ("to", "let", "everyone", "know"), ("letting", "you", "know"),
    ("letting", "everyone", "know"), ("to", "let", "you", "all", "know"), ("hi", "all"),
    ("hi", "team"), ("hi", "everyone"), ("hello", "all"), ("hello", "team"), ("hey", "all"),
    ("hey", "team"), ("dear", "team"), ("dear", "all"), ("morning", "all"), ("good", "morning"),
    ("good", "afternoon"), ("good", "evening"), ("what", "happened", "was"),
    ("what", "happened", "is"), ("the", "thing", "is"), ("quick", "update"), ("quick", "note"),
    ("small", "update"), ("for", "info"), ("for", "your", "info"), ("just", "a", "note"),
)
# a want said after the news, in a clause of its own to the end ("the ladder got left at the
# job, need to collect", "used the defib pads, need replacing"): asked for, not done
WANTS = frozenset({"need", "needs"})
_CLAUSE_MARKS = frozenset({",", "-", ";", "–", "—"})


def _told_event(toks: list[Tok]) -> bool:
    """Whether the words so far tell an event with a verb of their own ("used the pads, need
    ..."); after a notice with none the want is the note. A want with an amount ("pitch at the
    brewery sat - need 2 gas bottles") is a list asked for, read by questions.py."""
    words = [t.text for t in toks]
    return any(lookup(words, k) for k in range(len(words)))


# a request tacked on after the news ends its clause ("30 headsets into the lab, pls log"); said
# before an object it is the verb of the sentence ("please log twelve vests in the trailer")
_TAIL_ONLY = frozenset(p for p in PHRASES if p[0] in ("pls", "plz", "please") and p[1] in
                       ("log", "note", "record", "update") or p[-1] == "more") | {("checking", "in")}
_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in PHRASES:
    _PHRASES_BY_FIRST.setdefault(_p[0], []).append(_p)
_NOT_HEDGE_BEFORE_LIKE = frozenset({"looks", "look", "looked", "would", "'d", "feel", "feels",
                                    "seems", "seem", "sounds"})


# who passed a note on, said before a colon or dash: "Fwd from Marco:", "From Dee:", "FYI -"
FORWARD_WORDS = frozenset({"fwd", "fw", "forwarded", "from", "via", "update", "fyi", "note",
                           "msg", "message", "text", "re"})
MAX_FORWARD_WORDS = 5


def _forward_prefix(words: list[str]) -> int:
    """How many words at the start only say who passed the note on ("Fwd from Marco:")."""
    if not words or words[0] not in FORWARD_WORDS:
        return 0
    for k in range(1, min(MAX_FORWARD_WORDS, len(words) - 1) + 1):
        if words[k] in (":", "-"):
            inner = words[1:k]
            if "self" in inner:
                return 0  # "note to self:" is a reminder of what is still to do (questions.py)
            # "From Dee:" or "Fwd:" or "Fwd from Marco -": the words between are a sender
            if words[0] != "from" or (inner and len(inner) <= 2 and all(w.isalpha() for w in inner)):
                return k + 1
            return 0
    return 0


# chores asked for with "please" at the start: a request, not what was done
ASKED_CHORES = frozenset({"restock", "refill", "replenish", "top", "count", "recount", "check",
                          "tidy", "clean", "reorder"})


# said before an amount, they only hedge it ("we've got at least 30", "at most a dozen")
AMOUNT_HEDGES = frozenset({("at", "least"), ("at", "most")})


def _round_number(w: str) -> bool:
    """A round number an "odd" after makes rough: "twenty", "forty", "30" (not "two odd socks")."""
    return w in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                 "hundred") or (w.isdigit() and len(w) >= 2 and w.endswith("0"))


def drop_fillers(toks: list[Tok]) -> list[Tok]:
    """Tokens without fillers. Phrases first, then single words; clause-opening words only at the
    start of the text or right after punctuation; a forwarding prefix ("Fwd from Marco:")."""
    out: list[Tok] = []
    words = [t.text for t in toks]
    i = _forward_prefix(words)
    while i < len(toks):
        matched = next((p for p in _PHRASES_BY_FIRST.get(words[i], ())
                        if tuple(words[i:i + len(p)]) == p), None)
        if matched in _TAIL_ONLY and i + len(matched) < len(toks) and \
                not toks[i + len(matched)].is_punct:
            matched = None
        if matched and not out and matched[0] in ("pls", "plz", "please") and matched[1:] in (
                ("order",), ("reorder",)):
            matched = matched[:1]  # "pls order 2x tyres for the van": the note's verb, a request
        if matched:
            i += len(matched)
            continue
        w = words[i]
        if tuple(words[i:i + 2]) in AMOUNT_HEDGES and i + 2 < len(words) and (
                is_number_word(words[i + 2]) or words[i + 2][:1].isdigit() or words[i + 2] in ("a", "an")):
            i += 2  # "at least thirty": a hedge on the amount, as "about"; "at" opens no place
            continue
        if w in ("odd", "-odd") and out and _round_number(out[-1].text):
            i += 1  # "twenty odd sectioning clips", "40 odd chairs": about that many
            continue
        if w in ("both", "all") and out and out[-1].text in (",", ";", "-") and i + 1 < len(words) and \
                words[i + 1].endswith("ed") and lookup(words, i + 1):
            i += 1  # "2 pressure washers came in, both parked in bay 3": the things said before
            continue
        if not out and w in ("please", "pls", "plz") and i + 1 < len(words) and words[i + 1] in ASKED_CHORES:
            out.append(toks[i])  # "please restock the napkins ...": a chore asked for (questions.py)
            i += 1
            continue
        if w in WANTS and out and out[-1].text in _CLAUSE_MARKS and _told_event(out) and \
                not any(x[:1].isdigit() or is_number_word(x) and x != "one" for x in words[i + 1:]):
            out.pop()  # "..., need to collect", "..., need replacing": what is wanted ends the note
            break
        if w in ALWAYS or (w == LIKE and not (out and out[-1].text in _NOT_HEDGE_BEFORE_LIKE)):
            i += 1
            continue
        out.append(toks[i])
        i += 1
    return _arrival_lead_in(_drop_openers(_drop_also(_drop_closing_apology(out))))


# what an apology closing the note is for ("sorry for the late note", "sorry about the mess")
_APOLOGY_FOR = frozenset({"for", "about"})
# how many words that reason may have
MAX_APOLOGY_WORDS = 6
# words after which "sorry for ..." opens a noun phrase, not a clause of its own ("4 sorry for
# your loss cards", "the sorry about that mugs", "a pack of sorry for ... cards")
_BEFORE_A_NAME = frozenset({"a", "an", "the", "some", "these", "those", "this", "that", "our",
                            "my", "your", "their", "his", "her", "of", "x"})


def _an_amount(toks: list[Tok], j: int) -> bool:
    """Whether toks[j] is a number said as an amount: after a verb, a list joiner or at the
    start ("sold 4", "and 4"), not the id of a place ("to dock 2")."""
    w = toks[j].text
    if not (w[:1].isdigit() or is_number_word(w)):
        return False
    words = [t.text for t in toks]
    return j == 0 or toks[j - 1].is_punct or words[j - 1] in ("and", "&", "plus") or lookup(words, j - 1) is not None


def _plural(word: str) -> bool:
    """A word that looks plural ("cards", not "loss" or "wait")."""
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _drop_closing_apology(toks: list[Tok]) -> list[Tok]:
    """An apology that closes the note ("... no wait it's the back office sorry") or, with its
    reason, a clause ("... in the shed sorry for the late note", "... sorry about the mess, 3
    boxes ...") names nothing and corrects nothing after it; inside the note a bare "sorry"
    marks a repair (repairs.py). A reason with an amount ("sorry for the 2 extra") is kept, and
    so is one after a determiner or an amount: a name ("sold 4 sorry for your loss cards")."""
    end = len(toks)
    while end > 0 and toks[end - 1].is_punct:
        end -= 1
    if end > 1 and toks[end - 1].text in APOLOGIES:
        return toks[:end - 1] + toks[end:]
    for k in range(1, end - 2):
        if toks[k].text not in APOLOGIES or toks[k + 1].text not in _APOLOGY_FOR or toks[k - 1].is_punct:
            continue
        e = k + 2
        while e < len(toks) and not toks[e].is_punct:
            e += 1
        if toks[k - 1].text in _BEFORE_A_NAME or _an_amount(toks, k - 1) and _plural(toks[e - 1].text):
            continue  # ("sold 4 sorry for your loss cards": a name after an amount, no apology;
            # "received 12 sorry about the wait" is one)
        if e - k - 2 <= MAX_APOLOGY_WORDS and \
                not any(t.text[:1].isdigit() or is_number_word(t.text) for t in toks[k + 2:e]):
            return toks[:k] + toks[e:]  # ("... in the van sorry for the mess, 3 boxes to ...")
    return toks


# who or what brings stock, said as the subject of "came" before what it brought ("the flour guy
# came twelve sacks of ...", "the dray came two guinness ...", "the school drop off came in ...")
# (vehicles and orders too: not parser.DELIVERERS, a verb's subject, nor people.ROLES)
BRINGERS = frozenset({"delivery", "deliveries", "order", "shipment", "dropoff", "drop-off", "dray",
                      "lorry", "truck", "van", "guy", "man", "rep", "driver", "courier", "postman"})
_LEAD_DETERMINERS = frozenset({"the", "our", "this", "today", "today's"})
_SUBJECT_AFTER = frozenset({"we", "i", "they"})
_TIME_UNITS = frozenset({"minute", "minutes", "mins", "min", "hour", "hours", "hrs", "day", "days",
                         "week", "weeks", "o'clock", "am", "pm"})
MAX_LEAD_WORDS = 3
# after "came" and an amount, small talk, not what came ("the courier came 3 times today", "the
# postman came a bit late", "came a while ago")
_NOT_ITEMS_AFTER_AMOUNT = frozenset({"times", "time", "bit", "while", "lot", "little"})


def _arrival_lead_in(toks: list[Tok]) -> list[Tok]:
    """A note that opens with who brought the stock, then what came ("the flour guy came twelve
    sacks of ...", "the tenor delivery came in we got six packs ..."): the opener only says an
    arrival, as "delivery came" does, so it is read as that and its words name no item. Only
    at the start, with an amount and no other verb after "came (in)", or a new subject; "the truck came in
    twenty minutes late" keeps its words."""
    words = [t.text for t in toks]
    if not words or words[0] not in _LEAD_DETERMINERS:
        return toks
    came = next((k for k in range(2, min(len(words), MAX_LEAD_WORDS + 3)) if words[k] in ("came", "arrived")), None)
    if came is None:
        return toks
    head = came - 1
    if words[head] == "off" and words[head - 1] == "drop":
        head -= 1
    if words[head] not in BRINGERS and words[head:came] != ["drop", "off"]:
        return toks
    k = came + 1 + (words[came + 1:came + 2] == ["in"])
    nxt = words[k] if k < len(words) else ""
    amount = (nxt[:1].isdigit() or is_number_word(nxt) or nxt in ("a", "an")) and \
        k + 1 < len(words) and words[k + 1] not in _TIME_UNITS | _NOT_ITEMS_AFTER_AMOUNT
    if amount and any(lookup(words, j) for j in range(k, len(words))):
        return toks  # ("the flour guy came twelve sacks ... went into the dry store": read whole)
    if not (amount or nxt in _SUBJECT_AFTER) or any(not t.isalpha() for t in words[1:head]):
        return toks
    said = toks[head]
    return [Tok("delivery", said.start, toks[came - 1].end)] + toks[came:]


# "too", "as well" after what was said: also, not a word of the name or the amount after it
ALSO_TAILS = (("too",), ("as", "well"), ("aswell",))
_ALSO_FIRST = frozenset(p[0] for p in ALSO_TAILS)
_AMOUNT_OPENERS = frozenset({"about", "around", "roughly", "maybe", "like", "a", "all", "some"})


def _drop_also(toks: list[Tok]) -> list[Tok]:
    """Drop "too"/"as well" before an amount said after the name ("we got some wafers too like a
    dozen of them"); "too many", "too big" and a closing "too" ("the screws are in there too",
    read by the follow-up rules) keep it."""
    words = [t.text for t in toks]
    if not _ALSO_FIRST.intersection(words):
        return toks
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tail = next((p for p in ALSO_TAILS if tuple(words[k:k + len(p)]) == p), None) \
            if words[k] in _ALSO_FIRST else None
        nxt = words[k + len(tail)] if tail and k + len(tail) < len(words) else ""
        if tail and k > 0 and (nxt in _AMOUNT_OPENERS or is_number_word(nxt) or nxt.isdigit()):
            k += len(tail)
            continue
        out.append(toks[k])
        k += 1
    return out


# words "hi" is part of a name before ("hi vis", "hi-viz", "hi res", "hi hat"); not "top":
# "hi top shelf has 12 boxes" greets, then names a place
_HI_NAMES = frozenset({"vis", "viz", "visibility", "res", "hat", "hats", "lo", "fi"})


def _drop_openers(toks: list[Tok]) -> list[Tok]:
    """Drop clause openers ("so", "okay", "yeah") at the start and after punctuation."""
    if [t.text for t in toks[1:3]] == ["to", "self"] and toks[0].text in ("note", "memo"):
        k = 3 + (len(toks) > 3 and toks[3].text in (":", "-"))
        hit = lookup([t.text for t in toks], k) if k < len(toks) else None
        if hit and hit[0].split()[0] != toks[k].text:
            toks = toks[k:]  # "note to self - moved 3 kegs": a note of what was done
    if toks and toks[0].text in APOLOGIES:
        toks = toks[1:]
    out: list[Tok] = []
    at_start = True
    for k, tok in enumerate(toks):
        if at_start and tok.text in AT_START and not (
                tok.text == "hi" and toks[k + 1:k + 2] and toks[k + 1].text in _HI_NAMES) and not (
                [t.text for t in toks[k:k + 3]] == ["note", "to", "self"]):
            continue  # ("hi vis vests 20 handed out": a product, not a greeting; "note to
            # self" opens a reminder, questions.py)
        at_start = tok.is_punct and tok.text not in (")", "]")  # ("(2 packs) and ...": a list goes on)
        out.append(tok)
    return out
