"""Classes of misses from devset22 and devset24 that a review found sound (the rest of that round
merged different products and was taken back), each with catalogs and phrases of our own: one
case showing the class now resolves, one showing a near but different product does not merge."""

from matcher_kit import catalog_of as _catalog_of, resolved as _resolved


# -- a code's number said in thousands ("gp five thousand") ------------------------------------

def test_a_codes_number_said_in_thousands():
    cat = _catalog_of(["wacker bs6000 rammer", "wacker bs50 rammer", "makita dhp482 drill"])
    assert _resolved(cat, "bs six thousand rammer").name == "wacker bs6000 rammer"
    assert _resolved(cat, "bs six thousand").name == "wacker bs6000 rammer"


def test_another_thousand_is_no_code():
    cat = _catalog_of(["wacker bs6000 rammer", "wacker bs50 rammer"])
    assert _resolved(cat, "bs five thousand rammer").outcome == "new"
    assert _resolved(cat, "bs sixty thousand rammer").outcome == "new"


# -- who it is for said with "for" ("frontline for cats") ---------------------------------------

def test_who_it_is_for_said_with_for():
    cat = _catalog_of(["advantage spot on cat", "advantage spot on dog", "flea comb"])
    assert _resolved(cat, "advantage for cats").name == "advantage spot on cat"
    assert _resolved(cat, "spot on for dogs").name == "advantage spot on dog"


def test_another_for_whom_is_new():
    cat = _catalog_of(["advantage spot on cat", "advantage spot on dog", "flea comb"])
    assert _resolved(cat, "advantage for rabbits").outcome == "new"
    assert _resolved(cat, "flea comb for cats").outcome == "new"


# -- a model code with the second number of its size ("gp5000 28" for 700x28) --------------------

def test_a_code_with_the_second_number_of_its_size():
    cat = _catalog_of(["michelin pro5 700x25", "michelin pro5 700x28", "ladder 3x10"])
    assert _resolved(cat, "pro5 28").name == "michelin pro5 700x28"
    assert _resolved(cat, "michelin pro5 twenty five").name == "michelin pro5 700x25"


def test_a_code_with_another_number_is_new():
    cat = _catalog_of(["michelin pro5 700x25", "michelin pro5 700x28", "michelin pro4 700x32"])
    assert _resolved(cat, "pro5 32").outcome == "new"
    assert _resolved(cat, "pro5 700").outcome != "matched"
