"""Rule family: mood. Whether a verb found in a clause tells an event at all, or only asks,
wishes, plans, denies, supposes or describes:

    "we didn't move the drill"                         -> negated
    "need to order gloves", "can you move the ladder"  -> request (wished or asked for)
    "load the van tomorrow", "delivery booked for Thu"  -> request (planned)
    "we always keep the keys in the lockbox"            -> habit
    "if the toner shows up put it in the mail room"     -> conditional
    "the bottles are selling really well"               -> state (how a thing is or does)
    "we talked about moving the whiteboard"             -> a topic, no event

shapes.py finds the event words; this module only decides what `Trigger.blocked` says about
each one, so the grammar of saying "not yet" or "not really" is read in one place. Whole
sentences that ask or request are caught earlier, in questions.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import verbs as V
from .clause_words import ADVERBS, CLAUSE_BREAKS, SUBJECTS, past_form, prev_word, skip
from .numbers import is_number_word, read_quantity
from .phrases import PARTICLES, PRONOUNS
from .places import DETERMINERS, TIME_WORDS, WEEKDAY_WORDS, WEEKDAYS, preposition_at

if TYPE_CHECKING:  # for annotations only: shapes.py imports this module
    from .shapes import Trigger


NEGATIONS = frozenset({"not", "n't", "never", "didn't", "dont", "didnt", "cannot", "nobody",
                       "noone", "neither", "nor"})
MODALS = frozenset({"need", "needs", "needed", "want", "wants", "wanted", "should", "must",
                    "gotta", "will", "'ll", "gonna", "can", "could", "would", "might", "may",
                    "shall", "'d", "plan", "planning", "remember", "forget", "forgot", "let",
                    "lets",  # ("lets put the chairs out", typed without its apostrophe)
                    "try", "trying", "supposed", "ought", "if", "whether", "wanna", "please",
                    "to", "going", "hoping", "hope", "how", "where", "when", "what"})
# ("had to send it out" says it was done, so "had" is not here)
TO_MODALS = frozenset({"have", "has", "need", "needs", "want", "wants", "going", "got",
                       "ought", "supposed", "plan", "planning", "trying", "try", "forgot",
                       "remember", "hope", "hoping", "able", "wanna", "how", "where", "'ve",
                       "gotta", "forget", "like",
                       # reported instructions ("the manual says to keep ..."), a past habit
                       # ("we used to keep ..."), a decision or offer
                       "says", "said", "say", "told", "tells", "asked", "asks", "reminded",
                       "instructed", "meant", "decided", "agreed", "promised", "offered",
                       "used", "tend", "tends", "expected", "expect", "due", "scheduled",
                       "set",
                       # what is just going to happen ("the lager keg is about to run out")
                       "about"})
# "told us to", "asked me to": a person between the reporting verb and "to"
_TELL_VERBS = frozenset({"told", "tells", "tell", "asked", "asks", "ask", "reminded", "remind",
                         "want", "wants", "wanted", "need", "needs", "needed", "expect",
                         "expects", "expected", "got", "get"})
_TOLD_WHO = frozenset({"us", "me", "him", "her", "them", "you", "everyone", "someone", "somebody",
                       "anyone", "people", "staff", "everybody"})
# wishes, guesses and preferences said before a verb ("i'd rather we stored", "i wish we had")
WISH_WORDS = frozenset({"hopefully", "probably", "perhaps", "possibly", "supposedly", "ideally",
                        "rather", "wish", "wished", "prefer", "preferably", "presumably",
                        "sooner"})


# how a thing sells, said after "selling": a trend, not a sale
_SELLING_HOW = frozenset({"well", "fast", "quickly", "slowly", "slow", "badly", "poorly", "like",
                          "crazy", "hotcakes"})
_STATE_AFTER = frozenset({"open", "shut", "closed", "ajar"})


def told_to(words: list[str], trig: Trigger) -> str | None:
    """'request' for a verb in its base form right after "someone"/"anyone": an instruction
    ("wrench left in 3b, someone grab it")."""
    w = words[trig.start]
    if prev_word(words, trig.start) in ("someone", "somebody", "anyone", "anybody", "everyone") \
            and w == trig.lemma.split()[0] and not w.endswith("ed") \
            and w not in V.IRREGULAR.get(w, "").split() and w not in ("put", "set", "cut", "hit"):
        # ("someone put the mop away" may be the past)
        return "request"
    return None


# how a thing was left ("left the freezer door open"): a state, not a place
_LEFT_STATES = frozenset({"open", "on", "running", "unlocked", "ajar", "unplugged", "switched"})


# what a place or thing is left in when it is left untidy ("left the store in a right state",
# "leaving the kitchen in a mess"): how it is, not where anything went
_BAD_STATES = frozenset({"state", "mess", "tip", "shambles", "pigsty", "heap", "muddle"})
# how far after the verb that may be said (the object, then "in a (right) state")
_BAD_STATE_SPAN = 8


def _left_in_a_state(words: list[str], i: int) -> bool:
    """Whether "leave" with the object from words[i] ends in a bad state ("in a right state",
    "in such a mess"), said before any other place or the end of the clause."""
    for j in range(i + 1, min(len(words), i + _BAD_STATE_SPAN)):
        if words[j] in CLAUSE_BREAKS:
            return False
        if preposition_at(words, j):
            if words[j] != "in" or words[j + 1:j + 2] not in (["a"], ["such"]):
                return False
            e = next((e for e in range(j + 2, min(len(words), j + 5)) if words[e] in _BAD_STATES), None)
            after = words[e + 1] if e is not None and e + 1 < len(words) else ""
            # ("in a mess tent" is a place: the state noun ends the phrase)
            return e is not None and all(w.isalpha() for w in words[j + 2:e]) and (
                not after or after in CLAUSE_BREAKS or after in TIME_WORDS or after in _AFTER_A_STATE)
    return False


def left_open_end(words: list[str], i: int) -> int | None:
    """Where a sentence said after "leave" with the object from words[i] and how it was left
    starts, with no mark between ("someones been leaving the gate open again the foxes are
    getting in" -> at "the"), or None. ("on" is left out: "left the lid on the shelf".)"""
    for j in range(i + 1, min(len(words), i + _BAD_STATE_SPAN)):
        if words[j] in CLAUSE_BREAKS or preposition_at(words, j):
            return None
        if words[j] in _LEFT_STATES and words[j] != "on":
            k = j + 1
            while k < len(words) and (words[k] in TIME_WORDS or words[k] in ("again", "overnight")):
                k += 1
            return k if k < len(words) and words[k] in _NEW_SENTENCE else None
    return None


# what opens a sentence of its own after how a thing was left
_NEW_SENTENCE = frozenset({"the", "we", "i", "they", "it", "now", "so", "our", "my"})


_AFTER_A_STATE = frozenset({"again", "every", "after", "when", "lol", "honestly", "!"})


# what may follow "on" said as a particle, not as the preposition of a place
_AFTER_PARTICLE_ON = frozenset({".", ",", ";", "!", "before", "when", "while", "and", "first",
                                "please", "pls", "for", "if", "again", "now", "then", "at", "in"})


_KEPT_STATES = frozenset({"clear", "clean", "tidy", "locked", "closed", "open", "shut", "free",
                          "empty", "dry", "cool", "cold", "warm", "safe", "stocked", "full", "topped",
                          "charged", "covered", "sealed", "labelled", "labeled", "separate"})


def _kept_how(words: list[str], i: int) -> bool:
    """Whether "keep" with the object from words[i] ends in how it is kept ("keep the dry store
    clear"): a state asked for, nothing stored."""
    j = i
    while j < len(words) and j < i + 7 and words[j] not in CLAUSE_BREAKS:
        if preposition_at(words, j):
            return False
        j += 1
    return j > i + 1 and words[j - 1] in _KEPT_STATES


def _put_on_worn(words: list[str], i: int) -> bool:
    """Whether "put" with the object from words[i] ends in "on" said alone ("put your gloves on
    before ...", "put the heating on"): worn or switched on, no stock moved. "put on the shelf",
    "put them on bench 2" say a place."""
    for j in range(i + 1, min(len(words), i + 6)):
        if words[j] in CLAUSE_BREAKS or preposition_at(words, j) and words[j] != "on":
            return False
        if words[j] == "on":
            return j + 1 == len(words) or words[j + 1] in _AFTER_PARTICLE_ON
    return False


def how_it_is(words: list[str], trig: Trigger) -> str | None:
    """'state' for verbs that say how a thing is or does, not what happened to stock: "the
    bottles are selling really well", "the bulb burned out", "the door is propped open", "the
    cart is missing a wheel", "we're running out of gloves" (low, not none yet)."""
    j = skip(words, trig.end, frozenset({"really", "very", "so", "pretty", "too", "quite"}))
    nxt = words[j] if j < len(words) else ""
    if trig.lemma == "sell" and nxt in _SELLING_HOW:
        return "state"
    if trig.lemma.startswith("burn") and words[trig.start + 1:trig.start + 2] == ["out"]:
        return "state"
    if trig.lemma == "get" and words[trig.start] == "getting" and prev_word(words, trig.start) in \
            V.BE | {"'s", "'re", "is", "are"} and nxt.isalpha() and nxt not in DETERMINERS and \
            nxt not in PARTICLES and read_quantity(words, j)[0] is None and not preposition_at(words, j) \
            and nxt not in PRONOUNS:
        return "state"  # "it's getting expensive", "the milk is getting low"
    if trig.lemma == "keep" and _kept_how(words, trig.end):
        return "state"  # "keep the dry store clear", "keep the fire door shut"
    if trig.lemma == "put" and _put_on_worn(words, trig.end):
        return "state"  # "put gloves on before touching the bins", "put the kettle on"
    if trig.lemma == "leave" and trig.kind == "active":
        k = trig.end
        while k < len(words) and words[k] not in CLAUSE_BREAKS and not preposition_at(words, k):
            k += 1
        while k > trig.end + 1 and (words[k - 1] in TIME_WORDS or words[k - 1] in (
                "again", "overnight", "all", "night", "day", "weekend")):
            k -= 1
        if k > trig.end + 1 and words[k - 1] in _LEFT_STATES:
            return "state"  # "someone left the freezer door open (again)"
        if _left_in_a_state(words, trig.end) or left_open_end(words, trig.end):
            return "state"  # "the new setters are leaving the store in a right state"
    if trig.kind == "passive" and nxt in _STATE_AFTER:
        return "state"
    if trig.kind == "gone" and words[trig.end - 1] == "missing" and nxt in ("a", "an", "its", "one") \
            and prev_word(words, trig.start) not in SUBJECTS:
        return "state"  # (a part of it is missing; "we're missing a drill" still is a loss)
    if trig.kind == "have" and words[trig.start] == "had" and nxt in ("a", "an") and \
            words[j + 1:j + 2] and words[j + 1] in _HAD_A:
        return "state"  # "just had a cup of tea with pat", "had a look in the shed": what we did
    if trig.kind == "have" and prev_word(words, trig.start) == "it" and nxt in ("a", "an") and \
            words[trig.start] in ("had", "has", "'s"):
        return "state"  # "scrapped one of the tyres it had a big cut in it": what was wrong with it
    if trig.lemma == "run out" and (words[trig.start] == "running" or words[trig.start] == "run" and
                                    prev_word(words, trig.start) in V.BE - {"'s"} | {"'re", "are", "is"}):
        # ("the co2's run out": has run out, none left)
        return "state"  # ("coffee pods running out, 1 box left": low, said without "be")
    return None


# what was had that is no stock: a drink, a meal or a break ("had a cup of tea"), a look or a
# word ("had a look in the van", "had a chat with the supplier")
_HAD_A = frozenset({"cup", "cuppa", "mug", "brew", "drink", "coffee", "tea", "bite", "snack",
                    "meal", "lunch", "breakfast", "dinner", "break", "rest", "look", "peek",
                    "chat", "word", "talk", "call", "meeting", "go", "think", "laugh", "moment",
                    "minute", "nice", "great", "good", "lovely", "quick", "long", "busy"})


# "must have taken" infers that it happened; "should have", "could have" say it did not
INFERRED_PAST = frozenset({"must"})
# time words that put an event said in the base form ("load the van tomorrow") in the future
FUTURE_WORDS = frozenset({"tomorrow", "tmrw", "tmr", "tomorow", "later", "tonight", "soon",
                          "asap", "eventually", "someday"})
# words that make a verb in its base form a habit, not an event ("we receive the milk on Mondays")
HABITUAL_WORDS = frozenset({"mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                            "saturdays", "sundays", "weekends", "every", "usually", "always",
                            "normally", "typically", "generally", "often", "sometimes", "weekly",
                            "daily", "monthly", "nightly", "regularly"})
_NEXT_TIMES = WEEKDAYS | frozenset({"week", "month", "year", "time", "shift", "weekend", "morning",
                                    # ("the school is buying a 3d printer ... next term")
                                    "term", "semester", "season", "quarter", "fortnight"})
# words before a gerund that make it a topic, not an event ("talked about moving the desk")
GERUND_PREPOSITIONS = frozenset({"about", "into", "without", "after", "before", "from", "of",
                                 "for", "like", "instead", "on", "in", "at", "by", "besides"})
# verbs of talking or deciding about an activity: "discussed replacing the chairs", "we're
# considering moving the printer", "suggested binning the old mats": nothing happened yet
GERUND_TALK_VERBS = frozenset({"discuss", "discussed", "discussing", "discusses", "consider",
                               "considered", "considering", "considers", "suggest", "suggested",
                               "suggesting", "propose", "proposed", "proposing", "recommend",
                               "recommended", "recommending", "mentioned", "mention", "postpone",
                               "postponed", "delay", "delayed", "avoid", "avoided", "debating",
                               "debated", "contemplating", "planning", "plan", "planned"})


def gerund_after_preposition(words: list[str], i: int) -> bool:
    """'we talked about moving the whiteboard', 'look into getting more toner': a gerund after
    a preposition names an activity; nothing happened to an item."""
    return words[i].endswith("ing") and (prev_word(words, i) in GERUND_PREPOSITIONS or
                                         prev_word(words, i) in GERUND_TALK_VERBS)


_WHEN = frozenset({"when", "whenever", "once", "until", "till", "til"})
_WHEN_SUBJECTS = frozenset({"it", "they", "we", "you", "i", "he", "she", "someone", "anyone", "somebody"})


def _present(w: str) -> bool:
    """An event verb in its present form that no past shares ("gets", "arrive"; not "put")."""
    if w.endswith("s") and not w.endswith("ss") and w not in ("is", "was", "has", "'s"):
        return True
    return V.VERB_FORMS.get(w, ("",))[0].split()[:1] == [w] and w not in _IRREGULAR_PASTS


def conditional(words: list[str], i: int) -> bool:
    """Whether the verb at words[i] is in an "if"/"unless" clause: what follows depends on it.
    ("if anyone's looking for the stud finder it's in the drawer": the clause has ended when a
    new subject follows a noun.)"""
    if i > 1 and words[i - 2] in _WHEN and words[i - 1] in _WHEN_SUBJECTS and _present(words[i]):
        return True  # "it rattles when it gets over 80 psi", "once they arrive": any time, or later
    for k in range(i - 1, max(-1, i - 10), -1):
        if words[k] == "," and _imperative_after_condition(words, k, i):
            return True  # "if anyone finds the cord, put it back in the gang box": an instruction
        if words[k] in (".", ";", "!", "?", "but", ","):
            return False
        if words[k] in ("it", "they", "we", "i", "he", "she") and k > 0 and words[k - 1].isalpha() \
                and words[k - 1] not in ("if", "unless", "and", "case"):
            return _after_condition(words, k, i)
        if words[k] in ("if", "unless") or (words[k:k + 2] == ["in", "case"] and not (
                words[k + 2:k + 3] and (words[k + 2][:1].isdigit() or is_number_word(words[k + 2])))):
            return True  # ("in case 9" is a place)
    return False


def _imperative_after_condition(words: list[str], comma: int, i: int) -> bool:
    """Whether the verb at words[i] opens, in its base form, the clause after the comma that
    ends an "if"/"unless" clause: what to do then, not what was done."""
    if any(w not in ("then", "please", "pls", "just", "and") for w in words[comma + 1:i]):
        return False
    hit = V.VERB_FORMS.get(words[i])
    if not hit or hit[0].split()[0] != words[i]:
        return False
    for j in range(comma - 1, max(-1, comma - 12), -1):
        if words[j] in (".", ";", "!", "?", "but"):
            return False
        if words[j] in ("if", "unless"):
            return True
    return False


def _after_condition(words: list[str], k: int, i: int) -> bool:
    """Whether the verb at words[i], in a clause whose subject is words[k], says what is to be
    done once an "if" clause before it comes true: "if anyone finds the stopwatch it goes in
    drawer 2", "if the projector breaks again we're binning it". Told in the present, the
    progressive or the future it is a rule or a plan; a state or a past stays a statement ("if
    anyone's looking for the stud finder it's in the drawer", "if you ask me, we moved it")."""
    if not any(words[j] in ("if", "unless") for j in range(max(0, k - 10), k)) or any(
            words[j] in (".", ";", "!", "?", "but") for j in range(max(0, k - 10), k)):
        return False
    w = words[i]
    prev = words[i - 1] if i > 0 else ""
    if w.endswith("ing") and prev in V.BE | {"'re", "'s", "'m"}:
        return True  # "we're binning it"
    if prev in ("will", "'ll", "shall", "gonna"):
        return True
    return w.endswith("s") and not w.endswith("ss") and w not in ("is", "was", "has", "'s")


# adverbs of frequency: what is done as a rule, in any tense ("we always keep the keys in the
# lockbox", "we usually got the milk from the farm")
FREQUENCY_WORDS = frozenset({"always", "usually", "normally", "generally", "typically", "often",
                             "sometimes", "rarely", "seldom", "regularly", "occasionally",
                             "routinely", "habitually", "mostly"})
_EVERY_TIMES = _NEXT_TIMES | frozenset({"day", "evening", "night", "other", "couple", "few",
                                        "season", "spring", "summer", "autumn", "fall", "winter",
                                        "delivery", "order", "truck", "visit", "service", "sunday"})
_PLAN_ENDS = frozenset({".", ";", "!", "?", "but", "and", "then"})


def planned(words: list[str], trig: Trigger) -> str | None:
    """'load the van tomorrow at 7', 'move the chairs next week', 'we're moving the chairs
    tomorrow', 'they're delivering the oven on thursday': a verb in its base or -s form (or -ing
    after be) with a future time or a weekday in its clause is a plan. A habit ("we always keep
    the keys in the lockbox", "every friday we get 10 crates") is no event in any tense.
    ("Staged the tables for tonight" is past: kept.)"""
    w = words[trig.start]
    lo = trig.start
    while lo > 0 and words[lo - 1] not in _PLAN_ENDS:
        lo -= 1
    hi = trig.end
    while hi < len(words) and words[hi] not in _PLAN_ENDS:
        hi += 1
    clause = range(lo, hi)
    for k in clause:
        if words[k] in FREQUENCY_WORDS or (words[k] == "every" and words[k + 1:k + 2] and
                                           words[k + 1] in _EVERY_TIMES):
            return "habit"
    head = (trig.lemma.split() or [""])[0]
    # "we're moving", and said without be after the thing: "the urns going to the vestry next week"
    progressive = w.endswith("ing") and (prev_word(words, trig.start) in V.BE or trig.kind == "subject")
    present = w == head or (w.endswith("s") and not w.endswith("ss") and
                            V.VERB_FORMS.get(w, ("-",))[0].split()[0] == head)
    # "they're being collected friday", "the fridge gets collected tomorrow": a passive to come
    passive_to_come = trig.kind == "passive" and prev_word(words, trig.start) in ("being", "gets", "get")
    if not passive_to_come and (trig.kind not in ("active", "subject") or not (present or progressive)):
        return None
    for k in clause:
        if k in range(trig.start, trig.end):
            continue
        prev = prev_word(words, k)
        if prev in ("for", "until", "till", "til", "since") or (
                prev in DETERMINERS and prev not in ("this", "next")):
            continue  # "put the later in the shed", "staged the tables for friday", "are
            # borrowing the tile saw until monday" (how long, not when)
        if words[k] in FUTURE_WORDS or words[k] in HABITUAL_WORDS or words[k] in WEEKDAY_WORDS \
                or (words[k] == "next" and words[k + 1:k + 2] and words[k + 1] in _NEXT_TIMES):
            return "request"
    return None


# verbs of wanting a thing done ("wants the mandoline put back", "needs the chairs moved")
_WANTING = frozenset({"wants", "want", "wanted", "needs", "need", "needed", "asked", "asks",
                      "expects", "expected", "prefers", "preferred", "would"})
_SUBJECT_WORDS = frozenset({"i", "we", "they", "he", "she", "you", "to"})
# modals that are full verbs too, so a clause may end on them ("the tables we didn't need")
_MODAL_VERBS = frozenset({"need", "needs", "needed", "want", "wants", "wanted", "plan",
                          "planned", "try", "tried", "remember", "forgot", "hope", "hoped"})
_IRREGULAR_PASTS = frozenset(f.split()[0] for f in V.IRREGULAR.values())


def _simple_past(w: str) -> bool:
    """A past form that no modal can stand before ("went", "moved"); not one that is also the
    base or the participle ("put", "set", "taken")."""
    return (w.endswith("ed") or w in _IRREGULAR_PASTS) and w not in ("put", "set", "cut", "hit") \
        and w not in V.PARTICIPLE_ONLY


# words before a verb that say it has not quite happened ("couch roll nearly gone")
NEARLY = frozenset({"nearly", "almost", "practically", "virtually"})


def blocked(words: list[str], start: int, found: list[Trigger]) -> str | None:
    """'negated' when the verb is denied ("didn't move"), 'request' when it is wished, planned or
    asked for ("need to order", "can you move", "going to move")."""
    lo = found[-1].end if found else 0
    for k in range(start - 2, max(lo, start - 9) - 1, -1):
        if words[k] in CLAUSE_BREAKS:
            break
        if words[k] in _WANTING and words[k + 1] not in _SUBJECT_WORDS and past_form(words[start]):
            return "request"  # "chef wants the mandoline put back in drawer 2"
    j = start - 1
    steps = 0
    while j >= lo and steps < 6:
        w = words[j]
        if w in CLAUSE_BREAKS:
            break
        if w in NEGATIONS or (w == "no" and words[j + 1:j + 2] == ["longer"]) or (
                w == "one" and j > 0 and words[j - 1] == "no"):
            return "negated"  # ("no one returned the remote")
        if w in WISH_WORDS:
            return "request"
        if w in NEARLY:
            return "negated"  # "the bleach is nearly gone", "we almost lost the key": not yet
        if w == "to":
            if j > lo and words[j - 1] in TO_MODALS:
                return "request"
            if j > lo + 1 and words[j - 1] in _TOLD_WHO and words[j - 2] in _TELL_VERBS:
                return "request"  # "told us to put the chairs in the hall"
        elif w in INFERRED_PAST and words[j + 1:j + 2] in (["have"], ["'ve"]):
            return None  # "someone must have taken the bolt cutters": it happened
        elif w in MODALS and j == start - 1 and words[start] in ("'s", "is", "are", "'re", "was", "were"):
            break  # "the watering can's in the greenhouse": a modal is never followed by "is"
        elif w in _MODAL_VERBS and j == start - 1 and _simple_past(words[start]):
            break  # "the tables we didn't need went back": the modal ends a clause before
        elif w in MODALS and not (w == "'d" and words[j + 1:j + 2] in (["been"], ["just"], ["already"])):
            return "request"  # ("we'd just moved it" is no wish)
        elif not (w in SUBJECTS or w in ADVERBS or w in V.BE or w in V.HAVE or w in
                  ("please", "do", "did", "does", "also", "go", "and", "get", "be", "you",
                   "someone", "they", "somebody", "ever", "anyone", "anybody", "everyone")):
            break
        j -= 1
        steps += 1
    return None


# event nouns that may be booked ahead, and the words that say so
PLANNABLE = frozenset({"delivery", "deliveries", "stocktake", "shipment", "collection", "pickup",
                       "drop", "count", "inventory", "restock", "order", "audit", "stock"})
_BOOKED = frozenset({"booked", "scheduled", "due", "expected", "planned", "arranged", "pencilled",
                     "penciled", "postponed", "rescheduled", "cancelled", "canceled", "delayed",
                     "moved"})


# verbs that put a booked thing to another day ("Rolawn delivery pushed to Thurs")
_PUT_OFF = frozenset({"pushed", "bumped", "shifted", "moved", "rescheduled", "postponed", "delayed"})
_LATER_DAYS = WEEKDAY_WORDS | FUTURE_WORDS | frozenset({"weds", "next"})


def put_off(words: list[str], trig) -> bool:
    """Whether the verb puts a booked thing, named just before it, off to a later day: "Rolawn
    delivery pushed to Thurs", "the order got bumped to next week" (not "moved the delivery
    boxes to the shed")."""
    k = trig.start
    before = k - 1 - (words[k - 1:k] in (["got"], ["was"], ["been"], ["'s"], ["is"]))
    return words[k] in _PUT_OFF and before >= 0 and words[before] in PLANNABLE and \
        words[trig.end:trig.end + 1] in (["to"], ["till"], ["until"], ["til"]) and \
        words[trig.end + 1:trig.end + 2] != [] and words[trig.end + 1] in _LATER_DAYS


def booked_after(words: list[str], k: int) -> bool:
    """Whether the clause after an event noun says it is booked for later ("delivery of flour
    booked for Thursday", "stocktake scheduled for next Monday")."""
    for j in range(k, min(len(words), k + 6)):
        if words[j] in CLAUSE_BREAKS:
            return False
        nxt = j + 1 + (words[j + 1:j + 2] == ["in"])  # ("pencilled in for friday")
        if words[j] in _BOOKED and words[nxt:nxt + 1] and (
                words[nxt] in ("for", "on", "till", "until", "to", "next") or words[nxt] in TIME_WORDS):
            return True
    return False
