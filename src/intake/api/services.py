"""What the API's routes call, wired once per runtime by its composition root
(`intake.handlers.api` on Lambda, `intake serve` locally): the store, the journal and the
intake service. Nothing here opens a connection by itself."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from intake.service import IntakeService, Spool, catalog_parser
from intake.settings import Settings
from products.journal import Journal
from products.repository import Store

if TYPE_CHECKING:
    from intake.voice import VoiceService


@dataclass(frozen=True)
class Services:
    store: Store
    journal: Journal
    intakes: IntakeService
    settings: Settings
    voice: "VoiceService | None" = None  # POST /intakes/voice; wired by each runtime's root


def wire(store: Store, spool: Spool, settings: Settings) -> Services:
    journal = Journal(store)

    return Services(store=store, journal=journal,
                    intakes=IntakeService(store=store, journal=journal, parse=catalog_parser(journal),
                                          spool=spool),
                    settings=settings)
