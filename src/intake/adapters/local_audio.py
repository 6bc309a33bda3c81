"""The audio store of `intake serve`: files under the data folder, uploaded by the page to the
local server in the same shape as an S3 presigned POST (a multipart form of `fields` plus the
file), so the page has one upload path for both runtimes.

Like a presigned POST, the fields carry their own credential: an HMAC of the key, the content
type and an expiry, made with a secret that lives as long as the process. The upload route needs
no bearer token, and an upload URL cannot be reused for another key or after it expires.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import time
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

from intake.voice.ports import UploadTarget

UPLOAD_EXPIRES_SECONDS = 300
UPLOAD_PATH = re.compile(r"^/intakes/([0-9A-Za-z_-]{1,64})/audio$")
MULTIPART_OVERHEAD = 64 * 1024  # room for the form's fields and boundaries around the file


class UploadRefused(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class LocalAudioStore:
    def __init__(self, folder: Path, expires_in: int = UPLOAD_EXPIRES_SECONDS,
                 secret: bytes | None = None, clock=time.time):
        self.folder = Path(folder)
        self.expires_in = expires_in
        self._secret = secret or secrets.token_bytes(32)
        self._clock = clock

    # -- the AudioStore port ------------------------------------------------------------------
    def upload_target(self, key: str, content_type: str, max_bytes: int) -> UploadTarget:
        intake_id = key.split("/", 1)[1].rsplit(".", 1)[0]
        expires = str(int(self._clock()) + self.expires_in)
        fields = {"key": key, "Content-Type": content_type, "expires": expires,
                  "signature": self._sign(key, content_type, expires)}
        return UploadTarget(url=f"/intakes/{intake_id}/audio", fields=fields, expires_in=self.expires_in)

    def size(self, key: str) -> int | None:
        try:
            return self._path(key).stat().st_size
        except FileNotFoundError:
            return None

    def read(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    # -- the upload route ---------------------------------------------------------------------
    def receive(self, path: str, content_type: str, body: bytes, max_bytes: int) -> str:
        """Check and keep one multipart upload; returns the object key. UploadRefused otherwise
        (statuses as S3 would answer them)."""
        match = UPLOAD_PATH.match(path)
        if not match:
            raise UploadRefused(404, "not_found", "no such upload target")
        fields, data = _multipart(content_type, body)
        key, kind, expires = fields.get("key", ""), fields.get("Content-Type", ""), fields.get("expires", "")
        if not hmac.compare_digest(fields.get("signature", ""), self._sign(key, kind, expires)):
            raise UploadRefused(403, "invalid_signature", "this upload form was not issued for this audio")
        if not key.startswith(f"audio/{match.group(1)}."):
            raise UploadRefused(403, "invalid_signature", "the form's key belongs to another intake")
        if not expires.isdigit() or int(expires) < self._clock():
            raise UploadRefused(403, "expired", "the upload form has expired; start the recording again")
        if data is None:
            raise UploadRefused(400, "missing_file", "the form has no file")
        if len(data) > max_bytes:
            raise UploadRefused(413, "payload_too_large", f"the file is larger than {max_bytes} bytes")
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
        partial.write_bytes(data)
        os.replace(partial, target)  # a reader never sees half a file
        return key

    def _sign(self, key: str, content_type: str, expires: str) -> str:
        message = f"{key}\n{content_type}\n{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def _path(self, key: str) -> Path:
        if not re.fullmatch(r"audio/[0-9A-Za-z_-]{1,64}\.[a-z0-9]{2,5}", key):
            raise ValueError(f"not an audio key: {key!r}")
        return self.folder / key


def _multipart(content_type: str, body: bytes) -> tuple[dict[str, str], bytes | None]:
    """multipart/form-data -> (text fields, the `file` part's bytes or None)."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise UploadRefused(400, "invalid_request", "send the audio as multipart/form-data")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise UploadRefused(400, "invalid_request", "the multipart body could not be read")
    fields: dict[str, str] = {}
    data = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if name == "file":
            data = payload
        elif name:
            fields[name] = payload.decode("utf-8", "replace")
    return fields, data
