"""Which recordings the voice channel takes, and the limits on them."""
from __future__ import annotations

from dataclasses import dataclass

MAX_AUDIO_BYTES = 10 * 1024 * 1024   # what a browser note of two minutes fits in, with room
MIN_DURATION_SECONDS = 0.5           # Amazon Transcribe refuses anything shorter
MAX_DURATION_SECONDS = 120.0         # a note, not a meeting: keeps cost and latency bounded


@dataclass(frozen=True, slots=True)
class AudioFormat:
    content_type: str   # the canonical type we store and sign the upload for
    extension: str      # of the object key; also Transcribe's MediaFormat name


_FORMATS = {
    # MediaRecorder in Chromium and Firefox
    "audio/webm": AudioFormat("audio/webm", "webm"),
    "video/webm": AudioFormat("audio/webm", "webm"),
    "audio/ogg": AudioFormat("audio/ogg", "ogg"),
    "audio/opus": AudioFormat("audio/ogg", "ogg"),
    # MediaRecorder in Safari, and phone voice memos
    "audio/mp4": AudioFormat("audio/mp4", "mp4"),
    "video/mp4": AudioFormat("audio/mp4", "mp4"),
    "audio/m4a": AudioFormat("audio/m4a", "m4a"),
    "audio/x-m4a": AudioFormat("audio/m4a", "m4a"),
    "audio/aac": AudioFormat("audio/mp4", "mp4"),
    # files people pick
    "audio/wav": AudioFormat("audio/wav", "wav"),
    "audio/wave": AudioFormat("audio/wav", "wav"),
    "audio/x-wav": AudioFormat("audio/wav", "wav"),
    "audio/vnd.wave": AudioFormat("audio/wav", "wav"),
    "audio/flac": AudioFormat("audio/flac", "flac"),
    "audio/x-flac": AudioFormat("audio/flac", "flac"),
    "audio/mpeg": AudioFormat("audio/mpeg", "mp3"),
    "audio/mp3": AudioFormat("audio/mpeg", "mp3"),
}

SUPPORTED_TYPES = tuple(sorted({f.content_type for f in _FORMATS.values()}))


def audio_format(content_type: object) -> AudioFormat | None:
    """The format for a Content-Type such as 'audio/webm;codecs=opus'; None when unsupported.
    Parameters (codecs=...) are dropped: the bytes are probed later anyway."""
    if not isinstance(content_type, str):
        return None
    essence = content_type.split(";", 1)[0].strip().lower()
    return _FORMATS.get(essence)
