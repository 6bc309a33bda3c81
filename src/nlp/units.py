"""Rule family: units (containers and measures), always given back singular.

A unit is read right after the quantity and before "of" ("3 cases of water" -> case,
"20 feet of cable" -> foot, "a set of drill bits" -> set). A strong container word may also go
without "of" when a product follows ("2 boxes gloves", "10 packs paper towels").

Measures said in the singular before a noun belong to the name, not to the quantity:
"5 gallon bucket", "20 amp breaker", "3/4 inch pvc elbow", "9 volt batteries" (see NAME_MEASURES).
"""
from __future__ import annotations

# plural or singular form -> singular unit
UNITS: dict[str, str] = {}


def plural(singular: str) -> str:
    """The regular English plural of a noun (box -> boxes, copy -> copies, bag -> bags)."""
    if singular.endswith("y") and singular[-2:-1] not in "aeiou":
        return singular[:-1] + "ies"  # copy -> copies
    return singular + ("es" if singular.endswith(("x", "ch", "sh", "s")) else "s")


def _add(singular: str, *others: str) -> None:
    UNITS[singular] = singular
    UNITS[plural(singular)] = singular
    for other in others:
        UNITS[other] = singular


for _unit in ("box", "case", "carton", "pack", "packet", "package", "roll", "bag", "pallet", "can",
              "bottle", "jar", "tube", "tub", "bucket", "pail", "gallon", "quart", "pint", "liter",
              "litre", "set", "pair", "sheet", "spool", "reel", "drum", "crate", "tray", "sack",
              "bundle", "ream", "tin", "jug", "canister", "bin", "container", "tote", "skid",
              "pound", "ounce", "kilo", "kilogram", "gram", "meter", "metre", "yard", "inch",
              "piece", "unit", "bunch", "stack", "coil", "length", "barrel", "load", "cup", "loaf",
              "bar", "block", "sleeve", "strip", "pad", "keg", "vial", "envelope", "bale", "flat",
              "cartridge", "item", "head", "rack", "cambro", "pan", "clamshell", "flat", "bushel",
              "punnet", "sheet", "pouch", "capsule", "ampoule", "ampule", "blister", "copy",
              "tablet", "pill", "sachet", "dose", "portion", "serving", "slice", "jerrycan", "kit",
              "pot", "syringe", "stick", "ball"):
    _add(_unit)
_add("foot", "feet", "ft")
_add("loaf", "loaves")
_add("pound", "lbs", "lb")
_add("ounce", "oz")
_add("kilo")
# a written "kg" stays "kg": the labels keep it as written ("10kg rice" -> kg, "ten kilos" -> kilo)
UNITS["kg"] = UNITS["kgs"] = "kg"
_add("liter", "l")
_add("box", "bx")
_add("dozen")
# shorthand of terse notes ("5 bx gloves", "2 cs water", "3 pk batteries")
for _short, _unit in (("bx", "box"), ("bxs", "box"), ("cs", "case"), ("pk", "pack"), ("pks", "pack"),
                      ("pkg", "package"), ("pkgs", "package"), ("rl", "roll"), ("rls", "roll"),
                      ("btl", "bottle"), ("btls", "bottle"), ("plt", "pallet"), ("plts", "pallet"),
                      ("ctn", "carton"), ("ctns", "carton"), ("gal", "gallon"), ("gals", "gallon"),
                      ("pc", "piece"), ("pcs", "piece"), ("doz", "dozen"), ("dz", "dozen"),
                      ("sh", "sheet"), ("sht", "sheet"), ("shts", "sheet"), ("bg", "bag"),
                      ("bgs", "bag"), ("qt", "quart"), ("qts", "quart"), ("bdl", "bundle"),
                      ("bdls", "bundle"), ("pr", "pair"), ("prs", "pair")):
    UNITS[_short] = _unit
SHORT_UNITS = frozenset({"bx", "bxs", "cs", "pk", "pks", "pkg", "pkgs", "rl", "rls", "btl", "btls",
                         "plt", "plts", "ctn", "ctns", "gal", "gals", "pc", "pcs", "doz", "dz",
                         "sh", "sht", "shts", "bg", "bgs", "qt", "qts", "bdl", "bdls", "ft", "lb",
                         "lbs", "oz", "kg", "kgs"})

# container words that may stand before the product without "of" ("3 boxes gloves")
BARE_UNITS = frozenset({"box", "case", "carton", "pack", "roll", "bag", "pallet", "bottle", "can",
                        "gallon", "ream", "crate", "tube", "jar", "sack", "spool", "package",
                        "piece", "foot", "pound", "ounce", "kilo", "kg", "quart", "sheet", "bundle",
                        "jug", "tub", "bucket", "pail", "drum", "tray", "tin", "canister", "packet",
                        "coil", "reel", "skid", "sleeve", "pouch", "flat", "cambro", "pair",
                        "liter", "litre", "pint", "dozen", "bale", "keg", "barrel", "envelope"})
# container words that stand bare before the product only in the plural ("20 blocks unsalted
# butter", "3 bars surf wax"); in the singular they name the thing ("4 bar tape", "a block plane")
PLURAL_BARE_UNITS = frozenset({"block", "bar"})
# measures a name may be sized by, said glued or abbreviated before it ("1lb jars 6 cases",
# "4 lb lead weights 38"): a size, when the count of the thing is said after the name
SIZE_MEASURES = frozenset({"pound", "ounce", "kilo", "kg", "kilogram", "gram", "liter", "litre",
                           "gallon", "quart", "pint", "inch", "foot", "meter", "metre"})
# measures of what a container holds: said between a name and a container word they size the
# container, not the thing ("speckled buff clay twenty five pound bags", "black pla 1kg spools")
CONTENT_MEASURES = frozenset({"pound", "ounce", "kilo", "kg", "kilogram", "gram", "liter", "litre",
                              "gallon", "quart", "pint", "ml", "cl"})
# words after a container word that make it part of a name: "2 pallet jacks", "a box cutter"
UNIT_COMPOUND_HEADS = frozenset({
    "cutter", "cutters", "fan", "fans", "spring", "springs", "truck", "trucks", "opener",
    "openers", "clip", "clips", "jack", "jacks", "rack", "racks", "wrap", "cage", "cages", "light",
    "lights", "table", "tables", "lid", "lids", "cover", "covers", "knife", "knives", "seal",
    "seals", "liner", "liners", "handle", "handles", "dolly", "dollies", "label", "labels",
    "sealer", "tie", "ties", "stand", "stands", "holder", "holders", "hook", "hooks", "crusher",
    "pump", "pumps", "lifter", "mover", "movers", "wrench", "wrenches", "saw", "saws", "end",
    "ends", "car", "cars", "lock", "locks", "filter", "filters", "mount", "mounts", "hanger",
    "hangers", "o", "key", "keys", "bracket", "brackets", "pan", "pans", "sock", "socks", "kit",
    "kits", "stick", "sticks", "brush", "brushes", "bolt", "bolts", "seat", "seats", "trap",
    "traps", "set", "sets", "tray", "trays", "bin", "bins", "net", "nets", "strap", "straps"})

# measure words that, said in the singular after a number, make the number part of the name
# (abbreviated measures of notes are amounts: "20 ft cat6 used", "2 gal paint primer rcvd")
NAME_MEASURES = frozenset({
    "inch", "foot", "amp", "amps", "volt", "v", "watt", "w", "mm", "cm", "gauge", "ga",
    "gallon", "liter", "litre", "pound", "ounce", "piece", "tier",
    "drawer", "shelf", "port", "cup", "quart", "pint", "ml", "gb", "tb", "ah", "mah", "kw",
    "psi", "degree", "x", "by", "point", "percent", "%", "count", "ct", "inches", "meter", "metre",
    "kva", "va", "kv",
    "yard", "millimeter", "millimetre", "centimeter", "centimetre", "cu", "cubic", "square", "sq", "ton", "lumen", "page", "ply", "grit", "mil",
    "tooth", "slot", "way", "speed", "seat", "person", "man", "core", "channel", "outlet",
    "burner", "blade", "gang", "pin", "prong", "wheel", "bulb", "pocket", "hole", "panel", "door",
    # storage said out is a size of the name, not a count: "sold the four terabyte seagate",
    # "two of the thirty two gig memory cards"
    "gig", "gigabyte", "meg", "megabyte", "terabyte", "tera", "gbps", "mb",
})


# containers named by two words, the first saying which kind ("a bulk bag of topsoil", "2 tonne
# bags", "jerry cans"): the first word -> the container it goes with
COMPOUND_UNITS = {"bulk": "bag", "tonne": "bag", "ton": "bag", "jerry": "can"}


def compound_unit(first: str, second: str) -> str | None:
    """The two-word unit two words name ("bulk", "bags" -> "bulk bag"), or None."""
    unit = unit_of(second)
    return f"{first} {unit}" if unit is not None and COMPOUND_UNITS.get(first) == unit else None


def unit_of(word: str) -> str | None:
    """The singular unit a word names, or None: 'boxes' -> 'box', 'feet' -> 'foot'."""
    return UNITS.get(word)
