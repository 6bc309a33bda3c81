"""The `intake` command: argument parsing only; each subcommand lives in `intake.commands`.

Imports of the heavy parts (spaCy, the server) happen inside each command so that
`intake --help` and `intake db upgrade` start fast.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="intake", description="Voice, text and form inventory intake.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the API and web page locally")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--db", help="database URL (default: INTAKE_DB_URL or ./.intake/intake.db)")
    serve.set_defaults(target="intake.commands.serve")

    parse = sub.add_parser("parse", help="parse a sentence (or JSONL on stdin) into items")
    parse.add_argument("text", nargs="?", help="the sentence; omit with --jsonl")
    parse.add_argument("--jsonl", action="store_true", help='read {"id","text"} lines on stdin')
    parse.add_argument("--catalog", help="catalog JSON file; adds a resolution to each item")
    parse.set_defaults(target="intake.commands.parse")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_sub.add_parser("upgrade", help="apply pending migrations")
    upgrade.add_argument("--db", help="database URL")
    upgrade.set_defaults(target="intake.commands.db")
    downgrade = db_sub.add_parser("downgrade", help="roll back migrations")
    downgrade.add_argument("--db", help="database URL")
    downgrade.add_argument("--to", type=int, default=0, help="version to go down to (default: 0, empty)")
    downgrade.set_defaults(target="intake.commands.db")

    imp = sub.add_parser("import", help="import products from a CSV file")
    imp.add_argument("file", help="CSV with a header: name[,location][,quantity][,unit]")
    imp.add_argument("--db", help="database URL")
    imp.add_argument("--actor", default="import")
    imp.set_defaults(target="intake.commands.import_csv")

    transcribe = sub.add_parser("transcribe", help="transcribe an audio file offline")
    transcribe.add_argument("file")
    source = transcribe.add_mutually_exclusive_group()
    source.add_argument("--catalog", help="catalog JSON file to bias toward")
    source.add_argument("--db", help="database whose catalog to bias toward")
    transcribe.set_defaults(target="intake.commands.transcribe")
    return top


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = import_module(args.target)
    return int(command.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
