"""Round 26 review (matcher on gold words): the round's short forms narrowed where a read-only
review found unsafe answers. Each number said beside two measures must find its own measure:
"needles 25g x 25" is no "25g x 16mm" (its 25 is not the 25g said again). A word said clipped
counts only where the words said with it make it sure: the term said but for its tail
("potassium meta", "sodium hypo"), a name the clipping begins with the next word said ("tri
bandages"), words naming the product alone ("para rockets"), or, beside measures only, a learned
prefix for what the thing is ("hypo 25l" for sodium hypochlorite 25l); not "hypo tablets" where
the catalog has glucose tablets too, "hypo kit", "meta pellets" (metaldehyde free), "para 100ml"
(liquid paraffin oral emulsion), "perm 500g". The reviewer's catalogs are kept whole, their other
names being the traps. A drug or trade name said alone before its only spray ("permethrin") stays
as the round left it (see the xfail below)."""
import pytest

from matcher_kit import catalog_of, label


def answer(catalog, said):
    """The product matched, or NEW / AMBIGUOUS; the same as scoring every name (not to the point
    where a measure is said apart from its "x": "25g x 16" scores 83 there, 83.3 scored whole)."""
    cat = catalog_of(CATALOGS[catalog])
    res, slow = cat.resolve_product(said), cat.products.resolve_brute_force(said)
    assert (res.outcome, res.id) == (slow.outcome, slow.id), said
    return label(res)

N, A = "NEW", "AMBIGUOUS"

CATALOGS = {
    'needles': [
        'nitrile gloves medium', 'apron roll', 'sharps bin 1l', 'alcohol wipes', 'cotton balls',
        'tourniquet', 'blue roll', 'plasters assorted', 'micropore tape 2.5cm', 'crepe bandage 7.5cm',
        'syringe 2ml', 'syringe 5ml', 'syringe 10ml', 'ampoule opener', 'pill crusher', 'medicine pots',
        'spoons 5ml', 'gallipots', 'sterile water 10ml', 'sodium chloride 0.9% 10ml', 'dressing pack',
        'steri strips 6 x 75mm', 'steri strips 3 x 75mm', 'hypodermic needles 25g x 16mm orange',
        'hypodermic needles 23g x 25mm blue', 'hypodermic needles 21g x 38mm green', 'iv cannula 22g blue',
        'gauze swabs 10 x 10cm', 'gauze swabs 7.5 x 7.5cm', 'non adherent dressing 10 x 10cm',
        'non adherent dressing 5 x 5cm',
    ],
    'needles_spaced': [
        'hypodermic needles 25g x 16mm orange', 'hypodermic needles 23g x 25mm blue',
        'hypodermic needles 21g x 40mm green', 'syringe 1ml', 'syringe 2ml', 'syringe 5ml', 'syringe 10ml',
        'insulin syringe 0.5ml', 'blunt fill needles 18g', 'filter needles 5 micron', 'sharps bin 1l',
        'sharps bin 4l', 'alcohol swabs', 'cotton wool balls', 'plasters spot', 'gloves nitrile s',
        'gloves nitrile m', 'gloves nitrile l', 'aprons', 'tourniquet', 'vacutainer holder',
        'blood bottles edta', 'blood bottles sst', 'butterfly 21g', 'butterfly 23g',
    ],
    'samenum': [
        'nitrile gloves medium', 'apron roll', 'sharps bin 1l', 'alcohol wipes', 'cotton balls',
        'tourniquet', 'blue roll', 'plasters assorted', 'micropore tape 2.5cm', 'crepe bandage 7.5cm',
        'syringe 2ml', 'syringe 5ml', 'syringe 10ml', 'ampoule opener', 'pill crusher', 'medicine pots',
        'spoons 5ml', 'gallipots', 'sterile water 10ml', 'sodium chloride 0.9% 10ml', 'dressing pack',
        'bp cuff', 'thermometer covers', 'foam dressing 10cm x 20cm', 'gauze swabs 5cm x 10cm',
        'hypodermic needles 21g x 40mm', 'needles 30g x 8mm pen', 'tegaderm 6cm x 7cm',
    ],
    'decorator': [
        'masking tape 25mm x 50m', 'masking tape 50mm x 50m', 'gaffer tape 50mm x 25m',
        'cable ties 3.6 x 140mm', 'foam dressing 10cm x 20cm', 'gauze 5cm x 5m', 'copper pipe 15mm x 3m',
        'glue 1l', 'rags 10kg', 'bin bags 50', 'brush 2in', 'roller 9in', 'sandpaper 120', 'filler 1kg',
        'sealant white', 'nails 40mm', 'screws 4 x 40mm', 'plugs red', 'drill bit 6mm',
        'mixing bucket 30l', 'dust sheet 12 x 9ft', 'tarp 12 x 12ft', 'trestle 2ft', 'ladder 3m',
        'spirit level 600mm',
    ],
    'ward2': [
        'nitrile gloves small', 'nitrile gloves medium', 'apron white roll', 'alcohol hand gel 500ml',
        'clinell wipes', 'sharps bin 1l', 'syringe 10ml', 'syringe 5ml', 'blue roll', 'incontinence pad',
        'pillow case', 'sheet single', 'urine bottle', 'commode liner', 'tissue box',
        'thermometer probe covers', 'bp cuff adult', 'bp cuff large', 'pulse oximeter', 'ecg electrodes',
        'glucose tablets 4g', 'glucose gel 40%', 'sodium hypochlorite tablets 1000ppm',
        'insulin pen needles 4mm', 'blood glucose strips', 'lancets 30g', 'ketone strips',
        'trimethoprim 100mg tablets', 'microlance needles 21g', 'micropore tape 1.25cm',
        'isosorbide mononitrate 10mg tablets', 'paraffin gauze dressing 10cm x 10cm', 'polymyxin ointment',
        'hypromellose eye drops 0.3%',
    ],
    'school_nurse': [
        'hypochlorite spill kit', 'body fluid spill granules', 'first aid kit 10 person',
        'first aid kit refill', 'plasters blue', 'plasters fabric', 'ice packs instant', 'eye wash 500ml',
        'burn gel sachets', 'triangular bandages', 'crepe bandage 5cm', 'microporous tape',
        'gloves nitrile s', 'gloves nitrile m', 'sick bags', 'tissues', 'thermometer forehead',
        'epipen trainer', 'glucose tablets', 'glucose juice 60ml', 'sharps box 1l', 'hand gel', 'aprons',
        'blue roll', 'sanitary towels', 'antiseptic wipes', 'foil blanket', 'isotonic drinks 500ml',
        'multivitamin gummies',
    ],
    'wardx': [
        'gtn spray 400mcg', 'gtn patch 5mg', 'cavilon spray 28ml', 'cavilon barrier cream 92g',
        'hypodermic needles 25g x 16mm', 'hypodermic needles 23g x 25mm', 'hypodermic needles 21g x 40mm',
        'syringe 1ml', 'syringe 10ml', 'insulin syringe 0.5ml', 'lancets', 'paraffin gauze 10 x 10cm',
        'liquid paraffin oral emulsion 100ml', 'lactulose 300ml', 'senna 7.5mg tablets', 'glucose tablets',
        'chlorine tablets 1000ppm', 'incontinence pads', 'apron', 'gloves medium', 'wipes', 'sharps bin',
        'blood bottles edta', 'blood bottles serum', 'tourniquet', 'cotton balls', 'micropore 2.5cm',
        'triangular bandage', 'crepe bandage 10cm', 'tubigrip size d',
    ],
    'garden': [
        'multi purpose compost 50l', 'john innes no 2 25l', 'ericaceous compost 50l', 'growmore 10kg',
        'bonemeal 1.5kg', 'blood fish and bone 2kg', 'chicken manure pellets 10kg', 'slug pellets 800g',
        'glyphosate concentrate 1l', 'weedkiller spray 1l', 'rose feed 1kg', 'tomato feed 1l',
        'enviromesh 2m x 5m', 'fleece 2m x 10m', 'weed membrane 1m x 25m', 'weed membrane 2m x 10m',
        'hose 30m', 'hose connector', 'spray gun', 'watering can 10l', 'secateurs', 'loppers', 'gloves l',
        'plant pots 9cm', 'plant pots 2l', 'seed trays', 'propagator', 'polytunnel cover 3m x 6m',
        'canes 1.2m', 'twine', 'perlite 10l', 'vermiculite 10l', 'paraffin heater',
        'metaldehyde free slug pellets',
    ],
    'lab': [
        'isopropanol 2.5l', 'isobutanol 1l', 'isooctane hplc 2.5l', 'methanol hplc 2.5l',
        'ethanol absolute 2.5l', 'acetone 2.5l', 'hexane 2.5l', 'hydrochloric acid 37% 2.5l',
        'sulphuric acid 98% 2.5l', 'nitric acid 70% 2.5l', 'sodium hydroxide pellets 1kg',
        'sodium metabisulphite 500g', 'sodium hypochlorite 14% 1l', 'potassium permanganate 500g',
        'pipette tips 200ul', 'pipette tips 1000ul', 'pasteur pipettes 3ml', 'microcentrifuge tubes 1.5ml',
        'centrifuge tubes 50ml', 'centrifuge tubes 15ml', 'petri dishes 90mm', 'beaker 250ml',
        'beaker 500ml', 'conical flask 250ml', 'measuring cylinder 100ml', 'nitrile gloves m', 'parafilm',
        'weighing boats', 'ph buffer 7', 'ph buffer 10', 'agar 500g', 'tryptone 500g',
        'polypropylene bottles 500ml', 'glass bottles 500ml', 'microscope slides', 'cover slips 22 x 22mm',
        'cover slips 22 x 50mm',
    ],
    'pharmacy': [
        'paracetamol 500mg tablets 32', 'paracetamol suspension 120mg/5ml', 'ibuprofen 200mg tablets',
        'ibuprofen 400mg tablets', 'hydromol cream 500g', 'hydrocortisone cream 1% 15g',
        'hydrogen peroxide 3% 200ml', 'isotretinoin 20mg capsules', 'trimethoprim 200mg tablets',
        'triamcinolone nasal spray', 'metformin 500mg tablets', 'metoclopramide 10mg tablets',
        'amoxicillin 500mg capsules', 'amoxicillin 250mg/5ml suspension', 'permethrin spray 500ml',
        'malathion lotion', 'savlon spray 50ml', 'germolene cream 30g', 'sudocrem 125g',
        'xylocaine spray 10%', 'betadine spray 100ml', 'multivitamins 30 tablets', 'microlax enema',
        'polyfilla', 'anti-diarrhoea capsules 12', 'antihistamine tablets 30', 'cetirizine 10mg tablets',
        'loratadine 10mg tablets', 'omeprazole 20mg capsules', 'lansoprazole 15mg capsules',
        'gaviscon liquid 500ml', 'senna tablets 60', 'lactulose 500ml', 'dioralyte sachets',
        'nicorette gum 4mg', 'nicotine patches 21mg', 'plasters fabric 20', 'crepe bandage 7.5cm',
        'thermometer digital',
    ],
    'ward': [
        'sodium chloride 0.9% 10ml ampoules', 'sodium chloride 0.9% 1000ml bag',
        'hypertonic saline 3% 500ml', 'glucose 5% 500ml bag', 'glucose 10% 500ml bag',
        'hypodermic needles 21g green', 'hypodermic needles 23g blue', 'syringe 10ml luer lock',
        'syringe 5ml', 'syringe 2ml', 'iv cannula 20g pink', 'iv cannula 18g green',
        'gauze swabs 10cm x 10cm', 'gauze swabs 7.5cm x 7.5cm', 'micropore tape 2.5cm',
        'transpore tape 2.5cm', 'opsite spray 100ml', 'tegaderm film 6cm x 7cm', 'alcohol wipes',
        'clinell universal wipes', 'clinell sporicidal wipes', 'nitrile gloves medium',
        'nitrile gloves large', 'apron white roll', 'isolation gown yellow', 'ffp3 mask', 'sharps bin 1l',
        'sharps bin 5l', 'urine bottle', 'bedpan liner', 'incontinence pad large',
        'nitrofurantoin 50mg capsules', 'paracetamol 500mg tablets',
        'morphine sulfate oral solution 10mg/5ml', 'lidocaine 1% 5ml ampoules',
        'lidocaine 2% 5ml ampoules', 'heparin sodium 5000 units/ml', 'enoxaparin 40mg syringe',
        'glucagen hypokit 1mg', 'glucose gel 25g', 'chlorhexidine 2% wipes', 'blood glucose test strips',
    ],
    'theatre_med': [
        'lidocaine spray 10%', 'lidocaine 1% 10ml ampoules', 'lidocaine 2% 5ml ampoules',
        'bupivacaine 0.5% 10ml', 'propofol 1% 20ml', 'fentanyl 100mcg/2ml', 'ondansetron 4mg/2ml',
        'cyclizine 50mg/ml', 'dexamethasone 3.3mg/ml', 'glycopyrronium 200mcg/ml', 'neostigmine 2.5mg/ml',
        'suxamethonium 100mg/2ml', 'rocuronium 50mg/5ml', 'sugammadex 200mg/2ml', 'metaraminol 10mg/ml',
        'ephedrine 30mg/ml', 'atropine 600mcg/ml', 'adrenaline 1mg/10ml', 'hartmanns 1000ml',
        'sodium chloride 0.9% 1000ml', 'chlorhexidine 2% in alcohol applicator', 'betadine aqueous 500ml',
        'opsite spray', 'hypafix 10cm x 10m', 'mepore 9 x 10cm', 'mepore 9 x 15cm', 'mepore 9 x 25cm',
        'tegaderm iv 7 x 8.5cm', 'iv cannula 20g', 'iv cannula 18g', 'giving set', '3 way tap', 'ett 7.0',
        'ett 8.0', 'lma size 4',
    ],
    'pool_plant': [
        'sodium hypochlorite 15% 25l', 'calcium hypochlorite granules 10kg', 'sodium bisulphate 25kg',
        'sodium metabisulphite 25kg', 'hydrochloric acid 32% 25l', 'sulphuric acid 96% 25l',
        'caustic soda pearl 25kg', 'isopropyl alcohol 99% 25l', 'methanol 25l', 'ethanol 96% 25l',
        'polyaluminium chloride 25kg', 'ferric chloride 40% 25l', 'ammonia solution 25% 25l',
        'hydrogen peroxide 35% 25l', 'nitric acid 60% 25l', 'acetone 25l', 'xylene 25l', 'toluene 25l',
        'antifoam 25l', 'antiscalant 20l', 'biocide 20l', 'ph buffer 7 500ml', 'ph buffer 4 500ml',
        'chlorine test kit', 'ibc 1000l', 'drum pump', 'spill kit chemical', 'face shield',
        'chemical gloves nitrile', 'apron pvc', 'eyewash station', 'metal drum 200l', 'poly drum 200l',
    ],
    'plumber': [
        'copper pipe 15mm x 3m', 'copper pipe 22mm x 3m', 'copper pipe 28mm x 3m', 'mdpe pipe 25mm x 50m',
        'mdpe pipe 20mm x 25m', 'polybutylene pipe 15mm x 50m', 'speedfit elbow 15mm', 'speedfit tee 22mm',
        'end feed elbow 15mm', 'end feed elbow 22mm', 'reducer 22mm x 15mm', 'reducing tee 22 x 22 x 15mm',
        'compression coupler 15mm', 'compression coupler 22mm', 'isolating valve 15mm',
        'isolation valve 22mm', 'ptfe tape 12mm', 'flux 50g', 'solder 500g', 'hypochlorite tablets',
        'fernox f1 500ml', 'fernox leak sealer', 'boiler pressure gauge', 'radiator 600 x 1000mm double',
        'radiator 600 x 800mm single', 'radiator valve 15mm', 'trv 15mm', 'waste pipe 40mm x 3m',
        'waste pipe 32mm x 3m', 'soil pipe 110mm x 3m', 'pipe clips 15mm', 'pipe clips 22mm',
        'silicone sealant white', 'blowtorch', 'mapp gas cylinder', 'propane cylinder 3.9kg',
    ],
    'barber3': [
        'cavicide spray 24oz', 'cavicide 1 gallon refill', 'barbicide 64oz', 'clippercide spray',
        'disinfectant spray 500ml', 'clipper oil', 'neck strips 500', 'capes', 'razor blades 100',
        'shaving cream 500ml', 'aftershave balm', 'talc 500g', 'comb', 'brush', 'clipper guards',
        'wahl magic clip', 'wahl detailer', 'andis t outliner', 'hair wax', 'pomade', 'hair spray',
        'beard oil', 'towels', 'spray bottle', 'barber chair',
    ],
    'salon': [
        'hair spray 400ml', 'texturising spray', 'sea salt spray', 'heat protect spray', 'shine spray',
        'shampoo 5l', 'conditioner 5l', 'perming lotion', 'perm rods', 'permanent hair dye 6.0',
        'permanent hair dye 7.0', 'semi permanent dye red', 'developer 6% 1l', 'developer 9% 1l',
        'bleach powder 500g', 'toner t18', 'foils 100m', 'tint brush', 'tint bowl', 'neck strips', 'capes',
        'towels black', 'hypoallergenic gloves', 'nitrile gloves', 'razor blades', 'clipper oil',
        'barbicide 2l', 'cavicide spray', 'micellar water', 'multi vitamin hair serum', 'cotton wool pads',
        'acetone 500ml', 'nail polish remover',
    ],
    # fresh ones: the second measure the same number as the first, listed
    'needles25': ['hypodermic needles 25g x 25mm', 'hypodermic needles 25g x 16mm', 'syringe 5ml', 'sharps bin 1l'],
    'tape': ['masking tape 25mm x 25m', 'masking tape 25mm x 50m', 'masking tape 50mm x 50m', 'duct tape'],
}

# (catalog, said, wanted)
CASES = [
    # A. two measures, the second number said again as the first: each finds its own measure
    ('needles', 'needles 25gx25', N),
    ('needles', '25gx25', N),
    ('needles', '25gx25 needles', N),
    ('needles_spaced', 'needles 25g x 25', N),
    ('needles_spaced', 'needles 23g x 23', N),
    ('needles_spaced', 'needles 21g x 21', N),
    ('samenum', '21gx21 needles', N),
    ('samenum', '30gx30', N),
    ('wardx', '25gx25 needles', N),
    ('decorator', 'masking tape 25mm x 25', N),
    ('decorator', 'masking tape 25mmx25', N),
    ('decorator', 'gaffer tape 50mm x 50', N),
    # ...and where it is the second measure, still found
    ('needles_spaced', 'needles 25g x 16', 'hypodermic needles 25g x 16mm orange'),
    ('needles_spaced', '23g x 25 needles', 'hypodermic needles 23g x 25mm blue'),
    ('needles_spaced', '21gx40 needles', 'hypodermic needles 21g x 40mm green'),
    ('needles', '21gx38 needles', 'hypodermic needles 21g x 38mm green'),
    ('wardx', '23gx25 needles', 'hypodermic needles 23g x 25mm'),
    ('decorator', 'masking tape 25x50', 'masking tape 25mm x 50m'),
    ('decorator', 'gaffer 50x25', 'gaffer tape 50mm x 25m'),
    ('needles25', 'needles 25gx25', 'hypodermic needles 25g x 25mm'),
    ('needles25', 'needles 25g x 25', 'hypodermic needles 25g x 25mm'),
    ('tape', 'masking tape 25mm x 25', 'masking tape 25mm x 25m'),
    ('tape', 'masking tape 50mm x 50', 'masking tape 50mm x 50m'),
    # B. a clipping that would choose between products, or name a word that says not what it is
    ('ward2', 'hypo tablets', N),
    ('school_nurse', 'hypo kit', N),
    ('wardx', 'para 100ml', N),
    ('garden', 'meta pellets', N),
    ('lab', 'perm 500g', N),
    # ...kept: the term said but for its tail, the name begun by it, what the thing is by measure
    ('pool_plant', 'hypo 25l', 'sodium hypochlorite 15% 25l'),
    ('pool_plant', '25l hypo', 'sodium hypochlorite 15% 25l'),
    ('pool_plant', 'sodium hypo 25l', 'sodium hypochlorite 15% 25l'),
    ('pool_plant', 'hypo 10kg', N),  # calcium hypochlorite granules: granules say what it is
    ('lab', 'potassium perm', 'potassium permanganate 500g'),
    ('lab', 'sodium meta', 'sodium metabisulphite 500g'),
    ('lab', 'meta 500g', 'sodium metabisulphite 500g'),
    ('lab', 'hypo 1l', 'sodium hypochlorite 14% 1l'),
    ('plumber', 'hypo tablets', 'hypochlorite tablets'),
    ('school_nurse', 'tri bandages', 'triangular bandages'),
    ('school_nurse', 'micro tape', 'microporous tape'),
    ('ward', 'micro tape', 'micropore tape 2.5cm'),
    ('wardx', 'para emulsion', 'liquid paraffin oral emulsion 100ml'),
    ('garden', 'para heater', 'paraffin heater'),
    ('pharmacy', 'para 500mg', 'paracetamol 500mg tablets 32'),
    ('pharmacy', 'iso 20mg', 'isotretinoin 20mg capsules'),
    # C. a trade name alone before its only spray: a disinfectant's only form
    ('barber3', 'clippercide', 'clippercide spray'),
    ('pharmacy', 'permethrin spray', 'permethrin spray 500ml'),
]


@pytest.mark.parametrize("catalog,said,wanted", CASES)
def test_round26_review(catalog, said, wanted):
    assert answer(catalog, said) == wanted, said


# C, arguable, left as round 26 has it: the review wanted these new (the bare name usually means the
# cream, the injection or the film), but nothing the catalog shows sets them apart from "cavicide",
# "clippercide", "waterstop", "terramycin" or "gtn" (a name no dictionary has, written only before
# "spray"), and a bare name already names its only cream or gel
@pytest.mark.xfail(strict=True, reason="a bare drug or trade name before its only spray is taken "
                   "for it: which form a name mostly means is product knowledge")
@pytest.mark.parametrize("catalog,said", [
    ('pharmacy', 'permethrin'), ('pharmacy', 'xylocaine'), ('pharmacy', 'savlon'),
    ('pharmacy', 'betadine'), ('ward', 'opsite'), ('theatre_med', 'opsite'),
])
def test_round26_review_bare_name_before_spray(catalog, said):
    assert answer(catalog, said) == N, said
