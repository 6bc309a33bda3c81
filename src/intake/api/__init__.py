"""The HTTP API (Powertools resolver): one routing table for Lambda and the local server."""
from intake.api.app import IntakeResolver, build_app
from intake.api.services import Services, wire

__all__ = ["IntakeResolver", "Services", "build_app", "wire"]
