"""probe() and decode_pcm16k(): every container the browsers and phones send, and bad bytes."""
from __future__ import annotations

import io

import av
import numpy as np
import pytest

from intake.transcribe import AudioInfo, NotAudio, decode_pcm16k, probe
from products.errors import DomainError

from transcribe_clips import clip, clip_rows


def _reencode(data: bytes, fmt: str, codec: str, rate: int, layout: str = "mono") -> bytes:
    """A committed WAV clip in another container, made here with PyAV."""
    buf = io.BytesIO()
    with av.open(io.BytesIO(data)) as src, av.open(buf, "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = layout
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout=layout,
                                      rate=rate)
        for frame in list(src.decode(audio=0)) + [None]:
            for chunk in resampler.resample(frame):
                for packet in stream.encode(chunk):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


@pytest.mark.parametrize("row", [r for r in clip_rows() if r["kind"] in ("speech", "noise", "too_short")],
                         ids=lambda r: r["file"])
def test_probe_and_decode_committed_clips(row):
    # GIVEN a committed clip (wav, webm/opus or m4a/aac)
    data = clip(row["file"])
    # WHEN it is probed and decoded
    info = probe(data)
    pcm = decode_pcm16k(data)
    # THEN the duration is the one recorded, and the PCM is 16 kHz mono 16-bit of that length
    assert isinstance(info, AudioInfo)
    assert info.duration_seconds == pytest.approx(row["seconds"], abs=0.08)
    assert info.channels == 1
    assert len(pcm) % 2 == 0
    assert len(pcm) / 32_000 == pytest.approx(info.duration_seconds, abs=0.08)


def test_containers_and_codecs_are_named():
    webm = probe(clip("ladder_shed.webm"))
    m4a = probe(clip("extinguishers_left.m4a"))
    wav = probe(clip("used_tape.wav"))
    assert (webm.codec, webm.container, webm.sample_rate) == ("opus", "webm", 48_000)
    assert (m4a.codec, m4a.container, m4a.sample_rate) == ("aac", "mp4", 44_100)
    assert (wav.codec, wav.container, wav.sample_rate) == ("pcm_s16le", "wav", 16_000)


@pytest.mark.parametrize("fmt,codec,rate,layout,container", [
    ("ogg", "libopus", 48_000, "mono", "ogg"),
    ("flac", "flac", 44_100, "stereo", "flac"),
    ("mp3", "libmp3lame", 22_050, "mono", "mp3"),
    ("wav", "pcm_s16le", 8_000, "stereo", "wav"),
])
def test_other_containers_decode_to_16k_mono(fmt, codec, rate, layout, container):
    # GIVEN a speech clip re-encoded in another container, rate and channel layout
    source = clip("heater_gone.wav")
    data = _reencode(source, fmt, codec, rate, layout)
    # WHEN probed and decoded
    info = probe(data)
    pcm = decode_pcm16k(data)
    # THEN it is recognised for what it is and comes out as 16 kHz mono of the same length
    assert info.container == container
    assert info.sample_rate == rate
    assert info.channels == (2 if layout == "stereo" else 1)
    assert len(pcm) / 32_000 == pytest.approx(probe(source).duration_seconds, abs=0.1)


def test_decoded_pcm_keeps_the_sound():
    # the resampled opus clip is as loud as its source, not silence or clipping
    x = np.frombuffer(decode_pcm16k(clip("ladder_shed.webm")), dtype="<i2").astype(float)
    rms = np.sqrt(np.mean(x * x)) / 32768
    assert 0.01 < rms < 0.5


@pytest.mark.parametrize("data", [
    b"",
    b"\x00" * 1000,
    b"This is a text file with an audio file's name.\n",
    b"\x89PNG\r\n\x1a\n" + bytes(600),
    b'{"audio": "no"}',
    bytes(range(256)) * 40,
], ids=["empty", "zeros", "text", "png", "json", "garbage"])
def test_not_audio(data):
    with pytest.raises(NotAudio) as caught:
        probe(data)
    assert caught.value.code == "not_audio"
    assert isinstance(caught.value, DomainError)
    assert caught.value.message
    with pytest.raises(NotAudio):
        decode_pcm16k(data)


def test_the_committed_non_audio_file_is_not_audio():
    with pytest.raises(NotAudio, match="not audio"):
        probe(clip("not_audio.webm"))


@pytest.mark.parametrize("name,keep", [
    ("used_tape.wav", 44),                 # a WAV header and no samples
    ("ladder_shed.webm", 120),             # the start of the webm header
    ("extinguishers_left.m4a", 0.5),       # half an m4a: its index (moov) is at the end
], ids=["wav-header-only", "webm-head", "m4a-half"])
def test_truncated_files_are_not_audio(name, keep):
    data = clip(name)
    cut = data[: int(len(data) * keep)] if keep < 1 else data[:keep]
    with pytest.raises(NotAudio):
        probe(cut)
    with pytest.raises(NotAudio):
        decode_pcm16k(cut)


def test_a_wav_cut_short_keeps_what_it_has():
    # a recording interrupted part-way is shorter audio, not an error
    data = clip("used_tape.wav")
    info = probe(data[: len(data) // 2])
    assert 1.0 < info.duration_seconds < probe(data).duration_seconds


def test_not_bytes_is_not_audio():
    with pytest.raises(NotAudio):
        probe("a string")  # type: ignore[arg-type]


def test_too_short_clip_is_audio_under_half_a_second():
    assert probe(clip("too_short.wav")).duration_seconds < 0.5
