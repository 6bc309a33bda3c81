"""`intake import FILE.csv [--db URL]`: bulk-load products, skipping ones the catalog has.

Columns (header row, any order): name (or product), and optionally location, quantity, unit.
Each row goes through the same matcher as every other channel: a name that matches an existing
product is skipped, a new one is created with an `added` event, an ambiguous one is flagged and
left for a person. Re-running the same file records nothing twice.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

from tqdm import tqdm

from intake.settings import Settings
from products.adapters import open_store
from products.errors import DomainError, StorageUnavailable
from products.journal import Journal, RecordRequest

NAME_COLUMNS = ("name", "product")


def _quantity(raw: str | None) -> float | None:
    if raw is None or not raw.strip():
        return None
    try:
        return float(raw)
    except ValueError:
        raise DomainError(f"quantity {raw!r} is not a number") from None


def run(args) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    rows = list(csv.DictReader(text.splitlines()))
    header = [h.strip().lower() for h in (csv.DictReader(text.splitlines()).fieldnames or [])]
    name_column = next((h for h in NAME_COLUMNS if h in header), None)
    if name_column is None:
        print(f"error: {path} needs a header row with a 'name' column", file=sys.stderr)
        return 2

    store = open_store(Settings.from_env().local_db_url(args.db))
    journal = Journal(store)
    batch = "import:" + hashlib.sha256(data).hexdigest()[:24]
    created, skipped, ambiguous, invalid = [], [], [], []
    try:
        store.upgrade()
        journal.sync()
        for line, raw in enumerate(tqdm(rows, desc="importing", unit="row", file=sys.stderr), start=2):
            # cells past the header (a trailing comma) come as a list under None: not ours
            row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(k, str)}
            name = row.get(name_column, "")
            try:
                resolution = journal.resolve(name)
                if resolution.outcome == "matched":
                    skipped.append((line, name, resolution.name))
                    continue
                if resolution.outcome == "ambiguous":
                    ambiguous.append((line, name, [c.name for c in resolution.candidates]))
                    continue
                outcome = journal.record(RecordRequest(
                    product=name, event_type="added", quantity=_quantity(row.get("quantity")),
                    unit=row.get("unit") or None, location=row.get("location") or None,
                    channel="import", intake_id=batch, item_index=line, actor=args.actor,
                    said=",".join(v for k, v in raw.items() if isinstance(k, str) and v)))
                (created if outcome.created else skipped).append((line, name, outcome.product.name))
            except DomainError as exc:
                invalid.append((line, name, exc.message))
    except StorageUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()

    print(f"created {len(created)}, matched existing (skipped) {len(skipped)}, "
          f"ambiguous (flagged) {len(ambiguous)}, invalid {len(invalid)}")
    for line, name, candidates in ambiguous:
        print(f"  line {line}: {name!r} is ambiguous: {', '.join(candidates)}")
    for line, name, reason in invalid:
        print(f"  line {line}: {name!r}: {reason}")
    return 0
