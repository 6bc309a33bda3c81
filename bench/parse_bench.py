"""Parser speed: per-sentence parse time with a 10k-name catalog as hints, start-up time, and a
plain spaCy-tokenizer baseline measured in the same process.

    .venv/bin/python bench/parse_bench.py [--rounds 5] [--names 10000]

Sentences: the texts of samples/devset.jsonl, devset2, devset3 and devset4 (or a built-in handful
when none is there); never the blind holdout.
Catalog: samples/catalog.json plus generated names up to --names, loaded into the product
matcher (products.matching.Catalog) whose `hints` the parser gets. Targets: p50 <= 1 ms,
p99 <= 5 ms, process start to first parse <= 1.5 s.
"""
from __future__ import annotations

import argparse
import itertools
import os
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FALLBACK = [
    "moved the cordless drill to shelf B3 in the garage",
    "um we got in twenty five boxes of nitrile gloves",
    "2 hammers and a box of nails to the tool shed",
    "stocktake: paper towels 4, room 204",
    "took the drill from the van and put it in the shed",
    "where is the ladder",
]
ADJ = ["red", "blue", "green", "black", "small", "large", "heavy duty", "compact", "cordless",
       "industrial", "mini", "steel", "plastic", "folding", "portable"]
NOUN = ["drill", "ladder", "saw", "hammer", "wrench", "glove", "cable", "bucket", "chair", "table",
        "lamp", "fan", "heater", "router", "monitor", "battery", "charger", "toner", "bolt", "screw"]
MAKER = ["acme", "dewalt", "makita", "bosch", "ryobi", "hp", "dell", "3m", "stanley", "milwaukee"]


# the labelled dev sets whose sentences are timed (never the blind holdout)
DEV_SETS = ("devset", "devset2", "devset3", "devset4")


def sentences() -> list[str]:
    """The texts of the dev sets that are there, or a built-in handful when none is."""
    texts: list[str] = []
    for name in DEV_SETS:
        path = ROOT / "samples" / f"{name}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts or FALLBACK


def catalog(n: int):
    """The demo catalog plus generated names, n in all, in the product matcher."""
    from products.matching import Catalog

    demo = json.loads((ROOT / "samples" / "catalog.json").read_text())
    names = list(demo["products"])
    for maker, adj, noun, model in itertools.product(MAKER, ADJ, NOUN, range(1, 100)):
        if len(names) >= n:
            break
        names.append(f"{maker} {adj} {noun} {model}")
    cat = Catalog()
    for i, name in enumerate(names[:n], start=1):
        cat.add_product(i, name)
    for i, name in enumerate(demo["locations"], start=1):
        cat.add_location(i, name)
    return cat


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


SPACY_ONLY = "import spacy; spacy.blank('en')('moved the drill to the van')"
FIRST_PARSE = "from nlp import parse; parse('moved the drill to the van')"


def startup_seconds(code: str = FIRST_PARSE, runs: int = 5) -> float:
    """Process start (interpreter included) to `code` done, median of runs."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                       env={"PYTHONPATH": str(ROOT / "src")})
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--names", type=int, default=10_000)
    args = ap.parse_args()

    start = startup_seconds()
    start_spacy = startup_seconds(SPACY_ONLY)
    from nlp import parse
    from nlp.tokens import _tokenizer

    texts = sentences()
    t0 = time.perf_counter()
    cat = catalog(args.names)
    load = time.perf_counter() - t0
    hints = cat.hints
    tokenizer = _tokenizer()
    for text in texts:  # warm caches
        parse(text, hints)
    parse_ms: list[float] = []
    plain_ms: list[float] = []
    bare_ms: list[float] = []
    cpu_ms: list[float] = []  # CPU time of this thread: what a busy machine's scheduler adds is left out
    per_text: dict[str, list[float]] = {text: [] for text in texts}
    for _ in range(args.rounds):
        for text in texts:
            t = time.perf_counter()
            tokenizer(text)
            bare_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            parse(text)
            plain_ms.append((time.perf_counter() - t) * 1000)
            t, c = time.perf_counter(), time.thread_time()
            parse(text, hints)
            parse_ms.append((time.perf_counter() - t) * 1000)
            cpu_ms.append((time.thread_time() - c) * 1000)
            per_text[text].append(parse_ms[-1])
    p50, p99 = statistics.median(parse_ms), percentile(parse_ms, 99)
    # the p99 of each sentence's median time: the same tail without the scheduler's noise
    steady_p99 = percentile([statistics.median(v) for v in per_text.values()], 99)
    base = statistics.median(bare_ms)
    print(f"sentences {len(texts)} x {args.rounds} rounds; catalog {len(cat)} names "
          f"(loaded in {load:.2f} s)")
    print(f"parse with hints     p50 {p50:.3f} ms  p99 {p99:.3f} ms  (targets 1 / 5 ms)")
    print(f"parse with hints     p99 of per-sentence medians {steady_p99:.3f} ms "
          f"(slowest sentences, scheduler noise removed)")
    print(f"parse with hints     CPU time p50 {statistics.median(cpu_ms):.3f} ms  "
          f"p99 {percentile(cpu_ms, 99):.3f} ms (this thread only)")
    print(f"parse without hints  p50 {statistics.median(plain_ms):.3f} ms  "
          f"p99 {percentile(plain_ms, 99):.3f} ms")
    print(f"baseline tokenizer   p50 {base:.3f} ms  (bare nlp.tokenizer(text), same process)")
    print(f"ratio parse/baseline p50 {p50 / base:.1f}x with hints, "
          f"{statistics.median(plain_ms) / base:.1f}x without")
    print(f"start to first parse {start:.2f} s  (target 1.5 s; median of 5 fresh processes)")
    print(f"start to spacy.blank {start_spacy:.2f} s  (baseline: import spacy and tokenize, "
          f"nothing of ours; ours adds {start - start_spacy:+.2f} s)")
    print(f"machine load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
          f"(timings grow with it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
