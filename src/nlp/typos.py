"""Rule family: misspelt or misheard event words, found with rapidfuzz when no exact event word
is there ("recieved 5 boxes", "moevd the drill"). Only used as a fallback, so sentences with a
real verb never pay for it; items found this way get a lower confidence.

Only a word where a verb stands is tried: the first word, or the word after a subject
("we recieved ..."), so nouns that look like verbs ("breakers", "delivery") are left alone.
"""
from __future__ import annotations

from . import numbers as NUMBERS
from . import places as PLACES
from . import verbs as V
from .phrases import LEADING_WORDS
from .units import UNITS
from .clause_words import SUBJECTS
from .shapes import Trigger, find_triggers
from .tokens import Tok

# how far a word may be from a verb form: one edit (a letter added, dropped, changed, or two
# letters swapped) per LETTERS_PER_EDIT letters; tested in tests/nlp/test_nlp_rules.py
LETTERS_PER_EDIT = 5
MIN_LENGTH = 5  # short words are too easily near some verb ("mop" ~ "mov")
_CHOICES = sorted(f for f in V.VERB_FORMS if len(f) >= MIN_LENGTH - 1)
# words the rule tables already know as something else are no misspelt verbs ("three" ~ "threw")
_KNOWN = (frozenset(NUMBERS.UNITS) | NUMBERS.TEENS.keys() | NUMBERS.TENS.keys() | UNITS.keys()
          | PLACES.PLACE_HEADS | PLACES.TIME_WORDS | PLACES.STOP_WORDS | PLACES.PLACE_MODIFIERS
          | LEADING_WORDS | V.ALL_OTHER_FORMS)


def fuzzy_triggers(toks: list[Tok], all_of_them: bool = False) -> list[Trigger]:
    """Triggers found after replacing a near-miss verb with the verb it resembles (with
    all_of_them, every trigger of the repaired note, as a misspelt heading verb changes how an
    arrow after it is read: "Recieved: 3x flour -> dry store")."""
    from rapidfuzz import process  # only sentences without a verb get here
    from rapidfuzz.distance import DamerauLevenshtein

    for i, tok in enumerate(toks[:3]):
        if i > 0 and toks[i - 1].text not in SUBJECTS:
            continue
        if len(tok.text) < MIN_LENGTH or not tok.text.isalpha() or tok.text in _KNOWN:
            continue
        hit = process.extractOne(tok.text, _CHOICES, scorer=DamerauLevenshtein.distance,
                                 score_cutoff=len(tok.text) // LETTERS_PER_EDIT)
        if hit is None or hit[0][0] != tok.text[0]:
            continue  # typos keep the first letter; "replaced" is no misspelt "placed"
        fixed = list(toks)
        fixed[i] = Tok(hit[0], tok.start, tok.end)
        found = find_triggers(fixed)
        triggers = [t for t in found if t.start == i]
        for t in triggers:
            t.guessed = True
        if triggers:
            return found if all_of_them else triggers
    return []
