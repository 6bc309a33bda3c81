"""Rule family: a name ends where a new clause starts, said without a break.

Speech runs a remark on after the thing without a comma; the remark's subject is a pronoun
with a form of "be" (or "'s" / "'re"), and is never part of a name:

    "chucked a couple bottles of merlot it was corked"   -> merlot
    "binned the crepe hair it was manky"                  -> crepe hair
    "scrapped a whole bag of m10 nuts they were rusty"    -> m10 nuts
    "binned the milk it's gone off"                       -> milk
    "scrapped one of the tyres it had a big cut in it"    -> tyres
    "chucked the old tarp its ripped to bits"             -> tarp ("its" typed for "it's")

The thing itself may be the subject: a form of "be" or "have" said right after a name starts
the clause about it (a name never has one inside), when a verb later in the sentence says what
was done with it:

    "the trolley jack is leaking put it in the bin"       -> trolley jack
    "six of the ratchet straps got nicked from the yard during the show" -> ratchet straps
    "the hi vis vests are back from the laundry all ten hung up in the store" -> hi vis vests
"""
from __future__ import annotations

from .numbers import is_number_word
from .places import DETERMINERS

_PRONOUNS = frozenset({"it", "they", "these", "those"})
_BE = frozenset({"was", "were", "is", "are", "'s", "'re", "s", "got", "had", "has", "have"})
# said right after a name, the verb of a clause about the thing ("the X is flat", "the X have
# all been pumped up", "the X got lifted", "the X had gone")
_NAME_BE = frozenset({"is", "are", "was", "were", "been", "got"})
_NAME_HAVE = frozenset({"has", "have", "had"})  # only before "been" ("have all been pumped up")
# words after which "is"/"its" is no clause about a name said before
_NOT_NAME_END = frozenset({"of", "and", "or", "to", "for", "with", "the", "a", "an", "there",
                           "here", "what", "which", "that", "who", "where", "it", "we", "i",
                           "you", "they", "he", "she", "this", "these", "those"})


def remark_starts(words: list[str], k: int) -> bool:
    """Whether a clause about the thing starts at words[k] ("... it was corked"); a pronoun
    that ends the words after a name is the subject of the next verb ("scrapped the tyre it | had
    a cut in it")."""
    # (regions.state_clause also reads "its ...", but only with "a", "not", an -ing form etc. after)
    if k > 0 and words[k - 1] not in _NOT_NAME_END and any(ch.isalnum() for ch in words[k - 1]) and \
            (words[k] == "its" and k + 1 < len(words) or _state_clause(words, k)):
        return True  # "the canoe paddle its leaning", "the molton six is flat"
    if not (k > 0 and words[k] in _PRONOUNS and words[k - 1] not in ("of", "and", "or", "to", "for", "with")):
        return False
    if k + 1 == len(words):
        return words[k] in ("it", "they") and words[k - 1].isalpha() and len(words[k - 1]) > 2
    return words[k + 1] in _BE


def _state_clause(words: list[str], k: int) -> bool:
    """Whether words[k] is the "be" or "have been" of a clause saying how the thing named before
    is or what befell it ("is flat", "are back", "have all been pumped up", "got lifted"); not
    a copula that gives an amount or a thing ("deliveries today were four crates of ...") or
    a misheard letter before a code ("rosco are oh two")."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if words[k] in _NAME_HAVE:
        return nxt == "been" or nxt in ("all", "both") and words[k + 2:k + 3] == ["been"]
    if words[k] not in _NAME_BE:
        return False
    return not nxt or nxt.isalpha() and not is_number_word(nxt) and nxt not in DETERMINERS
