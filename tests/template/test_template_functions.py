"""The functions in template.yaml: handlers that import, build recipes for each, spaCy only where
text is parsed, queues that outlast their consumers, configuration the code reads."""
from __future__ import annotations

import importlib
import re
import subprocess

import pytest

from stack import ROOT, functions, load_template, resources

# Handlers named in the template whose modules have not landed on main yet. A module listed here
# may be missing; once it is committed, this test fails until it is taken off the list.
PENDING_HANDLERS: set[str] = set()
PARSING = {"ApiFunction", "SpoolReplayFunction", "TranscriptsFunction", "ReconcilerFunction"}


def handlers() -> dict[str, str]:
    return {name: fn["Handler"] for name, fn in functions(load_template()).items()}


def committed(module: str) -> bool:
    path = ROOT / "src" / (module.replace(".", "/") + ".py")
    if not path.exists():
        return False
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", str(path)], cwd=ROOT,
                             capture_output=True)
    return tracked.returncode == 0 or not (ROOT / ".git").exists()


@pytest.mark.parametrize("function", sorted(handlers()))
def test_every_handler_imports_and_is_callable(function):
    module_name, attribute = handlers()[function].rsplit(".", 1)
    if module_name in PENDING_HANDLERS:
        if committed(module_name):
            pytest.fail(f"{module_name} has landed: take it off PENDING_HANDLERS")
        pytest.skip(f"{module_name} has not landed yet (PENDING_HANDLERS)")
    module = importlib.import_module(module_name)
    assert callable(getattr(module, attribute)), handlers()[function]


def test_every_built_resource_has_a_make_target():
    makefile = (ROOT / "deploy" / "Makefile").read_text()
    targets = set(re.findall(r"build-(\w+)", makefile))
    template = load_template()
    built = {name for name, r in template["Resources"].items()
             if r.get("Metadata", {}).get("BuildMethod") == "makefile"}
    assert built and built <= targets, sorted(built - targets)
    assert targets - built == set(), f"targets for nothing: {sorted(targets - built)}"


def test_spacy_only_in_the_functions_that_parse():
    template = load_template()
    for name, fn in functions(template).items():
        layers = {layer["Ref"] for layer in fn["Layers"]}
        assert len(layers) == 1, name
        assert ("NlpDepsLayer" in layers) == (name in PARSING), (name, layers)
    requirements = {path.stem: path.read_text() for path in (ROOT / "deploy" / "requirements").glob("*.txt")}
    assert "spacy" in requirements["nlp"]
    assert all("spacy" not in text for stem, text in requirements.items() if stem != "nlp")


def test_queues_have_dead_letter_queues_and_outlast_their_consumers():
    template = load_template()
    queues = resources(template, "AWS::SQS::Queue")
    dlqs = {name for name, q in queues.items() if "RedrivePolicy" not in q["Properties"]}
    consumed = {}
    for name, fn in functions(template).items():
        for event in fn.get("Events", {}).values():
            if event["Type"] == "SQS":
                consumed[event["Properties"]["Queue"]["Fn::GetAtt"][0]] = (name, fn["Timeout"])
    for queue, (function, timeout) in consumed.items():
        props = queues[queue]["Properties"]
        # AWS's advice for Lambda consumers: at least six times the function's timeout
        assert props["VisibilityTimeout"] >= 6 * timeout, (queue, function)
        assert props["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0] in dlqs, queue
    for name in dlqs:   # every DLQ keeps messages for the longest SQS allows, and is watched
        assert queues[name]["Properties"]["MessageRetentionPeriod"] == 1_209_600, name
        assert any(a["Properties"]["Dimensions"][0]["Value"] == {"Fn::GetAtt": [name, "QueueName"]}
                   for a in resources(template, "AWS::CloudWatch::Alarm").values()), name


def test_every_function_is_watched_for_errors():
    template = load_template()
    alarms = [a["Properties"] for a in resources(template, "AWS::CloudWatch::Alarm").values()]
    errors = {a["Dimensions"][0]["Value"]["Ref"] for a in alarms if a["MetricName"] == "Errors"}
    assert errors == set(functions(template))
    assert all(a["AlarmActions"] == [{"Ref": "AlarmTopic"}] for a in alarms)


def test_the_environment_names_are_ones_the_code_reads():
    source = "\n".join(p.read_text() for p in (ROOT / "src").rglob("*.py"))
    setters: dict[str, set[str]] = {}
    for name, fn in functions(load_template()).items():
        for variable in fn["Environment"]["Variables"]:
            setters.setdefault(variable, set()).add(fn["Handler"].rsplit(".", 1)[0])
    for variable, modules in sorted(setters.items()):
        if variable.startswith("POWERTOOLS_"):
            continue   # read by Powertools itself
        if variable not in source and modules <= PENDING_HANDLERS:
            continue   # only for handlers still to land, which will read it
        assert variable in source, f"{variable} is set for {sorted(modules)}, but nothing reads it"


def test_log_groups_have_retention_and_match_the_function_names():
    template = load_template()
    groups = {g["Properties"]["LogGroupName"]["Fn::Sub"]: g["Properties"]
              for g in resources(template, "AWS::Logs::LogGroup").values()}
    assert all(g["RetentionInDays"] == {"Ref": "LogRetentionDays"} for g in groups.values())
    for name, fn in functions(template).items():
        assert f"/aws/lambda/{fn['FunctionName']['Fn::Sub']}" in groups, name


# pyproject.toml's dependencies that no Lambda artifact carries, and why.
NOT_ON_LAMBDA = {
    "boto3": "the python3.11 runtime provides it",
    "pocketsphinx": "the local transcriber; on AWS, Amazon Transcribe does that job",
    "tqdm": "progress bars of CLI commands",
}


def test_the_lambda_requirements_cover_pyprojects():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {re.split(r"[\[<>=~!; ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    deployed = set()
    for path in (ROOT / "deploy" / "requirements").glob("*.txt"):
        for line in path.read_text().splitlines():
            if line.strip() and not line.startswith(("#", "-r")):
                deployed.add(re.split(r"[\[<>=~!; ]", line.strip(), maxsplit=1)[0].lower())
    assert wanted - deployed == set(NOT_ON_LAMBDA), sorted(wanted - deployed)
