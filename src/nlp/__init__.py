"""The parser: one sentence of text -> the inventory items said in it.

    >>> from nlp import parse
    >>> parse("moved the cordless drill to shelf b3 in the garage").items[0].location
    'shelf b3 in the garage'

Pure: no storage, network or environment access. spaCy is loaded on the first call
(`warm_up()` loads it ahead). See docs/parser.md.
"""
from .guard import MAX_INPUT_CHARS
from .model import EVENT_TYPES, CatalogHints, Item, Parse
from .parser import parse
from .tokens import warm_up

__all__ = ["parse", "warm_up", "Item", "Parse", "CatalogHints", "EVENT_TYPES", "MAX_INPUT_CHARS"]
