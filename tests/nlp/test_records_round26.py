"""records.py: pasted field records and the references a line is filed against (round 26)."""
import pytest

from nlp.records import card_out, drop_references, read_record
from nlp.tokens import tokenize


def _words(toks):
    return " ".join(t.text for t in toks)


@pytest.mark.parametrize("text, kept", [
    # GIVEN a reference that ends its phrase or opens the line  THEN it goes
    ("used 4 fuses on job 4471 (van 3)", "used 4 fuses ( van 3 )"),
    ("TKT-77 drill dead - binned", "drill dead - binned"),
    ("sold 2 tyres, inv 20931", "sold 2 tyres"),
    ("lost: 1 JDI (left at the gig?) TKT-81", "lost : 1 jdi ( left at the gig ? )"),
    # GIVEN an amount after the word, a site after the number, or a heading  THEN it stays
    ("ticket 2 rolls left", "ticket 2 rolls left"),
    ("job 12 bags of sand arrived", "job 12 bags of sand arrived"),
    ("saw -> truck 2, job 4471 Mill Rd", "saw -> truck 2 , job 4471 mill rd"),
    ("PO 4471 rcvd: 3 cs bags", "po 4471 rcvd : 3 cs bags"),
    ("inv 12 boxes gloves", "inv 12 boxes gloves"),
    ("so2 sensor arrived", "so2 sensor arrived"),
    # GIVEN the job as where the stock went or is  THEN it stays: it is the place
    ("moved 3 bags to job 5", "moved 3 bags to job 5"),
    ("we took the ladders out to job 4471", "we took the ladders out to job 4471"),
    ("the drill is on job 4471", "the drill is on job 4471"),
    ("moved 4 doors to the Smith job 88", "moved 4 doors to the smith job 88"),
])
def test_drop_references(text, kept):
    assert _words(drop_references(tokenize(text))) == kept


@pytest.mark.parametrize("text, items", [
    ("qty 4 | M8 nuts | rack C2", 1),
    ("fridge 2 | temp | 4", 0),          # a log of readings: a record with nothing to record
    ("Item | Qty | Location", None),     # a header row: no record
    ("moved 4 drills | van 2 | done", None),
    ("hall | chairs | 12", 1),
])
def test_read_record(text, items):
    drafts, _ = read_record(tokenize(text))
    assert (None if drafts is None else len(drafts)) == items


def test_card_out_leaves_a_heading_with_its_own_verb():
    toks = tokenize("PO 4471 rcvd: 3 cs bags")
    assert card_out(toks) == toks
