"""Stand-ins for what the tests do not run for real: Lambda's context object, and a spool kept
in memory (the file and S3 spools have tests of their own)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class LambdaContext:
    function_name: str = "intake-dev"
    memory_limit_in_mb: int = 1024
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:intake-dev"
    aws_request_id: str = "7c4e2b9a-1f3d-4e5a-8b6c-0d9e8f7a6b5c"


class MemorySpool:
    def __init__(self) -> None:
        self.items: dict[str, dict] = {}

    def put(self, intake_id, request):
        self.items[intake_id] = request

    def pending(self):
        return list(self.items.items())

    def remove(self, intake_id):
        self.items.pop(intake_id, None)
