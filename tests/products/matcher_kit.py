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
