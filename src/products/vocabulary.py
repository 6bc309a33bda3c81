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
    ("paper towels", "kitchen roll", "kitchen paper", "paper towel roll", "blue roll"),
    ("plastic wrap", "cling film", "cling wrap", "saran wrap", "glad wrap", "food wrap"),
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
    ("circular saw", "skil saw", "skilsaw", "skill saw"),
    ("construction adhesive", "liquid nails", "grab adhesive"),
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
    ("string trimmer", "weed eater", "weed whacker", "line trimmer", "strimmer"),
    ("pressure washer", "power washer", "jet washer", "jet wash"),
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
    # not "bulbs" alone: flower bulbs, and a "headlight bulb" is no light bulb for a room
    ("light bulbs", "lightbulbs", "light globes", "led bulbs"),
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
    ("usb c charger", "type c charger", "usb c power adapter", "usb c power brick"),
    ("charger", "power brick", "charging brick", "wall charger"),
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
    ("wireless mic", "radio mic", "wireless microphone", "radio microphone"),
    ("lapel mic", "lav mic", "lavalier mic", "lavalier", "lavalier microphone", "lapel microphone"),
    ("gaffer tape", "gaff tape", "gaffa tape"),
    # safety
    ("hard hat", "safety helmet", "hardhat"),
    ("eyewash station", "eye wash station"),
    ("hi vis jacket", "high vis jacket", "high visibility jacket", "hi viz jacket"),
    ("hi vis vest", "high vis vest", "high visibility vest", "safety vest", "reflective vest",
     "hi viz vest"),
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
    ("secateurs", "pruning shears", "pruners", "hand pruners"),
    ("loppers", "lopping shears"),
    ("ride on mower", "riding mower", "ride on lawn mower", "lawn tractor"),
    ("potting mix", "potting soil", "potting compost"),
    ("gardening gloves", "garden gloves"),
    # warehouse and shipping
    ("stretch wrap", "stretch film", "pallet wrap", "pallet film"),
    ("forklift", "fork lift", "fork truck", "lift truck"),
    ("packing peanuts", "foam peanuts", "packing noodles", "loose fill"),
    ("tape gun", "packing tape dispenser", "tape gun dispenser"),
    ("traffic cones", "safety cones", "road cones"),
    ("safety boots", "steel toe boots", "steel toe cap boots", "steel capped boots"),
    ("padded envelopes", "bubble mailers", "jiffy bags", "padded mailers"),
    ("roll cage", "cage trolley", "roll container"),
    ("wall plugs", "rawlplugs", "wall anchors"),
    ("velcro", "hook and loop tape", "hook and loop"),
    ("ziploc bags", "ziplock bags", "zip lock bags", "resealable bags", "zip top bags"),
    # restaurant, bar and kitchen
    ("parchment paper", "baking paper", "greaseproof paper", "baking parchment"),
    ("sheet pan", "baking sheet", "baking tray", "sheet tray"),
    ("hotel pan", "gastronorm pan", "gn pan", "steam table pan"),
    ("cutting board", "chopping board"),
    ("squeeze bottles", "squirt bottles"),
    ("to go containers", "takeout containers", "takeaway containers", "take out boxes",
     "to go boxes", "clamshell containers"),
    ("straws", "drinking straws"),
    ("club soda", "soda water"),
    ("simple syrup", "sugar syrup", "gomme syrup"),
    ("bar mat", "bar runner", "spill mat"),
    ("cocktail shaker", "shaker tin", "boston shaker"),
    ("tonic water", "tonic"),
    ("coca cola", "coke"),
    ("chef knife", "chefs knife", "cooks knife", "french knife"),
    ("quart deli containers", "32oz deli containers", "quart delis", "quart deli",
     "quart containers"),
    ("pint deli containers", "16oz deli containers", "pint delis", "pint deli",
     "pint containers"),
    ("jigger", "spirit measure", "bar measure"),
    ("co2 cylinder", "co2 tank", "co2 bottle"),
    ("piping bags", "pastry bags", "icing bags"),
    ("fryer oil", "frying oil", "deep fryer oil", "fry oil"),
    ("sugar packets", "sugar sachets", "sugar sticks"),
    ("ketchup", "catsup"),
    ("romaine lettuce", "cos lettuce"),
    ("heavy cream", "heavy whipping cream", "double cream"),
    ("powdered sugar", "icing sugar", "confectioners sugar"),
    ("cornstarch", "cornflour", "corn starch"),
    ("baking soda", "bicarbonate of soda", "bicarb", "bicarb soda"),
    ("all purpose flour", "plain flour", "ap flour"),
    ("ground beef", "minced beef", "beef mince"),
    ("shrimp", "prawns"),
    ("coffee maker", "coffee machine"),
    ("vacuum flask", "thermos"),
    ("styrofoam cups", "foam cups", "polystyrene cups"),
    # IT and AV
    ("power supply", "psu", "power supply unit"),
    ("graphics card", "video card", "gpu"),
    ("ram stick", "ram module", "memory module"),  # not a lone "ram"
    ("motherboard", "mobo", "mainboard"),
    ("network card", "nic", "network adapter", "ethernet adapter"),
    ("external hard drive", "external drive", "portable hard drive"),
    ("wireless mouse", "cordless mouse"),
    ("wireless keyboard", "cordless keyboard"),
    ("lightning cable", "iphone cable", "iphone charging cable"),
    ("label tape", "label cartridge", "label maker tape"),
    ("surge protector", "surge suppressor"),
    ("projector screen", "projection screen"),
    ("server rack", "network rack", "data cabinet", "comms rack", "comms cabinet"),
    ("tv", "television", "telly"),
    ("air conditioner", "ac unit", "air con", "aircon", "air conditioning unit"),
    ("space heater", "portable heater"),
    # events and stage
    ("chiavari chairs", "tiffany chairs"),
    ("tablecloth", "table cloth"),
    ("table skirt", "table skirting"),
    ("pipe and drape", "pipe drape"),
    ("tent stakes", "tent pegs", "marquee stakes", "marquee pegs", "ground stakes"),
    ("mixing desk", "sound desk", "mixing console", "sound board", "audio mixer"),
    ("di box", "direct box"),
    ("pop up gazebo", "pop up tent", "canopy tent", "ez up"),
    ("stage deck", "staging deck", "stage platform"),
    ("crowd barrier", "crowd control barrier", "pedestrian barrier"),
    ("stanchions", "queue posts", "queue barriers", "retractable belt barriers"),
    ("fairy lights", "string lights", "twinkle lights"),
    ("haze fluid", "haze juice"),
    ("haze machine", "hazer"),
    ("presentation clicker", "presenter remote", "slide clicker", "slide advancer",
     "presentation remote"),
    ("lectern", "podium"),
    ("portable toilet", "porta potty", "portaloo", "port a loo"),
    ("spike tape", "spiking tape"),
    ("lighting gel", "color gel", "gel filter"),
    ("wig head", "wig stand", "wig block", "canvas head"),
    ("garment rack", "garment rail", "clothes rail", "clothing rack", "rolling rack",
     "costume rail"),
    # fleet and garage
    ("wiper blades", "wipers", "windshield wipers"),
    ("washer fluid", "screenwash", "screen wash", "windshield washer fluid", "wiper fluid"),
    ("antifreeze", "coolant", "engine coolant"),
    ("engine oil", "motor oil"),
    ("jump starter", "jump pack", "jump box", "booster pack"),
    ("jumper cables", "jump leads", "booster cables", "jumper leads"),
    ("floor jack", "trolley jack"),
    ("jack stands", "axle stands"),
    ("tire pressure gauge", "tire gauge"),
    ("lug wrench", "wheel brace", "tire iron", "wheel wrench"),
    ("ratchet", "socket wrench"),
    ("cabin filter", "pollen filter", "cabin air filter"),
    ("oil drain pan", "drain pan", "oil drip tray"),
    ("license plate", "licence plate", "number plate", "registration plate"),
    ("dash cam", "dashcam", "dashboard camera"),
    ("fuel can", "jerry can", "gas can", "petrol can"),
    ("diesel exhaust fluid", "adblue"),
    ("snow chains", "tire chains"),
    ("impact wrench", "rattle gun", "impact gun", "air impact wrench"),
    # hotel, housekeeping and laundry
    ("duvet", "doona", "continental quilt"),
    ("duvet cover", "doona cover", "quilt cover"),
    ("washcloth", "face cloth", "facecloth", "face flannel", "wash cloth"),
    ("luggage rack", "luggage stand", "suitcase stand"),
    ("laundry detergent", "washing powder", "laundry powder", "laundry soap"),
    ("fabric softener", "fabric conditioner"),
    ("toilet brush", "loo brush"),
    ("toilet cleaner", "toilet bowl cleaner"),
    ("mop head", "mop refill"),
    ("rollaway bed", "rollaway", "folding bed"),
    ("hair dryer", "hairdryer", "blow dryer"),
    ("key cards", "keycards", "room key cards"),
    ("spray bottles", "trigger sprayers", "trigger bottles"),
    ("all purpose cleaner", "multi purpose cleaner", "multi surface cleaner"),
    ("wet floor sign", "caution sign", "wet floor cone", "caution wet floor sign"),
    ("push broom", "yard broom", "yard brush", "sweeping brush"),
    ("cotton buds", "q tips", "cotton swabs"),
    ("lip balm", "chapstick"),
    ("petroleum jelly", "vaseline"),
    # school and office
    ("glue sticks", "pritt sticks"),
    ("pencil eraser", "pencil rubber"),
    ("colored pencils", "colouring pencils", "pencil crayons", "coloring pencils"),
    ("felt tips", "felt tip pens", "felt pens"),
    ("bibs", "pinnies", "training bibs", "scrimmage vests"),
    ("safety goggles", "lab goggles", "protective goggles"),
    ("graph paper", "squared paper", "grid paper"),
    ("lined paper", "ruled paper"),
    ("construction paper", "sugar paper"),
    ("notepads", "writing pads"),
    ("highlighters", "highlighter pens", "hi liters"),
    ("desk organizer", "desk tidy"),
    ("name badges", "name tags"),
    # retail
    ("price gun", "pricing gun", "price tag gun", "price labeller"),
    ("price labels", "price stickers"),
    ("shopping baskets", "hand baskets"),
    ("carrier bags", "shopping bags"),
    ("cash register", "till"),
    ("cash drawer", "till drawer"),
    ("security tags", "ink tags", "anti theft tags", "eas tags"),
    ("tag remover", "tag detacher", "detacher"),
    ("clothes hangers", "coat hangers"),
    ("gift wrap", "wrapping paper"),
    ("shelf labels", "shelf edge labels", "shelf tickets"),
    # first aid
    ("band aids", "bandaids", "adhesive bandages", "sticking plasters"),
    ("paracetamol", "acetaminophen", "tylenol"),
    ("ibuprofen", "advil", "nurofen"),
    ("gauze pads", "gauze swabs"),
    ("instant cold packs", "instant ice packs"),
    ("surgical masks", "medical masks", "procedure masks"),
    ("defibrillator", "aed"),
    ("sharps container", "sharps bin", "sharps box"),
    ("blood pressure monitor", "bp monitor", "sphygmomanometer", "blood pressure cuff", "bp cuff"),
    ("specimen cups", "sample cups", "urine cups", "specimen pots", "sample pots"),
    ("pulse oximeter", "pulse ox", "oximeter"),
    ("tongue depressors", "tongue blades"),
    ("exam table", "examination table", "exam couch"),
    ("alcohol wipes", "alcohol swabs", "alcohol prep pads", "prep pads"),
    ("iv pole", "iv stand", "drip stand"),
    # gym, salon, outdoors, pets
    ("treadmill", "running machine"),
    ("exercise bike", "stationary bike", "spin bike"),
    ("resistance bands", "exercise bands", "therabands"),
    ("medicine ball", "med ball"),
    ("hair straighteners", "straighteners", "flat iron"),
    ("curling iron", "curling tongs"),
    ("bobby pins", "hair grips", "kirby grips"),
    ("hair ties", "hair elastics", "hair bobbles"),
    ("camping stove", "camp stove"),
    ("cool box", "cooler box", "esky", "chilly bin"),
    ("head torch", "headlamp"),
    ("flip flops", "jandals"),
    ("sunscreen", "sunblock", "sun cream", "suncream", "sun lotion"),
    ("life jacket", "life vest", "pfd", "buoyancy aid", "personal flotation device"),
    ("floor pump", "track pump"),
    ("patch kit", "puncture repair kit", "puncture kit", "tube patch kit"),
    ("lightening powder", "bleach powder", "lightener"),
    ("cat litter", "kitty litter"),
    ("dog poop bags", "poop bags", "poo bags", "dog waste bags"),
    # bakery and florist
    ("cake tin", "cake pan"),
    ("can lids", "can ends"),
    ("muffin tin", "muffin tray", "muffin pan"),
    ("cooling rack", "wire rack", "cooling tray"),
    ("cookie cutters", "biscuit cutters"),
    ("cupcake cases", "cupcake liners", "muffin cases", "baking cups"),
    ("frosting", "icing"),
    ("floral foam", "oasis foam", "wet foam", "oasis"),
    ("puppy training pads", "puppy pads", "wee wee pads", "training pads", "pee pads"),
    ("cohesive bandage", "vet wrap", "vetwrap", "self adhesive bandage", "coban"),
    ("dried yeast", "dry yeast", "instant yeast", "fast action yeast", "quick yeast",
     "easy bake yeast"),
    ("florist wire", "floral wire"),
    # building trades
    ("rebar", "reinforcing bar", "reo bar"),
    ("cement mixer", "concrete mixer"),
    ("scaffold tower", "scaffolding tower", "mobile scaffold"),
    ("n95 masks", "n95 respirators"),
    ("chalk line", "chalk reel", "snap line"),
    ("tile adhesive", "tile glue"),
    ("silicone sealant", "silicone caulk", "silicone"),
    ("expanding foam", "spray foam", "expanding foam filler"),
    ("masonry bit", "masonry drill bit"),
    ("drop cloth", "dust sheet", "drop sheet", "painters drop cloth"),
    ("paint thinner", "mineral spirits", "white spirit"),
    ("dumpster", "skip bin"),
    ("heat shrink", "heat shrink tubing", "heatshrink"),
    ("crimp connectors", "crimp terminals"),
    ("terminal block", "connector block", "choc block", "chocolate block"),
    ("pipe cutter", "tube cutter"),
    ("pipe wrench", "stillson", "stillson wrench"),
    ("drain cleaner", "drain unblocker"),
    ("pipe insulation", "pipe lagging", "lagging"),
    # kitchen, office and IT
    ("frying pan", "skillet", "fry pan"),
    ("microwave", "microwave oven"),
    ("chef jacket", "chefs jacket", "chef whites"),
    ("hairnets", "hair nets"),
    ("lever arch files", "lever arch folders"),
    ("sheet protectors", "plastic wallets", "punched pockets", "poly pockets"),
    ("staple remover", "staple puller"),
    ("paper cutter", "paper trimmer", "guillotine"),
    ("kettle lead", "iec cable", "iec power cable"),
    ("displayport cable", "dp cable"),
    ("monitor arm", "monitor mount"),
    ("laptop stand", "laptop riser"),
    ("sfp module", "sfp transceiver"),
)

# Single words that mean the same wherever they stand in a name.
EQUIVALENT_WORDS: tuple[tuple[str, ...], ...] = (
    ("wrench", "spanner"),
    ("trash", "garbage", "rubbish"),
    ("bucket", "pail"),
    ("fertilizer", "fertiliser"),
    ("sneakers", "trainers"),
    ("pants", "trousers"),
    # US/UK spellings
    ("color", "colour"), ("colored", "coloured"), ("gray", "grey"), ("fiber", "fibre"),
    ("microfiber", "microfibre"), ("center", "centre"), ("theater", "theatre"), ("tire", "tyre"),
    ("mold", "mould"), ("catalog", "catalogue"), ("donut", "doughnut"),
    ("jewelry", "jewellery"), ("pajamas", "pyjamas"), ("organizer", "organiser"),
    ("sanitizer", "sanitiser"), ("deodorizer", "deodoriser"), ("moisturizer", "moisturiser"),
    ("yogurt", "yoghurt"), ("chili", "chilli"), ("whiskey", "whisky"), ("windshield", "windscreen"),
    ("flavor", "flavour"), ("plow", "plough"), ("ax", "axe"),
    # fractions said as words before what they divide: "half barrel" kegs, "half sheet" pans
    ("half", "1/2"), ("quarter", "1/4"),
    # who it is for
    ("child", "kid", "children", "childrens", "kids"), ("pediatric", "paediatric"),
    # short forms
    ("microphone", "mic"), ("bicycle", "bike"), ("laboratory", "lab"),
    ("tuxedo", "tux"), ("goalkeeper", "goalie"),
    ("telephone", "phone"),
    ("number", "no"),  # "clipper blade no 40"
    ("mister", "mr"),  # "mister zogs" for "Mr Zogs"
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
    "foil": ("aluminium foil",),
    "zip ties": ("nylon cable ties",),  # a zip tie is a nylon one; "cable ties" may be velcro
    "tie wraps": ("nylon cable ties",),
    "dock": ("docking station",),   # a loading dock is a place, not a product
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
valspar graco toro honda yamaha makerbot brita vitamix kitchenaid cuisinart michelin goodyear
bridgestone pirelli ngk castrol mobil jameson heineken guinness smirnoff
absolut bacardi tanqueray hendricks baileys kahlua jagermeister aperol campari budweiser peroni
carlsberg coors schweppes jabra qsc
""".split())

# Vehicle models a part is listed for, after its noun ("front brake pads transit").
VEHICLE_MODELS = frozenset(
    "transit sprinter hilux vivaro ducato transporter crafter navara".split())

# Family head nouns and their kinds, for names whose head noun is the kind: "hat" may be the
# catalog's fedora as much as its top hat, so with both we ask. A kind counts as a word left out.
# The kind is matched as a head noun, so a catalog name that adds words before it ("led fresnel",
# "house merlot") counts too: only kinds that are that family in every sense and in any such name
# ("spot" is a light only as a theatre spot; a "champagne flute" is no instrument).
_SPIRITS = ("vodka", "gin", "rum", "whiskey", "whisky", "tequila", "bourbon", "brandy")
KINDS: dict[str, tuple[str, ...]] = {
    "light": ("fresnel", "spotlight", "follow spot", "floodlight", "flashlight", "lantern",
              "uplighter", "strobe", "par can"),
    "hat": ("fedora", "beanie", "bowler", "trilby", "stetson", "beret", "sombrero",
            "baseball cap", "flat cap"),
    "shoe": ("sneakers", "trainers", "loafers", "sandals", "heels", "brogues", "oxfords"),
    "computer": ("laptop", "desktop", "chromebook", "macbook", "thinkpad", "notebook computer"),
    "laptop": ("chromebook", "macbook", "thinkpad", "notebook computer"),
    "wine": ("merlot", "chardonnay", "cabernet", "pinot", "prosecco", "champagne", "shiraz",
             "sauvignon blanc", "riesling", "malbec", "rioja", "rose wine"),
    "beer": ("lager", "ale", "ipa", "stout", "pilsner", "porter"),
    "spirit": _SPIRITS,
    "liquor": _SPIRITS,
    # not "flute" (a champagne flute), "drum" (an oil drum), "pickup" (a guitar's), "bonnet"
    "instrument": ("guitar", "violin", "piano", "trumpet", "clarinet", "saxophone", "cello"),
    "vehicle": ("van", "truck", "car", "forklift"),
    "saw": ("hacksaw", "jigsaw", "chainsaw", "handsaw", "bandsaw"),
    "cheese": ("cheddar", "mozzarella", "parmesan", "brie", "feta", "gouda", "halloumi"),
    "pasta": ("spaghetti", "penne", "fusilli", "linguine", "macaroni", "lasagne", "rigatoni",
              "tagliatelle"),
    "camera": ("dslr", "camcorder", "gopro"),
    "phone": ("iphone", "smartphone"),
    "tablet": ("ipad",),
    # compounds that are a kind of their last word (matching.is_compound_tail); not "wheelchair"
    "robe": ("bathrobe",),
    "ball": ("basketball", "volleyball", "football", "baseball", "softball", "netball"),
    "board": ("snowboard", "skateboard", "surfboard", "paddleboard", "bodyboard", "wakeboard"),
    "meter": ("multimeter", "voltmeter", "ammeter", "wattmeter"),
    "stick": ("drumstick",),
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


def _head_nouns() -> frozenset[str]:
    """The last words of the vocabulary's wordings: nouns that name a thing of their own, so a
    person who says one alone means that thing, not a catalog product it only describes
    ("drill" is no "drill bit set")."""
    phrases = [p for group in EQUIVALENT_PHRASES + EQUIVALENT_WORDS + EQUIVALENT_HEADS for p in group]
    phrases += [p for said, means in SAID_MEANS.items() for p in (said,) + means]
    phrases += [p for family, kinds in KINDS.items() for p in (family,) + kinds]
    return frozenset(p.split()[-1] for p in phrases)


HEAD_NOUNS = _head_nouns()
