"""Rule family: places, said after a preposition or, in counts, on their own.

    "to shelf b3 in the garage"  -> location "shelf b3 in the garage" (nested, in spoken order)
    "from the van"               -> from-location "van"
    "out of the truck", "off the pallet" -> source
    "at the loading dock", "into the shed", "onto the top shelf", "over to the office" -> place
    "room two oh four"           -> "room 204"; "shelf b three" -> "shelf b3"
    "stocktake: paper towels 4, room 204" -> "room 204" stands alone (see `looks_like_place`)

A place ends at punctuation, a conjunction, a time word ("to the van this morning"), or a word
that starts something else ("for", "because", "so"). A place that follows another place
with a locative preposition nests ("shelf b3" + "in the garage").
Words that follow "to"/"in" but are not places ("add it to the inventory") are in NOT_PLACES;
people that follow "to" ("gave the ladder to john") are recipients, handled in shapes.py and regions.py.
"""
from __future__ import annotations

import re

from .abbrev import with_short_forms
from .numbers import is_number_word

# preposition phrase -> role. "to"-like words give a destination, "from"-like words a source,
# locatives ("in", "on", "at") say where something is.
PREPOSITIONS: dict[tuple[str, ...], str] = {}
for _p in ("to", "into", "onto", "over to", "back to", "back into", "up to", "out to", "across to",
           "over", "across",
           "down into", "up into", "through to", "towards", "toward", "back onto", "down to",
           "back down to", "back up to", "over into", "out into", "across into"):
    PREPOSITIONS[tuple(_p.split())] = "to"
for _p in ("in", "inside", "on", "at", "@", "inside of", "back in", "back on", "by",
           "over in", "over at", "out in", "up in", "down in", "back at", "out at",
           "under", "underneath", "beneath", "behind", "beside", "next to", "near", "above",
           "below", "within", "upstairs in", "downstairs in", "out back in",
           "over on", "up on", "down on", "in between", "along", "in front of", "on top of",
           "across from", "opposite", "against", "between", "alongside"):
    PREPOSITIONS[tuple(_p.split())] = "at"
for _p in ("from", "out of", "off", "off of", "out from", "from out of", "away from", "outta",
           "back from", "over from", "up from", "down from", "from inside",
           "frm"):  # (as notes shorten it: "-> shop floor frm warehouse")
    PREPOSITIONS[tuple(_p.split())] = "from"
MAX_PREP = max(len(k) for k in PREPOSITIONS)
# prepositions that place a thing next to another; said after its place, they add nothing
# ("in the supply closet, next to the copy paper" is in the supply closet)
RELATIVE_PREPS = frozenset({("next", "to"), ("beside",), ("near",), ("behind",), ("by",),
                            ("under",), ("underneath",), ("beneath",), ("above",), ("below",)})
# ...and that stay in the place said: a thing "under the deck" is not in the deck ("in", "on",
# "at", "by" only say where, and go)
KEPT_PREPS = frozenset({("under",), ("underneath",), ("beneath",), ("behind",), ("next", "to"),
                        ("beside",), ("above",), ("below",), ("along",), ("near",), ("alongside",),
                        ("in", "front", "of"), ("on", "top", "of"), ("across", "from"),
                        ("opposite",), ("against",), ("between",), ("in", "between")})


def kept_prep(prep: list[str]) -> int:
    """How many of the last words of a preposition said stay in the place ("under" -> 1)."""
    for n in (3, 2, 1):
        if len(prep) >= n and tuple(prep[-n:]) in KEPT_PREPS:
            return n
    return 0
# locative words kept inside the place text when a place nests ("shelf b3 in the garage");
# their leading use is stripped.
STRIPPED_PREPS = frozenset({"to", "into", "onto", "in", "inside", "on", "at", "from", "of", "off",
                            "across", "towards", "toward", "through", "outta"})

DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "its",
                         "this", "that", "these", "those", "some", "one", "of", "teh"})  # ("teh": typed)

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# ...and as notes shorten them
WEEKDAY_WORDS = WEEKDAYS | frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                                      "sat", "sun"})

# words after which a place (or a product) has ended
TIME_WORDS = frozenset({
    "today", "tonight", "yesterday", "tomorrow", "now", "earlier", "later", "again", "already",
    "too", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "asap", "ago", "soon",
    "recently", "finally", "back", "here", "there", "instead", "temporarily", "permanently",
    "overnight", "yet", "anymore", "currently", "still", "first", "last", "nite", "tonite",
    "tmrw", "tomorow", "yday", "noon", "midnight", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri",
    # chat shorthand of times ("9 kongs in the toy box atm", "used this wk: ...")
    "atm", "wk", "wks", "wkend", "tmw", "2day", "2moro",
})
STOP_WORDS = frozenset({"for", "because", "since", "so", "until", "till", "when", "while",
                        "after", "before", "where", "which", "who", "that", "as", "but", "if",
                        "then", "with", "without", "per", "via", "cause", "cuz", "plus", "or",
                        "each", "apiece", "total", "altogether", "this", "last", "next", "every",
                        "during", "throughout", "despite", "unless",
                        "w/", "w/o", "b/c"})  # (as written in notes: with, without, because)

# nouns that name a place; a bare noun phrase headed by one is a place ("room 204", "bay 3")
PLACE_HEADS = frozenset({
    "room", "shelf", "shelves", "bin", "aisle", "bay", "drawer", "cabinet", "closet", "garage",
    "van", "shed", "warehouse", "dock", "basement", "attic", "kitchen", "office", "lobby",
    "reception", "truck", "trailer", "workshop", "storage", "unit", "rack", "locker", "cupboard",
    "pantry", "freezer", "porch", "yard", "lab", "floor", "hallway", "hall", "corridor", "counter",
    "site", "house", "building", "shop", "bathroom", "restroom", "loft", "barn", "depot", "lot",
    "container", "cage", "zone", "area", "section", "row", "wing", "suite", "level", "basement",
    "car", "station", "desk", "bench", "wall", "corner", "entrance", "entryway", "patio", "deck",
    "mezzanine", "cellar", "crawlspace", "cubby", "pallet", "bay", "dumpster", "vault", "tote",
    "slot", "shelving", "stockroom", "storeroom", "classroom", "breakroom", "mailroom",
    "cooler", "walk-in", "fridge", "ballroom", "gym", "annex", "dorm", "dorms", "pit", "property",
    "jobsite", "boh", "foh", "cart", "toolbox", "glovebox", "workbench", "flatbed", "hall",
    "linen", "booth", "sink", "fridge", "chapel", "sanctuary", "auditorium", "cafeteria",
    "clinic", "ward", "stall", "kiosk", "greenhouse", "vestibule", "foyer", "register", "exam",
    "venue", "line", "stage", "wings", "nursery", "sacristy", "narthex", "choir", "library",
    "gymnasium", "field", "cooler", "pass", "expo", "cellar", "walkin",
    # more settings: stables, marinas, clinics, shops and venues of our own
    "stables", "stable", "boathouse", "taproom", "chandlery", "marina", "clubhouse", "pavilion",
    "showroom", "cloakroom", "canteen", "larder", "scullery", "kitchenette", "bunkhouse",
    "polytunnel", "conservatory", "vestry", "surgery", "pharmacy", "dispensary", "salon",
    "studio", "gallery", "theatre", "theater", "cafe", "café", "pontoon", "jetty", "quay", "pier",
    "paddock", "kennels", "kennel", "cattery", "hut", "crib", "lockup", "lock-up", "cupboard",
    "carport", "driveway", "forecourt", "backroom", "brewhouse", "bakehouse", "dugout", "silo",
    "granary", "outbuilding", "outhouse", "portakabin", "portacabin", "cabin", "compound",
    "boatshed", "workroom", "sickbay", "infirmary", "nurse's", "classroom", "staffroom", "lounge",
    "foyer", "atrium", "concourse", "tack", "hayloft", "coop", "barn", "stockroom", "vault",
    "galley", "makerspace", "hackspace",
})
# words after "to"/"in" that are not places ("add the drill to the inventory")
NOT_PLACES = frozenset({
    "inventory", "stock", "system", "catalog", "catalogue", "database", "records", "record",
    "spreadsheet", "tracker", "count", "books", "total", "tally", "log", "it", "them", "use",
    "good", "bad", "working", "service", "half", "pieces", "bits", "stock count", "app",
    "sheet", "calibration", "repair", "repairs", "maintenance", "charging",
    "rain", "sun", "snow", "weather", "cold", "heat", "wind", "loan", "way", "hand", "time",
    "meantime", "future", "past", "queue", "mail", "post", "transit", "person", "auction",
    "circulation", "accident", "mistake", "chance", "error", "mud", "water", "river", "lake", "sea", "canal", "fire", "flood", "wash",
    "date", "condition", "season", "charge", "bloom", "shape", "trouble", "progress", "working order",
    "back order", "backorder", "order",
    "delivery", "arrival",  # "smashed on delivery": when, not where (a "delivery bay" is a place)
})
# "add coffee to the shopping list" asks for something: no event
WISHLISTS = frozenset({"list", "shopping list", "order", "wishlist", "wish list", "cart",
                       "reorder list", "order list", "to-do list", "todo list", "next order",
                       "purchase order", "po"})
# places whose name has a word that would otherwise end them
MULTIWORD_PLACES = (("lost", "and", "found"), ("lost", "&", "found"), ("bed", "and", "breakfast"))
# places whose name has a preposition inside ("the walk in", "the drive thru")
PLACE_COMPOUNDS = frozenset({("walk", "in"), ("drive", "thru"), ("drive", "through"),
                             ("lean", "to"), ("lock", "up"),
                             # a warehouse's receiving and dispatch areas
                             ("goods", "in"), ("goods", "out"), ("goods", "inwards"),
                             ("goods", "outwards"),
                             # the shelves behind a bar
                             ("bar", "back")})
# what happens at a place-like word that is no place: "sold 5 kits at the open house",
# "gave away 15 keyboards at the PTA sale", "used up the milk at coffee hour"
OCCASIONS = frozenset({"sale", "show", "hour", "party", "practice", "meeting", "event", "fair",
                       "fundraiser", "service", "concert", "game", "dinner", "lunch", "breakfast",
                       "brunch", "potluck", "picnic", "festival", "bazaar", "rummage", "drive",
                       "rehearsal", "performance", "class", "session", "ceremony", "wedding",
                       "funeral", "conference", "open house", "banquet", "gala", "tournament",
                       "retreat", "camp", "training", "seminar", "meet", "swap meet", "gig",
                       "walk", "hike", "match", "shoot", "fete", "jumble", "trip", "outing",
                       "parade", "rally", "race", "regatta", "tour", "mass", "wake", "vigil",
                       "barbecue", "bbq", "social", "disco", "quiz", "workshop session",
                       "fun run", "charity run", "marathon", "raffle", "tombola", "open day",
                       "sports day", "fun day", "away day", "gala day", "show day", "match day",
                       "open night", "fete", "turndown", "turnover",
                       # activities and steps of work things are used in ("used 30 at storytime",
                       # "two pounds of mosaic in the dry hop")
                       "storytime", "story time", "dry hop", "brew day", "tasting", "lesson",
                       "demo", "demonstration", "appointment", "bake sale", "craft club",
                       "toddler group", "coffee morning",
                       # where and when things are sold or shown to the public ("sold 30 jars at
                       # market", "lost a beltpack at the matinee"; a "market stall" is a place)
                       "market", "matinee", "open studio", "pop-up", "popup",
                       # any "X day" or "X night", and the jobs of a crew ("used 4 dressings at
                       # the 2am call", "lost a hose ramp at the house fire", "at the school eye
                       # day", "gaffer used in the tech run")
                       "day", "night", "call", "callout", "call-out", "shout", "house fire",
                       "car fire", "bin fire", "grass fire", "chimney fire", "tech run", "dress run",
                       "test run", "rtc", "incident", "collision",
                       # outings things go on or come back from: "back from the rental", "out on a
                       # hire job"
                       "rental", "hire job"})
# work done on a thing, which it goes away or is left with us for ("went off for repair",
# "dropped off a bike for a service", "-> workshop, brake check")
WORK_DONE = frozenset({"repair", "repairs", "servicing", "service", "testing", "test", "calibration",
                       "recalibration", "inspection", "mot", "fixing", "fix", "refurbishment",
                       "refurb", "tune", "tune-up", "check"})
# what a note says a thing went somewhere for, after the place and a comma ("-> paint booth,
# customer job", "-> workshop, cutting unit issue"): the job, not a place
JOB_REMARKS = WORK_DONE | frozenset({"job", "jobs", "issue", "issues", "problem", "fault",
                                     # work on an edge or a finish ("-> workshop, reel grind")
                                     "grind", "regrind", "sharpen", "sharpening", "rebuild",
                                     "overhaul", "respray"})
# things a place is said by ("hung up by the back door", "parked up by the top gate"): after "by
# the" they say where, not who did it
LANDMARKS = frozenset({"door", "doors", "gate", "gates", "window", "windows", "entrance", "exit",
                       "stairs", "steps", "counter", "till", "wall", "fence", "radiator", "lift",
                       "hatch", "shutter", "porch", "bench", "sink", "fridge", "freezer", "desk",
                       "printer", "photocopier", "noticeboard", "block", "barn", "yard", "shed"})
# words that often stand before a place noun ("break room", "loading dock")
PLACE_MODIFIERS = frozenset({
    "break", "server", "mail", "conference", "back", "front", "supply", "janitor", "storage",
    "loading", "tool", "site", "boiler", "utility", "laundry", "living", "dining", "stock",
    "store", "waiting", "staff", "copy", "print", "meeting", "locker", "work", "wash", "rest",
    "bath", "engine", "control", "side", "main", "upstairs", "downstairs", "top", "bottom",
    "middle", "north", "south", "east", "west", "left", "right", "big", "small", "old", "new",
    "red", "blue", "green", "spare", "guest", "board", "file", "equipment", "paint", "maintenance",
    "receiving", "shipping", "training", "delivery", "community", "garden", "lunch", "photo",
    "first", "second", "third", "upper", "lower", "inner", "outer", "cleaning", "janitorial",
    "1st", "2nd", "3rd", "4th", "5th", "fourth", "fifth", "ground",
    "prep", "dry", "cold", "walk-in", "housekeeping", "dish", "linen", "mini", "electrical",
    "parking", "coffee", "lumber", "staging", "mechanical", "rear", "it",
    "mop", "wood", "welding", "bike", "storm", "tack", "feed", "craft", "art", "music", "youth",
})
# place nouns that name a place on their own ("the kitchen"), versus ones that need an id or
# a modifier to be a place ("room 204", "shelf b3", "break room")
STRONG_PLACE_HEADS = frozenset({
    "garage", "van", "shed", "warehouse", "basement", "attic", "kitchen", "office",
    "lobby", "reception", "truck", "trailer", "workshop", "closet", "pantry", "porch", "hallway",
    "mezzanine", "cellar", "loft", "barn", "depot", "stockroom", "storeroom", "breakroom",
    "mailroom", "lab", "patio", "walk-in", "ballroom", "gym", "annex", "boh", "foh", "dorms",
    "cafeteria", "auditorium", "jobsite", "glovebox", "flatbed",
    "stables", "boathouse", "taproom", "chandlery", "marina", "clubhouse", "pavilion", "showroom",
    "cloakroom", "canteen", "larder", "scullery", "kitchenette", "bunkhouse", "polytunnel",
    "conservatory", "vestry", "surgery", "pharmacy", "dispensary", "salon", "studio", "gallery",
    "theatre", "theater", "cafe", "café", "pontoon", "jetty", "quay", "paddock", "kennels",
    "cattery", "hut", "lockup", "lock-up", "carport", "driveway", "forecourt", "backroom",
    "brewhouse", "bakehouse", "dugout", "granary", "outbuilding", "outhouse", "portakabin",
    "portacabin", "boatshed", "workroom", "sickbay", "infirmary", "staffroom", "lounge", "foyer",
    "atrium", "hayloft", "clinic", "library", "chapel", "sanctuary", "greenhouse", "nursery",
    "classroom", "cupboard", "hall", "galley", "booth", "makerspace", "hackspace",
    # departments said as where things went ("40 pillowcases to housekeeping")
    "housekeeping", "maintenance", "security", "registration", "facilities", "catering",
    "laundry",
})
# place nouns that make a place after any noun said before them ("kit room", "gear cupboard",
# "vet clinic"); not those that also end the name of a thing ("bird cage", "camping tent")
OPEN_PLACE_HEADS = frozenset({"room", "closet", "cupboard", "shed", "hut", "locker", "store",
                              "stores", "yard", "bay", "office", "clinic", "lab", "rm", "drawer",
                              "hall"})
# ...and ones that are places only after a modifier ("loading dock", "break room")
MODIFIED_PLACE_HEADS = frozenset({"room", "dock", "crib", "wing", "closet", "shed", "office", "area", "bay",
                                  "trailer", "cabinet", "shelf", "counter", "desk", "yard",
                                  "storage", "station", "floor", "table", "cage", "locker", "wall",
                                  "fridge", "cooler", "freezer", "cart", "pit", "kitchen",
                                  "lot", "site", "house", "drawer", "rack", "bin", "toolbox",
                                  "shop"})
ID_PLACE_HEADS = frozenset({"greenhouse", "register", "exam", "truck", "van", "case", "trailer",
                            "room", "shelf", "bin", "aisle", "bay", "drawer", "cabinet", "rack",
                            "unit", "locker", "row", "section", "zone", "cage", "level", "floor",
                            "suite", "building", "area", "dock", "door", "cubby", "cart", "trolley",
                            "store",  # ("archive store 1", "store 3": a store room by its number)
                            # work places by their number ("3 left, station 2", "kennel 3")
                            "station", "bench", "kennel", "stall", "booth", "pod"})
# people after "to" are recipients, not places ("gave the ladder to john", "sold it to a customer")
PEOPLE = frozenset({"publisher", "publishers", "distributor", "manufacturer", "wholesaler",
                    "customer", "customers", "client", "clients", "him", "her", "them", "me",
                    "us", "neighbor", "neighbour", "neighbors", "neighbours", "friend", "guy",
                    "contractor", "team", "crew", "staff", "someone", "somebody", "charity",
                    "supplier", "vendor", "employee", "tenant", "guys", "kids", "volunteers",
                    "family", "families", "donor", "donors", "parent", "parents", "member",
                    "members", "resident", "residents", "parishioner", "parishioners"})
# where things are bought: taking from there is acquiring; a heading naming one is a supplier
SHOPS = frozenset({"store", "shop", "supplier", "vendor", "depot", "lowes", "lowe's", "amazon",
                   "costco", "walmart", "market", "mall", "hardware", "wholesaler", "distributor",
                   "outlet", "supermarket", "grainger", "uline", "ikea", "staples", "auction",
                   "auctions", "sale", "thrift", "marketplace", "craigslist", "ebay",
                   "merchant", "merchants", "chandlers", "stockist", "co-op",
                   "cooperative",
                   "company", "firm", "agency", "hirer", "hire company", "rental company"})
# what a store that sells things is named by ("the hardware store"); a store named by anything
# else is a store room of ours ("the AV store", "the PE store", "the events store")
RETAIL_KINDS = frozenset({"hardware", "farm", "grocery", "dollar", "corner", "convenience",
                          "department", "thrift", "pet", "liquor", "paint", "home", "online",
                          "computer", "electronics", "craft", "crafts", "furniture", "music",
                          "garden", "feed", "book", "toy", "discount", "retail", "food", "health",
                          "supply", "supplies", "party", "office", "camera", "phone", "bike",
                          "tack", "appliance", "lumber", "building", "auto", "parts", "drug",
                          "sporting", "outdoor", "variety", "general", "village", "local",
                          "big", "box", "chain", "app", "play", "apple", "closest", "nearest"})
# ...unless a trade or a part of the building is said before it: "the maintenance shop"
# ("repair shop", "print shop", "body shop" are businesses: not here)
WORKSHOP_MODIFIERS = frozenset({"maintenance", "machine", "wood", "metal", "welding", "weld",
                                "back", "tool", "carpentry", "fab", "fabrication", "electrical",
                                "our", "maint",
                                # a theatre's workshops ("the scene shop", "the costume shop")
                                "scene", "prop", "props", "costume", "costumes", "wardrobe",
                                "set", "sewing", "lighting"})
# places said as an adverb, without a preposition ("moved the printer upstairs")
ADVERB_PLACES = frozenset({"upstairs", "downstairs", "outside", "outdoors", "indoors", "offsite",
                           "onsite", "overseas", "backstage", "offstage", "onstage",
                           # ...and said in two words ("hanging out back", "put it out front")
                           "out back", "out front"})
# a place whose last word is one of these is where things are thrown away, not kept
TRASH = frozenset({"trash", "garbage", "dumpster", "recycling", "rubbish", "waste", "landfill",
                   "dump", "junk", "scrap", "scrapyard", "skip", "compost", "bonfire", "tip",
                   "incinerator", "shredder", "scrapheap"})


# the short forms of terse notes ("rm 204", "conf rm", "2nd fl") name places too
PLACE_HEADS = with_short_forms(PLACE_HEADS)
STRONG_PLACE_HEADS = with_short_forms(STRONG_PLACE_HEADS)
MODIFIED_PLACE_HEADS = with_short_forms(MODIFIED_PLACE_HEADS)
ID_PLACE_HEADS = with_short_forms(ID_PLACE_HEADS)
PLACE_MODIFIERS = with_short_forms(PLACE_MODIFIERS)


# shops named by two words whose head alone is no shop ("garden centre", "builders merchant")
SHOP_PHRASES = frozenset({("garden", "centre"), ("garden", "center"), ("builders", "merchant"),
                          ("builder's", "merchant"), ("cash", "and", "carry"), ("farm", "supply"),
                          ("trade", "counter"), ("home", "center"), ("home", "centre"),
                          ("dollar", "store"), ("pound", "shop"), ("charity", "shop"),
                          ("hardware", "centre"), ("yard", "sale"), ("estate", "sale"),
                          ("car", "boot", "sale"), ("flea", "market")})


def _noun_modifier(word: str) -> bool:
    """A word that may name what a place is for ("kit" room, "boot" room, "gear" cupboard)."""
    return word.isalpha() and len(word) > 1 and word not in DETERMINERS and word not in STOP_WORDS \
        and not is_number_word(word) and word not in ("and", "or", "in", "on", "at", "to", "of",
                                                      "new", "old", "more", "some", "all", "any")


def is_shop(words: list[str]) -> bool:
    """Whether a place is where things are bought ("the hardware store", "an auction"), not a
    workshop of ours ("the maintenance shop")."""
    if any(tuple(words[k:k + len(p)]) == p for p in SHOP_PHRASES for k in range(len(words))):
        return True
    for k, w in enumerate(words):
        before = words[k - 1] if k > 0 else ""
        if w not in SHOPS:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if w in ("shop", "store", "stores") and after in ("room", "rooms", "cupboard", "closet",
                                                           "area", "floor", "rm", "cage"):
            continue  # "the store room": ours
        if w in ("shop", "store", "stores") and after[:1].isdigit():
            continue  # "store 2", "shop 3": one of ours, by its number
        if w in ("shop", "store", "stores") and before in ("'s", "s'"):
            continue  # "the caretaker's store": a store room of someone of ours
        if w in ("shop", "store") and (before in WORKSHOP_MODIFIERS or before in PLACE_MODIFIERS):
            continue  # "the maintenance shop", "the dry store"
        if w == "store" and before.isalpha() and before not in DETERMINERS and before not in RETAIL_KINDS \
                and before not in SHOPS:
            continue  # "the AV store", "the events store", "the clinic store": a store room
            # named by what it keeps ("the hardware store", "the farm store" sell things)
        if w in ("shop", "depot") and (not before or before in DETERMINERS):
            continue  # "the shop" of a trade is its workshop ("returned the level to the shop"),
            # "the depot" ours ("Home Depot" is a shop)
        return True
    return False


def preposition_at(words: list[str], i: int) -> tuple[str, int] | None:
    """The place preposition at words[i] as (role, index after it), longest first."""
    if words[i:i + 1] == ["by"] and _size_word(words, i - 1) and _size_word(words, i + 1):
        return None  # "the twenty nine by two point four tubes", "quarter by half coil": a size
    for n in range(min(MAX_PREP, len(words) - i), 0, -1):
        role = PREPOSITIONS.get(tuple(words[i:i + n]))
        if role:
            return role, i + n
    return None


# fractions said in a size ("quarter by half pair coil")
_SIZE_FRACTIONS = frozenset({"quarter", "half", "eighth", "third"})


def _size_word(words: list[str], k: int) -> bool:
    """Whether words[k] is a number or a fraction, as the sides of a size are said."""
    if not 0 <= k < len(words):
        return False
    w = words[k]
    return w[:1].isdigit() or is_number_word(w) or w in _SIZE_FRACTIONS


# the sides of a stage, said as places ("stacked stage left")
STAGE_SIDES = frozenset({("stage", "left"), ("stage", "right"), ("house", "left"),
                         ("house", "right"), ("center", "stage"), ("centre", "stage")})


def looks_like_place(words: list[str]) -> bool:
    """A bare phrase that names a place: a place noun with an id ("room 204", "bay 3", "shelf b
    three"), a place noun that stands alone ("kitchen") or after a modifier ("the back room",
    "loading dock"), or these nested ("server room rack 2")."""
    ws = [w for w in words if w not in DETERMINERS]
    if not ws:
        return False
    if tuple(ws) in STAGE_SIDES or tuple(ws[-2:]) in PLACE_COMPOUNDS:
        return True
    if ws[0] in PLACE_HEADS and len(ws) >= 2 and 1 + id_length(ws, 1) == len(ws):
        return True
    return place_suffix(ws, 0) == 0


def nested_place(words: list[str], outer=looks_like_place) -> bool:
    """A place said bare inside another, outer first ("van glovebox", "van 2 drawer", "dry
    store top shelf"); `outer` may know more places than the rules (the catalog's)."""
    if not 2 <= len(words) <= 5 or words[0] in DETERMINERS or \
            any(preposition_at(words, k) or not w.isalnum() for k, w in enumerate(words)):
        return False  # ("in surgery", "pharmacy , 1": a place said with more than its name)
    return any((looks_like_place(words[k:]) or _part_after_id(words, k)) and outer(words[:k])
               for k in range(1, len(words)))


def _part_after_id(words: list[str], k: int) -> bool:
    """A fitting said last, after a place with its id ("van 2 drawer", "bay 3 shelf"): a part of
    that place (after a place without one it may name a thing: "kitchen cabinet")."""
    return k == len(words) - 1 and words[k] in _PLACE_PARTS and (
        any(ch.isdigit() for ch in words[k - 1]) or is_number_word(words[k - 1]))


def strip_leading(words: list[str], keep_relative: bool = False) -> int:
    """How many leading words to drop from a place: prepositions and determiners (with
    keep_relative, not a preposition that stays in the place: "under the deck")."""
    i = 0
    while i < len(words):
        prep = preposition_at(words, i)
        if prep and keep_relative and kept_prep(words[i:prep[1]]) == prep[1] - i:
            break
        if prep:
            i = prep[1]
        elif words[i] in DETERMINERS or words[i] in STRIPPED_PREPS:
            i += 1
        else:
            break
    return i


def id_length(words: list[str], i: int) -> int:
    """How many words from words[i] say an id: "12", "b3", "b three", "two oh four", "seven"."""
    n = len(words)
    if i >= n:
        return 0
    w = words[i]
    if any(ch.isdigit() for ch in w) and len(w) <= 5:
        return 1
    k = i
    letter = len(w) == 1 and w.isalpha() and w not in ("a", "i")
    if letter and i + 1 < n:
        k = i + 1  # "b three"
    j = k
    while j < n and is_number_word(words[j]) and words[j] not in ("hundred", "thousand"):
        j += 1
    if j == k:
        return 1 if letter else 0  # "b 3" (the digits are read on their own), "rack d"
    return j - i


def place_prefix(words: list[str]) -> int:
    """Length of a place said bare at the start ("aisle seven copy paper ten cases" -> 2), or 0.
    Only a place noun with an id counts: "bay 3", "drawer five", "room two oh four"."""
    if len(words) >= 3 and words[0] in ID_PLACE_HEADS:
        n = id_length(words, 1)
        if n and 1 + n < len(words):
            return 1 + n
    return 0


# tools named with a place word: no place at the end of an item ("scrap: bent hand truck")
TOOL_COMPOUNDS = frozenset({("hand", "truck"), ("pallet", "truck"), ("sack", "truck"),
                            ("platform", "truck"), ("hand", "cart"), ("toy", "truck"),
                            ("tool", "cart"), ("utility", "cart"), ("cash", "drawer")})


# fittings of a room, said after the room they are in ("garage top shelf")
_PLACE_PARTS = frozenset({"shelf", "shelves", "counter", "wall", "corner", "cabinet", "drawer",
                          "rack", "bench", "cupboard", "table", "desk", "closet", "locker"})
_LEVELS = frozenset({"floor", "fl", "flr", "level", "lvl"})
_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|top)$")


def place_suffix(words: list[str], min_start: int = 1) -> int:
    """Where a place said bare at the end starts ("mini fridge break room" -> 2), or len(words).

    Recognised: a place noun with an id ("room two oh four", "rack 2"), a place noun that
    stands alone ("kitchen", "garage"), or one after a modifier ("break room", "loading dock");
    these may nest ("server room rack 2")."""
    n = len(words)
    if n >= 3 and words[-1] in _LEVELS and _ORDINAL.match(words[-2]):
        inner = place_suffix(words[:-2], min_start)
        if inner < n - 2:
            return inner  # "linen closet 2nd floor": a place, then its floor
    start = n
    # place noun + id at the very end
    for h in range(n - 2, min_start - 1, -1):
        if words[h] in ID_PLACE_HEADS and h + 1 + id_length(words, h + 1) == n and id_length(words, h + 1):
            start = h
            break
    end = start  # a named place may stand before the id place ("server room rack 2")
    k = end - 1
    if k >= min_start and (words[k] in STRONG_PLACE_HEADS or (
            words[k] in MODIFIED_PLACE_HEADS and k >= min_start + 1 and words[k - 1] in PLACE_MODIFIERS)):
        start = k
    elif k >= min_start + 1 and words[k] in OPEN_PLACE_HEADS and _noun_modifier(words[k - 1]):
        start = k - 1  # "kit room", "gear cupboard", "vet clinic"
    elif k >= min_start + 1 and words[k] in MODIFIED_PLACE_HEADS and words[k - 1] in PLACE_HEADS:
        start = k - 1  # a place inside a place: "break rm fridge", "garage cabinet"
        k -= 1
    elif k >= min_start and end < n and words[k] in PLACE_MODIFIERS:
        start = k  # a modifier before a place with an id: "storage unit 4"
    elif k >= min_start and end < n and words[end] in OPEN_PLACE_HEADS and _noun_modifier(words[k]) \
            and words[k] not in PLACE_HEADS:
        start = k  # what a room with an id is for: "stack rm 2", "kit room 3" (not "desk room 204")
    if start == k and k - 1 >= min_start and words[k] in OPEN_PLACE_HEADS and \
            _noun_modifier(words[k - 1]) and words[k - 1] not in PLACE_MODIFIERS:
        start = k - 1  # "vet clinic", "kit room" (a strong head with what it is for)
    if start <= k:
        while start - 1 >= min_start and words[start - 1] in PLACE_MODIFIERS and start > k - 2:
            start -= 1
        if start < k and start - 1 >= min_start and words[start - 1] in STRONG_PLACE_HEADS and \
                words[k] in _PLACE_PARTS:
            start -= 1  # a place's own part: "chandlery back shelf", "garage top shelf"
    # a place with an id before it holds it: "bldg c lobby", "unit 4 kitchen"
    while start < n and start - 2 >= min_start and words[start - 2] in ID_PLACE_HEADS and \
            id_length(words, start - 1) == 1:
        start -= 2
    if 0 < start < n and (words[start - 1], words[start]) in TOOL_COMPOUNDS:
        return n  # "bent hand truck": a tool named with a place word
    return start
