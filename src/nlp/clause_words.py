"""Closed word classes a clause is read by, shared by the shape, mood and region readers.

    CLAUSE_BREAKS  "and", ",", "then", "because" ...   where a clause may end
    SUBJECTS       "we", "'re", "someone", "crew" ...  who may stand before a verb
    ADVERBS        "just", "already", "now" ...        what may stand between a subject and its verb

and the small look-ups on words they all make: the word before, skipping a class of words, a
verb's past form. They live apart from shapes.py so that mood.py and regions.py can use them
without importing the trigger finder that imports them.
"""
from __future__ import annotations

from . import verbs as V
from .phrases import PRONOUNS
from .tokens import Tok


CLAUSE_BREAKS = frozenset({"and", ",", ";", ".", "then", "but", "&", "plus", "!", ":", "+", "-",
                           "while", "after", "before", "so", "because", "also", "?"})
SUBJECTS = frozenset({"i", "we", "he", "she", "they", "you", "someone", "somebody", "everyone",
                      "'ve", "'re", "'m", "'s", "who", "guys", "crew", "team", "y'all", "u"})
ADVERBS = frozenset({"just", "also", "already", "finally", "now", "then", "recently", "today",
                     "yesterday", "all", "again", "accidentally", "successfully", "officially",
                     "quickly", "carefully", "temporarily", "permanently", "back", "still",
                     "actually", "apparently", "officially", "completely", "totally", "only",
                     "currently", "totally", "basically", "never", "ever"})


def prev_word(words: list[str], i: int) -> str:
    return words[i - 1] if i > 0 else ""


def skip(words: list[str], i: int, skippable: frozenset[str]) -> int:
    while i < len(words) and words[i] in skippable:
        i += 1
    return i


IRREGULAR_PARTICIPLES = frozenset(
    f for lemma, forms in V.IRREGULAR.items() for f in forms.split()) - {"set", "put"} | {"put"}


def past_form(w: str) -> bool:
    return w.endswith("ed") or w in V.SHORTHAND or w in IRREGULAR_PARTICIPLES


def is_pronoun_subject(toks: list[Tok]) -> bool:
    return all(t.text in SUBJECTS or t.text in PRONOUNS or t.text in ADVERBS for t in toks)
