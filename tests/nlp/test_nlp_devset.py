"""One test per labelled dev-set row (samples/devset.jsonl, devset2 ... devset10): the
items parsed must be the items labelled, field by field, with nothing extra. Rows the parser
still gets wrong are listed in samples/<set>_known_failures.txt, each with its reason, and
expected to fail (strictly: fixing one means updating the list). Rows whose label we question
(samples/devset*_label_questions.txt) are among them, with that reason. A last test per set keeps
its scores at or above the floors reached.

devset.jsonl is the set the rules were first written against; devset2 (five voices), devset3
(other settings and voices) and devset4 (event verbs, product boundaries, nested places) were
written by other people to test that the rules generalise. devset5 (workshops, sites, farms) and
devset6 (offices, clinics, cafes, AV) are by two more new authors and were scored before any rule
was tuned on them; so were devset7 (maintenance, hotels, school, retail, theatre) and devset8
(warehouse, kitchen and bar, IT, event rental, fleet garage), which bring catalogs of their own.
devset9 (bike shop, ward supplies, library, building site, brewery, marina, salon) and devset10
(vet clinic, florist, music venue, cleaners, dental store, community hall, bakery) were written
as blind checks of the devset7/8 round, scored before and after it, and then tuned on."""
from __future__ import annotations

import pytest

from nlp import parse
from nlp_testkit import DEVSETS, catalog_path, differences, known_failures, load_rows, score_rows

# Floors (percent) reached on each set; raise them when the parser improves. Those of devset7,
# devset11, devset15, devset18, devset19 and devset21 to devset30 were raised to just below their
# figures after round 23 (fourth session of 2026-12-07), and those of devset11 to devset36 that
# rose after round 24 (fifth session); older comments keep the earlier figures.
DEVSET_FLOORS = {
    "event_type": 99.5,
    "product": 99.5,
    "location": 99.5,
    "from_location": 99.5,
    "quantity": 99.5,
    "unit": 99.5,
    "item_exact": 99.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET2_FLOORS = {
    "event_type": 99.0,
    "product": 99.0,
    "location": 99.0,
    "from_location": 99.5,
    "quantity": 99.5,
    "unit": 99.5,
    "item_exact": 98.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET3_FLOORS = {
    "event_type": 99.5,
    "product": 99.5,
    "location": 99.5,
    "from_location": 99.5,
    "quantity": 99.5,
    "unit": 99.5,
    "item_exact": 99.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET4_FLOORS = {
    "event_type": 99.0,
    "product": 99.5,
    "location": 98.5,
    "from_location": 99.0,
    "quantity": 99.5,
    "unit": 99.5,
    "item_exact": 98.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET5_FLOORS = {
    "event_type": 99.0,
    "product": 98.0,
    "location": 97.5,
    "from_location": 99.5,
    "quantity": 99.0,
    "unit": 99.5,
    "item_exact": 96.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET6_FLOORS = {
    "event_type": 99.5,
    "product": 99.0,
    "location": 98.0,
    "from_location": 99.5,
    "quantity": 99.5,
    "unit": 99.5,
    "item_exact": 97.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET7_FLOORS = {
    "event_type": 98.5,
    "product": 98.0,
    "location": 98.5,
    "from_location": 99.5,
    "quantity": 98.5,
    "unit": 99.0,
    "item_exact": 96.5,
    "nothing_when_nothing_said": 98.0,
}
DEVSET8_FLOORS = {
    "event_type": 98.0,
    "product": 93.5,
    "location": 97.0,
    "from_location": 99.5,
    "quantity": 99.0,
    "unit": 99.0,
    "item_exact": 91.0,
    "nothing_when_nothing_said": 100.0,
}
DEVSET9_FLOORS = {
    "event_type": 97.0,
    "product": 94.5,
    "location": 98.5,
    "from_location": 99.5,
    "quantity": 96.5,
    "unit": 97.0,
    "item_exact": 94.0,
    "nothing_when_nothing_said": 100.0,
}
DEVSET10_FLOORS = {
    "event_type": 98.0,
    "product": 97.0,
    "location": 98.5,
    "from_location": 99.5,
    "quantity": 99.0,
    "unit": 99.0,
    "item_exact": 96.0,
    "nothing_when_nothing_said": 97.5,
}
# devset13 was the blind holdout2 (food bank, film kit room, print shop, pool service, outdoor
# rental, church hall, electrical contractor) until 2026-12-07, when it became a dev set and a new
# blind set was written. It stood at item_exact 62.5+ then, before any tuning on it; floors are
# now where the round of rules for its failure classes (tests/nlp/test_nlp_classes.py) left it.
DEVSET13_FLOORS = {
    "event_type": 96.5,
    "product": 93.0,
    "location": 97.5,
    "from_location": 98.5,
    "quantity": 97.0,
    "unit": 99.0,
    "item_exact": 92.5,
    "nothing_when_nothing_said": 97.5,
}
# devset11 (garage, farm, school lab, pub cellar, scout store, theatre wardrobe) was written on
# 2026-12-07 by a new author with a catalog of their own; floors where it stood before any
# tuning on it.
DEVSET11_FLOORS = {  # raised after the parser2 round (rules for failure classes, not rows)
    "event_type": 93.0,
    "product": 86.5,
    "location": 93.0,
    "from_location": 98.5,
    "quantity": 91.0,
    "unit": 96.5,
    "item_exact": 82.5,  # after rounds 16 and 19 (never tuned on)
    "nothing_when_nothing_said": 97.5,
}
# devset15 (restaurant kitchen and bar, cinema, campsite shop, farm vets, IT support, removals),
# by a new author with a catalog of their own on 2026-12-07: floors before any tuning on it.
DEVSET15_FLOORS = {  # raised after the parser2 round
    "event_type": 92.5,
    "product": 83.0,
    "location": 90.5,
    "from_location": 98.5,
    "quantity": 90.0,
    "unit": 92.5,
    "item_exact": 78.0,  # after rounds 16 and 19 (never tuned on)
    "nothing_when_nothing_said": 97.5,
}
# devset16 to devset20 were written on 2026-12-07 by five more authors, each with a catalog of
# its own, from FORMAT.md alone. devset16/17 (round 16) and devset19/20 (round 19) were tuned on
# by construction class; devset18 was scored unseen before and after both rounds and only then
# joined the tests. Floors just below where the rounds left them.
DEVSET16_FLOORS = {
    "event_type": 98.0,
    "product": 97.5,
    "location": 97.5,
    "from_location": 99.5,
    "quantity": 98.0,
    "unit": 99.0,
    "item_exact": 95.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET17_FLOORS = {
    "event_type": 99.0,
    "product": 97.5,
    "location": 98.5,
    "from_location": 99.5,
    "quantity": 98.0,
    "unit": 98.5,
    "item_exact": 96.0,
    "nothing_when_nothing_said": 100.0,
}
DEVSET18_FLOORS = {
    "event_type": 94.5,
    "product": 92.5,
    "location": 97.0,
    "from_location": 99.0,
    "quantity": 94.5,
    "unit": 99.0,
    "item_exact": 89.5,
    "nothing_when_nothing_said": 100.0,
}
DEVSET19_FLOORS = {
    "event_type": 98.0,
    "product": 93.0,
    "location": 98.5,
    "from_location": 99.5,
    "quantity": 96.0,
    "unit": 99.0,
    "item_exact": 92.0,
    "nothing_when_nothing_said": 100.0,
}
DEVSET20_FLOORS = {
    "event_type": 99.0,
    "product": 96.0,
    "location": 99.0,
    "from_location": 99.5,
    "quantity": 99.0,
    "unit": 99.5,
    "item_exact": 96.0,
    "nothing_when_nothing_said": 100.0,
}
# devset21 was the blind holdout3 (written 2026-12-07, scored once as such: item_exact 73.8 with
# its catalog); it became a dev set when holdout4 took its place. Floors just below where it was
# when it joined; raised after round 21 was tuned on it (plain item_exact 81.9).
DEVSET21_FLOORS = {
    "event_type": 94.0,
    "product": 87.5,
    "location": 94.0,
    "from_location": 99.5,
    "quantity": 92.0,
    "unit": 97.0,
    "item_exact": 86.0,
    "nothing_when_nothing_said": 99.5,
}
# devset22 and devset23 were written on 2026-12-07 (third session) by two more authors, each with
# its own catalog; floors just below their figures as they came, unseen (devset22: after round
# 21, which did not look at it); devset22 raised after round 22 was tuned on it (plain item_exact 77.3).
DEVSET22_FLOORS = {
    "event_type": 95.5,
    "product": 89.5,
    "location": 93.0,
    "from_location": 99.0,
    "quantity": 93.5,
    "unit": 96.0,
    "item_exact": 83.5,
    "nothing_when_nothing_said": 99.5,
}
# devset23 raised after round 21 was tuned on it (plain item_exact 77.6).
DEVSET23_FLOORS = {
    "event_type": 97.5,
    "product": 86.0,
    "location": 92.0,
    "from_location": 98.5,
    "quantity": 91.5,
    "unit": 93.0,
    "item_exact": 79.5,
    "nothing_when_nothing_said": 99.5,
}
# devset24 (a third new author of the session) came later the same day; raised after round 22
# was tuned on it (plain item_exact 73.5).
DEVSET24_FLOORS = {
    "event_type": 92.5,
    "product": 84.5,
    "location": 90.0,
    "from_location": 98.0,
    "quantity": 91.0,
    "unit": 96.5,
    "item_exact": 81.0,
    "nothing_when_nothing_said": 99.5,
}
# devset25 was the blind holdout4 (scored once on 2026-12-07 at the end of the third session:
# item_exact 70.0 end to end with its catalog); floors just below its figures when it joined.
DEVSET25_FLOORS = {
    "event_type": 92.5,
    "product": 81.5,
    "location": 89.5,
    "from_location": 99.0,
    "quantity": 89.0,
    "unit": 93.0,
    "item_exact": 75.5,
    "nothing_when_nothing_said": 95.5,
}
# devset26 to devset30 were written on 2026-12-07 (fourth session) by five more authors, each
# with its own catalog; floors just below their figures as they came, unseen.
DEVSET26_FLOORS = {
    "event_type": 93.0,
    "product": 90.5,
    "location": 96.0,
    "from_location": 99.5,
    "quantity": 94.0,
    "unit": 95.5,
    "item_exact": 87.5,
    "nothing_when_nothing_said": 97.5,
}
DEVSET27_FLOORS = {
    "event_type": 97.0,
    "product": 91.0,
    "location": 96.0,
    "from_location": 99.5,
    "quantity": 94.0,
    "unit": 94.0,
    "item_exact": 87.0,
    "nothing_when_nothing_said": 97.0,
}
DEVSET28_FLOORS = {
    "event_type": 93.5,
    "product": 87.0,
    "location": 93.0,
    "from_location": 98.5,
    "quantity": 93.0,
    "unit": 94.0,
    "item_exact": 82.5,
    "nothing_when_nothing_said": 99.5,
}
DEVSET29_FLOORS = {
    "event_type": 93.5,
    "product": 86.0,
    "location": 95.5,
    "from_location": 99.0,
    "quantity": 94.0,
    "unit": 94.0,
    "item_exact": 83.0,
    "nothing_when_nothing_said": 95.0,
}
DEVSET30_FLOORS = {
    "event_type": 97.5,
    "product": 92.0,
    "location": 97.0,
    "from_location": 99.5,
    "quantity": 97.0,
    "unit": 96.5,
    "item_exact": 90.0,
    "nothing_when_nothing_said": 99.5,
}
DEVSET31_FLOORS = {
    "event_type": 91.5,
    "product": 89.0,
    "location": 89.0,
    "from_location": 99.5,
    "quantity": 94.0,
    "unit": 94.5,
    "item_exact": 81.5,
    "nothing_when_nothing_said": 97.5,
}
# devset32 to devset36 were written on 2026-12-07 (fifth session) by five new authors in trades no
# earlier set had, each with a style of its own; floors are their figures as they came, unseen.
DEVSET32_FLOORS = {
    "event_type": 89.5,
    "product": 77.5,
    "location": 80.0,
    "from_location": 97.5,
    "quantity": 87.0,
    "unit": 92.5,
    "item_exact": 66.0,
    "nothing_when_nothing_said": 93.0,
}
DEVSET33_FLOORS = {
    "event_type": 85.5,
    "product": 84.5,
    "location": 85.0,
    "from_location": 98.5,
    "quantity": 88.0,
    "unit": 94.5,
    "item_exact": 71.0,
    "nothing_when_nothing_said": 99.5,
}
DEVSET34_FLOORS = {
    "event_type": 87.0,
    "product": 76.0,
    "location": 84.0,
    "from_location": 96.5,
    "quantity": 90.0,
    "unit": 93.5,
    "item_exact": 69.5,
    "nothing_when_nothing_said": 97.5,
}
DEVSET35_FLOORS = {
    "event_type": 83.0,
    "product": 78.0,
    "location": 75.0,
    "from_location": 98.5,
    "quantity": 80.0,
    "unit": 87.5,
    "item_exact": 66.5,
    "nothing_when_nothing_said": 93.0,
}
DEVSET36_FLOORS = {
    "event_type": 95.0,
    "product": 80.0,
    "location": 92.5,
    "from_location": 99.0,
    "quantity": 88.5,
    "unit": 95.0,
    "item_exact": 76.5,
    "nothing_when_nothing_said": 97.0,
}
DEVSET37_FLOORS = {
    # the blind holdout6 until scored once (2026-12-07); raised after round 26 (tuned on)
    "event_type": 92.5,
    "product": 86.0,
    "location": 88.5,
    "from_location": 98.0,
    "quantity": 89.5,
    "unit": 94.0,
    "item_exact": 81.5,
    "nothing_when_nothing_said": 95.0,
}
DEVSET38_FLOORS = {
    # laundrette and dry cleaner, florist, bridal shop, dog grooming, key cutting and shoe
    # repair, party hire (sixth session); raised after round 26
    "event_type": 81.5,
    "product": 70.0,
    "location": 87.0,
    "from_location": 99.0,
    "quantity": 78.5,
    "unit": 92.5,
    "item_exact": 61.5,
    "nothing_when_nothing_said": 89.0,
}
DEVSET39_FLOORS = {
    # cinema, bowling alley, escape rooms, trampoline park, community radio, arcade (sixth
    # session); raised after round 26
    "event_type": 79.0,
    "product": 72.0,
    "location": 72.0,
    "from_location": 93.5,
    "quantity": 82.5,
    "unit": 90.5,
    "item_exact": 50.5,
    "nothing_when_nothing_said": 95.5,
}
DEVSET40_FLOORS = {
    # dive shop, ski hire, sailing school, lifeboat station, mountain rescue, outdoor centre
    # (sixth session); raised after round 26
    "event_type": 88.0,
    "product": 78.0,
    "location": 84.0,
    "from_location": 98.5,
    "quantity": 83.5,
    "unit": 97.0,
    "item_exact": 66.5,
    "nothing_when_nothing_said": 84.0,
}
DEVSET41_FLOORS = {
    # CNC shop, welding and fabrication, joinery, powder coating, scaffolding yard, injection
    # moulding (sixth session); raised after round 26
    "event_type": 84.0,
    "product": 59.0,
    "location": 72.5,
    "from_location": 97.5,
    "quantity": 69.5,
    "unit": 78.0,
    "item_exact": 50.0,
    "nothing_when_nothing_said": 84.5,
}
DEVSET42_FLOORS = {
    # riding stables, ice rink, pharmacy, music shop, self-storage, phone repair: the blind
    # holdout7 until 2026-12-08 (item_exact 58.7 then); raised after round 27
    "event_type": 90.0,
    "product": 79.5,
    "location": 84.0,
    "from_location": 98.5,
    "quantity": 86.5,
    "unit": 96.5,
    "item_exact": 66.0,
    "nothing_when_nothing_said": 89.0,
}
# With the set's catalog as hints, nlp/catalog_spans.py lets the catalog choose which said words
# are the name and which the amount: these floors (raised after that round) replace the ones
# above for the catalog-hints runs.
HINTS_FLOORS = {
    "devset11": {"product": 88.5, "item_exact": 84.5},
    "devset13": {"product": 93.5, "item_exact": 93.0},
    "devset15": {"product": 84.5, "unit": 92.5, "item_exact": 80.0},
    "devset18": {"product": 93.5, "item_exact": 90.5},
    "devset19": {"product": 95.0, "item_exact": 94.5},
    "devset21": {"product": 87.5, "item_exact": 86.0},
    "devset22": {"product": 90.5, "item_exact": 84.0},
    "devset23": {"product": 86.5, "item_exact": 80.0},
    "devset24": {"product": 85.0, "item_exact": 81.0},
    "devset25": {"product": 82.5, "item_exact": 76.5},
    "devset26": {"product": 91.0, "item_exact": 88.0},
    "devset27": {"product": 91.5, "item_exact": 87.0},
    "devset29": {"product": 88.5, "item_exact": 85.0},
    "devset30": {"product": 93.5, "item_exact": 92.0},
}
FLOORS = {"devset": DEVSET_FLOORS, "devset2": DEVSET2_FLOORS, "devset3": DEVSET3_FLOORS,
          "devset4": DEVSET4_FLOORS, "devset5": DEVSET5_FLOORS, "devset6": DEVSET6_FLOORS,
          "devset7": DEVSET7_FLOORS, "devset8": DEVSET8_FLOORS, "devset9": DEVSET9_FLOORS,
          "devset10": DEVSET10_FLOORS, "devset11": DEVSET11_FLOORS,
          "devset13": DEVSET13_FLOORS, "devset15": DEVSET15_FLOORS,
          "devset16": DEVSET16_FLOORS, "devset17": DEVSET17_FLOORS, "devset18": DEVSET18_FLOORS,
          "devset19": DEVSET19_FLOORS, "devset20": DEVSET20_FLOORS,
          "devset21": DEVSET21_FLOORS, "devset22": DEVSET22_FLOORS, "devset23": DEVSET23_FLOORS,
          "devset24": DEVSET24_FLOORS, "devset25": DEVSET25_FLOORS,
          "devset26": DEVSET26_FLOORS, "devset27": DEVSET27_FLOORS, "devset28": DEVSET28_FLOORS,
          "devset29": DEVSET29_FLOORS, "devset30": DEVSET30_FLOORS, "devset31": DEVSET31_FLOORS,
          "devset32": DEVSET32_FLOORS, "devset33": DEVSET33_FLOORS, "devset34": DEVSET34_FLOORS,
          "devset35": DEVSET35_FLOORS, "devset36": DEVSET36_FLOORS,
          "devset37": DEVSET37_FLOORS, "devset38": DEVSET38_FLOORS, "devset39": DEVSET39_FLOORS,
          "devset40": DEVSET40_FLOORS, "devset41": DEVSET41_FLOORS,
          "devset42": DEVSET42_FLOORS}

ROWS = {name: load_rows(path) if path.exists() else [] for name, (path, _) in DEVSETS.items()}
KNOWN = {name: known_failures(known) for name, (_, known) in DEVSETS.items()}


def _items(text: str, hints=None) -> list[dict]:
    return [item.to_dict() for item in parse(text, hints).items]


def _catalog_hints(name: str):
    """The product matcher's hints over the catalog the set was written against."""
    import json

    matching = pytest.importorskip("products.matching")
    data = json.loads(catalog_path(name).read_text())
    catalog = matching.Catalog()
    for i, name in enumerate(data["products"], start=1):
        catalog.add_product(i, name)
    for i, name in enumerate(data["locations"], start=1):
        catalog.add_location(i, name)
    return catalog.hints


def _cases():
    for name, rows in ROWS.items():
        for row in rows:
            known = KNOWN[name]
            marks = [pytest.mark.xfail(strict=True, reason=known[row["id"]])] if row["id"] in known else []
            yield pytest.param(row, id=f"{name}-{row['id']}", marks=marks)


@pytest.mark.parametrize("row", list(_cases()))
def test_devset_row(row):
    # GIVEN a labelled sentence  WHEN it is parsed  THEN the items agree and none is extra
    assert differences(row["expect"], _items(row["text"])) == [], row["text"]


@pytest.mark.parametrize("name", list(DEVSETS))
def test_known_failures_are_rows_of_their_set(name):
    # every id in a known-failures list names a real row of its set (a stale id would hide
    # nothing), and says why
    ids = {row["id"] for row in ROWS[name]}
    assert not ROWS[name] or set(KNOWN[name]) <= ids
    assert all(reason for reason in KNOWN[name].values())


@pytest.mark.parametrize("name", list(DEVSETS))
def test_label_questions_are_known_failures(name):
    # a row whose label we question is expected to fail, with the question as its reason
    from nlp_testkit import SAMPLES

    path = SAMPLES / f"{name}_label_questions.txt"
    questioned = known_failures(path) if path.exists() else {}
    assert set(questioned) <= set(KNOWN[name])
    assert all(KNOWN[name][rid].startswith("label question") for rid in questioned)


@pytest.mark.parametrize("with_hints", [False, True], ids=["plain", "catalog-hints"])
@pytest.mark.parametrize("name", list(DEVSETS))
def test_devset_scores_stay_above_floors(name, with_hints):
    # GIVEN a whole dev set (with or without catalog hints)  WHEN parsed  THEN each score is at
    # least its floor
    if not ROWS[name]:
        pytest.skip(f"samples/{name}.jsonl is not there")
    hints = _catalog_hints(name) if with_hints else None
    scores = score_rows(ROWS[name], lambda text: _items(text, hints))
    floors = FLOORS[name] | (HINTS_FLOORS.get(name, {}) if with_hints else {})
    below = {k: round(scores[k], 1) for k, floor in floors.items() if scores[k] < floor}
    assert below == {}, f"{name} below the floors {floors}: {below}"
