"""Other wordings of a said product name that products/vocabulary.py allows: synonyms and
equivalent phrases, a family noun for its kinds, and the forms of product words compared alike
(measures, code plurals, size letters). Pure."""
from __future__ import annotations

import re

from products import vocabulary
from products.measures import measure_words, other_readings
from products.naming import NUMBER_SUFFIX, tokens
from products.word_classes import (
    COLOUR_WORDS, CONTAINER_WORDS, COUNTED_SPECS, SIZE_WORDS, head_index)


GLUED_MEASURE = re.compile(r"(\d+)([a-z]+)")

_ROMAN = {"ii": "2", "iii": "3"}
_COUNTED_CODE = re.compile(r"([a-z]{2,3})(\d)")
_CODE_PLURAL = re.compile(r"[a-z0-9]*\d[a-z]?s")
# a whole number written with a decimal zero ("5.0" of a hair colour, "1.0m"), as spell_marks
# writes it: said "five"
_WHOLE_DECIMAL = re.compile(r"(\d+)p0+([a-z]*)")


def product_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Forms of product words that `naming.tokens` leaves apart, made alike for comparing only
    (the stored name_key is unchanged): a measure written against its number ("20amp" is
    "20 amp", i.e. 20a; "6 foot" is 6ft, see products/measures.py), the plural of a code
    ("2x4s", "m8s"), a size said as a letter after the name it sizes ("nitrile gloves l"), and a
    short noun apart from the number that counts the spec after it ("sleeping bag 3 season",
    which `naming.tokens` reads as a code "bag3" as in "cat 6")."""
    out: list[str] = []
    measured = measure_words(words)
    for i, w in enumerate(measured):
        counted = _COUNTED_CODE.fullmatch(w)
        if counted and i + 1 < len(measured) and measured[i + 1] in COUNTED_SPECS:
            out.extend(counted.groups())
            continue
        if not w.isalpha():
            whole = _WHOLE_DECIMAL.fullmatch(w)
            if whole:
                w = whole[1] + whole[2]
            glued = GLUED_MEASURE.fullmatch(w)
            if glued and glued[2] in NUMBER_SUFFIX:
                w = glued[1] + NUMBER_SUFFIX[glued[2]]
            elif _CODE_PLURAL.fullmatch(w):
                w = w[:-1]
        if w.startswith("sz") and w[2:].isdigit() and len(w) > 2:
            out.extend(("size", w[2:]))  # "diapers sz 3" (tokens glue "sz3" as a code)
            continue
        if w in ("sz", "sze") and i + 1 < len(measured) and measured[i + 1][:1].isdigit():
            out.append("size")  # "gloves sz 10"
            continue
        if w in _ROMAN and i > 0:
            w = _ROMAN[w]  # "canon eos r6 mark ii" is said "mark two"
        if w in vocabulary.SIZE_LETTERS and (i > 0 or len(w) > 1):
            out.extend(vocabulary.SIZE_LETTERS[w])
        else:
            out.append(w)
    return tuple(out)


def _phrase_table() -> tuple[dict[tuple[str, ...], tuple[tuple[str, ...], ...]],
                             dict[str, tuple[str, ...]], int]:
    phrases: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for group in vocabulary.EQUIVALENT_PHRASES + vocabulary.EQUIVALENT_WORDS:
        forms = {product_words(tokens(p)) for p in group}
        for f in forms:
            phrases.setdefault(f, set()).update(forms - {f})
    for said, means in vocabulary.SAID_MEANS.items():
        phrases.setdefault(product_words(tokens(said)), set()).update(
            product_words(tokens(m)) for m in means)
    heads: dict[str, set[str]] = {}
    for group in vocabulary.EQUIVALENT_HEADS:
        forms = {singular_word for w in group for singular_word in tokens(w)}
        for f in forms:
            heads.setdefault(f, set()).update(forms - {f})
    return ({k: tuple(sorted(v)) for k, v in phrases.items()},
            {k: tuple(sorted(v)) for k, v in heads.items()},
            max(map(len, phrases)))


PHRASES, HEADS, LONGEST_PHRASE = _phrase_table()

# every word of the vocabulary's wordings: everyday trade words, no variety or line names
VOCABULARY_WORDS = frozenset(w for form, alts in PHRASES.items() for phrase in (form,) + alts
                              for w in phrase) | frozenset(HEADS)


# Words a catalog name may add after a line's name and still be that line (`_by_leading_words`):
# a kind ("bombay sapphire gin"), not a family noun, which may be another thing ("tool box light").
QUALIFIERS = SIZE_WORDS | COLOUR_WORDS | CONTAINER_WORDS | vocabulary.VEHICLE_MODELS | {"no"} \
    | frozenset(k.split()[-1] for kinds_of in vocabulary.KINDS.values() for k in kinds_of)


FAMILY_KINDS = {tokens(family)[0]: tuple(product_words(tokens(k)) for k in kinds_of)
          for family, kinds_of in vocabulary.KINDS.items()}


def rewrites(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], frozenset[int]]]:
    """The said words with one phrase replaced by an equivalent of vocabulary.py, each once,
    with the positions of the words put in: those must then be found as they are, so a
    synonym is never stretched by spelling or sound as well ("wallboard" is no "wheelbarrow")."""
    out: dict[tuple[str, ...], frozenset[int]] = {}
    for i in range(len(words)):
        for n in range(1, min(LONGEST_PHRASE, len(words) - i) + 1):
            for alt in PHRASES.get(words[i:i + n], ()):
                out.setdefault(words[:i] + alt + words[i + n:], frozenset(range(i, i + len(alt))))
    head = head_index(words)
    for alt in HEADS.get(words[head], ()) if len(words) > 1 else ():  # a lone "lead", "bin"
        out.setdefault(words[:head] + (alt,) + words[head + 1:], frozenset((head,)))
    for i, w in enumerate(words):
        for alt in other_readings(w) if not w.isalpha() else ():
            out.setdefault(words[:i] + (alt,) + words[i + 1:], frozenset((i,)))
        # a vocabulary word said as two ("anti freeze" for "antifreeze")
        for alt in PHRASES.get((w + words[i + 1],), ()) if i + 1 < len(words) else ():
            out.setdefault(words[:i] + alt + words[i + 2:], frozenset(range(i, i + len(alt))))
    if "for" in words[1:-1]:
        # "front brake pads for the transit", "glasses for red wine": what it is for is part of
        # the name, before the thing ("red wine glass") or, when it is a brand, a model or a
        # vehicle, after it ("... transit"); "batteries for the charger" are no "battery charger"
        k = words.index("for", 1)
        if all(w in vocabulary.BRANDS or w in vocabulary.VEHICLE_MODELS or not w.isalpha()
               for w in words[k + 1:]):
            out.setdefault(words[:k] + words[k + 1:], frozenset())
        out.setdefault(words[k + 1:] + words[:k], frozenset())
    out.pop(words, None)
    # a wording of nothing but a spec ("half" as "1/2") would name a product by its size alone
    return [(alt, put) for alt, put in out.items() if any(w.isalpha() for w in alt)
            or not all(w.isalpha() for w in words)]


def kinds(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], frozenset[int]]]:
    """The said words with a family head noun replaced by each of its kinds (vocabulary.KINDS:
    "hat" -> "fedora"), with the positions put in."""
    head = head_index(words)
    return [(words[:head] + kind + words[head + 1:], frozenset(range(head, head + len(kind))))
            for kind in FAMILY_KINDS.get(words[head], ())]
