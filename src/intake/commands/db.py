"""`intake db upgrade|downgrade [--db URL]`."""
from __future__ import annotations

import sys

from intake.settings import Settings
from products.adapters import open_store, redact
from products.errors import StorageUnavailable


def run(args) -> int:
    url = Settings.from_env().local_db_url(args.db)
    store = open_store(url)
    try:
        if args.db_command == "upgrade":
            applied = store.upgrade()
            print(f"{redact(url)}: applied {applied or 'nothing (up to date)'}; "
                  f"version {store.schema_version()}")
        else:
            reverted = store.downgrade(args.to)
            print(f"{redact(url)}: reverted {reverted or 'nothing'}; version {store.schema_version()}")
    except StorageUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
