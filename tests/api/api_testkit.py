"""Helpers for the API tests: real-shaped events, replies, a local server in a subprocess, and a
TCP gate in front of MariaDB that can be shut and reopened (the database "goes down")."""
from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, NamedTuple
from stand_ins import LambdaContext  # noqa: F401 (re-exported to api tests)

ROOT = Path(__file__).resolve().parents[2]


class Reply(NamedTuple):
    status: int
    headers: dict[str, str]
    body: Any

    @property
    def error(self) -> dict:
        return self.body["error"]


_UNSET = object()


def at(event: dict, *, method: str | None = None, path: str | None = None, query: str | None = None,
       body: Any = _UNSET, headers: dict[str, str | None] | None = None) -> dict:
    """A copy of a sample event aimed elsewhere (path, method, body, headers), kept consistent
    the way API Gateway fills it (rawPath = requestContext.http.path, content-length)."""
    ev = copy.deepcopy(event)
    http = ev["requestContext"]["http"]
    if method:
        http["method"] = method
    if path:
        ev["rawPath"] = http["path"] = path
    if query is not None:
        ev["rawQueryString"] = query
        params: dict[str, str] = {}
        for pair in filter(None, query.split("&")):
            k, _, v = pair.partition("=")
            params[k] = f"{params[k]},{v}" if k in params else v
        if params:
            ev["queryStringParameters"] = params
        else:
            ev.pop("queryStringParameters", None)
    if body is not _UNSET:
        text = body if isinstance(body, str) or body is None else json.dumps(body)
        ev["body"] = text
        ev["headers"]["content-type"] = "application/json"
        ev["headers"]["content-length"] = str(len((text or "").encode()))
    for name, value in (headers or {}).items():
        if value is None:
            ev["headers"].pop(name, None)
        else:
            ev["headers"][name] = value
    return ev


def reply(raw: dict) -> Reply:
    headers = {k.lower(): v for k, v in (raw.get("headers") or {}).items()}
    body = raw.get("body")
    if "json" in headers.get("content-type", "") and body:
        body = json.loads(body)
    return Reply(raw["statusCode"], headers, body)


# -- real HTTP ---------------------------------------------------------------------------------
def http(method: str, url: str, body: Any = None, headers: dict[str, str] | None = None,
         timeout: float = 30) -> Reply:
    data = None
    sent = {"Accept": "application/json", **(headers or {})}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, method=method, headers=sent)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, got, raw = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        status, got, raw = exc.code, dict(exc.headers), exc.read()
    got = {k.lower(): v for k, v in got.items()}
    parsed: Any = raw
    if "json" in got.get("content-type", ""):
        parsed = json.loads(raw)
    elif raw:
        parsed = raw.decode("utf-8", "replace")
    return Reply(status, got, parsed)


class Served(NamedTuple):
    process: subprocess.Popen
    url: str


def start_serve(db_url: str, data_dir: Path, extra_env: dict[str, str] | None = None,
                timeout: float = 60) -> Served:
    """`intake serve --port 0` in a subprocess; returns once it printed its URL."""
    env = {**os.environ, "INTAKE_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1", **(extra_env or {})}
    env.pop("INTAKE_DB_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "intake", "serve", "--port", "0", "--db", db_url],
        cwd=data_dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []

    def read_first_line() -> None:
        lines.append(process.stdout.readline())

    reader = threading.Thread(target=read_first_line, daemon=True)
    reader.start()
    reader.join(timeout)
    first = lines[0] if lines else ""
    if "serving on " not in first:
        process.kill()
        _, err = process.communicate(timeout=10)
        raise RuntimeError(f"intake serve did not start: {first!r}\n{err[-3000:]}")
    # keep draining the pipes so that a chatty server never blocks on a full pipe
    threading.Thread(target=process.stdout.read, daemon=True).start()
    threading.Thread(target=process.stderr.read, daemon=True).start()
    return Served(process, first.split("serving on ", 1)[1].split()[0])


def stop(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        served.process.kill()
        served.process.wait(timeout=5)


def wait_until(check, timeout: float = 20, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout}s waiting for {check}")
        time.sleep(every)


# -- a database that goes down and comes back ------------------------------------------------------
class TcpGate:
    """A TCP forwarder on 127.0.0.1 to a real server. `shut()` stops listening and drops every
    connection (clients get "connection refused", as when the server is down); `reopen()`
    listens again on the same port."""

    def __init__(self, target_host: str, target_port: int):
        self.target = (target_host, target_port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def reopen(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def shut(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        with self._lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
