"""`intake transcribe FILE [--catalog FILE | --db URL]`: the offline transcriber's text.

    intake transcribe note.webm                              generic English model
    intake transcribe note.webm --catalog samples/catalog.json   biased toward that catalog
    intake transcribe note.m4a --db sqlite:///.intake/intake.db  ...toward a database's catalog

Prints the transcript on stdout (an empty line when no speech was heard) and its confidence on
stderr. Exits 2 when the audio file, the catalog file or the database cannot be read, and 1 when
the file is not audio we can decode. The biased model is cached (see intake.transcribe.model),
so a second run on the same catalog starts in well under a second.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

PAGE = 1000  # names read from the database per query


def _from_catalog_file(path: str) -> tuple[list[str], list[str]]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError('expected {"products": [...], "locations": [...]}')
    products = [p for p in data.get("products", []) if isinstance(p, str)]
    locations = [p for p in data.get("locations", []) if isinstance(p, str)]
    return products, locations


def _from_database(url: str) -> tuple[list[str], list[str]]:
    from products.adapters import open_store

    store = open_store(url)
    try:
        return (_all_names(store.products_after), _all_names(store.locations_after))
    finally:
        store.close()


def _all_names(page) -> list[str]:
    names: list[str] = []
    last = 0
    while True:
        rows = page(last, PAGE)
        if not rows:
            return names
        names.extend(r.name for r in rows)
        last = rows[-1].id


def run(args) -> int:
    from intake.transcribe import LocalTranscriber, NotAudio

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"intake transcribe: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    products: list[str] = []
    locations: list[str] = []
    if args.catalog:
        try:
            products, locations = _from_catalog_file(args.catalog)
        except (OSError, ValueError) as exc:
            print(f"intake transcribe: cannot read catalog {args.catalog}: {exc}", file=sys.stderr)
            return 2
    elif args.db:
        from products.adapters import redact

        try:
            products, locations = _from_database(args.db)
        except Exception as exc:  # any driver or URL error: the message is what the user needs
            print(f"intake transcribe: cannot read the catalog from {redact(args.db)}: {exc}",
                  file=sys.stderr)
            return 2
    try:
        heard = LocalTranscriber(products, locations).transcribe(data)
    except NotAudio as exc:
        print(f"intake transcribe: {path}: {exc.message}", file=sys.stderr)
        return 1
    print(heard.text)
    print(f"confidence {heard.confidence:.2f}" + ("" if heard.text else " (no speech heard)"),
          file=sys.stderr)
    return 0
