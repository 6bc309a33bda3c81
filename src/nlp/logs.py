"""Rule family: the marks of a typed shift log that are no part of what happened.

    "22:30 - 6 pairs house shoes out ..."          -> the clock time opening the line is when
    "...; 08:30 - 2nd sm58 stolen from ..."        -> so is one opening a later sentence
    "@sam 3:15 found 2 SD 64s in ..."             -> who wrote it, before a time or a past verb
    "Ben: drills 4, saws 2"                        -> so is a first name before a colon
    "close: 200 glasses counted back in ..."       -> the log's own heading ("close:", "handover -")
    "... moved to Studio B / Ollie"                -> a signature after a spaced slash
    "... at the stand / Jess on close", ", Priya signed" -> a signature with the shift said
    "close: shoe counter - spray x4 ..."           -> after a log heading, "PLACE -" heads the list
    "yellow cubes added to pit / threw old one out" -> a spaced slash after a note with a verb
                                                     or a place is a sentence break, as ";"
    "... from the cage / red ones still in boxes"  -> and a remark after it is dropped
    "...; doors locked", "... . nothing else to report" -> closing checks record nothing

A list of counts split by slashes ("brood boxes 4 / supers 9") keeps its slashes: the piece
before has no verb. A time inside the line ("Kiosk count 14:00 - ...") or a ratio ("1:24 diecast
cars") is left alone: only a time with am/pm, a dash after it or a writer's tag before it is read.
"""
from __future__ import annotations

import re

from . import verbs as V
from .numbers import is_number_word
from .people import FIRST_NAMES
from .places import PLACE_HEADS
from .tokens import ARROWS, Tok

_CLOCK = re.compile(r"^([01]?\d|2[0-3])(:[0-5]\d(am|pm)?|(:[0-5]\d)?(am|pm))$")
_DASHES = frozenset({"-", "—", "–", ":"})
_BREAKS = frozenset({";", ".", "!", "?"})
# a piece that says where things went or came from is a note of its own
_PLACE_PREPOSITIONS = frozenset({"to", "into", "from", "in", "at", "on", "onto"})
# a log's own heading before its colon or dash ("close: ...", "22:00 handover - ...")
_LOG_HEADINGS = frozenset({"close", "closing", "handover", "hand-over", "eod", "opening"})
# how a thing was left at closing, said as a check ("doors locked", "alarm set", "lights off")
_CHECKS = frozenset({"locked", "set", "off", "done", "shut", "closed", "cleaned", "swept", "mopped",
                     "emptied", "unplugged"})
# what a signature may say after the name ("Priya signed", "Sam signed for it")
_SIGNED = frozenset({("signed",), ("signed", "for", "it"), ("signed", "for", "them"), ("signed", "off")})
# what may stand before a signature besides a spaced slash
_SIGN_OFFS = frozenset({".", "-", "—", "–"})
# a closing line that says nothing happened ("... charged. nothing else to report")
_ALL_CLEAR = frozenset({("nothing", "to", "report"), ("nothing", "else", "to", "report"),
                        ("all", "good"), ("all", "ok"), ("all", "okay"), ("no", "issues"),
                        ("no", "other", "issues"), ("all", "quiet"), ("nothing", "else")})
# words that make a piece after a slash a remark on the note ("back by 9pm", "still in boxes")
_REMARK_WORDS = frozenset({"still", "back", "again", "checking", "waiting", "complaining"})
# the shift said after a signature ("Jess on close", "Jo closing", "Nina GM tonight")
_SHIFT_WORDS = frozenset({"close", "closing", "opening", "shift", "tonight", "today", "lates",
                          "earlies"})


def drop_log_marks(toks: list[Tok], text: str) -> list[Tok]:
    """toks without the times, tags, log headings and signatures of a typed shift log, and with
    a spaced slash after an event read as ";"."""
    if not toks:
        return toks
    toks = _signature_dropped(toks, text)
    toks = _slashes_as_breaks(toks, text)
    out: list[Tok] = []
    k = 0
    n = len(toks)
    tagged = False  # an "@name" was just dropped
    while k < n:
        t = toks[k]
        opens = not out or out[-1].text in _BREAKS
        if not out and k + 2 < n and t.text in FIRST_NAMES and toks[k + 1].text == ":" and \
                _capitalised(t, text):
            k += 2  # "Ben: drills 4, saws 2": who wrote it, not where they are
            continue
        if opens and t.text.startswith("@") and len(t.text) > 2 and t.text[1:].isalpha() and \
                k + 1 < n and (_clock_at(toks, k + 1, tagged=True) or _past_verb(toks[k + 1].text)):
            k += 1  # "@kim 2:40pm lost ...", "@sam found ...": who wrote it
            tagged = True
            continue
        if opens and _clock_at(toks, k, tagged or bool(out)):  # (a later sentence's time)
            k += 1
            if k < n and toks[k].text in _DASHES:
                k += 1
        tagged = False
        if opens and k + 2 < n and toks[k].text in _LOG_HEADINGS and toks[k + 1].text in _DASHES:
            # "close: ...", "22:00 handover - ...": the log's heading, not a place
            k += 2
            dash = next((j for j in range(k + 1, min(n, k + 7)) if toks[j].text in _DASHES), None)
            if dash is not None and toks[dash].text != ":" and _names_a_spot(toks[k:dash]):
                # "close: shoe counter - spray x4 ...": the place the list is of, its heading
                toks = toks[:dash] + [Tok(":", toks[dash].start, toks[dash].end)] + toks[dash + 1:]
        if k < n:
            out.append(toks[k])
        k += 1
    out = _checks_dropped(out)
    return out if any(not t.is_punct for t in out) else toks


def _checks_dropped(toks: list[Tok]) -> list[Tok]:
    """toks without the closing checks said as sentences of their own after a note ("...;
    doors locked", "... / alarm set", "lights off": a thing of one or two words and how it was
    left) and without an all-clear ("... . nothing else to report"): nothing recorded."""
    cuts = [k for k, t in enumerate(toks) if t.text in _BREAKS]
    out = list(toks)
    for a, b in reversed(list(zip(cuts, cuts[1:] + [len(toks)]))):
        words = [t.text for t in toks[a + 1:b]]
        if _is_check(words) or tuple(words) in _ALL_CLEAR:
            del out[a:b]
    return out


def _is_check(words: list[str]) -> bool:
    """'doors locked', 'alarm set', 'lights off': a thing of one or two words, then a check."""
    if words[-1:] == ["set"] and words[-2:-1] not in (["alarm"], ["alarms"]):
        return False  # ("socket set", "bar set" are things)
    return 2 <= len(words) <= 3 and words[-1] in _CHECKS and all(
        w.isalpha() and w not in _CHECKS and not V.VERB_FORMS.get(w) and not is_number_word(w)
        for w in words[:-1])


def _names_a_spot(toks: list[Tok]) -> bool:
    """Whether the words before a dash after a log heading are a heading of their own: no verb,
    no amount, no bracket ("shoe counter", "GM booth drawer", "headphones in studio b")."""
    words = [t.text for t in toks]
    return bool(words) and all(w.isalnum() for w in words) and not _has_verb(words) and \
        not any(is_number_word(w) or w.isdigit() for w in words)


def _clock_at(toks: list[Tok], k: int, tagged: bool = False) -> bool:
    """Whether toks[k] is a time of day said as a clock: with am/pm, a dash after it, or after a
    writer's tag (`tagged`); "1:24 diecast cars" is a scale."""
    if k >= len(toks) or not _CLOCK.match(toks[k].text):
        return False
    return tagged or toks[k].text[-1] == "m" or (k + 1 < len(toks) and toks[k + 1].text in _DASHES)


def _past_verb(word: str) -> bool:
    """'found', 'lost', 'moved': an event verb in its past form (not "can", "need", "did")."""
    hit = V.VERB_FORMS.get(word)
    return bool(hit) and word != hit[0] and not word.endswith(("s", "ing"))


def _spaced(toks: list[Tok], k: int, text: str) -> bool:
    """Whether toks[k] was typed with a space on both sides ("a / b", not "mia/josh")."""
    t = toks[k]
    return 0 < t.start and t.end < len(text) and text[t.start - 1].isspace() and text[t.end].isspace()


def _capitalised(t: Tok, text: str) -> bool:
    raw = text[t.start:t.end]
    return len(raw) >= 2 and raw.isalpha() and raw[0].isupper() and not raw.isupper()


def _signature_dropped(toks: list[Tok], text: str) -> list[Tok]:
    """toks without a signature closing the line: after a spaced slash, a capitalised name when
    a place was said before it ("to Studio B / Ollie"); after a slash, dash, comma or full stop, a
    name with the shift or "signed" ("/ Jess on close", "/ Nina GM tonight", ", Priya signed",
    ", Mia/Josh on close"); after a slash, dash or full stop, a first name we know ("... to the
    van. Jess") or an "@name"."""
    n = len(toks)
    for k in range(max(1, n - 7), n - 1):
        sep = toks[k].text
        slash = sep == "/" and _spaced(toks, k, text)
        if not (slash or sep in _SIGN_OFFS or sep == ","):
            continue
        rest = toks[k + 1:]
        if rest and rest[-1].text in _BREAKS:
            rest = rest[:-1]
        if len(rest) == 1 and rest[0].text.startswith("@") and rest[0].text[1:].isalpha() and \
                sep != ",":
            return toks[:k]
        j = 0
        names: list[str] = []
        while j < len(rest) and _capitalised(rest[j], text) and not V.VERB_FORMS.get(rest[j].text) \
                and rest[j].text not in PLACE_HEADS:  # ("... / Kitchen" is a place)
            names.append(rest[j].text)
            j += 2 if j + 1 < len(rest) and rest[j + 1].text in ("/", "&", "and") else 1
        if not names or j < len(rest) and rest[j - 1].text in ("/", "&", "and"):
            continue
        tail = [t.text for t in rest[j:]]
        if tail:
            shift = len(tail) <= 3 and tail[-1] in _SHIFT_WORDS and all(
                w.isalpha() and not V.VERB_FORMS.get(w) for w in tail)
            if shift or tuple(tail) in _SIGNED:
                return toks[:k]
        elif all(w in FIRST_NAMES for w in names) and sep != "," or slash and any(
                t.text in _PLACE_PREPOSITIONS for t in toks[:k - 1]):
            return toks[:k]  # ("received 3 drills / Makita": a name after a place only)
    return toks


def _slashes_as_breaks(toks: list[Tok], text: str) -> list[Tok]:
    """A spaced slash after a note with an event verb or a place of its own starts another note:
    read as after ";" when it has an event verb or a time ("... from the cage / threw old one
    out") or an amount after a place ("... in the kiosk drawer / 1 card machine jammed"); a remark
    with no amount is dropped ("... from the cage / red ones still in boxes", "/ Tom complained
    about the sprite"). "brood boxes 4 / supers 9", "red / blue pens" and "received drills / saws"
    are lists, and after "moved 4 chairs / 2 tables ..." an amount goes on the list."""
    words = [t.text for t in toks]
    out: list[Tok] = []
    last_break = -1
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.text in _BREAKS or t.text == ":":
            last_break = len(out)
        elif t.text == "/" and _spaced(toks, k, text) and 0 < k < len(toks) - 1:
            before = [x.text for x in out[last_break + 1:]]
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in _BREAKS or
                        toks[j].text == "/" and _spaced(toks, j, text)), len(toks))
            piece = words[k + 1:end]
            if not piece:
                out.append(t)
                k += 1
                continue
            verb = _has_verb(piece) or any(w in ARROWS for w in piece)
            amount = is_number_word(piece[0]) or re.fullmatch(r"x?\d+", piece[0]) is not None
            placed = any(w in _PLACE_PREPOSITIONS for w in before[:-1])
            if _is_check(before) and last_break >= 0 or _is_check(piece):
                out.append(Tok(";", t.start, t.end))  # "lights off / alarm set": checks, apart
                last_break = len(out) - 1
                k += 1
                continue
            if _has_verb(before) or placed:
                if verb or _clock_at(toks, k + 1, True) or amount and placed:
                    out.append(Tok(";", t.start, t.end))
                    last_break = len(out) - 1
                    k += 1
                    continue
                if not amount and _remark(piece):
                    k = end  # a remark: no event of its own
                    continue
        out.append(t)
        k += 1
    return out


def _remark(words: list[str]) -> bool:
    """Whether words say how something is or what someone did, not which thing ("red ones still
    in boxes", "Tom complained about ...", "incident form done", "lights off"; not "saws")."""
    return any(V.other_verb(w) or V.unknown_verb(w) or w in _CHECKS or w in _REMARK_WORDS
               for w in words)


def _has_verb(words: list[str]) -> bool:
    return any(V.lookup(words, j) and not V.maybe_noun(words[j]) for j in range(len(words)))
