"""Name normalisation: the one place that decides when two spellings are the same name.

`name_key()` is what the database's unique key holds, so every channel, the matcher and the
import agree on identity. It forgives what people and speech recognisers vary on (case,
punctuation, determiners, plurals, spoken numbers, "b three" for "b3") and nothing else.
"""
from __future__ import annotations

import re
import unicodedata

from products.errors import InvalidName

MAX_NAME_LENGTH = 200

DETERMINERS = frozenset(
    "the a an my our your his her their its some this that these those".split()
)

UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

# Spoken forms of names written with letters, digits or fractions (after number words became
# digits): "triple a" -> aaa, "three quarter inch" -> 3/4 inch.
SPOKEN = {
    ("triple", "a"): ("aaa",),
    ("double", "a"): ("aa",),
    ("wd", "40"): ("wd40",),
    ("3", "quarter"): ("3/4",),
    ("3", "quarters"): ("3/4",),
    ("half", "inch"): ("1/2", "inch"),
    ("quarter", "inch"): ("1/4", "inch"),
}
# Measures written against their number: "18 volt" -> 18v, "10 millimeter" -> 10mm.
NUMBER_SUFFIX = {
    "v": "v", "volt": "v", "volts": "v",
    "mm": "mm", "mil": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm",
    "millimetres": "mm",
    "amp": "a", "amps": "a", "ampere": "a", "amperes": "a",  # "20 amp" = "20A"
}
# Shorthand of notes and labels, written out: "ext cord" is "extension cord". Only words that
# mean one thing in an inventory; the matcher still decides which product.
ABBREVIATIONS = {
    "ext": ("extension",), "circ": ("circular",), "htr": ("heater",), "batt": ("battery",),
    "batts": ("battery",), "bty": ("battery",), "elec": ("electrical",), "alum": ("aluminium",),
    "aluminum": ("aluminium",), "galv": ("galvanized",), "ss": ("stainless", "steel"),
    "asst": ("assorted",), "blk": ("black",), "wht": ("white",), "grn": ("green",),
    "sm": ("small",), "lg": ("large",), "lrg": ("large",), "med": ("medium",),
    "xtra": ("extra",), "chgr": ("charger",), "chrgr": ("charger",), "adptr": ("adapter",),
    "mon": ("monitor",), "kybd": ("keyboard",), "tbl": ("table",), "chr": ("chair",),
    "walkies": ("walkie", "talkie"),
}
# A battery said by its size alone ("AAA", "nine volts") names the battery.
BATTERY_SIZES = frozenset({"aa", "aaa", "9v", "c", "d"})

IRREGULAR_SINGULAR = {
    "feet": "foot", "knives": "knife", "shelves": "shelf", "leaves": "leaf", "men": "man",
    "teeth": "tooth", "mice": "mouse", "boxes": "box", "glasses": "glasses", "scissors": "scissors",
    "pliers": "pliers", "tongs": "tongs", "series": "series", "species": "species",
    "clothes": "clothes", "pants": "pants", "shorts": "shorts", "goggles": "goggles",
    "headphones": "headphones", "earmuffs": "earmuffs", "news": "news",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029]")
_TOKEN = re.compile(r"\d+/\d+|[a-z0-9]+")


def validate_name(name: str, what: str = "name") -> str:
    """The trimmed name, or InvalidName: empty, too long or containing control characters."""
    if not isinstance(name, str):
        raise InvalidName(f"{what} must be text")
    if _CONTROL.search(name):
        raise InvalidName(f"{what} contains control characters")
    trimmed = " ".join(name.split())
    if not trimmed:
        raise InvalidName(f"{what} is empty")
    if len(trimmed) > MAX_NAME_LENGTH:
        raise InvalidName(f"{what} is longer than {MAX_NAME_LENGTH} characters")
    if not _TOKEN.search(unicodedata.normalize("NFKD", trimmed).lower()):
        raise InvalidName(f"{what} has no letters or digits")
    return trimmed


def display_name(text: str) -> str:
    """A said name as it is stored for a new product or place: trimmed, single-spaced, without
    a leading "the"/"a"/"our"..., otherwise as the person put it."""
    words = validate_name(text).split(" ")
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def singular(word: str) -> str:
    """English plural to singular, by rule; words with digits are left alone ("26a", "2x4s"
    stays "2x4s" is acceptable: both sides of a comparison go through the same rule)."""
    if word in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[word]
    if any(ch.isdigit() for ch in word):
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and re.search(r"(ch|sh|x|z|ss)es$", word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _numbers(words: list[str]) -> list[str]:
    """Number words to digits: "twenty five" -> 25, "two oh four" -> 204, "b three" -> b3."""
    out: list[str] = []
    spoken_digits = False  # inside a run like "two oh four": digits are concatenated
    for w in words:
        if w not in UNITS and w not in TENS and w.endswith("s") and w[:-1] in UNITS:
            w = w[:-1]  # "fours", "sixes" stay numbers
        elif w.endswith("es") and w[:-2] in UNITS:
            w = w[:-2]
        if w in TENS:
            out.append(str(TENS[w]))
            spoken_digits = False
            continue
        if w in UNITS and not (w == "oh" and not (out and out[-1].isdigit())):
            n = UNITS[w]
            prev = out[-1] if out else ""
            if prev.isdigit() and int(prev) % 10 == 0 and int(prev) >= 20 and n < 10 and not spoken_digits:
                out[-1] = str(int(prev) + n)  # twenty five
            elif prev.isdigit() and n < 10 and (spoken_digits or len(prev) == 1):
                out[-1] = prev + str(n)  # two oh four
                spoken_digits = True
            else:
                out.append(str(n))
                spoken_digits = False
            continue
        spoken_digits = False
        out.append(w)
    # a single letter followed by its digits is one code: "b 3" -> "b3" (shelves, bins, batteries)
    joined: list[str] = []
    for w in out:
        if joined and w.isdigit() and len(joined[-1]) == 1 and joined[-1].isalpha() \
                and not (joined[-1] == "a" and len(joined) == 1):
            joined[-1] += w
        else:
            joined.append(w)
    return joined


def tokens(text: str, as_said: bool = False) -> tuple[str, ...]:
    """The comparable words of a name, in order. `as_said`, a reading for the matcher only:
    determiners and plurals are kept (a recogniser may have heard part of a word as one: "man a
    kin", "my lar"; a plural's sound may be the word's: "fleas" for "fleece") and letters
    without a vowel before a number are its code ("sm 58", not "small 58")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("'s", "").replace("’s", "")
    words = _TOKEN.findall(text)
    words = _numbers(words)
    words = _coded(words)
    if as_said:
        words = _initials_coded(words)
    else:
        words = [w for w in words if w not in DETERMINERS] or words
    words = [full for w in words for full in ABBREVIATIONS.get(w, (w,))]
    if len(words) == 1 and words[0] in BATTERY_SIZES - {"c", "d"}:
        words.append("battery")
    return tuple(words) if as_said else tuple(singular(w) for w in words)


def _coded(words: list[str]) -> list[str]:
    """Spoken forms of coded names: "two by four" -> 2x4, "twenty six a" -> 26a,
    "g f c i" -> gfci, "18 volt" -> 18v."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        pair = tuple(words[i:i + 2])
        if pair in SPOKEN:
            out.extend(SPOKEN[pair])
            i += 2
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w.isdigit() and nxt == "by" and i + 2 < len(words) and words[i + 2].isdigit():
            out.append(f"{w}x{words[i + 2]}")
            i += 3
            continue
        if (w.isdigit() or "/" in w) and nxt == "in" and i + 2 < len(words):
            out.extend((w, "inch"))  # "3/4 in pvc elbow"
            i += 2
            continue
        if w.isalpha() and 2 <= len(w) <= 3 and nxt and nxt.isdigit() and len(nxt) == 1 \
                and (i + 2 == len(words) or not words[i + 2].isdigit()):
            out.append(w + nxt)  # "cat 6 cable", "bay 4": a code said in parts
            i += 2
            continue
        if w.isdigit() and nxt in NUMBER_SUFFIX:
            out.append(w + NUMBER_SUFFIX[nxt])
            i += 2
            continue
        if w.isdigit() and nxt and len(nxt) == 1 and nxt.isalpha() and i + 2 < len(words):
            out.append(w + nxt)  # a model code said in parts: "26 a toner"
            i += 2
            continue
        if len(w) == 1 and w.isalpha():  # letters spelled out one by one are one code
            run = [w]
            while i + len(run) < len(words) and len(words[i + len(run)]) == 1 \
                    and words[i + len(run)].isalpha():
                run.append(words[i + len(run)])
            i += len(run)
            if len(run) >= 3 and run[0] == "a":
                out.append("a")  # "a g f c i outlet": the first "a" is the article
                run = run[1:]
            out.append("".join(run))
            continue
        out.append(w)
        i += 1
    return out


def _initials_coded(words: list[str]) -> list[str]:
    """Two or three letters without a vowel before a number are one code: "sm 58" -> sm58."""
    out: list[str] = []
    for w in words:
        if out and w.isdigit() and out[-1].isalpha() and 2 <= len(out[-1]) <= 3 \
                and not any(ch in "aeiouy" for ch in out[-1]):
            out[-1] += w
        else:
            out.append(w)
    return out


def name_key(text: str) -> str:
    """The identity of a name: equal keys are the same product (or location)."""
    return " ".join(tokens(text))
