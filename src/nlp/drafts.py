"""An item while the parser builds it: the tokens behind each field (for spans), the trigger it
came from and the noun phrase it was read from.

parser.py makes one per item a clause says ("took the drill from the van" -> removed, the
drill, from the van), followups.py merges and resolves them across clauses ("... and put it in
the shed"), and parser.py finishes each into an `Item`. It is apart so both can build one
without importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .phrases import NounPhrase
from .shapes import Trigger
from .tokens import Tok


@dataclass(slots=True)
class Draft:
    """An item being built, with the tokens behind each field (for spans)."""

    event: str
    product: list[Tok]
    quantity: int | float | None = None
    unit: str | None = None
    location: list[Tok] | None = None
    from_location: list[Tok] | None = None
    trigger: Trigger | None = None
    np: NounPhrase | None = None
    pronoun: str | None = None
    penalties: list[str] = field(default_factory=list)
    deictic: bool = False  # the place was "there"/"here": the place of the item before
