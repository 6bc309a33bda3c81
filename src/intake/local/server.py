"""The local HTTP server: each request becomes an API Gateway v2 event for the same resolver
the Lambda runs, so there is no second routing table.

- A body larger than the limit is never read: the event carries the declared length and no
  body, the resolver answers 413, and the connection is closed.
- Powertools keeps the request being resolved in class attributes shared by every resolver of
  the process (one request per container is Lambda's model), so requests go through the
  resolver one at a time; reading and writing sockets stays concurrent. Several processes
  (or containers) share one database safely: that is where the concurrency guarantees live.
- Spooled intakes (kept while the database was down) are replayed at start and every few
  seconds by a background thread.
"""
from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aws_lambda_powertools import Logger

from intake.api.app import IntakeResolver
from intake.api.errors import error_body
from intake.local.gateway import from_response, to_event

logger = Logger(service="intake-local", child=True)

REPLAY_EVERY_SECONDS = 5.0
SOCKET_TIMEOUT_SECONDS = 30  # a client that stops sending mid-request frees its thread
_RESOLVING = threading.Lock()  # see the module docstring


class LocalContext:
    """What a resolver may read of a Lambda context, for a request served locally."""

    function_name = "intake-local"
    memory_limit_in_mb = 0
    invoked_function_arn = "arn:local:intake"

    def __init__(self, request_id: str):
        self.aws_request_id = request_id


class _Httpd(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 resets connections of a busy page or test


class LocalServer:
    def __init__(self, app: IntakeResolver, host: str = "127.0.0.1", port: int = 8000,
                 replay: Callable[[], list[str]] | None = None,
                 replay_every: float = REPLAY_EVERY_SECONDS, access_log: bool = False,
                 uploads: Any = None):
        self.app, self.replay, self.replay_every = app, replay, replay_every
        # uploads: the voice audio route (intake.local.voice.LocalVoice), served outside the resolver
        self.httpd = _Httpd((host, port), _handler_class(app, access_log, uploads))
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"

    def start(self) -> "LocalServer":
        """Serve in background threads (tests); `serve_forever` serves in this one."""
        self._start_replay()
        serving = threading.Thread(target=self.httpd.serve_forever, name="intake-http", daemon=True)
        serving.start()
        self._threads.append(serving)
        return self

    def serve_forever(self) -> None:
        self._start_replay()
        self.httpd.serve_forever()

    def close(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=10)

    def _start_replay(self) -> None:
        if self.replay is None:
            return
        thread = threading.Thread(target=self._replay_loop, name="intake-replay", daemon=True)
        thread.start()
        self._threads.append(thread)

    def _replay_loop(self) -> None:
        while True:
            try:
                done = self.replay()
                if done:
                    logger.info("replayed spooled intakes", extra={"intake_ids": done})
            except Exception:  # keep replaying later; one bad round must not stop the thread
                logger.exception("replay failed")
            if self._stop.wait(self.replay_every):
                return

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _handler_class(app: IntakeResolver, access_log: bool, uploads: Any = None) -> type[BaseHTTPRequestHandler]:
    limit = app.settings.max_body_bytes

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = SOCKET_TIMEOUT_SECONDS

        def do_GET(self) -> None:
            self._serve()

        do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = do_GET

        def _serve(self) -> None:
            if self.headers.get("Transfer-Encoding", "identity").lower() != "identity":
                return self._refuse(HTTPStatus.LENGTH_REQUIRED, "length_required",
                                    "send the body with a Content-Length")
            try:
                length = int(self.headers.get("Content-Length") or 0)
                if length < 0:
                    raise ValueError(length)
            except ValueError:
                return self._refuse(HTTPStatus.BAD_REQUEST, "invalid_request", "bad Content-Length")
            if uploads is not None and uploads.handles(self.command, self.path):  # voice audio
                if length > uploads.max_body:
                    return self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                                        f"the upload is larger than {uploads.max_body} bytes")
                body = self.rfile.read(length) if length else b""
                return self._write(*uploads.upload(self.path, self.headers.get("Content-Type", ""), body))
            body = None
            if length > limit:
                self.close_connection = True  # its body stays unread on the socket
            elif length:
                body = self.rfile.read(length)
            event = to_event(self.command, self.path, self.headers, body, self.client_address[0])
            try:
                with _RESOLVING:
                    response = app.resolve(event, LocalContext(event["requestContext"]["requestId"]))
            except Exception:  # the resolver maps errors itself; this is the last safety net
                logger.exception("the resolver failed")
                return self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error",
                                    "something went wrong on our side; it has been logged")
            self._write(*from_response(response))

        def _refuse(self, status: int, code: str, message: str) -> None:
            self.close_connection = True
            self._write(int(status), [("Content-Type", "application/json")],
                        json.dumps(error_body(code, message)).encode())

        def _write(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def version_string(self) -> str:
            return "intake"

        def log_message(self, format: str, *args: Any) -> None:
            if access_log:
                sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler
