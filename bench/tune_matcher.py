"""Grid search over the matcher's thresholds on the dev set's gold product words.

    .venv/bin/python bench/tune_matcher.py [samples/devset.jsonl ...]   (default: every dev set)

Each dev set is scored against its own catalog, samples/<set>_catalog.json, when it has one
(the new-author sets), else samples/catalog.json; the figures are over all rows together.
Prints accuracy (overall / existing / new / ambiguous) for each setting, best first, and the
current constants' line; then each constant of SWEEP tried alone around its current value (the
others as they are), to keep the grid small. Thresholds are chosen here on the dev set only; the holdout set is
scored once with the chosen values, never searched.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from products import matching
from products.evaluation import MatcherScore, catalog_from, score_matcher

ROOT = Path(__file__).resolve().parents[1]
GRID = {
    "MATCH_MIN": [70.0, 75.0, 80.0, 85.0],
    "AMBIGUITY_GAP": [1.0, 2.0, 3.0, 5.0],
    "TOKEN_MATCH": [70.0, 75.0, 80.0],
    "SUBSET_PENALTY": [4.0, 8.0, 12.0],
}
SWEEP = {
    "SYNONYM_PENALTY": [0.0, 1.0, 2.0, 4.0, 8.0],
    "MISHEARD_PENALTY": [4.0, 8.0, 12.0, 16.0, 20.0],
    "ONE_WORD_SPELLING": [75.0, 80.0, 85.0, 90.0, 101.0],
    "FILLER_WORD_PENALTY": [0.0, 2.0, 4.0, 8.0],
}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv[1:]] or sorted((ROOT / "samples").glob("devset*.jsonl"))
    sets = [(_catalog_data(path), [json.loads(line) for line in path.read_text().splitlines()
                                   if line.strip()]) for path in paths]
    current = {name: getattr(matching, name) for name in GRID}
    results = []
    for values in itertools.product(*GRID.values()):
        setting = dict(zip(GRID, values))
        for name, value in setting.items():
            setattr(matching, name, value)
        s = _score(sets)
        results.append((s.pct(), s.pct("existing"), s.pct("new"), s.pct("ambiguous"), setting))
    for name, value in current.items():
        setattr(matching, name, value)
    results.sort(key=lambda r: r[:4], reverse=True)
    print(f"{'overall':>8} {'existing':>8} {'new':>6} {'ambig':>6}  setting")
    for r in results[:15]:
        print(f"{r[0]:8.1f} {r[1]:8.1f} {r[2]:6.1f} {r[3]:6.1f}  {r[4]}")
    mine = next(r for r in results if r[4] == current)
    print(f"\ncurrent: {mine[0]:.1f} {mine[1]:.1f} {mine[2]:.1f} {mine[3]:.1f}  {current}")
    for name, values in SWEEP.items():
        now = getattr(matching, name)
        print(f"\n{name} (now {now}):")
        for value in values:
            setattr(matching, name, value)
            s = _score(sets)
            print(f"{s.pct():8.1f} {s.pct('existing'):8.1f} {s.pct('new'):6.1f} {s.pct('ambiguous'):6.1f}  {value}")
        setattr(matching, name, now)
    return 0


def _catalog_data(path: Path) -> dict:
    own = path.with_name(path.stem + "_catalog.json")
    return json.loads((own if own.exists() else ROOT / "samples" / "catalog.json").read_text())


def _score(sets: list[tuple[dict, list[dict]]]) -> MatcherScore:
    """All sets' rows scored together, each against its own catalog."""
    total = MatcherScore()
    for data, rows in sets:
        s = score_matcher(catalog_from(data), rows)
        for kind in total.total:
            total.total[kind] += s.total[kind]
            total.right[kind] += s.right[kind]
        total.misses.extend(s.misses)
    return total


if __name__ == "__main__":
    sys.exit(main(sys.argv))
