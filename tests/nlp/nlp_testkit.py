"""Helpers for the parser tests: load labelled rows and compare items as leniently as the
project's scorer does (lowercase, no punctuation or determiners, singular nouns, number words as
digits, "b three" = "b3", "two oh four" = "204"). Written here so the tests import nothing from
outside the repository."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DEVSET = SAMPLES / "devset.jsonl"
KNOWN_FAILURES = SAMPLES / "devset_known_failures.txt"
# the labelled dev sets the generated tests run over: name -> (rows, known failures)
DEVSETS = {name: (SAMPLES / f"{name}.jsonl", SAMPLES / f"{name}_known_failures.txt")
           for name in ("devset", "devset2", "devset3", "devset4", "devset5", "devset6", "devset7",
                        "devset8", "devset9", "devset10", "devset11", "devset13", "devset15",
                        "devset16", "devset17", "devset18", "devset19", "devset20", "devset21",
                        "devset22", "devset23", "devset24", "devset25", "devset26",
                        "devset27", "devset28", "devset29", "devset30", "devset31", "devset32",
                        "devset33", "devset34", "devset35", "devset36", "devset37", "devset38",
                        "devset39", "devset40", "devset41", "devset42")}


def catalog_path(name: str) -> Path:
    """The catalog a dev set was written against: its own (devset7, devset8) or the shared one."""
    own = SAMPLES / f"{name}_catalog.json"
    return own if own.exists() else SAMPLES / "catalog.json"


SENTENCES = Path(__file__).resolve().parent / "data" / "sentences.jsonl"
FIELDS = ("event_type", "product", "location", "from_location", "quantity", "unit")

_DIGIT_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_DIGIT_WORDS["oh"] = 0
_TENS_WORDS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_DROP = {"the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "some", "this", "that",
         "these", "those"}
_PLACE_LEADS = {"in", "on", "at", "to", "into", "onto", "inside", "from", "of", "out"}
_PLURALS = {"feet": "foot", "boxes": "box", "knives": "knife", "shelves": "shelf", "leaves": "leaf",
            "men": "man", "teeth": "tooth", "mice": "mouse", "glasses": "glasses"}


def _singular(word: str) -> str:
    if word in _PLURALS:
        return _PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and re.search(r"(ch|sh|x|z|ss)es$", word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def norm(text, place: bool = False):
    """The comparable form of a product or place name (None stays None)."""
    if text is None:
        return None
    words = re.findall(r"[a-z0-9]+", str(text).lower().replace("'s", ""))
    out: list[str] = []
    for w in words:
        n = _DIGIT_WORDS.get(w, _TENS_WORDS.get(w))
        if w == "no" and place:
            n = 0
        if n is None:
            out.append(w)
        elif out and out[-1].isdigit() and int(out[-1]) >= 20 and int(out[-1]) % 10 == 0 and n < 10:
            out[-1] = str(int(out[-1]) + n)
        else:
            out.append(str(n))
    joined: list[str] = []
    for w in out:
        if joined and place and w.isdigit() and len(w) == 1 and joined[-1].isdigit():
            joined[-1] += w
        elif joined and w.isdigit() and len(joined[-1]) == 1 and joined[-1].isalpha():
            joined[-1] += w
        else:
            joined.append(w)
    kept = [w for w in joined if w not in _DROP]
    if place:
        while kept and kept[0] in _PLACE_LEADS:
            kept = kept[1:]
    return " ".join(_singular(w) for w in kept)


def _same(gold, pred, place=False) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    return any(norm(g, place) == norm(pred, place) for g in options)


def _qty(value):
    return None if value is None else float(value)


def field_ok(name: str, gold: dict, pred: dict) -> bool:
    g, p = gold.get(name), pred.get(name)
    if name == "event_type":
        return g == p
    if name == "product":
        return _same(g, p)
    if name in ("location", "from_location"):
        return (g is None and not p) or (g is not None and _same(g, p, place=True))
    if name == "quantity":
        return _qty(g) == _qty(p)
    if name == "unit":
        return norm(g) == norm(p) if (g or p) else True
    raise KeyError(name)


def score_rows(rows: list[dict], items_of: Callable[[str], list[dict]]) -> dict[str, float]:
    """score.py's per-field percentages for these rows, `items_of(text)` giving the parsed items
    as dicts: each field, item_exact and nothing_when_nothing_said."""
    right = dict.fromkeys(list(FIELDS) + ["item_exact"], 0)
    n_items = noop = noop_ok = 0
    for row in rows:
        items = items_of(row["text"])
        if not row["expect"]:
            noop += 1
            noop_ok += not items
            continue
        for k, gold in enumerate(row["expect"]):
            pred = items[k] if k < len(items) else {}
            n_items += 1
            oks = {name: field_ok(name, gold, pred) for name in FIELDS}
            for name, ok in oks.items():
                right[name] += ok
            right["item_exact"] += all(oks[n] for n in ("event_type", "product", "location", "quantity"))
    scores = {name: 100.0 * v / n_items for name, v in right.items()}
    scores["nothing_when_nothing_said"] = 100.0 * noop_ok / noop if noop else 100.0
    return scores


def differences(expect: list[dict], items: list[dict]) -> list[str]:
    """What differs between the gold items and the parsed ones, in order; [] when all agree and
    nothing extra was parsed."""
    problems = []
    if len(items) != len(expect):
        problems.append(f"{len(items)} items parsed, {len(expect)} expected")
    for k, (g, p) in enumerate(zip(expect, items)):
        for name in FIELDS:
            if not field_ok(name, g, p):
                problems.append(f"item {k}: {name} {p.get(name)!r} != {g.get(name)!r}")
    return problems


def load_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """id -> reason, from a known-failures list such as samples/devset_known_failures.txt ('#'
    starts a comment)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rid, _, reason = line.partition(" ")
            out[rid] = reason.strip()
    return out


# a few names of other trades in every small made-up catalog, so a rule cannot win by being the
# only name (the catalog-container tests)
FILLER_NAMES = ("claw hammer", "step ladder", "wood screws", "duct tape", "bleach 5l")


def small_catalog_hints(products, locations):
    """The matcher's hints over a small made-up catalog: the products, FILLER_NAMES, the places."""
    from products.evaluation import catalog_from

    return catalog_from({"products": list(products) + list(FILLER_NAMES),
                         "locations": list(locations)}).hints


def read_fields(text: str, hints=None) -> list[tuple]:
    """(product, quantity, unit, location) of each parsed item."""
    from nlp import parse

    return [(i.product, i.quantity, i.unit, i.location) for i in parse(text, hints).items]
