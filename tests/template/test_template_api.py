"""The HTTP API in template.yaml: which routes are open (no JWT), that nothing else of the
resolver is, that the page can sign in with the stack's user pool, and that the API function is
never configured as the local server."""
from __future__ import annotations

import re

import pytest

from stack import functions, load_template, resources

# What a browser loads before it has a token (the page, its files, how it signs in), /health for
# monitors, and the API's description. Everything else needs the JWT.
OPEN_ROUTES = {("GET", "/"), ("GET", "/static/{file}"), ("GET", "/config.json"), ("GET", "/health"),
               ("GET", "/openapi.json"), ("GET", "/docs")}
# The resolver's routes those reach (Powertools' <name> is API Gateway's {name})
OPEN_RESOLVER_ROUTES = {("GET", "/"), ("GET", "/static/<name>"), ("GET", "/config.json"),
                        ("GET", "/health"), ("GET", "/openapi.json"), ("GET", "/docs")}


def api_routes(template: dict) -> dict[tuple[str, str], dict]:
    """(method, path) -> the event's properties, for every HttpApi event of every function."""
    found = {}
    for name, fn in functions(template).items():
        for event in fn.get("Events", {}).values():
            if event["Type"] == "HttpApi":
                props = event["Properties"]
                key = (props["Method"].upper(), props["Path"])
                assert key not in found, f"{key} twice"
                found[key] = {**props, "Function": name}
    return found


def open_routes(template: dict) -> set[tuple[str, str]]:
    return {key for key, props in api_routes(template).items()
            if props.get("Auth", {}).get("Authorizer") == "NONE"}


def gateway_pattern(path: str) -> re.Pattern:
    """An API Gateway route path as a regex: {name} is one segment, {name+} the rest."""
    pattern = re.sub(r"\\\{[^/]+?\\\+\\\}", ".+", re.escape(path))
    pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", pattern)
    return re.compile(f"^{pattern}$")


def test_the_open_routes_are_exactly_what_the_page_and_docs_need():
    template = load_template()
    assert open_routes(template) == OPEN_ROUTES
    # the others are left to the API's default authorizer, which is the JWT one
    auth = resources(template, "AWS::Serverless::HttpApi")["HttpApi"]["Properties"]["Auth"]
    assert auth["DefaultAuthorizer"] == "Jwt" and set(auth["Authorizers"]) == {"Jwt"}
    authorized = {key for key, props in api_routes(template).items() if "Auth" not in props}
    assert ("ANY", "/{proxy+}") in authorized


@pytest.fixture(scope="module")
def resolver_routes(tmp_path_factory) -> set[tuple[str, str]]:
    from intake.adapters import FileSpool
    from intake.api import build_app, wire
    from intake.settings import Settings
    from products.adapters.sqlite import SqliteStore

    folder = tmp_path_factory.mktemp("routes")
    store = SqliteStore(str(folder / "intake.db"))
    try:
        app = build_app(wire(store, FileSpool(folder / "spool"), Settings(data_dir=folder)))
        return {(route.method.upper(), route.path)
                for route in app._static_routes + app._dynamic_routes}
    finally:
        store.close()


def test_no_other_route_of_the_resolver_is_reachable_without_a_jwt(resolver_routes):
    # GIVEN every route the resolver serves, as a request path (each <param> a value)
    opened = [(method, gateway_pattern(path)) for method, path in open_routes(load_template())]
    reachable = set()
    for method, path in resolver_routes:
        sample = re.sub(r"<[^>]+>", "x1", path)
        # WHEN API Gateway could send it to the function through an open route
        if any(m in (method, "ANY") and pattern.match(sample) for m, pattern in opened):
            reachable.add((method, path))
    # THEN it is one the page or the docs need, and each of those is served
    assert reachable == OPEN_RESOLVER_ROUTES
    assert OPEN_RESOLVER_ROUTES <= resolver_routes


def test_the_user_pool_client_allows_the_pages_sign_in_and_refresh():
    client = resources(load_template(), "AWS::Cognito::UserPoolClient")["UserPoolClient"]["Properties"]
    assert set(client["ExplicitAuthFlows"]) == {"ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}
    assert client["GenerateSecret"] is False  # a page cannot keep a secret (nor send SECRET_HASH)
    pool = resources(load_template(), "AWS::Cognito::UserPool")["UserPool"]["Properties"]
    assert pool["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] is True


def test_the_authorizer_accepts_the_id_tokens_of_the_client_the_page_is_given():
    template = load_template()
    jwt = resources(template, "AWS::Serverless::HttpApi")["HttpApi"]["Properties"]["Auth"]["Authorizers"]["Jwt"]
    assert jwt["IdentitySource"] == "$request.header.Authorization"
    config = jwt["JwtConfiguration"]
    # the pool's issuer, in the stack's region...
    assert config["issuer"]["Fn::If"][:2] == [
        "UseCognito", {"Fn::Sub": "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}"}]
    # ...and the ID token's aud: the app client id, the one GET /config.json hands the page
    assert config["audience"]["Fn::If"][:2] == ["UseCognito", [{"Ref": "UserPoolClient"}]]
    env = functions(template)["ApiFunction"]["Environment"]["Variables"]
    assert env["INTAKE_COGNITO_CLIENT_ID"] == {"Fn::If": ["UseCognito", {"Ref": "UserPoolClient"},
                                                          {"Ref": "AWS::NoValue"}]}
    assert env["INTAKE_COGNITO_REGION"] == {"Fn::If": ["UseCognito", {"Ref": "AWS::Region"},
                                                       {"Ref": "AWS::NoValue"}]}


def test_no_function_runs_as_the_local_server_or_signs_in_elsewhere():
    template = load_template()
    assert "local" not in template["Parameters"]["Stage"]["AllowedValues"]
    for name, fn in functions(template).items():
        env = fn["Environment"]["Variables"]
        assert env["INTAKE_STAGE"] == {"Ref": "Stage"}, name  # never the default "local"
        # a test's fake Cognito and the local server's shared token are not for AWS
        assert "INTAKE_COGNITO_ENDPOINT" not in env and "INTAKE_API_TOKEN" not in env, name
