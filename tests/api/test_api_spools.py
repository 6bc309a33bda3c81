"""The two spools keep requests whole and give them back in the order they were put."""
from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from intake.adapters import FileSpool, S3Spool


@pytest.fixture(params=["file", "s3"])
def spool(request, tmp_path, monkeypatch):
    if request.param == "file":
        yield FileSpool(tmp_path / "spool")
        return
    for name, value in {"AWS_DEFAULT_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing"}.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-1")
        s3.create_bucket(Bucket="spool-test", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        yield S3Spool("spool-test", s3)


def test_requests_come_back_in_the_order_they_were_put(spool):
    # GIVEN requests spooled within the same second, ids not in time order
    ids = ["zz", "aa", "mm", "bb"]
    for n, intake_id in enumerate(ids):
        spool.put(intake_id, {"channel": "text", "text": f"sentence {n}", "actor": "ana"})
    # THEN they come back whole, oldest first
    assert spool.pending() == [(i, {"channel": "text", "text": f"sentence {n}", "actor": "ana"})
                               for n, i in enumerate(ids)]
    # AND removing one leaves the others
    spool.remove("mm")
    spool.remove("mm")  # removing twice is harmless (two replayers)
    assert [i for i, _ in spool.pending()] == ["zz", "aa", "bb"]


def test_the_file_spool_refuses_ids_that_are_not_plain_names(tmp_path):
    with pytest.raises(ValueError):
        FileSpool(tmp_path).put("../escape", {})
