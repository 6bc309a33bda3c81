"""Offline speech-to-text for the local voice path: decode any browser or phone audio, then
recognise it with pocketsphinx biased toward the catalog's product and location names.

    >>> from intake.transcribe import LocalTranscriber, probe
    >>> probe(data).duration_seconds
    3.4
    >>> LocalTranscriber(products=["red ladder"], locations=["garage"]).transcribe(data).text
    'moved the red ladder to the garage'

An adapter: it knows nothing of AWS or SQL; it writes its model cache under `cache_dir`
(see model.py). How the biasing works and how well: docs/voice.md, "Local transcriber".
"""
from .audio import AudioInfo, NotAudio, decode_pcm16k, probe
from .transcriber import LocalTranscriber, Transcript

__all__ = ["AudioInfo", "NotAudio", "probe", "decode_pcm16k", "Transcript", "LocalTranscriber"]
