"""Rule family: event verbs, in any tense, from a small lemma/inflection table (no tagger).

Each lemma maps to an event type, or to TAKE for verbs whose event depends on the sentence:
"took the drill to the van" -> moved (a destination is said), "took the drill from the van" ->
removed (no destination). A particle can change the event ("got in" -> added, "ran out of" ->
counted) and is listed in PARTICLES.

    added    add, receive, stock, restock, buy, purchase, deliver, find, acquire, get in, log, ...
    moved    move, relocate, transfer, put, place, store, keep, stash, hang, carry, bring, return,
             take X to Y, "X is now in Y", "X goes to Y", "X -> Y", ...
    removed  take X from Y, remove, use (up), consume, sell, throw away, discard, dispose of,
             lose, steal, borrow, check out, send out, scrap, give away, ...
    counted  count, "there are", "we have", "Y now has", "only N left", "down to N",
             "ran out of", "no more", "stock count", "stocktake", ...

To add a verb: put its lemma in the right set of EVENT_LEMMAS; give its irregular forms in
IRREGULAR if it has any ("steal": "stole stolen"). Regular forms (-s, -ed, -ing) are made by
`inflections()`.
"""
from __future__ import annotations

ADDED, MOVED, REMOVED, COUNTED = "added", "moved", "removed", "counted"
TAKE = "take"  # moved with a destination, removed without one
THROW = "throw"  # removed, unless put somewhere that is not a bin ("threw it in the van")

EVENT_LEMMAS: dict[str, tuple[str, ...]] = {
    ADDED: ("add", "receive", "stock", "restock", "buy", "purchase", "deliver", "find", "acquire",
            "log", "register", "obtain", "replenish", "refill", "order in", "source", "rebuy",
            "re-stock", "re-order", "intake", "book in", "unbox", "unpack", "get in", "come in",
            "arrive", "show up", "turn up", "bring in", "check in", "scan in", "come across",
            "take in", "take delivery of", "sign in", "accept", "collect", "salvage", "rescue",
            "inherit", "donate to us",
            # synonyms and phrasal forms said for arrivals, findings and what we made
            "stock up on", "stock up", "top up", "ship in", "truck in", "buy in", "procure",
            "sign for", "locate", "track down", "recover", "discover", "dig out", "stumble on",
            "stumble upon", "stumble across", "rent", "hire", "lease", "bake", "brew", "harvest",
            "manufacture", "produce", "assemble", "restock up", "prep", "take on"),
    MOVED: ("move", "relocate", "transfer", "put", "place", "store", "keep", "stash", "hang",
            "carry", "bring", "return", "shift", "drop", "leave", "stick", "stow", "tuck", "lay",
            "load", "unload", "shelve", "stack", "park", "mount", "hide", "lock",
            "send", "ship", "haul", "drag", "wheel", "set", "position", "rehome", "reposition",
            "deposit", "file away", "swap", "go", "belong", "live", "sit", "stay", "pack",
            "slide", "lean", "push", "come back", "go back", "stage", "cross-dock", "crossdock",
            "palletize", "palletise", "reassign", "assign", "rack", "re-rack", "restage", "roll",
            "wheel over", "box up", "pack up", "end up", "file", "clear", "hang up", "relabel",
            "sort", "reshelve", "re-shelve", "consolidate", "bring over", "take over",
            "set aside", "put aside", "lay aside", "set out", "put out",
            # synonyms and phrasal forms of putting and carrying
            "cart", "lug", "shove", "hoist", "tote", "ferry", "shuttle", "tow", "pile", "heap",
            "plonk", "stuff", "cram", "wedge", "squeeze", "prop", "arrange", "lay out",
            "line up", "set up", "put up", "pin up", "transport", "dispatch", "tidy away",
            "clear away", "pack away", "store away", "restack", "rehang", "reload", "repack",
            "rebox", "rehouse", "re-hang", "re-stack", "drive", "move over", "bring down",
            "bring up", "take down", "take up", "hand", "switch", "get back"),
    REMOVED: ("remove", "use", "consume", "sell", "discard", "dispose", "lose", "steal", "borrow",
              "scrap", "give", "donate", "trash", "dump", "recycle", "lend", "loan", "junk",
              "destroy", "break", "burn", "eat", "drink", "finish", "deplete", "write off",
              "hand out", "pass out", "check out", "send out", "ship out", "give away",
              "throw away", "throw out", "use up", "go through", "run through",
              "waste", "spill", "retire", "empty", "decommission", "misplace", "deduct",
              "subtract", "sell off", "get rid", "tag out", "sign out", "issue", "comp",
              "walk off with", "make off with", "burn through", "dispense", "expend", "loan out",
              "lend out", "hand over", "go out with", "go home with", "ship off", "send off",
              "surplus", "go out for", "auction off", "cannibalize", "condemn",
              # synonyms and slang of using up, breaking, stealing and giving out
              "smash", "shatter", "wreck", "ruin", "nick", "pinch", "swipe", "snatch", "pilfer",
              "shoplift", "run off with", "apply", "spend", "get through", "polish off",
              "finish off", "serve", "give out", "dole out", "dish out", "mislay", "cull",
              "purge", "weed out", "rent out", "hire out", "lease out", "book out", "flog",
              "pour away", "pour out", "tip out", "tip away", "install", "fit", "replace", "haul away",
              "haul off", "cart away", "cart off", "take away", "carry off", "gift", "sell off",
              "withdraw", "help themselves to", "help ourselves to", "help himself to",
              "help herself to", "help yourself to", "help myself to",
              "feed", "feed out", "snap", "burst", "wear out", "fall apart", "plant"),
    COUNTED: ("count", "recount", "tally", "inventory", "stocktake", "audit"),
    TAKE: ("take", "grab", "pull", "pick up", "fetch", "get out", "take out", "pick", "clear out",
           "retrieve", "distribute", "pull out", "grab out"),
    THROW: ("throw", "toss", "chuck", "bin", "chuck out", "ditch", "fling", "dump out", "tip"),
}

# Irregular forms: lemma -> past and participle (and any other form said).
IRREGULAR: dict[str, str] = {
    "take": "took taken", "bring": "brought", "put": "put", "keep": "kept", "hang": "hung hanged",
    "find": "found", "buy": "bought", "sell": "sold", "lose": "lost", "steal": "stole stolen",
    "throw": "threw thrown", "give": "gave given", "send": "sent", "get": "got gotten",
    "leave": "left", "go": "went gone", "lend": "lent", "lay": "laid", "set": "set",
    "break": "broke broken", "come": "came", "run": "ran", "eat": "ate eaten", "drink": "drank drunk",
    "stick": "stuck", "hide": "hid hidden", "sit": "sat", "burn": "burnt burned",
    "show": "shown showed", "write": "wrote written", "spill": "spilt spilled", "pay": "paid",
    "have": "had", "hold": "held", "make": "made", "rehang": "rehung", "dig": "dug",
    "stumble": "stumbled", "spend": "spent", "fit": "fitted fit",
    "fling": "flung", "mislay": "mislaid", "drive": "drove driven", "withdraw": "withdrew withdrawn",
    "feed": "fed", "wear": "wore worn", "fall": "fell fallen",
}

# verbs that end in a single consonant and double it (drop -> dropped, ship -> shipped)
_DOUBLING = frozenset({"drop", "ship", "scrap", "stop", "swap", "log", "drag", "grab", "lug",
                       "transfer", "plug", "tag", "bag", "wrap", "bin", "scan", "prop",
                       "tip", "top", "dig", "prep", "snap", "rip", "trip", "chop"})

# words that look like a verb form but mostly are something else
_NOT_VERBS = frozenset({"used", "lost", "found", "set", "stock", "store", "return", "use", "count",
                        "inventory", "log", "pack", "drop", "sit", "hang", "live", "place",
                        "finish", "break", "find", "lock", "load", "empty", "push", "retire",
                        "trash", "dump", "ship", "deliver", "paint", "stack", "park", "swap",
                        "transfer", "return", "hide", "mount", "file", "scrap", "junk", "tally",
                        "loan", "purchase", "order", "waste", "spill", "bin", "lay", "shift",
                        "install", "hook", "post", "waste", "drink", "stage", "rack", "roll",
                        "file", "clear", "sort", "issue", "comp", "pick",
                        "collect", "accept", "assign", "dispense",
                        "cart", "pile", "heap", "stuff", "prop", "rent", "hire", "lease", "tow",
                        "drive", "fit", "serve", "pinch", "nick", "ferry", "shuttle", "gift",
                        "brew", "produce", "harvest", "tote", "hoist", "wedge", "squeeze",
                        "transport", "dispatch", "book", "top", "tip", "hand", "prep", "switch",
                        "stick", "feed", "plant", "snap", "burst", "wheel", "box", "shelve"})


def inflections(lemma: str) -> set[str]:
    """All forms said for a verb: add -> add adds added adding; take -> took taken takes taking."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    elif lemma in _DOUBLING:
        forms |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma in IRREGULAR:
        forms |= set(IRREGULAR[lemma].split())
        if lemma not in ("burn", "spill", "hang", "show"):
            forms = {f for f in forms if not (f.endswith("ed") and f not in IRREGULAR[lemma])}
    if lemma == "go":
        forms |= {"goes"}
    if lemma == "lay":
        forms |= {"lays", "laying"}
    return forms


def _build() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, ...], tuple[str, str]]]:
    """word -> (lemma, event) for one-word verbs; (verb form, particle...) -> (lemma, event)."""
    single: dict[str, tuple[str, str]] = {}
    phrasal: dict[tuple[str, ...], tuple[str, str]] = {}
    for event, lemmas in EVENT_LEMMAS.items():
        for entry in lemmas:
            head, *rest = entry.split()
            for form in inflections(head):
                if rest:
                    phrasal[(form, *rest)] = (entry, event)
                else:
                    single.setdefault(form, (entry, event))
    return single, phrasal


VERB_FORMS, PHRASAL_FORMS = _build()
# shorthand of terse notes: spelled form -> the verb form it stands for
SHORTHAND = {"recvd": "received", "rcvd": "received", "rec'd": "received", "recd": "received",
             "rcv'd": "received", "recv'd": "received", "mvd": "moved", "xfer": "transfer",
             "xferred": "transferred", "xfered": "transferred", "del'd": "delivered", "dlvd": "delivered", "rtnd": "returned",
             "ret'd": "returned", "cnt": "counted", "cnt'd": "counted", "rmvd": "removed",
             "mv": "move", "mvd'": "moved", "rtn": "return", "rtrn": "return", "rtn'd": "returned",
             "recv": "receive", "rcv": "receive", "rec'v": "receive", "rcvd'": "received",
             "delv": "delivered", "dlv": "delivered", "xfr": "transfer", "xfrd": "transferred",
             "trnsf": "transfer", "disp": "disposed", "iss": "issued", "pkd": "picked"}
for _short, _full in SHORTHAND.items():
    if _full in VERB_FORMS:
        VERB_FORMS[_short] = VERB_FORMS[_full]
# "send out" -> removed: a particle said after the object changes the event ("sent it out")
LEMMA_EVENTS = {entry: event for event, entries in EVENT_LEMMAS.items() for entry in entries}
MAX_PHRASAL = max(len(k) for k in PHRASAL_FORMS)
# verb + particle said around a short object ("signed them out", "tagged the drill out"), for
# heads that are no event verb alone: form -> [(particle, lemma, event)]
SPLIT_PHRASAL: dict[str, list[tuple[str, str, str]]] = {}
for (_form, *_rest), (_lemma, _event) in PHRASAL_FORMS.items():
    if len(_rest) == 1 and _form not in VERB_FORMS:
        SPLIT_PHRASAL.setdefault(_form, []).append((_rest[0], _lemma, _event))

PARTICIPLE_ONLY = frozenset({"taken", "stolen", "thrown", "given", "gotten", "gone", "broken",
                             "eaten", "hidden", "shown", "written"})
BE = frozenset({"is", "are", "was", "were", "'s", "'re", "be", "been", "being", "am", "'m", "get",
                "got", "gets", "getting", "r"})  # ("r": "batteries r in the SM kit")
HAVE = frozenset({"have", "has", "had", "'ve", "'d"})

# "X is ... in Y" copula moves, and words that may stand between the verb and the place
COPULA_ADVERBS = frozenset({"now", "currently", "still", "back", "over", "all", "already", "also",
                            "both", "each",
                            "located", "sitting", "living", "always", "usually", "right",
                            "officially", "safely", "finally", "temporarily", "permanently",
                            "straight", "directly", "promptly", "drying", "charging",
                            "lying", "standing", "hanging", "resting", "airing", "soaking",
                            "cooling", "thawing", "defrosting", "waiting"})
SUBJECT_VERBS = frozenset({"arrive", "come in", "show up", "turn up", "go", "belong", "live",
                           "come back", "go back", "end up", "go out with", "go home with", "go out for",
                           "sit", "stay"})


def lookup(words: list[str], i: int) -> tuple[str, str, int] | None:
    """The verb said at words[i] as (lemma, event, index after it), longest phrase first."""
    if i >= len(words):
        return None
    for n in range(min(MAX_PHRASAL, len(words) - i), 1, -1):
        hit = PHRASAL_FORMS.get(tuple(words[i:i + n]))
        if hit:
            return hit[0], hit[1], i + n
    hit = VERB_FORMS.get(words[i])
    if hit:
        return hit[0], hit[1], i + 1
    return None


def maybe_noun(word: str) -> bool:
    """Verb forms that are also common nouns or adjectives ("the store", "used gloves", "a set of");
    the -s form of such a verb is also the plural of the noun ("the recycling bins were")."""
    if word in _NOT_VERBS:
        return True
    hit = VERB_FORMS.get(word)
    if not hit and word.endswith("s"):
        # the head of a phrasal verb only ("boxes" of "box up": "a pallet of cardboard boxes up to")
        return word[:-1] in _NOT_VERBS or word.endswith("es") and word[:-2] in _NOT_VERBS
    return bool(hit) and word.endswith("s") and hit[0] in _NOT_VERBS and hit[0] not in SUBJECT_VERBS


ALL_FORMS = tuple(sorted(set(VERB_FORMS) | {k[0] for k in PHRASAL_FORMS}))



# Common verbs that tell no inventory event ("the fridge smells funny", "the new menus look
# great", "the manual says"). A sentence with one of these as its verb is no verbless note, and
# a place ends before it. Their -s and base forms are used only for verbs whose forms are
# seldom the name of a thing; their past forms for all of them, except pasts that mostly name a
# kind of thing ("frozen peas", "smoked salmon").
_OTHER_PRESENT = ("seem", "love", "hate", "enjoy", "want", "say", "tell", "think", "know",
                  "believe", "wonder", "happen", "appear", "complain", "tend", "become", "mean",
                  "look", "smell", "feel", "taste", "begin", "fail", "weigh", "overheat", "stink",
                  "need", "squeak", "rattle", "flicker", "beep", "hope", "wish", "start",
                  # talking and deciding: meeting notes, not stock ("discussed ..., revisit in Q3")
                  "discuss", "decide", "agree", "revisit", "suggest", "propose", "mention",
                  "recommend", "postpone")
_OTHER_PAST = _OTHER_PRESENT + (
    "ask", "call", "email", "text", "help", "open", "close", "clean", "fix", "repair", "check",
    "test", "charge", "wait", "expect", "plan", "book", "schedule", "cancel", "crash", "die",
    "play", "watch", "see", "hear", "meet", "visit", "sleep", "rain", "snow", "melt", "leak",
    "work", "jam", "turn", "stop", "cost", "drip", "spark", "buzz", "hum", "try", "seem", "fall")
_OTHER_IRREGULAR = {"say": "said", "tell": "told", "think": "thought", "know": "knew known",
                    "feel": "felt", "see": "saw seen", "hear": "heard", "meet": "met",
                    "sleep": "slept", "mean": "meant", "become": "became", "begin": "began begun",
                    "cost": "cost", "die": "died", "try": "tried", "open": "opened",
                    "fall": "fell fallen"}
_ADJECTIVE_PASTS = frozenset({"smoked", "fixed", "cleaned", "tested", "checked", "closed",
                              "opened", "charged", "booked", "melted", "crashed", "played",
                              "turned", "stopped", "jammed", "planned", "called", "worked"})


def _present_forms(lemma: str) -> set[str]:
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies"}
    return {lemma, lemma + "s"}


def _past_forms(lemma: str) -> set[str]:
    if lemma in _OTHER_IRREGULAR:
        return set(_OTHER_IRREGULAR[lemma].split())
    if lemma.endswith("e"):
        return {lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied"}
    if len(lemma) <= 4 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
            and lemma[-3] not in "aeiou":
        return {lemma + lemma[-1] + "ed"}  # jam -> jammed, stop -> stopped
    return {lemma + "ed"}


# ...whose base form is also a common noun or a name's first word ("the smell", "sound desk"):
# only their -s form counts
_OTHER_S_ONLY = ("look", "smell", "feel", "taste", "stink", "squeak", "rattle", "flicker", "beep",
                 "start", "sound", "work", "leak", "hope", "wish", "need",
                 "open", "close", "shut")  # ("the shop shuts at four": hours, not stock)
OTHER_VERB_FORMS = frozenset(
    {f for lemma in _OTHER_PRESENT for f in _present_forms(lemma) if lemma not in _OTHER_S_ONLY}
    | {f for lemma in _OTHER_S_ONLY for f in _present_forms(lemma) if f != lemma}
    | {f for lemma in _OTHER_PAST for f in _past_forms(lemma)} - _ADJECTIVE_PASTS) \
    - set(VERB_FORMS) - {"saw"}  # (a saw is a tool)


# every form of those verbs, -ing too: no misspelt event verb ("fixing" is no "filing")
ALL_OTHER_FORMS = frozenset(
    f for lemma in _OTHER_PAST for f in _present_forms(lemma) | _past_forms(lemma)
    | {lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing",
       lemma + lemma[-1] + "ing"})


def other_verb(word: str) -> bool:
    """Whether a word is a form of a verb that tells no inventory event ("smells", "looked")."""
    return word in OTHER_VERB_FORMS


def unknown_verb(word: str) -> bool:
    """A past tense the tables do not know ("complained", "flooded"): a sentence with one tells
    something, just not an inventory event."""
    return len(word) > 5 and word.isalpha() and word.endswith("ed") and word not in VERB_FORMS


# fitting stock into the building uses it up
INSTALLING = frozenset({"install", "fit", "replace", "plant"})
# verbs that hand a thing over to someone (lemmas): the core that draft_events and people
# widen for their own use ("bring", "carry" move it; "sell", "lend" give it to a name)
HAND_OVER = frozenset({"send", "ship", "hand", "deliver", "return"})
