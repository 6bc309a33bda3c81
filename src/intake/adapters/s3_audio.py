"""The audio store on AWS: browsers upload straight to S3 with a presigned POST, and the
upload handler reads the object back to check it."""
from __future__ import annotations

from botocore.exceptions import ClientError

from intake.voice.ports import UploadTarget

UPLOAD_EXPIRES_SECONDS = 300  # long enough to send 10 MB on a slow phone link, short enough to leak little


class S3AudioStore:
    def __init__(self, s3, bucket: str, expires_in: int = UPLOAD_EXPIRES_SECONDS):
        self.s3, self.bucket, self.expires_in = s3, bucket, expires_in

    def upload_target(self, key: str, content_type: str, max_bytes: int) -> UploadTarget:
        # S3 enforces the conditions itself: the exact key, this Content-Type, 1 byte..max_bytes
        post = self.s3.generate_presigned_post(
            Bucket=self.bucket, Key=key, Fields={"Content-Type": content_type},
            Conditions=[{"Content-Type": content_type}, ["content-length-range", 1, max_bytes]],
            ExpiresIn=self.expires_in)
        return UploadTarget(url=post["url"], fields=post["fields"], expires_in=self.expires_in)

    def size(self, key: str) -> int | None:
        try:
            return int(self.s3.head_object(Bucket=self.bucket, Key=key)["ContentLength"])
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise

    def read(self, key: str) -> bytes:
        return self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()
