"""LocalTranscriber on the committed clips: biased toward the demo catalog, the parser and the
matcher record the right event, product and location for most clips; the generic model does
worse. Floors are what bench/voice_accuracy.py measured, less a margin (docs/voice.md)."""
from __future__ import annotations

import threading

import pytest

from intake.transcribe import LocalTranscriber, NotAudio, Transcript
from intake.transcribe.scoring import check_items, word_errors

from transcribe_clips import clip, speech_rows

BIASED_ITEMS_RIGHT_MIN = 8     # of 12 speech clips (measured: 9)
BIASED_WER_MAX = 0.15          # measured: 0.067
GENERIC_ITEMS_RIGHT_MAX = 6    # measured: 5
MIN_IMPROVEMENT = 3            # clips right with biasing minus without (measured: 4)


def score(transcriber: LocalTranscriber, catalog) -> tuple[int, float, list[Transcript]]:
    right = errors = words = 0
    heard = []
    for row in speech_rows():
        t = transcriber.transcribe(clip(row["file"]))
        heard.append(t)
        right += check_items(t.text, row["expect"], catalog).right
        e, n = word_errors(row["text"], t.text)
        errors, words = errors + e, words + n
    return right, errors / words, heard


@pytest.fixture(scope="module")
def biased_score(biased, catalog):
    return score(biased, catalog)


@pytest.fixture(scope="module")
def generic_score(generic, catalog):
    return score(generic, catalog)


def test_biased_transcripts_record_the_right_items(biased_score):
    right, wer, heard = biased_score
    assert right >= BIASED_ITEMS_RIGHT_MIN, [t.text for t in heard]
    assert wer <= BIASED_WER_MAX, [t.text for t in heard]


def test_biasing_beats_the_generic_model(biased_score, generic_score):
    b_right, b_wer, _ = biased_score
    g_right, g_wer, heard = generic_score
    assert g_right <= GENERIC_ITEMS_RIGHT_MAX, [t.text for t in heard]
    assert b_right - g_right >= MIN_IMPROVEMENT
    assert g_wer > b_wer * 2


def test_codes_come_out_written_as_in_the_catalog(biased):
    # "room two oh four" is heard as the catalog writes it: the matcher needs no luck
    text = biased.transcribe(clip("toner_room.wav")).text
    assert "room 204" in text and "26a" in text


def test_confidence_is_a_probability(biased_score):
    for t in biased_score[2]:
        assert 0.0 <= t.confidence <= 1.0
        assert t.text == t.text.strip() and "(" not in t.text and "<" not in t.text


def test_noise_is_heard_as_little_or_nothing(biased):
    # hum, a beep and hiss: at most a stray word, and never with the confidence of speech
    t = biased.transcribe(clip("noise_tone.wav"))
    assert len(t.text.split()) <= 2
    assert t.confidence < 0.8


def test_a_too_short_clip_does_not_fail(biased):
    t = biased.transcribe(clip("too_short.wav"))
    assert isinstance(t, Transcript) and 0.0 <= t.confidence <= 1.0


def test_silence_is_empty():
    t = LocalTranscriber(["red ladder"], ["garage"]).transcribe_pcm(b"\x00\x00" * 1600)
    assert t == Transcript("", 0.0)


def test_not_audio_is_refused(biased):
    with pytest.raises(NotAudio):
        biased.transcribe(clip("not_audio.webm"))
    with pytest.raises(NotAudio):
        biased.transcribe(b"")


def test_one_transcriber_shared_by_threads(biased):
    # GIVEN two clips transcribed one after the other
    names = ["ladder_shed.webm", "heater_gone.wav"]
    expected = {n: biased.transcribe(clip(n)).text for n in names}
    # WHEN threads use the same transcriber at once
    got: dict[str, list[str]] = {n: [] for n in names}

    def work(name):
        got[name].append(biased.transcribe(clip(name)).text)

    threads = [threading.Thread(target=work, args=(n,)) for n in names * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # THEN each gets the same text as alone
    assert got == {n: [expected[n]] * 2 for n in names}


def test_a_new_transcriber_for_the_same_catalog_uses_the_cache(catalog_data, model_cache, biased):
    again = LocalTranscriber(list(reversed(catalog_data["products"])), catalog_data["locations"],
                             cache_dir=model_cache)
    again.warm_up()
    assert again.model is not None and again.model.build_seconds == 0.0
    assert again.model.key == biased.model.key
