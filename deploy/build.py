"""Builds the Lambda artifacts that `sam build` asks deploy/Makefile for.

    python3.11 deploy/build.py deps REQUIREMENTS OUT    a layer's site-packages
    python3.11 deploy/build.py code OUT PACKAGE... [--migrations]    a function's own code

Both run offline with respect to AWS: `deps` needs PyPI only, `code` nothing at all.

deps: wheels for Lambda's platform (python3.11 runs on Amazon Linux 2, glibc 2.26, so
manylinux2014 x86_64 wheels; never this machine's), then trimmed to fit Lambda's 250 MB:
tests and C sources dropped, extension modules stripped of symbols. Vendored libraries in
`*.libs/` folders (numpy.libs, av.libs...) are left alone: auditwheel patched them, and strip
breaks them. boto3 and botocore are dropped too: the python3.11 runtime provides them.

Both compile every module to a .pyc in unchecked-hash mode: Lambda's file system is read-only, so
a module without a valid .pyc is compiled again at every cold start, and zipping loses the
timestamps that ordinary .pycs are checked against.
"""
from __future__ import annotations

import argparse
import compileall
import py_compile
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLATFORM = "manylinux2014_x86_64"    # the template's Architectures: [x86_64]
PYTHON_VERSION = (3, 11)             # the template's Runtime: python3.11
# Provided by the Lambda runtime; aws-xray-sdk (Powertools' tracer) pulls botocore in.
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer")
SOURCE_SUFFIXES = (".pyx", ".pxd", ".pxi", ".c", ".cc", ".cpp", ".h", ".hpp")
CA_BUNDLE = "rds-ca-bundle.pem"      # see docs/deploy.md, "Database TLS"


def check_python() -> None:
    # .pyc files are tied to the interpreter's minor version: compile with the runtime's.
    if sys.version_info[:2] != PYTHON_VERSION:
        sys.exit(f"deploy/build.py: run me with Python {'.'.join(map(str, PYTHON_VERSION))} "
                 f"(the Lambda runtime's), not {sys.version.split()[0]}; e.g. make PYTHON=python3.11")


def build_deps(requirements: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--no-warn-conflicts", "--root-user-action=ignore", "--no-compile",
         "--platform", PLATFORM, "--implementation", "cp",
         "--python-version", "".join(map(str, PYTHON_VERSION)), "--only-binary=:all:",
         "--target", str(out), "--requirement", str(requirements)],
        check=True)
    trim(out)
    compile_tree(out, "/opt/python")   # where Lambda mounts a layer's python/ folder


def trim(site: Path) -> None:
    for name in RUNTIME_PROVIDED:
        for path in [site / name, *site.glob(f"{name}-*.dist-info")]:
            remove(path)
    remove(site / "bin")
    for path in sorted(site.rglob("*"), reverse=True):   # children before their folders
        if not path.exists() or in_vendored_libs(path, site):
            continue
        if path.is_dir() and path.name in ("tests", "__pycache__"):
            remove(path)
        elif path.is_file() and path.suffix in SOURCE_SUFFIXES:
            path.unlink()
        elif path.is_file() and (path.suffix == ".so" or ".so." in path.name):
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)


def in_vendored_libs(path: Path, site: Path) -> bool:
    return any(part.endswith(".libs") for part in path.relative_to(site).parts)


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def build_code(out: Path, packages: list[str], migrations: bool) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in packages:
        shutil.copytree(ROOT / "src" / package, out / package, ignore=skip)
    if migrations:
        # products.adapters.migrations finds them through INTAKE_MIGRATIONS_DIR (the template
        # sets it to /var/task/db/migrations).
        shutil.copytree(ROOT / "db" / "migrations", out / "db" / "migrations", ignore=skip)
    bundle = ca_bundle()
    if bundle:
        (out / "certs").mkdir()
        shutil.copyfile(bundle, out / "certs" / CA_BUNDLE)
    else:
        print(f"deploy/build.py: warning: no {CA_BUNDLE} (run `make -f deploy/Makefile "
              "rds-ca-bundle`); deploy with DbTlsVerify=false or the functions cannot verify "
              "the database's certificate", file=sys.stderr)
    compile_tree(out, "/var/task")   # where Lambda unpacks a function's code


def ca_bundle() -> Path | None:
    configured = os.environ.get("INTAKE_RDS_CA_BUNDLE")
    if configured:
        return Path(configured) if configured != "none" else None
    default = ROOT / "deploy" / "certs" / CA_BUNDLE
    return default if default.is_file() else None


def compile_tree(folder: Path, runtime_dir: str) -> None:
    # ddir: code objects carry the paths they will have on Lambda, so tracebacks there show
    # the source lines.
    ok = compileall.compile_dir(
        str(folder), quiet=1, workers=0, ddir=runtime_dir,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    if not ok:
        sys.exit(f"deploy/build.py: some modules under {folder} do not compile")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    deps = sub.add_parser("deps", help="a layer's site-packages from a requirements file")
    deps.add_argument("requirements", type=Path)
    deps.add_argument("out", type=Path)
    code = sub.add_parser("code", help="a function's own packages from src/")
    code.add_argument("out", type=Path)
    code.add_argument("packages", nargs="+")
    code.add_argument("--migrations", action="store_true", help="also bundle db/migrations")
    args = parser.parse_args(argv)
    check_python()
    if args.command == "deps":
        build_deps(args.requirements, args.out)
    else:
        build_code(args.out, args.packages, args.migrations)


if __name__ == "__main__":
    main()
