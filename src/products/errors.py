"""Domain errors. Entry points map these to HTTP statuses or CLI messages in one place each."""
from __future__ import annotations


class DomainError(Exception):
    """Something the caller asked for cannot be done; the message is safe to show a person."""

    code = "invalid_request"

    def __init__(self, message: str, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or {}


class InvalidName(DomainError):
    code = "invalid_name"


class InvalidEvent(DomainError):
    code = "invalid_event"


class NotFound(DomainError):
    code = "not_found"


class Conflict(DomainError):
    """The request contradicts the journal's state (e.g. undoing an event twice)."""

    code = "conflict"


class StorageUnavailable(Exception):
    """The database cannot be reached. Not a DomainError: nothing is wrong with the request,
    and it can be retried."""

    code = "storage_unavailable"
