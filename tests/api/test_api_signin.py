"""What the page needs before it has a token, on AWS and locally: the routes outside the JWT
authorizer, `GET /config.json` (how to sign in) in each mode, and a Content-Security-Policy
whose connect-src is exactly the page's own origin plus, on AWS, the bucket it uploads audio to
and Cognito. Lambda cases go through the handler with API Gateway v2 events from samples/events
shaped as API Gateway sends them for a route without an authorizer (no claims, no token)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from api_fixtures import BUCKET, REGION, sqlite_env  # noqa: F401  (fixtures)
from api_fixtures import lambda_env  # noqa: F401
from api_testkit import LambdaContext, at, reply
from conftest import load_event
from intake.adapters import FileSpool
from intake.api import build_app, wire
from intake.settings import Settings

CLIENT_ID = "3n4b5urk1ft4fl3mg5e62d9ado"
COGNITO = {"INTAKE_COGNITO_REGION": REGION, "INTAKE_COGNITO_CLIENT_ID": CLIENT_ID}
S3_ORIGIN = f"https://{BUCKET}.s3.{REGION}.amazonaws.com"
COGNITO_ORIGIN = f"https://cognito-idp.{REGION}.amazonaws.com"
PAGE_FILES = ("auth.js", "app.js", "app.css", "voice.js")


def directives(policy: str) -> dict[str, list[str]]:
    found = {}
    for part in filter(None, (p.strip() for p in policy.split(";"))):
        name, *values = part.split()
        assert name not in found, f"{name} twice in {policy!r}"
        found[name] = values
    return found


@pytest.fixture
def local_app(sqlite_store, tmp_path):
    """The resolver as `intake serve` wires it, with settings read from this environment."""
    def start(**env: str):
        settings = Settings.from_env({"INTAKE_DATA_DIR": str(tmp_path), **env})
        app = build_app(wire(sqlite_store, FileSpool(tmp_path / "spool"), settings))
        return lambda event: reply(app.resolve(event, LambdaContext()))
    return start


# -- GET /config.json ---------------------------------------------------------------------------
def test_on_aws_with_the_stacks_user_pool_the_page_is_told_to_sign_in_with_cognito(sqlite_env):
    # GIVEN the function as the template configures it (the pool's region and app client)
    api = sqlite_env(**COGNITO)
    # WHEN the page asks, with no token yet (an open route: no authorizer block)
    got = api(load_event("api_get_config"))
    # THEN it learns where and with which client to sign in, and nothing else
    assert got.status == 200 and got.headers["content-type"] == "application/json"
    assert got.body == {"auth": "cognito", "region": REGION, "user_pool_client_id": CLIENT_ID}
    assert got.headers["cache-control"] == "no-store"


def test_on_aws_with_another_issuer_the_page_asks_for_a_token(sqlite_env):
    got = sqlite_env()(load_event("api_get_config"))
    assert got.status == 200 and got.body == {"auth": "token"}


@pytest.mark.parametrize("env, expected", [
    ({}, {"auth": "none"}),
    ({"INTAKE_API_TOKEN": "s3cret-token"}, {"auth": "token"}),
    ({**COGNITO, "INTAKE_COGNITO_ENDPOINT": "http://127.0.0.1:9/"},
     {"auth": "cognito", "region": REGION, "user_pool_client_id": CLIENT_ID,
      "endpoint": "http://127.0.0.1:9/"}),
])
def test_locally_config_json_says_whether_a_token_is_needed(local_app, env, expected):
    # GIVEN intake serve's resolver; WHEN the page asks without a token (even when one is set)
    got = local_app(**env)(at(load_event("api_get_config"), headers={"authorization": None}))
    # THEN it answers, and says how the page gets its token
    assert got.status == 200 and got.body == expected


# -- the routes the template leaves open -----------------------------------------------------
@pytest.mark.parametrize("path, kind", [
    ("/", "text/html"), *((f"/static/{name}", "text/") for name in PAGE_FILES),
    ("/config.json", "application/json"), ("/docs", "text/html"),
    ("/openapi.json", "application/json"), ("/health", "application/json"),
])
def test_the_open_routes_are_served_without_a_jwt(sqlite_env, path, kind):
    # GIVEN the function behind the template's open routes (no claims reach it)
    api = sqlite_env(**COGNITO)
    event = at(load_event("api_get_static"), path=path)
    # WHEN a browser loads what the page and the docs need
    got = api(event)
    # THEN the resolver serves it
    assert got.status == 200 and got.headers["content-type"].startswith(kind), (path, got.body)


def test_an_unknown_static_file_is_404_not_another_route(sqlite_env):
    api = sqlite_env()
    for path in ("/static/nope.js", "/static/..%2Fevents", "/static/%2e%2e"):
        got = api(at(load_event("api_get_static"), path=path))
        assert got.status == 404 and got.error["code"] == "not_found", path


# -- Content-Security-Policy -------------------------------------------------------------------
def test_on_aws_the_page_may_connect_to_its_bucket_and_cognito_only(sqlite_env):
    api = sqlite_env(**COGNITO)
    for event in (load_event("api_get_page"), load_event("api_get_static")):
        policy = directives(api(event).headers["content-security-policy"])
        assert policy["connect-src"] == ["'self'", S3_ORIGIN, COGNITO_ORIGIN]
        assert policy["default-src"] == ["'self'"] and policy["form-action"] == ["'self'"]
        assert "script-src" not in policy and "style-src" not in policy  # default-src 'self'


def test_the_upload_form_names_the_origin_the_policy_allows(sqlite_env):
    # GIVEN the function; WHEN a voice note is started
    api = sqlite_env(**COGNITO)
    started = api(at(load_event("api_post_text"), path="/intakes/voice",
                     body={"content_type": "audio/webm", "size_bytes": 40_000}))
    assert started.status == 201, started.body
    # THEN the browser is sent to exactly the bucket origin its CSP lets it connect to
    url = urlsplit(started.body["upload"]["url"])
    assert f"{url.scheme}://{url.netloc}" == S3_ORIGIN
    page = api(load_event("api_get_page"))
    assert S3_ORIGIN in directives(page.headers["content-security-policy"])["connect-src"]


def test_in_us_east_1_the_upload_form_is_regional_too(sqlite_env):
    # boto3's default for us-east-1 is the global s3.amazonaws.com; the CSP names the regional one
    api = sqlite_env(AWS_REGION="us-east-1", AWS_DEFAULT_REGION="us-east-1")
    started = api(at(load_event("api_post_text"), path="/intakes/voice",
                     body={"content_type": "audio/webm", "size_bytes": 40_000}))
    origin = f"https://{BUCKET}.s3.us-east-1.amazonaws.com"
    assert started.body["upload"]["url"] == origin + "/"
    page = api(load_event("api_get_page"))
    assert directives(page.headers["content-security-policy"])["connect-src"] == ["'self'", origin]


@pytest.mark.parametrize("env, connect", [
    ({}, ["'self'"]),
    ({"INTAKE_BUCKET": BUCKET, "AWS_REGION": REGION, "INTAKE_API_TOKEN": "t"}, ["'self'"]),
    ({**COGNITO, "INTAKE_COGNITO_ENDPOINT": "http://127.0.0.1:9/"}, ["'self'", "http://127.0.0.1:9"]),
])
def test_locally_the_page_connects_to_itself(local_app, env, connect):
    # (the local server takes the audio itself; only a test's fake Cognito is added)
    got = local_app(**env)(load_event("api_get_page"))
    assert directives(got.headers["content-security-policy"])["connect-src"] == connect


# -- settings that end up in the policy or in config.json -------------------------------------
@pytest.mark.parametrize("env", [
    {"INTAKE_COGNITO_REGION": "eu-west-1; script-src *", "INTAKE_COGNITO_CLIENT_ID": CLIENT_ID},
    {"INTAKE_COGNITO_REGION": REGION, "INTAKE_COGNITO_CLIENT_ID": "abc'def"},
    {"INTAKE_COGNITO_REGION": REGION},
    {"INTAKE_COGNITO_CLIENT_ID": CLIENT_ID},
    {**COGNITO, "INTAKE_COGNITO_ENDPOINT": "javascript:alert(1)"},
    {**COGNITO, "INTAKE_COGNITO_ENDPOINT": "http://127.0.0.1:9/ 'unsafe-inline'"},
])
def test_bad_sign_in_settings_stop_the_start(env):
    with pytest.raises(ValueError):
        Settings.from_env(env)


def test_a_bucket_the_policy_cannot_name_stops_the_cold_start(sqlite_env):
    api = sqlite_env(INTAKE_BUCKET="intake.with.dots")
    with pytest.raises(ValueError, match="bucket"):
        api(load_event("api_get_page"))


# -- the actor -----------------------------------------------------------------------------------
def test_the_lambda_never_believes_x_intake_actor_even_at_stage_local(sqlite_env):
    # GIVEN a function misconfigured with INTAKE_STAGE=local
    api = sqlite_env(INTAKE_STAGE="local")
    # WHEN a request without claims names an actor
    sent = at(load_event("api_post_text"), body={"text": "added a tape measure to the van"},
              headers={"x-intake-actor": "mallory", "idempotency-key": None})
    del sent["requestContext"]["authorizer"]
    assert api(sent).status == 201
    # THEN the header is ignored
    assert [e.actor for e in api.store.list_events()] == ["anonymous"]
