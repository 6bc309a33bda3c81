"""The sentences an intake can be said in: templates filled with the catalog's names.

A template is written as it is said (numbers in words, no punctuation), with
  {P}  a product phrase        ("the red ladder", "nitrile gloves small", "the drill")
  {PS} a product in the plural, after a quantity ("red ladders")
  {L}  a location              ("garage", "shelf a2")
  {Q}  a quantity              ("two", "twenty five", "a dozen")
  {U}  a unit in the plural    ("boxes", "rolls")
  (a|b|)  alternatives, one of which may be empty; [x] is (x|).

`sentences()` fills every template often enough that each name is seen in it (names cycle
through the slots) and weights each filled sentence by 1/fills, so that a template weighs the
same whatever the size of the catalog. The total is capped (MAX_SENTENCES): past the cap each
name is seen in fewer templates, and the build time stops growing with the catalog except for
the vocabulary itself.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from .lexicon import number_words

MAX_SENTENCES = 60_000   # filled sentences per model, whatever the catalog size
MAX_PRODUCTS = 5_000     # names past these are left out of the model (the matcher still has them)
MAX_LOCATIONS = 1_000
OPEN_FILLS_PER_TEMPLATE = 150  # sentences per template whose product is an everyday word

# One line per way of saying it; kept in the four event families the parser knows.
TEMPLATES = """
# added
(received|got|got in|we got in|bought|picked up|ordered) {Q} {PS}
(received|got in|bought|we got) {Q} {U} of {P}
(received|got in|delivered) {Q} {PS} (at|to) [the] {L}
(received|we got in|got) {Q} {U} of {P} (at|in|for) [the] {L}
(add|added|log|logged) {Q} {PS} to [the] {L}
(add|added|log|new) {P}
(added|logged|stocked) {P} (in|on|to) [the] {L}
(restocked|stocked|refilled) [the] {L} with {Q} {U} of {P}
(restocked|stocked|refilled) [the] {L} with {P}
[we] (found|bought|received) (a|an|the|another|a new) {P} [in the {L}]
{Q} {PS} (came in|arrived) [today]
the {P} (came in|arrived|got delivered) [today]
(received|got in|added|bought) {Q} {U} of {P} and {Q} {U} of {P} [(to|at|for) the {L}]
(received|got in|added|bought) {Q} {PS} and {Q} {PS}
the new {P} (is|are) in [the] {L}
# moved
(moved|move|took|brought|carried|put|returned|relocated|transferred) {D} {P} (to|into|in|on) [the] {L}
(moved|put|took) [the] {P} (to|in|on) [the] {L} in the {L}
(moved|move|took|transferred) {Q} {PS} (to|into) [the] {L}
(moved|took|brought|transferred) [the] {P} from [the] {L} to [the] {L}
(moved|took) {Q} {PS} from [the] {L} to [the] {L}
(put|placed|keep|store|left) {D} {P} (in|on|at) [the] {L}
(put|placed|put back|returned) [the] {P} back (in|on|to) [the] {L}
(moved|put|took) [the] {P} and [the] {P} (to|in) [the] {L}
the {P} (is|are) (now|) in the {L} [now]
the {P} (goes|go|belongs|belong) (in|on|to) [the] {L}
the {P} (was|were) moved (to|from) the {L}
{P} (to|in|on) [the] {L}
{P} (to|in) [the] {L} [and] {P} (to|in) [the] {L}
(moved|took|put) {D} {P} (to|in) [the] {L} (today|this morning|yesterday|now|again)
# removed
(used|we used|used up|took|sold|lost|broke|we lost|gave away|threw out) {Q} {PS}
(used|we used|took|sold) {Q} {U} of {P}
(used|took|removed) {Q} {PS} from [the] {L}
(used|took out|removed) {Q} {U} of {P} (from|in) [the] {L}
(threw away|threw out|tossed|got rid of|scrapped|sold|lost|broke|returned|donated) {D} {P}
(took|removed|took out) {D} {P} (from|out of) [the] {L}
(someone|we|i|) (borrowed|took|lost|broke|checked out) {D} {P} [(today|this morning|yesterday)]
the {P} (is|was) (broken|gone|missing|stolen|used up)
the {P} (was|were) (stolen|thrown out|used up|taken) from the {L}
# counted
(we have|we've got|there are|there's|i counted|counted) {Q} {PS} (in|on|at) [the] {L}
(we have|there are|counted) {Q} {U} of {P} (in|on) [the] {L}
(we have|we've got|there are|counted) {Q} {PS}
(only|just) {Q} {PS} left [in the {L}]
(only|just) {Q} {U} of {P} left
(we're|we are) (out of|low on|down to {Q}) {PS}
(ran out of|no more|out of|we're out of|we ran out of) {P} [in the {L}]
(stocktake|stock count|count) [for] [the] {L} {P} {Q}
({Q} {PS}|{P} {Q}) (and|) ({Q} {PS}|{P} {Q}) (in|on) [the] {L}
the {L} (has|now has) {Q} {PS}
(stock count|stocktake|count) {P} {Q}
(count|inventory) (of|for) {P} (is|in the {L} is) {Q}
"""

# Said before a sentence now and then; each gets a share of every template.
LEAD_INS = ("", "", "", "", "", "uh", "um", "okay", "so", "yeah")
UNITS = ("boxes cases packs rolls bags bottles pairs sets pallets cans gallons feet sheets "
         "cartons tubes spools bundles jars").split()
DETERMINERS = ("the", "the old", "the broken", "the spare", "the new", "our", "a", "an", "that",
               "")
QUANTITY_WORDS = ("a", "an", "one", "a couple of", "a couple", "a few", "a dozen", "half a dozen",
                  "some", "a pair of", "a box of", "another")
SIZE_WORDS = frozenset("small medium large big little mini regular long short".split())
_SLOT = re.compile(r"\{(PS|P|L|Q|U)\}")


@dataclass(frozen=True)
class Slots:
    products: tuple[tuple[str, ...], ...]
    plurals: tuple[tuple[str, ...], ...]
    locations: tuple[tuple[str, ...], ...]
    quantities: tuple[tuple[str, ...], ...]
    units: tuple[tuple[str, ...], ...]

    def of(self, kind: str) -> tuple[tuple[str, ...], ...]:
        return {"P": self.products, "PS": self.plurals, "L": self.locations,
                "Q": self.quantities, "U": self.units}[kind]


def words_of(name: str) -> tuple[str, ...]:
    """A catalog name as the model's words: lowercase, split on spaces; codes stay one word
    ("wd-40", "a2", "3/4") and are pronounced by the lexicon."""
    out = []
    for raw in name.lower().replace("&", " and ").split():
        w = re.sub(r"[^a-z0-9'/\-.]", "", raw).strip("-./'")
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(w)
    return tuple(out)


def plural(word: str) -> str:
    if not word.isalpha() or word.endswith("s"):
        return word
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    return word + "s"


def product_phrases(name: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """(singular phrases, plural phrases) for one product: the full name, the size said first
    ("small nitrile gloves"), the name without its trailing spec or size ("cordless drill" for
    "cordless drill 18v"), and the head noun alone ("drill")."""
    words = words_of(name)
    if not words:
        return [], []
    forms = [words]
    core = list(words)
    trailing: list[str] = []
    while len(core) > 1 and (core[-1] in SIZE_WORDS or any(ch.isdigit() for ch in core[-1])):
        trailing.insert(0, core.pop())
    core_t = tuple(core)
    if trailing:
        forms.append(core_t)
        if all(w in SIZE_WORDS for w in trailing):
            forms.append(tuple(trailing) + core_t)
    if len(core_t) > 1 and core_t[-1].isalpha():
        forms.append(core_t[-1:])
    singles = list(dict.fromkeys(forms))
    plurals = list(dict.fromkeys(f[:-1] + (plural(f[-1]),) for f in singles))
    return singles, plurals


def quantities() -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [tuple(q.split()) for q in QUANTITY_WORDS]
    for n in list(range(2, 31)) + [35, 40, 45, 50, 60, 70, 75, 80, 90, 100, 120, 150, 200, 250,
                                   300, 400, 500, 1000]:
        out.extend(number_words(n)[:1])
    return out


def expand(template: str) -> list[tuple[str, ...]]:
    """All word sequences (with slot markers as words) a template line stands for."""
    text = template.replace("{D}", "(" + "|".join(DETERMINERS) + ")")
    text = re.sub(r"\[([^\]]*)\]", r"(\1|)", text)
    parts = re.split(r"(\([^()]*\))", text)
    choices = [p[1:-1].split("|") if p.startswith("(") else [p] for p in parts]
    out = []
    for combo in itertools.product(*choices):
        out.append(tuple(" ".join(combo).split()))
    return list(dict.fromkeys(out))


def templates() -> list[list[tuple[str, ...]]]:
    lines = [ln.strip() for ln in TEMPLATES.splitlines()]
    return [expand(ln) for ln in lines if ln and not ln.startswith("#")]


def slots(products: Sequence[str], locations: Sequence[str]) -> Slots:
    singles: list[tuple[str, ...]] = []
    plurals: list[tuple[str, ...]] = []
    for name in list(products)[:MAX_PRODUCTS]:
        s, p = product_phrases(name)
        singles.extend(s)
        plurals.extend(p)
    locs = [w for w in (words_of(n) for n in list(locations)[:MAX_LOCATIONS]) if w]
    # an empty catalog side still gets a few generic names so that every template is trained
    return Slots(
        products=tuple(dict.fromkeys(singles)) or (("thing",), ("stuff",)),
        plurals=tuple(dict.fromkeys(plurals)) or (("things",),),
        locations=tuple(dict.fromkeys(locs)) or (("shelf",), ("room",), ("box",)),
        quantities=tuple(quantities()),
        units=tuple((u,) for u in UNITS),
    )


def sentences(products: Sequence[str], locations: Sequence[str], open_words: Sequence[str] = (),
              open_share: float = 0.0,
              limit: int = MAX_SENTENCES) -> Iterator[tuple[tuple[str, ...], float]]:
    """(words, weight) pairs; the weights of one template add up to the same total.

    `open_words` (everyday words) also fill the product slots, `open_share` of each template's
    weight, so that a product the catalog does not have yet ("the generator") is a sentence
    the model knows, not only a back-off to single words."""
    filled = slots(products, locations)
    shapes = templates()
    wanted = []
    for variants in shapes:
        kinds = {m for v in variants for w in v for m in _SLOT.findall(w)}
        wanted.append(max([len(variants)] + [len(filled.of(k)) for k in kinds]))
    scale = min(1.0, limit / max(1, sum(wanted)))
    counts = [max(len(v), int(n * scale)) for v, n in zip(shapes, wanted)]
    unit_weight = max(counts)  # the rarest filled sentence weighs 1: Witten-Bell needs counts
    opened = tuple((w,) for w in open_words)
    open_fills = min(len(opened), OPEN_FILLS_PER_TEMPLATE, max(1, limit // (4 * len(shapes))))
    for t, (variants, n) in enumerate(zip(shapes, counts)):
        weight = unit_weight / n
        for k in range(n):
            yield _fill(variants[k % len(variants)], filled, k, t), weight
        if not opened or open_share <= 0 or not any("{P" in w for v in variants[:1] for w in v):
            continue
        share = unit_weight * open_share / open_fills
        for k in range(open_fills):
            # each template takes the next slice of the open words
            yield _fill(variants[k % len(variants)], filled, k, t,
                        opened[(t * open_fills + k) % len(opened)]), share


def _fill(variant: tuple[str, ...], filled: Slots, k: int, t: int,
          product: tuple[str, ...] | None = None) -> tuple[str, ...]:
    words: list[str] = []
    lead = LEAD_INS[(k + t) % len(LEAD_INS)]
    if lead:
        words.append(lead)
    seen_kind: dict[str, int] = {}
    for w in variant:
        m = _SLOT.fullmatch(w)
        if not m:
            words.append(w)
            continue
        kind = m.group(1)
        if product is not None and kind in ("P", "PS"):
            words.extend(product)
            continue
        values = filled.of(kind)
        # a second slot of one kind in a sentence takes a different name
        nth = seen_kind.get(kind, 0)
        seen_kind[kind] = nth + 1
        words.extend(values[(k + nth * (len(values) // 2 + 1) + t) % len(values)])
    return tuple(words)
