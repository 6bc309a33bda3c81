"""Least privilege, checked on template.yaml itself: one role per function, no AWS-managed
policies, no wildcard actions, and `Resource: "*"` only for actions AWS grants on nothing else."""
from __future__ import annotations

import json

import pytest

from stack import functions, load_template, resources, tools_bin

# Every action the template allows on "*", and why it cannot be narrowed.
NO_RESOURCE_LEVEL = "the action supports no resource-level permissions: IAM only accepts '*'"
STAR_ONLY = {
    "xray:PutTraceSegments": NO_RESOURCE_LEVEL,
    "xray:PutTelemetryRecords": NO_RESOURCE_LEVEL,
    "transcribe:StartTranscriptionJob": NO_RESOURCE_LEVEL,
    "transcribe:CreateVocabulary": NO_RESOURCE_LEVEL,
    "ec2:DescribeNetworkInterfaces": NO_RESOURCE_LEVEL,
    "ec2:DescribeSubnets": NO_RESOURCE_LEVEL,
}
# Lambda itself creates and deletes a VPC function's network interfaces with the function's role,
# when the function is created, before any interface exists. AWS documents these on "*" (the
# AWSLambdaVPCAccessExecutionRole managed policy, which we copy instead of attaching); narrowing
# them is no documented configuration, and a wrong guess fails deploys with EC2AccessDenied.
LAMBDA_VPC_ENI = {
    "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses",
}
STAR_ALLOWED = set(STAR_ONLY) | LAMBDA_VPC_ENI


def _list(value) -> list:
    return value if isinstance(value, list) else [value]


def policy_documents(template: dict):
    """(where, document) for every identity policy in the template."""
    for name, role in resources(template, "AWS::IAM::Role").items():
        for policy in role["Properties"].get("Policies", []):
            yield f"{name}/{policy['PolicyName']}", policy["PolicyDocument"]
    for name, policy in resources(template, "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy").items():
        yield name, policy["Properties"]["PolicyDocument"]
    for name, fn in functions(template).items():
        for i, policy in enumerate(_list(fn.get("Policies", []))):
            yield f"{name}/Policies[{i}]", policy


def allow_statements(template: dict):
    for where, document in policy_documents(template):
        for statement in _list(document["Statement"]):
            if statement["Effect"] == "Allow":
                yield where, statement


def test_every_function_has_a_role_of_its_own():
    # SAM's generated roles attach AWS-managed policies that grant logs:* on "*": every function
    # names its own role instead, and no two share one.
    template = load_template()
    roles = {name: fn.get("Role") for name, fn in functions(template).items()}
    assert all(roles.values()), [name for name, role in roles.items() if not role]
    role_names = [role["Fn::GetAtt"][0] for role in roles.values()]
    assert len(set(role_names)) == len(role_names), roles


def test_roles_attach_only_this_templates_policies():
    template = load_template()
    for name, role in resources(template, "AWS::IAM::Role").items():
        for arn in role["Properties"].get("ManagedPolicyArns", []):
            assert isinstance(arn, dict) and "Ref" in arn, f"{name} attaches {arn}"
            assert template["Resources"][arn["Ref"]]["Type"] == "AWS::IAM::ManagedPolicy"


def test_no_wildcard_actions_and_no_not_resource():
    for where, statement in allow_statements(load_template()):
        assert "NotAction" not in statement and "NotResource" not in statement, where
        for action in _list(statement["Action"]):
            assert "*" not in action, f"{where} allows {action}"


def test_star_resources_only_where_nothing_narrower_exists():
    seen = set()
    for where, statement in allow_statements(load_template()):
        if "*" in _list(statement["Resource"]):
            actions = set(_list(statement["Action"]))
            assert actions <= STAR_ALLOWED, f"{where}: {sorted(actions - STAR_ALLOWED)} on '*'"
            seen |= actions
    # the list stays honest: no exception kept for an action the template no longer needs
    assert seen == STAR_ALLOWED, sorted(STAR_ALLOWED - seen)


@pytest.fixture(scope="module")
def service_data() -> dict:
    """AWS's service authorization data (actions and the resource types each accepts), as
    shipped inside cfn-lint in the deploy tools' virtualenv."""
    site = next((tools_bin().parent / "lib").glob("python3*/site-packages"))
    return json.loads((site / "cfnlint" / "data" / "AdditionalSpecs" / "Policies.json").read_text())


def test_star_only_actions_have_no_resource_types(service_data):
    for action in STAR_ONLY:
        service, name = action.split(":")
        entry = service_data[service]["Actions"][name.lower()]
        assert not entry.get("Resources"), f"{action} can be scoped to {entry['Resources']}"


def test_scoped_actions_really_accept_resources(service_data):
    # Every action granted on named resources supports resource-level permissions: otherwise
    # the grant would silently allow nothing.
    for where, statement in allow_statements(load_template()):
        if "*" in _list(statement["Resource"]):
            continue
        for action in _list(statement["Action"]):
            service, name = action.split(":")
            entry = service_data[service]["Actions"][name.lower()]
            assert entry.get("Resources"), f"{where}: {action} only works on '*'"


def test_service_principals_are_tied_to_one_source():
    # Resource policies that let an AWS service in name the one resource it acts for.
    template = load_template()
    for name, policy in resources(template, "AWS::SQS::QueuePolicy").items():
        for statement in _list(policy["Properties"]["PolicyDocument"]["Statement"]):
            if statement["Effect"] == "Allow" and "Service" in statement.get("Principal", {}):
                assert "aws:SourceArn" in json.dumps(statement.get("Condition", {})), name


def test_the_bucket_refuses_plain_http():
    template = load_template()
    [policy] = resources(template, "AWS::S3::BucketPolicy").values()
    [statement] = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Effect"] == "Deny"
    assert statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
