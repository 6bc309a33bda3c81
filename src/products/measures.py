"""Sizes and measures in product names, made alike for comparing only (the stored
`naming.name_key` is unchanged): "four foot", "4 ft", "4'" and "4ft" are one word "4ft";
"1/2 inch", "1/2 in" and '1/2"' are "1/2" (a bare fraction in a trade name is inches), but
"2 inch" is "2in" (a bare whole number is not); "1.5 m" is "1p5m";
"two fifty ml" is "250ml"; a code said in parts is one word ("five w thirty" and "5w-30" are
"5w30", "two oh five fifty five r sixteen" and "205/55r16" are "20555r16"; "zed tee four ten" is
"zt410").
"""
from __future__ import annotations

import re

# unit words after a number -> the written suffix; "" drops the unit. Inches keep theirs ("2in":
# a bare "2" is a model or a count, "felco 2"), except after a fraction, which is inches anyway.
UNITS = {
    "foot": "ft", "ft": "ft",
    "inch": "in", "in": "in",
    "ml": "ml", "millilitre": "ml", "milliliter": "ml",
    "l": "l", "litre": "l", "liter": "l", "ltr": "l",
    "cl": "cl", "centilitre": "cl",
    "g": "g", "gram": "g", "kg": "kg", "kilo": "kg", "kilogram": "kg",
    "lb": "lb", "lbs": "lb", "pound": "lb", "oz": "oz", "ounce": "oz",
    "gallon": "gal", "gal": "gal", "quart": "qt", "qt": "qt", "pint": "pt", "pt": "pt",
    # naming.tokens joins these to a whole number only; a decimal's are joined here ("1.5 volt")
    "volt": "v", "v": "v", "amp": "a", "mm": "mm", "mil": "mm",  # "mil": ml too (other_readings)
    "watt": "w", "w": "w", "cm": "cm", "centimetre": "cm", "centimeter": "cm",
    "yard": "yd", "yd": "yd", "m": "m", "metre": "m", "meter": "m",
    "tb": "tb", "terabyte": "tb", "gb": "gb", "gig": "gb", "gigabyte": "gb",
    "mb": "mb", "megabyte": "mb", "kva": "kva", "va": "va", "kw": "kw", "kilowatt": "kw",
    "ah": "ah", "mah": "mah", "psi": "psi", "percent": "", "gauge": "ga", "ga": "ga", "awg": "ga",
    # counts and strengths that only follow a number: a "4 man tent", "20 vol developer"
    "man": "man", "person": "man", "seater": "seater", "volume": "vol", "vol": "vol",
}
# fractions said in words after their number: "five eighths" -> 5/8
FRACTION_WORDS = {"half": "2", "third": "3", "quarter": "4", "eighth": "8", "sixteenth": "16",
                  "thirtysecond": "32"}
# a decimal keeps its point as "p" ("1.5" is 1p5, never 15: see spell_marks)
_NUMBER = re.compile(r"\d+(?:/\d+|p\d+)?")
_GLUED = re.compile(r"(\d+(?:/\d+|p\d+)?)([a-z]+)")
# A number of this many digits is a model number, a word of its own: not a code's last part
# after it ("3M 8518 gloss", "3m 5200 sealant"; "5w 30", "cp3 50" are one code), nor its first
# part before a code ("3m 8822 ffp2 mask" is no "8822ffp2"), nor hundreds
# said apart before a measure ("motul 7100 10w-40"; "2 50ml" is 250ml)
MODEL_NUMBER_DIGITS = 4
_TWO_DIGITS = re.compile(r"([1-9]\d)([a-z]*)")
# '1/2"' and "6'": the marks tokens would drop
_INCH_MARK = re.compile(r"(\d)\s*(?:\"|″|”|'')")
_FOOT_MARK = re.compile(r"(\d)\s*(?:'|′|’)(?![a-z])", re.IGNORECASE)
# feet and no inches, as boards are sized: "8'0" is 8ft
_FEET_EVEN = re.compile(r"(\d)\s*(?:'|′|’)0(?![\d\"″”])")


_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_PLUS = re.compile(r"(?<=[a-z0-9])\+(?![\w+])", re.IGNORECASE)
# two sizes a garment spans, smaller first, as catalogs write them: "adult m/l", "s/m" (tokens
# would run the letters together into "ml", millilitres); not "s/s" (stainless steel) nor "m/s"
_SIZE_SPAN = re.compile(r"(?<![\w/])(xxl|xl|xs|s|m|l)/(xxl|xl|xs|s|m|l)(?![\w/])", re.IGNORECASE)
_SIZE_NAMES = {"xs": "extra small", "s": "small", "m": "medium", "l": "large", "xl": "extra large",
               "xxl": "extra extra large"}
_SIZE_RANK = {size: rank for rank, size in enumerate(_SIZE_NAMES)}


def _size_span(found: re.Match) -> str:
    first, second = found[1].lower(), found[2].lower()
    if _SIZE_RANK[first] >= _SIZE_RANK[second]:
        return found[0]
    return f"{_SIZE_NAMES[first]} {_SIZE_NAMES[second]}"


def spell_marks(text: str) -> str:
    """Inch and foot marks and decimal points written out, before `naming.tokens` drops them as
    punctuation: "1.5m" is 1p5m, not the 15m it would become; an ampersand between words is
    the "and" said for it ("Pen & Strep"; "A&M" stays initials), a "+" after a name the "plus"
    said for it ("platinum+"); two sizes a garment spans
    in words ("m/l" is "medium large", not "ml")."""
    text = _DECIMAL.sub("p", text).replace(" & ", " and ")
    if "+" in text:
        text = _PLUS.sub(" plus", text)  # "ghd platinum+", "sfp+": said "plus"
    if "/" in text:
        text = _SIZE_SPAN.sub(_size_span, text)
    if "'" not in text and '"' not in text and not any(ch in text for ch in "″”′’"):
        return text
    # glued to its number ("8ft"): "nsp 8 foot" would read as a code "nsp8" (naming.tokens)
    return _FOOT_MARK.sub(r"\1ft ", _FEET_EVEN.sub(r"\1ft ", _INCH_MARK.sub(r"\1 inch ", text)))


# Letters said by name in a model code. Only names that are no everyday word ("see", "you",
# "why", "oh", "tea", "pea" are left out), and only before the code's number.
LETTER_NAMES = {
    "bee": "b", "cee": "c", "dee": "d", "ef": "f", "eff": "f", "gee": "g", "aitch": "h",
    "jay": "j", "kay": "k", "el": "l", "ell": "l", "em": "m", "en": "n", "ar": "r", "ess": "s",
    "tee": "t", "vee": "v", "ex": "x", "wye": "y", "zed": "z", "zee": "z",
}


# naming.tokens glues a short word to the digit after it ("em 8" -> "em8")
_GLUED_NAME = re.compile(r"^(" + "|".join(LETTER_NAMES) + r")(\d.*)$")
_NAME_STARTS = frozenset(name[0] for name in LETTER_NAMES)


def spoken_letters(words: tuple[str, ...]) -> tuple[str, ...]:
    """Letters said by name before a number, as the code they start: "zed tee 4 10" ->
    "zt4 10" (the number parts join after), "em 8" -> "m8"."""
    words = tuple(_GLUED_NAME.sub(lambda m: LETTER_NAMES[m[1]] + m[2], w) if w[0] in _NAME_STARTS
                  and not w.isalpha() else w for w in words)
    if not any(w in LETTER_NAMES for w in words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (words[j] in LETTER_NAMES or len(words[j]) == 1 and words[j].isalpha()):
            j += 1
        if j > i and j < len(words) and words[j][0].isdigit() \
                and any(w in LETTER_NAMES for w in words[i:j]) and not _measured(words, j):
            out.append("".join(LETTER_NAMES.get(w, w) for w in words[i:j]) + words[j])
            i = j + 1
            continue
        out.extend(words[i:max(j, i + 1)])
        i = max(j, i + 1)
    return tuple(out)


def _measured(words: tuple[str, ...], j: int) -> bool:
    """Whether the number at j is a measure ("tee 22 mm", "tee 22mm"): a compression tee of
    22mm, no code "t22"."""
    glued = _GLUED.fullmatch(words[j])
    return j + 1 < len(words) and words[j + 1] in UNITS or bool(glued and glued[2] in UNITS)


def _unit(number: str, unit: str) -> str:
    return "" if UNITS[unit] == "in" and "/" in number else UNITS[unit]


def measure_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A number and its unit as one word, the unit in one spelling ("6 foot" -> 6ft,
    "60 watt" -> 60w), and a hundred said as two numbers before a unit joined
    ("2 50ml" -> 250ml: "two fifty mil")."""
    if "".join(words).isalpha() and "hundred" not in words and "by" not in words:
        return words  # no number: nothing to measure (most names; keeps start-up quick)
    words = _fractions_by(words)
    out: list[str] = []
    point = False  # the word before was a number and "point"
    hundred_and = False  # the words before were a hundreds and "and": "two hundred and fifty"
    said = _hundreds_apart(_unglued(spoken_letters(words)))
    if "point" in said:  # "five point oh": 5.0
        said = tuple("0" if w == "oh" and said[i - 1] == "point" else w for i, w in enumerate(said))
    for i, w in enumerate(said):
        prev = out[-1] if out else "a"
        if w.isalpha():
            after = said[i + 1] if i + 1 < len(said) else "a"
            if w in UNITS and not prev.isalpha() and _NUMBER.fullmatch(prev) and not _improper(prev):
                out[-1] = prev + _unit(prev, w)
            elif w == "hour" and _GLUED.fullmatch(prev) and prev[-1] in "wa" and prev[-2].isdigit():
                out[-1] = prev + "h"  # "ninety eight watt hour": 98wh; "amp hour": ah
            elif w == "hundred" and prev.isdigit() and len(prev) <= 2:
                out[-1] = prev + "00"  # "ninety two hundred": 9200
            elif w == "hundred" and not prev.isdigit() and (after in UNITS or after.isdigit()):
                out.append("100")  # "a hundred foot cord": the "a" is gone, the hundred stays
            elif w == "hundred" and not prev.isdigit() and after == "and" and i + 2 < len(said) \
                    and (_TWO_DIGITS.fullmatch(said[i + 2]) or said[i + 2] in _DIGITS):
                out.append("100")  # "a hundred and fifty watt": 150w, as "two hundred and fifty"
            elif w in FRACTION_WORDS and prev.isdigit():
                out[-1] = prev + "/" + FRACTION_WORDS[w]  # "five eighths": 5/8
            elif w == "point" and prev.isdigit() and after[0].isdigit():
                out[-1], point = prev + "p", True  # "two point seven metre": 2p7m, as "2.7m"
            elif w == "and" and prev.isdigit() and after[0].isdigit():
                hundred_and = len(prev) == 3 and prev.endswith("00")  # or "1 and 1/2"
                continue
            elif w == "by" and not prev.isalpha() and after.isdigit():
                out[-1] = prev + "x"  # "m8 by 40": m8x40 (naming joins only number by number)
            else:
                out.append(w)
            continue
        if point:
            w = out.pop() + w  # the decimals of "2 point 7"
            point = False
        glued = _GLUED.fullmatch(w)
        if glued and glued[2] in UNITS:
            w = glued[1] + _unit(glued[1], glued[2])
        if hundred_and and w in _DIGITS and prev.endswith("00"):
            out[-1] = prev[:-1] + w  # "one hundred and five": 105
            hundred_and = False
            continue
        two = _TWO_DIGITS.fullmatch(w)
        if two and (two[2] or hundred_and) and prev.isdigit() \
                and (len(prev) == 1 or len(prev) < MODEL_NUMBER_DIGITS and prev.endswith("00")):
            out[-1] = str(int(prev[0]) * 100 + int(two[1])) + two[2]
            hundred_and = False
            continue
        hundred_and = False
        out.append(w)
    return _joined_codes(out)


_SHORT_WORD_NUMBER = re.compile(r"([a-z]{2,3})(\d+)")
_DIGITS = frozenset("123456789")


_SAID_FRACTIONS = {"half": "1/2", "quarter": "1/4"}
_BY_DIGIT = re.compile(r"by\d")


def _fractions_by(words: tuple[str, ...]) -> tuple[str, ...]:
    """Two fractions of an inch said with "by" between ("quarter by half pair coil", "1/4 by
    1/2"): the two fractions and the "x" a catalog writes between them ('1/4" x 1/2"')."""
    if not any(w == "by" or _BY_DIGIT.fullmatch(w) for w in words):
        return words
    # naming.tokens glues "by" to a digit said after it ("by three eighths" -> by3 eighth)
    words = tuple(part for i, w in enumerate(words) for part in (
        ("by", w[2:]) if _BY_DIGIT.fullmatch(w) and i + 1 < len(words) and words[i + 1] in FRACTION_WORDS
        else (w,)))
    words = tuple(w for i, w in enumerate(words)  # "quarter inch by half inch": inches anyway
                  if not (w in ("inch", "in") and i > 0 and _is_fraction(words[i - 1])))
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in FRACTION_WORDS and out and out[-1].isdigit() and w not in _SAID_FRACTIONS:
            out[-1] += "/" + FRACTION_WORDS[w]  # "3 eighth": 3/8
        else:
            out.append(w)
        i += 1
    for i in range(1, len(out) - 1):
        if out[i] == "by" and _is_fraction(out[i - 1]) and _is_fraction(out[i + 1]):
            out[i - 1] = _SAID_FRACTIONS.get(out[i - 1], out[i - 1])
            out[i] = "x"
            out[i + 1] = _SAID_FRACTIONS.get(out[i + 1], out[i + 1])
    return tuple(out)


def _is_fraction(word: str) -> bool:
    return word in _SAID_FRACTIONS or bool(_FRACTION.fullmatch(word))


def _hundreds_apart(words: tuple[str, ...]) -> tuple[str, ...]:
    """naming.tokens glues a short word to a digit after it ("eon 7" -> eon7, "and 5" -> and5);
    before or after "hundred" the digit is part of the number said: "jbl eon seven hundred and
    ten" is the eon 710, "one hundred and five" 105."""
    if "hundred" not in words:
        return words
    out: list[str] = []
    for i, w in enumerate(words):
        glued = _SHORT_WORD_NUMBER.fullmatch(w)
        if glued and glued[2] in _DIGITS and (
                i + 1 < len(words) and words[i + 1] == "hundred" or glued[1] == "and" and i > 0
                and words[i - 1] == "hundred"):
            out.extend(glued.groups())
        else:
            out.append(w)
    return tuple(out)


def _unglued(words: tuple[str, ...]) -> tuple[str, ...]:
    """naming.tokens glues a short word to the digit after it ("cat 6" -> cat6); before a unit
    that digit is a measure of its own: "sharps bin 5 litre" is a bin of 5l, no "bin5"; and
    before a decimal point: "smirnoff red 1 point 5 litre" is a 1.5l bottle."""
    if not any(w in UNITS or w == "point" for w in words[1:]):
        return words
    out: list[str] = []
    for i, w in enumerate(words):
        glued = _SHORT_WORD_NUMBER.fullmatch(w)
        # a word has a vowel ("bin 5 litre"); letters without one are a code ("jcm800 amp head");
        # a number with a decimal point said is a measure or a version ("gin 1 point 5 litre")
        if glued and i + 1 < len(words) and (words[i + 1] in UNITS and any(
                ch in "aeiouy" for ch in glued[1]) or words[i + 1] == "point" and len(glued[2]) == 1
                and i + 2 < len(words) and words[i + 2][:1].isdigit()):
            out.extend((glued[1], glued[2]))
        else:
            out.append(w)
    return tuple(out)


_FRACTION = re.compile(r"(\d+)/(\d+)")


def _improper(number: str) -> bool:
    """A "fraction" of no measure ("4/3" of a wetsuit, "205/55" of a tyre), which no unit
    follows: "4/3 l" is the large one, not 4/3 litres."""
    fraction = _FRACTION.fullmatch(number)
    return bool(fraction) and int(fraction[1]) >= int(fraction[2])
_UNIT_SUFFIXES = frozenset(suffix for suffix in UNITS.values() if suffix)
_DIMENSIONS = re.compile(r"(\d+x\d+)(?:m|ft|mm|cm)")  # "9x18m": the unit goes without saying


def _joined_codes(words: list[str]) -> tuple[str, ...]:
    """Adjacent parts of one code as one word: a bare number with the code word beside it
    ("5 w30", "5w 30" -> 5w30; "205/55 r16" -> 20555r16, the slash of a size that is no
    fraction dropped). Two whole specs stay apart ("18v 5ah")."""
    out: list[str] = []
    model = False  # the last word out is a model number as said: "3m 8822 ffp2", not "205/55 r16"
    for w in words:
        after_model, model = model, w.isdigit() and len(w) >= MODEL_NUMBER_DIGITS
        if w.isalpha():  # tokens are letters, digits and fraction slashes: no digit, no code
            out.append(w)
            continue
        if "/" in w:
            fraction = _FRACTION.fullmatch(w)
            if fraction and int(fraction[1]) >= int(fraction[2]):
                w = fraction[1] + fraction[2]  # 205/55 is a tyre size, not a fraction
        elif "x" in w:
            w = _DIMENSIONS.sub(r"\1", w)
        prev = out[-1] if out else "a"
        measure = _GLUED.fullmatch(w)
        if prev.isdigit() and measure and measure[2] in _UNIT_SUFFIXES:
            out.append(w)  # "1 5m" is no 15m: a number before a measure is another number
        elif not prev.isalpha() and "/" not in prev + w and (prev.isdigit() or w.isdigit()) \
                and not (prev[-1].isdigit() and w[0].isdigit()) \
                and not (w.isdigit() and len(w) >= MODEL_NUMBER_DIGITS) \
                and not after_model:
            # not number to number: "cp3 50" is a lens and its 50mm; nor a model number to
            # the code after it: "3m 8822 ffp2 mask" is the 8822 and an ffp2
            out[-1] = prev + w
        else:
            out.append(w)
    return tuple(out)


# "mil" is said for millilitres as well as millimetres; naming.tokens reads it as mm
_SAID_MM = re.compile(r"(\d+)mm")
_GAUGE = re.compile(r"(\d+)ga")


def other_readings(word: str) -> tuple[str, ...]:
    """Other measures the same said word may be: "250mm" may have been "two fifty mil" (ml),
    "23 gauge" the "23g" of a needle, a bare "10" the catalog's "10 inch" ("cake boxes 10")."""
    said = _SAID_MM.fullmatch(word)
    if said:
        return (said[1] + "ml",)
    gauge = _GAUGE.fullmatch(word)
    if gauge:
        return (gauge[1] + "g",)  # a needle's gauge is written "23G"
    return (word + "in",) if word.isdigit() else ()


# Letters said by names that are everyday words too: read as letters only when nothing else
# matched, and only in a run of letters or before a number ("pee bee double you", "see oh two").
EVERYDAY_LETTER_NAMES = {
    "see": "c", "sea": "c", "pee": "p", "pea": "p", "you": "u", "why": "y", "tea": "t",
    "are": "r", "eye": "i", "oh": "o", "owe": "o", "queue": "q", "cue": "q", "ex": "x",
}
_GLUED_EVERYDAY = re.compile(r"^(" + "|".join(EVERYDAY_LETTER_NAMES) + r")(\d+)$")


def letters_said(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A code said letter by letter in the names of the letters, as the code: "pee bee double
    you" -> pbw, "see oh 2" -> co2; "oh" alone before a number is a zero ("us oh 5" -> us 05).
    None when no letter was said by name."""
    names = {**LETTER_NAMES, **EVERYDAY_LETTER_NAMES}
    split: list[str] = []
    for w in words:  # naming.tokens glues a short word to its digit: "oh2"
        glued = _GLUED_EVERYDAY.fullmatch(w) or _GLUED_NAME.fullmatch(w)
        split.extend((glued[1], glued[2]) if glued else (w,))
    out: list[str] = []
    read = False
    i = 0
    while i < len(split):
        run: list[str] = []
        j = i
        while j < len(split):
            if split[j] == "double" and j + 1 < len(split) and split[j + 1] in ("you", "u"):
                run.append("w")
                j += 2
            elif split[j] in names or len(split[j]) == 1 and split[j].isalpha():
                run.append(names.get(split[j], split[j]))
                j += 1
            else:
                break
        number = split[j] if j < len(split) and split[j].isdigit() else None
        if run == ["o"] and number:
            out.append("0" + number)  # "us oh five": us-05
            read, i = True, j + 1
        elif len(run) >= 2 or run and number:
            out.append("".join(run) + (number or ""))
            read, i = True, j + (1 if number else 0)
        else:
            out.append(split[i])
            i += 1
    return tuple(out) if read else None
