"""Rule family: one place said once for a whole list, after the list, in a clause or sentence of
its own that opens with "all" or "both".

    "Delivery ...: 50 large boxes, 50 medium and 25 wardrobe boxes. All stacked in the back
    office."                                       -> all three at the back office
    "comfort pure x4 in, comfort normal x2 in. all in stock cupboard"  -> both there
    "rec'd 1 case salted butter + 2 kg fresh yeast, both walk-in"      -> both at the walk-in

The clause readers give such a place to the items of the clause it closes, if to any: a list
said in two clauses ("x4 in, ... x2 in."), or a place in a sentence of its own whose verb has
no object ("All stacked in ..."), or said bare ("both walk-in"), leaves the items before it
with none. "all"/"both" says the place is every one's, so each item said before it with no
place of its own takes it, and so does one whose place is only a heading word said before the
list that names no place the rules or the catalog know ("Stocktake masking: 6mm plugs 3 bags,
..., all masking bench": what the list is of). Only a place that ends its sentence, and only when
it names a place ("all in date", "both in working order" say how the things are; "all in good
nick" is refused here, but the clause reader still gives it as a place).
"""
from __future__ import annotations

from . import verbs as V
from .bare_places import is_bare_place, without_when
from .clause_words import CLAUSE_BREAKS
from .draft_events import is_place
from .drafts import Draft
from .places import DETERMINERS, looks_like_place, preposition_at
from .regions import Place
from .tokens import Tok

# what a closing clause is said after: the end of the list's clause or sentence
_OPENS = frozenset({",", ".", ";", "-", "–", "—", "!", "(", ":"})
# what ends it: the end of its sentence
_ENDS = frozenset({".", ";", "!", "?", ")"})
# what ends a sentence: the list an "all in PLACE" clause closes is no longer than one; not ";"
# (place_repairs.SENTENCE_ENDS has it): "2 mops; 3 buckets, all in the cupboard" is one list
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# who the clause may say the things are, before "all"/"both" ("they're all in the van")
_SUBJECTS = frozenset({("they", "'re"), ("they", "are"), ("they", "were"), ("these", "are"),
                       ("those", "are"), ("these", "'re"), ("which", "are")})
# the whole list: "all", "both", "all of them"
_ALL_WORDS = frozenset({"all", "both"})
# words between "all" and the place that only say it was put there or is there now ("all
# stacked in", "both gone to", "all now in", "all back in")
_LINKS = frozenset({"are", "were", "'re", "now", "been", "just", "gone", "went", "go", "back",
                    "away", "put", "kept", "left", "sat", "sitting", "stored", "going", "got"})
MAX_LINKS = 3
# words said after the place that do not make it another ("... in the van now", "... too")
_TAIL = frozenset({"now", "too", "already", "still", "again"})
# events whose place is where the thing is now (a removal's is where it was taken from)
_HERE_EVENTS = frozenset({V.ADDED, V.MOVED, V.COUNTED})
# how the things are, said as a place after "all in"/"both in" ("all in good nick", "both in
# working order", "all in one piece"): the last word of such a phrase. Words of state only, so
# not derived from places.NOT_PLACES: that also holds words that are no place and no state
# either ("it", "them", "water", "rain"), and would widen says_how_they_are (variants.py too)
_STATES = frozenset({"nick", "condition", "shape", "order", "stock", "date", "use", "bits",
                     "piece", "pieces", "hold", "transit", "total", "all", "bulk"})


def place_for_the_list(toks: list[Tok], drafts: list[Draft], hints) -> None:
    """Give the place of each closing 'all/both ... PLACE' clause to the items said before it
    that have no place, or only a heading word that is no place (see module doc)."""
    words = [t.text for t in toks]
    for b, w in enumerate(words):
        if w not in _OPENS:
            continue
        found = _closing_place(toks, words, b + 1, hints)
        if found is None:
            continue
        place, both = found
        start = toks[_list_start(words, b)].start
        before = [d for d in drafts if d.product and
                  start <= min(t.start for t in d.product) and
                  max(t.end for t in d.product) <= toks[b].start]
        if both:
            before = before[-2:]
        for d in before:
            if d.from_location is None and d.event in _HERE_EVENTS and (
                    d.location is None or _topic_before(d, hints)):
                d.location = place
                d.penalties.append("shared_place")


def _list_start(words: list[str], b: int) -> int:
    """Where the list a closing clause at b closes starts: its own sentence ("got 2 bin bags and
    3 blue roll, all in the dry store"), or the sentence just before when the clause is a
    sentence of its own ("50 large boxes, ... 25 wardrobe boxes. All stacked in the back
    office."); items said in sentences before that are not the list ("counted 4 cling film.")."""
    return next((j + 1 for j in range(b - 1, -1, -1) if words[j] in _SENTENCE_ENDS), 0)


def _topic_before(d: Draft, hints) -> bool:
    """Whether the item's place is words said before it in a heading that name no place the
    rules or the catalog know ("Stocktake masking: ... all masking bench": what the list is of);
    the place said for all of them after the list is where they are."""
    if not d.location or not d.product or d.location[-1].end > min(t.start for t in d.product):
        return False
    words = [t.text for t in d.location if t.text not in DETERMINERS]
    return bool(words) and not is_bare_place(words, hints)


def whole_list_words(words: list[str], k: int = 0) -> int:
    """How many words at k say "every one of the things said": "all", "both", "all of them",
    "they're all"; 0 when they do not."""
    j = k + 2 if tuple(words[k:k + 2]) in _SUBJECTS else k
    if words[j:j + 1] and words[j] in _ALL_WORDS:
        return j + 1 - k + 2 * (words[j + 1:j + 3] == ["of", "them"])
    return 0


def says_how_they_are(said: list[str]) -> bool:
    """Whether words said after "all in"/"both in" say how the things are, not where ("all in
    date", "both in working order", "all in all")."""
    return bool(said) and said[-1] in _STATES


def _closing_place(toks: list[Tok], words: list[str], k: int, hints) -> tuple[list[Tok], bool] | None:
    """The place of an 'all/both ... PLACE' clause starting at k that ends its sentence, and
    whether it said "both"; else None."""
    end = next((j for j in range(k, len(words)) if words[j] in _ENDS), len(words))
    said = whole_list_words(words[:end], k)
    if not said:
        return None
    both = "both" in words[k:k + said]
    k += said
    links = 0
    while k < end and links < MAX_LINKS and (words[k] in _LINKS or words[k] in V.BE or
                                            words[k].endswith("ed") and V.lookup(words, k)):
        k += 1
        links += 1
    e = end
    while e > k and words[e - 1] in _TAIL:
        e -= 1
    prep = preposition_at(words, k) if k < e else None
    if prep is not None:
        role, at = prep
        if role not in ("to", "at") or at >= e:
            return None
        said = without_when(words[at:e])
        place = Place(role, toks[at:at + len(said)], toks[k:at])
        if not _names_a_place(said, hints) or not is_place(place):
            return None
        return place.toks, both
    said = without_when(words[k:e])
    if links or not said or said[0] in DETERMINERS or not is_bare_place(said, hints):
        return None  # ("both walk-in"; "all stacked" with no preposition says nothing of where)
    return toks[k:k + len(said)], both


def _names_a_place(said: list[str], hints) -> bool:
    """Whether the words after the preposition name a place, not how the things are ("in good
    nick", "in date") nor a clause going on ("in the van and ...")."""
    if any(w in CLAUSE_BREAKS for w in said) or says_how_they_are(said):
        return False
    head = next((said[:j] for j in range(1, len(said)) if preposition_at(said, j)), said)
    return looks_like_place(head) or is_bare_place(head, hints)
