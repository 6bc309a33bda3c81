"""The offline transcriber: audio bytes -> text, with pocketsphinx biased toward the catalog.

With no names it decodes with pocketsphinx's generic English model (the "without biasing"
baseline). With names it decodes with the catalog model of `model.py`.

One `LocalTranscriber` holds one pocketsphinx decoder, built on the first `transcribe()` (or on
`warm_up()`); a lock makes it safe to share between threads, though one utterance is decoded
at a time. When the catalog changes, make a new `LocalTranscriber`: the model comes from the
cache when those names were seen before.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .audio import decode_pcm16k, pcm_seconds
from .model import ModelFiles, load_or_build

# Decoder settings for the small catalog model, chosen with bench/voice_accuracy.py.
LANGUAGE_WEIGHT = 5.0
WORD_INSERTION_PENALTY = 0.5
MIN_SPEECH_SECONDS = 0.25  # shorter PCM holds no word; pocketsphinx is not asked
_FILLERS = ("<s>", "</s>", "<sil>", "[NOISE]", "[SPEECH]")


@dataclass(frozen=True)
class Transcript:
    """What was heard. `confidence` is the mean, over the words of the best hypothesis, of the
    probability pocketsphinx's lattice gives each word (its posterior), from 0 (nothing heard)
    to 1. It is not calibrated, and a catalog-biased model is sure of itself: on 150 spoken
    dev-set sentences the transcripts that recorded the right items had a median of 0.92, the
    wrong ones 0.80; under 0.80 sat 12% of the right ones and 56% of the wrong ones
    (docs/voice.md)."""

    text: str
    confidence: float


class LocalTranscriber:
    def __init__(self, products: Sequence[str] = (), locations: Sequence[str] = (),
                 cache_dir: Path | None = None):
        self.products = tuple(products)
        self.locations = tuple(locations)
        self.cache_dir = cache_dir
        self.model: ModelFiles | None = None  # the biased model's files, once built
        self._decoder = None
        self._lock = threading.Lock()

    @property
    def biased(self) -> bool:
        return bool(self.products or self.locations)

    def warm_up(self) -> None:
        """Build (or load from the cache) the model and the decoder now rather than on the
        first transcription."""
        with self._lock:
            self._ensure_decoder()

    def transcribe(self, data: bytes) -> Transcript:
        """Audio in any supported container -> text. Raises NotAudio for bytes that are not
        decodable audio. Silence gives an empty text with confidence 0; noise may give a stray
        word at low confidence."""
        pcm = decode_pcm16k(data)
        return self.transcribe_pcm(pcm)

    def transcribe_pcm(self, pcm: bytes) -> Transcript:
        """16 kHz mono 16-bit PCM (as `decode_pcm16k` returns) -> text."""
        if pcm_seconds(pcm) < MIN_SPEECH_SECONDS:
            return Transcript("", 0.0)
        with self._lock:
            decoder = self._ensure_decoder()
            decoder.start_utt()
            # the whole utterance at once: cepstral mean normalisation over all of it
            decoder.process_raw(pcm, full_utt=True)
            decoder.end_utt()
            hyp = decoder.hyp()
            segments = [(s.word, s.prob) for s in decoder.seg()] if hyp else []
        words = []
        posteriors = []
        for word, prob in segments:
            if word in _FILLERS or word.startswith("++") or word.startswith("["):
                continue
            paren = word.find("(")
            words.append(word[:paren] if paren > 0 else word)  # "to(2)": a pronunciation variant
            posteriors.append(min(1.0, max(0.0, float(prob))))
        if not words:
            return Transcript("", 0.0)
        return Transcript(" ".join(words), round(sum(posteriors) / len(posteriors), 3))

    def _ensure_decoder(self):
        if self._decoder is None:
            from pocketsphinx import Decoder, get_model_path

            hmm = os.path.join(get_model_path(), "en-us", "en-us")
            if self.biased:
                self.model = load_or_build(self.products, self.locations, self.cache_dir)
                self._decoder = Decoder(hmm=hmm, lm=str(self.model.lm),
                                        dict=str(self.model.dictionary), lw=LANGUAGE_WEIGHT,
                                        wip=WORD_INSERTION_PENALTY, loglevel="FATAL")
            else:
                self._decoder = Decoder(hmm=hmm, loglevel="FATAL")
        return self._decoder
