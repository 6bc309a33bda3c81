"""Round 27, names said in part (matcher on gold words): a size and a box, bag, case, pack or roll
said alone names the one product in that size that comes as one ("large box" for "large moving
box", "small bags" for "mailing bag small"), and a name said up to its noun names the catalog
name that only goes on with codes after it ("iphone 13 pro screen" for "iPhone 13 Pro screen
OLED", "diva dimmer" for "Lutron Diva dimmer DVCL-153P"). Each catalog below is a fresh one of a
trade with traps: the box said in a size the catalog lacks or never gives ("extra large box",
"large box" beside "tv box 55in"), a name whose noun comes after the box ("large pizza box lid"),
two products in the size said (asked about), a plain name beside one that adds a word ("iphone
13 screen" beside the 13 Pro's), and a modifier before a noun of the dictionary or two run
together ("Godox studio light softbox", "Whiskas cat food senior"), which stay new. Answers
are checked against scoring every name."""
import pytest

from matcher_kit import answer

N, A = "NEW", "AMBIGUOUS"

CATALOGS = {
    'removals': ['small moving box', 'medium moving box', 'large moving box', 'wardrobe box',
                 'archive box', 'large pizza box lid', 'tv box 55in', 'mattress bag double'],
    'shipping': ['shipping box small 20x15x10', 'shipping box medium 30x20x15', 'mailing bag small',
                 'mailing bag large', 'label roll 100x150', 'pallet wrap 500mm'],
    'garden': ['large compost bag', 'small compost bag', 'garden waste bag large', 'twine roll green',
               'fleece roll 2m x 10m'],
    'office': ['binder clips small', 'binder clips large', 'staples 26/6 box', 'A4 paper box'],
    'phones': ['iPhone 13 screen OLED', 'iPhone 13 Pro screen OLED', 'iPhone 14 screen OLED',
               'iPhone 12 battery', 'Samsung A54 screen', 'USB-C cable 1m'],
    'electrical': ['Lutron Diva dimmer DVCL-153P', 'Leviton dimmer switch', 'GFCI outlet 20A',
                   'cover plate white'],
    'tyres': ['Schrader EZ-sensor TPMS', 'valve stem rubber', 'TPMS tool ATEQ VT56', 'tyre lever'],
    'studio': ['Godox studio light softbox', 'Boss guitar amp footswitch', 'camera cage SmallRig',
               'Whiskas cat food senior 2kg', 'Makita hammer drill HR2470'],
}

# (catalog, said, meant): a name, NEW or AMBIGUOUS
CASES = [
    ('removals', 'large box', 'large moving box'),
    ('removals', 'small boxes', 'small moving box'),
    ('removals', 'extra large box', N),     # a size the catalog lacks
    ('removals', 'box', N),                 # no size: which box?
    ('removals', 'large bag', N),           # the mattress bag comes in no size
    ('shipping', 'medium box', 'shipping box medium 30x20x15'),
    ('shipping', 'large box', N),           # no large shipping box
    ('shipping', 'small bags', 'mailing bag small'),
    ('shipping', 'large roll', N),
    ('garden', 'small bag', 'small compost bag'),
    ('garden', 'large bags', A),            # compost and garden waste bags
    ('office', 'large clips', 'binder clips large'),
    ('office', 'large box', N),
    ('phones', 'iphone 13 pro screen', 'iPhone 13 Pro screen OLED'),
    ('phones', 'iphone 13 screen', 'iPhone 13 screen OLED'),   # not the 13 Pro's
    ('phones', 'iphone screen', N),         # the model left out: no name to guess (review)
    ('phones', 'iphone 15 screen', N),
    ('electrical', 'diva dimmer', 'Lutron Diva dimmer DVCL-153P'),
    ('tyres', 'schrader sensor', 'Schrader EZ-sensor TPMS'),
    ('tyres', 'tpms tool', 'TPMS tool ATEQ VT56'),
    ('studio', 'studio light', N),          # "softbox" is soft + box: a thing of its own
    ('studio', 'camera cage', 'camera cage SmallRig'),
    ('studio', 'cat', N),
    ('studio', 'hammer', 'claw hammer'),   # the filler's: a hammer drill is no hammer
]


@pytest.mark.parametrize("catalog,said,meant", CASES)
def test_partial_names(catalog, said, meant):
    assert answer(CATALOGS[catalog], said) == meant
