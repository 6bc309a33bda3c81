"""End to end: `intake serve` on a temp SQLite database, Debian's headless Chromium "recording"
a spoken WAV through its fake audio capture, the page uploading it, the offline transcriber
hearing it, and the page showing the recorded event beside the transcript."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from voice_fakes import IN_CI, SAMPLES


CHROMIUM = "/usr/bin/chromium"
CLIP = "moved_gloves.wav"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _chromium_or_skip() -> str:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = f"the browser test needs Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    if IN_CI:
        pytest.fail(f"CI=true but {message}")
    pytest.skip(message)


@pytest.fixture
def server(tmp_path):
    env = {**os.environ, "INTAKE_DATA_DIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    env.pop("INTAKE_API_TOKEN", None)
    intake = shutil.which("intake", path=str(Path(sys.executable).parent)) or "intake"
    process = subprocess.Popen([intake, "serve", "--port", "0", "--db", f"sqlite:///{tmp_path / 'e2e.db'}"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    try:
        line = process.stdout.readline()
        if "serving on" not in line:
            process.wait(timeout=15)
            pytest.fail(f"intake serve did not start:\n{line}{process.stdout.read()}")
        yield line.split("serving on ", 1)[1].split()[0].rstrip("/")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _post(base: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def test_a_spoken_note_recorded_in_the_browser_is_recorded(server):
    chromium = _chromium_or_skip()
    from playwright.sync_api import expect, sync_playwright

    # GIVEN a catalog that knows the product the clip names
    clip = next(json.loads(line) for line in (SAMPLES / "audio" / "clips.jsonl").read_text().splitlines()
                if json.loads(line)["file"] == CLIP)
    expected = clip["expect"][0]
    seeded = _post(server, "/intakes/form", {"product": expected["resolves_to"], "event_type": "added",
                                             "location": "shelf a2 in the garage"})
    assert seeded["status"] == "recorded"
    audio = SAMPLES / "audio" / CLIP
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={audio}%noloop"])
        try:
            page = browser.new_page()
            page.goto(server + "/")
            record = page.locator("#voice-record")
            expect(record).to_be_visible()
            # WHEN the person presses Record, speaks (the clip plays once), and presses Stop
            record.click()
            expect(record).to_have_text("Stop")
            page.wait_for_timeout(int(clip["seconds"] * 1000) + 700)
            record.click()
            # THEN the page follows the intake until it is recorded, and shows what was heard
            expect(page.locator("#voice-status")).to_have_text("Recorded.", timeout=180_000)
            expect(page.locator("#voice-result")).to_contain_text("Moved")
            expect(page.locator("#voice-result")).to_contain_text(expected["resolves_to"])
            expect(page.locator("#voice-transcript")).to_contain_text("Heard:")
            expect(page.locator("#voice-transcript")).to_contain_text("gloves")
            page.screenshot(path=str(Path(os.environ.get("INTAKE_TEST_ARTIFACTS", "test-artifacts")) / "voice.png"))
        finally:
            browser.close()
