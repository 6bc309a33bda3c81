"""Build (or find in the cache) the catalog-biased language model and its dictionary.

The model is what Rhasspy trains for its intents, made here without external tools:
1. the sentences intakes are said in (`sentences.py`), filled with the catalog's product and
   location names;
2. a trigram model of them (`ngram.py`), whose unigrams are mixed with the GENERAL_WORDS most
   frequent words of pocketsphinx's generic model (GENERAL_WEIGHT of the probability mass),
   so that a product that is not in the catalog yet can still be heard;
3. a pronunciation dictionary restricted to that vocabulary (`lexicon.py`).

Files are cached under `cache_dir/<key>/`, the key being a hash of the names (order and case
do not matter), the builder's version and pocketsphinx's version: an unchanged catalog costs one
directory lookup, a changed one a rebuild (about a second for a few hundred names, see
docs/voice.md). The newest KEEP_MODELS models are kept.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .lexicon import default_lexicon
from .ngram import TrigramCounts, write_arpa
from .sentences import MAX_LOCATIONS, MAX_PRODUCTS, sentences

BUILDER_VERSION = 2      # bump when the output of a build changes for the same names
GENERAL_WORDS = 5000     # words of everyday English the biased model still knows
GENERAL_WEIGHT = 0.1     # their share of the unigram probability
OPEN_WORDS = 5000        # everyday words that may also fill a product slot...
OPEN_SHARE = 0.5         # ...with this share of each template's weight
STOP_WORDS = 300         # the most frequent words are not product names: not in open slots
KEEP_MODELS = 8          # cached models kept; older ones are deleted
LM_FILE, DICT_FILE = "lm.arpa", "words.dict"


@dataclass(frozen=True)
class ModelFiles:
    directory: Path
    lm: Path
    dictionary: Path
    key: str
    build_seconds: float  # 0.0 when it came from the cache
    words: int


def default_cache_dir() -> Path:
    """Where models go when the caller names no folder: the user's cache folder. (The
    composition roots pass their own, from Settings; nothing here reads the environment.)"""
    return Path.home() / ".cache" / "inventory-intake" / "transcribe"


def catalog_key(products: Sequence[str], locations: Sequence[str]) -> str:
    import pocketsphinx

    def norm(names: Sequence[str], cap: int) -> list[str]:
        return sorted({" ".join(n.lower().split()) for n in list(names)[:cap] if n and n.strip()})

    payload = json.dumps({
        "builder": BUILDER_VERSION,
        "pocketsphinx": getattr(pocketsphinx, "__version__", "?"),
        "general": [GENERAL_WORDS, GENERAL_WEIGHT, OPEN_WORDS, OPEN_SHARE, STOP_WORDS],
        "products": norm(products, MAX_PRODUCTS),
        "locations": norm(locations, MAX_LOCATIONS),
    }, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:24]


def load_or_build(products: Sequence[str], locations: Sequence[str],
                  cache_dir: Path | None = None) -> ModelFiles:
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    key = catalog_key(products, locations)
    target = root / key
    lm, dic = target / LM_FILE, target / DICT_FILE
    if lm.is_file() and dic.is_file():
        os.utime(target)  # most recently used: kept longest
        return ModelFiles(target, lm, dic, key, 0.0, _count_lines(dic))
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=root))
    try:
        words = build(products, locations, work)
        try:
            os.replace(work, target)  # atomic: a reader never sees half a model
        except OSError:
            if not (lm.is_file() and dic.is_file()):  # another process won the race: fine
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _prune(root)
    return ModelFiles(target, lm, dic, key, time.perf_counter() - started, words)


def build(products: Sequence[str], locations: Sequence[str], out_dir: Path) -> int:
    """Write LM_FILE and DICT_FILE into out_dir; returns the vocabulary size."""
    lexicon = default_lexicon()
    background = dict(general_vocabulary(GENERAL_WORDS))
    open_words = list(general_vocabulary(OPEN_WORDS))[STOP_WORDS:]
    counts = TrigramCounts()
    for words, weight in sentences(products, locations, open_words, OPEN_SHARE):
        counts.add(words, weight)
    vocab = (counts.vocabulary | set(background)) - {"<s>", "</s>"}
    lines = []
    for word in sorted(vocab):
        for i, phones in enumerate(lexicon.pronounce(word)):
            lines.append(f"{word if i == 0 else f'{word}({i + 1})'} {phones}\n")
    unsayable = {w for w in vocab if not lexicon.pronounce(w)}
    for w in unsayable:
        background.pop(w, None)
    if unsayable:  # a word without phones cannot be in the model: drop its sentences' words
        for grams in counts.grams:
            for gram in [g for g in grams if unsayable.intersection(g)]:
                del grams[gram]
    (out_dir / DICT_FILE).write_text("".join(lines), encoding="utf-8")
    with open(out_dir / LM_FILE, "w", encoding="utf-8") as f:
        write_arpa(counts, f, background, GENERAL_WEIGHT)
    return len(lines)


@lru_cache(maxsize=2)
def general_vocabulary(size: int) -> dict[str, float]:
    """The `size` most probable words of the generic model that the dictionary can say, most
    probable first, with their unigram probabilities. Once per process (about 0.5 s)."""
    from pocketsphinx import NGramModel, get_model_path

    generic = NGramModel.readfile(os.path.join(get_model_path(), "en-us", "en-us.lm.bin"))
    scored = []
    for word in default_lexicon().entries:
        if not word.replace("'", "").isalpha():
            continue
        score = generic.prob([word])
        if score > -500_000_000:  # pocketsphinx's log zero: not in the generic model
            scored.append((score, word))
    scored.sort(reverse=True)
    # prob() is in pocketsphinx's log base 1.0001
    return {w: math.exp(s * math.log(1.0001)) for s, w in scored[:size]}


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def _prune(root: Path) -> None:
    models = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    models.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in models[KEEP_MODELS:]:
        shutil.rmtree(old, ignore_errors=True)
    now = time.time()
    for tmp in root.glob(".*-*"):  # builds that died half-way, an hour ago or more
        if tmp.is_dir() and now - tmp.stat().st_mtime > 3600:
            shutil.rmtree(tmp, ignore_errors=True)
