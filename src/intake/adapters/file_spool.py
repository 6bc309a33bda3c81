"""A spool of JSON files, one per intake, for the local server.

Each file is written to a temporary name and renamed into place, so a crash mid-write leaves
no half file to replay; replay goes in the order things were said."""
from __future__ import annotations

import json
import os
import re
import tempfile
import time
from pathlib import Path

_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class FileSpool:
    def __init__(self, folder: Path | str):
        self.folder = Path(folder)

    def _path(self, intake_id: str) -> Path:
        if not _ID.fullmatch(intake_id):  # ids name files: nothing that could climb out
            raise ValueError(f"unsafe intake id {intake_id!r}")
        return self.folder / f"{intake_id}.json"

    def put(self, intake_id: str, request: dict) -> None:
        path = self._path(intake_id)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                # our own clock: file times can be coarser than two requests apart
                json.dump({"spooled_ns": time.time_ns(), "request": request}, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def pending(self) -> list[tuple[str, dict]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("*.json"):
            try:
                body = json.loads(path.read_text(encoding="utf-8"))
                found.append((int(body["spooled_ns"]), path.stem, body["request"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # vanished meanwhile (another replayer took it) or not ours
        return [(intake_id, request) for _, intake_id, request in sorted(found, key=lambda f: f[:2])]

    def remove(self, intake_id: str) -> None:
        self._path(intake_id).unlink(missing_ok=True)
