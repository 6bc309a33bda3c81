"""The local server: HTTP in, the same resolver, HTTP out. Oversized bodies are never read."""
from __future__ import annotations

import base64
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from email.message import Message
from urllib.parse import urlparse

import pytest

from api_testkit import http
from intake.adapters import FileSpool
from intake.api import build_app, wire
from intake.local.gateway import from_response, to_event
from intake.local.server import LocalServer
from intake.settings import Settings


@pytest.fixture
def server(sqlite_store, tmp_path):
    settings = Settings(data_dir=tmp_path, max_body_bytes=2048)
    services = wire(sqlite_store, FileSpool(tmp_path / "spool"), settings)
    with LocalServer(build_app(services), port=0) as running:
        yield running


def raw_exchange(url: str, request: bytes, timeout: float = 5) -> bytes:
    """Send bytes as they are and read the answer until the server closes the connection."""
    where = urlparse(url)
    with socket.create_connection((where.hostname, where.port), timeout=timeout) as conn:
        conn.sendall(request)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    return received


def test_requests_become_v2_events():
    # GIVEN an HTTP request with repeated headers, cookies, a repeated query parameter
    headers = Message()
    for name, value in [("Host", "127.0.0.1:8000"), ("Accept", "text/html"), ("Accept", "application/json"),
                        ("Cookie", "a=1; b=2"), ("X-Intake-Actor", "sam")]:
        headers[name] = value
    # WHEN it is turned into an event, with a body that is not UTF-8
    event = to_event("post", "/products?q=red%20ladder&tag=a&tag=b", headers, b"\xff\xfe", "127.0.0.1")
    # THEN it has the payload 2.0 shape API Gateway gives the Lambda
    assert event["version"] == "2.0" and event["routeKey"] == "$default"
    assert event["rawPath"] == "/products" and event["rawQueryString"] == "q=red%20ladder&tag=a&tag=b"
    assert event["queryStringParameters"] == {"q": "red ladder", "tag": "a,b"}
    assert event["headers"]["accept"] == "text/html,application/json"
    assert event["headers"]["x-intake-actor"] == "sam" and "cookie" not in event["headers"]
    assert event["cookies"] == ["a=1", "b=2"]
    assert event["requestContext"]["http"]["method"] == "POST"
    assert event["isBase64Encoded"] is True and base64.b64decode(event["body"]) == b"\xff\xfe"


def test_responses_are_written_back():
    status, headers, body = from_response({"statusCode": 201, "headers": {"Content-Type": "image/png"},
                                           "cookies": ["s=1"], "isBase64Encoded": True,
                                           "body": base64.b64encode(b"\x89PNG").decode()})
    assert (status, body) == (201, b"\x89PNG")
    assert ("Set-Cookie", "s=1") in headers and ("Content-Type", "image/png") in headers


def test_the_page_and_the_api_are_served(server):
    page = http("GET", server.url)
    assert page.status == 200 and '<section id="voice"' in page.body
    made = http("POST", f"{server.url}intakes/text", {"text": "moved the red ladder to the van"},
                {"X-Intake-Actor": "sam"})
    assert made.status == 201 and made.body["status"] == "recorded"
    events = http("GET", f"{server.url}events?limit=5")
    assert events.body["events"][0]["actor"] == "sam"


def test_an_oversized_body_is_refused_without_being_read(server):
    # GIVEN a client that announces a gigabyte and sends none of it
    request = (b"POST /intakes/text HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Content-Length: 1000000000\r\n\r\n")
    started = time.monotonic()
    # WHEN it waits for the answer
    answer = raw_exchange(server.url, request)
    # THEN it gets 413 at once and the connection is closed
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b'"payload_too_large"' in answer and b"Connection: close" in answer
    assert time.monotonic() - started < 3


def test_a_chunked_body_is_refused(server):
    request = (b"POST /intakes/text HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"5\r\nhello\r\n0\r\n\r\n")
    answer = raw_exchange(server.url, request)
    assert answer.startswith(b"HTTP/1.1 411") and b'"length_required"' in answer


def test_a_body_just_over_the_limit_is_413_and_just_under_is_parsed(server):
    over = http("POST", f"{server.url}intakes/text", b'{"text": "' + b"a" * 2100 + b'"}')
    assert over.status == 413 and over.error["code"] == "payload_too_large"
    under = http("POST", f"{server.url}intakes/text", b'{"text": "' + b"a" * 1500 + b'"}')
    assert under.status == 201 and under.body["status"] == "rejected"


def test_concurrent_requests_to_one_server_all_get_their_own_answer(server):
    # the resolver keeps the current request in shared state; the server must not mix them up
    def one(n: int):
        made = http("POST", f"{server.url}intakes/text", {"text": f"added {n + 1} widgets to bin {n}"})
        got = http("GET", f"{server.url}intakes/{made.body['id']}")
        return n, made, got

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(one, range(32)))
    for n, made, got in results:
        assert made.status == 201 and got.status == 200
        assert got.body["text"] == f"added {n + 1} widgets to bin {n}"
        assert got.body["items"][0]["quantity"] == n + 1
