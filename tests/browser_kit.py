"""What the browser tests share: Debian's headless Chromium through Playwright (no downloaded
browser) and `intake serve --port 0` on a fresh SQLite file, as a person runs it.

Without /usr/bin/chromium or playwright the tests skip, except under CI=true, where they fail."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import IN_CI, ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
WAIT_MS = 15_000


def needs(condition: bool, message: str) -> None:
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true but {message}")
    pytest.skip(message)


@contextmanager
def chromium(*extra_flags: str) -> Iterator:
    needs(Path(CHROMIUM).exists(), f"the browser test needs Debian's chromium at {CHROMIUM} "
                                   "(apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        needs(False, "the browser test needs the playwright package (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=[*FLAGS, *extra_flags], headless=True)
        try:
            yield launched
        finally:
            launched.close()


@contextmanager
def serving(folder: Path, **env: str) -> Iterator[str]:
    """`intake serve --port 0` with this environment (and no INTAKE_DB_URL, INTAKE_API_TOKEN,
    INTAKE_CORS_ORIGINS or INTAKE_COGNITO_* but those given); yields the page's URL."""
    full = {**os.environ, "INTAKE_DATA_DIR": str(folder), "PYTHONUNBUFFERED": "1"}
    for name in ("INTAKE_DB_URL", "INTAKE_API_TOKEN", "INTAKE_CORS_ORIGINS", "INTAKE_COGNITO_REGION",
                 "INTAKE_COGNITO_CLIENT_ID", "INTAKE_COGNITO_ENDPOINT"):
        full.pop(name, None)
    full.update(env)
    process = subprocess.Popen(
        [sys.executable, "-m", "intake", "serve", "--port", "0", "--db", f"sqlite:///{folder / 'e2e.db'}"],
        cwd=folder, env=full, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    try:
        line = first[0] if first else ""
        assert "serving on http://127.0.0.1:" in line, f"intake serve printed {line!r}"
        threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
        yield line.split("serving on ", 1)[1].split()[0]
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
