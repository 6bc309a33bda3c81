"""Applies db/migrations/<dialect>/NNNN_name.sql files (dbmate's `-- migrate:up` /
`-- migrate:down` layout). Production, `intake serve` and the tests build databases from these
same files."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

_FILE = re.compile(r"^(\d+)_([a-z0-9_]+)\.sql$")


def migrations_root() -> Path:
    """`db/migrations` of a source checkout, or INTAKE_MIGRATIONS_DIR (Lambda bundles copy the
    folder next to the code)."""
    configured = os.environ.get("INTAKE_MIGRATIONS_DIR")
    if configured:
        return Path(configured)
    for base in Path(__file__).resolve().parents:
        candidate = base / "db" / "migrations"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("db/migrations not found; set INTAKE_MIGRATIONS_DIR")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: list[str]
    down: list[str]


def load(dialect: str, root: Path | None = None) -> list[Migration]:
    folder = (root or migrations_root()) / dialect
    found = []
    for path in sorted(folder.iterdir()):
        m = _FILE.match(path.name)
        if not m:
            continue
        up, down = _split(path.read_text(encoding="utf-8"), path)
        found.append(Migration(int(m.group(1)), m.group(2), up, down))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise ValueError(f"two migrations share a version in {folder}")
    return sorted(found, key=lambda m: m.version)


def _split(text: str, path: Path) -> tuple[list[str], list[str]]:
    if "-- migrate:up" not in text or "-- migrate:down" not in text:
        raise ValueError(f"{path.name}: needs '-- migrate:up' and '-- migrate:down' sections")
    _, rest = text.split("-- migrate:up", 1)
    up, down = rest.split("-- migrate:down", 1)
    return _statements(up), _statements(down)


def _statements(sql: str) -> list[str]:
    """Statements end with ';' at the end of a line; comment lines are dropped."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    parts = re.split(r";\s*$", "\n".join(lines), flags=re.MULTILINE)
    return [p.strip() for p in parts if p.strip()]
