"""Accuracy and speed of the offline transcriber, with and without catalog biasing.

    .venv/bin/python bench/voice_accuracy.py                 # the committed clips
    .venv/bin/python bench/voice_accuracy.py --extra         # + TUNING sentences, spoken now
                                                             #   by flite/festival (needs them)
    .venv/bin/python bench/voice_accuracy.py --json out.json

For each speech clip in samples/audio/clips.jsonl (and, with --extra, each TUNING sentence in
each voice) it transcribes with LocalTranscriber biased toward samples/catalog.json and with
the generic model, then reports:
- word error rate (WER) over words as said ("a2" = "a two"; a number counts as one word);
- "items right": nlp.parse + products.matching.Catalog give the expected event type, product
  (or NEW with the said name) and location for every item, and nothing more;
- seconds of processing per second of audio (decode + recognise; and + parse + match), median;
- model build time: cold (empty cache) and from the cache, and how a cold build grows with
  the number of catalog names.
Decoder settings were chosen on the TUNING sentences; the committed clips are the report.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from intake.transcribe import LocalTranscriber, decode_pcm16k  # noqa: E402
from intake.transcribe.audio import pcm_seconds  # noqa: E402
from intake.transcribe.model import load_or_build  # noqa: E402
from intake.transcribe.scoring import check_items, word_errors  # noqa: E402

CLIPS = ROOT / "samples" / "audio"


def _i(event, resolves_to, location=None, product=None):
    out = {"event_type": event, "resolves_to": resolves_to, "location": location}
    if product:
        out["product"] = product
    return out


# Tuning sentences, separate from the committed clips: settings are chosen on these.
TUNING = [
    ("moved the step ladder to the basement", [_i("moved", "step ladder", "basement")]),
    ("we got in three cases of bottled water", [_i("added", "bottled water")]),
    ("put the label printer in the mail room", [_i("moved", "label printer", "mail room")]),
    ("used four zip ties", [_i("removed", "zip ties")]),
    ("the circular saw goes in the van", [_i("moved", "circular saw", "van")]),
    ("counted eight folding chairs in the conference room",
     [_i("counted", "folding chair", "conference room")]),
    ("took the angle grinder from the shed to the truck", [_i("moved", "angle grinder", "truck")]),
    ("received two pallets of trash bags at the loading dock",
     [_i("added", "trash bags", "loading dock")]),
    ("lost the tape measure", [_i("removed", "tape measure")]),
    ("we have five double a batteries in drawer five", [_i("counted", "aa batteries", "drawer 5")]),
    ("moved the barcode scanner to reception", [_i("moved", "barcode scanner", "reception")]),
    ("only two hdmi cables left in the server room", [_i("counted", "hdmi cable", "server room")]),
    ("put the soldering iron on shelf b three", [_i("moved", "soldering iron", "shelf b3")]),
    ("sold the old leaf blower", [_i("removed", "leaf blower")]),
    ("bought a new dehumidifier for the basement", [_i("added", "dehumidifier", "basement")]),
    ("moved the shop vac to bay three", [_i("moved", "shop vac", "bay 3")]),
    ("restocked aisle seven with dish soap", [_i("added", "dish soap", "aisle 7")]),
    ("threw out the broken office chair", [_i("removed", "office chair")]),
    ("the walkie talkie is in the site trailer", [_i("moved", "walkie talkie", "site trailer")]),
    ("we used ten drywall screws", [_i("removed", "drywall screws")]),
    ("moved the multimeter to the workshop", [_i("moved", "multimeter", "workshop")]),
    ("there are four gfci outlets in storage unit four",
     [_i("counted", "gfci outlet", "storage unit 4")]),
    ("received a new cordless drill", [_i("added", "cordless drill 18v")]),
    ("got in twenty bags of rice", [_i("added", "rice")]),
    ("put the webcam in the front office", [_i("moved", "webcam", "front office")]),
    # not in the catalog
    ("we bought a new tile saw", [_i("added", "NEW", product="tile saw")]),
    ("moved the generator to the garage", [_i("moved", "NEW", "garage", product="generator")]),
    ("received three boxes of envelopes", [_i("added", "NEW", product="envelopes")]),
    ("threw away the old toaster", [_i("removed", "NEW", product="toaster")]),
]
TUNING_VOICES = ("flite-rms", "flite-slt", "festival-slt-hts")


def speech_clips() -> list[dict]:
    rows = [json.loads(line) for line in (CLIPS / "clips.jsonl").read_text().splitlines()
            if line.strip()]
    for r in rows:
        r["audio"] = (CLIPS / r["file"]).read_bytes()
    return [r for r in rows if r["kind"] == "speech"]


def tuning_clips() -> list[dict]:
    from make_clips import synthesize

    cache = Path(tempfile.gettempdir()) / "intake-voice-tuning"  # synthesis is the slow part
    cache.mkdir(exist_ok=True)
    out = []
    for n, (text, expect) in enumerate(TUNING):
        voice = TUNING_VOICES[n % len(TUNING_VOICES)]
        path = cache / f"{voice}-{hashlib.sha1(text.encode()).hexdigest()[:12]}.wav"
        if not path.exists():
            path.write_bytes(synthesize(text, voice))
        out.append({"file": f"tuning-{n:02d}", "text": text, "voice": voice, "expect": expect,
                    "audio": path.read_bytes()})
    return out


def devset_clips(n: int) -> list[dict]:
    """n rows of samples/devset.jsonl that name items (every k-th row, so the sample is spread
    over the file), spoken in turn by each voice. Its typed rows are read as a synthesiser
    reads them ("WD-40", "A2"), which is close to how people say them."""
    from make_clips import synthesize

    rows = [json.loads(line) for line in (ROOT / "samples" / "devset.jsonl").read_text().splitlines()
            if line.strip()]
    rows = [r for r in rows if r["expect"] and all(i.get("resolves_to") for i in r["expect"])]
    step = max(1, len(rows) // n)
    cache = Path(tempfile.gettempdir()) / "intake-voice-tuning"
    cache.mkdir(exist_ok=True)
    out = []
    for k, row in enumerate(rows[::step][:n]):
        voice = TUNING_VOICES[k % len(TUNING_VOICES)]
        text = row["text"]
        path = cache / f"{voice}-{hashlib.sha1(text.encode()).hexdigest()[:12]}.wav"
        if not path.exists():
            path.write_bytes(synthesize(text, voice))
        expect = [{"event_type": i["event_type"], "resolves_to": i["resolves_to"],
                   "location": i.get("location"), "product": i.get("product")}
                  for i in row["expect"]]
        out.append({"file": row["id"], "text": text, "voice": voice, "expect": expect,
                    "audio": path.read_bytes()})
    return out


def load_catalog():
    from products.matching import Catalog

    data = json.loads((ROOT / "samples" / "catalog.json").read_text())
    catalog = Catalog()
    for i, name in enumerate(data["products"], 1):
        catalog.add_product(i, name)
    for i, name in enumerate(data["locations"], 1):
        catalog.add_location(i, name)
    return data, catalog


def evaluate(transcriber: LocalTranscriber, clips: list[dict], catalog) -> dict:
    errors = words = right = new_right = new_total = 0
    rtf, rtf_total, rows = [], [], []
    for clip in clips:
        started = time.perf_counter()
        pcm = decode_pcm16k(clip["audio"])
        heard = transcriber.transcribe_pcm(pcm)
        recognised = time.perf_counter()
        check = check_items(heard.text, clip["expect"], catalog)
        done = time.perf_counter()
        e, n = word_errors(clip["text"], heard.text)
        errors, words, right = errors + e, words + n, right + check.right
        if any(i["resolves_to"] == "NEW" for i in clip["expect"]):
            new_total += 1
            new_right += check.right
        seconds = pcm_seconds(pcm)
        rtf.append((recognised - started) / seconds)
        rtf_total.append((done - started) / seconds)
        rows.append({"file": clip["file"], "voice": clip["voice"], "said": clip["text"],
                     "heard": heard.text, "confidence": heard.confidence, "word_errors": e,
                     "items_right": check.right})
    return {"clips": len(clips), "wer": errors / max(1, words), "items_right": right,
            "items_right_rate": right / max(1, len(clips)),
            "new_right": new_right, "new_clips": new_total,
            "rtf_median": statistics.median(rtf), "rtf_with_parse_median": statistics.median(rtf_total),
            "rows": rows}


def build_times(data: dict) -> dict:
    """Cold builds (fresh cache) of the demo catalog, a cache hit, and growth with size."""
    cold = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            cold.append(load_or_build(data["products"], data["locations"], Path(tmp)).build_seconds)
    with tempfile.TemporaryDirectory() as tmp:
        load_or_build(data["products"], data["locations"], Path(tmp))
        started = time.perf_counter()
        load_or_build(data["products"], data["locations"], Path(tmp))
        hit = time.perf_counter() - started
        started = time.perf_counter()
        LocalTranscriber(data["products"], data["locations"], cache_dir=Path(tmp)).warm_up()
        warm = time.perf_counter() - started
    # a new process pays for reading the CMU dictionary and ranking the generic model's words
    code = ("import json, sys, tempfile, time; from pathlib import Path; "
            "from intake.transcribe.model import load_or_build; d = json.load(open(sys.argv[1])); "
            "t = time.perf_counter(); load_or_build(d['products'], d['locations'], "
            "Path(tempfile.mkdtemp())); print(time.perf_counter() - t)")
    fresh = float(subprocess.run([sys.executable, "-c", code, str(ROOT / "samples" / "catalog.json")],
                                 capture_output=True, text=True, check=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT / "src")}).stdout)
    growth = {}
    for n in (100, 300, 1000, 3000, 10000):
        names = synthetic_names(n)
        with tempfile.TemporaryDirectory() as tmp:
            growth[n] = load_or_build(names, data["locations"], Path(tmp)).build_seconds
    return {"cold_median": statistics.median(cold), "cold_new_process": fresh, "cache_hit": hit,
            "transcriber_ready_from_cache": warm, "cold_by_products": growth}


def synthetic_names(n: int) -> list[str]:
    """n distinct two- and three-word product names made from everyday words."""
    adjectives = ("red blue green small large spare old new metal plastic wooden steel long short "
                  "heavy light portable electric manual cordless").split()
    nouns = ("drill hammer ladder cable box bucket lamp chair table fan heater pump saw knife "
             "brush rope chain hose jack cart tray bin rack hook clamp filter valve pipe tank "
             "battery charger monitor keyboard mouse printer scanner router switch").split()
    names = []
    for i in range(n):
        a = adjectives[i % len(adjectives)]
        b = nouns[(i // len(adjectives)) % len(nouns)]
        c = adjectives[(i // (len(adjectives) * len(nouns))) % len(adjectives)]
        names.append(f"{c} {a} {b}" if i >= len(adjectives) * len(nouns) else f"{a} {b}")
    return names


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="offline transcriber accuracy and speed")
    ap.add_argument("--extra", action="store_true", help="also the TUNING sentences (needs flite)")
    ap.add_argument("--only-extra", action="store_true", help="only the TUNING sentences")
    ap.add_argument("--devset", type=int, default=0, metavar="N",
                    help="also N dev-set sentences, spoken now (needs flite/festival)")
    ap.add_argument("--no-build", action="store_true", help="skip the build-time figures")
    ap.add_argument("--no-generic", action="store_true", help="skip the unbiased baseline")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every transcript")
    ap.add_argument("--json", help="write all figures to this file")
    args = ap.parse_args(argv)

    data, catalog = load_catalog()
    sets = {}
    if not args.only_extra:
        sets["clips"] = speech_clips()
    if args.extra or args.only_extra:
        sets["tuning"] = tuning_clips()
    if args.devset:
        sets["devset"] = devset_clips(args.devset)
    with tempfile.TemporaryDirectory() as tmp:
        biased = LocalTranscriber(data["products"], data["locations"], cache_dir=Path(tmp))
        biased.warm_up()
        generic = LocalTranscriber()
        generic.warm_up()
        report: dict = {}
        for name, clips in sets.items():
            report[name] = {"biased": evaluate(biased, clips, catalog)}
            if not args.no_generic:
                report[name]["generic"] = evaluate(generic, clips, catalog)
    if not args.no_build:
        report["build"] = build_times(data)

    for name in sets:
        print(f"== {name}: {len(sets[name])} speech clips")
        for mode, r in report[name].items():
            print(f"  {mode:8s} WER {r['wer']:.1%}   items right {r['items_right']}/{r['clips']} "
                  f"({r['items_right_rate']:.0%}; products not in the catalog "
                  f"{r['new_right']}/{r['new_clips']})   s/audio-s median {r['rtf_median']:.3f} "
                  f"(with parse+match {r['rtf_with_parse_median']:.3f})")
        if "generic" in report[name]:
            b, g = report[name]["biased"], report[name]["generic"]
            print(f"  ratios   WER generic/biased {g['wer'] / max(b['wer'], 1e-9):.1f}x   "
                  f"speed generic/biased {g['rtf_median'] / b['rtf_median']:.1f}x")
        if args.verbose:
            for mode, r in report[name].items():
                for row in r["rows"]:
                    mark = "ok " if row["items_right"] else "BAD"
                    print(f"    {mode[:3]} {mark} {row['word_errors']}err c={row['confidence']:.2f} "
                          f"{row['voice']:17s} {row['heard']!r}  [said: {row['said']}]")
    if "build" in report:
        b = report["build"]
        print(f"== model build: cold {b['cold_median']:.2f} s (demo catalog, median of 3; "
              f"{b['cold_new_process']:.2f} s as the first build of a new process), "
              f"cache hit {b['cache_hit'] * 1000:.1f} ms, transcriber ready from cache "
              f"{b['transcriber_ready_from_cache']:.2f} s")
        print("   cold build by number of products: " + ", ".join(
            f"{n}: {s:.2f} s" for n, s in b["cold_by_products"].items()))
    if args.json:
        for name in sets:
            for r in report[name].values():
                r.pop("rows", None) if not args.verbose else None
        Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
