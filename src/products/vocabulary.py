"""Vocabulary the matcher uses to see that two different wordings name the same product.

Matching-time only: nothing here changes `naming.name_key` (the identity stored in the
database). The matcher tries each rewrite of a said name that this file allows, at a small cost
(`matching.SYNONYM_PENALTY`), beside the name as said; an exact or closer catalog name still wins.

What belongs here is general trade and household vocabulary that a person would write without
looking at any catalog: US/UK variants ("bin bags"/"trash bags"), trade names for one tool
("box cutter"/"utility knife"), common short forms ("walkie" for a walkie talkie). What does not:
words for related but different products ("safety glasses" are not "goggles", a "shovel" is not
a "spade", a "stapler" is not a "staple gun"), and any word with a second everyday meaning in an
inventory ("tap" is also a thread-cutting tap, "bin" also a parts bin, "torch" also a blow torch,
"cooker" also a rice cooker) except in a phrase or direction where that meaning cannot arise.

Phrases are written as people say them; they go through `naming.tokens` like any said name
(plurals, spoken numbers and shorthand are forgiven the same way).
"""
from __future__ import annotations

# Phrases that name the same thing, either way round. Each group is one product wording.
EQUIVALENT_PHRASES: tuple[tuple[str, ...], ...] = (
    # office
    ("sticky notes", "post it notes", "post its", "post it", "postits", "sticky pads"),
    ("copy paper", "printer paper", "photocopy paper", "photocopier paper", "copier paper"),
    ("binder clips", "bulldog clips"),
    ("thumbtacks", "thumb tacks", "drawing pins", "push pins"),
    ("rubber bands", "elastic bands"),
    ("correction fluid", "white out", "tipex", "tippex"),
    ("dry erase markers", "whiteboard markers", "whiteboard pens", "expo markers"),
    ("permanent markers", "sharpies"),
    ("scotch tape", "sellotape", "sticky tape", "clear tape"),
    ("whiteboard", "dry erase board", "white board"),
    ("filing cabinet", "file cabinet"),
    ("label printer", "label maker"),
    ("toner", "toner cartridge"),
    ("ink", "ink cartridge"),
    ("packing tape", "parcel tape", "packaging tape", "shipping tape", "box tape"),
    ("shipping boxes", "cardboard boxes", "moving boxes", "shipping cartons"),
    ("file folders", "manila folders"),
    ("hanging folders", "hanging files", "suspension files"),
    ("ballpoint pens", "ball point pens", "biros"),
    ("hole punch", "paper punch"),
    ("laminating pouches", "laminator pouches"),
    ("whiteboard eraser", "board rubber", "board eraser", "whiteboard rubber", "dry eraser"),
    ("receipt paper", "till roll", "till rolls", "receipt rolls", "thermal paper", "thermal rolls"),
    ("card reader", "card machine", "card terminal", "payment terminal", "chip and pin machine"),
    # kitchen and breakroom
    ("dish soap", "washing up liquid", "dish liquid", "dishwashing liquid", "dish detergent",
     "dishwashing soap", "washing up soap"),
    ("paper towels", "kitchen roll", "kitchen paper", "paper towel roll"),
    ("plastic wrap", "cling film", "cling wrap", "saran wrap"),
    ("aluminium foil", "tin foil", "kitchen foil"),
    ("coffee beans", "espresso beans", "whole bean coffee"),
    ("dish towels", "tea towels"),
    ("oven mitts", "oven gloves"),
    ("fridge", "refrigerator"),
    ("soda", "soft drinks", "fizzy drinks"),
    ("zucchini", "courgette"),
    ("eggplant", "aubergine"),
    ("cilantro", "coriander"),
    ("scallions", "spring onions", "green onions"),
    ("bell peppers", "capsicum"),
    ("dishwasher tablets", "dishwasher pods", "dishwasher tabs"),
    ("scouring pads", "scrubbing pads", "scrub pads", "brillo pads"),
    ("napkins", "serviettes"),
    ("sweetener", "sugar substitute"),
    ("coffee pods", "coffee capsules", "k cups", "kcups"),
    # cleaning
    ("trash bags", "garbage bags", "bin bags", "rubbish bags", "refuse sacks", "bin sacks"),
    ("trash can", "garbage can", "rubbish bin", "waste bin", "wastebasket", "waste paper basket"),
    ("toilet paper", "toilet roll", "loo roll", "bathroom tissue"),
    ("hand soap", "hand wash", "liquid hand soap"),
    ("hand sanitizer", "hand sanitiser", "hand gel", "sanitizer gel"),
    ("disinfectant wipes", "sanitizing wipes", "antibacterial wipes", "clorox wipes"),
    ("window cleaner", "glass cleaner", "windex"),
    ("dustpan", "dust pan"),
    ("rubber gloves", "washing up gloves", "dish gloves", "marigolds"),
    ("air freshener", "room spray"),
    ("shop towels", "shop rags"),
    ("facial tissue", "kleenex", "kleenex tissues"),
    ("pillowcase", "pillow case", "pillow slip", "pillowslip"),
    ("bathrobe", "bath robe", "dressing gown"),
    ("rock salt", "road salt", "grit salt", "gritting salt", "de icing salt"),
    ("jump rope", "skipping rope", "skip rope"),
    ("toilet auger", "toilet snake", "closet auger"),
    ("drain snake", "drain auger", "plumbers snake"),
    # workshop and tools
    ("utility knife", "box cutter", "stanley knife", "razor knife"),
    ("adjustable wrench", "adjustable spanner", "crescent wrench"),
    ("allen key", "allen wrench", "hex key"),
    ("needle nose pliers", "long nose pliers"),
    ("locking pliers", "vise grips", "mole grips"),
    ("tongue and groove pliers", "channel locks", "water pump pliers"),
    ("tape measure", "measuring tape", "tape rule"),
    ("spirit level", "bubble level"),
    ("caulking gun", "caulk gun", "sealant gun", "mastic gun"),
    ("sandpaper", "sand paper", "abrasive paper", "glass paper"),
    ("circular saw", "skil saw", "skilsaw"),
    ("reciprocating saw", "sawzall", "recip saw"),
    ("miter saw", "mitre saw", "chop saw", "drop saw"),
    ("cordless drill", "drill driver", "battery drill"),
    ("hammer drill", "percussion drill"),
    ("shop vac", "shop vacuum", "wet dry vac", "wet vac", "wet and dry vac", "wet dry vacuum"),
    ("vacuum cleaner", "hoover"),
    ("wheelbarrow", "barrow"),
    ("hand truck", "dolly", "sack truck", "sack barrow"),
    ("pallet jack", "pallet truck", "pump truck"),
    ("stud finder", "stud detector", "stud sensor"),
    ("multimeter", "multi meter", "voltmeter", "volt meter"),
    ("soldering iron", "solder iron"),
    ("heat gun", "hot air gun"),
    ("staple gun", "tacker"),
    ("angle grinder", "disc grinder", "side grinder"),
    ("hedge trimmer", "hedge cutter"),
    ("string trimmer", "weed eater", "weed whacker", "line trimmer"),
    ("pressure washer", "power washer", "jet washer"),
    ("tarp", "tarpaulin"),
    ("flathead screwdriver", "flat head screwdriver", "slotted screwdriver"),
    ("phillips screwdriver", "cross head screwdriver", "crosshead screwdriver"),
    ("sledgehammer", "sledge hammer"),
    ("crowbar", "pry bar", "wrecking bar"),
    ("hacksaw", "hack saw"),
    ("workbench", "work bench"),
    ("vise", "vice"),
    ("ratchet straps", "tie down straps", "tie downs"),
    ("bungee cords", "bungee straps", "bungees", "octopus straps"),
    ("work light", "work lamp", "shop light"),
    ("zip ties", "cable ties", "tie wraps"),
    ("duct tape", "duck tape"),
    ("wood glue", "pva glue", "carpenters glue", "yellow glue"),
    ("wd40", "penetrating oil"),
    ("joint compound", "drywall mud", "drywall compound", "jointing compound"),
    # building materials
    ("drywall", "sheetrock", "sheet rock", "plasterboard", "gypsum board", "gyprock", "wallboard"),
    ("plywood", "ply"),
    ("osb", "oriented strand board", "chipboard"),
    # electrical
    ("gfci", "gfi"),
    ("power strip", "power bar", "power board", "multi plug"),
    ("junction box", "j box"),
    ("wire nuts", "wire connectors", "marettes"),
    ("electrical tape", "insulating tape", "insulation tape"),
    ("light bulbs", "lightbulbs", "light globes", "bulbs"),
    ("power outlet", "power socket", "wall socket", "plug socket", "power point"),
    ("outlet", "receptacle"),
    ("romex", "nm cable"),
    ("light switch", "wall switch"),
    ("dimmer", "dimmer switch"),
    ("smoke detector", "smoke alarm"),
    ("carbon monoxide detector", "co detector", "co alarm", "carbon monoxide alarm"),
    # plumbing
    ("plumbers tape", "ptfe tape", "teflon tape", "thread seal tape"),
    ("hose clamp", "hose clip", "jubilee clip"),
    ("shutoff valve", "stop valve", "isolation valve", "stopcock"),
    ("water heater", "hot water heater", "hot water tank"),
    ("kitchen faucet", "kitchen tap"),
    ("bathroom faucet", "bathroom tap"),
    ("garden hose", "hosepipe", "hose pipe"),
    ("p trap", "sink trap"),
    # IT and phones
    ("laptop dock", "docking station", "laptop docking station"),
    ("usb c charger", "type c charger", "usb c power adapter"),
    ("ethernet cable", "network cable", "patch cable", "lan cable"),
    ("ethernet switch", "network switch"),
    ("wifi router", "wireless router"),
    ("access point", "wireless access point"),
    ("webcam", "web camera"),
    ("barcode scanner", "barcode reader", "bar code scanner", "bar code reader", "scanner gun",
     "scan gun", "barcode gun"),
    ("usb stick", "flash drive", "thumb drive", "usb drive", "memory stick", "pen drive"),
    ("hard drive", "hard disk"),
    ("ssd", "solid state drive"),
    ("power bank", "portable charger"),
    ("ups", "battery backup", "uninterruptible power supply"),
    ("cell phone", "mobile phone", "cellphone"),
    ("walkie talkie", "two way radio", "handheld radio"),
    ("laptop charger", "laptop power supply", "laptop adapter"),
    ("sd card", "memory card"),
    # stage and events
    ("fog machine", "smoke machine", "fogger"),
    ("fog fluid", "fog juice", "smoke fluid", "fog machine fluid"),
    ("lapel mic", "lav mic", "lavalier mic", "lavalier", "lavalier microphone", "lapel microphone"),
    ("gaffer tape", "gaff tape", "gaffa tape"),
    # safety
    ("hard hat", "safety helmet", "hardhat"),
    ("eyewash station", "eye wash station"),
    ("hi vis jacket", "high vis jacket", "high visibility jacket"),
    ("hi vis vest", "high vis vest", "high visibility vest", "safety vest", "reflective vest"),
    ("ear muffs", "ear defenders"),
    ("first aid kit", "first aid box", "medical kit", "med kit"),
    ("safety glasses", "safety specs"),
    # farm and grounds
    ("layer pellets", "layers pellets", "layer feed"),
    ("chicken feed", "poultry feed", "chook feed"),
    ("baling twine", "bale twine", "baler twine"),
    ("water trough", "stock tank"),
    ("weed killer", "herbicide"),
    ("bug spray", "insect repellent"),
    ("lawn mower", "lawnmower"),
    ("pitchfork", "hay fork"),
    ("t posts", "star pickets"),
    ("salt lick", "salt block", "mineral block", "mineral lick"),
    ("fly spray", "fly repellent"),
    ("scratch grains", "scratch grain", "scratch feed"),
    ("hay net", "haynet", "hay bag"),
    ("stock trailer", "livestock trailer"),
    ("quad bike", "atv", "four wheeler"),
)

# Single words that mean the same wherever they stand in a name.
EQUIVALENT_WORDS: tuple[tuple[str, ...], ...] = (
    ("wrench", "spanner"),
    ("trash", "garbage", "rubbish"),
    ("bucket", "pail"),
    ("fertilizer", "fertiliser"),
    ("sneakers", "trainers"),
    ("pants", "trousers"),
    ("tuxedo", "tux"),
    ("telephone", "phone"),
)

# Words that mean the same only as the last word of a name, where the other meaning cannot be
# meant: "hdmi lead" is an hdmi cable, "lead weights" are not cable weights.
EQUIVALENT_HEADS: tuple[tuple[str, ...], ...] = (
    ("cable", "cord", "lead"),
    ("bag", "sack"),
    ("cart", "trolley"),       # "tool trolley", "shopping trolley"
    ("cabinet", "cupboard"),
    ("can", "bin"),            # "garbage bin", "recycling can"; a lone "bin" is a parts bin too
    ("jug", "pitcher"),
    ("dress", "gown"),         # "victorian gown"; a "dressing gown" is a bathrobe (a phrase above)
)

# One way only: a said wording that names the catalog wording, but not the other way round.
# A short form ("walkie") names the full name; a family name ("plant milk") names each of its
# kinds, so a catalog with two kinds makes it a question rather than a guess; a shorthand with a
# second reading after `naming.ABBREVIATIONS` ("fire ext" reads "fire extension").
SAID_MEANS: dict[str, tuple[str, ...]] = {
    "walkie": ("walkie talkie",),
    "walkies": ("walkie talkie",),
    "laser": ("laser level",),
    "torch": ("flashlight",),
    "genny": ("generator",),
    "fire extension": ("fire extinguisher",),
    "plant milk": ("oat milk", "almond milk", "soy milk", "rice milk", "coconut milk",
                   "cashew milk"),
    "non dairy milk": ("oat milk", "almond milk", "soy milk", "rice milk", "coconut milk",
                       "cashew milk"),
    "dairy free milk": ("oat milk", "almond milk", "soy milk", "rice milk", "coconut milk",
                        "cashew milk"),
    "alt milk": ("oat milk", "almond milk", "soy milk", "rice milk", "coconut milk",
                 "cashew milk"),
    "sharpie": ("permanent marker",),
    "tp": ("toilet paper",),
    "hoover": ("vacuum", "vacuum cleaner"),
    "mud": ("joint compound",),
    # a tool named by the word that tells it apart, as trades do ("grab the impact")
    "impact": ("impact driver", "impact wrench"),
    "adjustable": ("adjustable wrench", "adjustable spanner"),
    "circular": ("circular saw",),
    "recip": ("reciprocating saw",),
    "orbital": ("orbital sander",),
}

# Brands known well enough that the brand alone names its products ("the dewalt", "hp 26a"):
# with one such product in the catalog it is that one, with several we ask. Only names with no
# everyday meaning of their own (not "apple", "brother", "pilot", "scotch", "zebra").
BRANDS = frozenset("""
dewalt makita milwaukee bosch ryobi hilti festool ridgid metabo hitachi stihl husqvarna
craftsman kobalt irwin knipex wera dremel karcher dyson miele vileda rubbermaid hp dell lenovo
logitech epson samsung sony bose shure sennheiser behringer crayola bic avery clorox lysol dettol
domestos ti casio cisco netgear ubiquiti anker belkin duracell energizer panasonic philips osram
ikea nespresso keurig dymo honeywell kidde yale schlage kwikset loctite rustoleum dulux behr
valspar graco toro honda yamaha makerbot brita vitamix kitchenaid cuisinart
""".split())

# Family head nouns and their kinds, for names whose head noun is the kind: "hat" may be the
# catalog's fedora as much as its top hat, so with both we ask. A kind counts as a word left out.
# Only kinds that are that family in every sense ("spot" is a light only as a theatre spot).
KINDS: dict[str, tuple[str, ...]] = {
    "light": ("fresnel", "spotlight", "follow spot", "floodlight", "lantern", "uplighter",
              "strobe", "par can"),
    "hat": ("fedora", "beanie", "bowler", "trilby", "stetson", "beret", "bonnet", "sombrero",
            "baseball cap", "flat cap"),
    "shoe": ("sneakers", "trainers", "loafers", "sandals", "heels", "brogues", "oxfords"),
    "computer": ("laptop", "desktop", "chromebook", "macbook", "notebook computer"),
    "laptop": ("chromebook", "macbook", "notebook computer"),
    "wine": ("merlot", "chardonnay", "cabernet", "pinot", "prosecco", "champagne", "shiraz",
             "sauvignon blanc", "riesling", "malbec", "rioja", "rose wine"),
    "beer": ("lager", "ale", "ipa", "stout", "pilsner", "porter"),
    "spirit": ("vodka", "gin", "rum", "whiskey", "whisky", "tequila", "bourbon", "brandy"),
    "liquor": ("vodka", "gin", "rum", "whiskey", "whisky", "tequila", "bourbon", "brandy"),
    "instrument": ("guitar", "violin", "piano", "drum", "trumpet", "flute", "clarinet",
                   "saxophone", "cello"),
    "vehicle": ("van", "truck", "car", "forklift", "pickup"),
}

# Said words that only say "the ordinary one": "regular milk" is the catalog's plain "milk".
# They may go unmatched only against a name with no words of its own left over, so "regular
# coffee" never becomes "decaf coffee".
DEFAULT_WORDS = frozenset("regular normal plain standard ordinary usual".split())

# Clothing and glove sizes said as letters, after the name they size ("nitrile gloves l").
SIZE_LETTERS = {
    "xs": ("extra", "small"), "s": ("small",), "m": ("medium",), "l": ("large",),
    "xl": ("extra", "large"), "xxl": ("extra", "extra", "large"),
}
