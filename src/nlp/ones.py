"""Rule family: "ones" names the thing the note is about.

A note that opens with a name, then says amounts of "ADJ ones", means that name each time:

    "tent pegs - bought 100 steel ones, 50 plastic ones"  -> steel tent pegs, plastic tent pegs
    "hangers!!! we have like 3 wooden ones left"          -> wooden hangers
    "mugs: we have 6 blue ones in the kitchen"            -> blue mugs
    "the lead weights four pound ones we counted forty"   -> lead weights four pound

The opening name is a few plain words before a break (":", "-", "!", ",") or before a subject
pronoun ("hangers we have ..."), with no verb, number or determiner. Without one, "ones" stays
for the matcher to judge ("the small ones").
"""
from __future__ import annotations

from . import verbs as V
from .numbers import is_number_word
from .places import DETERMINERS
from .tokens import Tok

MAX_TOPIC_WORDS = 3
_BREAKS = frozenset({":", "-", "–", "—", "!", ","})
_SUBJECTS = frozenset({"we", "i", "they", "you"})


def note_topic(toks: list[Tok]) -> list[Tok] | None:
    """The name a note opens with (see the module doc), or None."""
    words = [t.text for t in toks]
    for k in range(1, min(MAX_TOPIC_WORDS, len(words) - 1) + 1):
        if words[k] in _BREAKS or words[k] in _SUBJECTS:
            head = words[:k]
            if all(w.isalpha() and w not in DETERMINERS and not is_number_word(w) and w != "ones"
                   and not (V.lookup(head, j) and not V.maybe_noun(w)) for j, w in enumerate(head)):
                return toks[:k]
            return None
    return None


def name_the_ones(product: list[Tok], topic: list[Tok] | None) -> list[Tok]:
    """'steel ones' -> 'steel tent pegs' when the note opened with 'tent pegs'; 'lead weights
    four pound ones' -> 'lead weights four pound' (the name, then which of them)."""
    if len(product) >= 3 and product[-1].text == "ones" and product[0].text.isalpha() and \
            not is_number_word(product[0].text) and \
            any(is_number_word(t.text) or t.text[:1].isdigit() for t in product[1:-1]):
        return product[:-1]
    if not topic or len(product) < 2 or product[-1].text not in ("ones", "one") or \
            not all(t.text.isalpha() for t in product[:-1]):
        return product
    at = product[-1]
    return product[:-1] + [Tok(t.text, at.start, at.end) for t in topic]
