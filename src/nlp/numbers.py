"""Rule family: numbers, as quantities and inside place names.

Quantities (`read_quantity`), said at the start of a noun phrase:
    "25 boxes", "twenty five boxes", "twenty-five", "1,000", "2.5 gallons", "a hundred",
    "one hundred and twenty", "a dozen", "two dozen", "half a dozen", "a couple (of)", "a pair" is a
    unit (see units.py), "a"/"an"/"one" -> 1 (as a determiner of a counted noun).

Model numbers said in words (`spoken_code`), which are names, not amounts:
    "the four sixteen mic" (416), "one twenty poles" (120), "the wago four thirteens", "the
    three oh five", "five seven five pp" (digits one by one), "the twenty four seventy", "the three hundred d" (300D); but "two twenty
    litre drums" is 2 drums of 20 litres.

Place numbers (`spoken_place`), said inside a place:
    "b three" -> "b3", "two oh four" -> "204", "aisle seven" -> "aisle 7", "one twelve" -> "112".
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000}
# "oh" is a digit only inside places ("two oh four"); as a quantity it is a filler.
QUANTITY_UNITS = {k: v for k, v in UNITS.items() if k != "oh"}

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


# words that make an amount a guess ("about 30", "roughly a dozen", "over 100")
ABOUT_WORDS = frozenset({"about", "around", "roughly", "approx", "approximately", "like", "maybe",
                         "nearly", "almost", "over", "~"})
_ROUGH = re.compile(r"^~(\d[\d,.]*|a|an)$|^(\d+)ish$")


def rough_number(word: str) -> tuple[int, int] | None:
    """(start, end) of the number inside a guess written on it: "~12", "~a" (dozen), "40ish";
    the tokenizer keeps the number, "~" as a word of ABOUT_WORDS and drops "ish". Else None."""
    m = _ROUGH.match(word)
    if not m:
        return None
    return (1, len(word)) if m.group(1) else (0, len(word) - 3)


def is_number_word(word: str) -> bool:
    return word in UNITS or word in TEENS or word in TENS or word in SCALES


def digits_value(word: str) -> int | float | None:
    """'25' -> 25, '1,000' -> 1000, '2.5' -> 2.5; anything else -> None."""
    if not _DIGITS.match(word):
        return None
    value = float(word.replace(",", ""))
    return int(value) if value.is_integer() else value


def signed_value(word: str) -> tuple[str, int | float] | None:
    """A number written with its sign: '+5' -> ('+', 5), '-1,000' -> ('-', 1000); else None."""
    if len(word) > 1 and word[0] in "+-":
        value = digits_value(word[1:])
        if value is not None:
            return word[0], value
    return None


def _word_value(words: list[str], i: int) -> tuple[int | None, int]:
    """A number said in words from words[i]: 'twenty five', 'twenty-five', 'a hundred and ten'.
    Returns (value, index after it); (None, i) when there is none."""
    total, current, j, seen = 0, 0, i, False
    while j < len(words):
        w = words[j]
        parts = w.split("-") if "-" in w else [w]
        if len(parts) == 2 and parts[0] in TENS and parts[1] in QUANTITY_UNITS:
            if seen and current % 100 != 0 and current % 1000 != 0:
                break
            current += TENS[parts[0]] + QUANTITY_UNITS[parts[1]]
        elif w in QUANTITY_UNITS or w in TEENS:
            # "twenty five" adds; "five six" is two numbers, stop
            if seen and not (current % 10 == 0 and current >= 20 and w in QUANTITY_UNITS) \
                    and current % 100 != 0:
                break
            current += QUANTITY_UNITS.get(w, TEENS.get(w, 0))
        elif w in TENS:
            if seen and current % 100 != 0:
                break
            current += TENS[w]
        elif w in SCALES and (seen or (j > i and words[j - 1] == "a")):
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        elif w == "a" and not seen and j + 1 < len(words) and words[j + 1] in SCALES:
            j += 1
            continue
        elif w == "and" and seen and j + 1 < len(words) and (
                words[j + 1] in QUANTITY_UNITS or words[j + 1] in TEENS or words[j + 1] in TENS) \
                and (total or current >= 100):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, i
    return total + current, j


def read_number(words: list[str], i: int) -> tuple[int | float | None, int]:
    """A number (digits or words) starting at words[i] -> (value, index after it)."""
    if i >= len(words):
        return None, i
    value = digits_value(words[i])
    if value is not None:
        # "1 hundred", "2 thousand"
        if i + 1 < len(words) and words[i + 1] in SCALES:
            return value * SCALES[words[i + 1]], i + 2
        return value, i + 1
    return _word_value(words, i)


def read_quantity(words: list[str], i: int) -> tuple[int | float | None, int]:
    """A quantity phrase at words[i]: a number, 'a dozen', 'N dozen', 'half a dozen',
    'a couple (of)'. 'a'/'an' alone are left to the noun-phrase reader."""
    n = len(words)
    w = words[i] if i < n else ""
    if w == "half" and words[i + 1:i + 3] == ["a", "dozen"]:
        return 6, i + 3
    if w in ("a", "one") and i + 1 < n and words[i + 1] == "dozen":
        return 12, i + 2
    if w == "dozen":
        return 12, i + 1
    if w == "a" and i + 1 < n and words[i + 1] == "couple":
        j = i + 2
        return 2, j
    if w == "couple":
        return 2, i + 1
    value, j = read_number(words, i)
    if value is None or _plural_number(words, i, j) and is_number_word(words[j - 1]):
        return None, i  # ("the gatorskin twenty eights": a name, see `spoken_code`)
    if j < n and words[j] == "dozen":
        return value * 12, j + 1
    if words[j:j + 3] == ["and", "a", "half"]:
        return value + 0.5, j + 3  # "twelve and a half gallons"
    return value, j


# single letters that are a measure after a number ("20 m", "5 l", "4 k"), not a model's letter
_MEASURE_LETTERS = frozenset("aiklmsvwxg")


def _number_base(word: str) -> str:
    """'thirteens' -> 'thirteen', 'sixties' -> 'sixty': a model said in the plural."""
    if word.endswith("ies") and word[:-3] + "y" in TENS:
        return word[:-3] + "y"
    if word.endswith("s") and (word[:-1] in TEENS or word[:-1] in QUANTITY_UNITS and word != "ones"):
        return word[:-1]  # ("the two oh twos")
    if word == "sixes":
        return "six"
    return word


def _plural_number(words: list[str], i: int, e: int) -> bool:
    """Whether the number words[i:e] goes on in the plural at words[e] ("twenty eights", "five
    thousands", "thirty five forties"): nobody counts in plural numbers, so the whole is a
    model's name ("four gp five thousands"). One number before another's plural is a count of
    them ("four fives"), and "thousands of" a vague amount."""
    if e >= len(words) or e == i:
        return False
    w, before = words[e], words[e - 1]
    if w in ("hundreds", "thousands"):
        return words[e + 1:e + 2] != ["of"] and is_number_word(before)
    base = _number_base(w)
    return base != w and (e - i >= 2 or before in TENS and base in QUANTITY_UNITS)


def spoken_code(words: list[str], i: int, is_measure=lambda word: False) -> int | None:
    """Index after a model number said in words at words[i], or None when it is an amount.

    Two numbers said back to back make no cardinal ("four sixteen" is 416, "one twenty five"
    125, "three oh five" 305, "twenty four seventy" 24-70): a model read out digit group by
    digit group; unless a measure or a container follows (`is_measure`), where the first
    number counts ("two twenty litre drums", "four twenty packs"). A round hundred with a lone
    letter that ends the words is a model too ("the six hundred d"). Three or more digits
    read one by one are a code whatever follows ("five seven five pp", "the seven oh one six
    two boxes"); of five or more before a container the last counts ("... one box")."""
    n = len(words)
    run = digit_run_end(words, i)
    if run - i >= 3 and words[i] != "zero" and words[i] != "oh" and (
            "oh" in words[i:run] or run - i >= 4 or run == n or not is_measure(words[run])):
        # "five seven five pp", "the seven oh one six": three or more digits read one by one
        # make no amount; "seven oh one six one box": the last digit before a container counts
        return run - 1 if run - i >= 5 and run < n and is_measure(words[run]) else run
    if i + 1 < n and words[i] in QUANTITY_UNITS and words[i] != "zero":
        second = _number_base(words[i + 1])
        if second == "oh" and i + 2 < n and _number_base(words[i + 2]) in QUANTITY_UNITS:
            return i + 3  # "the three oh five" (305)
        if second in TENS or second in TEENS:
            e = i + 2
            if _plural_number(words, i + 1, e) and not (i > 0 and words[i - 1] == "the"):
                return None  # "two twenty eights": two of them; "the five forty fives": a name
            if second in TENS and second == words[i + 1] and e < n and words[e] in QUANTITY_UNITS:
                e += 1  # "seven fifty one"
            if e < n and is_measure(words[e]):
                return None
            # said alone it needs "the" before it or a plural ("the two fifty", "four thirteens")
            return e if e < n or second != words[i + 1] or i > 0 and words[i - 1] == "the" else None
    value, e = _word_value(words, i)
    if value and _plural_number(words, i, e):
        return e + 1  # "the gatorskin twenty eights", "four gp five thousands"
    nxt = _number_base(words[e]) if value and e < n else ""
    if e > i + 1 and (nxt in TENS or nxt in TEENS) and words[e - 1] not in SCALES:
        # "the twenty four seventy" (24-70): a whole number, then another, read out as a code
        end = e + 1 + (nxt in TENS and nxt == words[e] and e + 1 < n and words[e + 1] in QUANTITY_UNITS)
        return None if end < n and is_measure(words[end]) else end
    if value and value % 100 == 0 and e == n - 1 and words[e - 1] in SCALES and \
            len(words[e]) == 1 and words[e].isalpha() and words[e] not in _MEASURE_LETTERS:
        return e + 1
    return None


def digit_run_end(words: list[str], i: int) -> int:
    """Index after the digits said one by one from words[i] ("seven oh one six" -> i + 4)."""
    j = i
    while j < len(words) and words[j] in UNITS:
        j += 1
    return j


def digit_run_start(words: list[str], e: int) -> int:
    """Index of the first of the digits said one by one that end at words[e - 1]."""
    j = e
    while j > 0 and words[j - 1] in UNITS:
        j -= 1
    return j


def spoken_place(words: list[str]) -> list[str]:
    """Numbers inside a place said the way people read them out, as digits.

    "shelf b three" -> shelf b3; "room two oh four" -> room 204; "bin twelve" -> bin 12;
    "room one twelve" -> room 112; "aisle twenty one" -> aisle 21.
    A single letter joins the number after it ("b three" -> b3, "shelf a two" -> shelf a2); a
    leading "a" stays apart, as it may be a determiner.
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS or w in TEENS or w in TENS:
            # read digit groups: 'two oh four' -> '2','0','4'; 'twenty one' -> '21'
            groups: list[str] = []
            while i < len(words):
                w = words[i]
                if w in TENS:
                    value = TENS[w]
                    if i + 1 < len(words) and words[i + 1] in UNITS and words[i + 1] not in ("oh", "zero"):
                        value += UNITS[words[i + 1]]
                        i += 1
                    groups.append(str(value))
                elif w in TEENS:
                    groups.append(str(TEENS[w]))
                elif w in UNITS:
                    groups.append(str(UNITS[w]))
                elif w == "hundred" and groups:
                    groups[-1] = str(int(groups[-1]) * 100)
                else:
                    break
                i += 1
            digits = "".join(groups)
            if _joins_letter(out):
                out[-1] += digits
            else:
                out.append(digits)
            continue
        if w.isdigit() and _joins_letter(out):
            out[-1] += w
        elif len(w) == 1 and w.isalpha() and i + 1 == len(words) and out and out[-1].isdigit():
            out[-1] += w  # "up to three b", "unit seven a": the letter that ends the place is its
        else:
            out.append(w)
        i += 1
    return out


def _joins_letter(out: list[str]) -> bool:
    """Whether the last word said is a lone letter that a following number belongs to."""
    if not out or len(out[-1]) != 1 or not out[-1].isalpha():
        return False
    return not (out[-1] == "a" and len(out) == 1)
