"""Every event verb FORMAT.md lists, in every tense, in a plain frame: the event must come out.
Sentences are generated from the verb table's own inflections (verbs.inflections)."""
from __future__ import annotations

import pytest

from nlp import parse
from nlp.verbs import inflections

# (lemma, particle after the verb or "", frame with {v} for the verb form, event)
LISTED = [
    *[(lemma, "", "we {v} 3 boxes of gloves", "added")
      for lemma in ("add", "receive", "stock", "restock", "buy", "deliver", "find")],
    ("get", "in", "we {v} 3 boxes of gloves", "added"),
    *[(lemma, "", "we {v} the drill to the van", "moved")
      for lemma in ("move", "relocate", "transfer", "put", "place", "store", "keep", "stash",
                    "hang", "carry", "bring", "return", "take")],
    *[(lemma, "", "we {v} the old drill", "removed")
      for lemma in ("remove", "sell", "discard", "lose", "steal", "borrow", "scrap")],
    # (an amount: "we are using the old drill" says it is in use, not used up)
    *[(lemma, "", "we {v} 3 boxes of gloves", "removed") for lemma in ("use", "consume")],
    ("take", "", "we {v} the drill from the van", "removed"),
    *[(lemma, particle, "we {v} the old drill", "removed")
      for lemma, particle in (("use", "up"), ("throw", "away"), ("check", "out"), ("send", "out"),
                              ("give", "away"))],
    ("dispose", "of", "we {v} the old drill", "removed"),
    ("count", "", "we {v} 12 chairs in the gym", "counted"),
]


def _cases():
    for lemma, particle, frame, event in LISTED:
        for form in sorted(inflections(lemma)):
            said = f"{form} {particle}".strip()
            if form.endswith("ing"):
                said = "are " + said
            yield pytest.param(frame.format(v=said), event, id=f"{lemma}-{form}")


@pytest.mark.parametrize("text, event", list(_cases()))
def test_listed_verb_in_every_tense(text, event):
    items = parse(text).items
    assert [i.event_type for i in items] == [event], text


@pytest.mark.parametrize("text, event", [
    ("the drill is now in the van", "moved"), ("the drill is in the van", "moved"),
    ("the drill goes to the van", "moved"), ("drill -> van", "moved"),
    ("there are 12 chairs in the gym", "counted"), ("we have 12 chairs", "counted"),
    ("the gym now has 12 chairs", "counted"), ("only 3 chairs left", "counted"),
    ("we're down to 2 chairs", "counted"), ("ran out of chairs", "counted"),
    ("stock count: chairs 12", "counted"), ("stocktake: chairs 12", "counted"),
    ("new item: label printer", "added"), ("log new label printer", "added"),
    ("the drill was stolen from the van", "removed"), ("the drill was moved to the van", "moved"),
])
def test_listed_phrases(text, event):
    assert [i.event_type for i in parse(text).items] == [event], text
