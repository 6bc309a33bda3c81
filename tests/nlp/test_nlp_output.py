"""The shape of what parse() hands out: plain dataclasses, spans, confidence, hints."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import nlp
from nlp import Item, Parse, parse

SRC = Path(nlp.__file__).resolve().parent


def test_output_is_plain_data():
    result = parse("received 5 boxes of gloves at the loading dock")
    assert type(result) is Parse and all(type(i) is Item for i in result.items)
    for item in result.items:
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            assert type(value).__module__ == "builtins", (f.name, type(value))


def test_spans_cover_each_field():
    text = "Received 5 boxes of blue gloves at the loading dock"
    (item,) = parse(text).items
    said = {k: text[a:b] for k, (a, b) in item.spans.items()}
    assert said == {"product": "blue gloves", "quantity": "5", "unit": "boxes",
                    "location": "loading dock", "event_type": "Received"}


def test_confidence_is_lower_when_a_rule_guessed():
    sure = parse("moved the drill to the van").items[0].confidence
    typo = parse("moevd the drill to the van").items[0].confidence
    verbless = parse("the drill to the van").items[0].confidence
    pronoun = parse("took the drill from the van and put it in the shed").items[0].confidence
    assert 0 < typo < sure <= 1 and verbless < sure and pronoun < sure


class CountingHints:
    """A catalog stand-in that counts lookups."""

    def __init__(self):
        self.calls = 0

    def product_score(self, phrase):
        self.calls += 1
        return 100.0 if phrase in ("cordless drill 18v", "red ladder") else 0.0

    def location_score(self, phrase):
        self.calls += 1
        return 100.0 if phrase in ("server room", "break room", "kitchen") else 0.0

    def names_one_product(self, phrase):
        self.calls += 1
        return phrase in ("cordless drill 18v", "red ladder")


def test_hints_help_find_a_bare_place():
    hints = CountingHints()
    (item,) = parse("log new espresso machine server room", hints).items
    assert (item.product, item.location) == ("espresso machine", "server room")


def test_parser_works_without_hints_and_hints_never_break_it():
    class Broken:
        def product_score(self, phrase):
            raise RuntimeError("down")

        def location_score(self, phrase):
            raise RuntimeError("down")

        def names_one_product(self, phrase):
            raise RuntimeError("down")

    assert parse("moved the red ladder to the van", Broken()).items[0].product == "red ladder"
    assert parse("moved the red ladder to the van").items[0].product == "red ladder"


def test_parser_is_pure():
    # no storage, network, environment or spaCy type outside tokens.py
    banned = {"os", "sqlite3", "boto3", "botocore", "requests", "httpx", "socket", "urllib",
              "pymysql", "products", "intake"}
    for path in SRC.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [(node.module or "").split(".")[0]] if node.level == 0 else []
            else:
                continue
            assert not set(names) & banned, (path.name, names)
            if "spacy" in names:
                assert path.name == "tokens.py", path.name
