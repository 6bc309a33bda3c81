"""What a speech recogniser may have written for a catalog word: first sounds, consonant classes
and vowels, compared when nothing else matched ("heat gum" for "heat gun"). Pure."""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein


SAID_SILENT_T = ("ay", "ey", "ai")  # how a French word's final "et" is said: "duvay" (duvet)

_SAME_ONSET = {"v": "b", "k": "c"}  # first letters a recogniser swaps ("shop back")

# consonants by how they sound, near enough for a recogniser to swap them
_CONSONANT_CLASS = str.maketrans("bpfvdtgkcqmnszlrx", "PPPPTTKKKKNNSSLRK", "aeiouhwy")

_SOFT_C = re.compile(r"c(?=[eiy])")          # "space": an s

_SILENT_L = re.compile(r"(?<=[aeiou])l(?=k)")  # "talk", "caulk"

_SILENT_R = re.compile(r"(?<=[aeiou])r(?=[^aeiouy])")  # "torque", "cork" said without the r

# words a recogniser writes for a number said in a name
SAID_NUMBERS = {"to": "2", "too": "2", "won": "1", "ate": "8", "for": "4", "fore": "4"}

_ENDS_HISSING = re.compile(r"(s|z|x|[sczx]e)$")

_FINAL_CONSONANT = re.compile(r"[bdgkptvz]e?|[cdg]e")


def onset(word: str) -> str:
    """The first sound: any vowel, or a consonant with the l, r or h it starts with ("cl" is
    not "ch")."""
    first = word[0]
    if first in "aeiou":
        return "a"
    first = _SAME_ONSET.get(first, first)
    return first + word[1] if len(word) > 1 and word[1] in "lrh" else first


def consonants(word: str) -> str:
    """The consonant sounds after the first, by class: "talk" and "torque" are both K."""
    rest = _SILENT_R.sub("", _SILENT_L.sub("", _SOFT_C.sub("s", word)))[1:]
    code = rest.translate(_CONSONANT_CLASS)
    return "".join(ch for i, ch in enumerate(code) if i == 0 or code[i - 1] != ch)


def words_in_order(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether `words` appear in `name` in this order ("foam boxes" is no "box fan")."""
    rest = iter(name)
    return all(w in rest for w in words)


_VOWEL_Y = re.compile(r"(?<=[aeiou])y")


def vowels(word: str) -> str:
    """The vowel letters, a "y" after a vowel read as "i" ("oyl" says "oil")."""
    return "".join(ch for ch in _VOWEL_Y.sub("i", word) if ch in "aeiou")


def misheard(said: str, heard: str) -> bool:
    """Whether a recogniser may have written `said` for the catalog word `heard` (same first
    sound): the same consonants by sound class ("gum"/"gun", "back"/"vac", "talk"/"torque",
    "eyepad"/"ipad"), or a short word one consonant off ("oak"/"oat", "tide"/"tie"). Only
    tried when nothing else matched, and only with every other word as it is."""
    if said.endswith("a") and heard.endswith("er") and len(said) > 2:
        said = said[:-1] + "er"  # a final "er" said without its r: "in a" for "inner"
    if said == heard or onset(said) != onset(heard) or abs(len(said) - len(heard)) > 2:
        return False
    if said.endswith("s") and not _ENDS_HISSING.search(heard):
        return False  # a said "s", as in a plural, is heard at the end: "fleas" is no "chainsaw"
    if _FINAL_CONSONANT.fullmatch(heard[len(said.rstrip(said[-1])) + 1:]) \
            and heard.startswith(said.rstrip(said[-1]) + said[-1]) and len(said) >= 3:
        return True  # a final consonant not heard: "pro" for "probe", "bill" for "bilge"
    if heard.endswith("et") and said.endswith(SAID_SILENT_T) and len(heard) > 4:
        # a French word's final "et" is said "ay": "duvay", "buffay", "sashay" (sachet)
        return consonants(said) + "T" == consonants(heard) and said[:2] == heard[:2]
    if len(said) == 1:  # a letter said for the word that sounds like it: "t bags"
        return len(heard) <= 3 and heard[0] == said and all(ch in "aeiouy" for ch in heard[1:])
    cons_said, cons_heard = consonants(said), consonants(heard)
    if cons_said == cons_heard and len(cons_said) + len(said) >= 4 and len(cons_said) >= 1:
        # short words alike in consonants must have the same vowels too: "gum" is "gun",
        # but "cup" is no "copy" and "rod" no "red"
        return min(len(said), len(heard)) > 3 or vowels(said) == vowels(heard)
    if cons_said != cons_heard and vowels(said) != vowels(heard):
        return False
    if 3 <= min(len(said), len(heard)) and max(len(said), len(heard)) <= 4 \
            and said[0] == heard[0] and Levenshtein.distance(said, heard) == 1:
        diff = set(said) ^ set(heard)
        return bool(diff) and not diff & set("aeiouy")
    return False
