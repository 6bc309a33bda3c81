"""Rule family: a name ends where a new clause starts, said without a break.

Speech runs a remark on after the thing without a comma; the remark's subject is a pronoun
with a form of "be" (or "'s" / "'re"), and is never part of a name:

    "chucked a couple bottles of merlot it was corked"   -> merlot
    "binned the crepe hair it was manky"                  -> crepe hair
    "scrapped a whole bag of m10 nuts they were rusty"    -> m10 nuts
    "binned the milk it's gone off"                       -> milk
    "scrapped one of the tyres it had a big cut in it"    -> tyres
"""
from __future__ import annotations

_PRONOUNS = frozenset({"it", "they", "these", "those"})
_BE = frozenset({"was", "were", "is", "are", "'s", "'re", "s", "got", "had", "has", "have"})


def remark_starts(words: list[str], k: int) -> bool:
    """Whether a clause about the thing starts at words[k] ("... it was corked"); a pronoun
    that ends the words after a name is the subject of the next verb ("scrapped the tyre it | had
    a cut in it")."""
    if not (k > 0 and words[k] in _PRONOUNS and words[k - 1] not in ("of", "and", "or", "to", "for", "with")):
        return False
    if k + 1 == len(words):
        return words[k] in ("it", "they") and words[k - 1].isalpha() and len(words[k - 1]) > 2
    return words[k + 1] in _BE
