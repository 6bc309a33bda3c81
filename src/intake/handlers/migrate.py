"""The migrations runner: applies db/migrations to the stack's database.

Two ways in:
- CloudFormation's custom resource (template.yaml, `Migrations`), on every deploy that changes
  this function's code. Create and Update upgrade; Delete does nothing (a stack being deleted
  keeps its data; the database has its own deletion policy). It always answers CloudFormation,
  on error and shortly before the function would time out too, so that a deploy fails fast
  with the reason instead of waiting an hour for an answer that never comes.
- A direct invoke, `{}` or `{"action": "upgrade"}` to upgrade, `{"action": "status"}` to read
  the schema version (docs/deploy.md, "Migrations"). Errors raise: the invoke shows them.

The database URL comes from the same configuration as the product function's (INTAKE_DB_URL, or
the RDS-format secret INTAKE_DB_SECRET_ARN with INTAKE_DB_NAME and INTAKE_DB_CA_BUNDLE); the
migrations from INTAKE_MIGRATIONS_DIR (the build bundles db/migrations).
"""
from __future__ import annotations

import json
import os
import threading
import urllib.request

from aws_lambda_powertools import Logger

from products.adapters import open_store
from products.handler import database_url

logger = Logger(service="intake-migrations")

PHYSICAL_ID = "intake-schema"      # one schema per stack; never changes, so no replacement
MAX_REASON_CHARS = 1000            # CloudFormation caps the whole response at 4 KB
TIMEOUT_MARGIN_SECONDS = 10        # answer FAILED this long before Lambda would cut us off
RESPONSE_TIMEOUT_SECONDS = 30


def migrate(action: str = "upgrade") -> dict:
    ca_bundle = os.environ.get("INTAKE_DB_CA_BUNDLE")
    if ca_bundle and not os.path.isfile(ca_bundle):
        raise FileNotFoundError(
            f"INTAKE_DB_CA_BUNDLE={ca_bundle} is not in the artifact: run `make -f deploy/Makefile "
            "rds-ca-bundle` before `sam build`, or deploy with DbTlsVerify=false")
    store = open_store(database_url())
    try:
        applied = store.upgrade() if action == "upgrade" else []
        return {"applied": applied, "version": store.schema_version()}
    finally:
        store.close()


@logger.inject_lambda_context
def handler(event: dict, context) -> dict:
    if "RequestType" in event and "ResponseURL" in event:
        return custom_resource(event, context)
    action = (event or {}).get("action", "upgrade")
    if action not in ("upgrade", "status"):
        raise ValueError(f"unknown action {action!r}: use 'upgrade' or 'status'")
    result = migrate(action)
    logger.info("migrations", extra=result)
    return result


def custom_resource(event: dict, context) -> dict:
    answer = _Answer(event)
    remaining = context.get_remaining_time_in_millis() / 1000 if context else 300
    timer = threading.Timer(max(remaining - TIMEOUT_MARGIN_SECONDS, 1), answer.send,
                            ("FAILED", "migrations did not finish before the function's timeout"))
    timer.daemon = True
    timer.start()
    try:
        if event["RequestType"] == "Delete":
            answer.send("SUCCESS", "nothing to do on delete: the data stays")
        else:
            result = migrate("upgrade")
            logger.info("migrations", extra=result)
            answer.send("SUCCESS", f"applied {result['applied'] or 'nothing'}",
                        {"SchemaVersion": str(result["version"])})
    except Exception as exc:   # any failure is reported to CloudFormation, never swallowed
        logger.exception("migrations failed")
        answer.send("FAILED", f"{type(exc).__name__}: {exc}")
    finally:
        timer.cancel()
    return {"Status": answer.status}


class _Answer:
    """The one response CloudFormation waits for: a PUT of JSON to the presigned ResponseURL.
    Sent at most once, whichever of the handler and the timeout timer gets there first."""

    def __init__(self, event: dict):
        self.event = event
        self.status: str | None = None
        self._lock = threading.Lock()

    def send(self, status: str, reason: str, data: dict | None = None) -> None:
        with self._lock:
            if self.status is not None:
                return
            self.status = status
        body = json.dumps({
            "Status": status,
            "Reason": reason[:MAX_REASON_CHARS],
            "PhysicalResourceId": self.event.get("PhysicalResourceId") or PHYSICAL_ID,
            "StackId": self.event["StackId"],
            "RequestId": self.event["RequestId"],
            "LogicalResourceId": self.event["LogicalResourceId"],
            "Data": data or {},
        }).encode()
        # The URL is signed without a content type: send an empty one, not urllib's default.
        request = urllib.request.Request(self.event["ResponseURL"], data=body, method="PUT",
                                         headers={"Content-Type": "", "Content-Length": str(len(body))})
        try:
            with urllib.request.urlopen(request, timeout=RESPONSE_TIMEOUT_SECONDS) as response:
                logger.info("answered CloudFormation", extra={"status": status, "http": response.status})
        except Exception:
            # Nothing else can tell CloudFormation; the log is where to look (and the stack
            # gives up after the custom resource's ServiceTimeout).
            logger.exception("could not answer CloudFormation", extra={"status": status})
