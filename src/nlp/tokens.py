"""Tokenising: spaCy's English tokenizer, then a plain list of `Tok`.

This is the only module that touches spaCy. `spacy.blank("en")` gives the tokenizer with its
English exceptions ("we're" -> we 're, "don't" -> do n't) and character offsets; nothing else of
spaCy is needed, so no pipeline component is added and the import happens on first use.

spaCy splits a few things we want whole ("usb-c", "10mm", "->", "twenty-five"), so `_glue`
joins pieces that were written without a space between them.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from .numbers import rough_number, signed_value

_NLP = None
_LOCK = threading.Lock()


def _tokenizer():
    """The spaCy tokenizer, built once per process on first use (lazy to keep start-up lean)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import spacy  # heavy import; only when the first sentence is parsed

                _NLP = spacy.blank("en")
    return _NLP.tokenizer


def warm_up() -> None:
    """Load spaCy now instead of at the first parse (servers call this at start-up)."""
    _tokenizer()("warm up")


@dataclass(slots=True)
class Tok:
    """One word or punctuation mark: `text` is the lowercased form rules look at; `start`/`end`
    are character offsets in the text given to `parse()`."""

    text: str
    start: int
    end: int

    @property
    def is_punct(self) -> bool:
        return not any(ch.isalnum() for ch in self.text) and self.text not in ARROWS \
            and self.text != "@"


ARROWS = frozenset({"->", "=>", "-->", "→", "==>"})
_WORDISH = re.compile(r"[a-z0-9]")


def spaced_after(pieces: list[tuple[str, int, bool]], start: int) -> bool:
    """Whether the piece at `start` is followed by a space or ends the text."""
    return next((sp for _, st, sp in pieces if st == start), True)


def _glue(pieces: list[tuple[str, int, bool]]) -> list[Tok]:
    """Join pieces written without a space between them when the join is one word.

    "usb" "-" "c" -> "usb-c"; "10" "mm" -> "10mm"; "twenty" "-" "five" -> "twenty-five";
    "-" ">" -> "->". Clitics stay apart ("we" "'re") and so does trailing punctuation ("b3" ",").
    """
    out: list[Tok] = []
    glue_next = False
    for text, start, spaced in pieces:
        prev = out[-1] if out else None
        joinable = False
        if prev is not None and glue_next:
            if prev.text.endswith("-") and (_WORDISH.match(text) or text == ">"):
                joinable = True  # "usb-" + "c", "-" + ">"
            elif text == "-" and _WORDISH.search(prev.text[-1:]):
                joinable = True  # "usb" + "-" (decided again at the next piece)
            elif text == "'s" and 1 <= len(prev.text) <= 3 and prev.text.isalpha() and \
                    len(set(prev.text)) == 1 and prev.text != "i":
                joinable = True  # "a" + "'s": letters said as a plural ("twelve triple a's", "AA's")
            elif text == "+" and spaced_after(pieces, start) and any(ch.isdigit() for ch in prev.text) \
                    and any(ch.isalpha() for ch in prev.text):
                joinable = True  # "ds923" + "+": a model code ("Synology DS923+ NAS")
            elif text in ('"', "'") and prev.text.replace(".", "").isdigit() and spaced_after(pieces, start):
                joinable = True  # "3" + '"' (inches), "125" + "'" (feet): a size ("3\" tabs")
            elif _WORDISH.search(prev.text[-1:]) and _WORDISH.match(text) and "'" not in text \
                    and not (text in _WEIGHTS and prev.text.replace(".", "").isdigit()):
                joinable = True  # "10" + "mm" (but "10kg rice" is 10 kg of rice)
        if joinable:
            prev.text += text
            prev.end = start + len(text)
        elif text == "#" and prev is not None and glue_next and prev.text.isdigit():
            out.append(Tok("lb", start, start + 1))  # "80# cover": pounds, as written on paper stock
        else:
            out.append(Tok(text, start, start + len(text)))
        glue_next = not spaced
    # a hyphen left dangling at the end of a word ("usb-" before a space) goes back to its own token
    fixed: list[Tok] = []
    for tok in out:
        if len(tok.text) > 1 and tok.text.endswith("-") and not tok.text.startswith("-"):
            fixed.append(Tok(tok.text[:-1], tok.start, tok.end - 1))
            fixed.append(Tok("-", tok.end - 1, tok.end))
        else:
            fixed.append(tok)
    return fixed


# weights written against their number are an amount, not part of a name ("25kg flour");
# sizes stay whole ("10mm socket", "5ml syringes", "23g needles")
_WEIGHTS = frozenset({"kg", "kgs", "lb", "lbs"})
_ARROW_IN = re.compile(r"(->|=>|→)")
_BRACKETED = re.compile(r"^(\(?)(\w[\w.]*?)(\)?)$")


_CLOSE_PUNCT = frozenset({"):", "),", ");", ").", ")-"})


def _split(toks: list[Tok]) -> list[Tok]:
    """Arrows written inside a word ("drill->van") and signed numbers ("+5", "-2") apart."""
    out: list[Tok] = []
    for tok in toks:
        signed = signed_value(tok.text)
        # a sign starts a terse change ("+5 gloves") only at the start of a note or a list item;
        # "the -80 freezer" keeps its name
        if signed and out and not out[-1].is_punct:
            signed = None
        rough = rough_number(tok.text)
        if rough:
            # "~a dozen", "40ish": a guess at the number (numbers.rough_number)
            if rough[0]:
                out.append(Tok("~", tok.start, tok.start + 1))
            out.append(Tok(tok.text[rough[0]:rough[1]], tok.start + rough[0], tok.start + rough[1]))
            continue
        bracket = _BRACKETED.match(tok.text)
        if bracket and len(tok.text) > 1:
            # "(8)" comes out of spaCy as "(" "8)": the bracket goes apart
            body_start = tok.start + len(bracket.group(1))
            if bracket.group(1):
                out.append(Tok(bracket.group(1), tok.start, body_start))
            out.append(Tok(bracket.group(2), body_start, body_start + len(bracket.group(2))))
            if bracket.group(3):
                out.append(Tok(bracket.group(3), tok.end - len(bracket.group(3)), tok.end))
            continue
        if signed:
            out.append(Tok(tok.text[0], tok.start, tok.start + 1))
            out.append(Tok(tok.text[1:], tok.start + 1, tok.end))
        elif tok.text not in ARROWS and _ARROW_IN.search(tok.text):
            pos = tok.start
            for part in _ARROW_IN.split(tok.text):
                if part:
                    out.append(Tok(part, pos, pos + len(part)))
                pos += len(part)
        elif out and tok.text == ">" and out[-1].text == "=" and out[-1].end == tok.start:
            out[-1] = Tok("=>", out[-1].start, tok.end)
        elif tok.text in _CLOSE_PUNCT:
            # "count (site trailer): ..." gives "):" from spaCy: the bracket and the colon
            out.append(Tok(tok.text[0], tok.start, tok.start + 1))
            out.append(Tok(tok.text[1:], tok.start + 1, tok.end))
        else:
            out.append(tok)
    return out


# contractions typed without their apostrophe, as the two words they are ("weve got 3",
# "theres 5 boxes"); "its" only before a place ("its in the tool shed")
NO_APOSTROPHE = {"weve": ("we", "'ve"), "ive": ("i", "'ve"), "theyve": ("they", "'ve"),
                 "theres": ("there", "'s"), "thats": ("that", "'s"), "theyre": ("they", "'re"),
                 "youre": ("you", "'re"), "im": ("i", "'m"), "didnt": ("did", "n't"),
                 "dont": ("do", "n't"), "doesnt": ("does", "n't"), "isnt": ("is", "n't"),
                 "arent": ("are", "n't"), "wasnt": ("was", "n't"), "werent": ("were", "n't"),
                 "havent": ("have", "n't"), "hasnt": ("has", "n't"), "cant": ("ca", "n't"),
                 "whats": ("what", "'s"), "wheres": ("where", "'s"), "its": ("it", "'s"),
                 "ill": ("i", "'ll"), "youll": ("you", "'ll"), "theyll": ("they", "'ll"),
                 "well": ("we", "'ll")}
# ...of which these only before a verb ("ill bring the tables over"; "an ill patient")
_BEFORE_VERB = frozenset({"ill", "well", "youll", "theyll"})
_ITS_BEFORE = frozenset({"in", "on", "at", "back", "now", "still", "out", "gone", "over", "up",
                         "down", "under", "behind", "inside", "by", "all", "missing", "broken"})


def _verb_next(word: str) -> bool:
    from .verbs import VERB_FORMS  # (tokens stays free of rule tables at import)

    return word in VERB_FORMS or word in ("be", "have", "get", "do", "need", "check", "grab")


def _expand(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        pair = NO_APOSTROPHE.get(tok.text)
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if pair and tok.text in _BEFORE_VERB and not _verb_next(nxt):
            pair = None
        if tok.text == "were" and k == 0 and len(nxt) > 4 and nxt.endswith("ing"):
            pair = ("we", "'re")  # "were running low on syringes": a note opens with no "were"
        if pair and (tok.text != "its" or nxt in _ITS_BEFORE):
            cut = tok.start + len(pair[0])
            out.append(Tok(pair[0], tok.start, cut))
            out.append(Tok(pair[1], cut, tok.end))
        else:
            out.append(tok)
    return out


def tokenize(text: str) -> list[Tok]:
    """Lowercased tokens with offsets into `text`; whitespace tokens dropped."""
    doc = _tokenizer()(text)
    # (a piece before a newline or a run of spaces has none of its own "whitespace": spaCy makes
    # the rest a token; without this "gloves 4\ntape 2" would glue into "4tape")
    pieces: list[tuple[str, int, bool]] = []
    lines: list[tuple[int, int]] = []  # (index in pieces, offset) of each line break
    for t in doc:
        if not t.is_space:
            # an en or em dash said alone is the dash of a note ("Stocktake – greenhouse:")
            pieces.append(("-" if t.text in _LONG_DASHES else t.text.lower(), t.idx,
                           bool(t.whitespace_) or (t.i + 1 < len(doc) and doc[t.i + 1].is_space)))
        elif "\n" in t.text and pieces:
            lines.append((len(pieces), t.idx + t.text.index("\n")))
    return _expand(_split(_glue(_letter_codes(_list_breaks(pieces, lines)))))


def _list_breaks(pieces: list[tuple[str, int, bool]],
                 lines: list[tuple[int, int]]) -> list[tuple[str, int, bool]]:
    """A line break between two entries of a pasted list parts them as a comma would ("gloves
    4\ntape 2\nbin bags 6", "4 gloves\n2 tape"): only where the lines on both sides open or
    close with an amount, so that a note wrapped mid-phrase ("moved the pressure\nwasher to the
    van", "from room\n204", "sold 2\nbikes") reads as one line."""
    if not lines:
        return pieces
    cuts = [0] + [i for i, _ in lines] + [len(pieces)]
    out = list(pieces)
    for k in range(len(lines) - 1, -1, -1):
        i, at = lines[k]
        before, after = pieces[cuts[k]:i], pieces[i:cuts[k + 2]]
        if before and after and before[-1][0] not in _LINE_ENDS and \
                _entry_line(before) and _entry_line(after):
            out.insert(i, (",", at, True))
    return out


def _entry_line(line: list[tuple[str, int, bool]]) -> bool:
    """Whether a line opens or closes with its amount ("gloves 4", "4 gloves"; not the number of
    a numbered list: "1. added 4 hammers")."""
    numbered = len(line) > 1 and line[1][0] in (".", ")")
    return bool(_AMOUNT.fullmatch(line[0][0]) and not numbered or _AMOUNT.fullmatch(line[-1][0]))


# an amount as pasted lists write it: "4", "x4", "4x", "2.5"
_AMOUNT = re.compile(r"x?\d+(\.\d+)?x?")


def _letter_codes(pieces: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """A letter, "/" and a letter written together are one code ("i/d", "k/d" diets), not the
    pronoun "i" and a slash."""
    out: list[tuple[str, int, bool]] = []
    k = 0
    while k < len(pieces):
        if k + 2 < len(pieces) and pieces[k + 1][0] == "/" and not pieces[k][2] and not pieces[k + 1][2] \
                and all(len(p[0]) == 1 and p[0].isalpha() for p in (pieces[k], pieces[k + 2])) \
                and not (out and not out[-1][2]):
            out.append((pieces[k][0] + "/" + pieces[k + 2][0], pieces[k][1], pieces[k + 2][2]))
            k += 3
            continue
        out.append(pieces[k])
        k += 1
    return out


_LONG_DASHES = frozenset({"–", "—", "―"})
# what already ends a line, so that a line break after it adds no comma
_LINE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "-", "->", "(", "/", "|", "&", "+"})
