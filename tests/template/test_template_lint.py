"""template.yaml passes cfn-lint and `sam validate --lint`, with no AWS credentials at hand."""
from __future__ import annotations

import subprocess

from stack import ROOT, TEMPLATE, offline_aws_env, tools_bin


def test_cfn_lint_is_clean():
    result = subprocess.run([str(tools_bin() / "cfn-lint"), str(TEMPLATE)], cwd=ROOT,
                            capture_output=True, text=True, env=offline_aws_env(), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sam_validate_with_lint_passes_offline():
    command = [str(tools_bin() / "sam"), "validate", "--lint", "--template-file", str(TEMPLATE)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=offline_aws_env(),
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr
