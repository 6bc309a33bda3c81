"""Make the audio clips in samples/audio with Debian's speech synthesisers.

    apt-get install flite festival festvox-us-slt-hts
    .venv/bin/python bench/make_clips.py [--out samples/audio]

Writes 16 kHz mono WAV clips (two of them re-encoded as webm/opus and m4a/aac with PyAV, as
Chromium and Safari record), three bad-input files, and clips.jsonl: one line per file with
the text said, the voice and the items a listener would record (event type, the catalog
product it means or NEW, the location as said), against samples/catalog.json.

Not run by the tests: the clips are committed. `synthesize()` is also used by
bench/voice_accuracy.py --extra to speak its tuning sentences.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RATE = 16_000

# voice name -> how to run it. flite's rms/slt and festival's HTS voice are clear to
# pocketsphinx; espeak-ng is not, and is not used.
VOICES = ("flite-rms", "flite-slt", "festival-slt-hts")


def item(event: str, resolves_to: str, location: str | None, product: str | None = None) -> dict:
    """An expected item: the product as said (only needed for NEW ones) and what it resolves to."""
    out = {"event_type": event, "resolves_to": resolves_to, "location": location}
    if product:
        out["product"] = product
    return out


# (file stem, what is said, voice, container, expected items)
SPEECH = [
    ("moved_gloves", "moved the large nitrile gloves to shelf a two in the garage", "flite-rms",
     "wav", [item("moved", "nitrile gloves large", "shelf a2 in the garage")]),
    ("received_paper", "received twelve boxes of copy paper at the loading dock", "flite-slt",
     "wav", [item("added", "copy paper", "loading dock")]),
    ("used_tape", "we used two rolls of duct tape in the workshop", "festival-slt-hts",
     "wav", [item("removed", "duct tape", "workshop")]),
    ("toner_room", "put the h p twenty six a toner in room two oh four", "flite-rms",
     "wav", [item("moved", "hp 26a toner", "room 204")]),
    ("counted_bolts", "there are twenty five m eight bolts in bin twelve", "flite-slt",
     "wav", [item("counted", "m8 bolts", "bin 12")]),
    ("washer_van", "took the pressure washer from the garage to the van", "festival-slt-hts",
     "wav", [item("moved", "pressure washer", "van")]),
    ("heater_gone", "threw away the broken space heater", "flite-rms",
     "wav", [item("removed", "space heater", None)]),
    ("ladder_shed", "the red ladder is in the tool shed", "flite-slt",
     "webm", [item("moved", "red ladder", "tool shed")]),
    ("extinguishers_left", "only three fire extinguishers left in the warehouse",
     "festival-slt-hts", "m4a", [item("counted", "fire extinguisher", "warehouse")]),
    ("wd40_cabinet", "moved the w d forty to cabinet two", "flite-slt",
     "wav", [item("moved", "wd-40", "cabinet 2")]),
    ("new_sander", "we bought a new orbital sander for the workshop", "flite-rms",
     "wav", [item("added", "NEW", "workshop", product="orbital sander")]),
    ("new_soil", "received six bags of potting soil", "festival-slt-hts",
     "wav", [item("added", "NEW", None, product="potting soil")]),
]


def synthesize(text: str, voice: str) -> bytes:
    """WAV bytes of `text` said by `voice` (see VOICES), as the synthesiser writes them."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "say.wav")
        if voice.startswith("flite-"):
            subprocess.run(["flite", "-voice", voice.split("-", 1)[1], "-t", text, "-o", out],
                           check=True, capture_output=True)
        elif voice == "festival-slt-hts":
            script = os.path.join(tmp, "say.scm")
            quoted = text.replace("\\", "").replace('"', "")
            Path(script).write_text(
                "(voice_cmu_us_slt_arctic_hts)\n"
                f'(utt.save.wave (SynthText "{quoted}") "{out}" \'riff)\n')
            subprocess.run(["festival", "-b", script], check=True, capture_output=True)
        else:
            raise ValueError(f"unknown voice {voice}")
        return Path(out).read_bytes()


def to_pcm16k(wav: bytes) -> np.ndarray:
    """Any audio -> int16 mono samples at 16 kHz."""
    resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
    parts = []
    with av.open(io.BytesIO(wav)) as container:
        for frame in container.decode(audio=0):
            frame.pts = None
            parts += [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    parts += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(parts).astype(np.int16)


def encode(samples: np.ndarray, container: str) -> bytes:
    """int16 mono 16 kHz samples -> bytes in `container`: wav, webm (opus) or m4a (aac)."""
    fmt, codec, rate = {"wav": ("wav", "pcm_s16le", RATE), "webm": ("webm", "libopus", 48_000),
                        "m4a": ("ipod", "aac", 44_100)}[container]
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout="mono",
                                      rate=rate)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        for chunk in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(chunk):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


def noise_and_tone(seconds: float = 2.0) -> np.ndarray:
    """No speech: hum at 60 Hz harmonics, a 1 kHz beep and soft white noise."""
    t = np.arange(int(seconds * RATE)) / RATE
    rng = np.random.default_rng(5)
    hum = 0.05 * np.sin(2 * math.pi * 60 * t) + 0.03 * np.sin(2 * math.pi * 180 * t)
    beep = 0.2 * np.sin(2 * math.pi * 1000 * t) * ((t > 0.6) & (t < 1.1))
    x = hum + beep + 0.04 * rng.standard_normal(t.size)
    return (np.clip(x, -1, 1) * 32767).astype(np.int16)


def main(argv: list[str]) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--out", default=str(ROOT / "samples" / "audio"))
    out = Path(args.parse_args(argv).out)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for stem, text, voice, container, expect in SPEECH:
        samples = to_pcm16k(synthesize(text, voice))
        name = f"{stem}.{container}"
        (out / name).write_bytes(encode(samples, container))
        rows.append({"file": name, "kind": "speech", "text": text, "voice": voice,
                     "seconds": round(samples.size / RATE, 2), "expect": expect})
    (out / "noise_tone.wav").write_bytes(encode(noise_and_tone(), "wav"))
    rows.append({"file": "noise_tone.wav", "kind": "noise", "text": "", "voice": None,
                 "seconds": 2.0, "expect": []})
    short = to_pcm16k(synthesize("yes", "flite-slt"))[: int(0.4 * RATE)]
    (out / "too_short.wav").write_bytes(encode(short, "wav"))
    rows.append({"file": "too_short.wav", "kind": "too_short", "text": "yes", "voice": "flite-slt",
                 "seconds": round(short.size / RATE, 2), "expect": []})
    (out / "not_audio.webm").write_bytes(b"This is a text file with an audio file's name.\n")
    rows.append({"file": "not_audio.webm", "kind": "not_audio", "text": "", "voice": None,
                 "seconds": 0.0, "expect": []})
    with open(out / "clips.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {len(rows)} files to {out} ({total / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
