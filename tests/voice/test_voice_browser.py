"""End to end: `intake serve` on a temp SQLite database, Debian's headless Chromium "recording"
a spoken WAV through its fake audio capture, the page uploading it, the offline transcriber
hearing it, and the page showing the recorded event beside the transcript."""
from __future__ import annotations

import json
import urllib.request

import pytest
from browser_kit import ARTIFACTS, chromium, serving
from voice_fakes import SAMPLES

CLIP = "moved_gloves.wav"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def server(tmp_path):
    with serving(tmp_path) as url:
        yield url.rstrip("/")


def _post(base: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def test_a_spoken_note_recorded_in_the_browser_is_recorded(server):
    from playwright.sync_api import expect

    # GIVEN a catalog that knows the product the clip names
    clip = next(json.loads(line) for line in (SAMPLES / "audio" / "clips.jsonl").read_text().splitlines()
                if json.loads(line)["file"] == CLIP)
    expected = clip["expect"][0]
    seeded = _post(server, "/intakes/form", {"product": expected["resolves_to"], "event_type": "added",
                                             "location": "shelf a2 in the garage"})
    assert seeded["status"] == "recorded"
    audio = SAMPLES / "audio" / CLIP
    with chromium("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                  f"--use-file-for-fake-audio-capture={audio}%noloop") as browser:
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
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "voice.png"))
