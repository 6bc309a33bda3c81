"""Rule family: afterthoughts, words said after a thing or a place that only say which one was
meant or how much of it, as a phrase of their own.

Speech adds them after the sentence is done; read as more of the name or the place they spoil
both, so they are dropped (the name said before is the item):

    "found a sleeping bag in the back room the summer one"   -> "... in the back room"
    "found a strimmer in the container a ryobi one"          -> "... in the container"
    "two boxes of laminate in the closet the elderwood stuff" -> "... in the closet"
    "lost a memory card yesterday the sixty four gig one"    -> "lost a memory card yesterday"
    "got in a new dewalt drill the d c d seven seven one"     -> "got in a new dewalt drill"
    "the pressure washer the k five its in the shed"         -> "the pressure washer its in ..."
    "the haze machine the df fifty is in the wing"           -> "the haze machine is in the wing"
    "got a new haze machine a hazebase one it's on the dock" -> "got a new haze machine it's on ..."
    "got 2 new microscopes, the swift sw350bs, in lab 3"     -> "got 2 new microscopes, in lab 3"
    "the chickpeas the ones from the food drive we put them on the shelf"
                                                             -> "the chickpeas we put them ..."
    "the bleach goes to the cleaning cupboard all of it"     -> "... to the cleaning cupboard"
    "Head torches: 11 (3 need new batteries)"                -> "Head torches: 11"
    "used 20 feet of tape marking up the stage"              -> "used 20 feet of tape"
    "sold 14 growlers (2L) today"                            -> "sold 14 growlers 2l today"

A remark in brackets is one that says how some of them are, with a verb or a state ("(3 need
new batteries)", "(2 are cracked)"); brackets that only sort the amount ("(2 adult, 2 child)",
"(2 sleeves)") stay.

Only after a word that ends a name or a place (not after a verb, preposition or determiner: "took
the small one to the van" keeps its object; "lost the lot" is what was lost), and only at the end of a clause, so a list of
things ("the drill the saw and the sander") is not touched.
"""
from __future__ import annotations

from .notations import glued_measure
from .numbers import is_number_word
from .places import DETERMINERS, preposition_at
from .units import unit_of
from .tokens import Tok
from .verbs import VERB_FORMS, maybe_noun

WHICH_DETERMINERS = frozenset({"the", "that", "those", "these"})
ONE_WORDS = frozenset({"one", "ones"})
# "all of it", "the lot": how much, with no number
ALL_OF = (("all", "of", "it"), ("all", "of", "them"), ("all", "of", "those"), ("the", "lot"),
          ("the", "whole", "lot"), ("every", "one", "of", "them"))
# what ends a clause: the afterthought must reach one
_ENDS = frozenset({",", ".", ";", "!", "?", "-", "and", "but", "so"})
# who starts the next clause ("the ones from the drive | we put them ...")
_SUBJECTS = frozenset({"we", "i", "they", "he", "she", "you", "someone", "somebody", "it"})
_MAX_WHICH = 6
# a form of be after a model code said after the name: the clause goes on about the thing
_BE = frozenset({"is", "'s", "was", "are", "were"})
# words an afterthought opens with (which-one or how-much)
_OPENERS = WHICH_DETERMINERS | frozenset(p[0] for p in ALL_OF)
# words that end no name ("and the ten mil socket", "moved all the bubble wrap")
_NOT_NAME_ENDS = frozenset({"all", "both", "each", "every", "or", "with", "of", "nor", "plus", "for",
                            "about", "than", "as", "like", "per", "via"})


def _ends_name(tok: Tok) -> bool:
    """Whether a word can end a name or a place said before the afterthought."""
    w = tok.text
    if w in DETERMINERS or w in ONE_WORDS or tok.is_punct or preposition_at([w], 0) or w in _ENDS \
            or w in _NOT_NAME_ENDS:
        return False
    return w not in VERB_FORMS or maybe_noun(w)


def _clause_end(words: list[str], k: int) -> bool:
    return k >= len(words) or words[k] in _ENDS or words[k] in _SUBJECTS


# what makes a bracket a remark on the things, not a part of the list
REMARK_WORDS = frozenset({"need", "needs", "needing", "is", "are", "was", "were", "'s", "'re",
                          "has", "have", "had", "broken", "cracked", "dead", "faulty", "damaged",
                          "missing", "expired", "flat", "leaking", "torn", "bent", "dented"})


# how a thing is, said in brackets after where it went ("grips -> repair bin (sticky cams)")
FAULT_WORDS = REMARK_WORDS | frozenset({"sticky", "stuck", "worn", "loose", "wobbly", "blunt", "stiff",
                                        "squeaky", "noisy", "frayed", "split", "snapped", "ripped",
                                        "chipped", "scratched", "stained", "dirty", "wet", "mouldy",
                                        "rusty", "seized", "jammed", "kaput", "busted"})


def says_how(inner: list[str]) -> bool:
    """Whether words in brackets say how the things are: "(sticky cams)", "(frayed straps)"."""
    return bool(set(inner) & FAULT_WORDS)


def _bracket_remark(words: list[str], k: int) -> int:
    """Length of a bracketed remark at words[k] ("(3 need new batteries)"), else 0."""
    if words[k] != "(" or ")" not in words[k + 1:]:
        return 0
    e = words.index(")", k + 1)
    return e + 1 - k if set(words[k + 1:e]) & REMARK_WORDS else 0


SIZE_WORDS = frozenset({"small", "medium", "large", "xl", "xxl", "xs", "mini", "jumbo",
                        "regular", "standard"})


def _bracketed_size(toks: list[Tok], k: int) -> Tok | None:
    """A size in brackets after a name ("growlers (2L)", "CO2 cylinders (6kg)"): the size as one
    word, to be read as part of the name; else None."""
    words = [t.text for t in toks]
    if words[k] != "(" or k == 0 or not any(ch.isalpha() for ch in words[k - 1]):
        return None
    if k + 2 < len(words) and words[k + 2] == ")" and (glued_measure(words[k + 1]) or
                                                       words[k + 1] in SIZE_WORDS):
        return toks[k + 1]  # ("Pouches (small)": which size)
    if k + 3 < len(words) and words[k + 3] == ")" and words[k + 1].replace(".", "").isdigit() and \
            words[k + 2] in ("kg", "g", "lb", "lbs", "oz") and toks[k + 1].end == toks[k + 2].start:
        return Tok(words[k + 1] + words[k + 2], toks[k + 1].start, toks[k + 2].end)
    return None


def drop_afterthoughts(toks: list[Tok]) -> list[Tok]:
    """Tokens without the which-one and how-much afterthoughts and remarks in brackets (see
    module doc)."""
    words = [t.text for t in toks]
    if "(" in words:
        for k in range(len(toks) - 1, 0, -1):
            size = _bracketed_size(toks, k) if words[k] == "(" else None
            if size is not None:
                close = words.index(")", k)
                toks = toks[:k] + [size] + toks[close + 1:]
                words = [t.text for t in toks]
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        span = _bracket_remark(words, k) if out and words[k] == "(" else 0
        if not span and words[k] in _OPENERS and len(out) >= 2 and _ends_name(out[-1]):
            noun = out[-1].text not in VERB_FORMS  # (a code said after a verb is its object)
            span = _which_one(words, k, noun) or (_all_of(words, k) if noun else 0)
        if not span and words[k] in ("a", "an") and len(out) >= 3 and _ends_name(out[-1]) and \
                _after_place(out):
            span = _a_kind_one(words, k)
        if not span and len(out) >= 3 and _apposition_may_start(out, words[k]):
            span = _new_one_named(words, k)
        if not span and out and not out[-1].is_punct and out[-1].text not in DETERMINERS and \
                not preposition_at([out[-1].text], 0) and _used_before(words, k):
            span = _what_for(words, k)
        if span:
            k += span
            continue
        out.append(toks[k])
        k += 1
    return out


# verbs of using stock up: an -ing clause after what was used says what for
USING = frozenset({"used", "use", "uses", "using"})
# words after the -ing verb of such a clause ("marking up the stage", "tying in the tomatoes")
_WHAT_FOR_NEXT = DETERMINERS | frozenset({"up", "in", "out", "off", "down", "on", "over", "back",
                                          "together", "around", "them", "it", "all", "some"})


# names ending in -ing, said before a place or a determiner after a verb of using
_ING_NOUNS = frozenset({"string", "sling", "swing", "ring", "spring", "wing", "thing", "king",
                        "tubing", "piping", "wiring", "lining", "flooring", "decking", "fencing",
                        "edging", "sheeting", "netting", "webbing", "bedding", "clothing",
                        "fitting", "ceiling", "coating", "roofing", "siding", "shelving", "padding",
                        "stuffing", "icing", "frosting", "seasoning", "dressing", "filling",
                        "stocking", "bearing", "coupling", "housing", "mounting", "lighting",
                        "seating", "packaging", "wadding", "bunting", "matting", "tiling",
                        "cladding", "plumbing", "ducting", "trunking", "railing", "skirting",
                        "topping", "pudding", "dumpling", "stuffing", "building", "awning",
                        "binding", "casing", "molding", "moulding", "flashing", "grating"})


def _used_before(words: list[str], k: int) -> bool:
    """Whether a verb of using opens the clause that words[k] is in."""
    j = k - 1
    while j >= 0 and words[j] not in (",", ".", ";", "!", "?", "and"):
        if words[j] in USING:
            return True
        j -= 1
    return False


def _what_for(words: list[str], k: int) -> int:
    """Length of an -ing clause at k that says what the used stock was for ("used 20 feet of
    tape marking up the stage", "used 2 balls of twine tying in the tomatoes"), to the end of
    its clause; 0 when words[k] opens none (a name ending in -ing: "used 3 mounting brackets")."""
    w = words[k]
    if not (w.endswith("ing") and len(w) >= 5 and k + 1 < len(words) and words[k + 1] in _WHAT_FOR_NEXT):
        return 0
    if w in _ING_NOUNS or not w[:-3].isalpha():
        return 0  # ("used the copper tubing in the bathroom": a name)
    e = k + 1
    while e < len(words) and words[e] not in (",", ".", ";", "!", "?", "-", "and", "but", "so"):
        e += 1
    return e - k


def _which_one(words: list[str], k: int, after_name: bool = True) -> int:
    """Length of "the summer one", "the sixty four gig one", "the ones from the food drive" at k."""
    if words[k] not in WHICH_DETERMINERS:
        return 0
    for j in range(k + 1, min(len(words), k + _MAX_WHICH + 1)):
        if (words[j] in ONE_WORDS or words[j] == "stuff") and j > k + 1 and _clause_end(words, j + 1):
            return j + 1 - k  # "the summer one", "in the showroom closet the elderwood stuff"
        if words[j] in ONE_WORDS and j == k + 1 and words[j + 1:j + 2] and preposition_at(words, j + 1):
            e = j + 1
            while e < len(words) and not _clause_end(words, e):
                e += 1
            return e - k if e < len(words) and words[e] in _SUBJECTS else 0  # "the ones from X we"
        if words[j] in _ENDS or (words[j] in DETERMINERS and words[j] not in ONE_WORDS):
            return 0
        if preposition_at(words, j) or words[j] in ("or", "plus") or not any(ch.isalnum() for ch in words[j]):
            return 0  # ("the cocking gun in bin twelve": the thing and its place)
        if j > k + 1 and after_name and (j + 1 == len(words) or words[j + 1] in _SUBJECTS or words[j + 1] in _BE
                                         and words[j] not in _SUBJECTS | ONE_WORDS | {"there", "here"}) \
                and _model_code(words[k + 1:j + 1]):
            return j + 1 - k  # "a new klein multimeter the m m four hundred", "... the df fifty is in"
    return 0


def _after_place(out: list[Tok]) -> bool:
    """Whether the words just kept end with a place said with its preposition ("... in the
    back of the container")."""
    words = [t.text for t in out[-7:]]
    return any(preposition_at(words, k) for k in range(len(words) - 1)) and \
        not any(w in _ENDS for w in words[-3:])


def _a_kind_one(words: list[str], k: int) -> int:
    """Length of "a ryobi one" at k, ending the clause after a place ("found a strimmer in the
    back of the container a ryobi one"): which kind the thing was; 0 when none."""
    for j in range(k + 2, min(len(words), k + _MAX_WHICH)):
        if words[j] in _ENDS or words[j] in DETERMINERS and words[j] != "one" or preposition_at(words, j):
            return 0
        if words[j] == "one" and _clause_end(words, j + 1) and words[j + 1:j + 2] != ["and"]:
            return j + 1 - k  # (not a list: "to the shed a big one and a small one")
    return 0


def _apposition_may_start(out: list[Tok], w: str) -> bool:
    """Whether the make or model of the thing just named may start at w: after a word that ends
    a name ("a new haze machine | a hazebase one") or after a comma that follows one, or the
    particle "in" ("got a new truing stand in, | a park ts-2.3")."""
    if out[-1].text == ",":
        return _ends_name(out[-2]) or out[-2].text == "in"
    return w in ("a", "an") and _ends_name(out[-1])


def _new_one_named(words: list[str], k: int) -> int:
    """Length of the model or make said after a new thing at k ("got a new haze machine a
    hazebase one it's on the dock", "got 2 new microscopes, the swift sw350bs, in lab 3"):
    a model code, or "a X one", after "new" was said and up to the end of the clause, a
    subject, a comma or a place; 0 when none. (After a comma "and" goes on a list: "a new
    drill, the dewalt 18v and a saw" keeps it.)"""
    if words[k] not in ("a", "an", "the") or "new" not in words[:k]:
        return 0
    comma = words[k - 1] == ","
    for j in range(k + 2, min(len(words), k + _MAX_WHICH + 1) + 1):
        end = j == len(words) or words[j] in (",", ".", ";", "!", "?") or words[j] in _SUBJECTS \
            or preposition_at(words, j) is not None and (comma or words[j - 1] == "one")
        if words[j - 1] in _ENDS or words[j - 1] in DETERMINERS and words[j - 1] != "one":
            return 0
        if end and (_model_code(words[k + 1:j]) or words[j - 1] == "one" and j > k + 2 and not comma):
            return j - k + (comma and j < len(words) and words[j] == ",")
    return 0


def _model_code(words: list[str]) -> bool:
    """Whether words name a model by its code: a number said in words or a letter said out
    ("the m m four hundred", "the k two thousand six", "the flowtech seventy five"), with no
    container or measure after it (that would be an amount: "the 5 boxes")."""
    return any(is_number_word(w) or any(ch.isdigit() for ch in w) or (len(w) == 1 and w.isalpha() and w != "a")
               for w in words) \
        and unit_of(words[-1]) is None


def _all_of(words: list[str], k: int) -> int:
    """Length of "all of it", "the lot" at k when it ends the clause."""
    for phrase in ALL_OF:
        if tuple(words[k:k + len(phrase)]) == phrase and _clause_end(words, k + len(phrase)):
            return len(phrase)
    return 0
