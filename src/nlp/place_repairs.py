"""Rule family: a place said wrong and put right, by a correction or a contrast.

A correction marker (repairs.py) followed by a place, said bare, with an arrow, with a preposition
of its own or as a clause ("it's the X", "they're in the X"), replaces the place said last before
the marker, from its preposition or arrow on:

    "in the projector in screen four wait no screen five" -> "in the projector in screen five"
    "tuna x 24 -> chiller?? no sorry bay 2"               -> "tuna x 24 -> bay 2"
    "in the skate cupboard no wait it's the first aid room" -> "in the first aid room"
    "into the fridge no wait they don't go in the fridge they're in the drawer" -> "in the drawer"

A clause that only denies the wrong place ("they don't go in the fridge", "not the fridge") is
skipped on the way to the repair. A place said after "not" right after another place only says
where the thing is not, and goes: "in the hall not the kitchen", "to bay 4 not bay 5".
Why here and not in the place reader: the reader takes the words after a preposition up to the
end of the clause as one place, so a repair left in the text becomes part of the place
("screen 4 screen 5") or a second item.
"""
from __future__ import annotations

from .places import DETERMINERS, NOT_PLACES, STOP_WORDS, looks_like_place, preposition_at
from .tokens import ARROWS, Tok

# a clause that says where the thing is, opening a repair ("no wait it's the first aid room")
PLACE_CLAUSES = (("it", "'s"), ("it", "is"), ("its",), ("they", "'re"), ("they", "are"),
                 ("it", "should", "be"), ("they", "should", "be"), ("it", "goes"), ("they", "go"),
                 ("should", "be"), ("it", "'s", "gone"), ("they", "'ve", "gone"))
# words between such a clause and its place ("they're still in the garage")
_CLAUSE_ADVERBS = frozenset({"still", "now", "already", "all", "both", "actually", "definitely"})
# words that deny ("they don't go in the fridge", "it's not in the fridge")
_NEGATIONS = frozenset({"not", "n't", "never"})
# words that end a place said ("... not the kitchen and 3 chairs", "... not bay 5 because")
_PLACE_ENDS = frozenset({"and", "or", "but", "then", "plus", "so", "sorry", "no", "wait"}) | STOP_WORDS
# words of a clause, never of a place ("the shelf in the van is no good")
_NOT_IN_PLACES = frozenset({"is", "are", "was", "were", "has", "have", "had", "'s", "'re", "'ve",
                            "be", "been", "it", "they", "i", "we"})
# words that end the stretch a correction can reach back over (repairs uses them too)
SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
# how many words a place said wrong may have after its preposition ("the skate hire cupboard")
MAX_PLACE_WORDS = 6
# how many words a denial of the wrong place may have ("they don't go in the fridge")
MAX_DENIAL_WORDS = 8


def _opener(words: list[str], k: int) -> int | None:
    """Index after a place preposition (a destination, a source or where a thing is) or an
    arrow at k."""
    if words[k] in ARROWS:
        return k + 1
    prep = preposition_at(words, k)
    return prep[1] if prep else None


def _last_place(toks: list[Tok], end: int) -> tuple[int, int] | None:
    """(preposition index, first word index) of the place said right before `end`: a place
    preposition or an arrow, then up to MAX_PLACE_WORDS words with no punctuation, joining word
    or other preposition; None when no place ends there."""
    words = [t.text for t in toks]
    for k in range(end - 1, max(-1, end - MAX_PLACE_WORDS - 2), -1):
        if toks[k].is_punct or words[k] in _PLACE_ENDS or words[k] in _NOT_IN_PLACES:
            return None
        after = _opener(words, k)
        if after is not None:
            if after >= end:
                return None
            if k > 0 and _opener(words, k - 1) == after:
                k -= 1  # ("back in", "over to": the longer preposition)
            return k, after
    return None


def _phrase_end(toks: list[Tok], r: int) -> int:
    """Index after the place phrase that starts at r: up to punctuation, a word that ends it or
    another preposition."""
    words = [t.text for t in toks]
    e = r
    while e < len(toks) and not toks[e].is_punct and words[e] not in _PLACE_ENDS and \
            (e == r or preposition_at(words, e) is None):
        e += 1
    return e


def _past_denial(words: list[str], r: int, wrong: list[str]) -> int:
    """Index after a clause that only denies the wrong place ("they don't go in the fridge",
    "not the fridge", "it's not in the fridge"), r when none opens the repair."""
    last = wrong[-1]
    for e in range(r + 1, min(len(words), r + MAX_DENIAL_WORDS + 1)):
        if words[e] in SENTENCE_ENDS:
            break
        if words[e] == last and _NEGATIONS.intersection(words[r:e]):
            e += 1
            while e < len(words) and words[e] in (",", "-"):
                e += 1
            return e
    return r


def _a_state(toks: list[Tok], r: int) -> bool:
    """Whether the words after a preposition at r say a state, not a place ("in for service",
    "in bits", "in use", "in for a repair": places.NOT_PLACES)."""
    e = _phrase_end(toks, r + (toks[r].text == "for"))
    said = [t.text for t in toks[r:e] if t.text not in DETERMINERS and t.text != "for"]
    return bool(said) and (" ".join(said) in NOT_PLACES or len(said) == 1 and said[0] in NOT_PLACES)


def place_said_again(toks: list[Tok], m: int, r: int, strong: bool) -> list[Tok] | None:
    """The tokens with the place said before the marker at toks[m] replaced by the place said
    from toks[r] (see module doc); None when the repair names no place or no place is said
    right before the marker. After a bare "no", "sorry" or "wait" (not `strong`) the place
    must come with a clause, an arrow, the same preposition, or repeat the wrong place's first
    word ("bay 4 no bay 5"): "in the shed no lids" corrects nothing. A repair opened by a
    determiner alone is left to the usual repair (repairs.py), which finds its reparandum."""
    words = [t.text for t in toks]
    end = m
    while end > 0 and toks[end - 1].is_punct:
        end -= 1
    said = _last_place(toks, end)
    if said is None:
        return None
    prep, first = said
    wrong = [w for w in words[first:end] if w not in DETERMINERS]
    if not wrong:
        return None
    denied = _past_denial(words, r, wrong)
    r, denied = denied, denied > r
    if r >= len(words):
        return None
    clause = next((c for c in PLACE_CLAUSES if tuple(words[r:r + len(c)]) == c), None)
    at = r + len(clause) if clause else r
    if at >= len(words):
        return None
    while at < len(words) - 1 and clause and words[at] in _CLAUSE_ADVERBS:
        at += 1  # ("they're still in the garage")
    own = _opener(words, at)
    if own is not None:  # the repair's own preposition or arrow says it: from there on
        if own >= len(words) or toks[own].is_punct or not (
                strong or clause or words[at] in ARROWS or words[at:own] == words[prep:first]):
            return None  # ("gone out on hire no on loan sorry to the school": a bare "sorry"
            # before another preposition corrects nothing)
        if _a_state(toks, own):
            return None  # ("to the workshop no wait it's in for service": how it is, no place)
        return toks[:prep] + toks[at:]
    if words[at] in DETERMINERS and not (clause or denied):
        return None  # ("no wait the van": the usual repair, repairs.py)
    phrase = words[at:_phrase_end(toks, at)]
    bare = [w for w in phrase if w not in DETERMINERS]
    if not bare:
        return None
    same_head = bare[0] == wrong[0] and len(bare) > 1
    if not (same_head or denied or (strong or clause) and looks_like_place(phrase)):
        return None
    return toks[:first] + toks[at:]


def drop_place_contrast(toks: list[Tok]) -> list[Tok]:
    """'in the hall not the kitchen', 'to bay 4 not bay 5', 'in the lamp cage now not the
    office': a place said after "not" right after another place says where the thing is not,
    and goes with its "not". Only a place opened by a determiner, a preposition, or a name
    that looks like a place; "in the van not sure which", "in the shed not counting the old
    ones" and amounts ("not 5", repairs._drop_contrast) are left alone."""
    words = [t.text for t in toks]
    for k in range(1, len(words) - 1):
        if words[k] != "not":
            continue
        end = k
        while end > 0 and (toks[end - 1].text == "," or words[end - 1] == "now"):
            end -= 1
        said = _last_place(toks, end)
        if said is None:
            continue
        wrong = [w for w in words[said[1]:end] if w not in DETERMINERS]
        at = k + 1
        own = _opener(words, at)
        if own is not None:
            at = own
        if at >= len(words) or toks[at].is_punct:
            continue
        e = _phrase_end(toks, at)
        phrase = words[at:e]
        bare = [w for w in phrase if w not in DETERMINERS]
        if not bare or bare[0][:1].isdigit():
            continue  # ("bay 4 not 5": an amount's contrast, repairs._drop_contrast)
        if not (own is not None or words[at] in DETERMINERS or looks_like_place(phrase)
                or wrong and bare[0] == wrong[0]):
            continue
        begin = end if end < k and toks[end].text == "," else k
        return drop_place_contrast(toks[:begin] + toks[e:])
    return toks
