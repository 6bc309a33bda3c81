"""A spool in S3 for the Lambda runtime: `spool/<intake id>.json` in the intake bucket.

S3 is a different failure domain from the database, so an intake said while RDS is down is
still kept. Replay is run by `intake.handlers.api.replay_handler` (on a schedule)."""
from __future__ import annotations

import json
import time

PREFIX = "spool/"


class S3Spool:
    def __init__(self, bucket: str, client=None, prefix: str = PREFIX):
        self.bucket, self.prefix, self._client = bucket, prefix, client

    @property
    def client(self):
        if self._client is None:  # made when first needed: most containers never spool
            import boto3

            self._client = boto3.client("s3")
        return self._client

    def _key(self, intake_id: str) -> str:
        return f"{self.prefix}{intake_id}.json"

    def put(self, intake_id: str, request: dict) -> None:
        # S3's LastModified has whole seconds: keep our own clock so that replay keeps the order
        # things were said in ("added 3", then "removed 2" of the same product)
        body = {"spooled_ns": time.time_ns(), "request": request}
        self.client.put_object(Bucket=self.bucket, Key=self._key(intake_id),
                               Body=json.dumps(body).encode(), ContentType="application/json")

    def pending(self) -> list[tuple[str, dict]]:
        objects = []
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket,
                                                                           Prefix=self.prefix):
            objects.extend(page.get("Contents", []))
        found = []
        for obj in objects:
            key = obj["Key"]
            if not key.endswith(".json"):
                continue
            try:
                body = json.loads(self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read())
            except self.client.exceptions.NoSuchKey:
                continue  # another replayer finished it meanwhile
            found.append((body["spooled_ns"], key[len(self.prefix):-len(".json")], body["request"]))
        return [(intake_id, request) for _, intake_id, request in sorted(found, key=lambda f: f[:2])]

    def remove(self, intake_id: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(intake_id))
