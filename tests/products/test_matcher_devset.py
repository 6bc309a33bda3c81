"""The matcher on the dev sets' gold product words: floors that tuning must not go below.

devset..devset6 share samples/catalog.json, the catalog the matcher was tuned with. devset7 to
devset10 bring catalogs of their own (samples/<set>_catalog.json), written by authors who never saw
the matcher: they measure how it does with a team's catalog it has not met, as the service will."""
import json

import pytest

from conftest import SAMPLES
from products.evaluation import catalog_from, score_matcher

SHARED_CATALOG_SETS = ("devset", "devset2", "devset3", "devset4", "devset5", "devset6")
OWN_CATALOG_SETS = ("devset7", "devset8", "devset9", "devset10", "devset11", "devset13", "devset15",
                    "devset16", "devset17", "devset18", "devset19", "devset20", "devset21",
                    "devset22", "devset23", "devset24", "devset25", "devset26",
                    "devset27", "devset28", "devset29", "devset30", "devset31", "devset32",
                    "devset33", "devset34", "devset35", "devset36", "devset37", "devset38",
                    "devset39", "devset40", "devset41", "devset42")

# Reached on the six shared-catalog sets together on 2026-11-22 (99.7% overall, existing 99.7,
# new 99.9, ambiguous 99.2) with the vocabulary of products/vocabulary.py and misheard words; kept
# a little below.
SHARED_FLOORS = {"overall": 99.3, "existing": 99.3, "new": 99.4, "ambiguous": 98.4}
# devset7/8 on 2026-12-07 before any tuning on them: 82.2/82.4 overall, existing 79.0/77.8,
# new 100/100, ambiguous 75.0/88.9; after the round tuned on them 98.1/99.2 (existing 98.5/99.0).
# devset9/10 were written the same day as blind checks of that round: before it 67.1/80.9
# overall (existing 61.7/77.8), after it 77.3/86.8 (existing 74.0/84.2). A round on general
# classes (names without their head noun, words heard split or without a consonant, codes said
# letter by letter, catalog attributes after the noun) looked at devset9 only: 92.8/89.2, then
# with devset10 too: 93.2/94.1 (existing 92.2/93.0); devset7/8 98.9/99.6. Floors just below.
# Leading words that go on with another thing ask (`_by_leading_words`): devset10 93.6 (existing
# 92.4), one row asked that was matched ('cable reel' for "cable reel extension").
OWN_FLOORS = {
    "devset7": {"overall": 98.5, "existing": 99.0, "new": 99.5, "ambiguous": 91.0},
    "devset8": {"overall": 99.0, "existing": 99.0, "new": 99.5, "ambiguous": 99.5},
    "devset9": {"overall": 94.5, "existing": 93.5, "new": 99.5, "ambiguous": 93.5},
    "devset10": {"overall": 94.0, "existing": 93.0, "new": 99.5, "ambiguous": 92.0},
    # the blind holdout2 until 2026-12-07: 65.9 overall (existing 58.3, new 100, ambiguous 75.0)
    # when it became a dev set, 75.6 (existing 70.2, new 100, ambiguous 81.2) after the day's
    # matcher rounds
    "devset13": {"overall": 79.0, "existing": 74.5, "new": 99.5, "ambiguous": 81.0},
    # written on 2026-12-07 by a new author: 73.8 overall (existing 69.3, new 96.6, ambiguous
    # 84.0) as it came; shortened words, initials and bare numbers (from devset13) took it to
    # 75.4 (existing 71.3); packed heads and words listed after the noun, from its own misses,
    # to 81.6 (existing 79.2); 85.2 (existing 83.7) at the end of the day, after the review's
    # fixes (a word no dictionary has at the front of a name is asked about)
    "devset11": {"overall": 89.0, "existing": 88.0, "new": 96.5, "ambiguous": 87.5},
    # written on 2026-12-07 by a new author: 68.2 overall (existing 66.7, new 95.0, ambiguous
    # 56.2) before the day's matcher changes, 70.5 (existing 68.9) after them, unseen; 72.7
    # (existing 71.5) with English words told from brands, which came from its misses; 73.5
    # (existing 71.5, ambiguous 75.0) at the end of the day
    "devset15": {"overall": 83.0, "existing": 82.0, "new": 95.0, "ambiguous": 87.0},
    # written on 2026-12-07 by five more authors (the second session of the day), each scored
    # before the matcher looked at its misses, existing products: devset16 83.6 -> 91.0,
    # devset17 86.5 -> 92.2; devset18 87.4 -> 92.1 unseen (94.2 after its misses were looked
    # at), devset19 87.4 -> 88.4 and devset20 82.2 -> 84.8 unseen (92.6 and 90.6 after). Two
    # reviews for false merges narrowed the rules (devset20 lost 2.6 to them).
    "devset16": {"overall": 91.0, "existing": 91.5, "new": 99.5, "ambiguous": 80.5},
    "devset17": {"overall": 93.0, "existing": 92.0, "new": 99.5, "ambiguous": 95.5},
    "devset18": {"overall": 95.0, "existing": 94.0, "new": 99.5, "ambiguous": 99.5},
    "devset19": {"overall": 92.5, "existing": 92.0, "new": 99.5, "ambiguous": 91.5},
    "devset20": {"overall": 91.5, "existing": 90.5, "new": 99.5, "ambiguous": 95.5},
    # the blind holdout3 until 2026-12-07 (resolution 66.7 end to end, scored once): 80.5
    # overall on gold words (existing 81.0, new 91.7, ambiguous 70.8) when it became a dev set;
    # 87.1 (existing 87.9, ambiguous 79.2) after the round on its misses and devset23's, 84.8
    # (existing 85.6, ambiguous 75.0) once the rules a review found merging different products
    # were taken back
    "devset21": {"overall": 84.5, "existing": 85.0, "new": 91.5, "ambiguous": 74.5},
    # written on 2026-12-07 (third session) by two more authors; as they came, unseen:
    # devset22 81.2 (existing 78.5, new 100, ambiguous 90.5), devset23 77.2 (existing 75.4,
    # new 92.9, ambiguous 82.6); devset23 90.4 (existing 89.5, ambiguous 95.7) after the round
    # on its misses and devset21's (devset22 not looked at), 89.9 (existing 89.0) after the
    # review's take-backs
    # devset22 and devset24 after matcher round 22 on their misses: 89.1 (existing 87.4) and
    # 89.1 (existing 88.4); a review found most of its rules merging different products and only
    # three were kept: 82.5 (existing 80.1) and 83.9 (existing 83.6, ambiguous 73.9)
    "devset22": {"overall": 83.5, "existing": 81.5, "new": 99.5, "ambiguous": 90.0},
    "devset23": {"overall": 90.0, "existing": 89.0, "new": 92.5, "ambiguous": 95.5},
    # a third author of the session, later the same day: 83.0 (existing 83.1, new 100,
    # ambiguous 69.6) as it came, unseen
    "devset24": {"overall": 84.0, "existing": 84.0, "new": 99.5, "ambiguous": 73.5},
    # the blind holdout4 until scored once at the end of the third session (resolution 62.8 end to
    # end): 78.0 overall on gold words (existing 77.8, new 100, ambiguous 61.9) when it joined
    "devset25": {"overall": 79.0, "existing": 79.0, "new": 99.5, "ambiguous": 61.5},
    # written on 2026-12-07 (fourth session) by five more authors; as they came, unseen (overall,
    # existing): devset26 92.6, 92.6; devset27 87.4, 85.6; devset28 80.1, 78.8; devset29 91.9,
    # 92.1; devset30 90.2, 89.5
    # matcher round 23 (classes recurring across devset21-30: a colour or size said alone, the
    # leading words of one line's names), overall/existing/ambiguous: devset26 93.9/92.6/100,
    # devset27 87.9/85.6/95.7, devset28 81.3/79.3/83.3, devset29 93.2/93.2/90.9, devset30
    # 90.6/89.5/91.3; also devset9 95.2/94.2/94.1, devset11 89.1/88.1/88.0, devset13
    # 79.3/75.0/81.2, devset15 83.3/82.0/87.5 (one "maltesers" labelled each way), devset23
    # 90.4/89.5/95.7, devset24 84.3/84.1/73.9
    "devset26": {"overall": 94.0, "existing": 92.5, "new": 99.5, "ambiguous": 99.5},
    "devset27": {"overall": 87.5, "existing": 85.0, "new": 99.5, "ambiguous": 95.5},
    "devset28": {"overall": 81.5, "existing": 79.0, "new": 95.5, "ambiguous": 91.0},
    "devset29": {"overall": 93.0, "existing": 93.0, "new": 95.0, "ambiguous": 90.5},
    "devset30": {"overall": 90.5, "existing": 89.5, "new": 99.5, "ambiguous": 91.0},
    # the blind holdout5 until 2026-12-07 (resolution 77.7 end to end, scored once at the end of
    # the fourth session): 89.7 overall on gold words (existing 88.1, new 100, ambiguous 92.0)
    "devset31": {"overall": 90.5, "existing": 89.0, "new": 99.5, "ambiguous": 91.5},
    # written on 2026-12-07 (fifth session) by five new authors in trades no earlier set had; as
    # they came, unseen: devset32 75.6 (existing 73.4, new 100, ambiguous 69.2), devset33 88.7
    # (87.5, 95.2, 92.3), devset34 79.4 (78.0, 100, 70.8), devset35 80.8 (77.7, 100, 85.7),
    # devset36 71.4 (66.7, 100, 80.0)
    # after rounds 24 and 25 (fifth session) and the reviews that narrowed them: devset22 83.0,
    # devset25 79.4, devset31 91.0 (existing 89.7), devset32 76.5, devset33 90.4, devset34 79.8,
    # devset35 81.6, devset36 74.8 (existing 70.9); devset27 and devset28 lost "rye" and "spelt"
    # again when the review took back a word said alone naming the one flour it starts
    "devset32": {"overall": 76.5, "existing": 74.5, "new": 99.5, "ambiguous": 69.0},
    "devset33": {"overall": 90.0, "existing": 89.5, "new": 95.0, "ambiguous": 92.0},
    "devset34": {"overall": 79.5, "existing": 78.5, "new": 99.5, "ambiguous": 70.5},
    "devset35": {"overall": 82.0, "existing": 79.5, "new": 99.5, "ambiguous": 85.5},
    "devset36": {"overall": 75.0, "existing": 71.0, "new": 99.5, "ambiguous": 83.5},
    # the blind holdout6 until scored once (2026-12-07): 86.2 overall at the fifth session's end
    # (existing 84.6, new 100, ambiguous 87.5)
    "devset37": {"overall": 89.5, "existing": 88.5, "new": 99.5, "ambiguous": 87.0},
    # written on 2026-12-07 (sixth session) by new authors in trades no earlier set had, as they
    # came, unseen: devset38 (laundrette, florist, bridal, dog grooming, key cutting, party hire)
    # 85.7 overall (existing 83.2, new 100, ambiguous 90.9)
    "devset38": {"overall": 86.0, "existing": 84.0, "new": 99.5, "ambiguous": 90.5},
    # devset39 (cinema, bowling, escape rooms, trampoline park, radio, arcade) 80.5 (78.4, 100,
    # 77.3)
    "devset39": {"overall": 80.0, "existing": 78.0, "new": 99.5, "ambiguous": 77.0},
    # devset40 (dive shop, ski hire, sailing school, lifeboat, mountain rescue, outdoor centre)
    # 79.6 (77.0, 95.5, 86.4)
    "devset40": {"overall": 79.5, "existing": 77.0, "new": 95.0, "ambiguous": 86.0},
    # devset41 (CNC, welding, joinery, powder coating, scaffolding, injection moulding) 79.0 (76.2,
    # 100, 78.3)
    "devset41": {"overall": 78.5, "existing": 75.5, "new": 99.5, "ambiguous": 78.0},
    # the blind holdout7 until 2026-12-08 (riding stables, ice rink, pharmacy, music shop,
    # self-storage, phone repair): 80.4 overall (existing 78.6, new 95.0, ambiguous 82.6);
    # raised after round 27 (seventh session), with devset22, 26, 32, 33, 34 and 36
    "devset42": {"overall": 82.0, "existing": 80.5, "new": 94.5, "ambiguous": 82.0},
    # after round 26 (sixth session; its short forms narrowed after review): devset22 83.4,
    # devset35 82.4, devset37 89.9 (existing 89.1), devset38 86.5, devset40 80.0
}


def _rows(name: str) -> list[dict]:
    path = SAMPLES / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _catalog(name: str):
    own = SAMPLES / f"{name}_catalog.json"
    return catalog_from(json.loads((own if own.exists() else SAMPLES / "catalog.json").read_text()))


def _assert_floors(score, floors: dict[str, float]) -> None:
    reached = {kind: score.pct(None if kind == "overall" else kind) for kind in floors}
    below = {kind: pct for kind, pct in reached.items() if pct < floors[kind]}
    assert below == {}, "\n".join(map(str, score.misses))


def test_every_dev_set_is_scored():
    # a new devset*.jsonl must be added to one of the lists above, with its catalog
    on_disk = {path.stem for path in SAMPLES.glob("devset*.jsonl")}
    assert on_disk == set(SHARED_CATALOG_SETS) | set(OWN_CATALOG_SETS)


def test_matcher_meets_its_floors_on_the_shared_catalog_sets():
    rows = [row for name in SHARED_CATALOG_SETS for row in _rows(name)]
    _assert_floors(score_matcher(_catalog("devset"), rows), SHARED_FLOORS)


@pytest.mark.parametrize("name", OWN_CATALOG_SETS)
def test_matcher_meets_its_floors_with_a_catalog_it_was_not_tuned_on(name):
    _assert_floors(score_matcher(_catalog(name), _rows(name)), OWN_FLOORS[name])
