"""A small trigram language model in ARPA format, from weighted sentences.

Smoothing is Witten-Bell, interpolated: after a context seen c times with t distinct next words,
a seen word gets its share of the c counts plus t/(c+t) of the lower order's probability, and
an unseen word only the latter. It accepts fractional counts, which the sentence generator
uses to keep each template's weight independent of how many names fill its slots.

The unigram level is mixed with a general vocabulary (`background`, e.g. the most frequent
words of the generic model): with weight `background_weight` a word outside the domain can
still be heard, at a price. The result is written as a backoff ARPA file for pocketsphinx.
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Iterable, Mapping, TextIO

BOS, EOS = "<s>", "</s>"
LOG_ZERO = -99.0  # ARPA's "never" (the probability of predicting <s>)


class TrigramCounts:
    """Weighted n-gram counts of sentences (each framed by <s> ... </s>)."""

    def __init__(self) -> None:
        self.grams: list[dict[tuple[str, ...], float]] = [defaultdict(float) for _ in range(3)]

    def add(self, words: Iterable[str], weight: float = 1.0) -> None:
        tokens = (BOS, *words, EOS)
        g1, g2, g3 = self.grams
        for i in range(1, len(tokens)):
            w = tokens[i]
            g1[(w,)] += weight
            g2[(tokens[i - 1], w)] += weight
            if i >= 2:
                g3[(tokens[i - 2], tokens[i - 1], w)] += weight

    @property
    def vocabulary(self) -> set[str]:
        return {g[0] for g in self.grams[0]} | {BOS}


def _contexts(grams: Mapping[tuple[str, ...], float]):
    """context -> (total count, number of distinct next words)."""
    total: dict[tuple[str, ...], float] = defaultdict(float)
    types: dict[tuple[str, ...], int] = defaultdict(int)
    for gram, c in grams.items():
        total[gram[:-1]] += c
        types[gram[:-1]] += 1
    return total, types


def write_arpa(counts: TrigramCounts, out: TextIO, background: Mapping[str, float] | None = None,
               background_weight: float = 0.0) -> dict[str, int]:
    """Write the model; returns the number of n-grams of each order."""
    g1, g2, g3 = counts.grams
    # unigrams: domain maximum likelihood, mixed with the background distribution
    n_tokens = sum(g1.values())
    background = dict(background or {})
    bg_total = sum(background.values())
    weight = background_weight if bg_total > 0 else 0.0
    vocab = set(g1) | {(w,) for w in background}
    p1: dict[str, float] = {}
    for (w,) in vocab:
        dom = g1.get((w,), 0.0) / n_tokens
        bg = background.get(w, 0.0) / bg_total if bg_total else 0.0
        p1[w] = (1 - weight) * dom + weight * bg
    p1.pop(BOS, None)

    def lower2(w1: str, w2: str) -> float:
        return p2.get((w1, w2)) or bow1.get(w1, 1.0) * p1[w2]

    # bigrams and their backoff weights
    total2, types2 = _contexts(g2)
    p2: dict[tuple[str, str], float] = {}
    for (h, w), c in g2.items():
        t = types2[(h,)]
        p2[(h, w)] = (c + t * p1[w]) / (total2[(h,)] + t)
    bow1 = _backoff_weights(p2, lambda gram: p1[gram[-1]])

    total3, types3 = _contexts(g3)
    p3: dict[tuple[str, str, str], float] = {}
    for (u, v, w), c in g3.items():
        t = types3[(u, v)]
        p3[(u, v, w)] = (c + t * lower2(v, w)) / (total3[(u, v)] + t)
    bow2 = _backoff_weights(p3, lambda gram: lower2(gram[1], gram[2]))

    sizes = {1: len(p1) + 1, 2: len(p2), 3: len(p3)}
    out.write("\\data\\\n")
    for n in (1, 2, 3):
        out.write(f"ngram {n}={sizes[n]}\n")
    out.write("\n\\1-grams:\n")
    out.write(f"{LOG_ZERO:.4f} {BOS} {_log(bow1.get(BOS, 1.0)):.4f}\n")
    for w in p1:
        out.write(f"{_log(p1[w]):.4f} {w}{_bow(bow1.get(w))}\n")
    out.write("\n\\2-grams:\n")
    for gram in p2:
        out.write(f"{_log(p2[gram]):.4f} {' '.join(gram)}{_bow(bow2.get(gram))}\n")
    out.write("\n\\3-grams:\n")
    for gram in p3:
        out.write(f"{_log(p3[gram]):.4f} {' '.join(gram)}\n")
    out.write("\n\\end\\\n")
    return sizes


def _backoff_weights(probs: Mapping[tuple[str, ...], float], lower) -> dict[tuple[str, ...] | str, float]:
    """alpha(h) = (1 - sum of seen p(w|h)) / (1 - sum of the lower order's p(w) for them)."""
    seen: dict[tuple[str, ...], float] = defaultdict(float)
    seen_lower: dict[tuple[str, ...], float] = defaultdict(float)
    for gram, p in probs.items():
        seen[gram[:-1]] += p
        seen_lower[gram[:-1]] += lower(gram)
    out: dict = {}
    for h, s in seen.items():
        num = max(1.0 - s, 1e-9)
        den = max(1.0 - seen_lower[h], 1e-9)
        out[h[0] if len(h) == 1 else h] = num / den
    return out


def _log(p: float) -> float:
    return math.log10(p) if p > 0 else LOG_ZERO


def _bow(alpha: float | None) -> str:
    return "" if alpha is None else f" {_log(alpha):.4f}"
