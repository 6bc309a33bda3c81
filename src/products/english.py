"""Whether a word is an everyday English word: a word a person says for a thing of its own
("door", "paint"), where a word no dictionary has is most likely a brand or a line ("orbeseal",
"flavacol"). Webster's Second (public domain), as the english-words package ships it, its lowercase entries
only: a name ("Mayo", "Marshall") is no everyday word. Loaded on first use (about 60 ms, 36 MB),
since only a lone word said for a catalog name asks."""
from __future__ import annotations

from functools import cache


@cache
def _words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def is_english(word: str) -> bool:
    return word in _words()
