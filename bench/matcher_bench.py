"""Resolution speed and memory as the catalog grows, against plain rapidfuzz, plus find-or-create
throughput on SQLite and MariaDB.

    .venv/bin/python bench/matcher_bench.py [--sizes 1000,10000,100000,1000000] [--queries 300]
        [--check 20] [--store-url mysql://root@127.0.0.1:3306/intake_bench] [--no-store]

For each catalog size it prints p50/p99 of `Catalog.resolve_product`, the same for
`rapidfuzz.process.extractOne(query, names, scorer=WRatio)` over the whole list (the plain
baseline, run in the same process on the same queries), their ratio, the index's build time and
memory, and how many of a sample of queries got the same outcome, product and score as scoring
every name (`resolve_brute_force`). Queries mix exact names, plurals, dropped modifiers,
misspelt words and names the catalog does not have.
"""
from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from products.matching import Catalog  # noqa: E402
from products.naming import name_key  # noqa: E402

BRANDS = ["dewalt", "makita", "bosch", "milwaukee", "ryobi", "stanley", "3m", "hp", "brother",
          "logitech", "dell", "samsung", "anker", "kirkland", "rubbermaid", "ikea", "husky",
          "klein", "fluke", "irwin", "gorilla", "scotch", "sharpie", "avery", "uline"]
COLOURS = ["red", "blue", "green", "black", "white", "orange", "yellow", "grey", "clear", "silver"]
MATERIALS = ["steel", "plastic", "rubber", "nitrile", "cotton", "brass", "aluminium", "oak",
             "pvc", "copper", "vinyl", "glass", "ceramic", "nylon", "latex"]
NOUNS = ["drill", "ladder", "glove", "screw", "bolt", "nut", "washer", "hammer", "saw", "wrench",
         "cable", "charger", "monitor", "keyboard", "mouse", "chair", "table", "desk", "lamp",
         "bulb", "battery", "tape", "glue", "marker", "folder", "binder", "bin", "bucket", "mop",
         "broom", "towel", "filter", "hose", "valve", "pipe", "elbow", "fitting", "hinge",
         "bracket", "shelf", "cabinet", "heater", "fan", "router", "switch", "adapter", "sprayer",
         "roller", "brush", "knife", "blade", "clamp", "level", "meter", "scanner", "printer",
         "toner", "cartridge", "label", "envelope", "box", "bag", "tarp", "rope", "chain", "lock"]
KINDS = ["cordless", "hammer", "claw", "circular", "step", "extension", "drywall", "wood",
         "machine", "hex", "lag", "socket", "impact", "angle", "utility", "duct", "packing",
         "masking", "office", "folding", "standing", "space", "water", "paint", "wire", "usb",
         "hdmi", "ethernet", "laser", "torque", "pipe", "garden", "shop", "safety", "spare"]
SIZES = ["small", "medium", "large", "xl", "mini"]


def spec(rng: random.Random) -> str:
    return rng.choice([f"m{rng.randint(3, 16)}", f"{rng.randint(5, 100)}mm", f"{rng.choice([12, 18, 20, 40])}v",
                       f"{rng.randint(2, 50)} pack", f"{rng.randint(1, 30)}ft", f"model {rng.randint(100, 999)}"])


def realistic_names(n: int, seed: int = 1) -> list[str]:
    """n distinct product names shaped like real catalogs: brand? colour? material? kind noun spec? size?"""
    rng = random.Random(seed)
    seen: set[str] = set()
    names: list[str] = []
    while len(names) < n:
        parts = []
        if rng.random() < 0.45:
            parts.append(rng.choice(BRANDS))
        if rng.random() < 0.35:
            parts.append(rng.choice(COLOURS))
        if rng.random() < 0.35:
            parts.append(rng.choice(MATERIALS))
        if rng.random() < 0.7:
            parts.append(rng.choice(KINDS))
        parts.append(rng.choice(NOUNS))
        if rng.random() < 0.5:
            parts.append(spec(rng))
        if rng.random() < 0.2:
            parts.append(rng.choice(SIZES))
        name = " ".join(parts)
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            names.append(name)
    return names


def queries_for(names: list[str], count: int, seed: int = 2) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        name = rng.choice(names).split()
        kind = i % 5
        if kind == 1:
            name[-1] = name[-1] + "s"                      # plural
        elif kind == 2 and len(name) > 2:
            del name[rng.randrange(len(name) - 1)]         # a modifier left out
        elif kind == 3:
            w = rng.randrange(len(name))                   # a misspelt word
            if len(name[w]) > 4:
                j = rng.randrange(1, len(name[w]) - 1)
                name[w] = name[w][:j] + name[w][j + 1:]
        elif kind == 4:
            name = [rng.choice(["titanium", "bamboo", "walnut"]), rng.choice(NOUNS), "deluxe"]  # new
        out.append(" ".join(name))
    return out


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_size(n: int, query_count: int, check: int) -> dict:
    names = realistic_names(n)
    queries = queries_for(names, query_count)
    gc.collect()
    tracemalloc.start()
    t0 = time.perf_counter()
    catalog = Catalog()
    for i, name in enumerate(names, 1):
        catalog.add_product(i, name)
    build = time.perf_counter() - t0
    memory = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()

    ours = []
    for q in queries:
        t = time.perf_counter()
        catalog.resolve_product(q)
        ours.append((time.perf_counter() - t) * 1000)
    processed = [utils.default_process(n) for n in names]
    base_queries = queries[: max(20, query_count // (1 if n <= 100_000 else 10))]
    plain = []
    for q in base_queries:
        t = time.perf_counter()
        process.extractOne(utils.default_process(q), processed, scorer=fuzz.WRatio)
        plain.append((time.perf_counter() - t) * 1000)

    agree = 0
    sample = queries[:check]
    for q in sample:
        fast, slow = catalog.resolve_product(q), catalog.products.resolve_brute_force(q)
        agree += (fast.outcome, fast.id, fast.score) == (slow.outcome, slow.id, slow.score)
    return {
        "n": n, "build_s": build, "memory_mb": memory / 1e6,
        "p50": statistics.median(ours), "p99": percentile(ours, 99),
        "plain_p50": statistics.median(plain), "plain_p99": percentile(plain, 99),
        "agree": f"{agree}/{len(sample)}",
    }


def bench_store(url: str, workers: int, names: int = 400) -> float:
    """find-or-create calls per second: `workers` threads over the same names (half new, half
    already there), each with its own connection."""
    from products.adapters import open_store

    store = open_store(url)
    store.upgrade()
    prefix = f"bench {time.time_ns()} "
    todo = [f"{prefix}{i % (names // 2)}" for i in range(names)]
    start = threading.Barrier(workers)

    def work(k: int) -> None:
        start.wait()
        for name in todo[k::workers]:
            store.find_or_create_product(name, name_key(name))
        store.close()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(workers)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return names / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--check", type=int, default=20, help="queries compared with brute force per size")
    ap.add_argument("--store-url", default="mysql://root@127.0.0.1:3306/intake_bench")
    ap.add_argument("--no-store", action="store_true")
    args = ap.parse_args()

    print(f"{'names':>9} {'build s':>8} {'index MB':>9} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'plain p50':>10} {'plain p99':>10} {'p50 ratio':>10} {'=brute':>7}")
    for n in (int(s) for s in args.sizes.split(",")):
        r = bench_size(n, args.queries, args.check if n < 1_000_000 else min(args.check, 5))
        print(f"{r['n']:>9} {r['build_s']:>8.1f} {r['memory_mb']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} "
              f"{r['plain_p50']:>10.2f} {r['plain_p99']:>10.2f} {r['plain_p50'] / r['p50']:>9.0f}x "
              f"{r['agree']:>7}", flush=True)

    if not args.no_store:
        print("\nfind-or-create throughput (calls/s)")
        with tempfile.TemporaryDirectory() as tmp:
            for workers in (1, 4):
                print(f"  sqlite  workers={workers}: {bench_store(f'sqlite:///{tmp}/b.db', workers):8.0f}")
        try:
            for workers in (1, 4):
                print(f"  mariadb workers={workers}: {bench_store(args.store_url, workers):8.0f}")
        except Exception as exc:  # no server: say so, the rest of the figures stand
            print(f"  mariadb: skipped ({exc})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
