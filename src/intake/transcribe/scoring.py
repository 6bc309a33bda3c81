"""How good a transcript is: word error rate, and whether the parser and matcher record the
right thing from it. Used by bench/voice_accuracy.py and tests/transcribe.

Expected items are written as in samples/audio/clips.jsonl and samples/devset.jsonl:
  {"event_type": "moved", "resolves_to": "red ladder" | "NEW" | "AMBIGUOUS",
   "location": "tool shed" | null,
   "product": "orbital sander"}   # as said, or a list of ways; needed for NEW
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import default_lexicon


def spoken(text: str) -> list[str]:
    """Words as said, so that "shelf a2" and "shelf a two", "hp" and "h p" compare equal:
    codes are expanded to their first spoken form, runs of single letters joined."""
    lex = default_lexicon()
    words: list[str] = []
    for token in text.lower().split():
        token = token.strip(".,!?;:\"")
        if not token:
            continue
        if words and words[-1] in ("double", "triple") and len(token) == 1 and token.isalpha():
            words[-1] = token * (2 if words[-1] == "double" else 3)  # "double a" is "aa"
            continue
        if any(ch.isdigit() for ch in token) or "-" in token or "/" in token:
            forms = lex.spoken_forms(token)
            words.extend(forms[0] if forms else (token,))
        else:
            words.append(token)
    return _numbers_as_digits(_join_letters(words))


_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_SMALL["oh"] = 0
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty "
                                         "ninety".split()) if w != "_"}


def _numbers_as_digits(words: list[str]) -> list[str]:
    """Runs of number words as one digit string: "two oh four", "two hundred four" -> 204;
    "twenty five" -> 25. "oh" only inside a run."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (words[j] in _SMALL or words[j] in _TENS
                                  or (j > i and words[j] in ("hundred", "thousand"))):
            if words[j] == "oh" and j == i:
                break
            j += 1
        if j == i:
            out.append(words[i])
            i += 1
            continue
        out.append(_value(words[i:j]))
        i = j
    return out


def _value(run: list[str]) -> str:
    if "hundred" in run or "thousand" in run:
        total, part = 0, 0
        for w in run:
            if w == "hundred":
                part = max(part, 1) * 100
            elif w == "thousand":
                total, part = (total + max(part, 1)) * 1000, 0
            else:
                part += _SMALL.get(w, 0) + _TENS.get(w, 0)
        return str(total + part)
    digits = ""
    pending_tens = None
    for w in run:
        if w in _TENS:
            if pending_tens is not None:
                digits += str(pending_tens)
            pending_tens = _TENS[w]
        elif pending_tens is not None and _SMALL[w] < 10:
            digits += str(pending_tens + _SMALL[w])
            pending_tens = None
        else:
            if pending_tens is not None:
                digits += str(pending_tens)
                pending_tens = None
            digits += str(_SMALL[w])
    if pending_tens is not None:
        digits += str(pending_tens)
    return digits


def _join_letters(words: list[str]) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    for w in words + [""]:
        if len(w) == 1 and w.isalpha():
            run.append(w)
            continue
        if len(run) >= 2:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if w:
            out.append(w)
    return out


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance in words, number of reference words), after `spoken()`."""
    ref, hyp = spoken(reference), spoken(hypothesis)
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1], len(ref)


@dataclass(frozen=True)
class ItemCheck:
    right: bool             # every expected item found with its event, product and location
    found: list[dict]       # what the parser and matcher made of the text


def check_items(text: str, expected: list[dict], catalog) -> ItemCheck:
    """Parse `text` with nlp.parse (with the catalog's hints), resolve with the catalog
    (products.matching.Catalog) and compare with the expected items, in any order. Extra
    items count against."""
    from nlp import parse
    from products.naming import name_key

    found = []
    for it in parse(text, catalog.hints).items:
        res = catalog.resolve_product(it.product)
        loc = catalog.resolve_location(it.location) if it.location else None
        found.append({"event_type": it.event_type, "product": it.product,
                      "resolves_to": res.name if res.outcome == "matched" else res.outcome.upper(),
                      "location": it.location,
                      "location_resolves_to": loc.name if loc and loc.outcome == "matched" else None})

    def same_place(want: str | None, got: dict) -> bool:
        if want is None or got["location"] is None:
            return want is None and got["location"] is None
        return name_key(want) == name_key(got["location"]) or want == got["location_resolves_to"]

    def same_product(want: dict, got: dict) -> bool:
        if want["resolves_to"] == "NEW":
            said = want["product"] if isinstance(want["product"], list) else [want["product"]]
            return got["resolves_to"] == "NEW" and name_key(got["product"]) in map(name_key, said)
        return got["resolves_to"] == want["resolves_to"]  # a catalog name, or "AMBIGUOUS"

    left = list(found)
    for want in expected:
        hit = next((g for g in left if g["event_type"] == want["event_type"]
                    and same_product(want, g) and same_place(want.get("location"), g)), None)
        if hit is None:
            return ItemCheck(False, found)
        left.remove(hit)
    return ItemCheck(not left, found)
