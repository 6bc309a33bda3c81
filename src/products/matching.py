"""Which catalog product (or location) a said name means: matched, new or ambiguous.

How a said name Q is scored against a catalog name C (both as `naming.tokens`):
- equal keys score 100 and win outright;
- otherwise every distinguishing word of Q must line up with a word of C, exactly, by spelling
  (rapidfuzz ratio, same first letter) or by sound (metaphone), because speech recognisers
  mishear names ("red letter" -> "red ladder", "extension card" -> "extension cord");
  a word of Q that lines up with nothing means Q names something else ("almond milk" is not
  "oat milk", "nitrile gloves medium" is neither small nor large);
- Q's head noun (its last word) must line up with C's head noun: "drill" is a "cordless drill",
  not a "drill bit set" nor a "hammer drill"... which is a drill, so "the drill" is ambiguous
  between those two. Except: before a class head (CLASS_HEADS) a word listed as sorting it will
  do ("deadbolt" for "deadbolt lock", not "door" for "door lock"; not a thing of its own before
  a lock or light: "desk" is no "desk light"), before a spray any word that says what it sprays
  ("glass cleaner" for "glass cleaner spray", not "hair" for "hair spray": ANY_WORD_CLASS_HEADS);
  a compound's tail is the compound with its front left out when vocabulary.KINDS lists the
  compound as a kind of it ("robe" for "bathrobe", not "chair" for "wheelchair"; not for a known
  kind of another family: "books" is no "chromebook"); a name that ends in a brand or a code
  said no noun at all ("dewalt", "hp 26a"). Sizes, colours and who a product is for are no head
  noun after it ("blood pressure cuff adult");
- words of C that Q left out ("the drill" for "cordless drill 18v") cost a flat penalty plus a
  little per word, so an exact name beats a shorter form and equal short forms tie.
Ties within AMBIGUITY_GAP between different products are `ambiguous`: we ask rather than pick
one of them. A lone candidate is still matched, even when found by a fallback below (a kind, a
size in words, a name without its head noun), except by its leading words alone when the rest
of the catalog name may be another thing ("coffee cups" for "coffee cup lids": we ask) and the
catalog has no other product of that name's head noun ("two row" is "2-row pale malt" beside
"crystal malt 60L").

A word said shortened lines up with the catalog word it begins ("envs", "tele", "230" for
230cm) and two letters with two catalog words' initials ("sp" for "single pole"), but only
beside a word said exactly, never an everyday word that is no clipping ("pen" is no pencil)
nor a stem before its ending ("caulk"); products/english.py says which words are everyday
ones. A word said alone that no dictionary has and that starts one name only names it: a
brand for its one product ("maldon" for "maldon sea salt 1.4kg"), as people say it.

Product names are also tried in the other wordings products/vocabulary.py allows (synonyms,
US/UK variants, short forms: "bin bags" for "trash bags"), at SYNONYM_PENALTY, the words put in
found as they are. Only when nothing matched at all, in this order: the name in other readings
of what was heard (`_other_readings`: small words kept, "my lar" for mylar; letters said by
name, "pee bee double you"; a number's sound-alike, "felco too"; two to four words a recogniser
split from one catalog word, "shear water", "you be key"; model numbers as people say them,
"six fifty one", "number four"; a size letter said first, "m lab coats"; "second hand" and the
like left out); a name of several words with one word replaced by a catalog word a recogniser
may have misheard it for ("heat gum" -> "heat gun", "in a" -> "inner", plurals as said: "fleas"
-> "fleece"; see `misheard`), at MISHEARD_PENALTY, every word then found as it is; the name in
list order turned round ("candles vanilla", "maris piper seed potatoes"); the leading words of
one name ("bombay sapphire", "stair climber"; asked about when what is left names a part or
supply: "coffee cups" for "coffee cup lids"); a name without its head noun names the one kind
of thing whose other words it says ("cascade" for "cascade hops", "gauze" asks between the
gauze pads; never a thing of its own, "door" is no "door closer": `_keep_one_kind`); last, a
model code with words of its name in any order ("c4950 cartridges"). Around all that
(`_resolve_with`): a size in words picks among one product's measured sizes ("big bin bags");
how a thing comes packed may be said after it ("clinell tubs"); a weight or volume the catalog
does not give is what the product comes in ("16kg plain flour"); a noun the catalog's brand and
model name leaves out may be said ("fx6 body"). Of names tied, the plain one wins over one that
adds a word ("tonic" is not the light tonic). A family noun names each of its kinds as a name
with a word left out ("hat" for "fedora", vocabulary.KINDS); sizes and codes are compared in
one spelling (products/measures.py). None of this changes `naming.name_key`.

Last (`_resolve_with`, round 23): a colour or size said alone ("the red one", "xl") is the one
product in it beside the same product in another colour or size, and asks among several or about
a lone one (`_variant_said_alone`); a said name that begins the names of two or more products of
one line ("brake pads" for "brake pads disc" and "brake pads rim") asks which, rather than going
new or taking one of them (`_leading_words_of_one_line`).

Round 24: the material word that starts a name right before its noun, said alone as written,
names it where the catalog sorts that noun into two or more other kinds ("porcelain" for
"porcelain clay 25lb" beside "red stoneware clay 25lb", `_sorts_its_noun`; a food or drug said
alone is itself: "lemon" is no "lemon juice"); a number of four digits is a model
number of its own (measures.MODEL_NUMBER_DIGITS: "3M 8518", "motul 7100 10w-40"); what a thing
comes with, one word ending the name, is no head noun ("wax ring with horn",
word_classes.head_index; "tuna with mayo sandwich" is a sandwich), and the thing said alone asks
between it and a name that starts with it ("toothbrush with case", "toothbrush soft":
`_with_and_without`).

Round 26 (short forms): an everyday word said clipped ("hypo 25l" for "sodium hypochlorite 25l",
"potassium meta") lines up with the one catalog word it begins, beside a word said exactly, when
the catalog does not have the word itself (`clipped`, `Catalog._clipping`): not a word a few
letters short ("plant" is no plantain), of three letters ("car" is no carrot) nor one before a
word of its own ("grape" is no grapefruit) unless a combining form ("hypo", "meta", "iso"), and
a trade word ("cart") only beside a model code
said exactly ("9rm carts"); two measures said glued where the catalog writes them apart are read
apart ("m10x50 bolts" for "m10 x 50mm hold bolts", `_other_readings`); a trade name said alone
that the catalog writes only before "spray" names it like a name without its head noun
("cavicide" for "CaviCide spray 24oz", `_sorts_a_spray_only`). Narrowed on review: a clipping
counts only where the words said with it make it sure (`_Index._clipping_confirms`: "potassium
meta", "tri bandages", "para rockets", "hypo 25l"; not "hypo tablets" beside glucose tablets nor
"para 100ml" for liquid paraffin oral emulsion), and a number said beside a measure it begins
names another measure ("needles 25g x 25" is no "25g x 16mm", `_by_model_code`).

Round 27 (names said in part): a size and a box, bag, case, pack or roll said alone ("large box",
"small bags") is the one product in that size that is that pack, the size first and the pack last
("large moving box") or after a packaging word ("mailing bag small"; two of them ask, and so does
one beside "sausage roll large" or "nitrile gloves large box", which are never taken alone:
`_sized_pack`); a name said up to its noun is the catalog name that goes on after it with codes
only, digits or capitals, no word a dictionary knows nor one in lower case, and no unsaid word
between said ones ("iphone 13 pro screen" for "iPhone 13 Pro screen OLED", not "iphone 14 screen"
for "iPhone 14 Plus screen OLED" nor "acoustic guitar" for "acoustic guitar capo":
`_codes_after_the_noun`).

Speed: an inverted index from words to names, with the names under each word sorted by length,
and a vocabulary of distinct words searched by spelling and sound. Scoring walks the rarest said
word's names from shortest to longest and stops when no longer name can reach the top K: the
score can only fall as a name gets longer. `resolve()` returns the same outcome and top score
as scoring every name (`resolve_brute_force`, kept for the benchmark and the tests).
"""
from __future__ import annotations

import bisect
import heapq
import re
from array import array
from dataclasses import dataclass, field
from itertools import islice

import jellyfish
import numpy as np
from rapidfuzz import fuzz, process

from products import vocabulary
from products.english import is_english
from products.measures import EVERYDAY_LETTER_NAMES, UNITS, letters_said, spell_marks
from products.naming import DETERMINERS, TENS, singular, tokens
from products.misheard import (
    SAID_NUMBERS, SAID_SILENT_T, consonants, misheard, onset, vowels, words_in_order)
from products.word_classes import (
    ANY_WORD_CLASS_HEADS, AUDIENCE_WORDS, BIGGEST, CLASS_HEADS, COLLECTIVE_WORDS, COLOUR_WORDS,
    COMPOUND_TAILS, CONTAINER_WORDS, KIND_CLASS_HEADS, MATERIAL_WORDS, MEASURE, PACKAGING_WORDS,
    PACKED_HEADS, SIZE_WORDS, SMALLEST, STATE_WORDS, VARIANT_WORDS, head_index, head_keys, is_code,
    is_model_code, is_size, kind_of, names_no_noun, pack_lines_up, says_no_noun, sized, sizes_it)
from products.wordings import (
    FAMILY_KINDS, VOCABULARY_WORDS, kinds, product_words, rewrites)

# Thresholds, chosen with bench/tune_matcher.py on the six dev sets samples/devset*.jsonl
# (floors in tests/products/test_matcher_devset.py).
MATCH_MIN = 75.0          # below this a candidate is no candidate
AMBIGUITY_GAP = 3.0       # different products this close to the best are a tie
TOKEN_MATCH = 75.0        # two words line up at or above this similarity
WRITTEN_WORD_MATCH = 80.0  # ...a said word the catalog has itself, with another catalog word
SOUND_ALIKE_WEIGHT = 0.9  # similarity of metaphone codes counts this much
SOUND_MIN_SPELLING = 45.0  # ...for words whose spelling is at least this close
SHORT_WORD_SPELLING = 85.0  # words of 3 letters or fewer: sound-alike and spelled this close
LONG_WORD = 7               # words this long may differ in their first letter...
LONG_WORD_SPELLING = 80.0   # ...when spelled at least this close
ONE_WORD_SPELLING = 85.0   # a one-word name spelled less alike must match syllable for syllable
SUBSET_PENALTY = 8.0      # the catalog name has words the person did not say
EXTRA_WORD_PENALTY = 1.0  # ...and a little more per such word
FILLER_WORD_PENALTY = 2.0  # a said word like "old" or "broken" that names a state, not a product
MISHEARD_PENALTY = 12.0   # a word the recogniser got wrong, found only by its consonants
SYNONYM_PENALTY = 2.0     # a wording of products/vocabulary.py, not the person's own words
REORDERED_PENALTY = 4.0   # a name said list-style, its head first ("candles vanilla")
HEADLESS_PENALTY = 4.0    # a name said without its head noun ("cascade" for "cascade hops")
ABBREVIATED = 80.0        # a word said shortened ("envs", "tele", "sp", "230" for 230cm), when
ABBREVIATION_MIN = 3      # ...another said word names the product exactly; letters at least
SHORTENING_ALONE_MIN = 4  # letters of a shortening said alone ("mayo"), no dictionary word
CLIPPED_MIN = 4           # letters an everyday word said clipped leaves off ("hypo" for hypochlorite)
JOINED_KNOWN = 90.0         # ...and this close, sounding the same, when one is a catalog word
JOINED_MAX_WORDS = 4        # ...of up to this many said words
JOINED_SOUND = 85.0         # ...or sounding this close and spelled ten points less close
JOINED_SPELLING = 80.0     # two said words run together spelled and sounding this close to a
#                            catalog word
CANDIDATE_LIMIT = 5       # candidates returned to choose from
SIMILAR_CACHE_SIZE = 20_000  # said words whose similar catalog words are remembered
VARIANT_CARRIERS = 200    # names looked at for a colour or size said alone (the rest: ask)
LINE_SCAN_LIMIT = 1_000   # names looked at for the ones a said name begins, or a sibling

# A catalog word that ends in a said word of its own and that vocabulary.KINDS lists as a kind of
# it ("bathrobe" for "robe", "basketball" for "ball") lines up with it as if the compound were
# two words, the first left out.
COMPOUND_MIN_TAIL = 4
COMPOUND_MIN_FRONT = 4  # not "keyboard" for "board", "popcorn" for "corn"
COMPOUND_SIMILARITY = 100.0 - SUBSET_PENALTY - EXTRA_WORD_PENALTY

# How a thing comes packed, said after its name ("clinell tubs"), when the catalog names it without.
PACKED_AS_SAID = frozenset("tub tin pack packet carton jar drum sack pouch".split())
# The collective words that are also what a thing comes in: said after a size alone ("large
# box") the noun, lined up with the catalog's pack after its noun ("large moving box").
SIZED_PACKS = COLLECTIVE_WORDS & CONTAINER_WORDS
# Learned prefixes said for the whole word, before a word of their own: "hypo" for hypochlorite.
COMBINING_FORMS = frozenset("hypo hyper meta para poly iso tri mono multi micro anti semi".split())
# Everyday words that are also the clipped form of a longer one: "tabs" for tablets.
CLIPPINGS = frozenset("tab tom tele mag vac ext mic sub temp spec fab lab ref rec reg dev win".split())
# Parts, accessories and supplies named after the thing they are for, said after it: "coffee
# cup lids" are no coffee cups, "sewing machine needles" no sewing machine, "glue gun sticks" no
# glue gun. A name that goes on with one of these after the said words is asked about.
ACCESSORY_WORDS = frozenset(
    "lid cover case holder mount bracket refill charger cable strap stand sleeve adapter adaptor "
    "dispenser rack hook clip cap insert liner bag box tray spare part kit cleaner sign light "
    "label needle stick staple tape blade filter battery cone connector lube oil brush washer "
    "descaler pad strip mask gel coil pod cylinder bulb belt bit nozzle tip cartridge ink toner "
    "fuse seal gasket spring wick wipe cloth cord lead plug remote key regulator "
    "paper roll film lens head wheel chain handle grip injector protector housing folio dock "
    "glass".split())
# The form a medicine comes in, after its name: "paracetamol 500mg tablets". (Not foods: "rice"
# is no rice vinegar, "limes" no lime cordial.)
FORM_HEADS = frozenset("tablet capsule caplet suspension lozenge".split())
# Nouns that say what a device is, said after its brand and model ("fx6 body", "shure mics").
DEVICE_NOUNS = frozenset("body camera cam unit device mic microphone drone tester meter printer "
                         "scanner laptop computer phone speaker amp amplifier headset radio "
                         "console drive".split())
# What a device takes, after its name: a device said alone is no "defib pads" nor "vape coils".
DEVICE_SUPPLIES = frozenset(
    "pad mask charger cable coil bag cylinder needle blade filter battery cartridge refill lid "
    "cover case mount bracket holder strap stand remote adapter adaptor spatula".split())
# Initials that are things of their own: "sd card" is no "security door card".
_OWN_INITIALS = frozenset("ac dc tv pc sd cd hd uv id ev av ip it hr pa ps uk us os ok".split())
# A size said of a thing as a whole, no dimension of it ("wide duct tape" is another tape).
OVERALL_SIZES = frozenset(
    "big bigger biggest large larger largest small smaller smallest little tall".split())
_ENDINGS = frozenset("ing ings er ers ed es ies y ly able ment ments ness ion ions ation ations "
                     "ive ist ists ery al".split())
_ASSET_NUMBER = re.compile(r"\s*#\s*\d+\s*$")
_DIGITS = re.compile(r"\d+")
_DIMENSION = re.compile(r"(\d+)x(\d+)[a-z]*")
_DIMENSION_TAIL = re.compile(r"\d+x(\d+[a-z]+)")
_LETTER_DIGIT = re.compile(r"[a-z]\d")
_WORDS = re.compile(r"[a-z]+")
_VAGUE_NOUNS = frozenset({"stuff", "thing", "things"})
_PROCESS_COLOURS = {"k": "black", "c": "cyan", "m": "magenta", "y": "yellow"}
_PROCESS_COLOUR_CODE = re.compile(r"(\d+)([kcmy])")
_GLUED_SHORT = re.compile(r"([a-z]{2,3})(\d+)")
# two measures glued by "x", the first maybe left off ("m10x50", "1p8x5", "x100")
_GLUED_DIMENSION = re.compile(r"([a-z]?\d+(?:p\d+)?[a-z]*)?(x)(\d+(?:p\d+)?[a-z]*)")
_ANIMALS = frozenset("cat dog puppy kitten horse pony rabbit bird".split())  # who a product is for
_ENDS_IN_DIGIT = re.compile(r"(?<!\d)\d$")
_SAID_ONE = re.compile(r"\s+ones?\s*$", re.IGNORECASE)  # "the red one", "small ones"
_POSSESSIVE = re.compile(r"^.*\b\w+['’]s\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Resolution:
    outcome: str  # "matched" | "new" | "ambiguous"
    said: str
    id: int | None = None
    name: str | None = None
    score: float = 0.0
    candidates: tuple[Candidate, ...] = ()

    def to_dict(self) -> dict:
        """The `resolution` shape of eval/FORMAT.md, plus ids."""
        return {
            "outcome": self.outcome,
            "product": self.name,
            "product_id": self.id,
            "score": round(self.score, 1),
            "candidates": [
                {"product": c.name, "product_id": c.id, "score": round(c.score, 1)}
                for c in self.candidates
            ],
        }


@dataclass(slots=True)
class _Entry:
    target: int          # product or location id
    name: str            # display name of the target
    words: tuple[str, ...]
    head: int            # index of the head word in `words`


def is_compound_tail(said: str, name_word: str) -> bool:
    # only compounds the vocabulary lists as kinds of their tail: a "wheelchair" is no "chair",
    # a "microphone" no "phone", a "suitcase" no "case"
    return len(said) >= COMPOUND_MIN_TAIL and len(name_word) - len(said) >= COMPOUND_MIN_FRONT \
        and name_word in _COMPOUND_KINDS.get(said, ())


# Compounds the vocabulary knows as kinds of the family they end in: "bathrobe" of "robe".
_COMPOUND_KINDS = {
    family: frozenset(k for k in kinds_of if " " not in k and k.endswith(family) and k != family)
    for family, kinds_of in vocabulary.KINDS.items()
}


_VOWEL_CODES = frozenset("AEIOU")
# vowel sounds, roughly: a "w" after a vowel sounds with it ("flower" rhymes with "flour")
_VOWEL_GROUPS = re.compile(r"[aeiou][aeiouw]*|(?<=[^aeiou])y(?![aeiou])")


def _syllables(word: str) -> int:
    return len(_VOWEL_GROUPS.findall(word))


def _sound(word: str) -> str:
    return jellyfish.metaphone(word) if word.isalpha() else word


def word_similarity(a: str, b: str, sa: str | None = None, sb: str | None = None) -> float:
    """0..100. Words with digits, and short words, must be equal ("aa" is not "aaa")."""
    if a == b or _plural_in_us(a, b):
        return 100.0
    if not a.isalpha() or not b.isalpha():
        return ABBREVIATED if abbreviates(a, b) else 0.0
    found = _word_similarity(a, b, sa, sb)
    return ABBREVIATED if found < TOKEN_MATCH and abbreviates(a, b) else found


def _plural_in_us(said: str, name_word: str) -> bool:
    """The plural of initials written in the singular ("pdus" for pdu, "psus" for psu), which
    naming.singular leaves as it leaves "cactus"."""
    return len(said) >= 4 and said.endswith("us") and said[:-1] == name_word


def _word_similarity(a: str, b: str, sa: str | None, sb: str | None) -> float:
    spelled = fuzz.ratio(a, b)
    sa = sa if sa is not None else _sound(a)
    sb = sb if sb is not None else _sound(b)
    if is_compound_tail(a, b):
        return COMPOUND_SIMILARITY
    if len(a) <= 3 or len(b) <= 3:
        # short words differ by one letter all the time ("aa"/"aaa", "mop"/"map"): only a
        # sound-alike that is also spelled almost alike counts ("rap" for "wrap")
        if spelled >= SHORT_WORD_SPELLING and sa == sb and len(sa) >= 2:
            return SOUND_ALIKE_WEIGHT * 100
        return 0.0
    sounded = 0.0
    # sound alone is not enough for words spelled nothing alike ("screw" and "sugar" are SKR),
    # nor for words that start with a different sound ("labcoat" LBKT is no "bucket" BKT)
    if len(sa) >= 2 and len(sb) >= 2 and spelled >= SOUND_MIN_SPELLING \
            and (sa[0] == sb[0] or (sa[0] in _VOWEL_CODES and sb[0] in _VOWEL_CODES)):
        sounded = SOUND_ALIKE_WEIGHT * fuzz.ratio(sa, sb)
    # spelling counts when the first letters agree, or for long words nearly alike
    # ("distinguisher" for "extinguisher")
    if a[0] != b[0] and not (min(len(a), len(b)) >= LONG_WORD and spelled >= LONG_WORD_SPELLING):
        spelled = 0.0
    return max(spelled, sounded)


def abbreviates(said: str, name_word: str) -> bool:
    """A said word that is the start of a longer catalog word: a shortening ("envs" for envelopes,
    "tele" for telescopic, "vac" for vacuum), or a number said without the unit the catalog
    gives it ("230 paddles" for "kayak paddle 230cm"). It names the product only beside a
    word said exactly (see `score_words`)."""
    if not said.isalpha():  # "230" for 230cm, "16x150" for 16x150mm, "3k" for 3kw
        rest = name_word[len(said):]
        # a measure said whole is no other one cut short: "10m rope" is no "rope 10mm"
        return name_word.startswith(said) and rest.isalpha() \
            and (said[-1].isdigit() or said[-1] == "k" and said[-2].isdigit() and rest in ("w", "va"))
    # not a word before the rest of a compound: "screw" is no "screwdriver", "tea" no "teacup";
    # nor a stem before its ending: "caulk" is no "caulking", "print" no "printer"; nor a word
    # of its own unless people clip the longer one to it: "pen" is no "pencil", "tab" a tablet
    return len(said) >= ABBREVIATION_MIN and said.isalpha() and len(name_word) >= len(said) + 2 \
        and name_word.startswith(said) and name_word.isalpha() \
        and name_word[len(said):] not in COMPOUND_TAILS \
        and name_word[len(said):] not in _ENDINGS \
        and (said in CLIPPINGS or not is_english(said))


def clipped(said: str, name_word: str) -> bool:
    """The shape of an everyday word said as the clipping of a longer catalog word ("hypo" for
    hypochlorite, "meta" for metabisulphite, "carts" for cartridges), which `abbreviates`
    leaves out: counted only where the catalog has no other word it begins
    (`Catalog._clipping`), beside a word said exactly; a trade word of its own ("cart",
    "cap", "pan") only beside a model code said exactly ("9rm carts", see `score_words`). Not a
    stem before its ending, doubled or not ("pad" is no padding, "print" no printer)."""
    return len(said) >= ABBREVIATION_MIN and said.isalpha() and len(name_word) >= len(said) + 2 \
        and name_word.startswith(said) and name_word.isalpha() \
        and name_word[len(said):] not in COMPOUND_TAILS \
        and name_word[len(said):] not in _ENDINGS and is_english(said) and said not in CLIPPINGS \
        and not (name_word[len(said)] == said[-1] and name_word[len(said) + 1:] in _ENDINGS)


def initials(first: str, second: str) -> str | None:
    """The initials of two catalog words said for them ("sp" for "single pole", "de" for
    "diatomaceous earth"): two words of letters, each of three letters or more."""
    if len(first) >= 3 and len(second) >= 3 and first.isalpha() and second.isalpha() \
            and first[0] + second[0] not in _OWN_INITIALS:
        return first[0] + second[0]
    return None


def _align(said: tuple[str, ...], name: tuple[str, ...], sim,
           exact: frozenset[int] = frozenset()) -> list[tuple[int, int, float]] | None:
    """Pairs (said index, name index, similarity), best first and each word used once.

    Two adjacent said words may stand for one catalog word ("di humidifier") and the other way
    round ("walkietalkie"); such a pair is reported on its first index. Said words at `exact`
    (put there by the vocabulary) line up only with themselves."""
    options: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = []
    for i, q in enumerate(said):
        for j, c in enumerate(name):
            s = 100.0 if q == c else 0.0 if i in exact else sim(q, c)
            if s >= TOKEN_MATCH:
                options.append((s, (i,), (j,)))
    for i in range(len(said) - 1):
        if i in exact or i + 1 in exact:
            continue
        joined = said[i] + said[i + 1]
        for j, c in enumerate(name):
            s = sim(joined, c)
            # two said words for one catalog word start with its sound: "see sco" is "cisco",
            # "hand saw" no "chainsaw" however alike the letters run
            if s >= TOKEN_MATCH and (joined[0] == c[0] or _sound(joined)[:1] == _sound(c)[:1]):
                options.append((s, (i, i + 1), (j,)))
    for j in range(len(name) - 1):
        joined = name[j] + name[j + 1]
        short = initials(name[j], name[j + 1])
        for i, q in enumerate(said):
            if i in exact:
                continue
            s = ABBREVIATED if q == short else sim(q, joined)
            if s >= TOKEN_MATCH:
                options.append((s, (i,), (j, j + 1)))
    # a compound's tail ("cloth" in "washcloth") only after the rest: "watch cloths" is one
    # misheard word before it is "watch" and a cloth
    # a word the name has twice lines up with the one at about the same place ("chain tool"
    # with "park tool ct-5 mini chain tool": the head noun, not the brand's)
    options.sort(key=lambda o: (len(o[1]) == 1 and is_compound_tail(said[o[1][0]], name[o[2][0]])
                                and len(o[2]) == 1, -o[0], len(o[1]) + len(o[2]),
                                abs(o[2][0] / max(1, len(name) - 1) - o[1][0] / max(1, len(said) - 1))
                                if name.count(name[o[2][0]]) > 1 else 0))
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for s, qs, cs in options:
        if used_q.intersection(qs) or used_c.intersection(cs):
            continue
        used_q.update(qs)
        used_c.update(cs)
        for qi in qs:
            for cj in cs:
                pairs.append((qi, cj, s))
    return pairs


def score_words(said: tuple[str, ...], said_head: int, entry: _Entry, sim=word_similarity,
                exact: frozenset[int] = frozenset(), left_out: int = 0,
                headless: bool = False, no_noun: bool = False) -> float:
    """How well the said words name this entry, 0..100 (see the module docstring). The said
    words at `exact` must appear in the entry as they are; `left_out` more words count as left
    out of the entry's (a kind said by its family name: "hat" for "fedora"). `headless`: the
    said words name the entry by its other words, its head noun left out ("cascade" for
    "cascade hops"); none of them may then stand for that head noun. `no_noun`: the said words
    give no noun for the entry's head to line up with (a brand and its model number)."""
    if said == entry.words:
        return 100.0 - _left_out_penalty(left_out)
    if "".join(said) == "".join(entry.words):
        return 99.0 - _left_out_penalty(left_out)  # "wd 40" / "wd40", "walkie talkie"
    pairs = _align(said, entry.words, sim, exact)
    by_said: dict[int, tuple[int, float]] = {}
    for qi, cj, s in pairs:
        by_said.setdefault(qi, (cj, s))
    total = 0.0
    counted = 0
    penalty = 0.0
    plain_only = False  # "regular milk" names the plain "milk", nothing longer
    for qi, word in enumerate(said):
        hit = by_said.get(qi)
        if hit is None:
            if word == "extra" and qi + 1 < len(said) and said[qi + 1] in SIZE_WORDS:
                return 0.0  # "extra large" (xl) is a size of its own, not spare large ones
            if word in STATE_WORDS or sizes_it(said, qi):
                penalty += FILLER_WORD_PENALTY
                continue
            if word in vocabulary.DEFAULT_WORDS:
                penalty += FILLER_WORD_PENALTY
                plain_only = True
                continue
            return 0.0  # a said word that names something this entry is not
        total += hit[1]
        counted += 1
    if counted == 0:
        return 0.0
    if any(hit[1] == ABBREVIATED and (_shortened(said[qi], entry.words, hit[0])
                                      or _clipped_hit(said[qi], entry.words[hit[0]]))
           for qi, hit in by_said.items()) \
            and not any(hit[1] == 100.0 for hit in by_said.values()):
        return 0.0  # a shortened word alone is too little: "tabs" may be anything
    if any(hit[1] == ABBREVIATED and said[qi] in VOCABULARY_WORDS
           and _clipped_hit(said[qi], entry.words[hit[0]]) for qi, hit in by_said.items()) \
            and not any(hit[1] == 100.0 and is_model_code(said[qi]) for qi, hit in by_said.items()):
        return 0.0  # a trade word clipped ("carts") only beside a model code ("9rm carts")
    if counted > 1 and all(hit[1] < 100.0 for hit in by_said.values()) \
            and len({hit[0] for hit in by_said.values()}) > 1 \
            and any(_other_vowel(said[qi], entry.words[cj]) for qi, (cj, _) in by_said.items()):
        return 0.0  # no word exact, one only by its consonants: "sanding discs" no "standing desk"
    if len(by_said) == len(said) and by_said[0][1] < 100.0 \
            and len({hit[0] for hit in by_said.values()}) == 1 and all(w.isalpha() for w in said):
        # a name said as one word (or two read as one) has nothing else to confirm a word not
        # spelled nearly alike: it must at least have as many syllables ("tripod" is no
        # "tarp", "butter" no "battery", "tow rope" no "tarp"; "flower" is "flour")
        said_word, name_word = "".join(said), entry.words[by_said[0][0]]
        if name_word.isalpha() and fuzz.ratio(said_word, name_word) < ONE_WORD_SPELLING \
                and (_syllables(said_word) != _syllables(name_word)
                     or vowels(said_word)[:1] != vowels(name_word)[:1]) \
                and not is_compound_tail(said_word, name_word):
            return 0.0  # ...and the same first vowel ("torch" is no "trash")
    head_hit = by_said.get(said_head)
    spec_only = no_noun or says_no_noun(said, said_head)  # "two by fours", "dewalt", "blue roll"
    if spec_only and said[said_head] in COLOUR_WORDS and not names_no_noun(said[said_head]) \
            and not _colour_names_it(said, by_said, entry.words):
        return 0.0
    class_head = head_hit is not None and head_hit[0] == entry.head - 1 \
        and len(head_keys(entry.words, entry.head)) > 1 \
        and (len(said) > 1 or said[0] not in CONTAINER_WORDS  # "deadbolt" for "deadbolt lock"
             and (entry.words[entry.head] not in KIND_CLASS_HEADS
                  or said[0] not in vocabulary.HEAD_NOUNS)
             and (entry.words[entry.head] not in ANY_WORD_CLASS_HEADS
                  or said[0] in vocabulary.HEAD_NOUNS))
    if headless:
        # the word that says which is said as the catalog has it ("stapler" is no "staple
        # gun") unless another said word is ("bombay saffire" for "bombay sapphire gin");
        # before a class head only its listed words say which ("door" is no "door lock"), or a
        # word no dictionary has: a brand or trade name ("coroplast" for "coroplast sheet 4x8")
        if entry.words[entry.head] in CLASS_HEADS and is_english(said[said_head]) \
                or head_hit is None or any(cj == entry.head for _, cj, _ in pairs) or head_hit[1] < 100.0 \
                and not any(s == 100.0 for qi, (_, s) in by_said.items() if qi != said_head):
            return 0.0
    elif head_hit is None or (head_hit[0] != entry.head and not spec_only and not class_head
                              and not (head_hit[0] > entry.head  # "sack": "flour 16kg sack"
                                       and pack_lines_up(entry.words, head_hit[0]))
                              and not _same_pair(pairs, said_head, entry.head)):
        return 0.0  # "hammer" does not name a "hammer drill"
    elif spec_only and said[-1] in VARIANT_WORDS and head_hit[0] < entry.head \
            and entry.words[entry.head] in ACCESSORY_WORDS:
        return 0.0  # a model said by code and line ("u6 pro") is no "u6 pro wall mount"
    used_name = {cj for _, cj, _ in pairs}
    extra = len(entry.words) - len(used_name) + left_out
    if extra > 0 and plain_only:
        return 0.0
    if extra > 0:
        penalty += SUBSET_PENALTY + EXTRA_WORD_PENALTY * extra
    return max(0.0, total / counted - penalty)


def _colour_names_it(said: tuple[str, ...], by_said: dict[int, tuple[int, float]],
                     name: tuple[str, ...]) -> bool:
    """Whether a colour said with no noun names this catalog name: with what it comes in, one
    word at most between them and no count after it ("blue roll" for "blue paper roll", not
    "blue painters tape roll" nor "blue pens pack 10"); with a model number that is no count
    ending the name ("651 black", not "blue 100" for "blue nitrile gloves 100")."""
    for qi, (cj, _) in by_said.items():
        if said[qi] in COLLECTIVE_WORDS:
            colour = by_said.get(said.index(next(w for w in said if w in COLOUR_WORDS)))
            if colour is None or cj - colour[0] > 2 or cj + 1 < len(name) and name[cj + 1].isdigit():
                return False
        elif said[qi].isdigit() and cj == len(name) - 1:
            return False
    return True


def _clipped_hit(said: str, name_word: str) -> bool:
    """Whether a said word lined up with a catalog word as its clipping (`Catalog._clipping`),
    not by spelling ("cart" is 80 alike to "cartel" as spelled)."""
    return clipped(said, name_word) and word_similarity(said, name_word) < TOKEN_MATCH


def _shortened(said: str, name: tuple[str, ...], j: int) -> bool:
    return abbreviates(said, name[j]) or j + 1 < len(name) and said == initials(name[j], name[j + 1])


def _other_vowel(said: str, name_word: str) -> bool:
    """A said word that sounds like the catalog word only by its consonants ("disc"/"desk")."""
    return said.isalpha() and name_word.isalpha() and fuzz.ratio(said, name_word) < TOKEN_MATCH \
        and vowels(said)[:1] != vowels(name_word)[:1]


def _left_out_penalty(words: int) -> float:
    return SUBSET_PENALTY + EXTRA_WORD_PENALTY * words if words else 0.0


def _same_pair(pairs, qi: int, cj: int) -> bool:
    return any(p[0] == qi and p[1] == cj for p in pairs)


class Catalog:
    """An in-memory index of product and location names (and learned aliases).

    Cheap to add to one name at a time, so a process keeps one and feeds it what is new."""

    def __init__(self) -> None:
        self.products = _Index(vocabulary=True)
        self.locations = _Index()
        self.hash_sizes = False  # the catalog writes "#8" in names: a "#" is no asset number

    def add_product(self, product_id: int, name: str) -> None:
        self.products.add(product_id, name, name)
        self.hash_sizes |= bool(_ASSET_NUMBER.search(name) or "#" in name)

    def add_product_alias(self, product_id: int, alias: str, product_name: str) -> None:
        self.products.add(product_id, alias, product_name)

    def add_location(self, location_id: int, name: str) -> None:
        self.locations.add(location_id, name, name)

    def resolve_product(self, said: str) -> Resolution:
        found = self.products.resolve(said)
        numbered = _ASSET_NUMBER.search(said)
        if found.outcome == "new" and numbered and numbered.start() > 0 and not self.hash_sizes:
            # "book cart #2", "hotspot # 4": which one of several alike, not another product;
            # but no number the product has was left unsaid ("hand plane #5" is no "no 4 hand
            # plane"), and where the catalog writes sizes with "#" ("wood screws #8") it is one
            rest = said[:numbered.start()]
            without = self.products.resolve(rest)
            named = [without.name] if without.outcome == "matched" else \
                [c.name for c in without.candidates]
            if without.outcome != "new" and all(
                    set(_DIGITS.findall(n)) <= set(_DIGITS.findall(rest)) for n in named):
                return Resolution(without.outcome, said, without.id, without.name, without.score,
                                  without.candidates)
        owner = _POSSESSIVE.match(said)
        if found.outcome == "new" and owner and said[owner.end():].strip():
            # "Jim's drill", "the front office's label printer": whose it is does not say which
            # product it is, unless the catalog names it that way (tried first)
            without = self.products.resolve(said[owner.end():])
            if without.outcome != "new":
                return Resolution(without.outcome, said, without.id, without.name, without.score,
                                  without.candidates)
        return found

    def resolve_location(self, said: str) -> Resolution:
        return self.locations.resolve(said)

    @property
    def hints(self) -> "CatalogHintsView":
        return CatalogHintsView(self)

    def __len__(self) -> int:
        return len(self.products)


@dataclass(frozen=True, slots=True)
class CatalogHintsView:
    """The parser's read-only view (nlp.model.CatalogHints)."""

    catalog: Catalog

    def product_score(self, phrase: str) -> float:
        return self.catalog.products.best_score(phrase)

    def location_score(self, phrase: str) -> float:
        return self.catalog.locations.best_score(phrase)

    def names_one_product(self, phrase: str) -> bool:
        return self.catalog.resolve_product(phrase).outcome == "matched"


@dataclass(slots=True)
class _Index:
    entries: list[_Entry] = field(default_factory=list)
    by_key: dict[str, list[int]] = field(default_factory=dict)
    # word -> entry indexes, ascending (entries only ever grow), as compact int32 arrays that
    # numpy reads without copying
    postings: dict[str, array] = field(default_factory=dict)
    head_postings: dict[str, array] = field(default_factory=dict)  # head noun -> entries
    sounds: dict[str, list[str]] = field(default_factory=dict)  # metaphone code -> words
    sound_codes: list[str] = field(default_factory=list)
    by_spelling: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # (first, len)
    long_words: dict[int, list[str]] = field(default_factory=dict)  # len >= LONG_WORD -> words
    similar_cache: dict[str, dict[str, float]] = field(default_factory=dict)
    sound_of: dict[str, str] = field(default_factory=dict)
    targets: set[int] = field(default_factory=set)
    vocabulary: bool = False  # product names: sizes said as letters, synonyms (vocabulary.py)
    # (first sound, consonant classes) -> words: where `misheard` looks first
    by_sound_class: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    compounds: dict[str, list[str]] = field(default_factory=dict)  # a word's tail -> the words
    initials: dict[str, array] = field(default_factory=dict)  # "sp" -> entries with "single pole"
    sorted_words: list[str] = field(default_factory=list)  # for shortenings; rebuilt when stale
    sorted_stale: bool = False
    lowercase_names: int = 0  # names written in lowercase: a capital in the others is a name's
    tails_counted: int = -1  # words when `_dimension_tails` last looked
    tails: dict[str, list[str]] = field(default_factory=dict)
    capitals_counted: int = -1  # entries when `_capitals_mark_names` last counted
    capitals_mark: bool = False
    # lines of names in colours or sizes, and containers sized by measures, for a colour or size
    # said alone (`_other_line_without`); grouped once per catalog size, not per query
    lines_counted: int = 0
    variant_lines: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = field(default_factory=dict)
    measured: dict[tuple[str, ...], int] = field(default_factory=dict)
    # a noun -> entries whose head it is with a common material after it ("cat carrier
    # plastic"), and the nouns some name lists with another word after them ("cat carrier
    # wicker"): there the material stays the head (`_material_heads`)
    material_after: dict[str, list[int]] = field(default_factory=dict)
    other_after: set[str] = field(default_factory=set)

    def words_of(self, name: str) -> tuple[str, ...]:
        """The words a name is compared by: `naming.tokens`, plus for products the forms of
        `product_words`."""
        if not self.vocabulary:
            return tokens(name)
        return product_words(tokens(spell_marks(name)))

    def __len__(self) -> int:
        return len(self.targets)

    def add(self, target: int, said_name: str, display_name: str) -> None:
        words = self.words_of(said_name)
        if not words:
            return
        key = " ".join(words)
        same = self.by_key.setdefault(key, [])
        if any(self.entries[e].target == target for e in same):
            return
        index = len(self.entries)
        head = self._material_heads(words, index)
        self.entries.append(_Entry(target, display_name, words, head))
        self.lowercase_names += display_name[:1].islower()
        for key in head_keys(words, head):
            self.head_postings.setdefault(key, array("i")).append(index)
        same.append(index)
        self.targets.add(target)
        for short in {initials(a, b) for a, b in zip(words, words[1:])} - {None}:
            self.initials.setdefault(short, array("i")).append(index)
        for w in set(words):
            entries = self.postings.get(w)
            if entries is None:
                entries = self.postings[w] = array("i")
                self.similar_cache.clear()  # a new word may line up with cached said words
                s = _sound(w)
                self.sound_of[w] = s
                if s not in self.sounds:
                    self.sounds[s] = []
                    self.sound_codes.append(s)
                self.sounds[s].append(w)
                self.by_spelling.setdefault((w[0], len(w)), []).append(w)
                if w.isalpha():
                    self.by_sound_class.setdefault((onset(w), consonants(w)), []).append(w)
                if len(w) >= LONG_WORD:
                    self.long_words.setdefault(len(w), []).append(w)
                self.sorted_stale = True
                if w.isalpha():
                    for k in range(COMPOUND_MIN_FRONT, len(w) - COMPOUND_MIN_TAIL + 1):
                        self.compounds.setdefault(w[k:], []).append(w)
            entries.append(index)

    def _material_heads(self, words: tuple[str, ...], index: int) -> int:
        """The head of a name about to be the entry `index`. A common material after the noun
        ("cat carrier plastic") is not the head while no other name lists the noun with
        another word after it, the head ("cat carrier wicker"); once one does, the names
        before it with that noun and a common material take the material back as their head."""
        head = head_index(words, listed=True)
        plain = head_index(words, listed=True, common_materials=False)
        if plain != head:
            if words[head] in self.other_after:
                return plain
            self.material_after.setdefault(words[head], []).append(index)
            return head
        if head > 0 and words[head] not in MATERIAL_WORDS and words[head].isalpha() \
                and len(words[head]) > 2:  # not a code: "oxygen cylinder cd" (a size)
            noun = words[head - 1]
            self.other_after.add(noun)
            for e in self.material_after.pop(noun, ()):
                self._rehead(e, head_index(self.entries[e].words, listed=True,
                                           common_materials=False))
        return head

    def _rehead(self, e: int, head: int) -> None:
        entry = self.entries[e]
        for key in head_keys(entry.words, entry.head):
            self.head_postings[key] = array("i", (x for x in self.head_postings[key] if x != e))
        entry.head = head
        for key in head_keys(entry.words, head):
            self.head_postings[key] = array(
                "i", sorted([*self.head_postings.get(key, ()), e]))

    # -- candidate generation -------------------------------------------------------------
    def similar_words(self, word: str) -> dict[str, float]:
        """Catalog words that line up with `word` (the candidates `word_similarity` could
        accept, found without comparing against every word), with their similarity. Cached until
        a new word joins the vocabulary: people say the same words again and again."""
        cached = self.similar_cache.get(word)
        if cached is None:
            if len(self.similar_cache) >= SIMILAR_CACHE_SIZE:
                self.similar_cache.clear()
            cached = self.similar_cache[word] = self._similar_words(word)
        return cached

    def _similar_words(self, word: str) -> dict[str, float]:
        found: set[str] = set()
        if word in self.postings:
            found.add(word)
        shortened = {w: ABBREVIATED for w in self._starting_with(word) if abbreviates(word, w)}
        clipping = self._clipping(word)
        if clipping:
            shortened[clipping] = ABBREVIATED
        if not word.isalpha():
            return {w: 100.0 for w in found} | shortened
        if _plural_in_us(word, word[:-1]) and word[:-1] in self.postings:
            found.add(word[:-1])
        sound = _sound(word)
        found.update(self.sounds.get(sound, ()))
        found.update(self.compounds.get(word, ()))
        if len(word) > 3:
            # by spelling: a ratio >= TOKEN_MATCH bounds the length difference, 2*min/(a+b) >= t
            lo = max(4, int(len(word) * TOKEN_MATCH / (200 - TOKEN_MATCH)))
            hi = int(len(word) * (200 - TOKEN_MATCH) / TOKEN_MATCH) + 1
            for length in range(lo, hi + 1):
                found.update(self._spelled_like(word, self.by_spelling.get((word[0], length)), TOKEN_MATCH))
                if len(word) >= LONG_WORD and length >= LONG_WORD:
                    found.update(self._spelled_like(word, self.long_words.get(length), LONG_WORD_SPELLING))
            # by sound: words whose metaphone codes are close ("circle" SRKL, "circular" SRKLR)
            if len(sound) >= 2:
                for code, _, _ in process.extract_iter(sound, self.sound_codes, scorer=fuzz.ratio,
                                                        score_cutoff=TOKEN_MATCH / SOUND_ALIKE_WEIGHT):
                    found.update(self.sounds[code])
        scored = {w: word_similarity(word, w, sound, self.sound_of[w]) for w in found}
        # a word the catalog writes means itself: another only when spelled or sounding much
        # alike ("copper" is no "coupler" where the catalog has both)
        floor = WRITTEN_WORD_MATCH if word in self.postings else TOKEN_MATCH
        return shortened | {w: s for w, s in scored.items() if s >= floor}

    def _catalog_similarity(self, a: str, b: str) -> float:
        """`word_similarity` as `similar_words` gives it for catalog words (the brute force's)."""
        found = word_similarity(a, b, None, self.sound_of.get(b))
        if found < WRITTEN_WORD_MATCH and a in self.postings and b in self.postings:
            return ABBREVIATED if abbreviates(a, b) else 0.0
        if found < TOKEN_MATCH and b == self._clipping(a):
            return ABBREVIATED
        return found

    def _score(self, said: tuple[str, ...], said_head: int, entry: _Entry, sim, *args, **kwargs) -> float:
        """`score_words`, a word said clipped counted only where the words said with it make it
        sure (`_clipping_confirms`)."""
        score = score_words(said, said_head, entry, sim, *args, **kwargs)
        return score if score <= 0 or self._clipping_confirms(
            said, entry, sim, kwargs.get("exact", args[0] if args else frozenset())) else 0.0

    def _clipping_confirms(self, said: tuple[str, ...], entry: _Entry, sim,
                           exact: frozenset[int] = frozenset()) -> bool:
        """Whether each word said clipped (`_clipping`) is made sure by the words said with it: a
        clipping may begin a word the catalog lacks ("hypo" for a hypo, "para" for paracetamol),
        so the one catalog word it begins is no proof. It is where the word said before it is
        the one the name has before it, the term said but for its tail ("potassium meta"); where
        the name starts with it and the word said after it comes next ("tri bandages"; not "hypo
        tablets" for sodium hypochlorite tablets, its term's first word left out); where the
        words said as the catalog writes them name this product alone ("para rockets"); and,
        with only measures beside it, a learned prefix for what the thing is, the name's first
        word or head noun ("hypo 25l" for sodium hypochlorite 25l; not "para 100ml" for liquid
        paraffin oral emulsion 100ml, nor "perm 500g" for potassium permanganate 500g)."""
        name = entry.words
        if not any(w not in name and self._clipping(w) in name for w in said):
            return True
        pairs = _align(said, name, sim, exact)
        others = {w for w in said if w in name}
        for qi, j, _ in pairs:
            w = said[qi]
            if sum(p[0] == qi or p[1] == j for p in pairs) > 1 or not _clipped_hit(w, name[j]) \
                    or name[j] != self._clipping(w):
                continue  # lined up otherwise: "algae side" as one word for algaecide
            if qi > 0 and j > 0 and said[qi - 1] == name[j - 1] \
                    or j == 0 and qi + 1 < len(said) and j + 1 < len(name) and said[qi + 1] == name[j + 1]:
                continue  # the term said whole but for the clipping
            if not others:
                return False
            if all(any(ch.isdigit() for ch in o) and not is_model_code(o) for o in others):
                if w in COMBINING_FORMS and j in (0, entry.head):
                    continue  # a measure says how much, not what: the clipping says what
                return False
            named = None
            for o in others:
                ids = _view(self.postings[o])
                named = ids if named is None else np.intersect1d(named, ids, assume_unique=True)
            if len({self.entries[e].target for e in named.tolist()[:LINE_SCAN_LIMIT]}) > 1:
                return False  # the clipping would choose: "hypo tablets" beside glucose tablets
        return True

    def _clipping(self, word: str) -> str | None:
        """The catalog word an everyday word said is clipped from (`clipped`): the one catalog
        word it begins, where the catalog does not have the word itself. Two words it begins
        ("cond" for condenser and condensate, "tri" for triangular and trial) are neither. Nor,
        but for a trade word (which a model code must confirm, `score_words`) or a combining
        form ("hypo" for hypochlorite, "meta" for metabisulphite, "iso" for isopropyl): a word
        of three letters ("car" is no carrot, "bus" no business), a word before another word
        of its own ("grape" is no "grapefruit", "bull" no "bulldog"), a word that begins a
        longer one before its ending ("sea" is no "seasoning")."""
        if not word.isalpha() or word in self.postings or not is_english(word):
            return None
        longer = self._starting_with(word)
        if len(longer) != 1 or not clipped(word, longer[0]):
            return None
        name_word, rest = longer[0], longer[0][len(word):]
        if len(rest) < CLIPPED_MIN:
            return None  # a word with a few letters more is another word: "plant", "plantain"
        if word not in VOCABULARY_WORDS and word not in COMBINING_FORMS and (
                len(word) < SHORTENING_ALONE_MIN or len(rest) >= 3 and is_english(rest)
                or any(name_word.endswith(e) and len(name_word) - len(e) > len(word)
                       and is_english(name_word[:-len(e)]) for e in _ENDINGS)):
            return None
        return name_word

    def _starting_with(self, word: str) -> list[str]:
        """Catalog words that start with `word` and go on: a sorted list, rebuilt after new
        words came in (a catalog is built once and read many times)."""
        if word.isalpha() and len(word) < ABBREVIATION_MIN:
            return []
        if self.sorted_stale:
            self.sorted_words = sorted(self.postings)
            self.sorted_stale = False
        start = bisect.bisect_right(self.sorted_words, word)
        end = bisect.bisect_left(self.sorted_words, word + "~", start)
        return self.sorted_words[start:end]

    @staticmethod
    def _spelled_like(word: str, pool: list[str] | None, cutoff: float) -> list[str]:
        if not pool:
            return []
        return [w for w, _, _ in process.extract_iter(word, pool, scorer=fuzz.ratio, score_cutoff=cutoff)]

    def _candidates(self, said: tuple[str, ...], head: int, exact: frozenset[int] = frozenset(),
                    headless: bool = False, no_noun: bool = False) -> list[tuple[int, list[int]]]:
        """Entry indexes worth scoring, grouped by name length, shortest first: names that have,
        for every said word, a word lining up with it (the others would score 0), and whose
        head noun lines up with the said head."""
        # (postings size, catalog words, said word, is head)
        groups: list[tuple[int, set[str] | None, str, bool]] = []
        for i in [head] + [i for i in range(len(said)) if i != head and said[i] not in STATE_WORDS
                           and said[i] not in vocabulary.DEFAULT_WORDS and not sizes_it(said, i)
]:
            if i in exact:  # a vocabulary word: only itself
                if said[i] not in self.postings:
                    return []
                sims = {said[i]}
                as_head = i == head and not headless and not no_noun and not says_no_noun(said, head)
                index = self.head_postings if as_head else self.postings
                groups.append((sum(len(index.get(w, ())) for w in sims), sims, said[i], as_head))
                continue
            sims = set(self.similar_words(said[i]))
            if i + 1 < len(said):  # "di humidifier": the pair may be one catalog word
                sims.update(self.similar_words(said[i] + said[i + 1]))
            if i > 0:
                sims.update(self.similar_words(said[i - 1] + said[i]))
            if said[i] in self.initials:  # "sp" for "single pole"
                sims.add(said[i])
            if not sims:  # only a catalog name spelling it as two words can line up ("walkietalkie")
                groups.append((0, None, said[i], False))
                continue
            # the name's head noun must line up with the said head ("two by fours" has none)
            as_head = i == head and not headless and not no_noun and not says_no_noun(said, head)
            index = self.head_postings if as_head else self.postings
            groups.append((sum(len(index.get(w, ())) for w in sims), sims, said[i], as_head))
        # Start from the smallest group and keep the entries that every other group has too:
        # membership tests against sorted arrays cost O(candidates x log n), so a common word's
        # long list is never materialised.
        candidates = np.empty(0, dtype=np.int32)
        lists: list[np.ndarray] = []
        for n, (_, sims, word, as_head) in enumerate(sorted(groups, key=lambda g: g[0])):
            if sims is None:
                lists = [self._split_spellings(word)]
            else:
                index = self.head_postings if as_head else self.postings
                lists = [_view(index[w]) for w in sims if w in index]
                if word in self.initials:
                    lists.append(_view(self.initials[word]))
            if n == 0:
                candidates = lists[0] if len(lists) == 1 else np.unique(np.concatenate(lists or [candidates]))
            else:
                keep = np.zeros(len(candidates), dtype=bool)
                for sorted_ids in lists:
                    keep |= _in_sorted(candidates, sorted_ids)
                candidates = candidates[keep]
            if not len(candidates):
                break
        # plain ints from here on: no numpy view of a posting array may outlive this call,
        # or the array could not grow when the next product is added
        ids = candidates.tolist() if groups else []
        del candidates, lists
        by_length: dict[int, list[int]] = {}
        for e in ids:
            by_length.setdefault(len(self.entries[e].words), []).append(e)
        return [(n, sorted(by_length[n])) for n in sorted(by_length)]

    def _split_spellings(self, word: str) -> np.ndarray:
        found = [np.intersect1d(_view(self.postings[word[:k]]), _view(self.postings[word[k:]]),
                                assume_unique=True)
                 for k in range(2, len(word))  # "usbc" for "usb c"
                 if word[:k] in self.postings and word[k:] in self.postings]
        return np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int32)

    def _exact(self, words: tuple[str, ...]) -> Resolution | None:
        exact = self.by_key.get(" ".join(words))
        if exact and len({self.entries[e].target for e in exact}) == 1:
            first = self.entries[exact[0]]
            return Resolution("matched", "", first.target, first.name, 100.0,
                              (Candidate(first.target, first.name, 100.0),))
        return None

    def _wordings(self, words: tuple[str, ...]) -> list[tuple[tuple[str, ...], frozenset[int], float, int]]:
        """The said words, and for products each rewrite the vocabulary allows, with the
        positions it put in, its cost and the words it counts as left out (a kind for its
        family name)."""
        out = [(words, frozenset(), 0.0, 0)]
        if self.vocabulary:
            out.extend((alt, put, SYNONYM_PENALTY, 0) for alt, put in rewrites(words))
            out.extend((alt, put, 0.0, 1) for alt, put in kinds(words))
            out.extend((alt, put, SYNONYM_PENALTY, 0) for alt, put in family_dropped(words))
        return out

    def resolve(self, said: str) -> Resolution:
        words = self.words_of(said)
        return self._resolve_with(said, words, self._resolve_words)

    def _resolve_with(self, said: str, words: tuple[str, ...], resolve_words) -> Resolution:
        found = self._by_relative_size(said, words, resolve_words(said, words), resolve_words)
        found = self._packed_as_said(said, words, found, resolve_words)
        found = self._sized_pack(said, words, found)
        found = self._codes_after_the_noun(said, words, found)
        found = self._size_not_listed(said, words, found, resolve_words)
        found = self._noun_not_listed(said, words, found, resolve_words)
        found = self._variant_said_alone(said, found)
        return self._leading_words_of_one_line(said, words, found)

    def _variant_said_alone(self, said: str, found: Resolution) -> Resolution:
        """A colour or a size said alone ("the red one", "mediums", "xl": the noun said before
        it) names no new product. It picks the one product that comes in it where the catalog
        has the same product in another colour or size ("stoneware clay red" beside "stoneware
        clay buff", "ink caps small" beside "ink caps large"); several products that come in
        it are asked about, and so is a lone one that comes in nothing else ("red sharps bin":
        "red" may be said of another thing)."""
        if found.outcome != "new" or not self.vocabulary:
            return found
        variant = self.words_of(_SAID_ONE.sub("", said))
        kind = _variant_kind(variant)
        if kind is None or variant[-1] not in self.postings:
            return found
        carriers: dict[int, tuple[_Entry, int]] = {}
        for e in islice(_view(self.postings[variant[-1]]).tolist(), VARIANT_CARRIERS):
            entry = self.entries[e]
            at = next((i for i, run, _ in _variant_runs(entry.words) if run == variant), None)
            if at is not None and entry.target not in carriers:
                carriers[entry.target] = (entry, at)
        if not carriers:
            return found
        named = [Candidate(entry.target, entry.name, 100.0 - HEADLESS_PENALTY
                           - _left_out_penalty(len(entry.words) - len(variant)))
                 for entry, _ in carriers.values()]
        if len(carriers) > 1:
            return _decide(said, named, ask=True)
        entry, at = next(iter(carriers.values()))
        return _decide(said, named, ask=not self._in_other_variants(entry, at, variant, kind)
                       or self._other_line_without(entry, at, variant, kind))

    def _other_line_without(self, entry: _Entry, at: int, variant: tuple[str, ...],
                            kind: str) -> bool:
        """Whether another line of the catalog may come in `variant` too, said alone (a new one
        of that line): a line in colours all of which the carrier's line comes in ("red"
        beside "biros blue" and "biros black", with "whiteboard markers" in black, blue and
        red); a line in sizes on both sides of it ("medium" beside "collar small red" and
        "collar large red"); a container that comes in sizes given as measures ("large" beside
        "takeaway cups 8oz" and "... 12oz": a container's size says which one; not "xl" or "extra
        small", sizes of what is worn)."""
        rest = entry.words[:at] + entry.words[at + len(variant):]
        self._group_lines()
        lines = self.variant_lines.get(kind, {})
        own = lines.get(rest, set())
        for line_rest, runs in lines.items():
            if len(runs) < 2 or line_rest == rest or variant in runs:
                continue
            if kind == "colour" and runs <= own:
                return True
            if kind == "size" and min(map(_SIZE_ORDER.get, runs)) < _SIZE_ORDER[variant] \
                    < max(map(_SIZE_ORDER.get, runs)):
                return True
        if kind == "size" and variant[0] != "extra":  # "xl" is said of garments, not of cups
            return any(n > 1 and key and key != rest
                       and key[head_index(key)] in _HOLDERS | CONTAINER_WORDS
                       for key, n in self.measured.items())
        return False

    def _group_lines(self) -> None:
        """Group the names into lines by their colour or size (the name without it) and count
        the names sized by one measure ("takeaway cups 8oz"): the names added since the last
        call only (names are only ever appended), so each name is looked at once."""
        for other in self.entries[self.lines_counted:]:
            for i, run, k in _variant_runs(other.words):
                self.variant_lines.setdefault(k, {}).setdefault(
                    other.words[:i] + other.words[i + len(run):], set()).add(run)
            sized = [i for i, w in enumerate(other.words) if _measure_size(w)]
            if len(sized) == 1:
                key = other.words[:sized[0]] + other.words[sized[0] + 1:]
                self.measured[key] = self.measured.get(key, 0) + 1
        self.lines_counted = len(self.entries)

    def _in_other_variants(self, entry: _Entry, at: int, variant: tuple[str, ...],
                           kind: str) -> bool:
        """Whether the catalog has the product of `entry` in another colour or size than
        `variant` (at `at` in its name): the same name with another colour or size there, or,
        for a colour after the noun, another one word there ("stoneware clay buff" beside "...
        red"; a size beside another word may be no size: "medium roast" beside "dark roast"). A
        colour before the noun may start a kind ("white spirit" beside "methylated spirit",
        "white rum" beside "spiced rum"): there only colours in its place, as "red onions" and
        "white onions", make it one of a line. Looks at the
        names of the rarest other word only, at most LINE_SCAN_LIMIT of them."""
        rest = entry.words[:at] + entry.words[at + len(variant):]
        if not rest or any(w not in self.postings for w in rest):
            return False
        rarest = min((self.postings[w] for w in rest), key=len)
        if len(rarest) > LINE_SCAN_LIMIT:
            return False
        in_its_place = set()  # for a colour: the words other names have in its place
        for other in map(self.entries.__getitem__, _view(rarest).tolist()):
            if other.target == entry.target:
                continue
            if kind == "colour" and len(other.words) == len(entry.words) \
                    and other.words[:at] + other.words[at + 1:] == rest \
                    and other.words[at].isalpha():
                in_its_place.add(other.words[at])
                continue
            if any(k == kind and run != variant
                   and other.words[:i] + other.words[i + len(run):] == rest
                   for i, run, k in _variant_runs(other.words)):
                return True
        if at == 0:  # before the noun a colour may start a kind: "white spirit", "orange juice"
            return bool(in_its_place) and in_its_place <= COLOUR_WORDS
        return bool(in_its_place)

    def _leading_words_of_one_line(self, said: str, words: tuple[str, ...],
                                   found: Resolution) -> Resolution:
        """A name said that begins the names of two or more products of one line, which go on
        only with what tells them apart, is asked about rather than taken for one of them or
        for a new product: "brake pads" for "brake pads disc" and "brake pads rim", "spike tape"
        for "spike tape yellow" and "spike tape fluorescent pink", "vetwrap" for "vetwrap
        bandage blue" and "... purple" (a word no dictionary has: the line's own name). Not
        where the names go on with different things ("paint" before "paint roller" and "paint
        tray", "mop" before "mop bucket" and "mop head"), nor everyday words before everyday
        words the names share ("dog" before "dog food adult" and "dog food puppy", "coffee"
        before "coffee grinder manual"; not a brand they share: "brake pads shimano b01s"), nor
        where one of them is the others' start ("zorbex 2217 filter" and "... filter pads"; the
        size they all end in set aside: "coke 330ml" and "coke zero 330ml"), nor where a name
        goes on with another thing at its end ("fridge thermometer" and "fridge door seal"). A
        name the catalog has as said is that product."""
        if found.outcome == "ambiguous" or found.score >= 100.0 or not self.vocabulary \
                or not words or any(w not in self.postings for w in words):
            return found
        rarest = min((self.postings[w] for w in words), key=len)
        if len(rarest) > LINE_SCAN_LIMIT:
            return found
        line = [entry for entry in map(self.entries.__getitem__, _view(rarest).tolist())
                if len(entry.words) > len(words) and entry.words[:len(words)] == words]
        if len({entry.target for entry in line}) < 2:
            return found
        tails = _without_common_measures([entry.words[len(words):] for entry in line])
        plain = min(tails, key=len)
        if all(tail[:len(plain)] == plain for tail in tails):
            return found  # one of them and more: "zorbex 2217 filter" and "... filter pads",
            # "coke 330ml" and "coke zero 330ml" (the size they all end in said of none)
        shared = next((n for n in range(min(map(len, tails)))
                       if len({tail[n] for tail in tails}) > 1), min(map(len, tails)))
        if not shared and any(_names_a_thing(tail[0]) or _ends_in_a_thing(tail)
                              for tail in tails):
            return found  # different things: "paint roller", "paint tray"; "fridge door seal"
        everyday = [w for w in words + tails[0][:shared] if w.isalpha()
                    and is_english(w) and not any(self._written_as_name(e, w) for e in line)]
        if shared and all(w in everyday for w in words if w.isalpha()) \
                and any(w in everyday or _names_a_thing(w) for w in tails[0][:shared]):
            return found  # everyday words said of another thing: "dog" before "dog food adult"
        named = {entry.target: Candidate(entry.target, entry.name, 100.0 - _left_out_penalty(
            len(entry.words) - len(words))) for entry in reversed(line)}
        if found.outcome == "matched" and found.id not in named:
            named[found.id] = Candidate(found.id, found.name, found.score)
        return _decide(said, named.values(), ask=True)

    def _noun_not_listed(self, said: str, words: tuple[str, ...], found: Resolution,
                         resolve_words) -> Resolution:
        """A brand or model said with what kind of thing it is where the catalog names it by
        brand and code alone ("shure mics" for "shure sm58" and "shure beta 58a", "fluke
        tester" for "fluke t5-1000"): the names found without that noun, when none of them has
        a noun of its own and the noun says what a device is (DEVICE_NOUNS: "fx6 cage" may be
        a cage for it), nor a noun the catalog uses for other things."""
        if found.outcome != "new" or not self.vocabulary or len(words) < 2:
            return found
        noun = words[-1]
        if noun not in DEVICE_NOUNS or noun in self.postings \
                or any(w in self.head_postings for w in self.similar_words(noun)):
            return found
        without = resolve_words(said, words[:-1])
        if without.outcome == "new":
            return found
        named = [without.name] if without.outcome == "matched" else [c.name for c in without.candidates]
        for name in named:
            entry = self._entry_named(name)
            if entry is None or any(w.isalpha() and len(w) > 2 and is_english(w)
                   and not self._written_as_name(entry, w) for w in entry.words):
                return found  # "shure mic stand", "house red wine": the catalog names a noun
        return Resolution(without.outcome, said, without.id, without.name,
                          without.score - SUBSET_PENALTY, without.candidates)

    def _entry_named(self, name: str) -> _Entry | None:
        """The entry of a catalog product's own name (None for a name known only by alias)."""
        found = self.by_key.get(" ".join(self.words_of(name)))
        return self.entries[found[0]] if found else None

    def _size_not_listed(self, said: str, words: tuple[str, ...], found: Resolution,
                         resolve_words) -> Resolution:
        """A name said with the weight or volume it comes in where the catalog gives none
        ("chlorhexidine scrub 5l", "16kg plain flour") is the product listed with no size at
        all, when no product of its kind comes in a size (then "milk 4 pint" beside "milk 2
        pint" is another). A length or a container's size says which model ("12 inch miter
        saw", "5 gallon buckets" are other products)."""
        if found.outcome != "new" or not self.vocabulary:
            return found
        rest = tuple(w for w in words if not _pack_size(w))
        if len(rest) == len(words) or not any(w.isalpha() for w in rest) \
                or rest[head_index(rest)] in CONTAINER_WORDS | _HOLDERS:
            return found  # a bucket's or a bin's size is which one it is
        without = resolve_words(said, rest)
        if without.outcome != "matched" or self._comes_in_sizes(without.name):
            return found
        return Resolution("matched", said, without.id, without.name,
                          without.score - FILLER_WORD_PENALTY, without.candidates)

    def _packed_as_said(self, said: str, words: tuple[str, ...], found: Resolution,
                        resolve_words) -> Resolution:
        """A name that found nothing said with how it comes packed ("clinell tubs", "san marzano
        tins"): the name without it. Not bags, bottles, boxes or rolls, which are things of
        their own ("bin bags", "toilet roll")."""
        if found.outcome != "new" or not self.vocabulary or len(words) < 2 \
                or words[-1] not in PACKED_AS_SAID or not any(w.isalpha() for w in words[:-1]):
            return found
        rest = resolve_words(said, words[:-1])
        if rest.outcome == "new":
            return found
        return Resolution(rest.outcome, said, rest.id, rest.name, rest.score - SYNONYM_PENALTY,
                          rest.candidates)

    def _sized_pack(self, said: str, words: tuple[str, ...], found: Resolution) -> Resolution:
        """A size and a box, bag, case, pack or roll said alone ("large box", "small bags") names
        the catalog's one product in that size that is that pack: a collective word is no head
        noun in a catalog name (`head_index`), so said with only a size it lines up with
        nothing. Only names that are the pack itself count: the size first and the pack last
        ("large moving box", "small compost bag"), or a pack for shipping or of a packing
        material with the size after it ("shipping box medium 30x20x15", "cardboard boxes
        large", `PACKAGING_WORDS`). A pack after another noun is that thing's pack ("nitrile
        gloves large box", "t-shirt large 3 pack"), and a size after a noun and a pack is most
        often a thing of its own ("sausage roll large", "punch bag small", "fuse box small"): a
        wrong match is worse than a question. Several such products in that size are asked
        about, with those that have the pack and the size in another order beside them; one
        in another size or in none is no match."""
        if found.outcome != "new" or not self.vocabulary or len(words) < 2 \
                or words[-1] not in SIZED_PACKS or words[:-1] not in _SIZE_ORDER:
            return found
        size, pack = words[:-1], words[-1]
        named: dict[int, Candidate] = {}
        others: dict[int, Candidate] = {}  # the pack after the noun, the size elsewhere
        for e in self._entries_with(words)[:LINE_SCAN_LIMIT]:
            entry = self.entries[e]
            packs = [i for i, w in enumerate(entry.words) if w == pack]
            sizes = [run for _, run, k in _variant_runs(entry.words) if k == "size"]
            if entry.target in named or entry.target in others or not packs \
                    or packs[0] <= entry.head or size not in sizes:
                continue
            (named if _is_sized_pack(entry.words, size, pack) else others)[entry.target] = \
                Candidate(entry.target, entry.name, 100.0 - HEADLESS_PENALTY
                          - _left_out_penalty(len(entry.words) - len(words)))
        if not named:
            return found
        # beside one that may be the pack ("garden waste bag large"), "large bag" is asked about
        return _decide(said, [*named.values(), *others.values()], ask=len(named) + len(others) > 1)

    def _codes_after_the_noun(self, said: str, words: tuple[str, ...],
                              found: Resolution) -> Resolution:
        """A name said up to its noun where the catalog name goes on after it with codes only
        ("iphone 13 pro screen" for "iPhone 13 Pro screen OLED", "diva dimmer" for "Lutron Diva
        dimmer DVCL-153P", "schrader sensor" for "Schrader EZ-sensor TPMS"): the noun said is
        the thing, though `head_index` took the code that ends the name for its head. A code
        holds a digit or is written in capitals in the catalog (OLED, TRV, RGB) and is no word
        a dictionary knows; a word in lower case after the noun may be a thing of its own
        ("capo" after "acoustic guitar", "latte" after "oat milk", "studio light softbox"),
        unless a code said comes after it ("02 gel" for "gel rosco 02"). Unsaid words stand
        only before the first said word, a brand's place, or in one written word with a said
        one ("EZ-sensor"): a word between said words is another model ("iphone 14 screen" is
        no "iPhone 14 Plus screen OLED", "pixel 7 screen" no "Pixel 7 Pro screen"). Names tied
        are asked about, but for a plain one beside others that add a word."""
        if found.outcome != "new" or not self.vocabulary or len(words) < 2:
            return found
        head = words[head_index(words)]
        if not head.isalpha() or not is_english(head):
            return found
        named: dict[int, Candidate] = {}
        for e in self._entries_with(words)[:LINE_SCAN_LIMIT]:
            entry = self.entries[e]
            if head not in entry.words or not set(words) <= set(entry.words):
                continue
            at = len(entry.words) - 1 - entry.words[::-1].index(head)
            if at >= entry.head or at + 1 == len(entry.words) \
                    or not _said_up_to_the_noun(entry, set(words), at):
                continue
            _keep(named, entry, 100.0 - HEADLESS_PENALTY
                  - _left_out_penalty(len(entry.words) - len(words)))
        self._drop_marked_variants(named, words, False)  # "iphone 13 screen": not the 13 pro's
        return _decide(said, named.values()) if named else found

    def _resolve_words(self, said: str, words: tuple[str, ...]) -> Resolution:
        if not words:
            return Resolution("new", said)
        exact = self._exact(words)
        if exact:
            return Resolution(exact.outcome, said, exact.id, exact.name, exact.score, exact.candidates)
        best: dict[int, Candidate] = {}
        for wording, put, cost, left_out in self._wordings(words):
            self._score_into(best, wording, put, cost, left_out=left_out)
        self._drop_others_of_a_written_word(best, words)
        other, plural = self._other_readings(said, words) if not best else ([], [])
        for wording in other:
            self._score_into(best, wording, frozenset(), SYNONYM_PENALTY)
        misheard = [w for reading in [words] + other + plural
                    for w in self._misheard_wordings(reading)] if not best else []
        for wording in misheard:
            self._score_into(best, wording, frozenset(range(len(wording))), MISHEARD_PENALTY,
                             in_order=True)
        if not best:
            for said_as, put, cost, left_out in self._wordings(words):
                # not a wording that only moved what it is for: that order is said ("... for Y")
                for wording in self._reordered(said_as) if not left_out and (put or said_as == words) else ():
                    self._score_into(best, wording, frozenset(range(len(wording))),
                                     REORDERED_PENALTY + cost)
        if not best:  # another reading said in another order ("tiny tag logger" for
            # "hygrometer data logger tinytag")
            for wording in [r for reading in other for r in self._reordered(reading)]:
                self._score_into(best, wording, frozenset(range(len(wording))),
                                 REORDERED_PENALTY + SYNONYM_PENALTY)
        if not best:  # misheard and said in another order ("mars piper seed potatoes"), in
            # names of three words or more: "spray paint" is no misheard "paint sprayer"
            for wording in [r for m in misheard if len(m) > 2 for r in self._reordered(m)]:
                self._score_into(best, wording, frozenset(range(len(wording))),
                                 MISHEARD_PENALTY + REORDERED_PENALTY)
        ask = False  # a name found by its leading words only, something else left over
        if not best:
            for wording, _, cost, left_out in self._wordings(words):
                if not left_out:
                    ask |= self._by_leading_words(best, wording, self._entries_with(wording), cost)
        if not best:
            for reading in [words] + other:
                for wording, put, cost, left_out in self._wordings(reading):
                    if not left_out and self._names_no_head(wording):
                        self._score_into(best, wording, put, cost + HEADLESS_PENALTY, headless=True)
                ask |= self._keep_one_kind(best, reading, said)
                if best:
                    break
        if not best and self._brand_and_codes(words):
            self._score_into(best, words, frozenset(), HEADLESS_PENALTY, no_noun=True)
        if not best:
            self._by_shortening(best, words)
        if not best:
            for reading in [words] + other:  # "number three thinners": "no3 thinner"
                self._by_model_code(best, reading)
                if best:
                    break
        ask |= self._content_elsewhere(best, words)
        ask |= self._with_and_without(best, words)
        self._drop_marked_variants(best, words, ask)
        return _decide(said, best.values(), ask)

    def _with_and_without(self, best: dict[int, Candidate], words: tuple[str, ...]) -> bool:
        """Whether the one name found is a thing with what it comes with ("toothbrush with case",
        "lidocaine 1% with adrenaline 5ml"), what it comes with unsaid, where the catalog has
        the thing without it too ("toothbrush soft", "lidocaine 2% 5ml"): which? Both are
        asked about, the found name not taken for the thing alone."""
        if len(best) != 1:
            return False
        (found,) = best.values()
        entries = self._entries_with(words)
        for e in entries:
            entry = self.entries[e]
            if entry.target != found.id or "with" not in entry.words[1:-1]:
                continue
            thing = entry.words[:entry.words.index("with", 1)]
            if not set(words) <= set(thing):
                continue
            named = [w for w in thing if w.isalpha()]
            others = [o for o in self._entries_with(tuple(named))
                      if self.entries[o].target != found.id and "with" not in self.entries[o].words
                      and [w for w in self.entries[o].words if w.isalpha()][:len(named)] == named]
            for o in others:
                _keep(best, self.entries[o], found.score)
            return bool(others)
        return False

    def _brand_and_codes(self, words: tuple[str, ...]) -> bool:
        """Whether a said name that found nothing is a brand and a model number or a size, and
        nothing else ("eheim 2217" for "eheim 2217 filter", "8ft nsp" for "nsp 8'0 funboard"):
        a word no dictionary has that the catalog uses as no head noun (not "emt 1/2", where
        the catalog's "1/2 inch emt" says emt is a thing), then the names that have all the
        said words, their noun left unsaid."""
        if not self.vocabulary or len(words) < 2:
            return False
        head = head_index(words)
        brand = words[head]
        rest = [w for i, w in enumerate(words) if i != head and w not in STATE_WORDS]
        return bool(rest) and brand.isalpha() and not any(w.isalpha() for w in rest) \
            and brand in self.postings and brand not in self.head_postings and not is_english(brand)

    def _drop_others_of_a_written_word(self, best: dict[int, Candidate], words: tuple[str, ...]) -> None:
        """A word said alone that the catalog writes as it is, though in no name as its head
        noun, means that word: names found only because another word is spelled like it are
        dropped ("testo" beside "testo 550s digital manifold" is no "test kit"), and the
        fallbacks that find a name by its other words take over."""
        if not best or not self.vocabulary or len(words) != 1 or not words[0].isalpha() \
                or words[0] not in self.postings or words[0] in self.head_postings:
            return
        for c in best.values():
            entry = self._entry_named(c.name)
            if entry is None or words[0] in entry.words:
                return
        best.clear()

    def _dimension_tails(self) -> dict[str, list[str]]:
        """The second part of each dimension the catalog writes, to its words: "25c" of a tyre's
        "700x25c", said without the rim. Built when first asked, again after new words."""
        if self.tails_counted != len(self.postings):
            self.tails = {}
            for w in self.postings:
                tail = _DIMENSION_TAIL.fullmatch(w)
                if tail:
                    self.tails.setdefault(tail[1], []).append(w)
            self.tails_counted = len(self.postings)
        return self.tails

    def _by_model_code(self, best: dict[int, Candidate], words: tuple[str, ...]) -> None:
        """Last, a model code said with words that are all in the names that have it, in any
        order: "c4950 cartridges" for "cartridge filter c-4950". The code says which."""
        codes = [w for w in words if is_model_code(w) and len(w) >= 3
                 and (w in self.postings or w in self._dimension_tails())]
        # ...or a number said without its unit ("diet coke glass 330" for its 330ml bottle)
        measures = [w for w in words if w.isdigit() and len(w) >= 2]
        if len(codes) == 1 and len(measures) == 1 and codes[0] in self.postings:
            # the code with the second number of a dimension ("gp5000 28" for "continental
            # gp5000 700x28"): the one of its sizes that ends in it
            rest = {w for w in words if w not in (codes[0], measures[0])}
            ends = re.compile(r"\d+(\.\d+)?x" + measures[0] + r"[a-z]*")
            for e in islice(_view(self.postings[codes[0]]).tolist(), 200):
                entry = self.entries[e]
                if rest <= set(entry.words) and any(ends.fullmatch(w) for w in entry.words):
                    _keep(best, entry, 100.0 - _left_out_penalty(len(entry.words) - len(words))
                          - REORDERED_PENALTY)
            return
        if len(codes) + len(measures) != 1:
            return
        said = (codes or measures)[0]
        rest = {w for w in words if w != said}
        # a number said beside a measure it begins names another measure: "needles 25g x 25"
        # is no "25g x 16mm", its 25 is not the 25g said again
        found = ([said] if said in self.postings else self._dimension_tails()[said]) if codes \
            else [m for m in self._starting_with(said) if m[len(said):].isalpha() and is_size(m)
                  and m not in rest]
        for code in found:
            for e in _view(self.postings[code]).tolist():
                entry = self.entries[e]
                if rest and rest <= set(entry.words) or codes and not rest:
                    _keep(best, entry, 100.0 - _left_out_penalty(len(entry.words) - len(words))
                          - REORDERED_PENALTY)

    def _drop_marked_variants(self, best: dict[int, Candidate], words: tuple[str, ...],
                              ask: bool) -> None:
        """Of names tied for the said one, drops those that add a word another leaves unsaid
        too: the plain product is meant when a variant is marked ("tonic" is "fever-tree tonic",
        not "fever-tree light tonic"; "gordons" the gin, not the pink gin; "large gloves" not
        "extra large"). Names that differ in a word each ("nitrile" and "latex gloves") still
        ask."""
        if ask or len(best) < 2:
            return
        top = max(c.score for c in best.values())
        tied = [c for c in best.values() if c.score >= top - AMBIGUITY_GAP]
        if len(tied) < 2:
            return
        said = set(words) | {singular(w) for w in words}
        unsaid = {}
        for c in tied:
            entry = self._entry_named(c.name)
            if entry is None:
                return
            if entry.words[entry.head] not in said and not any(ch.isdigit() for w in words for ch in w):
                return  # a brand said alone ("fever tree") may be any of its products
            unsaid[c.id] = frozenset(w for w in entry.words if w not in said)
        plain = [c for c in tied if not any(unsaid[o.id] < unsaid[c.id] for o in tied)]
        if len(plain) == 1:
            for c in tied:
                if c is not plain[0]:
                    del best[c.id]

    def _content_elsewhere(self, best: dict[int, Candidate], words: tuple[str, ...]) -> bool:
        """Whether the best name was found by what a keg, bale or sack holds (PACKED_HEADS)
        while that word names another product too: "coffee" beside "coffee granules" and
        "coffee beans 1kg" is asked about, as "diet coke" beside its syrup bag-in-box and its
        bottles."""
        if not best or not self.vocabulary:
            return False
        top = max(best.values(), key=lambda c: (c.score, c.name))
        entry = self._entry_named(top.name)
        if entry is None:
            return False
        said = words[head_index(words)]
        if entry.head == 0 or entry.words[entry.head] not in PACKED_HEADS \
                or entry.words[entry.head - 1] != said or said == entry.words[entry.head]:
            return False
        return any(self.entries[e].target != entry.target for e in self.postings.get(said, ()))

    def _by_shortening(self, best: dict[int, Candidate], words: tuple[str, ...]) -> None:
        """Last, a word said alone that no dictionary has and that begins one catalog word
        only: a shortening of it ("mayo" for mayonnaise, "meths" for methylated spirit). An
        English word may be a thing of its own ("tab" is no tablet)."""
        if not self.vocabulary or len(words) != 1 or len(words[0]) < SHORTENING_ALONE_MIN \
                or not words[0].isalpha() or is_english(words[0]):
            return
        longer = [w for w in self._starting_with(words[0]) if abbreviates(words[0], w)]
        if len(longer) == 1:
            for e in self.postings[longer[0]]:
                entry = self.entries[e]
                _keep(best, entry, ABBREVIATED - HEADLESS_PENALTY)

    def _entries_with(self, words: tuple[str, ...]) -> list[int]:
        """Entries that have the rarest of `words` (all of them if one is missing: none)."""
        if any(w not in self.postings for w in words):
            return []
        return _view(min((self.postings[w] for w in words), key=len)).tolist()

    def _by_leading_words(self, best: dict[int, Candidate], words: tuple[str, ...],
                          entries, cost: float) -> bool:
        """When nothing matched, a name of two words or more that the catalog never uses as a
        head noun and that starts a catalog name word for word names it: a brand or line with
        its noun left out ("bombay sapphire" for "bombay sapphire gin", "coca cola" or "coke" for
        "coca-cola 330ml can", "front brake pads" for "front brake pads transit", "stair
        climber" for "stair climber trolley"). Whether to ask: a name whose words left over
        name a part or accessory of the thing said may be another thing ("coffee cups" are no
        "coffee cup lids", "toilet rolls" no "toilet roll holder")."""
        if not self.vocabulary or len(words) < 2 or words[-1] in self.head_postings \
                or not words[-1].isalpha():
            return False
        ask = False
        for e in entries:
            entry = self.entries[e]
            if entry.words[:len(words)] == words and len(entry.words) > len(words):
                _keep(best, entry, 100.0 - _left_out_penalty(len(entry.words) - len(words))
                      - REORDERED_PENALTY - cost)
                left = entry.words[len(words):]
                # a brand and model said ("sawyer squeeze" for "Sawyer Squeeze water filter")
                # names the thing the rest of the name says it is
                branded = words[0].isalpha() and (not is_english(words[0])
                                                  or self._written_as_name(entry, words[0])) \
                    and any(w.isalpha() and w not in ACCESSORY_WORDS for w in left)
                # (not "macbook pro" for its sleeve: only a part is left)
                ask |= any(w in ACCESSORY_WORDS for w in left) and not self._has_siblings(entry) \
                    and not branded
        return ask

    def _has_siblings(self, entry: _Entry) -> bool:
        """Whether the catalog has another product of the same head noun, so it sorts that noun by
        words like the ones before it ("2-row pale malt" beside "crystal malt 60L", "schwalbe
        marathon tire" beside "continental gatorskin tire"): then those words name it even with
        more than a spec left over. A name alone of its noun ("coffee cup lids") only asks."""
        heads = _view(self.head_postings.get(entry.words[entry.head], array("i"))).tolist()
        return any(self.entries[o].target != entry.target for o in heads)

    def _other_readings(self, said: str, words: tuple[str, ...]) \
            -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """Other ways to read a said name that matched nothing: with its determiners kept, with
        and without the leading ones (a recogniser writes part of a word as one: "my lar
        jackets" for mylar, "in a tubes" for inner tubes, "man a kin"), and its plurals too
        ("horticultural fleas" for fleece); with letters said by
        name read as letters ("pee bee double you", "see oh two": measures.letters_said); with
        a number's sound-alike after the first word as the number ("felco too secateurs").
        Those to score, and those to try for misheard words only. None for a name read otherwise
        (a size taken out of it)."""
        if not self.vocabulary or words != self.words_of(said):
            return [], []
        plural = product_words(tokens(spell_marks(said), as_said=True))
        small = tuple(map(singular, plural))
        lead = next((i for i, w in enumerate(small) if w not in DETERMINERS), 0)
        letters = letters_said(words)
        numbers = words[:1] + tuple(SAID_NUMBERS.get(w, w) for w in words[1:])
        readings = (small, small[lead:], numbers) + ((product_words(letters),) if letters else ())
        joined = self._joined_word(words)
        if joined:
            readings += (joined, self.words_of(" ".join(_spoken_code_numbers(joined))))
        kept = _without_state_phrases(words)
        if kept != words and kept:
            readings += (kept,)
        if len(words) > 2 and words[-2] == "for" and "for" not in self.postings \
                and (words[-1] in AUDIENCE_WORDS or words[-1] in _ANIMALS):
            # who it is for, said with "for" where the catalog lists it after the noun
            # ("frontline for cats" for "frontline spot on cat"; not what: "batteries for the
            # charger" are no battery charger)
            readings += (words[:-2] + words[-1:],)
        coded = list(small)
        for i in range(len(coded) - 1):
            letter = {**EVERYDAY_LETTER_NAMES, "our": "r"}.get(coded[i])
            if letter and coded[i + 1].isdigit() and letter + coded[i + 1] in self.postings:
                # a letter heard as a word before the number of a code ("our thirty two" for
                # r32, "see 4" for c4): the code, where the catalog has it
                coded[i:i + 2] = [letter + coded[i + 1], ""]
        coded = tuple(w for w in coded if w)
        if coded != small:
            readings += (coded,)
        for i in range(1, len(words)):
            if len(words[i]) >= 2 and words[i][:2].isdigit() and words[i - 1].isalpha() \
                    and words[i - 1] + words[i][0] in self.postings and words[i - 1] not in self.postings:
                # digits said one by one after a code's letters ("cat six three metre" read as
                # "cat 63m"): the first is the code's ("cat6 3m")
                readings += (words[:i - 1] + (words[i - 1] + words[i][0], words[i][1:]) + words[i + 1:],)
        for i in range(len(words) - 1):
            glued = _GLUED_SHORT.fullmatch(words[i])
            if glued and words[i] not in self.postings and glued[1] in self.postings \
                    and (words[i + 1] in UNITS or words[i + 1] == "point"):
                # a catalog word that naming.tokens glued to the number of a measure or a
                # decimal after it ("nsp eight foot" read as "nsp8 foot", "mxs five point oh"):
                # apart, the number measured ("nsp 8ft", "mxs 5.0"); only then ("jcb three" is
                # no start of "jcb 3cx")
                readings += (product_words(words[:i] + glued.groups() + words[i + 1:]),)
        glued = [i for i, w in enumerate(words) if w not in self.postings
                 and (m := _GLUED_DIMENSION.fullmatch(w))
                 and (m[1] or i > 0 and any(ch.isdigit() for ch in words[i - 1]))]
        if glued and "x" in self.postings:
            # two measures said glued where the catalog writes them apart ("m10x50 bolts" for
            # "m10 x 50mm hold bolts", "mypex 1m x100"): apart, each number then finds its
            # measure by its unit left out (`abbreviates`); "x50" after no measure is a count
            readings += (tuple(part for i, w in enumerate(words) for part in (
                tuple(p for p in _GLUED_DIMENSION.fullmatch(w).groups() if p)
                if i in glued else (w,))),)
        colour = _PROCESS_COLOUR_CODE.fullmatch(words[-1]) if len(words) > 1 else None
        if len(words) > 1 and words[-1] in _PROCESS_COLOURS and words[-2][-1:].isdigit():
            # a toner or ink said by its model and process colour letter ("tn-910 k")
            readings += (words[:-1] + (_PROCESS_COLOURS[words[-1]],),)
        elif colour:  # ...which naming.tokens glued to the number ("tn-910 c" -> tn 910c)
            readings += (words[:-1] + (colour[1], _PROCESS_COLOURS[colour[2]]),)
        if len(words) > 1 and words[-1] in _VAGUE_NOUNS:
            readings += (words[:-1],)  # "calcium hardness stuff": what kind of stuff says it
        for reading in (words,) + ((letters,) if letters else ()):
            numbered = _spoken_code_numbers(reading)
            if numbered != reading:
                readings += (self.words_of(" ".join(numbered)),)
        if len(words) > 1 and words[0] in vocabulary.SIZE_LETTERS and words[1].isalpha() \
                and self._sized_kin(words[-1]) >= 2:
            # a size letter said first, as a list reads ("lab coats: 8 M" -> "m lab coats"),
            # of a thing the catalog has in sizes (an "s hook" is a hook of its own)
            readings += (words[1:] + vocabulary.SIZE_LETTERS[words[0]],)
        heard = [r for r in dict.fromkeys(readings) if r != words]
        # a plural as said only for misheard words: its "s" is not otherwise to be stretched
        return heard, [plural[lead:]] if plural[lead:] not in heard + [words] else []

    def _sized_kin(self, noun: str) -> int:
        """How many names of this head noun give a size in words ("lab coat medium")."""
        return sum(any(w in SIZE_WORDS for w in self.entries[e].words)
                   for e in _view(self.head_postings.get(noun, array("i"))).tolist())

    def _joined_word(self, words: tuple[str, ...]) -> tuple[str, ...] | None:
        """A name with two to four said words read as the one catalog word a recogniser split
        ("shear water" for shearwater, "die bond" for dibond, "you be key" for yubikey, "clor
        hex a dean" for chlorhexidine): the run whose letters and sound run closest to a
        catalog word that starts alike, none of them a catalog word of its own (words the
        catalog has mean what they say), or one of two when the pair is spelled within 90 and
        sounds the same ("cal pole" for calpol beside tent poles)."""
        # naming.tokens glues a short word to the number after it ("you be key five" -> key5)
        words = tuple(part for w in words for part in (
            _GLUED_SHORT.fullmatch(w).groups() if _GLUED_SHORT.fullmatch(w) else (w,)))
        best: tuple[float, int, int, str] | None = None
        for i in range(len(words) - 1):
            for n in range(2, min(JOINED_MAX_WORDS, len(words) - i) + 1):
                run = words[i:i + n]
                known = sum(w in self.postings for w in run)
                if not all(w.isalpha() for w in run) or known > (1 if n == 2 else 0):
                    break
                joined = "".join(run)
                sound = _sound(joined)
                for w in self.similar_words(joined):
                    spelled = fuzz.ratio(joined, w)
                    sounded = fuzz.ratio(sound, self.sound_of[w])
                    # spelled and sounding alike: "sun cream" is no "sunbeam" (SNKRM, SNBM)
                    if w.isalpha() and (w[0] == joined[0] or sound[:1] == self.sound_of[w][:1]) \
                            and (spelled >= JOINED_SPELLING and sounded >= JOINED_SPELLING
                                 or spelled >= JOINED_SPELLING - 10 and sounded >= JOINED_SOUND) \
                            and (not known or spelled >= JOINED_KNOWN and sounded == 100.0) \
                            and (best is None or spelled > best[0]):
                        best = (spelled, i, n, w)
        if best is None:
            return None
        _, i, n, w = best
        return self.words_of(" ".join(words[:i] + (w,) + words[i + n:]))

    def _names_no_head(self, words: tuple[str, ...]) -> bool:
        """Whether a said name that matched nothing may name catalog products by their other
        words, the head noun left out: its own head is a word that neither the catalog nor the
        vocabulary uses as a head noun, so it says which rather than what ("cascade" for
        "cascade hops", "gauze" for the gauze pads, "quikrete 80lb" for "quikrete concrete mix
        80lb"). A thing's own noun is not: "drill" with only a "drill bit set" stays new."""
        if not self.vocabulary:
            return False
        word = words[head_index(words)]
        return word.isalpha() and word not in _NOT_MISHEARD \
            and (word not in vocabulary.HEAD_NOUNS or self._names_a_form(word)) \
            and word not in COLOUR_WORDS and word not in AUDIENCE_WORDS \
            and (word not in self.head_postings or self._sorts_a_spray_only(word)) \
            and (word in self.postings  # said as the catalog writes it: no misheard head noun
                 or not any(w in self.head_postings for w in self.similar_words(word)))

    def _sorts_a_spray_only(self, word: str) -> bool:
        """Whether a word no dictionary has is a head key only as the word before a head that
        any word sorts ("cavicide" in "CaviCide spray 24oz", "waterstop" in "Collonil Waterstop
        spray"): said alone it is a trade name, which names its product by its other words like
        any name without its head noun (`_keep_one_kind` asks between two of its things). An
        everyday word stays what it says: "hair" is no "hair spray", nor is one the dictionary
        lacks in a spelling of its own, said by its ending ("texturising" spray)."""
        return not is_english(word) and not any(word.endswith(e) for e in _ENDINGS if len(e) > 1) \
            and all(
            self.entries[e].words[self.entries[e].head] in ANY_WORD_CLASS_HEADS
            and self.entries[e].words[self.entries[e].head] != word
            for e in _view(self.head_postings[word]).tolist()[:LINE_SCAN_LIMIT])

    def _names_a_form(self, word: str) -> bool:
        """Whether the catalog names a word no dictionary has only before the form a medicine
        comes in, sizes between ("paracetamol 500mg tablets"): said alone, it is that product,
        even where the vocabulary knows it as a thing of its own ("dishwasher" is no
        dishwasher tablets)."""
        found = _view(self.postings.get(word, array("i"))).tolist()
        return bool(found) and not is_english(word) and all(
            self.entries[e].words[self.entries[e].head] in FORM_HEADS
            and all(not w.isalpha() for w in self.entries[e].words[
                self.entries[e].words.index(word) + 1:self.entries[e].head]) for e in found)

    def _keep_one_kind(self, best: dict[int, Candidate], said: tuple[str, ...],
                       as_said: str = "") -> bool:
        """Of the products a name without its head noun found, keeps them only where the said
        words are one kind of one thing. Names with different head nouns ("paint roller", "paint
        tray") make the said word a thing of its own: "paint" is new. One name only is kept when
        something confirms it: a code said with it ("crystal 40l"), a second said word
        ("bombay saffire"), or a sibling the word tells it from ("cascade hops" beside "citra
        hops", a word the vocabulary does not know: no trade word; or, for the word that starts
        the name right before its noun, a material said as written, other kinds of that noun:
        "porcelain" for "porcelain clay" beside "red stoneware clay", `_sorts_its_noun`); a lone
        "door" is no "door closer", nor "zinc" the "zinc anodes", nor "dish" the "dish soap"
        beside "hand soap".
        Unconfirmed, a word no dictionary has still names a brand's model ("gallagher" for
        "gallagher m160 energiser"), a line inside a name ("dexron" in "atf dexron vi 1l") or
        the one product a brand starts ("orbeseal" for "orbeseal tubes"): the independent dev
        sets label a brand said alone so. Returns whether to ask."""
        if not best:
            return False
        found = [self.by_key[" ".join(self.words_of(c.name))] for c in best.values()]
        entries = [self.entries[e[0]] for e in found if e]
        told = [w for w in said if w not in _NOT_MISHEARD]
        if len({kind_of(e.words) for e in entries}) != 1:
            if len(told) == 1 and told[0].isalpha() and told[0] not in VOCABULARY_WORDS \
                    and all(e.words[0] == told[0] for e in entries) \
                    and (not is_english(told[0])
                         or all(self._written_as_name(e, told[0]) for e in entries)):
                return True  # a brand of several things ("lurpak", "numatic"): which one?
            best.clear()
            return False
        if len(entries) > 1 or len(told) > 1 or any(is_code(w) for w in told):
            return False
        entry = entries[0]
        if told[0] in VOCABULARY_WORDS and not self._names_a_form(told[0]):
            best.clear()  # a trade word is a thing of its own too: "dish" is no "dish soap"
            return False
        for other in _view(self.head_postings.get(entry.words[entry.head], array("i"))).tolist():
            words = self.entries[other].words
            if self.entries[other].target != entry.target and len(words) == len(entry.words) \
                    and sum(a != b for a, b in zip(words, entry.words)) == 1 \
                    and any(a != b and a in told for a, b in zip(entry.words, words)):
                return False
        if self._sorts_its_noun(entry, told[0], as_said):
            return False
        inside = told[0] in entry.words and entry.words.index(told[0]) > 0
        if any(is_model_code(w) for w in entry.words) or inside \
                and len([w for w in entry.words if w.isalpha()]) >= 3:
            return False  # a brand's model, a line inside a longer name
        if is_english(told[0]) and not self._written_as_name(entry, told[0]):
            best.clear()  # an everyday word is a thing of its own: "eggs" are no egg poaching pan
            return False
        # a device beside what it takes ("defib" for "defib pads", "vape" for "vape coils") is
        # asked about; a brand of supplies ("apivar strips", "tegaderm film") is not told apart
        return told[0] in entry.words and any(
            w in DEVICE_SUPPLIES for w in entry.words[entry.words.index(told[0]) + 1:])

    def _sorts_its_noun(self, entry: _Entry, word: str, as_said: str) -> bool:
        """Whether a word said alone, as the catalog writes it, is the one word before the head
        noun of `entry` where the catalog sorts that noun into other kinds too, told by at least
        two other words before it: then it says which kind ("porcelain" for "porcelain clay
        25lb" beside "red stoneware clay 25lb" and "laguna b-mix clay 25lb"). Only a word for what things are
        made of (`MATERIAL_WORDS`, which leaves out materials that are things of their own): a
        food, drug, animal or instrument said alone is that thing, not the kind it sorts
        ("lemon" is no "lemon juice", "heparin" no "heparin flush" beside "saline flush" and
        "water flush", "bass" no "bass strings"). A material alone beside no other kind stays a
        thing of its own, as does a thing beside one other line of its noun
        ("otoscope" is no "otoscope cones" beside "cone 6 witness cones"), and a plural is the
        thing itself ("eggs" are no "egg noodles" beside "rice noodles" and "udon noodles")."""
        if entry.head != 1 or entry.words[0] != word or word not in MATERIAL_WORDS \
                or word not in _WORDS.findall(as_said.lower()):
            return False
        noun = entry.words[1]
        kinds = set()  # the words right before the noun in the other kinds
        for other in _view(self.head_postings.get(noun, array("i"))).tolist()[:LINE_SCAN_LIMIT]:
            kin = self.entries[other]
            if kin.target != entry.target and kin.head > 0 and kin.words[kin.head] == noun \
                    and word not in kin.words:
                kinds.add(kin.words[kin.head - 1])
        return len(kinds) >= 2

    def _written_as_name(self, entry: _Entry, word: str) -> bool:
        """Whether the catalog writes the word with a capital where it writes most names in
        lowercase: a brand that is a word too ("Henry hoover", "Shearwater Peregrine dive
        computer" beside "dive mask"). A catalog in title case says nothing."""
        if self.lowercase_names * 3 < len(self.entries) or not self._capitals_mark_names():
            return False
        return any(w[:1].isupper() and singular(w.lower()) == word for w in entry.name.split())

    def _capitals_mark_names(self) -> bool:
        """Whether the catalog's capitals mark brands, not the start of a sentence: of the names
        that start with a capital, most start with a word no dictionary has ("Festool",
        "Scubapro"), not with "Egg" or "Lemon". Counted when first asked, again when names
        were added."""
        if self.capitals_counted != len(self.entries):
            firsts = [e.name.split()[0] for e in self.entries if e.name[:1].isupper()]
            words = {w.lower() for w in firsts if w.isalpha()}  # each brand once
            self.capitals_mark = sum(map(is_english, words)) * 2 < len(words)
            self.capitals_counted = len(self.entries)
        return self.capitals_mark

    def _reordered(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """When nothing matched a product name of two words or more said list-style, head noun
        first ("candles vanilla", "gloves nitrile"), or said in the usual order where the
        catalog lists a word last ("laser ply 3mm" for "plywood 3mm laser"): the first word
        moved last, every word then found as it is ("spray paint" is no "paint sprayer"); and
        the last word moved first, where the catalog lists the noun first ("red oat coolant"
        for "coolant red oat 5l"); and two words said first moved last."""
        if not self.vocabulary or len(words) < 2 or words[-1] in SIZE_WORDS:
            return []
        out = []
        if words[0].isalpha() and words[0] not in STATE_WORDS:
            out.append(words[1:] + words[:1])
        if len(words) > 2 and words[-1].isalpha():
            out.append(words[-1:] + words[:-1])
        if len(words) > 3 and words[1].isalpha():
            # a name of two words said first ("maris piper seed potatoes", "36 degree source
            # four") where the catalog lists it after the noun
            out.append(words[2:] + words[:2])
        return out

    def _heard_as(self, said: str) -> set[str]:
        """Catalog words `misheard` may accept for `said`, found without a scan: those with the
        same first sound and consonant classes, and short words of about its length."""
        found = set(self.by_sound_class.get((onset(said), consonants(said)), ()))
        if said.endswith("a") and len(said) > 2:  # "in a" for "inner" (see `misheard`)
            found.update(w for w in self.by_sound_class.get((onset(said), consonants(said[:-1] + "er")), ())
                         if w.endswith("er"))
        if said.endswith(SAID_SILENT_T):  # "duvay": the "duvet" of a French word
            found.update(w for w in self.by_sound_class.get((onset(said), consonants(said) + "T"), ())
                         if w.endswith("et"))
        lengths = (2, 3) if len(said) == 1 else range(max(3, len(said) - 1), min(4, len(said) + 1) + 1)
        if len(said) >= 3:  # a final consonant not heard ("pro" for "probe", see `misheard`)
            lengths = sorted(set(lengths) | {len(said) + 1, len(said) + 2})
        for length in lengths:
            found.update(w for w in self.by_spelling.get((said[0], length), ()) if w.isalpha())
        return found

    def _misheard_wordings(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """When nothing matched a product name of several words: the name with one word (or
        two said as one) replaced by a catalog word the recogniser may have misheard it for
        (`misheard`), the others as they are. "heat gum" -> "heat gun", "shop back" -> "shop vac",
        "eye pad" -> "ipad"; never a word the catalog itself has ("oat milk" stays itself)."""
        if not self.vocabulary or len(words) < 2:
            return []
        out: dict[tuple[str, ...], None] = {}
        for i in range(len(words)):
            for n in (1, 2, 3):
                if n == 3 and not DETERMINERS.intersection(words[i:i + n]):
                    continue  # three said words for one only around a small word: "man a kin"
                said = "".join(words[i:i + n])
                if i + n > len(words) or not said.isalpha() \
                        or any(w in self.postings or w in _NOT_MISHEARD for w in words[i:i + n]):
                    continue
                whole = n == len(words)  # "eye pad": two said words for one catalog word
                if not whole and not any(w in self.postings and w not in _NOT_MISHEARD
                                         for w in words[:i] + words[i + n:]):
                    continue  # the other words must confirm it: "spare" does not
                for heard in self._heard_as(said):
                    if heard not in _NOT_MISHEARD and misheard(said, heard) \
                            and (not whole or len(consonants(heard)) >= 2
                                 and consonants(said) == consonants(heard)):
                        out[words[:i] + (heard,) + words[i + n:]] = None
        return list(out)

    def _score_into(self, best: dict[int, Candidate], words: tuple[str, ...], exact: frozenset[int],
                    cost: float, in_order: bool = False, left_out: int = 0,
                    headless: bool = False, no_noun: bool = False) -> None:
        """Adds the entries `words` name to `best` (target -> candidate), `cost` taken off;
        `in_order`: only names that have the words in the order said; `headless`: names whose
        head noun was left out (see `score_words`)."""
        for e in self.by_key.get(" ".join(words), ()):
            _keep(best, self.entries[e], 100.0 - cost - _left_out_penalty(left_out))
        head = head_index(words)
        cache: dict[tuple[str, str], float] = {}

        def sim(a: str, b: str) -> float:
            key = (a, b)
            if key not in cache:
                if b in self.postings:  # a catalog word: lines up only if among a's similar words
                    cache[key] = self.similar_words(a).get(b, 0.0)
                else:  # two catalog words read as one ("walkietalkie")
                    cache[key] = word_similarity(a, b, None, self.sound_of.get(b))
            return cache[key]

        for length, group in self._candidates(words, head, exact, headless, no_noun):
            bound = _upper_bound(len(words), length) - cost
            if bound < MATCH_MIN:
                break  # no longer name can be a candidate
            top = heapq.nlargest(CANDIDATE_LIMIT, (c.score for c in best.values()))
            if len(top) >= CANDIDATE_LIMIT and top[-1] >= bound:
                break  # no longer name can enter the top K
            if top and bound < top[0] - AMBIGUITY_GAP:
                break  # no longer name can tie with the best: the decision is made
            for e in group:
                if in_order and not words_in_order(words, self.entries[e].words):
                    continue
                _keep(best, self.entries[e],
                      self._score(words, head, self.entries[e], sim, exact, left_out, headless,
                                  no_noun) - cost)

    def resolve_brute_force(self, said: str) -> Resolution:
        """Scores every name: the reference `resolve` must agree with."""
        words = self.words_of(said)
        return self._resolve_with(said, words, self._brute_force_words)

    def _by_relative_size(self, said: str, words: tuple[str, ...], found: Resolution,
                          resolve_words) -> Resolution:
        """A size said in words ("big bin bags") for products the catalog tells apart by a
        measure only (13 and 33 gallon trash bags): the largest or the smallest of them."""
        sized = [i for i, w in enumerate(words) if w in BIGGEST or w in SMALLEST]
        if found.outcome != "new" or not self.vocabulary or len(sized) != 1 or len(words) < 2:
            return found
        rest = resolve_words(said, words[:sized[0]] + words[sized[0] + 1:])
        if rest.outcome == "matched" and not self._comes_in_sizes(rest.name) \
                and words[sized[0]] in OVERALL_SIZES and len(words) >= 3:
            # a size said of the one product of its kind, which the catalog has in no size, is
            # no other product: "big coleman tent" (not "large bin bags" beside 33 gallon ones);
            # but with its noun alone the catalog's other word may be what says which ("big
            # plates" are no "side plates")
            return Resolution("matched", said, rest.id, rest.name, rest.score - FILLER_WORD_PENALTY,
                              rest.candidates)
        tied = [c for c in rest.candidates if c.score >= rest.score - AMBIGUITY_GAP]
        if rest.outcome != "ambiguous" or len(tied) < 2:
            return found  # a lone candidate asked about is no product in several sizes
        measured: dict[tuple[str, ...], list[tuple[float, Candidate]]] = {}
        # a size all of them share says nothing ("750mm x 100m" beside "500mm x 100m": the width)
        shared = set.intersection(*(set(self.words_of(c.name)) for c in tied))
        for c in tied:
            name = self.words_of(c.name)
            lettered = _letter_size(name)
            if lettered and not {"small", "medium", "large", "extra"} & set(words):
                # "big" among "silk dryer m" and "silk dryer xl", by the order of the letters;
                # a size named ("xl nitrile gloves") is that size, here none of the catalog's
                measured.setdefault(lettered[0], []).append((lettered[1], c))
                continue
            # one length, volume or weight; a count, volts or watts say no size ("nitrile
            # gloves 200"), a gastronorm's "1/1" says which tray, not how deep
            numbers = [i for i, w in enumerate(name) if is_size(w) and w not in shared]
            if len(numbers) != 1:
                # or one dimension, by its area ("big sterilisation pouches": 135x280, not 90x230)
                dims = [i for i, w in enumerate(name) if _DIMENSION.fullmatch(w) and w not in shared]
                if len(dims) != 1 or numbers:
                    return found
                area = _DIMENSION.fullmatch(name[dims[0]])
                shape = name[:dims[0]] + ("x",) + name[dims[0] + 1:]
                measured.setdefault(shape, []).append((float(area[1]) * float(area[2]), c))
                continue
            number = MEASURE.fullmatch(name[numbers[0]])
            shape = name[:numbers[0]] + (number[2],) + name[numbers[0] + 1:]
            measured.setdefault(shape, []).append((float(number[1].replace("p", ".")), c))
        if len(measured) != 1:
            return found  # not one product in several sizes
        pick = (max if words[sized[0]] in BIGGEST else min)(next(iter(measured.values())),
                                                            key=lambda m: m[0])[1]
        return Resolution("matched", said, pick.id, pick.name, pick.score - SYNONYM_PENALTY,
                          rest.candidates)

    def _comes_in_sizes(self, name: str) -> bool:
        """Whether the named product, or another of its head noun, is told apart by a size."""
        entry = self._entry_named(name)
        if entry is None:
            return True
        kin = _view(self.head_postings.get(entry.words[entry.head], array("i"))).tolist()
        return sized(entry.words) or any(sized(self.entries[e].words) for e in kin)

    def _brute_force_words(self, said: str, words: tuple[str, ...]) -> Resolution:
        if not words:
            return Resolution("new", said)
        exact = self._exact(words)
        if exact:
            return Resolution(exact.outcome, said, exact.id, exact.name, exact.score, exact.candidates)
        best: dict[int, Candidate] = {}
        for wording, put, cost, left_out in self._wordings(words):
            head = head_index(wording)
            for entry in self.entries:
                _keep(best, entry, self._score(wording, head, entry, self._catalog_similarity, put, left_out) - cost)
        self._drop_others_of_a_written_word(best, words)
        other, plural = self._other_readings(said, words) if not best else ([], [])
        for wording in other:
            for entry in self.entries:
                _keep(best, entry, self._score(wording, head_index(wording), entry,
                                               self._catalog_similarity) - SYNONYM_PENALTY)
        misheard = [w for reading in [words] + other + plural
                    for w in self._misheard_wordings(reading)] if not best else []
        for alt in misheard:
            for entry in self.entries:
                if words_in_order(alt, entry.words):
                    _keep(best, entry, self._score(alt, head_index(alt), entry, self._catalog_similarity,
                                                   frozenset(range(len(alt)))) - MISHEARD_PENALTY)
        if not best:
            for said_as, put, cost, left_out in self._wordings(words):
                for alt in self._reordered(said_as) if not left_out and (put or said_as == words) else ():
                    for entry in self.entries:
                        _keep(best, entry, self._score(alt, head_index(alt), entry, self._catalog_similarity,
                                                       frozenset(range(len(alt))))
                              - REORDERED_PENALTY - cost)
        if not best:
            for alt in [r for reading in other for r in self._reordered(reading)]:
                for entry in self.entries:
                    _keep(best, entry, self._score(alt, head_index(alt), entry, self._catalog_similarity,
                                                   frozenset(range(len(alt))))
                          - REORDERED_PENALTY - SYNONYM_PENALTY)
        if not best:
            for alt in [r for m in misheard if len(m) > 2 for r in self._reordered(m)]:
                for entry in self.entries:
                    _keep(best, entry, self._score(alt, head_index(alt), entry, self._catalog_similarity,
                                                   frozenset(range(len(alt))))
                          - MISHEARD_PENALTY - REORDERED_PENALTY)
        ask = False
        if not best:
            for wording, _, cost, left_out in self._wordings(words):
                if not left_out:
                    ask |= self._by_leading_words(best, wording, range(len(self.entries)), cost)
        if not best:
            for reading in [words] + other:
                for wording, put, cost, left_out in self._wordings(reading):
                    if not left_out and self._names_no_head(wording):
                        head = head_index(wording)
                        for entry in self.entries:
                            _keep(best, entry, self._score(wording, head, entry, self._catalog_similarity, put,
                                                           headless=True) - cost - HEADLESS_PENALTY)
                ask |= self._keep_one_kind(best, reading, said)
                if best:
                    break
        if not best and self._brand_and_codes(words):
            head = head_index(words)
            for entry in self.entries:
                _keep(best, entry, self._score(words, head, entry, self._catalog_similarity,
                                               no_noun=True) - HEADLESS_PENALTY)
        if not best:
            self._by_shortening(best, words)
        if not best:
            for reading in [words] + other:  # "number three thinners": "no3 thinner"
                self._by_model_code(best, reading)
                if best:
                    break
        ask |= self._content_elsewhere(best, words)
        ask |= self._with_and_without(best, words)
        self._drop_marked_variants(best, words, ask)
        return _decide(said, best.values(), ask)

    def best_score(self, phrase: str) -> float:
        return self.resolve(phrase).score


_NOT_MISHEARD = STATE_WORDS | SIZE_WORDS | vocabulary.DEFAULT_WORDS


# How a thing is, in two words, said before its name: "second hand nuc box", "ex rental helmets".
STATE_PHRASES = frozenset({("second", "hand"), ("ex", "rental"), ("ex", "hire"), ("ex", "demo"),
                           ("brand", "new"), ("pre", "owned")})


def _without_state_phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without a state phrase leading it ("second hand nuc box"); after the noun it may
    be a part ("clock second hand")."""
    while tuple(words[:2]) in STATE_PHRASES:
        words = words[2:]
    return words


_PACK_UNITS = frozenset("l ml cl kg g lb oz".split())
_SIZE_UNITS = _PACK_UNITS | frozenset("mm cm m in ft pt gal".split())  # how big, long or much
_HOLDERS = frozenset("bucket bin tub jug tank can drum pail barrel keg crate pot pan bag backpack "
                     "cup bottle cylinder extinguisher hammer dumbbell kettlebell weight".split())


def _pack_size(word: str) -> bool:
    """A weight or volume a substance comes in: "5l", "16kg"."""
    found = MEASURE.fullmatch(word)
    return bool(found) and found[2] in _PACK_UNITS


def _spoken_code_numbers(words: tuple[str, ...]) -> tuple[str, ...]:
    """Numbers of a model said the way people say them, as written: "six fifty one" (6 51)
    -> 651, "one sixties" -> 160, "eighties" -> 80, "number four" -> no 4. For a said name that
    matched nothing only: "2 20" may be two numbers elsewhere."""
    out: list[str] = []
    for w in words:
        if w in TENS:
            w = str(TENS[w])  # a plural ten ("sixties") is no number word to naming.tokens
        prev = out[-1] if out else ""
        two = len(w) == 2 and w.isdigit() and w[0] != "0"
        if len(prev) == 1 and prev.isdigit() and prev != "0" and two:
            out[-1] = prev + w
        elif _LETTER_DIGIT.fullmatch(prev) and two:
            out[-1] = prev + w  # "p seven eleven": naming.tokens glued "p7" before the 11
        elif prev == "number" and w[:1].isdigit():
            out[-1:] = ["no", w]
        elif prev.isdigit() and len(w) == 1 and w.isalpha() and w != "a":
            out[-1] = prev + w  # "five c" after a name: a model's 5c
        elif w == "hundred" and _ENDS_IN_DIGIT.search(prev):
            out[-1] = prev + "00"  # "em eight hundred": naming.tokens glued "m8" before it
        elif w == "thousand" and _ENDS_IN_DIGIT.search(prev):
            out[-1] = prev + "000"  # "gp five thousand": gp5000
        else:
            out.append(w)
    # letters said one by one before a code go with it: "h p711" -> "hp711", "jc m800"
    joined: list[str] = []
    for w in out:
        if joined and len(joined[-1]) <= 2 and joined[-1].isalpha() and w[:1].isalpha() \
                and not any(ch in "aeiou" for ch in joined[-1]) and any(ch.isdigit() for ch in w):
            joined[-1] += w
        else:
            joined.append(w)
    return tuple(joined)


def _keep(best: dict[int, Candidate], entry: _Entry, score: float) -> None:
    if score >= MATCH_MIN and (entry.target not in best or best[entry.target].score < score):
        best[entry.target] = Candidate(entry.target, entry.name, score)


def family_dropped(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], frozenset[int]]]:
    """A family head noun after a word for one of its kinds says nothing more: "fresnel
    lights" are fresnels ("frenel" as misheard), "spot lights" spots; "desk lights" stay lights."""
    head = head_index(words)
    if head == 0 or words[head] not in FAMILY_KINDS or not words[head - 1].isalpha():
        return []
    before = words[head - 1]
    if any(word_similarity(before, kind[-1]) >= TOKEN_MATCH for kind in FAMILY_KINDS[words[head]]):
        return [(words[:head] + words[head + 1:], frozenset())]
    return []


def _view(ids: array) -> np.ndarray:
    return np.frombuffer(ids, dtype=np.int32) if len(ids) else np.empty(0, dtype=np.int32)


def _in_sorted(values: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """For each value, whether the ascending array holds it."""
    if not len(sorted_ids):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_ids, values)
    at[at == len(sorted_ids)] = 0
    return sorted_ids[at] == values


# Sizes in order, as product_words spells the letters out ("xl" is "extra large").
_SIZE_ORDER = {("extra", "small"): 0, ("small",): 1, ("medium",): 2, ("large",): 3,
               ("extra", "large"): 4, ("extra", "extra", "large"): 5}
_SIZES_LONGEST_FIRST = sorted(_SIZE_ORDER, key=len, reverse=True)


def _letter_size(words: tuple[str, ...]) -> tuple[tuple[str, ...], float] | None:
    """A name that ends in a size word or letter: the rest, and where the size comes in order."""
    for size, rank in sorted(_SIZE_ORDER.items(), key=lambda s: -len(s[0])):
        if len(words) > len(size) and words[-len(size):] == size:
            return words[:-len(size)], float(rank)
    return None


def _variant_kind(words: tuple[str, ...]) -> str | None:
    """Whether said words are a colour, a material or a size only (as `words_of` gives them:
    "xl" is "extra large"), and which."""
    if len(words) == 1 and words[0] in COLOUR_WORDS:
        return "colour"
    if len(words) == 1 and words[0] in MATERIAL_WORDS:
        return "material"  # "steel" beside "tent pegs plastic" and "tent pegs steel"
    return "size" if words in _SIZE_ORDER else None


def _variant_runs(words: tuple[str, ...]) -> list[tuple[int, tuple[str, ...], str]]:
    """Where a name has a colour, a material or a size in words: (position, the words,
    "colour", "material" or "size")."""
    runs, i = [], 0
    while i < len(words):
        size = next((s for s in _SIZES_LONGEST_FIRST if words[i:i + len(s)] == s), None)
        if size:
            runs.append((i, size, "size"))
            i += len(size)
            continue
        if words[i] in COLOUR_WORDS:
            runs.append((i, (words[i],), "colour"))
        elif words[i] in MATERIAL_WORDS and i > 0:  # before the noun it may be the thing
            runs.append((i, (words[i],), "material"))  # ("steel wool", "brass polish")
        i += 1
    return runs


def _without_common_measures(tails: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Names' tails without the measures they all end in: "330ml" and "zero 330ml" are ()
    and ("zero",)."""
    while all(tail and MEASURE.fullmatch(tail[-1]) and any(c.isdigit() for c in tail[-1])
              for tail in tails) and len({tail[-1] for tail in tails}) == 1:
        tails = [tail[:-1] for tail in tails]
    return tails


def _ends_in_a_thing(tail: tuple[str, ...]) -> bool:
    """A tail of words only whose last word is a thing of its own, no colour or size: "door
    seal", "pressure gauge" (not "3mm laser", "6 witness cones": a number says which one)."""
    return len(tail) > 1 and all(w.isalpha() for w in tail) and tail[-1] not in COLOUR_WORDS \
        and tail[-1] not in SIZE_WORDS and _names_a_thing(tail[-1])


def _is_sized_pack(name: tuple[str, ...], size: tuple[str, ...], pack: str) -> bool:
    """Whether a catalog name is a pack in `size` (`_Index._sized_pack`): SIZE (words) PACK
    ("large moving box"), or a packaging word, the pack, the size and codes only ("shipping box
    medium 30x20x15", "cardboard boxes large")."""
    n = len(size)
    if len(name) > n + 1 and name[:n] == size and name[-1] == pack:
        return all(w not in SIZE_WORDS for w in name[n:-1])
    return len(name) >= n + 2 and name[0] in PACKAGING_WORDS and name[1] == pack \
        and name[2:2 + n] == size and all(any(c.isdigit() for c in w) for w in name[2 + n:])


def _said_up_to_the_noun(entry: _Entry, said: set[str], at: int) -> bool:
    """Whether a catalog name is the said words up to the noun at `at` and codes after it
    (`_Index._codes_after_the_noun`): no unsaid word between said words but one written as a
    piece of a said one ("EZ-sensor"), and after the noun codes only, or before a said code a
    brand ("gel rosco 02"); no word a dictionary knows ("jack lead 3m" is no "3m jack")."""
    written = _written_forms(entry.name)
    first = min(i for i, w in enumerate(entry.words) if w in said)
    for w in entry.words[first:at]:
        if w not in said and not any(w in parts and said & parts for parts in written[1]):
            return False
    tail = entry.words[at + 1:]
    last_code = max((i for i, w in enumerate(tail) if w in said and any(c.isdigit() for c in w)),
                    default=-1)
    return all(not _names_a_word(w) and (w in said or any(c.isdigit() for c in w)
                                          or w in written[0] or i < last_code)
               for i, w in enumerate(tail))


def _written_forms(name: str) -> tuple[frozenset[str], list[set[str]]]:
    """A catalog name's words written in capitals ("OLED", "TPMS" also as "tpm", as
    `product_words` makes plurals one) and its hyphened words, each as the set of its parts
    ("EZ-sensor": {"ez", "sensor"})."""
    capitals = set()
    for w in re.findall(r"[A-Za-z]+", name):
        if len(w) > 1 and w.isupper():
            capitals.update((w.lower(), w.lower()[:-1] if w.endswith("S") else w.lower()))
    hyphened = [{p.lower() for p in w.split("-") if p} for w in name.split() if "-" in w]
    return frozenset(capitals), hyphened


def _names_a_word(word: str) -> bool:
    """A word of letters a dictionary knows, a noun of the vocabulary, or two of them run
    together ("footswitch", "softbox", "trackpad", "subwoofer"): no code nor brand."""
    if not word.isalpha():
        return False
    if is_english(word) or _names_a_thing(word):
        return True
    return any(is_english(front) and (is_english(tail) or is_english(tail.rstrip("s"))
                                      or tail in COMPOUND_TAILS or _names_a_thing(tail))
               for front, tail in ((word[:k], word[k:]) for k in range(3, len(word) - 2)))


def _measure_size(word: str) -> bool:
    """A size given as a measure: "8oz", "9cm", "2l"."""
    found = MEASURE.fullmatch(word)
    return bool(found) and found[2] in _SIZE_UNITS


def _names_a_thing(word: str) -> bool:
    """A word that is a thing of its own, after a name that starts another ("roller" after
    "paint", "lid" after "coffee cup")."""
    return any(w in vocabulary.HEAD_NOUNS or w in ACCESSORY_WORDS
               for w in (word, word + "s"))  # `singular` takes "lens" for a plural


def _upper_bound(said_len: int, name_len: int) -> float:
    """The most a name of `name_len` words can score against `said_len` said words."""
    extra = name_len - said_len
    if extra <= 0:
        return 100.0
    return 100.0 - SUBSET_PENALTY - EXTRA_WORD_PENALTY * extra


def _decide(said: str, candidates, ask: bool = False) -> Resolution:
    ranked = sorted(candidates, key=lambda c: (-c.score, c.name))
    top = tuple(islice(ranked, CANDIDATE_LIMIT))
    if not top:
        return Resolution("new", said)
    best = top[0]
    tied = [c for c in top if c.score >= best.score - AMBIGUITY_GAP]
    if len(tied) > 1 or ask:
        return Resolution("ambiguous", said, None, None, best.score, top)
    return Resolution("matched", said, best.id, best.name, best.score, top)
