"""Local voice path latency: seconds from the start of the audio upload to the intake's final
status (recorded / needs_confirmation / rejected), per second of audio, through the real local
server, upload route, worker thread and offline transcriber.

    .venv/bin/python bench/voice_latency.py [--rounds 3] [--db sqlite:///tmp/bench.db]

The catalog is samples/catalog.json; the clips are the speech clips of samples/audio/clips.jsonl.
One clip is sent first and left out of the figures: it pays for building the catalog-biased
model (cached under the data folder afterwards). Prints one row per clip and round, then the
medians; also the transcript confidences, which is what the local confidence threshold is set
from (docs/voice.md).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from intake.adapters import FileSpool  # noqa: E402
from intake.api import build_app, wire  # noqa: E402
from intake.local.server import LocalServer  # noqa: E402
from intake.local.voice import LocalVoice  # noqa: E402
from intake.settings import Settings  # noqa: E402
from products.adapters import open_store  # noqa: E402
from products.naming import name_key  # noqa: E402

CONTENT_TYPES = {".wav": "audio/wav", ".webm": "audio/webm", ".m4a": "audio/mp4", ".ogg": "audio/ogg"}
OPEN = ("received", "uploaded", "transcribing", "parsing")


def call(base: str, method: str, path: str, body: dict | None = None) -> dict:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def upload(base: str, target: dict, audio: bytes) -> None:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in target["fields"].items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="n"\r\n\r\n'.encode()
                 + audio + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(base + target["url"], data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    urllib.request.urlopen(request, timeout=60).read()


def send(base: str, path: Path) -> tuple[float, dict]:
    audio = path.read_bytes()
    created = call(base, "POST", "/intakes/voice",
                   {"content_type": CONTENT_TYPES[path.suffix], "size_bytes": len(audio)})
    started = time.perf_counter()
    upload(base, created["upload"], audio)
    while True:
        intake = call(base, "GET", f"/intakes/{created['intake']['id']}")
        if intake["status"] not in OPEN:
            return time.perf_counter() - started, intake
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", help="database URL (default: a temp SQLite file)")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="voice-bench-"))
    store = open_store(args.db or f"sqlite:///{data_dir / 'bench.db'}")
    store.upgrade()
    catalog = json.loads((ROOT / "samples" / "catalog.json").read_text())
    for name in catalog.get("products", []):
        store.find_or_create_product(name, name_key(name))
    for name in catalog.get("locations", []):
        store.find_or_create_location(name, name_key(name))
    services = wire(store, FileSpool(data_dir / "spool"), Settings(data_dir=data_dir))
    voice = LocalVoice(services, data_dir)
    services = replace(services, voice=voice.voice)
    server = LocalServer(build_app(services), "127.0.0.1", 0, uploads=voice).start()
    voice.start()
    base = server.url.rstrip("/")
    clips = [json.loads(line) for line in (ROOT / "samples" / "audio" / "clips.jsonl").read_text().splitlines()
             if line.strip()]
    speech = [c for c in clips if c["kind"] == "speech"]
    try:
        cold, _ = send(base, ROOT / "samples" / "audio" / speech[0]["file"])
        print(f"first note (builds the biased model): {cold:.2f} s")
        rows = []
        for round_ in range(args.rounds):
            for clip in speech:
                seconds, intake = send(base, ROOT / "samples" / "audio" / clip["file"])
                rows.append((clip, seconds, intake))
                print(f"round {round_ + 1}  {clip['file']:<24} audio {clip['seconds']:5.2f} s  "
                      f"took {seconds:5.2f} s  ({seconds / clip['seconds']:.2f} s/s)  "
                      f"{intake['status']:<18} conf {intake_conf(store, intake):>5}  "
                      f"heard {intake['transcript']!r}")
        per_second = [s / c["seconds"] for c, s, _ in rows]
        took = [s for _, s, _ in rows]
        confidences = [store.get_intake(i["id"]).transcript_confidence for _, _, i in rows]
        print(f"\n{len(rows)} notes: median {statistics.median(took):.2f} s upload-to-final, "
              f"median {statistics.median(per_second):.2f} s per second of audio "
              f"(p90 {sorted(per_second)[int(0.9 * (len(per_second) - 1))]:.2f})")
        known = [c for c in confidences if c is not None]
        if known:
            print(f"transcript confidence: min {min(known):.3f}, median {statistics.median(known):.3f}, "
                  f"max {max(known):.3f}")
    finally:
        server.close()
        voice.close()
        store.close()
    return 0


def intake_conf(store, intake: dict) -> str:
    value = store.get_intake(intake["id"]).transcript_confidence
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
