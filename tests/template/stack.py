"""What the template tests share: template.yaml read as data, its functions, and the deploy tools
(SAM CLI, cfn-lint), which live in their own virtualenv because the SAM CLI pins its own boto3.

`deploy/install-tools` makes that virtualenv (.ci/run calls it and exports INTAKE_DEPLOY_TOOLS);
without it the tests that need the tools skip, except under CI=true, where they fail.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
LAMBDA_UNZIPPED_LIMIT = 262_144_000  # 250 MB: a function's code and all its layers, unzipped


class _CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation's short tags (!Ref, !Sub, ...) as their long forms."""


def _tag(loader: _CfnLoader, suffix: str, node: yaml.Node):
    name = "Ref" if suffix == "Ref" else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if suffix == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {name: value}


_CfnLoader.add_multi_constructor("!", _tag)


def load_template() -> dict:
    return yaml.load(TEMPLATE.read_text(), Loader=_CfnLoader)


def resources(template: dict, *types: str) -> dict[str, dict]:
    return {name: r for name, r in template["Resources"].items() if r["Type"] in types}


def functions(template: dict) -> dict[str, dict]:
    """Each function's properties, with the Globals applied (as far as these tests need)."""
    defaults = template.get("Globals", {}).get("Function", {})
    found = {}
    for name, resource in resources(template, "AWS::Serverless::Function").items():
        props = {**defaults, **resource["Properties"]}
        env = {**defaults.get("Environment", {}).get("Variables", {}),
               **resource["Properties"].get("Environment", {}).get("Variables", {})}
        props["Environment"] = {"Variables": env}
        props["Metadata"] = resource.get("Metadata", {})
        found[name] = props
    return found


def tools_bin() -> Path:
    """The deploy tools' bin folder, or skip (fail in CI) when they are not installed."""
    folder = Path(os.environ.get("INTAKE_DEPLOY_TOOLS", "/tmp/intake-deploy-tools")) / "bin"
    if (folder / "sam").exists() and (folder / "cfn-lint").exists():
        return folder
    message = f"no SAM CLI and cfn-lint in {folder}: run deploy/install-tools"
    if IN_CI:
        pytest.fail(f"CI=true but {message}")
    pytest.skip(message)


def offline_aws_env(**extra: str) -> dict[str, str]:
    """An environment in which no AWS credentials can be found: the checks must not need any."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_DEFAULT_REGION="eu-west-1", AWS_CONFIG_FILE=os.devnull,
               AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_EC2_METADATA_DISABLED="true",
               SAM_CLI_TELEMETRY="0", **extra)
    return env
