"""Scores the matcher alone on labelled rows (eval/FORMAT.md `resolves_to`), given the gold
product words: what the tests' floors and bench/tune_matcher.py measure."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from products.matching import Catalog


@dataclass
class MatcherScore:
    total: dict[str, int] = field(default_factory=lambda: {"existing": 0, "new": 0, "ambiguous": 0})
    right: dict[str, int] = field(default_factory=lambda: {"existing": 0, "new": 0, "ambiguous": 0})
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, said, wanted, got

    def pct(self, kind: str | None = None) -> float:
        total = sum(self.total.values()) if kind is None else self.total[kind]
        right = sum(self.right.values()) if kind is None else self.right[kind]
        return round(100.0 * right / total, 1) if total else 100.0


def catalog_from(data: dict) -> Catalog:
    """A Catalog from the eval format's {"products": [...], "locations": [...]}."""
    catalog = Catalog()
    for i, name in enumerate(data.get("products", []), 1):
        catalog.add_product(i, name)
    for i, name in enumerate(data.get("locations", []), 1):
        catalog.add_location(i, name)
    return catalog


def score_matcher(catalog: Catalog, rows: Iterable[dict]) -> MatcherScore:
    score = MatcherScore()
    for row in rows:
        for item in row["expect"]:
            wanted = item.get("resolves_to")
            if wanted is None:
                continue
            said = item["product"][0] if isinstance(item["product"], list) else item["product"]
            res = catalog.resolve_product(said)
            got = {"new": "NEW", "ambiguous": "AMBIGUOUS"}.get(res.outcome, res.name)
            kind = {"NEW": "new", "AMBIGUOUS": "ambiguous"}.get(wanted, "existing")
            score.total[kind] += 1
            if got == wanted:
                score.right[kind] += 1
            else:
                score.misses.append((row["id"], said, wanted, str(got)))
    return score
