"""Rule family: sentences that ask or request instead of telling what happened.

    "where is the drill", "how many gloves do we have", "do we have any bleach?"  -> question
    "when I counted earlier there were 17 blankets"                             -> a statement
    "order more gloves", "we need more tape", "can you find the ladder"          -> request
    "lunch order for the team: 4 flat whites", "Friday: make sure the chairs ..."  -> request
    "wait did we get the limes or not", "ladder hooks? does anyone know"          -> question
    "PO 2290 submitted to the supplier: ...", "the weekly order goes in at 3"     -> an order
    "fridge temp log: 4°C at 9am", "brine -9.2, return -7.8, all normal"        -> a reading

Both give no items; the reason says which (readings.py tells a reading). Requests inside a clause ("need to move") are
caught per verb in mood.blocked.
"""
from __future__ import annotations

from .fillers import ASKED_CHORES
from .numbers import is_number_word
from .people import FIRST_NAMES
from .places import WEEKDAY_WORDS
from .readings import MAX_HEADING, check_all_well, logs_readings, stock_amount
from .tokens import Tok
from .verbs import IRREGULAR, lookup

# (chat spells the contraction without its apostrophe: "whens the van going out", "whos got it")
WH_WORDS = frozenset({"where", "what", "how", "which", "who", "why", "when", "whose", "whats",
                      "where's", "what's", "wheres", "how's", "whens", "whos", "hows"})
AUX_OPENERS = frozenset({"do", "does", "did", "can", "could", "would", "should", "will", "is",
                         "are", "was", "were", "have", "has", "shall", "may", "might", "am"})
REQUEST_OPENERS = (("order",), ("reorder",), ("re-order",), ("buy", "more"), ("get", "more"),
                   ("we", "need"), ("i", "need"), ("need",), ("remind",), ("find",), ("look", "for"),
                   ("search",), ("locate",), ("check", "if"), ("check", "whether"), ("tell", "me"),
                   ("show", "me"), ("let", "me", "know"),
                   # things asked to be brought or sent to the one speaking ("send me a pic of ...")
                   ("send", "me"), ("bring", "me"), ("grab", "me"), ("get", "me"), ("pass", "me"),
                   ("fetch", "me"), ("text", "me"), ("call", "me"), ("ring", "me"), ("send", "us"),
                   ("bring", "us"), ("list",), ("we", "should"),
                   ("we", "want"), ("i", "want"), ("request",), ("order", "more"),
                   ("we", "'re", "low", "on"), ("running", "low"), ("we", "are", "low", "on"),
                   ("low", "on"), ("we", "'ll", "need"), ("please", "order"), ("schedule",),
                   ("don't", "forget"), ("do", "n't", "forget"), ("remember", "to"),
                   # instructions not to do something ("Don't use the white gaffer on the floor")
                   ("do", "n't"), ("do", "not"), ("don't",), ("dont",),
                   # ...and to stop doing it ("pls stop taking the highballs out to the terrace")
                   ("stop", "taking"), ("stop", "leaving"), ("stop", "using"), ("stop", "putting"),
                   ("stop", "moving"), ("stop", "borrowing"), ("stop", "throwing"),
                   ("stop", "storing"), ("stop", "dumping"), ("pls", "stop"), ("please", "stop"),
                   ("todo",), ("to-do",), ("note", "to", "self"), ("memo", "to", "self"),
                   # checks asked for and things still awaited
                   ("make", "sure"), ("be", "sure"), ("ensure",), ("waiting", "on"),
                   ("waiting", "for"), ("still", "waiting"), ("awaiting",), ("we", "'re", "waiting"),
                   ("i", "'m", "waiting"), ("we", "are", "waiting"), ("can", "we"), ("could", "we"),
                   ("would", "someone"), ("someone", "should"), ("someone", "needs"),
                   ("somebody", "should"), ("somebody", "needs"), ("someone", "has", "to"),
                   ("need", "someone"), ("any", "chance"), ("anyone", "seen"), ("anybody", "seen"),
                   ("has", "anyone"), ("has", "anybody"), ("anyone", "know"), ("anybody", "know"),
                   ("anyone", "got"), ("wondering",), ("i", "'m", "wondering"), ("i", "wonder"),
                   ("checking", "if"), ("checking", "whether"), ("is", "it", "ok"),
                   ("would", "be", "good"), ("would", "be", "great"), ("would", "be", "nice"),
                   ("it", "would", "be"), ("it", "'d", "be"), ("would", "it", "be"),
                   # a chore asked for ("please restock the napkins at the front counter")
                   *((p, w) for p in ("please", "pls", "plz") for w in ASKED_CHORES))
# openers that take back an earlier note ("never mind ignore that last one", "scratch that")
CANCELS = (("never", "mind"), ("nevermind",), ("ignore", "that"), ("ignore", "the", "last"),
           ("ignore", "my", "last"), ("scratch", "that"), ("disregard",), ("cancel", "that"),
           ("delete", "that"), ("forget", "that"), ("forget", "it"))
# openers of a wish or a guess: "hopefully the parts come in this week", "i wish we had ..."
WISH_OPENERS = (("hopefully",), ("perhaps",), ("possibly",), ("probably",), ("supposedly",),
                ("presumably",), ("ideally",), ("i", "wish"), ("wish",), ("if", "only"),
                ("fingers", "crossed"), ("i", "hope"), ("hope",), ("we", "hope"),
                ("let", "'s", "hope"), ("with", "any", "luck"), ("i", "'d", "rather"),
                ("we", "'d", "rather"), ("i", "would", "rather"), ("we", "would", "rather"),
                ("i", "could", "have", "sworn"), ("could", "have", "sworn"), ("i", "thought"),
                ("i", "assumed"), ("i", "presume"), ("i", "reckon"), ("i", "doubt"),
                # a suggestion: "i'm thinking we keep the mops by the fire exit from now on"
                ("i", "'m", "thinking"), ("i", "am", "thinking"), ("i", "was", "thinking"),
                ("we", "were", "thinking"), ("thinking", "we"))
# headings of notes of what is still to do: "plan: move shop vac", "to do: restock paper"
PLAN_HEADINGS = (("plan",), ("plans",), ("todo",), ("to", "do"), ("to-do",), ("reminder",),
                 ("tbd",), ("pending",), ("next", "week"), ("tomorrow",))
# how far the colon of "plan for <when>:" may be
_PLAN_FOR_WORDS = 6
# "when I was cleaning up I came across two padlocks": a time clause, not a question, when a
# subject follows the wh-word directly (a question puts a verb there: "when did we ...")
SUBORDINATORS = frozenset({"when", "whenever", "while", "once", "after", "before"})
_CLAUSE_SUBJECTS = frozenset({"i", "we", "they", "he", "she", "you", "the", "our", "my", "someone",
                              "somebody", "everyone"})
# a request opener followed by one of these is a noun ("reorder point hit on AA batteries")
_OPENER_AS_NOUN = frozenset({"point", "level", "number", "#", "no", "status", "form", "sheet"})
SUBJECTS = frozenset({"we", "you", "i", "they", "there", "it", "he", "she", "someone", "anyone",
                      "anybody", "the", "our", "my", "this", "that", "any", "all",
                      # chat spellings and the people a request is put to ("do u guys ever get
                      # ...", "could somebody remind ...", "could whoever borrowed the key ...")
                      "u", "ya", "yall", "somebody", "whoever", "everyone", "everybody"})
# a question put to someone by name ("bea did the lady come back", "@leo who's got the royer"):
# the aux openers of a question; not "has"/"have", which after a name tell who has a thing
# ("ruth has the big roll of tyvek ...")
_ASKED_AUX = AUX_OPENERS - {"has", "have"}


def _addressed(words: list[str]) -> bool:
    """Whether the note opens with the name of the one asked ("@leo", "marco", "hey" was dropped
    as a filler) and then asks: a wh-word, or an aux and its subject."""
    if len(words) < 3 or not (words[0] in FIRST_NAMES or words[0][:1] == "@" and len(words[0]) > 1):
        return False
    return words[1] in WH_WORDS or words[1] in _ASKED_AUX and words[2] in SUBJECTS


# heading words of a list of things wanted, not had: "lunch order for the team: 4 flat whites",
# "shopping list: bin bags, bleach", "wishlist - a second ladder"
WANT_HEADINGS = frozenset({"order", "orders", "shopping", "wishlist", "wish", "request",
                           "requests", "quote", "estimate", "budget", "agenda", "needs"})
# ...unless the heading says it came: "order 4471 in:", "order arrived:"
_CAME_WORDS = frozenset({"in", "arrived", "came", "received", "rcvd", "delivered", "delivery",
                         "filled", "here", "picked", "unpacked", "checked"})


# words after a want heading that keep it one ("shopping list:", "order for the team:")
_WANT_TAILS = frozenset({"list", "lists", "for", "from", "sheet", "form", "#", "no", "number",
                         "request", "requests", "to", "of"})


def _numbered_order(words: list[str]) -> bool:
    """Whether words open with a heading naming an order by its number ("Sally Pro order #44871:")."""
    if ":" not in words[:MAX_HEADING + 1]:
        return False
    head = words[:words.index(":")]
    return any(w in ORDER_WORDS and any(ch.isdigit() for ch in "".join(head[k + 1:k + 3]))
               for k, w in enumerate(head))


def _wanted_list(head: list[str]) -> bool:
    """Whether a heading names a list of wanted things: a want word at its end or before "list",
    "for", an id ("lunch order for the team", "shopping list"), not one that names a thing
    ("shopping baskets", "order pads")."""
    return any(w in WANT_HEADINGS and (k + 1 == len(head) or head[k + 1] in _WANT_TAILS or
                                       head[k + 1] in WANT_HEADINGS or any(c.isdigit() for c in head[k + 1]))
               for k, w in enumerate(head))


# a tag that asks to confirm what was just said ("the tape's in van 2 right", "..., is that right")
TAGS = (("right",), ("correct",), ("is", "that", "right"), ("is", "that", "correct"),
        ("isn't", "it"), ("is", "n't", "it"), ("are", "n't", "they"), ("innit",), ("yeah", "?"))
# a tag that asks the listener to do it: "hang the aprons in the dry store would you"
REQUEST_TAGS = (("would", "you"), ("could", "you"), ("can", "you"), ("will", "you"),
                ("would", "ya"), ("could", "ya"), ("wouldya",), ("cheers", "mate"))
# words before a final "right" that make it a side, not a tag ("stage right", "on the right")
_SIDE_BEFORE = frozenset({"the", "stage", "house", "far", "top", "bottom", "back", "front", "upper",
                          "lower", "hand", "to", "on", "at", "left", "and", "or", "rear", "center",
                          "centre", "middle", "door", "shelf", "row"})


def _tag_question(words: list[str]) -> bool:
    """Whether the note ends in a tag that asks ("... in the left bin in van one right")."""
    for tag in TAGS + REQUEST_TAGS:
        if len(words) > len(tag) + 2 and tuple(words[-len(tag):]) == tag:
            return tag != ("right",) or words[-2] not in _SIDE_BEFORE
    return False


# an order placed with a supplier: nothing has arrived ("Bin bags: ordered 10 rolls")
_GOT_WORDS = frozenset({"got", "gotten", "showed", "turned"})  # ("ordered 4, only got 3")
ORDERED = frozenset({"ordered", "reordered", "re-ordered", "pre-ordered", "preordered"})


# an order word, and what says it was sent to the supplier ("PO 4471 placed with ...", "lunch
# order going in at 12"); "order came in" is an arrival
ORDER_WORDS = frozenset({"order", "orders", "po", "p.o.", "p.o"})
PLACING = (("placed",), ("submitted",), ("sent", "off"), ("sent", "in"), ("going", "in"),
           ("gone", "in"), ("went", "in"), ("goes", "in"), ("put", "in"))  # ("PO sent back": a return)
_ORDER_OPENS = 3  # how far into the note the order word may be ("cydectin - none left, order placed")


def _order_sent(raw: list[str]) -> bool:
    """Whether the note opens with an order said to be placed: nothing has come yet."""
    for k in range(min(_ORDER_OPENS, len(raw))):
        if raw[k] in ORDER_WORDS:
            after = raw[k + 1:k + 5]
            return any(tuple(after[j:j + len(p)]) == p for p in PLACING for j in range(len(after)))
    return False


def _order_placed(raw: list[str]) -> bool:
    """Whether the note's event is an order placed: "ordered" opens it or its list, or an order
    said sent opens it, and no word after it says it came ("ordered 4 toner, arrived today" is
    an arrival)."""
    k = raw.index(":") + 1 if ":" in raw[:MAX_HEADING + 1] else 0
    if k < len(raw) and raw[k] in ORDERED:
        return not set(raw) & (_CAME_WORDS | _GOT_WORDS)
    return _order_sent(raw) and not set(raw) & (_CAME_WORDS - {"in"} | _GOT_WORDS)


_COMING = frozenset({"arriving", "coming", "landing", "expected", "due"})
_LATER = WEEKDAY_WORDS | frozenset({"tomorrow", "tmrw", "tmr", "tonight", "later", "soon"})


def _later(after: list[str]) -> bool:
    """Whether the words just after an arrival word say when it is to come ("next wk", "on fri")."""
    after = after[1:] if after[:1] in (["on"], ["by"], ["this"]) else after
    return bool(after) and (after[0] in _LATER or after[0] == "next" and len(after) > 1)


def _still_to_come(raw: list[str]) -> bool:
    """Whether the note gives when something is due ("bald caps on order from Kryolan, ETA 2
    weeks", "due in friday"), no word saying it came."""
    due = "eta" in raw or any(raw[k:k + 2] == ["due", "in"] for k in range(len(raw)))
    # "new boiler 300L arriving next wk", "4 pallets of mulch coming tomorrow": still to come
    due = due or any(w in _COMING and _later(raw[k + 1:k + 4]) for k, w in enumerate(raw))
    return due and not set(raw) & (_CAME_WORDS - {"in"} | _GOT_WORDS)


# spoken openers before a question ("wait did we get the limes or not"): they start no statement
INTERJECTIONS = frozenset({"wait", "hang", "oh", "ah", "hmm", "hm", "q", "question"})
# how long a fragment asked about may be ("pyro effects? do we even have a license")
_MAX_FRAGMENT = 5


def _question_after_opener(toks: list[Tok]) -> bool:
    """Whether the note asks after a spoken opener or a fragment that asks ("wait did we get the
    limes or not", "pyro effects? do we have a license", "new printer? vote in the thread"): the
    fragment names what is asked about; what follows asks too, or tells no event or amount.
    ("Found 3 mats (not ours?)" has its verb before the "?")"""
    raw = [t.text for t in toks]
    k = 0
    while k < len(raw) and raw[k] in INTERJECTIONS | {"on", ","}:
        k += 1
    if 0 < k < len(raw) and raw[0] in INTERJECTIONS:
        return (not_a_statement(toks[k:]) or "").startswith("a question")
    mark = raw.index("?") if "?" in raw[:_MAX_FRAGMENT + 1] else None
    if not mark or any(lookup(raw, j) for j in range(mark)):
        return False
    k = mark + 1
    while k < len(raw) and raw[k] == "?":
        k += 1
    told = any(lookup(raw, j) or raw[j][:1].isdigit() or is_number_word(raw[j]) for j in range(k, len(raw)))
    return bool(not_a_statement(toks[k:])) or not told  # ("gloves? 5 boxes in the van" answers)


# what opens a remark after the note: a bracket or a dash ("found 2 torches (from last season?)")
_REMARK_MARKS = frozenset({"(", "-"})


def doubting_remark(raw: list[str]) -> int:
    """Where a remark that closes the note with a question mark starts, when the note before it
    tells an event with a verb of its own ("Found 2 torches in the drawer (from last season?)",
    "lost 1 clamp - customer walked off with it??"): the doubt is about the news, which stands;
    or 0."""
    end = len(raw)
    while end and raw[end - 1] in (")", "!"):
        end -= 1
    if not end or raw[end - 1] != "?":
        return 0
    cut = max((k for k in range(end) if raw[k] in _REMARK_MARKS), default=0)
    if cut < 2 or "?" in raw[:cut] or raw[0] in WH_WORDS or raw[0] in AUX_OPENERS or \
            raw[cut + 1:cut + 2] and (raw[cut + 1] in WH_WORDS or raw[cut + 1] in AUX_OPENERS):
        return 0  # ("moved it - is that ok?" asks)
    return cut if any(lookup(raw, k) for k in range(cut)) else 0


# a request put to the listener after a sentence of its own ("committees moved to the twelfth
# can you put a note on the hut door", "when the silk comes in can you put it on the press")
_ASKING = frozenset({"can", "could"})
_ASKED = frozenset({"you", "u", "ya", "someone", "somebody", "anyone", "anybody"})
# what follows a verb whose object is gone, as in a relative clause ("the fuel can you use for
# the mower"): a request says its object ("can you put a note on ...", "can you sort it")
_GAP_AFTER = frozenset({"for", "in", "on", "at", "to", "with", "from", "into", "onto", "by",
                        "back", "up", "down", "out", "off", "away", ",", ".", "is", "are", "was"})
_PASTS = frozenset(f for lemma, forms in IRREGULAR.items() for f in forms.split() if f != lemma)


def _asked_to_stop(words: list[str]) -> bool:
    """'Can PTs stop storing their own kit in ...': asked of people named by what they are
    (not "we", "you", which the openers catch), to stop doing something."""
    return words[0] in ("can", "could", "will", "would") and any(
        words[k] == "stop" and words[k + 1].endswith("ing") for k in range(2, min(len(words) - 1, 5)))


_MODALS = frozenset({"can", "could", "will", "would", "should", "might", "may", "must", "shall"})
# words that make "can" a thing ("a watering can", "the oil can", "a spare can")
_CAN_KINDS = frozenset({"watering", "oil", "fuel", "petrol", "jerry", "spray", "spare"})
_BEFORE_CAN = frozenset({"a", "an", "the", "that", "this", "my", "our", "your"})  # ("out of oil can you")


def request_after(raw: list[str]) -> int:
    """Where a request to the listener starts after the note has said something of its own
    ("... can you put a note on the hut door"), or 0. Not "can" the noun said before a relative
    clause ("the watering can you lent me", "the can someone left in the fridge": a past
    follows)."""
    for k in range(2, len(raw) - 3):
        if raw[k] in _ASKING and raw[k + 1] in _ASKED and raw[k - 1] not in ("a", "the", "that", "this"):
            if raw[k] == "can" and raw[k - 1] in _CAN_KINDS and raw[k - 2] in _BEFORE_CAN:
                continue  # "a watering can you can use", "the oil can you like": the can is the thing
            verb, then = raw[k + 2], raw[k + 3]
            # a modal next is the relative clause's own ("a spare can you could take"); a place
            # word next is the gap of one whose filler was dropped ("the oil can you (like) on")
            if verb.isalpha() and not verb.endswith("ed") and verb not in _PASTS and \
                    verb not in _MODALS and verb not in _GAP_AFTER and then not in _GAP_AFTER:
                return k  # ("the fuel can you use for the mower": its object is the can)
    return 0


def not_a_statement(toks: list[Tok]) -> str | None:
    """Why the sentence is a question or request, or None when it may tell an event."""
    raw = [t.text for t in toks]
    doubt = doubting_remark(raw)
    if doubt:
        return not_a_statement(toks[:doubt])
    for heading in PLAN_HEADINGS:
        if tuple(raw[:len(heading)]) == heading and raw[len(heading):len(heading) + 1] in ([":"], ["-"]):
            return "a plan, not an event"
        if raw[:1] == ["plan"] and raw[1:2] == ["for"] and ":" in raw[2:_PLAN_FOR_WORDS]:
            return "a plan, not an event"  # "Plan for Sunday: set out 80 chairs"
    colon = next((k for k, w in enumerate(raw[:MAX_HEADING + 1]) if w in (":", "-")), None)
    if colon:
        head = set(raw[:colon])
        if _wanted_list(raw[:colon]) and not head & _CAME_WORDS:
            return "a request, not an event"
        # "Parents evening: make sure the chairs are set out", "Note: we need more tape": the
        # words after a short heading ask as a sentence of their own would
        why = not_a_statement(toks[colon + 1:])
        if why == "a reading, not stock" and any(stock_amount(raw, k) for k in range(colon)):
            why = None  # "4 boxes of cod - 1.5, all good": the stock, then its reading
        if why and head & _CAME_WORDS and _numbered_order(raw[colon + 1:]):
            why = None  # "Delivery - Sally Pro order #44871: 3x ...": the order that came, by its number
        if why and not (raw[colon] == "-" and why.startswith("a wish") and
                        any(lookup(raw, k) for k in range(colon))):
            return why  # ("lost 2 gloves - probably went out with the laundry": a note, then a guess)
    if logs_readings(raw) or check_all_well(raw):
        return "a reading, not stock"
    if _order_placed(raw) or _still_to_come(raw):
        return "an order placed, not an arrival"
    words = [t.text for t in toks if not t.is_punct or t.text == "?"]
    if not words:
        return None
    if any(tuple(words[:len(c)]) == c for c in CANCELS):
        return "a correction of an earlier note, not an event"  # "never mind, ignore that last one"
    if words[0] == "maybe" or words[-2:] == ["not", "sure"] or words[-2:] == ["no", "idea"]:
        return "a guess, not an event"  # "maybe the drill is in the van im not sure"
    if any(tuple(words[:len(w)]) == w for w in WISH_OPENERS):
        return "a wish or a guess, not an event"
    subordinate = words[0] in SUBORDINATORS and len(words) > 1 and words[1] in _CLAUSE_SUBJECTS
    if words[-1] == "?" or (words[0] in WH_WORDS and not subordinate) or "how many" in " ".join(words) \
            or " ".join(words[:2]) in ("how much", "is there", "are there"):
        return "a question, not an event"
    if words[0] in AUX_OPENERS and len(words) > 1 and words[1] in SUBJECTS or _addressed(words):
        return "a question, not an event"
    if _question_after_opener(toks):
        return "a question, not an event"
    if _tag_question(words):
        return ("a request, not an event" if any(tuple(words[-len(t):]) == t for t in REQUEST_TAGS)
                else "a question, not an event")
    if any(words[k:k + 3] == ["on", "your", "way"] for k in range(len(words))):
        return "a request, not an event"  # "grab the ladder on your way in": asked of the listener
    if _asked_to_stop(words):
        return "a request, not an event"
    counted = "left" in words or "remaining" in words or " ".join(words).find("down to") >= 0
    for opener in REQUEST_OPENERS:
        if tuple(words[:len(opener)]) == opener and not set(words[len(opener):len(opener) + 1]) & _OPENER_AS_NOUN:
            if counted and ("low" in opener or "short" in opener):
                continue  # "we're low on bin bags, only 2 rolls left": a count
            return "a request, not an event"
    return None
