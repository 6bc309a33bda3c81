"""Rule family: bad input. Decides, before any parsing, whether a text can be an inventory
statement at all, and cleans what can be cleaned without moving character offsets.

    ""  / "   "                   -> "empty input"
    10 kB of text                 -> "input too long: 10240 characters (limit 1000)"
    "🔧🔧🔧"                       -> "no words"
    "12 34 56"                    -> "only numbers"
    "移动电钻到车库"               -> "not English"
    "mueve el taladro al garaje"  -> "not English" (several common words of other languages)
    "moved\\x00 the drill"         -> control characters become spaces; parsed as usual

The limit is MAX_INPUT_CHARS: a spoken or typed intake is one or a few sentences; anything much
longer is a paste or an attack, and parsing it would only produce guesses.
"""
from __future__ import annotations

import unicodedata

MAX_INPUT_CHARS = 1000

# Frequent function words of other languages written in Latin script, absent from English.
_FOREIGN = frozenset({
    "el", "los", "las", "del", "y", "que", "una", "por", "para", "con", "es", "está", "en",
    "les", "des", "et", "est", "une", "dans", "sur", "du", "aux", "avec", "le",
    "der", "das", "und", "ist", "nicht", "ein", "eine", "mit", "zum", "zur", "im", "auf",
    "il", "di", "che", "della", "nel", "sono", "och", "att", "het", "een", "niet", "ik",
    "não", "uma", "ao", "pero", "muy", "je", "nous", "vous", "los", "wir", "ich",
})
# curly quotes and dashes as their ASCII forms (same length, so offsets stay)
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def clean(text: str) -> str:
    """Control characters, emoji and other symbols become spaces (one for one, so that character
    spans still point into the text given); typographic quotes become ASCII. A line break stays:
    it parts the entries of a pasted list (`tokens.tokenize`)."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text.translate(_SAME_LENGTH):
        cat = unicodedata.category(ch)
        if ch == "\n":
            out.append(ch)
        elif cat[0] == "C" or cat in ("So", "Sk", "Cs", "Co", "Mn") and ch not in "→":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def check(text: object) -> str | None:
    """Why `text` cannot hold an inventory statement, or None when it may."""
    if not isinstance(text, str):
        return f"input is not text ({type(text).__name__})"
    if len(text) > MAX_INPUT_CHARS:
        return f"input too long: {len(text)} characters (limit {MAX_INPUT_CHARS})"
    cleaned = clean(text)
    if not cleaned.strip():
        return "empty input" if not text.strip() else "no words (only control characters or symbols)"
    if cleaned.isascii():
        letters = [ch for ch in cleaned if ch.isalpha()]
        if not letters:
            return "only numbers, no words" if any(ch.isdigit() for ch in cleaned) else \
                "no words (only punctuation or symbols)"
        return _foreign(cleaned)
    letters = [ch for ch in cleaned if ch.isalpha()]
    if not letters:
        if any(ch.isdigit() for ch in cleaned):
            return "only numbers, no words"
        return "no words (only punctuation or symbols)"
    non_latin = sum(1 for ch in letters if not _latin(ch))
    if non_latin > len(letters) / 2:
        return "not English (the text is mostly in another script)"
    return _foreign(cleaned)


def _foreign(cleaned: str) -> str | None:
    words = [w.strip(".,;:!?¿¡\"'()").lower() for w in cleaned.split()]
    foreign = sum(1 for w in words if w in _FOREIGN)
    if foreign >= 2 and foreign >= len(words) / 4:
        return "not English (looks like another language)"
    return None


def _latin(ch: str) -> bool:
    try:
        return "LATIN" in unicodedata.name(ch)
    except ValueError:
        return False
