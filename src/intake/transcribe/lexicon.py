"""Pronunciations for the words the biased model may hear.

Most words come from the CMU dictionary inside the pocketsphinx wheel. Catalog names also hold
tokens no dictionary has: codes ("a2", "26a", "lr44", "wd-40", "3/4", "2x4", "18v") and new
words ("nitrile", "gfci", "webcam"). For those `Lexicon.pronounce` derives phones:

- codes are said in parts: letters one by one ("l r"), numbers as people say them ("forty four",
  "four four"; "two oh four"), units after a number as words ("eighteen volt"), "x" between
  numbers as "by", fractions as "three quarter". Each code keeps its written form as the
  dictionary word, so the transcript says "shelf a2", which the parser and matcher read as is;
- unknown words are split into dictionary words where they can be ("webcam" = web + cam);
  short ones without a vowel letter, or up to four letters, are also spelled ("gfci");
- what is left goes through small letter-to-sound rules (`rule_phones`), good enough for a
  name the recogniser should prefer over nothing; the matcher forgives the rest.
"""
from __future__ import annotations

import itertools
import os
import re
from functools import lru_cache

MAX_VARIANTS = 4  # pronunciations kept per word: more make the search slower, not better

_LETTERS = {
    "a": "EY", "b": "B IY", "c": "S IY", "d": "D IY", "e": "IY", "f": "EH F", "g": "JH IY",
    "h": "EY CH", "i": "AY", "j": "JH EY", "k": "K EY", "l": "EH L", "m": "EH M", "n": "EH N",
    "o": "OW", "p": "P IY", "q": "K Y UW", "r": "AA R", "s": "EH S", "t": "T IY", "u": "Y UW",
    "v": "V IY", "w": "D AH B AH L Y UW", "x": "EH K S", "y": "W AY", "z": "Z IY",
}
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
# units written against a number, and how they are said
_UNIT_WORDS = {
    "v": (("volt",), ("v",)), "mm": (("millimeter",), ("m", "m")), "cm": (("centimeter",),),
    "in": (("inch",),), "ft": (("foot",), ("feet",)), "lb": (("pound",),),
    "lbs": (("pounds",),), "oz": (("ounce",),), "kg": (("kilo",),), "w": (("watt",),),
    "ah": (("amp", "hour"),), "gb": (("gig",),), "mah": (("milliamp", "hour"),),
}
_FRACTIONS = {"1/2": (("half",), ("one", "half")), "1/4": (("quarter",), ("one", "quarter")),
              "3/4": (("three", "quarter"), ("three", "quarters")), "1/8": (("one", "eighth"),),
              "3/8": (("three", "eighths"),), "5/8": (("five", "eighths"),)}
_CHUNK = re.compile(r"\d+/\d+|\d+|[a-z]+|'")


def default_dictionary_path() -> str:
    from pocketsphinx import get_model_path

    return os.path.join(get_model_path(), "en-us", "cmudict-en-us.dict")


@lru_cache(maxsize=1)
def default_lexicon() -> "Lexicon":
    """The wheel's CMU dictionary, read once per process (about 0.3 s)."""
    return Lexicon()


def number_words(n: int) -> list[tuple[str, ...]]:
    """How a number is said: "twenty five"; "two oh four", "two zero four" and "two hundred
    four" for 204. Two-digit numbers only as a whole ("twelve"): "one two" is rare."""
    said: list[tuple[str, ...]] = [_cardinal(n)]
    digits = str(n)
    if len(digits) >= 3:
        said.append(tuple(_ONES[int(d)] for d in digits))
        if len(digits) == 3 and digits[1] == "0":
            said.append((_ONES[int(digits[0])], "oh", _ONES[int(digits[2])]))
        if len(digits) == 4 and n % 100:  # years and models: "twenty twenty four"
            said.append(_cardinal(int(digits[:2])) + _cardinal(int(digits[2:])))
    unique: list[tuple[str, ...]] = []
    for s in said:
        if s not in unique:
            unique.append(s)
    return unique


def _cardinal(n: int) -> tuple[str, ...]:
    if n < 20:
        return (_ONES[n],)
    if n < 100:
        return (_TENS[n // 10],) + ((_ONES[n % 10],) if n % 10 else ())
    if n < 1000:
        return (_ONES[n // 100], "hundred") + (_cardinal(n % 100) if n % 100 else ())
    if n < 1_000_000:
        return _cardinal(n // 1000) + ("thousand",) + (_cardinal(n % 1000) if n % 1000 else ())
    return tuple(_ONES[int(d)] for d in str(n))


class Lexicon:
    """Word -> phone strings, from the CMU dictionary with derived fallbacks."""

    def __init__(self, path: str | None = None):
        self.entries: dict[str, list[str]] = {}
        with open(path or default_dictionary_path(), encoding="utf-8") as f:
            for line in f:
                word, _, phones = line.partition(" ")
                paren = word.find("(")
                if paren > 0:
                    word = word[:paren]
                self.entries.setdefault(word, []).append(phones.strip())

    def __contains__(self, word: str) -> bool:
        return word in self.entries

    def known(self, word: str) -> list[str]:
        return self.entries.get(word, [])

    def pronounce(self, token: str) -> list[str]:
        """Phone strings for a written token (lowercase), at most MAX_VARIANTS, never empty
        for a token with a letter or digit."""
        if token in self.entries:
            return self.entries[token][:MAX_VARIANTS]
        variants: list[str] = []
        forms = self.spoken_forms(token)
        # every way of saying it first, in each word's main pronunciation; then alternates
        for depth in (1, 2):
            for words in forms:
                for phones in itertools.product(*(self._word(w)[:depth] for w in words)):
                    joined = " ".join(p for p in phones if p)
                    if joined and joined not in variants:
                        variants.append(joined)
        return variants[:MAX_VARIANTS]

    def spoken_forms(self, token: str) -> list[tuple[str, ...]]:
        """The word sequences a token is said as: "a2" -> ("a", "two"); "wd-40" -> ("w", "d",
        "forty"); "2x4" -> ("two", "by", "four"); "webcam" -> ("web", "cam")."""
        chunks = _CHUNK.findall(token.replace("'", ""))
        if not chunks:
            return []
        if len(chunks) == 1 and chunks[0].isalpha():
            return self._alpha_forms(chunks[0])
        per_chunk: list[list[tuple[str, ...]]] = []
        for i, chunk in enumerate(chunks):
            prev = chunks[i - 1] if i else ""
            nxt = chunks[i + 1] if i + 1 < len(chunks) else ""
            if chunk in _FRACTIONS:
                per_chunk.append(list(_FRACTIONS[chunk]))
            elif chunk.isdigit():
                per_chunk.append(number_words(int(chunk)) if len(chunk) < 7
                                 else [tuple(_ONES[int(d)] for d in chunk)])
            elif chunk == "x" and prev.isdigit() and nxt.isdigit():
                per_chunk.append([("by",), ("x",)])  # "two by four"; read aloud, "two x four"
            elif prev.isdigit() and chunk in _UNIT_WORDS and not nxt:
                per_chunk.append(list(_UNIT_WORDS[chunk]))
            else:
                per_chunk.append(self._alpha_forms(chunk, in_code=True))
        forms: list[tuple[str, ...]] = []
        for combo in itertools.product(*per_chunk):
            forms.append(tuple(w for part in combo for w in part))
            if len(forms) >= MAX_VARIANTS:
                break
        return forms

    def _alpha_forms(self, word: str, in_code: bool = False) -> list[tuple[str, ...]]:
        spelled = tuple(word)
        if len(set(word)) == 1 and 2 <= len(word) <= 3:  # "aa" -> double a, or a a
            return [("double" if len(word) == 2 else "triple", word[0]), spelled]
        forms: list[tuple[str, ...]] = []
        sayable = _pronounceable(word)
        if word in self.entries and (sayable or not in_code):
            forms.append((word,))
        if word not in self.entries:
            split = self.compound(word)
            if split:
                forms.append(split)
            # a split into short pieces is a guess ("nit rile"): the letter rules get a say
            if sayable and len(word) > 1 and (not split or min(map(len, split)) < 4):
                forms.append((word,))  # pronounced by rule in _word()
        # short letter runs are codes (hp, lr, gfci, usb), and so are short parts of a code
        if len(word) <= 4 and (not sayable or in_code or word not in self.entries):
            forms.append(spelled)
        unique: list[tuple[str, ...]] = []
        for f in forms:
            if f not in unique:
                unique.append(f)
        return unique[:MAX_VARIANTS]

    def compound(self, word: str) -> tuple[str, ...] | None:
        """The word as two or three dictionary words of three letters or more ("whiteboard",
        "multimeter"), preferring fewer and longer parts; None when it does not split."""
        best: tuple[str, ...] | None = None
        n = len(word)
        for i in range(3, n - 2):
            left, right = word[:i], word[i:]
            if left not in self.entries:
                continue
            if right in self.entries:
                cand: tuple[str, ...] | None = (left, right)
            else:
                cand = None
                for j in range(3, len(right) - 2):
                    if right[:j] in self.entries and right[j:] in self.entries:
                        cand = (left, right[:j], right[j:])
                        break
            if cand and (best is None or (len(cand), -max(map(len, cand))) < (len(best), -max(map(len, best)))):
                best = cand
        return best

    def _word(self, word: str) -> list[str]:
        if len(word) == 1 and word in _LETTERS:  # a letter said on its own is its name
            return [_LETTERS[word]] + [p for p in self.entries.get(word, []) if p != _LETTERS[word]]
        if word in self.entries:
            return self.entries[word]
        return rule_phones(word)


def _pronounceable(word: str) -> bool:
    """Has a vowel and does not open with three consonants ("hdmi", "gfci" are spelled)."""
    if not any(ch in "aeiouy" for ch in word):
        return False
    lead = len(word) - len(word.lstrip("bcdfghjklmnpqrstvwxz"))
    return lead < 3 or word[:3] in ("str", "spr", "scr", "spl", "thr", "shr", "chr", "sch")


# -- letter-to-sound rules --------------------------------------------------------------------
# Longest grapheme first. Good enough for a fallback: the CMU dictionary covers ordinary words.
_CONSONANTS = {
    "tch": "CH", "sch": "S K", "ch": "CH", "sh": "SH", "th": "TH", "ph": "F", "wh": "W",
    "ck": "K", "ng": "NG", "qu": "K W", "gh": "", "kn": "N", "wr": "R", "dg": "JH",
    "b": "B", "d": "D", "f": "F", "h": "HH", "j": "JH", "k": "K", "l": "L", "m": "M", "n": "N",
    "p": "P", "r": "R", "s": "S", "t": "T", "v": "V", "w": "W", "x": "K S", "z": "Z",
}
_VOWEL_TEAMS = {
    "igh": "AY", "eau": "OW", "ee": "IY", "ea": "IY", "oo": "UW", "ou": "AW", "ow": "OW",
    "oi": "OY", "oy": "OY", "ai": "EY", "ay": "EY", "au": "AO", "aw": "AO", "ie": "IY",
    "ei": "EY", "ey": "EY", "oa": "OW", "ue": "UW", "ui": "UW", "ew": "UW",
    "ar": "AA R", "er": "ER", "ir": "ER", "ur": "ER", "or": "AO R",
}
_SHORT = {"a": "AE", "e": "EH", "i": "IH", "o": "AA", "u": "AH", "y": "IH"}
_LONG = {"a": "EY", "e": "IY", "i": "AY", "o": "OW", "u": "UW", "y": "AY"}
_VOWELS = "aeiouy"


@lru_cache(maxsize=4096)
def _rule_phones(word: str, open_long: bool) -> str:
    phones: list[str] = []
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        rest = word[i:]
        if ch == "e" and i == n - 1 and n > 2:
            break  # silent final e
        if ch in "aeiou" or (ch == "y" and i > 0):
            team = next((t for t in ("igh", "eau") + tuple(k for k in _VOWEL_TEAMS if len(k) == 2)
                         if rest.startswith(t)), None)
            if team and not (team[1] == "r" and i + 2 < n and word[i + 2] in _VOWELS):
                phones.append(_VOWEL_TEAMS[team])
                i += len(team)
                continue
            if ch == "y" and i == n - 1:
                phones.append("IY")
                i += 1
                continue
            after = word[i + 1:]
            # vowel, one consonant, then a vowel (or the final silent e): long ("nitrile")
            single = len(after) >= 2 and after[0] not in _VOWELS and after[1] in _VOWELS
            cluster = (open_long and len(after) >= 3 and after[0] not in _VOWELS
                       and after[1] in "rl" and after[2] in _VOWELS)
            if single and (after[1:] == "e" or open_long) or cluster:
                phones.append(_LONG[ch])
            else:
                phones.append(_SHORT[ch])
            i += 1
            continue
        if ch == "y":
            phones.append("Y")
            i += 1
            continue
        if ch == "c":
            phones.append("S" if i + 1 < n and word[i + 1] in "eiy" else "K")
            i += 2 if rest.startswith("cc") else 1
            continue
        if ch == "g":
            phones.append("JH" if i + 1 < n and word[i + 1] in "eiy" and i + 2 < n else "G")
            i += 2 if rest.startswith("gg") else 1
            continue
        if i == n - 2 and rest == "le" and i > 0 and word[i - 1] not in _VOWELS:
            phones.extend(("AH", "L"))
            break
        gra = next((g for g in ("tch", "sch", "ch", "sh", "th", "ph", "wh", "ck", "ng", "qu", "gh",
                                "kn", "wr", "dg") if rest.startswith(g)), None)
        if gra and not (gra in ("kn", "wr") and i > 0):
            if _CONSONANTS[gra]:
                phones.append(_CONSONANTS[gra])
            i += len(gra)
            continue
        if ch in _CONSONANTS:
            phones.append(_CONSONANTS[ch])
            i += 2 if i + 1 < n and word[i + 1] == ch else 1  # double consonant: one sound
            continue
        i += 1  # anything else is not said
    return " ".join(phones)


def rule_phones(word: str) -> list[str]:
    """Pronunciations of an unknown word by letter-to-sound rules: the first vowel short and
    long where spelling allows both ("nitrile": N IH T R AY L and N AY T R AY L)."""
    word = "".join(ch for ch in word.lower() if ch.isalpha())
    if not word:
        return []
    out = []
    for open_long in (False, True):
        p = _rule_phones(word, open_long)
        if p and p not in out:
            out.append(p)
    return out
