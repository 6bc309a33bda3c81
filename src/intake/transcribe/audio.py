"""Audio bytes in any container the browser or a phone makes -> facts about it, or 16 kHz PCM.

PyAV decodes with the FFmpeg build inside its wheel: webm/opus (Chromium's MediaRecorder),
mp4/aac (Safari's), ogg, wav, flac and mp3. Everything is read from memory; nothing touches
the disk.

`probe()` decodes the whole stream rather than trusting the header: MediaRecorder writes webm
without a duration, and a header can promise audio that is not there (garbage after a valid
header, a file cut short). Decoding a two-minute note takes a few tens of milliseconds.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Iterator

import av

from products.errors import DomainError

TARGET_RATE = 16_000  # what the acoustic model was trained on

# FFmpeg names its demuxers by family ("mov,mp4,m4a,3gp,3g2,mj2"); people know the short name.
_CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2": "mp4", "matroska,webm": "webm"}


class NotAudio(DomainError):
    """The bytes are not audio this service can decode (empty, garbage, cut short, no sound
    stream)."""

    code = "not_audio"


@dataclass(frozen=True)
class AudioInfo:
    duration_seconds: float  # from the decoded samples, not from the header
    sample_rate: int         # as stored, before any resampling
    channels: int
    codec: str               # FFmpeg codec name: "opus", "aac", "pcm_s16le", "mp3", "flac"...
    container: str           # "webm", "mp4", "ogg", "wav", "flac", "mp3"...


def probe(data: bytes) -> AudioInfo:
    """What the audio is and how long it lasts; NotAudio when it cannot be decoded."""
    samples = 0
    with _open(data) as (container, stream):
        rate = stream.codec_context.sample_rate or stream.rate or 0
        channels = stream.codec_context.channels or 0
        codec = stream.codec_context.codec.name
        for frame in _frames(container, stream):
            samples += frame.samples
            rate = rate or frame.sample_rate
            channels = channels or len(frame.layout.channels)
        fmt = container.format.name
    if samples == 0 or not rate:
        raise NotAudio("the file holds no decodable sound")
    name = _CONTAINERS.get(fmt, fmt.split(",")[0])
    if codec == "mp3float":  # FFmpeg's decoder name, not the codec's
        codec = "mp3"
    return AudioInfo(samples / rate, int(rate), int(channels), codec, name)


def decode_pcm16k(data: bytes) -> bytes:
    """The first audio stream as 16-bit little-endian mono PCM at 16 kHz (channels are mixed
    down). NotAudio when it cannot be decoded or holds no samples."""
    resampler = av.AudioResampler(format="s16", layout="mono", rate=TARGET_RATE)
    chunks: list[bytes] = []
    with _open(data) as (container, stream):
        for frame in _frames(container, stream):
            frame.pts = None  # resample by sample count; some muxers leave gaps in timestamps
            chunks.extend(_pcm(resampler.resample(frame)))
        chunks.extend(_pcm(resampler.resample(None)))
    pcm = b"".join(chunks)
    if not pcm:
        raise NotAudio("the file holds no decodable sound")
    return pcm


def _pcm(frames) -> Iterator[bytes]:
    for f in frames:
        yield f.to_ndarray().astype("<i2", copy=False).tobytes()


class _open:
    """Context manager: (container, its first audio stream), every decoder error as NotAudio."""

    def __init__(self, data: bytes):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise NotAudio("audio must be bytes")
        if len(data) == 0:
            raise NotAudio("the file is empty")
        self.data = bytes(data)
        self.container = None

    def __enter__(self):
        try:
            self.container = av.open(io.BytesIO(self.data), mode="r")
        except (av.FFmpegError, OSError, ValueError, EOFError) as exc:
            raise NotAudio("the file is not audio in a format we can read "
                           "(webm, ogg, mp4/m4a, wav, flac or mp3)") from exc
        streams = self.container.streams.audio
        if not streams:
            self.container.close()
            raise NotAudio("the file has no audio stream")
        return self.container, streams[0]

    def __exit__(self, exc_type, exc, tb):
        self.container.close()
        return False


def _frames(container, stream) -> Iterator[av.AudioFrame]:
    """Decoded frames; a stream that breaks off part-way yields what came before the break,
    and one that breaks before any sound is NotAudio."""
    got = False
    try:
        for frame in container.decode(stream):
            got = True
            yield frame
    except (av.FFmpegError, OSError, ValueError, EOFError) as exc:
        if not got:
            raise NotAudio("the audio cannot be decoded") from exc


def pcm_seconds(pcm: bytes) -> float:
    """Seconds of audio in `decode_pcm16k`'s output."""
    return len(pcm) / (2 * TARGET_RATE)

