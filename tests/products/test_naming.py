import pytest

from products.errors import InvalidName
from products.naming import display_name, name_key, validate_name


@pytest.mark.parametrize("said, key", [
    ("The Spare Monitors", "spare monitor"),
    ("spare monitor", "spare monitor"),
    ("Nitrile Gloves, Small!", "nitrile glove small"),
    ("shelf b three", "shelf b3"),
    ("Shelf B-3", "shelf b3"),
    ("storage unit four", "storage unit 4"),
    ("room two oh four", "room 204"),
    ("twenty five", "25"),
    ("triple a batteries", "aaa battery"),
    ("9 volt batteries", "9v battery"),
    ("cordless drill 18V", "cordless drill 18v"),
    ("WD-40", "wd40"),
    ("3/4 inch PVC elbows", "3/4 inch pvc elbow"),
    ("shelf a two", "shelf a2"),
    ("our boxes", "box"),
    ("knives", "knife"),
    ("safety glasses", "safety glasses"),
    ("café chairs", "cafe chair"),
    ("cat six cable", "cat6 cable"),
    ("20A breakers", "20a breaker"),
    ("20 amp breaker", "20a breaker"),
    ("3/4 in PVC elbows", "3/4 inch pvc elbow"),
    ("ten mil sockets", "10mm socket"),
    ("orange ext cord", "orange extension cord"),
    ("9v batts", "9v battery"),
    ("AAA", "aaa battery"),
    ("two by fours", "2x4"),
    ("hp twenty six a toner", "hp 26a toner"),
    ("g f c i outlets", "gfci outlet"),
])
def test_name_key_forgives_what_people_vary_on(said, key):
    assert name_key(said) == key


@pytest.mark.parametrize("a, b", [
    ("milk", "buttermilk"), ("oat milk", "almond milk"), ("nitrile gloves small", "nitrile gloves large"),
    ("aa batteries", "aaa batteries"), ("m8 bolts", "m6 nuts"), ("shelf b3", "shelf b4"),
])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("bad, reason", [
    ("", "empty"), ("   ", "empty"), ("x" * 201, "longer than 200"), ("drill\x00", "control"),
    ("bell\x07", "control"), ("!!!", "no letters"), (None, "must be text"),
])
def test_bad_names_are_rejected_with_a_reason(bad, reason):
    with pytest.raises(InvalidName, match=reason):
        validate_name(bad)


def test_display_name_drops_leading_determiners_only():
    assert display_name("  the   Front   Porch ") == "Front Porch"
    assert display_name("a") == "a"
    assert display_name("A-frame ladder") == "A-frame ladder"
