"""`intake parse`: sentences -> items, as eval/FORMAT.md prediction rows.

    intake parse "moved the drill to the van"          one JSON object for that sentence
    intake parse --jsonl < in.jsonl > pred.jsonl        one prediction row per {"id","text"} line
    intake parse --catalog samples/catalog.json ...     adds "resolution" to each item

Bad lines never stop a --jsonl run: a line that is not JSON, not an object, or has no text
string gets a row with no items and a "reason" (its id is kept when it can be read, else
"line-N"). Only a missing or unreadable --catalog file exits non-zero (2), with a message on
stderr, before anything is read.
"""
from __future__ import annotations

import json
import sys

ITEM_KEYS = ("event_type", "product", "location", "from_location", "quantity", "unit", "confidence")


def _load_catalog(path: str):
    """The product matcher loaded with the catalog file's products and locations."""
    from products.evaluation import catalog_from

    with open(path, encoding="utf-8") as f:
        return catalog_from(json.load(f))


def predict(text: object, catalog=None) -> dict:
    """One prediction: {"items": [...]} plus "reason" when there are none."""
    from nlp import parse

    result = parse(text, catalog.hints if catalog is not None else None)  # type: ignore[arg-type]
    items = []
    for item in result.items:
        row = {k: getattr(item, k) for k in ITEM_KEYS}
        if catalog is not None:
            row["resolution"] = catalog.resolve_product(item.product).to_dict()
        items.append(row)
    out: dict = {"items": items}
    if not items:
        out["reason"] = result.reason or "no items"
    return out


def _row(number: int, raw: bytes, catalog) -> dict:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"id": f"line-{number}", "items": [], "reason": "line is not UTF-8 text"}
    try:
        obj = json.loads(line)
    except ValueError:
        return {"id": f"line-{number}", "items": [], "reason": "line is not JSON"}
    if not isinstance(obj, dict):
        return {"id": f"line-{number}", "items": [], "reason": "line is not a JSON object"}
    row_id = obj.get("id", f"line-{number}")
    text = obj.get("text")
    if not isinstance(text, str):
        return {"id": row_id, "items": [], "reason": 'no "text" string on this line'}
    return {"id": row_id, **predict(text, catalog)}


def run(args) -> int:
    catalog = None
    if args.catalog:
        try:
            catalog = _load_catalog(args.catalog)
        except (OSError, ValueError, AttributeError, ImportError) as exc:
            print(f"intake parse: cannot read catalog {args.catalog}: {exc}", file=sys.stderr)
            return 2
    if args.jsonl:
        out = sys.stdout
        for number, raw in enumerate(sys.stdin.buffer, start=1):
            if not raw.strip():
                continue
            out.write(json.dumps(_row(number, raw.rstrip(b"\r\n"), catalog)) + "\n")
        out.flush()
        return 0
    if args.text is None:
        print("intake parse: give a sentence, or --jsonl to read lines on stdin", file=sys.stderr)
        return 2
    print(json.dumps({"text": args.text, **predict(args.text, catalog)}))
    return 0
