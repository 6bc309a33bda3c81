"""HTTP request <-> API Gateway HTTP API (payload format 2.0) event and response.

This is what API Gateway does in front of the Lambda, done locally, so that the resolver sees
the same events in both runtimes: lower-cased headers (repeats joined by commas), cookies
apart, the query string both raw and parsed, a body that is not UTF-8 sent base64-encoded."""
from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Iterable
from email.message import Message
from urllib.parse import parse_qsl, urlsplit


def to_event(method: str, target: str, headers: Message | Iterable[tuple[str, str]],
             body: bytes | None, source_ip: str) -> dict:
    url = urlsplit(target)
    path = url.path or "/"
    merged: dict[str, str] = {}
    items = headers.items() if isinstance(headers, Message) else headers
    for name, value in items:
        key = name.lower()
        merged[key] = f"{merged[key]},{value}" if key in merged else value
    cookies = [c.strip() for c in merged.pop("cookie", "").split(";") if c.strip()]
    query: dict[str, str] = {}
    for name, value in parse_qsl(url.query, keep_blank_values=True):
        query[name] = f"{query[name]},{value}" if name in query else value
    encoded = False
    text: str | None = None
    if body:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text, encoded = base64.b64encode(body).decode("ascii"), True
    now = time.time()
    event = {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": path,
        "rawQueryString": url.query,
        "headers": merged,
        "queryStringParameters": query or None,
        "requestContext": {
            "accountId": "local",
            "apiId": "local",
            "domainName": merged.get("host", "localhost"),
            "domainPrefix": merged.get("host", "localhost").split(".")[0],
            "http": {"method": method.upper(), "path": path, "protocol": "HTTP/1.1",
                     "sourceIp": source_ip, "userAgent": merged.get("user-agent", "")},
            "requestId": uuid.uuid4().hex,
            "routeKey": "$default",
            "stage": "$default",
            "time": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
            "timeEpoch": int(now * 1000),
        },
        "body": text,
        "isBase64Encoded": encoded,
    }
    if cookies:
        event["cookies"] = cookies
    return event


def from_response(response: dict) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers, body) from what the resolver returned."""
    body = response.get("body") or ""
    data = base64.b64decode(body) if response.get("isBase64Encoded") else str(body).encode("utf-8")
    headers = [(k, str(v)) for k, v in (response.get("headers") or {}).items()
               if k.lower() not in ("content-length", "transfer-encoding", "connection")]
    headers += [("Set-Cookie", c) for c in response.get("cookies") or []]
    return int(response.get("statusCode", 500)), headers, data
