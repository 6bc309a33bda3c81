"""A finished draft becomes the `Item` the parser returns: the text of each field, the
character spans behind it, and how sure the parser is of it.

Confidence starts at BASE_CONFIDENCE and drops by a factor for each guess a rule had to make,
so a caller can ask a person about the items the rules were least sure of.
"""
from __future__ import annotations

from .drafts import Draft
from .model import Item, Span
from .numbers import spoken_place
from .places import strip_leading
from .tokens import Tok

# How sure an item is starts here and drops by these factors when a rule had to guess.
BASE_CONFIDENCE = 0.95
PENALTY = {
    "fuzzy_verb": 0.75,       # the event word was a near miss ("recieved")
    "no_verb": 0.7,           # no event word: the shape alone ("drill in the van")
    "guessed_trigger": 0.85,  # a weak event word ("new: ...")
    "take": 0.93,             # take/throw: the event was decided by the places said
    "pronoun": 0.9,           # the product came from an earlier "it"/"them"
    "shared_place": 0.92,     # the place was said for another item of the sentence
    "subject_object": 0.9,    # the item was the subject of an active verb ("drill moved to van")
    "trailing_quantity": 0.9, # the number came after the name ("paper towels 4")
    "number_in_name": 0.95,   # a number was kept in the name ("20 amp breaker")
    "long_product": 0.85,     # more than four words: the boundary may be off
    "bare_place": 0.9,        # a place said without a preposition ("..., room 204")
}


def _span(toks: list[Tok] | None) -> Span | None:
    if not toks:
        return None
    return (min(t.start for t in toks), max(t.end for t in toks))


def _text(toks: list[Tok]) -> str:
    out = ""
    for k, t in enumerate(toks):
        if out and not t.text.startswith("'") and not out.endswith("/") and not (
                toks[k - 1].end == t.start and toks[k - 1].text[-1:].isdigit() and t.text.isalpha()):
            # (a measure written on its number stays so: "co2 20lb tank", not "20 lb")
            out += " "
        out += t.text
    return out


def _place_text(toks: list[Tok] | None) -> tuple[str | None, list[Tok] | None]:
    if not toks:
        return None, None
    words = [t.text for t in toks]
    k = strip_leading(words, keep_relative=True)
    kept = [t for t in toks[k:] if not t.is_punct or t.text in ("-", "/")]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    if not kept:
        return None, None
    return " ".join(spoken_place([t.text for t in kept])), kept


def finish(d: Draft, hints) -> Item:
    d.product = sorted(d.product, key=lambda t: t.start)
    product = _text(d.product)
    location, loc_toks = _place_text(d.location)
    from_location, from_toks = _place_text(d.from_location)
    pens = list(d.penalties)
    if len(d.product) > 4:
        pens.append("long_product")
    confidence = BASE_CONFIDENCE
    for p in pens:
        confidence *= PENALTY[p]
    spans: dict[str, Span] = {}
    for name, toks in (("product", d.product), ("location", loc_toks), ("from_location", from_toks),
                       ("quantity", d.np.quantity_toks if d.np and d.quantity == d.np.quantity else None),
                       ("unit", [d.np.unit_tok] if d.np and d.np.unit_tok else None),
                       ("event_type", None)):
        sp = _span(toks)
        if sp:
            spans[name] = sp
    if d.trigger is not None and d.trigger.chars:
        spans["event_type"] = d.trigger.chars
    return Item(event_type=d.event, product=product, quantity=d.quantity, unit=d.unit,
                location=location, from_location=from_location,
                confidence=round(max(0.05, min(1.0, confidence)), 2), spans=spans)
