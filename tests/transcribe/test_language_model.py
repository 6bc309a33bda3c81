"""The catalog model: sentences from templates, a proper ARPA trigram model, and the cache."""
from __future__ import annotations

import math
import re
import time
from collections import defaultdict

import pytest

from intake.transcribe import model as model_module
from intake.transcribe.model import catalog_key, load_or_build
from intake.transcribe.ngram import TrigramCounts, write_arpa
from intake.transcribe.sentences import (MAX_SENTENCES, expand, product_phrases, sentences,
                                         templates)


def read_arpa(text: str):
    """{order: {ngram tuple: (log10 p, log10 backoff)}}."""
    grams: dict[int, dict] = defaultdict(dict)
    order = 0
    for line in text.splitlines():
        m = re.match(r"\\(\d)-grams:", line)
        if m:
            order = int(m.group(1))
            continue
        if not order or not line.strip() or line.startswith("\\"):
            continue
        parts = line.split()
        prob, words = float(parts[0]), tuple(parts[1:1 + order])
        bow = float(parts[1 + order]) if len(parts) > 1 + order else 0.0
        grams[order][words] = (prob, bow)
    return grams


def arpa_prob(grams, history: tuple[str, ...], word: str) -> float:
    """p(word | history) with ARPA back-off."""
    for n in range(len(history), -1, -1):
        h = history[len(history) - n:]
        if h + (word,) in grams[n + 1]:
            logp = grams[n + 1][h + (word,)][0]
            # back-off weights of the longer histories that did not have it
            for m in range(len(history), n, -1):
                longer = history[len(history) - m:]
                logp += grams[m].get(longer, (0.0, 0.0))[1]
            return 10 ** logp
    return 0.0


def test_arpa_distributions_sum_to_one():
    # GIVEN a small weighted corpus and a background vocabulary
    counts = TrigramCounts()
    counts.add("moved the red ladder to the garage".split(), 2.0)
    counts.add("moved the drill to the van".split(), 1.0)
    counts.add("used two rolls of tape".split(), 0.5)
    import io
    out = io.StringIO()
    write_arpa(counts, out, {"the": 5.0, "hammer": 1.0, "cat": 1.0}, 0.2)
    grams = read_arpa(out.getvalue())
    vocab = [w for (w,) in grams[1] if w != "<s>"]
    # THEN every history's next-word distribution sums to 1, seen or backed off
    for history in [("<s>",), ("<s>", "moved"), ("moved", "the"), ("the",), ("to", "the"),
                    ("hammer",), ("the", "cat")]:
        total = sum(arpa_prob(grams, history, w) for w in vocab)
        assert total == pytest.approx(1.0, abs=1e-3), history
    # AND a background word never seen in a sentence can still be heard
    assert arpa_prob(grams, ("the",), "hammer") > 0


def test_templates_expand_alternatives_and_options():
    assert expand("(moved|took) [the] {P}") == [
        ("moved", "the", "{P}"), ("moved", "{P}"), ("took", "the", "{P}"), ("took", "{P}")]
    assert all(v for t in templates() for v in t)


def test_product_phrases_include_short_and_reordered_forms():
    singles, plurals = product_phrases("nitrile gloves small")
    assert ("nitrile", "gloves", "small") in singles
    assert ("small", "nitrile", "gloves") in singles
    assert ("nitrile", "gloves") in singles
    singles, plurals = product_phrases("cordless drill 18v")
    assert ("cordless", "drill") in singles and ("drill",) in singles
    assert ("cordless", "drill", "18v") in singles
    assert ("red", "ladders") in product_phrases("red ladder")[1]


def test_every_name_is_in_some_sentence(catalog_data):
    said = {" ".join(words) for words, _ in sentences(catalog_data["products"], catalog_data["locations"])}
    text = "\n".join(said)
    for name in catalog_data["products"] + catalog_data["locations"]:
        assert f" {name.lower()}" in text or f"\n{name.lower()}" in text, name


def test_sentence_count_is_capped_for_large_catalogs():
    names = [f"widget {i}" for i in range(20_000)]
    n = sum(1 for _ in sentences(names, ["shelf 1", "shelf 2"]))
    assert n <= MAX_SENTENCES * 1.2


def test_cache_key_ignores_order_case_and_spacing():
    a = catalog_key(["Red Ladder", "drill"], ["garage"])
    assert a == catalog_key(["drill", "red  ladder"], ["Garage"])
    assert a != catalog_key(["drill", "red ladder", "mop"], ["garage"])
    assert a != catalog_key(["drill", "red ladder"], ["garage", "van"])


def test_models_are_built_once_and_cached(tmp_path):
    # GIVEN an empty cache
    products, locations = ["red ladder", "hp 26a toner", "nitrile gloves"], ["garage", "shelf a2"]
    # WHEN the model is asked for twice
    first = load_or_build(products, locations, tmp_path)
    started = time.perf_counter()
    second = load_or_build(list(reversed(products)), locations, tmp_path)
    # THEN the second comes from the cache, at once
    assert first.build_seconds > 0 and second.build_seconds == 0.0
    assert time.perf_counter() - started < 0.2
    assert first.lm == second.lm
    # AND the dictionary has every model word, codes by their written form
    words = {line.split()[0].split("(")[0] for line in first.dictionary.read_text().splitlines()}
    lm_words = set(read_arpa(first.lm.read_text())[1]) - {("<s>",), ("</s>",)}
    assert {w for (w,) in lm_words} <= words
    assert {"a2", "26a", "nitrile", "ladder"} <= words
    # AND no half-built folder is left behind
    assert [p.name for p in tmp_path.iterdir()] == [first.key]


def test_old_models_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setattr(model_module, "KEEP_MODELS", 2)
    monkeypatch.setattr(model_module, "GENERAL_WORDS", 200)  # small and quick
    keys = []
    for i in range(4):
        keys.append(load_or_build([f"thing {i}"], ["shelf"], tmp_path).key)
        time.sleep(0.01)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(keys[-2:])


def test_demo_catalog_builds_in_seconds(catalog_data, tmp_path):
    built = load_or_build(catalog_data["products"], catalog_data["locations"], tmp_path)
    assert built.build_seconds < 15  # about 1-3 s on a 2-core machine; see docs/voice.md
    assert math.isfinite(built.build_seconds)


def test_everyday_words_outside_the_catalog_stay_sayable(tmp_path):
    # a product the catalog does not have yet can still be heard, if it is an everyday word
    built = load_or_build(["red ladder"], ["garage"], tmp_path)
    words = {line.split()[0] for line in built.dictionary.read_text().splitlines()}
    assert {"paint", "water", "table", "ladder"} <= words
    grams = read_arpa(built.lm.read_text())
    assert ("the", "paint") in grams[2] or ("paint",) in grams[1]
