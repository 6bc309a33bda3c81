"""Rule family: self-corrections and restarts of speech, undone before anything is read.

A correction is a marker ("no wait", "no sorry", "i mean", "or rather", "make that", "no" before
a determiner or a number) between what was said wrong (the reparandum) and what replaces it
(the repair). The reparandum starts at an earlier word of the same kind as the repair's first
word (a determiner for a determiner, a number for a number, the same preposition): the latest
one whose words share a word with the repair ("the space heater in the, wait no, the water
heater" replaces "the space heater..."), else the nearest one ("to the garage, no wait, the
van" replaces "the garage").

    "put the step ladder no sorry the step stool in the kitchen"  -> "put the step stool in ..."
    "moved the drill to the garage, no wait, the van"              -> "moved the drill to the van"
    "received 3 no 4 boxes of gloves"                              -> "received 4 boxes of gloves"

A repair that is only an amount ("no wait five", "make it three rolls", "i mean twelve metres")
replaces the amount said before and keeps the name after it; a restated amount that closes the
repair ("... no wait five there were five") goes with it:

    "stuck four fill valves on the wall no wait five there were five" -> "stuck five fill valves ..."

A restart repeats a noun phrase, often fuller: "the saw the saw's in the truck", "put the glue
the wood glue in the workshop", "the the drill". The first attempt is dropped when the second
ends on the same word.
"""
from __future__ import annotations

from .numbers import UNITS, is_number_word, read_quantity
from .phrases import FRACTION_WORDS
from .place_repairs import SENTENCE_ENDS, drop_place_contrast, place_said_again
from .places import DETERMINERS, PREPOSITIONS, TIME_WORDS
from .questions import CANCELS
from .tokens import Tok
from .units import unit_of
from .verbs import VERB_FORMS

# markers that say "what I just said was wrong"
MARKERS = (("no", "wait"), ("no", "sorry"), ("wait", "no"), ("sorry", "no"), ("i", "mean"),
           ("or", "rather"), ("make", "that"), ("make", "it"), ("correction",), ("no", "no"), ("oops",),
           ("sorry",), ("wait",), ("no",))
# single-word markers count only before a determiner or a number ("no the almond milk"), so
# "no more", "sorry for the delay", "wait for the truck" are left alone
_WEAK = frozenset({("no",), ("sorry",), ("wait",), ("no", "no")})
# after these "no" is a quantity, not a correction ("we have no ...", "there's no ...")
_NO_IS_ZERO_AFTER = frozenset({"have", "has", "had", "'ve", "is", "are", "'s", "was", "were",
                               "with", "got", "there", "'re", "be", "and", ","})
_DETERMINERS = DETERMINERS - {"of", "one"}
_PREP_WORDS = frozenset(w for p in PREPOSITIONS for w in p[:1])
# words that join phrases: a restart never runs over them
_JOINS = frozenset({"and", "or", "but", "then", "plus", "so", "nor"})
# two consecutive equal words that are grammatical ("had had", "that that")
_REPEATABLE = frozenset({"had", "that", "very", "really", "no"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "them", "us", "me", "its"})


def undo_repairs(toks: list[Tok]) -> list[Tok]:
    """Tokens with corrections applied and restarts dropped (see module doc)."""
    toks = _drop_contrast(_drop_cancel(_drop_repeats(_drop_phrase_repeats(toks))))
    toks = drop_place_contrast(toks)
    for _ in range(4):  # a sentence rarely corrects itself more than a few times
        fixed = _one_correction(toks)
        if fixed is None:
            break
        toks = fixed
    return _drop_restarts(toks)


# words that can follow a take-back and still only point at the earlier note ("ignore that
# last one", "scratch my previous message")
_CANCEL_TAIL = frozenset({"that", "this", "my", "last", "previous", "one", "message",
                          "messages", "note", "entry", "post", "text", "above", "please", "pls"})


def _drop_cancel(toks: list[Tok]) -> list[Tok]:
    """A leading take-back ("never mind", "scratch that") followed by a note of its own is a
    repair of the earlier note: "never mind, 3 chairs to the hall" tells the chairs. Left
    whole when nothing else follows, so questions.py reads it as a correction."""
    i = 0
    while True:
        words = [t.text for t in toks]
        cancel = next((c for c in CANCELS if tuple(words[i:i + len(c)]) == c), None)
        if cancel is None:
            break
        i += len(cancel)
        while i < len(toks) and (toks[i].is_punct or words[i] in _CANCEL_TAIL or
                                 (words[i] == "the" and words[i + 1:i + 2] in (["last"], ["previous"]))):
            i += 1
    if i == 0 or i == len(toks):
        return toks
    return toks[i:]


def _kind(toks: list[Tok], i: int) -> str | None:
    """What kind of word starts a phrase at toks[i], for matching a repair to a reparandum."""
    w = toks[i].text
    # a determiner and a number both start a noun phrase ("the IV pole, no wait, two IV poles")
    if w in _DETERMINERS or read_quantity([t.text for t in toks], i)[0] is not None:
        return "np"
    if w in _PREP_WORDS:
        return "prep:" + w
    return None


def _content(toks: list[Tok]) -> set[str]:
    return {t.text for t in toks if t.text.isalnum() and t.text not in _DETERMINERS
            and t.text not in _PREP_WORDS}


def _one_correction(toks: list[Tok]) -> list[Tok] | None:
    words = [t.text for t in toks]
    n = len(words)
    for m in range(1, n):
        marker = _negated_again(words, m) or next((mk for mk in MARKERS if tuple(words[m:m + len(mk)]) == mk), None)
        if marker is None:
            continue
        r = m + len(marker)
        while r < n and toks[r].is_punct:
            r += 1
        if r >= n:
            continue
        if not (marker in _WEAK and words[m - 1] in _NO_IS_ZERO_AFTER):
            amount = _amount_said_again(toks, m, r)
            if amount is not None:
                return amount
        part = _part_said_again(toks, m, r)
        if part is not None:
            return part
        # a "no" after a question or between commas answers, it is no amount ("-> chiller?? no
        # bay 2", "to the cellar, no, the cold room")
        answered = words[m - 1] == "?" or marker == ("no",) and toks[m + 1].is_punct
        placed = place_said_again(toks, m, r, strong=marker not in _WEAK or answered)
        if placed is not None:
            return placed
        kind = _kind(toks, r)
        if marker in _WEAK and (kind != "np" or words[m - 1] in _NO_IS_ZERO_AFTER and not answered):
            continue
        if marker[0] == "make" and read_quantity(words, r)[0] is None:
            continue
        end = m  # the reparandum ends before the marker and the punctuation around it
        while end > 0 and toks[end - 1].is_punct:
            end -= 1
        lo = max((k + 1 for k in range(end) if words[k] in SENTENCE_ENDS), default=0)
        candidates = [p for p in range(lo, end) if kind is not None and _kind(toks, p) == kind]
        repair_words = _content(toks[r:r + 4])
        sharing = [p for p in candidates if _content(toks[p:end]) & repair_words]
        if sharing:
            start = sharing[-1]
        elif candidates:
            start = candidates[-1]
        else:
            renamed = _name_said_again(toks, m, r, marker)
            if renamed is not None:
                return renamed
            return toks[:m] + toks[r:]  # nothing to replace: only the marker goes
        if start - 2 >= lo and words[start - 1] == "of" and read_quantity(words, start - 2)[0] is not None \
                and read_quantity(words, r)[0] is not None:
            start -= 2  # "three of the seed trays i mean four of the seed trays": the amount too
        return toks[:start] + toks[r:]
    return None


# how many words a wrong part said again after "no not" may have ("no not the shelf")
MAX_NEGATED_WORDS = 4


def _negated_again(words: list[str], m: int) -> tuple[str, ...] | None:
    """'on the shelf no not the shelf on the cutting table': "no not" and the words said right
    before it, said again, mark a correction as "no wait" does; the repair follows. None when
    the words after "not" are not the ones just said ("we've got no not-for-sale stock")."""
    if words[m:m + 2] != ["no", "not"]:
        return None
    for size in range(min(MAX_NEGATED_WORDS, m), 0, -1):
        if words[m + 2:m + 2 + size] == words[m - size:m] and m + 2 + size < len(words):
            return tuple(words[m:m + 2 + size])
    return None


# words a repair said as a bare amount may be followed by ("no wait twelve for the rekey", "no
# sorry eight rolls and three boxes of ..."): none goes on a name, so the amount is all it says
_AFTER_BARE_AMOUNT = frozenset({"and", "or", "but", "then", "plus", "so", "there", "it", "that",
                                "no", "sorry", "wait", "i", "we", "they", "for", "from", "off",
                                "out", "with"}) | (_PREP_WORDS - {"of"})
# a correction marker's first words, left on the reparandum when the marker proper follows ("no
# make it three")
_MARKER_LEADS = frozenset({"no", "sorry", "wait", "oops"})
# the corrected amount said again to close the repair ("no wait five there were five")
_ECHOES = (("there", "were"), ("there", "was"), ("there", "are"), ("there", "'s"), ("it", "was"),
           ("it", "'s"), ("it", "is"), ("that", "was"), ("that", "'s"))


def _amount_at(words: list[str], p: int) -> int | None:
    """Index after an amount said at words[p] where an amount of a thing may stand ("took four
    valves", "and one of the"), None when there is none or it is a name's number ("the three
    quarter valves", "rolls of twelve two", "double oh seven")."""
    if p > 0 and (words[p - 1] in DETERMINERS or read_quantity(words, p - 1)[0] is not None):
        return None
    if words[p] in ("a", "an") and p + 1 < len(words) and unit_of(words[p + 1]):
        return p + 1  # "a box of ..."
    value, e = read_quantity(words, p)
    return e if value is not None else None


def _amount_said_again(toks: list[Tok], m: int, r: int) -> list[Tok] | None:
    """A repair that is only an amount, maybe with its container ("no wait five", "no make it
    three rolls", "i mean twelve metres no sorry twelve rolls in ..."), replaces the nearest
    amount said before it (with a container: the nearest said with one) and keeps the name
    and places said after that amount. None when the repair names a thing ("no wait two
    ladders", "no four coils of ...": the usual repair)."""
    words = [t.text for t in toks]
    n = len(words)
    value, e = read_quantity(words, r)
    if value is None or e == r:
        return None
    unit = unit_of(words[e]) if e < n else None
    if unit:
        e += 1
    if e < n and not toks[e].is_punct and words[e] not in _AFTER_BARE_AMOUNT:
        return None
    end = m
    while end > 0 and (toks[end - 1].is_punct or words[end - 1] in _MARKER_LEADS):
        end -= 1
    lo = max((k + 1 for k in range(end) if words[k] in SENTENCE_ENDS), default=0)
    said = [(p, q) for p in range(lo, end) if (q := _amount_at(words, p)) is not None and q <= end]
    if unit:
        said = [(p, q + 1) for p, q in said if unit_of(words[q])]
        said = [s for s in said if unit_of(words[s[1] - 1]) == unit] or said
    if not said:
        return None
    p, q = said[-1]
    after = e
    echo = next((x for x in _ECHOES if tuple(words[e:e + len(x)]) == x), None)
    if echo and read_quantity(words, e + len(echo)) == (value, e + len(echo) + (e - r) - bool(unit)):
        k = e + len(echo) + (e - r)
        if k >= n or toks[k].is_punct:
            after = k  # "... no wait three rolls it was three"
    return toks[:p] + toks[r:e] + toks[q:end] + toks[after:]


def _plain_word(w: str) -> bool:
    """A word that can only be part of a name: no determiner, number, preposition, pronoun,
    joining word or verb."""
    return w.isalpha() and w not in DETERMINERS and w not in _PREP_WORDS and w not in _JOINS \
        and w not in _PRONOUNS and w not in VERB_FORMS and w not in _MARKER_LEADS \
        and read_quantity([w], 0)[0] is None


# words after a marker that say how many or how sure, not a name ("no wait more like 4")
_NOT_NAMES = frozenset({"more", "less", "fewer", "total", "all", "both", "each", "lots", "loads",
                        "plenty", "several", "many", "few", "some", "about", "around", "approx",
                        "exactly", "maybe", "probably", "only", "roughly", "nearly", "almost",
                        "wow", "gosh", "whatever", "anyway"})
# how many words a name said wrong after its amount may have ("sixteen glasses", "thirty
# custard pots")
MAX_RENAMED_WORDS = 3


def _name_said_again(toks: list[Tok], m: int, r: int, marker: tuple[str, ...]) -> list[Tok] | None:
    """A repair that is only a name, with no determiner or amount of its own, after a name said
    right after its amount: "sixteen glasses no sorry flutes in the crate", "thirty custard pots
    i mean tins of custard": the name is replaced and the amount kept ("sixteen flutes in the
    crate"). Only after a marker of more than "no" or "sorry": "two boxes no lids", "3 chairs
    sorry guys" name no correction. None when the repair is not so."""
    words = [t.text for t in toks]
    if marker in _WEAK or not _plain_word(words[r]) or words[r] in _NOT_NAMES or words[r] in TIME_WORDS \
            or words[r].endswith("ly") or words[r] in FRACTION_WORDS:
        return None  # ("3 tickets i mean today", "8 towels i mean roughly", "no wait more like 4";
        # a fraction would stand after the kept amount as a number of its own: "12 pint glasses no
        # sorry half pint glasses" is no "12 half pint glasses")
    e = r
    while e < len(words) and _plain_word(words[e]):
        e += 1
    if any(w in ("one", "ones") for w in words[r:e + 1]):
        return None  # ("2 red ladders no sorry blue ones": the name said before is kept)
    start = m
    while start > 0 and m - start < MAX_RENAMED_WORDS and _plain_word(words[start - 1]):
        start -= 1
    if start == m or start == 0:
        return None
    k = start - 2 if words[start - 1] == "of" and start >= 2 and unit_of(words[start - 2]) else start
    if not any(_amount_at(words, p) == k for p in range(max(0, k - 4), k)):
        return None
    if m - start == 1 and unit_of(words[start]) and not unit_of(words[r]):
        start += 1  # "6 kegs no wait bitter": a bare name after a unit says what the kegs hold
    return toks[:start] + toks[r:]


# a remark that closes a contrast, naming where the wrong figure came from ("not three, the
# sheet says"; a hedging "like" before it is gone with the fillers)
_SOURCE_VERBS = frozenset({"says", "said", "shows", "showed", "reckons", "reckoned"})
# words a contrast's amount may be followed by: a place ("12 not 10 in the stockroom") or another
# contrast ("5 not 6 not 7"); not "of" ("2 not 3 of the drills": the amount goes on a name)
_AFTER_CONTRAST = (_PREP_WORDS - {"of"}) | {"not"}
# how far back the amount a contrast corrects may be said ("fifteen not nine", "one bag left
# not three", "4 space heaters, not 3")
MAX_CONTRAST_REACH = 4


def _drop_contrast(toks: list[Tok]) -> list[Tok]:
    """An amount said, then the wrong one it replaces after "not": "there's fifteen not nine",
    "only one bag left not three like the sheet says". The "not" phrase only says what the
    count is not, so it goes (with a closing remark naming where the wrong figure came from);
    "not" with no amount said shortly before it ("not 3 left") and one with a name after its
    amount ("2 not 3 drills") are left alone."""
    words = [t.text for t in toks]
    n = len(words)
    for k in range(1, n - 1):
        if words[k] != "not":
            continue
        value, e = read_quantity(words, k + 1)
        if value is None or e == k + 1:
            continue
        lo = max(0, k - MAX_CONTRAST_REACH)
        said = [p for p in range(lo, k) if _amount_at(words, p) is not None
                and not any(w in SENTENCE_ENDS for w in words[p:k])]
        if not said:
            continue
        after = e
        tail = words[e:e + 4]
        if tail[:1] in (["the"], ["my"], ["our"], ["their"], ["it"]):
            verb = next((j for j in range(1, 4) if j < len(tail) and tail[j] in _SOURCE_VERBS), None)
            if verb is not None and (e + verb + 1 >= n or toks[e + verb + 1].is_punct):
                after = e + verb + 1
        if after < n and not toks[after].is_punct and words[after] not in _AFTER_CONTRAST and not (
                words[after] in _PRONOUNS and after + 1 < n and words[after + 1] in VERB_FORMS):
            continue  # ("2 not 3 drills": the amount goes on a name)
        begin = k - 1 if words[k - 1] == "," else k
        return _drop_contrast(toks[:begin] + toks[after:])
    return toks


def _part_said_again(toks: list[Tok], m: int, r: int) -> list[Tok] | None:
    """A repair that says one part again, opened by the same word, at the end of the note:
    "24 packs of nappies size three in the warehouse no wait size four" replaces "size three"
    only, the place said between stays. None when the repair is not so."""
    words = [t.text for t in toks]
    e = r
    while e < len(words) and not toks[e].is_punct:
        e += 1
    size = e - r
    w = words[r]
    if not 2 <= size <= 3 or e < len(words) and words[e] not in SENTENCE_ENDS or not w.isalpha() \
            or w in _DETERMINERS or w in _PREP_WORDS or w in ("no", "sorry", "wait"):
        return None
    p = next((k for k in range(m - 1, -1, -1) if words[k] == w), None)
    if p is None or p + size > m or any(toks[k].is_punct for k in range(p, p + size)) \
            or p + size == m:
        return None  # (right before the marker the usual repair does it)
    return toks[:p] + toks[r:e] + toks[p + size:m] + toks[e:]


# words a restarted phrase ends on, right before the name it was going to say: "for the for the
# council meeting", "i put the i put the combo lock", "and then the and then the belt"
_RESTART_ENDS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "this",
                           "these", "those", "some"})


def _drop_phrase_repeats(toks: list[Tok]) -> list[Tok]:
    """'for the for the workshop', 'i put the i put the lock': a phrase of two or three words
    opened by a small word or a verb and ending on a determiner, said twice in a row, is said
    once. A phrase that stops before its noun is a restart, never a name; one opened by a noun
    may be things inside things ("a box in a box in a crate"), and one with a number word may
    be a code's digits."""
    words = [t.text for t in toks]
    for n in (3, 2):
        for i in range(len(words) - 2 * n + 1):
            said = words[i:i + n]
            if said == words[i + n:i + 2 * n] and said[-1] in _RESTART_ENDS and _opens_restart(said[0]) \
                    and all(w.isalpha() or w.startswith("'") for w in said) \
                    and not any(is_number_word(w) for w in said):
                return _drop_phrase_repeats(toks[:i] + toks[i + n:])
    return toks


def _opens_restart(word: str) -> bool:
    return word in _PREP_WORDS or word in _JOINS or word in _PRONOUNS or word in VERB_FORMS \
        or word in ("for", "with", "of", "about", "then") or word.startswith("'")


def _drop_repeats(toks: list[Tok]) -> list[Tok]:
    """'the the drill', 'put put': a word said twice in a row is said once; not a doubled word
    inside a name ("hubba hubba tent", "the wee wee pads": more of the name follows), nor a
    doubled digit inside a code read out ("two two five forty five", "forty five five cap",
    "nine two three three three five": another number word is said next to the pair)."""
    out: list[Tok] = []
    for k, t in enumerate(toks):
        if out and t.text == out[-1].text and t.text.isalpha() and t.text not in _REPEATABLE \
                and not (len(t.text) == 1 and t.text not in ("a", "i")) \
                and not _doubled_name(t.text, toks[k + 1:k + 2]) \
                and not _digit_in_code(t.text, out[-2:-1], toks[k + 1:k + 2]):
            continue  # (a letter may be spelled twice: "p p e", "a a batteries")
        out.append(t)
    return out


def _digit_in_code(word: str, before: list[Tok], nxt: list[Tok]) -> bool:
    """Whether a digit word said twice is two digits of a code: a number word is said right
    before the pair or right after it ("two two five", "forty five five"); alone ("two two
    boxes") it is a stutter, and so is a doubled tens or teen ("forty forty five boxes")."""
    return word in UNITS and any(is_number_word(t.text) for t in before + nxt)


def _doubled_name(word: str, nxt: list[Tok]) -> bool:
    """Whether a word said twice is a name's ("hubba hubba nx", "wee wee pads"): a content word
    (no determiner, preposition, pronoun, verb or number) with another name word after it."""
    if word in DETERMINERS or word in _PREP_WORDS or word in _JOINS or word in _PRONOUNS \
            or word in VERB_FORMS or read_quantity([word], 0)[0] is not None:
        return False
    return bool(nxt) and nxt[0].text.isalnum() and nxt[0].text not in DETERMINERS \
        and nxt[0].text not in _PREP_WORDS and nxt[0].text not in _JOINS \
        and nxt[0].text not in _PRONOUNS and nxt[0].text not in VERB_FORMS


def _drop_restarts(toks: list[Tok]) -> list[Tok]:
    """'the saw the saw's in the truck', 'the gloves the work gloves are in the van': a short
    phrase after a determiner, then a determiner and a phrase ending on the same word."""
    words = [t.text for t in toks]
    out = list(range(len(toks)))
    drop: set[int] = set()
    for p, w in enumerate(words):
        if w not in _DETERMINERS or p in drop:
            continue
        q = p + 1
        while q < len(words) and q - p <= 4 and words[q].isalnum() and words[q] not in _DETERMINERS \
                and words[q] not in _PREP_WORDS and words[q] not in _JOINS:
            q += 1
        if q == p + 1 or q >= len(words) or words[q] not in _DETERMINERS:
            continue
        head = words[q - 1]
        r = q + 1  # the second phrase: its words up to a preposition, a determiner or punctuation
        while r < len(words) and r - q <= 5 and (words[r].isalnum() or words[r] == "'s") \
                and words[r] not in _DETERMINERS and words[r] not in _PREP_WORDS \
                and words[r] not in _JOINS:
            r += 1
        if head in words[q + 1:r]:
            drop.update(range(p, q))
    if not drop:
        return toks
    return [toks[i] for i in out if i not in drop]
