"""The rule families' own example sentences (tests/nlp/data/sentences.jsonl, one row per
sentence, its id naming the family: verbs-, shapes-, quantities-, units-, multi-, spoken-,
places-, nothing-, ...). Each row is a test; it checks every slot and that nothing extra is
parsed."""
from __future__ import annotations

import pytest

from nlp import parse
from nlp_testkit import SENTENCES, differences, load_rows

ROWS = load_rows(SENTENCES)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_sentence(row):
    # GIVEN an example of a rule family  WHEN parsed  THEN exactly the labelled items come out
    items = [item.to_dict() for item in parse(row["text"]).items]
    assert differences(row["expect"], items) == [], row["text"]


def test_every_family_has_examples():
    families = {r["family"] for r in ROWS}
    assert {"verbs", "shapes", "quantities", "units", "multi", "spoken", "places", "nothing",
            "repairs", "abbrev", "headings", "people", "speech", "followups", "terse", "counts",
            "lists", "events"} <= families


def test_ids_are_unique():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
