"""Signing in on the page as on AWS, end to end: `intake serve` tells the page `auth: "cognito"`
(GET /config.json) and points it at a fake Cognito endpoint, a tiny HTTP server in this test that
stands in for cognito-idp the way moto stands in for S3: it answers InitiateAuth
(USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH) and RespondToAuthChallenge (NEW_PASSWORD_REQUIRED) as
Cognito does, CORS preflight included. The server's INTAKE_API_TOKEN is the ID token the fake
issues, so the API accepts exactly that bearer token, as the JWT authorizer accepts the pool's.

A person created with a temporary password (admin-create-user) signs in, chooses a password,
records a sentence; a token the server refuses is renewed with the refresh token and the request
sent again; when renewing fails too, the page asks to sign in again."""
from __future__ import annotations

import base64
import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from browser_kit import ARTIFACTS, WAIT_MS, chromium, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CLIENT_ID = "3n4b5urk1ft4fl3mg5e62d9ado"
EMAIL = "ana@example.org"
SUB = "7d41b146-8f3b-4c82-bd1e-1b14f36a98c2"
TEMPORARY = "Temp-Passw0rd-e-mailed"
CHOSEN = "a-long-Passphrase-1"
REFRESH = "refresh-token-of-ana"
# Chromium logs every 4xx answer; the 401s and Cognito's 400 (a refused renewal) are meant here
EXPECTED_REFUSAL = re.compile(r"Failed to load resource: the server responded with a status of 40[01] ")


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


# An ID token as Cognito shapes it (the page reads only `exp`; the local server compares it whole)
ID_TOKEN = ".".join([_b64({"kid": "test", "alg": "RS256"}),
                     _b64({"sub": SUB, "email": EMAIL, "aud": CLIENT_ID, "token_use": "id",
                           "iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test",
                           "exp": int(time.time()) + 3600}),
                     "c2lnbmF0dXJl"])


class FakeCognito:
    """cognito-idp's JSON 1.1 protocol for one user, one app client, no secret."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.password = TEMPORARY
        self.refresh_works = True
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def answer(self, action: str, body: dict) -> tuple[int, dict]:
        self.calls.append((action, body))
        if body.get("ClientId") != CLIENT_ID:
            return 400, {"__type": "ResourceNotFoundException", "message": "User pool client does not exist."}
        tokens = {"IdToken": ID_TOKEN, "AccessToken": "access-token", "ExpiresIn": 3600, "TokenType": "Bearer"}
        if action == "InitiateAuth" and body.get("AuthFlow") == "USER_PASSWORD_AUTH":
            given = body.get("AuthParameters", {})
            if (given.get("USERNAME"), given.get("PASSWORD")) != (EMAIL, self.password):
                return 400, {"__type": "NotAuthorizedException", "message": "Incorrect username or password."}
            if self.password == TEMPORARY:
                return 200, {"ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": "session-1",
                             "ChallengeParameters": {"USER_ID_FOR_SRP": SUB, "requiredAttributes": "[]",
                                                     "userAttributes": json.dumps({"email": EMAIL})}}
            return 200, {"ChallengeParameters": {}, "AuthenticationResult": {**tokens, "RefreshToken": REFRESH}}
        if action == "RespondToAuthChallenge":
            said = body.get("ChallengeResponses", {})
            if (body.get("ChallengeName"), body.get("Session"), said.get("USERNAME")) != (
                    "NEW_PASSWORD_REQUIRED", "session-1", SUB):
                return 400, {"__type": "NotAuthorizedException", "message": "Invalid session for the user."}
            if len(said.get("NEW_PASSWORD", "")) < 12:
                return 400, {"__type": "InvalidPasswordException",
                             "message": "Password does not conform to policy: Password not long enough"}
            self.password = said["NEW_PASSWORD"]
            return 200, {"ChallengeParameters": {}, "AuthenticationResult": {**tokens, "RefreshToken": REFRESH}}
        if action == "InitiateAuth" and body.get("AuthFlow") == "REFRESH_TOKEN_AUTH":
            if not self.refresh_works or body.get("AuthParameters", {}).get("REFRESH_TOKEN") != REFRESH:
                return 400, {"__type": "NotAuthorizedException", "message": "Refresh Token has expired"}
            return 200, {"ChallengeParameters": {}, "AuthenticationResult": tokens}
        return 400, {"__type": "InvalidParameterException", "message": f"not faked: {action}"}

    def actions(self) -> list[str]:
        return [f"{action}:{body.get('AuthFlow') or body.get('ChallengeName')}" for action, body in self.calls]

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_OPTIONS(self):  # the browser's CORS preflight, answered as Cognito does
                self._reply(200, b"", {"Access-Control-Allow-Methods": "POST",
                                       "Access-Control-Allow-Headers": "content-type, x-amz-target",
                                       "Access-Control-Max-Age": "600"})

            def do_POST(self):
                target = self.headers.get("X-Amz-Target", "")
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if self.headers.get("Content-Type") != "application/x-amz-json-1.1" or \
                        not target.startswith("AWSCognitoIdentityProviderService."):
                    status, answer = 400, {"__type": "UnknownOperationException"}
                else:
                    status, answer = fake.answer(target.split(".", 1)[1], body)
                self._reply(status, json.dumps(answer).encode(),
                            {"Content-Type": "application/x-amz-json-1.1"})

            def _reply(self, status: int, data: bytes, headers: dict[str, str]):
                self.send_response(status)
                self.send_header("Access-Control-Allow-Origin", "*")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def cognito() -> Iterator[FakeCognito]:
    fake = FakeCognito()
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


@pytest.fixture
def served(tmp_path, cognito) -> Iterator[str]:
    with serving(tmp_path, INTAKE_API_TOKEN=ID_TOKEN, INTAKE_COGNITO_REGION="eu-west-1",
                 INTAKE_COGNITO_CLIENT_ID=CLIENT_ID, INTAKE_COGNITO_ENDPOINT=cognito.url) as url:
        yield url


def test_a_person_signs_in_with_cognito_and_records_a_sentence(served, cognito):
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []  # a CSP refusal of the sign-in call would be a console error
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on("console", lambda m: problems.append(f"console: {m.text}")
                if m.type == "error" and not EXPECTED_REFUSAL.match(m.text) else None)
        sent: list[str | None] = []
        page.on("request", lambda r: sent.append(r.headers.get("authorization"))
                if r.url.endswith("/intakes/text") else None)
        form, error = page.locator("#signin-form"), page.locator("#signin-error")

        # GIVEN the page of a server that says auth "cognito", opened by someone with no token
        page.goto(served)
        # THEN it asks them to sign in at once (/health is open: it still shows the database)
        expect(form).to_be_visible()
        expect(page.locator("#signin-email")).to_be_focused()
        expect(page.locator("#health")).to_have_text("Database connected")

        # WHEN they sign in with the temporary password admin-create-user gave them
        page.keyboard.type(EMAIL)
        page.keyboard.press("Tab")
        page.keyboard.type(TEMPORARY)
        page.keyboard.press("Enter")
        # THEN Cognito's NEW_PASSWORD_REQUIRED challenge asks for their own password
        expect(page.locator("#signin-new-step")).to_be_visible()
        expect(page.locator("#signin-password-step")).to_be_hidden()
        expect(page.locator("#signin-new")).to_be_focused()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "signin-new-password.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the sign-in form is {overflow}px wider than a 390 px phone"
        page.screenshot(path=str(ARTIFACTS / "signin-phone-390.png"))
        page.set_viewport_size({"width": 1280, "height": 900})
        # (two different entries are caught on the page, before Cognito is asked)
        page.fill("#signin-new", CHOSEN)
        page.fill("#signin-repeat", CHOSEN + "x")
        page.press("#signin-repeat", "Enter")
        expect(error).to_have_text("The two new passwords are not the same.")
        page.fill("#signin-repeat", CHOSEN)
        page.press("#signin-repeat", "Enter")
        # AND then they are in: the form is gone, the ID token is in sessionStorage only
        expect(form).to_be_hidden()
        expect(page.locator("#sign-out")).to_be_visible()
        expect(page.locator("#say")).to_be_focused()
        assert page.evaluate("sessionStorage.getItem('intake-token')") == ID_TOKEN
        assert page.evaluate("localStorage.length") == 0
        assert cognito.actions()[:2] == ["InitiateAuth:USER_PASSWORD_AUTH",
                                        "RespondToAuthChallenge:NEW_PASSWORD_REQUIRED"]
        assert cognito.password == CHOSEN

        # WHEN they record a sentence
        say(page, "moved the red ladder to the van")
        # THEN it is recorded, sent with the ID token as the bearer token
        expect(page.locator("#say-result")).to_contain_text("red ladder")
        expect(page.locator("#events li").first).to_contain_text("red ladder")
        assert sent == [f"Bearer {ID_TOKEN}"]

        # WHEN the server refuses the token they hold (expired, say)
        page.evaluate("sessionStorage.setItem('intake-token', 'an-expired-token')")
        say(page, "added a step ladder to the shed")
        # THEN the page renews it with the refresh token and sends the sentence again, once
        expect(page.locator("#say-result")).to_contain_text("step ladder")
        assert cognito.actions()[-1] == "InitiateAuth:REFRESH_TOKEN_AUTH"
        assert sent[-2:] == ["Bearer an-expired-token", f"Bearer {ID_TOKEN}"]
        assert page.evaluate("sessionStorage.getItem('intake-token')") == ID_TOKEN
        expect(form).to_be_hidden()

        # WHEN renewing fails too (the refresh token expired)
        cognito.refresh_works = False
        page.evaluate("sessionStorage.setItem('intake-token', 'an-expired-token')")
        page.fill("#say", "counted 4 paint cans in the shed")
        page.press("#say", "Enter")
        # THEN the page asks them to sign in again, e-mail kept, and nothing was recorded
        expect(form).to_be_visible()
        expect(page.locator("#signin-password-step")).to_be_visible()
        expect(page.locator("#signin-email")).to_have_value(EMAIL)
        expect(page.locator("#signin-password")).to_be_focused()
        expect(page.locator("#say")).to_have_value("counted 4 paint cans in the shed")
        expect(page.locator("#say-result")).to_have_text("Not recorded: sign in above, then send it again.")
        # AND with their own password (no challenge now) the sentence goes through
        page.keyboard.type(CHOSEN)
        page.keyboard.press("Enter")
        expect(form).to_be_hidden()
        page.press("#say", "Enter")
        expect(page.locator("#say-result")).to_contain_text("paint cans")
        assert sent[-1] == f"Bearer {ID_TOKEN}"
        assert problems == [], problems


def say(page, text: str) -> None:
    from playwright.sync_api import expect

    page.fill("#say", text)
    page.press("#say", "Enter")
    expect(page.locator("#say")).to_have_value("")


def test_with_intake_api_token_the_page_asks_for_the_token_as_before(tmp_path):
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    with serving(tmp_path, INTAKE_API_TOKEN="local-s3cret") as url, chromium() as browser:
        page = browser.new_page()
        # GIVEN the page of `intake serve` with a token (config.json says auth "token")
        page.goto(url)
        # THEN the first refused call asks for the token; there is no sign-in form
        expect(page.locator("#token-form")).to_be_visible()
        expect(page.locator("#token")).to_be_focused()
        expect(page.locator("#signin-form")).to_be_hidden()
        # WHEN it is given, the page works with it
        page.keyboard.type("local-s3cret")
        page.keyboard.press("Enter")
        expect(page.locator("#token-form")).to_be_hidden()
        say(page, "moved the red ladder to the van")
        expect(page.locator("#say-result")).to_contain_text("red ladder")
        expect(page.locator("#sign-out")).to_be_hidden()
        assert page.evaluate("sessionStorage.getItem('intake-token')") == "local-s3cret"
