"""Words that are said like things moved or counted but are no inventory:

    "the meeting moved to tuesday", "training got pushed"   -> an event ("meeting", "training")
    "the invoice for the paint came today"                 -> a paper about stock, not stock
    "the cleaning rota is on the board"                    -> who does what when, pinned up
    "moved house last week", "took the kids to the park"   -> no item at all

parser.py drops an item whose name is one of these or whose head noun is one
(`NOT_ITEM_HEADS`); followups.py will not take one as what "it" stands for. Short forms of
notes ("mtg", "appt") are taught by abbrev.py.
"""
from __future__ import annotations

from .abbrev import with_short_forms

# things that get moved or counted in speech but are no inventory
NOT_ITEMS = frozenset({"meeting", "appointment", "call", "deadline", "party", "lunch", "training",
                       "session", "shift", "schedule", "delivery", "order", "class", "event",
                       "me", "you", "us", "him", "her", "kids", "dog", "price", "time",
                       "nothing", "ticket", "request", "complaint", "note", "work order",
                       "we", "i", "they", "he", "she", "someone", "somebody", "everyone",
                       "anyone", "nobody", "boss", "manager", "guys", "team", "crew", "inventory",
                       "house", "home",  # "moved house last week"
                       "back", "out", "away", "up", "down", "off", "over", "here", "there",
                       "early", "late", "skip", "dumpster",
                       "stock", "everything", "stuff", "something", "anything", "idea", "clue"})


# nouns that, heading a phrase, make it an event or a thought rather than a thing: "forklift cert
# training moved to tuesday", "the meeting about the new shelves got pushed" (short forms too)
NOT_ITEM_HEADS = with_short_forms({
    "meeting", "meetings", "appointment", "appointments", "training", "session", "call", "party",
    "lunch", "class", "event", "shift", "deadline", "idea", "clue", "inspection", "interview",
    "conversation", "discussion", "walkthrough", "visit", "review", "presentation", "webinar",
    "orientation", "reservation", "booking", "schedule", "time", "date", "practice", "show",
    "rehearsal", "service", "concert", "game", "match", "gig", "performance", "recital",
    "ceremony", "wedding", "funeral", "fundraiser", "potluck", "picnic", "dinner", "brunch",
    "breakfast",
    # papers and messages about stock are no stock ("the invoice for the paint came today")
    "invoice", "invoices", "email", "emails", "e-mail", "receipt", "quote", "bill",
    "message", "text", "update", "news", "reply", "confirmation", "notice", "reminder", "report",
    "paperwork", "statement", "voicemail", "nap", "break", "rest", "chat", "word",
    # lists of who does what when: pinned up, not stocked ("the cleaning rota is on the board")
    "rota", "rotas", "roster", "rosters", "timetable", "timetables", "agenda", "agendas",
    "schedules", "notices",
    # days named by what happens on them ("inventory day moved to thursday"), and work done
    # somewhere ("the henley job came back": the crew, not a thing)
    "day", "days", "job",
    # a fault noticed is no thing had ("there's a funny smell in the prep room", "the kiln's
    # showing error E-3 again"): the trouble, said where a thing would be
    "smell", "smells", "noise", "noises", "error", "errors", "fault", "faults", "leak", "leaks",
    "problem", "problems"})
