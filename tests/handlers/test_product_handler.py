"""The product Lambda: direct invoke and the SQS consumer, over a real database; moto stands in
for Secrets Manager."""
from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from conftest import load_event
from products import handler as product_fn
from stand_ins import LambdaContext


@pytest.fixture
def fresh_function(monkeypatch):
    monkeypatch.setattr(product_fn, "_journal", None)
    yield
    if product_fn._journal is not None:
        product_fn._journal.store.close()


@pytest.fixture
def sqlite_url(tmp_path, monkeypatch, fresh_function):
    from products.adapters import open_store

    url = f"sqlite:///{tmp_path / 'fn.db'}"
    open_store(url).upgrade()
    monkeypatch.setenv("INTAKE_DB_URL", url)
    return url


def test_direct_invoke_records_the_items(sqlite_url):
    # GIVEN a real-shaped payload of parsed items
    event = load_event("product_invoke")
    # WHEN the function is invoked, twice (a retry)
    first = product_fn.handler(event, LambdaContext())
    again = product_fn.handler(event, LambdaContext())
    # THEN the new product is created with an added event, once
    [result] = first["results"]
    assert (result["status"], result["outcome"], result["created"]) == ("recorded", "new", True)
    assert result["event"]["event_type"] == "added" and result["event"]["location"] == "van"
    assert again["results"][0]["duplicate"] and again["results"][0]["event"]["id"] == result["event"]["id"]


def test_bad_payloads_get_a_domain_error(sqlite_url):
    reply = product_fn.handler({"items": [{"product": "", "event_type": "added"}]}, LambdaContext())
    assert reply["error"]["code"] == "invalid_name"
    reply = product_fn.handler({"items": [{"product": "x", "event_type": "added", "colour": "red"}]},
                               LambdaContext())
    assert "unknown item fields" in reply["error"]["message"]


def test_sqs_batch_reports_only_the_failed_message(sqlite_url):
    event = load_event("sqs_product_batch")
    reply = product_fn.sqs_handler(event, LambdaContext())
    assert reply == {"batchItemFailures": [{"itemIdentifier": "c80e8021-a70a-42c7-a470-796e1186f753"}]}
    # redelivered: the good messages record nothing new
    product_fn.sqs_handler(event, LambdaContext())
    assert len(product_fn.journal().store.list_events()) == 2


@pytest.mark.mysql
def test_credentials_come_from_secrets_manager(mysql_url, mysql_store, monkeypatch, fresh_function):
    # GIVEN the database's credentials only in a (moto) Secrets Manager secret, RDS-style
    from urllib.parse import urlparse

    db = urlparse(mysql_url)
    monkeypatch.delenv("INTAKE_DB_URL", raising=False)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    with mock_aws():
        arn = boto3.client("secretsmanager", region_name="eu-west-1").create_secret(
            Name="intake/dev/db", SecretString=json.dumps({
                "username": db.username or "root", "password": db.password or "",
                "host": db.hostname, "port": db.port or 3306, "dbname": db.path.lstrip("/"),
                "engine": "mysql"}))["ARN"]
        monkeypatch.setenv("INTAKE_DB_SECRET_ARN", arn)
        # WHEN the function runs
        reply = product_fn.handler(load_event("product_invoke"), LambdaContext())
    # THEN it reached MariaDB with them
    assert reply["results"][0]["status"] == "recorded"
    assert [p.name for p in mysql_store.search_products("", 10)] == ["red ladder"]


def test_a_redelivered_message_without_an_intake_records_once(sqlite_url):
    # GIVEN a message with no intake id whose second item is invalid
    event = load_event("sqs_product_batch")
    record = dict(event["Records"][1])
    record["body"] = json.dumps({"items": [
        {"product": "zip ties", "event_type": "added", "quantity": 100},
        {"product": "zip ties", "event_type": "counted"}]})
    # WHEN it is delivered five times, as SQS does before the dead-letter queue
    from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError

    for _ in range(5):  # a batch whose every message failed is raised whole, for Lambda to retry
        with pytest.raises(BatchProcessingError):
            product_fn.sqs_handler({"Records": [record]}, LambdaContext())
    # THEN nothing was recorded: the bad item fails the message before any item is written
    assert product_fn.journal().store.list_events() == []
    # AND a good message delivered twice records once
    record["body"] = json.dumps({"items": [{"product": "zip ties", "event_type": "added", "quantity": 100}]})
    for _ in range(2):
        assert product_fn.sqs_handler({"Records": [record]}, LambdaContext()) == {"batchItemFailures": []}
    assert len(product_fn.journal().store.list_events()) == 1
