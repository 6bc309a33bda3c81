"""The words of a product name by what they do: the head noun that says what the thing is, and
the words that say which one (state, size, colour, material, who it is for, a collective or a
container, a class head that another word sorts). Shared by the matcher's scoring and its
wordings; pure."""
from __future__ import annotations

import re

from products import vocabulary


# Said words that describe the state of a thing rather than which product it is.
STATE_WORDS = frozenset(
    "old new broken spare extra used dirty clean damaged other another remaining leftover "
    "entire same empty full fresh last busted cracked faulty working dented missing stale "
    "expired spoiled bent rusty torn dead dull defective leaking leaky worn chipped scratched "
    "opened unopened sealed returned borrowed lost stolen".split()
)


# Head nouns that only say what sort of thing the word before them is, with the words that
# sort them: a "deadbolt lock" is a deadbolt, a "4x8 plywood sheet" is plywood, a "par can light"
# a par can; that word alone names it (at the cost of a word left out). Only these words: a
# "bed sheet" is no bed, a "door lock" no door, a "wall panel" no wall.
_BOARDS = "plywood ply drywall plasterboard osb mdf hardboard chipboard particleboard " \
    "polycarbonate acrylic perspex plexiglass pegboard"


CLASS_HEADS = {
    "sheet": frozenset(_BOARDS.split()),
    "panel": frozenset(_BOARDS.split()),
    "lock": frozenset("deadbolt padlock mortise".split()),
    "light": frozenset("can par flood spot fresnel strobe festoon".split()),
}

# Heads of form, where any word before them names the thing: a "glass cleaner spray" is glass
# cleaner. Said alone, that word names it only when it is a thing of its own (vocabulary.HEAD_NOUNS:
# "cleaner" asks among the cleaners) and not what the spray is for ("hair" is no "hair spray",
# "wasps" no "wasp spray").
ANY_WORD_CLASS_HEADS = frozenset("spray".split())

# Heads that say how a thing comes packed in bulk, where the word before names what is in it,
# said alone too: "guinness" is the "guinness keg 50l", "hay" the "hay bale small". Not bags,
# bottles, tins or cups, which are things of their own ("water" is no "water bottle").
PACKED_HEADS = frozenset("keg cask firkin bale sack bib pellet granule".split())

# ...but a container word alone before it is never the thing: "cans" is no "par can light"
# ("par cans" is)
CONTAINER_WORDS = frozenset("can box bag case pack roll tube bottle jar tin carton crate".split())

# A lock or a light is of a kind only when the word before it is no thing of its own: a "desk
# light" is for a desk, a "bike lock" for a bike, so "desk" and "bike" alone stay themselves.
KIND_CLASS_HEADS = frozenset("lock light".split())

# Words that make a box, bag or roll before them packaging, what goods go out or are kept in
# ("shipping box", "cardboard boxes", "paper bags"), not a thing of its own as a noun before it
# may ("punch bag", "fuse box", "sausage roll"): a size said with the pack alone ("medium box")
# may name "shipping box medium" (`matching._Index._sized_pack`).
PACKAGING_WORDS = frozenset(
    "shipping mailing moving packing posting postal removal storage delivery cardboard "
    "corrugated paper kraft poly plastic padded".split())

# Model-line words after the name of a device, never its noun: "yubikey 5 nfc" is a yubikey.
VARIANT_WORDS = frozenset("pro max plus lite ultra nfc".split())

# Words that are the head only when nothing else is: "drill bit set" is a kind of drill bit.
COLLECTIVE_WORDS = frozenset("set kit pack box case bag bundle pair roll lot".split())

# Words after the head noun that only give size or variant: "nitrile gloves small".
SIZE_WORDS = frozenset(
    "xs s m l xl xxl small medium large big little mini tiny regular standard long short wide "
    "narrow left right".split()
)


# Colours, which tell apart products of one kind; after the noun, as catalogs list them
# ("bar tape black"), no head noun.
COLOUR_WORDS = frozenset(
    "black white red blue green yellow orange purple pink brown grey gray silver gold clear ivory "
    "navy cream beige tan cyan magenta teal maroon turquoise".split()
)


# What a thing is made of or finished in, after its noun in a catalog list: "flat cap tweed".
# Not those that are things of their own too ("wine glass", "steel wool", "roofing felt").
MATERIAL_WORDS = frozenset(
    "tweed kraft woollen suede nylon polyester latex nitrile stainless galvanised galvanized "
    "brass bronze aluminium aluminum chrome oak pine beech birch teak bamboo ceramic porcelain "
    "denim velvet jute centrefeed centerfeed plastic steel metal wooden".split())
# Materials that are things of their own too ("plastic bags", "steel wool"): listed after the
# noun they are its material only while no other name lists that noun in a material not in
# MATERIAL_WORDS ("pipe copper 15mm", "cat carrier wicker", "cups paper 8oz").
COMMON_MATERIALS = frozenset("plastic steel metal wooden".split())


# What a number before them counts, in a catalog's spec after the noun: "3 season", "2 gang".
COUNTED_SPECS = frozenset(
    "season ton tonne seater way gang ply core stroke speed drawer tier step pin hole berth "
    "section piece burner compartment rung".split())

# How a thing works or what grade it is, after its noun in a catalog list: "sup paddle
# adjustable", "boat hook telescopic", "console cable usb", "surf wax cold". Only after a word
# of letters: "sandisk 32gb usb" is a usb stick.
LISTED_AFTER_NOUN = frozenset(
    "adjustable telescopic extendable extendible foldable folding collapsible stackable reusable "
    "rechargeable washable removable waterproof wireless cordless corded usb hdmi bluetooth wifi "
    "cold warm hot".split())


# Nouns that end a catalog's spec after the noun: "full size", "10th gen".
_SPEC_NOUNS = frozenset("size gen generation".split())
_NOUNS_IN_ED = ("bed", "shed", "seed", "feed", "sled", "weed", "reed", "speed", "steed", "hundred")

# Who a product is for, after its noun in a catalog list: "life jacket child".
AUDIENCE_WORDS = frozenset(
    "adult child kid junior youth infant baby toddler pediatric paediatric men women mens "
    "womens unisex".split()
)


def head_index(words: tuple[str, ...], listed: bool = False, common_materials: bool = True) -> int:
    """The head noun: the last word that is not a size, a spec with digits or a collective;
    in a catalog's name (`listed`) nor a word it lists after the noun (`_after_the_noun`).
    What a thing comes with is no head noun: "wax ring with horn" is a ring (not after a code
    of a letter and a word, "b-mix with grog", whose noun is left unsaid). Only a with-phrase
    of one word that ends the name, sizes aside: "tuna with mayo sandwich" goes on to its
    noun, a sandwich, as "cheese with onion crisps" are crisps. Without `common_materials`
    a material that is also a thing of its own (`COMMON_MATERIALS`) stays the head: the catalog
    lists the noun in a material `MATERIAL_WORDS` leaves out too (`matching._Index.add`)."""
    if "with" in words[1:-1]:
        at = words.index("with", 1)
        before = words[:at]
        said_with = [w for w in words[at + 1:] if w.isalpha() and w not in SIZE_WORDS
                     and w not in STATE_WORDS]
        if len(said_with) <= 1 and (len(before) < 2 or len(before[-2]) > 1):
            return head_index(before, listed, common_materials)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in SIZE_WORDS or any(ch.isdigit() for ch in w) or w in STATE_WORDS \
                or sizes_it(words, i) or _between_measures(words, i):
            continue
        if (w in VARIANT_WORDS or w in COLOUR_WORDS or w in AUDIENCE_WORDS) and i > 0:
            continue
        if listed and i > 0 and _after_the_noun(words, i) \
                and (common_materials or w not in COMMON_MATERIALS):
            continue
        if w in COLLECTIVE_WORDS and i > 0:
            continue
        return i
    # no noun: a model said by its code and line ("u6 pro") or size ("4/3 l": 43 large) is
    # named by the code
    coded = [i for i, w in enumerate(words) if any(ch.isdigit() for ch in w) and w.isalnum()]
    return coded[-1] if coded and (words[-1] in VARIANT_WORDS or words[-1] in SIZE_WORDS) \
        else len(words) - 1


def _between_measures(words: tuple[str, ...], i: int) -> bool:
    """The "x" or "by" of a dimension ("750mm x 100m", "4 by 2"): no noun."""
    return words[i] in ("x", "by") and 0 < i < len(words) - 1 \
        and words[i - 1][:1].isdigit() and words[i + 1][:1].isdigit()


def _after_the_noun(words: tuple[str, ...], i: int) -> bool:
    """A word a catalog lists after the noun to say which of it: a material or finish ("flat
    cap tweed", "c5 envelopes kraft"), a past participle ("fence posts treated"), how it works
    or its grade ("sup paddle adjustable", "surf wax cold"), or a word a number counts
    ("sleeping bag 3 season", "floor jack 3 ton", "extension ladder 3 section")."""
    w = words[i]
    if packed_in(words, i):
        return True
    if w in MATERIAL_WORDS or w in COUNTED_SPECS and words[i - 1].isdigit() \
            or w in LISTED_AFTER_NOUN and words[i - 1].isalpha() \
            or w in _SPEC_NOUNS and i == len(words) - 1:
        return True  # ... "seed tray full size", "ipad 10th gen"
    return len(w) >= 6 and w.endswith("ed") and w[-3] not in "aeiou" \
        and not w.endswith(_NOUNS_IN_ED)


# What a catalog says a thing comes packed in, last in its name after its size or the kind of
# pack ("brown onions 10kg sack", "sharp sand bulk bag"): no head noun. Alone ("25kg bag") or
# after a noun ("sand bag", "tool bag") the container is the thing.
_PACKING = CONTAINER_WORDS | PACKED_HEADS | frozenset("drum tub bucket pail pouch".split())
_PACK_KINDS = frozenset({"bulk"})  # as nlp/units.py COMPOUND_UNITS: "a bulk bag of ..."


def packed_in(words: tuple[str, ...], i: int) -> bool:
    """Whether words[i] is the packing that ends a listed name, or the kind of pack before it."""
    last = len(words) - 1
    if last < 2 or words[last] not in _PACKING:
        return False
    before = words[last - 1]
    if before in _PACK_KINDS:
        return i >= last - 1
    return i == last and is_size(before)


def pack_lines_up(words: tuple[str, ...], i: int) -> bool:
    """Whether words[i] is the pack a listed name ends in (`packed_in`) that a said head may
    still line up with: "sack", "drum", "bulk"; not a bag or a case, never heads at all."""
    return packed_in(words, i) and words[i] not in COLLECTIVE_WORDS


def head_keys(words: tuple[str, ...], head: int) -> tuple[str, ...]:
    """The words a said head may line up with: the head noun, and before a class head the
    word it sorts (see CLASS_HEADS, ANY_WORD_CLASS_HEADS), and the pack a listed name ends
    in (`packed_in`): "sack" said alone still lines up with "flour 16kg sack"."""
    packs = tuple(words[j] for j in range(head + 1, len(words)) if pack_lines_up(words, j))
    if head > 0 and (words[head - 1] in CLASS_HEADS.get(words[head], ())
                     or words[head] in ANY_WORD_CLASS_HEADS | PACKED_HEADS
                     and words[head - 1] != words[head] and words[head - 1].isalpha()):
        return words[head], words[head - 1], *packs
    return (words[head], *packs)


def names_no_noun(word: str) -> bool:
    """A said head that is a code or a brand ("hp 26a", "ti 84", "dewalt") names the product
    by its model: the catalog's head noun need not have been said."""
    return any(ch.isdigit() for ch in word) or word in vocabulary.BRANDS


def says_no_noun(said: tuple[str, ...], head: int) -> bool:
    """Whether a said name gives no noun for the catalog's head to line up with: a code or a
    brand (`names_no_noun`), a colour and what it comes in ("blue roll" for "blue paper
    roll", "yellow bags" for "yellow clinical waste bags"), a colour and a model ("651 black"
    for "Oracal 651 vinyl black"), or a brand and what it comes in ("tyvek roll")."""
    return names_no_noun(said[head]) \
        or said[head] in COLOUR_WORDS and (said[-1] in COLLECTIVE_WORDS and len(said) == 2
                                           or any(is_model_code(w) or w.isdigit() for w in said)) \
        or _brand_as_it_comes(said, head)


def _brand_as_it_comes(said: tuple[str, ...], head: int) -> bool:
    """A word no dictionary has, a brand, said with how its product comes ("tyvek roll" for
    "tyvek sheet roll", "salifert kit" for the salifert test kits): the roll or kit must then be
    the catalog name's, the noun between left out."""
    if len(said) != 2 or head != 0 or said[1] not in COLLECTIVE_WORDS or not said[0].isalpha():
        return False
    from products.english import is_english  # loaded on first use

    return not is_english(said[0])


def is_size(word: str) -> bool:
    """A length, volume or weight: "500g", "2m"."""
    found = MEASURE.fullmatch(word)
    return bool(found) and found[2] in SIZE_UNITS


def is_model_code(word: str) -> bool:
    """Letters and digits that are no size: a model ("m160", "j2000", "5w30"), not "500g"."""
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word) \
        and not is_size(word)


def sized(words: tuple[str, ...]) -> bool:
    """Whether a name gives a size: a size word or a length, volume or weight."""
    return any(w in SIZE_WORDS or w in BIGGEST or w in SMALLEST or is_size(w) for w in words)


def sizes_it(said: tuple[str, ...], i: int) -> bool:
    """A said word that only introduces a size or colour: "size" beside it ("medium size",
    "size 10"), "in" before it ("gloves in large", "in black")."""
    word = said[i]
    if word == "size":
        return any(0 <= k < len(said) and (said[k] in SIZE_WORDS or said[k][:1].isdigit())
                   for k in (i - 1, i + 1))
    return word == "in" and i + 1 < len(said) and i > 0 \
        and (said[i + 1] in SIZE_WORDS or said[i + 1] in COLOUR_WORDS)


def is_code(word: str) -> bool:
    """A model code or initials, which name one product: "40l", "pbw"."""
    return not word.isalpha() or len(word) >= 3 and not any(ch in "aeiouy" for ch in word)


def kind_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """What sort of thing a name is, its size, colour and specs left out: "pla filament black"
    and "pla filament white" are both "pla filament"."""
    return tuple(w for w in words if w.isalpha() and w not in SIZE_WORDS and w not in COLOUR_WORDS)


# Words that end compounds: what a word before them is no shortening of ("teacup", "doorstop").
COMPOUND_TAILS = frozenset(
    "driver paste cup spoon light cloth clip stop board box ball bag case man ware wear line "
    "stick brush pan pot holder rack shelf stand top table paper wood wall mat pad tape pin "
    "nut bolt hook head way fly bird fish house room".split()) | vocabulary.HEAD_NOUNS


MEASURE = re.compile(r"(\d+(?:p\d+)?)([a-z]*)")  # a number and its unit: "33gal", "1p5m"

# Units of a size that "big" or "small" can pick by: lengths, volumes, weights.
SIZE_UNITS = frozenset("in ft yd mm cm m ml cl l gal qt pt oz lb g kg".split())

# Said sizes that choose among the catalog's measured sizes of one product.
BIGGEST = frozenset("big bigger biggest large larger largest long longer tall".split())

SMALLEST = frozenset("small smaller smallest little short shorter".split())
