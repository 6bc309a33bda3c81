"""The migrations runner: direct invokes, and CloudFormation's custom resource protocol (always
an answer, once, also on errors and near the timeout), on SQLite and on MariaDB."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse

import pytest

from intake.handlers import migrate


@dataclass
class LambdaContext:
    remaining_ms: int = 300_000
    function_name: str = "intake-migrate"
    memory_limit_in_mb: int = 256
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:intake-migrate"
    aws_request_id: str = "6f1c8a4e-0000-4000-8000-000000000001"

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_ms


def cfn_event(url: str, request_type: str, **extra) -> dict:
    return {"RequestType": request_type, "ResponseURL": url,
            "StackId": "arn:aws:cloudformation:eu-west-1:123456789012:stack/intake/guid",
            "RequestId": "req-1", "LogicalResourceId": "Migrations",
            "ResourceType": "Custom::Migrations", "ResourceProperties": {}, **extra}


class CloudFormation:
    """A stand-in for the presigned response URL: records every PUT."""

    def __init__(self):
        self.answers: list[dict] = []
        self.headers: list[dict] = []
        answers, headers = self.answers, self.headers

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                answers.append(json.loads(body))
                headers.append(dict(self.headers))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/response?X-Amz-Signature=abc"

    def event(self, request_type: str, **extra) -> dict:
        return cfn_event(self.url, request_type, **extra)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def cfn():
    server = CloudFormation()
    yield server
    server.close()


@pytest.fixture
def sqlite_db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'deploy.db'}"
    monkeypatch.setenv("INTAKE_DB_URL", url)
    monkeypatch.delenv("INTAKE_DB_CA_BUNDLE", raising=False)
    return url


def test_direct_invoke_upgrades_once_and_reports_the_version(sqlite_db):
    # WHEN the function is invoked by hand, twice
    first = migrate.handler({}, LambdaContext())
    again = migrate.handler({"action": "upgrade"}, LambdaContext())
    status = migrate.handler({"action": "status"}, LambdaContext())
    # THEN the first applies every migration, the second nothing, and status reads the version
    assert first["applied"] and first["version"] == max(first["applied"])
    assert again == {"applied": [], "version": first["version"]}
    assert status == again


def test_direct_invoke_rejects_an_unknown_action(sqlite_db):
    with pytest.raises(ValueError, match="unknown action"):
        migrate.handler({"action": "drop"}, LambdaContext())


def test_create_upgrades_and_answers_success(sqlite_db, cfn):
    # WHEN CloudFormation creates the custom resource
    reply = migrate.handler(cfn.event("Create"), LambdaContext())
    # THEN it answered SUCCESS once, with the schema version and a stable physical id
    [answer] = cfn.answers
    assert reply == {"Status": "SUCCESS"} and answer["Status"] == "SUCCESS"
    assert answer["PhysicalResourceId"] == migrate.PHYSICAL_ID
    assert (answer["StackId"], answer["RequestId"], answer["LogicalResourceId"]) == (
        "arn:aws:cloudformation:eu-west-1:123456789012:stack/intake/guid", "req-1", "Migrations")
    assert int(answer["Data"]["SchemaVersion"]) >= 1
    # the presigned URL is signed without a content type
    assert cfn.headers[0].get("Content-Type", "") == ""


def test_update_keeps_the_physical_id(sqlite_db, cfn):
    migrate.handler(cfn.event("Update", PhysicalResourceId="intake-schema"), LambdaContext())
    [answer] = cfn.answers
    assert answer["Status"] == "SUCCESS" and answer["PhysicalResourceId"] == "intake-schema"


def test_delete_answers_success_without_touching_the_database(monkeypatch, cfn):
    # GIVEN a database that cannot be reached
    monkeypatch.setenv("INTAKE_DB_URL", "mysql://nobody@127.0.0.1:1/none")
    # WHEN the stack deletes the custom resource
    migrate.handler(cfn.event("Delete", PhysicalResourceId="intake-schema"), LambdaContext())
    # THEN it says SUCCESS: deleting a stack never drops data
    [answer] = cfn.answers
    assert answer["Status"] == "SUCCESS"


def test_a_failure_is_answered_with_its_reason(monkeypatch, cfn):
    # GIVEN no database configuration at all
    monkeypatch.delenv("INTAKE_DB_URL", raising=False)
    monkeypatch.delenv("INTAKE_DB_SECRET_ARN", raising=False)
    # WHEN CloudFormation creates the resource
    reply = migrate.handler(cfn.event("Create"), LambdaContext())
    # THEN it answers FAILED with the reason instead of raising (which would leave the stack waiting)
    [answer] = cfn.answers
    assert reply == {"Status": "FAILED"} and answer["Status"] == "FAILED"
    assert "INTAKE_DB_URL" in answer["Reason"]


def test_a_missing_ca_bundle_is_named(sqlite_db, monkeypatch, cfn, tmp_path):
    monkeypatch.setenv("INTAKE_DB_CA_BUNDLE", str(tmp_path / "absent.pem"))
    migrate.handler(cfn.event("Create"), LambdaContext())
    [answer] = cfn.answers
    assert answer["Status"] == "FAILED" and "rds-ca-bundle" in answer["Reason"]


def test_near_the_timeout_it_answers_failed_once(sqlite_db, monkeypatch, cfn):
    # GIVEN migrations slower than the time left
    def slow(action="upgrade"):
        time.sleep(2.5)
        return {"applied": [], "version": 1}

    monkeypatch.setattr(migrate, "migrate", slow)
    context = LambdaContext(remaining_ms=(migrate.TIMEOUT_MARGIN_SECONDS + 1) * 1000)
    # WHEN the resource is created
    migrate.handler(cfn.event("Create"), context)
    # THEN FAILED went out before the function would have been cut off, and nothing after it
    [answer] = cfn.answers
    assert answer["Status"] == "FAILED" and "timeout" in answer["Reason"]


def test_an_unreachable_response_url_does_not_raise(sqlite_db):
    # GIVEN a response URL nobody answers on
    event = cfn_event("http://127.0.0.1:1/gone", "Create")
    # THEN the handler still returns (the log says why CloudFormation heard nothing)
    assert migrate.handler(event, LambdaContext()) == {"Status": "SUCCESS"}


@pytest.mark.mysql
def test_create_on_mariadb(mysql_url, monkeypatch, cfn):
    # GIVEN this suite's own database on the test server
    parsed = urlparse(mysql_url)
    import pymysql

    conn = pymysql.connect(host=parsed.hostname, port=parsed.port or 3306,
                           user=parsed.username or "root", password=parsed.password or "")
    with conn.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS intake_test_deploy")
        cur.execute("CREATE DATABASE intake_test_deploy")
    conn.close()
    monkeypatch.setenv("INTAKE_DB_URL", parsed._replace(path="/intake_test_deploy").geturl())
    monkeypatch.delenv("INTAKE_DB_CA_BUNDLE", raising=False)
    # WHEN CloudFormation creates, then updates, the resource
    migrate.handler(cfn.event("Create"), LambdaContext())
    migrate.handler(cfn.event("Update", PhysicalResourceId="intake-schema"), LambdaContext())
    # THEN both succeed on the same schema version
    first, second = cfn.answers
    assert first["Status"] == second["Status"] == "SUCCESS"
    assert first["Data"]["SchemaVersion"] == second["Data"]["SchemaVersion"] != "0"
