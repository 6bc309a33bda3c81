"""The matcher on the dev sets' gold product words: floors that tuning must not go below."""
import json

from conftest import SAMPLES
from products.evaluation import catalog_from, score_matcher

# Reached on the four dev sets together on 2026-11-22 (99.0% overall, existing 98.9, new 99.6,
# ambiguous 97.7); kept a little below.
FLOOR_OVERALL = 98.5
FLOOR_EXISTING = 98.0
FLOOR_NEW = 98.5
FLOOR_AMBIGUOUS = 96.0


def test_matcher_meets_its_floors_on_the_dev_sets():
    catalog = catalog_from(json.loads((SAMPLES / "catalog.json").read_text()))
    rows = [json.loads(line) for path in sorted(SAMPLES.glob("devset*.jsonl"))
            for line in path.read_text().splitlines() if line.strip()]
    score = score_matcher(catalog, rows)
    report = "\n".join(map(str, score.misses))
    assert score.pct() >= FLOOR_OVERALL, report
    assert score.pct("existing") >= FLOOR_EXISTING, report
    assert score.pct("new") >= FLOOR_NEW, report
    assert score.pct("ambiguous") >= FLOOR_AMBIGUOUS, report
