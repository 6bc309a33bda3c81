"""Helpers the matcher tests share: a catalog of plain names, and a resolution checked against
scoring every name (the index must never change the answer)."""
from products.matching import Catalog


def catalog_of(names):
    cat = Catalog()
    for i, name in enumerate(names, 1):
        cat.add_product(i, name)
    return cat


def resolved(cat, said):
    """The resolution, checked against scoring every name."""
    res, slow = cat.resolve_product(said), cat.products.resolve_brute_force(said)
    assert (res.outcome, res.id, res.score) == (slow.outcome, slow.id, slow.score), said
    return res


# a few names of other trades in every small catalog, so a rule cannot win by being the only name
FILLER = ["claw hammer", "step ladder", "wood screws", "duct tape", "bleach 5l"]


def label(res):
    """The product matched, or NEW / AMBIGUOUS."""
    return res.name if res.outcome == "matched" else res.outcome.upper()


def answer(names, said, filler=FILLER):
    """The product a small catalog (names plus `filler`) matches, or NEW / AMBIGUOUS."""
    return label(resolved(catalog_of(list(names) + list(filler)), said))
