"""The catalog's names as a speech-recognition vocabulary.

Amazon Transcribe takes a custom vocabulary as a tab-separated table (Phrase, SoundsLike, IPA,
DisplayAs; only Phrase and DisplayAs are still used) of at most 50 KB, and rejects a whole table
for one bad phrase. A Phrase may hold only letters, apostrophes, hyphens between words and
periods after spoken letters: no digits, no spaces. So "shelf B3" becomes the phrase
"shelf-B.-three" displayed as "shelf B3", and "nitrile gloves" becomes "nitrile-gloves".

When the catalog outgrows 50 KB, entries are kept in a fixed order (all locations, then
products newest first: a product said today was most likely added recently) and the rest
dropped; the table is then written sorted, so the same catalog always gives the same bytes
and the same fingerprint.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

MAX_TABLE_BYTES = 50_000      # Transcribe's limit is "50 Kb"; stay under either reading
MAX_PHRASE_CHARS = 256
HEADER = "Phrase\tSoundsLike\tIPA\tDisplayAs"

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_RUNS = re.compile(r"[A-Za-z']+|[0-9]+")


def number_words(digits: str) -> list[str]:
    """'12' -> ['twelve'], '305' -> ['three', 'hundred', 'five']; a leading zero or more than
    four digits is read digit by digit, as people read part and bin codes."""
    if digits.startswith("0") and len(digits) > 1 or len(digits) > 4:
        return [_ONES[int(d)] for d in digits]
    n = int(digits)
    words: list[str] = []
    if n >= 1000:
        words += [_ONES[n // 1000], "thousand"]
        n %= 1000
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10])
        n %= 10
        if n:
            words.append(_ONES[n])
    elif n or not words:
        words.append(_ONES[n])
    return words


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_for(name: str) -> str | None:
    """The Transcribe Phrase for a catalog name; None when nothing speakable is left."""
    parts: list[str] = []
    for run in _RUNS.findall(_ascii(name).replace("&", " and ")):
        if run[0].isdigit():
            parts += number_words(run)
            continue
        run = run.strip("'")
        if not run:
            continue
        if len(run) == 1 or (run.isupper() and len(run) <= 4):
            parts.append("".join(f"{c.upper()}." for c in run if c.isalpha()))  # spelled: U.S.B.
        else:
            parts.append(run.lower())
    phrase = "-".join(parts)
    return phrase if phrase and len(phrase) <= MAX_PHRASE_CHARS else None


def display_for(name: str) -> str:
    return " ".join(name.split())[:MAX_PHRASE_CHARS]  # no tabs or newlines inside a cell


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Names to bias recognition toward, and their Transcribe table."""

    products: tuple[str, ...]
    locations: tuple[str, ...]
    table: str
    dropped: int = 0   # names left out to stay under MAX_TABLE_BYTES

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.table.encode()).hexdigest()[:16]

    @property
    def empty(self) -> bool:
        return self.table == HEADER + "\n"


def build_vocabulary(products: list[str], locations: list[str],
                     max_bytes: int = MAX_TABLE_BYTES) -> Vocabulary:
    """`products` oldest first (as stored), `locations` in any order."""
    rows: dict[str, str] = {}       # phrase (lowercased) -> table row
    size = len(HEADER.encode()) + 1
    dropped = 0
    ordered = [n for n in locations] + list(reversed(products))
    for name in ordered:
        phrase = phrase_for(name)
        if phrase is None or phrase.lower() in rows:
            continue
        row = f"{phrase}\t\t\t{display_for(name)}"
        cost = len(row.encode()) + 1
        if size + cost > max_bytes:
            dropped += 1
            continue  # a shorter later name may still fit: deterministic either way
        rows[phrase.lower()] = row
        size += cost
    table = "\n".join([HEADER, *sorted(rows.values(), key=str.lower)]) + "\n"
    return Vocabulary(products=tuple(products), locations=tuple(locations), table=table,
                      dropped=dropped)
