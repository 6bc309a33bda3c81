"""Rule family: "ones" names the thing the note is about.

A note that opens with a name, then says amounts of "ADJ ones", means that name each time:

    "tent pegs - bought 100 steel ones, 50 plastic ones"  -> steel tent pegs, plastic tent pegs
    "hangers!!! we have like 3 wooden ones left"          -> wooden hangers
    "mugs: we have 6 blue ones in the kitchen"            -> blue mugs
    "the lead weights four pound ones we counted forty"   -> lead weights four pound
    "gaffer tape we're out of the black stuff"            -> black gaffer tape

The opening name is a few plain words before a break (":", "-", "!", ",") or before a subject
pronoun ("hangers we have ..."), with no verb, number or determiner. Without one, "ones" stays
for the matcher to judge ("the small ones").

When "ones" is told apart from the thing named before by the same kind of word (a colour, a
size, a measure), it stands for that thing without its own colour or size, not for all of it:

    "the red litmus we have three packs left and the blue ones like seven"  -> blue litmus
    "three of the blue mop heads and two green ones on van one"            -> green mop heads
    "eleven of the six point eight cylinders and four of the nine litre steel ones"
                                                                            -> nine litre steel cylinders

A name said before its "X ones" with no determiner between is the name, "ones" the word for it
("brake pads disc ones three pairs went on ..." -> brake pads disc).
"""
from __future__ import annotations

from . import verbs as V
from .afterthoughts import SIZE_WORDS
from .numbers import is_number_word
from .places import DETERMINERS
from .tokens import Tok
from .units import NAME_MEASURES, SIZE_MEASURES, unit_of

MAX_TOPIC_WORDS = 3
_BREAKS = frozenset({":", "-", "–", "—", "!", ","})
_SUBJECTS = frozenset({"we", "i", "they", "you"})
# words that tell one of a kind of thing from another of its kind, by what sort of word they are:
# a colour, a size, a measure (with its number)
_COLOURS = frozenset({"red", "blue", "green", "yellow", "black", "white", "grey", "gray", "pink",
                      "purple", "orange", "brown", "clear", "silver", "gold", "navy", "beige"})
_SIZES = SIZE_WORDS | frozenset({"big", "little", "long", "short", "tall", "wide", "narrow", "thin", "thick"})
# sizes of one dimension, which the catalog's measures may not be: "copper pipe the long ones"
# beside 15mm and 22mm pipe (a bore) is neither, though the matcher would take the larger
_ONE_DIMENSION = frozenset({"long", "short", "tall"})

# how some of the things are, not which kind they are: "four working ones" are of the thing named
_STATES = frozenset({"working", "good", "usable", "useable", "decent", "spare", "ok", "okay", "fine"})


def _kind(w: str) -> str | None:
    """Which sort of telling-apart word w is ("colour", "size", "measure"), or None."""
    if w in _COLOURS:
        return "colour"
    if w in _SIZES:
        return "size"
    if is_number_word(w) or w[:1].isdigit() or w in NAME_MEASURES or unit_of(w) in SIZE_MEASURES:
        return "measure"
    return None


def _without_said_kinds(name: list[Tok], which: list[Tok]) -> list[Tok] | None:
    """The name said before without its leading colour/size/measure words, when "which" (the
    words before "ones") says one of each of those kinds again ("blue mop heads", "green" ->
    "mop heads"); None when the name opens with none, or with a kind "which" does not say."""
    kinds = {_kind(t.text) for t in which} - {None}
    k = 0
    while k < len(name) - 1 and _kind(name[k].text):
        k += 1
    if k == 0 or not kinds or not {_kind(t.text) for t in name[:k]} <= kinds:
        return None
    return name[k:]


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
    if len(product) >= 4 and product[-1].text == "ones" and all(t.text.isalpha() for t in product[:-1]) and \
            not _kind(product[0].text) and not _kind(product[1].text):
        return product[:-1]  # "brake pads disc ones", "pay shent bibs blue ones": the name, then which
    if not topic or len(product) < 2 or product[-1].text not in ("ones", "one", "stuff") or \
            not all(t.text.isalpha() for t in product[:-1]):
        return product
    at = product[-1]
    if all(t.text in _STATES for t in product[:-1]):
        return [Tok(t.text, at.start, at.end) for t in topic]  # "four working ones": of the topic, as it is
    topic = _without_said_kinds(topic, product[:-1]) or topic  # "the red litmus ... the blue ones"
    return product[:-1] + [Tok(t.text, at.start, at.end) for t in topic]


def ones_of_the_one_before(before: list[Tok], product: list[Tok]) -> list[Tok]:
    """'green ones' after 'blue mop heads' in the same note -> 'green mop heads': "ones" told
    apart by the same kind of word as the name before opens with stands for the rest of that
    name. Else the product as it was."""
    if len(product) < 2 or product[-1].text != "ones" or not _kind(product[0].text) or \
            any(t.text in DETERMINERS or t.text in ("one", "ones") for t in product[:-1]) or \
            any(t.text in ("one", "ones") for t in before):
        return product
    rest = _without_said_kinds(before, product[:-1])
    if not rest:
        return product
    at = product[-1]
    return product[:-1] + [Tok(t.text, at.start, at.end) for t in rest]


_PLACE_PREPS = frozenset({"in", "on", "at"})


def which_ones(product: list[Tok]) -> list[Tok] | None:
    """The words before "ones" ("large ones" -> large; "good ones" -> none, a state), or None
    when the product is no "ones" said alone."""
    if len(product) < 2 or product[-1].text != "ones" or \
            not all(t.text.isalpha() and (t.text not in DETERMINERS or is_number_word(t.text)) for t in product[:-1]):
        return None  # ("one metre ones": "one" a number here)
    return [] if all(t.text in _STATES for t in product[:-1]) else product[:-1]


def _named(which: list[Tok], name: list[Tok], at: Tok) -> list[Tok]:
    return which + [Tok(t.text, at.start, at.end) for t in name]


def ones_after_their_name(drafts: list, counted: str) -> list:
    """A count of "ones" after the thing was named with its place: the count is of that thing,
    there ("counted the ink caps in the stock cupboard there's four bags of the large ones and
    six bags of small" -> large ink caps 4 bags, small ink caps 6 bags, both in the stock
    cupboard; "counted the pins in the cage there's thirty one good ones" -> pins 31 in the
    cage). The naming says no amount and is no item of its own."""
    out = list(drafts)
    for i in range(len(out) - 1, 0, -1):
        # "we got the new chairs in, 10 of the black ones", "brought 3 heaters and 2 of the oil
        # ones": "ones" with an amount after a thing named by the same verb is of that thing
        # (black chairs 10, one item when the name said no amount; oil heaters 2 beside it).
        # A name of more words keeps "which" only when ones_of_the_one_before could tell.
        d, before = out[i], out[i - 1]
        which = which_ones(d.product) if d.quantity is not None else None
        if which is None and d.quantity is not None and len(d.product) >= 2 and d.product[-1].text == "ones" and \
                all(t.text.isalnum() and t.text not in DETERMINERS for t in d.product[:-1]):
            which = d.product[:-1]  # ("4 of the 24 inch ones": a measure says which)
        if which is None or before.trigger is not d.trigger or before.event != d.event or \
                which_ones(before.product) is not None or not before.product or \
                not all(t.text.isalpha() for t in before.product) or \
                d.location and before.location and [t.text for t in d.location] != [t.text for t in before.location]:
            continue
        if len(before.product) == 1:
            d.product = _named(which, before.product, d.product[-1])
        elif before.quantity is None:
            # ("the peanut bars, 4 of the plain ones": plain bars, maybe not peanut ones; the
            # name as said, with the amount)
            d.product = [Tok(t.text, d.product[-1].start, d.product[-1].end) for t in before.product]
        else:
            continue  # ("eleven of the peanut bars and four of the plain ones": which bars is unsaid)
        if before.quantity is None:
            d.location = d.location or before.location
            del out[i - 1]
    for i, d in enumerate(out):
        which = which_ones(d.product) if d.quantity is not None else None
        if which is None:
            continue
        before = out[i - 1] if i else None
        if before is not None and before.event == d.event and before.quantity is None and \
                not (d.location and before.location) and before.trigger is not d.trigger and \
                which_ones(before.product) is None and all(t.text.isalpha() for t in before.product):
            name, place = before.product, before.location or d.location
            del out[i - 1]
        elif i == 0 and d.location and all(e.trigger is d.trigger for e in out):
            # the place read as "pins in the cage": the name, then where it is
            words = [t.text for t in d.location]
            k = next((k for k, w in enumerate(words) if w in _PLACE_PREPS), None)
            if not k or k > MAX_TOPIC_WORDS or k + 1 >= len(words) or not all(
                    w.isalpha() and w not in DETERMINERS for w in words[:k]):
                continue
            name = d.location[:k]
            place = d.location[k + 1 + (words[k + 1] in DETERMINERS):]
            if not place:
                continue
        else:
            continue
        said_at = d.location
        d.product = _named(which, name, d.product[-1])
        d.location = place
        for e in out[out.index(d) + 1:]:
            # "... and six bags of small": the rest of the list, told apart by a size or colour
            if e.trigger is not d.trigger or e.event != counted:
                break
            if len(e.product) == 1 and _kind(e.product[0].text) in ("size", "colour"):
                e.product = _named(e.product, name, e.product[-1])
            elif which_ones(e.product) is not None:
                e.product = _named(which_ones(e.product), name, e.product[-1])
            if e.location is None or e.location == said_at:
                e.location = place
        return out
    return out


def name_said_before(toks: list[Tok], product: list[Tok]) -> list[Tok]:
    """'X ones' said right after the name the note opens with, with or without "the" between:
    "festoons the 20 metre ones we've got 8" -> festoons 20 metre; "drysuits the musto ones
    weve got fourteen" -> musto drysuits; "the stage deck two by one ones we've got forty" ->
    stage deck two by one (a measure or a code goes after the name, as said; a state keeps the
    name alone). Else the product as it was."""
    if len(product) < 2 or product[-1].text != "ones" or \
            any(t.text in DETERMINERS and not is_number_word(t.text) for t in product[:-1]):
        return product
    i = next((k for k, t in enumerate(toks) if t.start == product[0].start and t.text == product[0].text), None)
    if not i:
        return product
    j = i - (toks[i - 1].text == "the")
    head = toks[1:j] if toks[0].text == "the" else toks[:j]
    words = [t.text for t in head]
    if words and toks[0].text != "the" and (words[0] in V.BE or words[0] in V.HAVE or words[0] in V.VERB_FORMS and (
            len(words) == 1 or not V.maybe_noun(words[0]))):
        # a verb opening the note is never the name ("got the big ones", "used the red ones";
        # "the stage deck ...", "stage deck the two by one ones" are names)
        return product
    if not 1 <= len(head) <= MAX_TOPIC_WORDS or not all(
            w.isalpha() and w not in DETERMINERS and not is_number_word(w) and w not in _SUBJECTS and w != "ones"
            and not (V.lookup(words, k) and not V.maybe_noun(w)) for k, w in enumerate(words)):
        return product
    which, at = product[:-1], product[-1]
    name = [Tok(t.text, at.start, at.end) for t in head]
    if all(t.text in _STATES for t in which):
        return name
    if any(_kind(t.text) == "measure" for t in which):
        # (said where the measure starts, so the name stays first when the words are put in order)
        return [Tok(t.text, which[0].start, which[0].start) for t in head] + which
    return which + name


def _tells_apart(which: list[Tok]) -> bool:
    """Whether the words of "the X one(s)" only say which of a kind: each a colour, a size or
    a measure, with at most 4 words ("the twenty litre ones", "the big black one"; not "the
    new ones", "the three new ones", "the ones from reception": how some of them are, or a
    number alone, "the two ones")."""
    return 1 <= len(which) <= 4 and all(_kind(t.text) for t in which) and \
        not all(is_number_word(t.text) or t.text.replace(".", "").isdigit() for t in which)


# how much worse the catalog may know the name with "which" than without it, and still take it
_WHICH_SLACK = 5.0


def told_apart_after(product: list[Tok], said: list[Tok], hints) -> list[Tok]:
    """The name with the words of a "the X one(s)" said right after it, when they only tell it
    apart from its twins ("sold two dry bags the twenty litre ones" -> twenty litre dry bags;
    "the jar lids the black ones we've only got 300" -> black jar lids). The sentence is read
    without them (afterthoughts.py, phrases.py: which one, after the name) but they say which
    one is meant, so the matcher can choose among catalog twins. `said` is the note's words
    before afterthoughts were dropped. The words are only taken when the name alone leaves a
    choice: with no catalog there is none (the name as said), nor when the name already picks
    one product ("one oh five chains the eleven speed ones": there is one), nor when the
    catalog knows the name but not with those words ("the little urn the ten litre one": its
    urn is written another way), nor when plural "ones" after "N bags of X" are the bags, nor for
    a length ("the long ones": the twins' measures may be a bore or a volume). Else the product
    as it was."""
    if not product or not said or hints is None:
        return product
    last = max(product, key=lambda t: t.start)
    first = min(product, key=lambda t: t.start)
    i = next((i for i, t in enumerate(said) if t.start == last.start and t.text == last.text), None)
    if i is None or i + 2 >= len(said) or said[i + 1].text != "the":
        return product
    j = next((j for j in range(i + 2, min(len(said), i + 7)) if said[j].text in ("one", "ones")), None)
    if j is None:
        return product
    if [t.text for t in said[j + 1:j + 3]] in (["and", "the"], ["or", "the"]):
        return product  # ("the rope the long one and the short one": both, the name stays for them)
    k = next((k for k, t in enumerate(said) if t.start == first.start and t.text == first.text), 0)
    if said[j].text == "ones" and k >= 2 and said[k - 1].text == "of" and unit_of(said[k - 2].text):
        return product  # ("six bags of kitten food the two kilo ones": which bags, not which food)
    which = said[i + 2:j]
    words = {t.text for t in product}
    if not _tells_apart(which) or any(t.text in words or t.text in _ONE_DIMENSION for t in which):
        return product
    name = " ".join(t.text for t in sorted(product, key=lambda t: t.start))
    told = " ".join(t.text for t in which) + " " + name
    try:
        keep = hints.names_one_product(name) or \
            hints.product_score(told) < hints.product_score(name) - _WHICH_SLACK
    except Exception:  # a broken hints object must not break parsing: read as with none
        return product
    if keep:
        return product
    return [Tok(t.text, first.start, first.start) for t in which] + list(product)
