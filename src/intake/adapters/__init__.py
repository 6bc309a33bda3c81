"""Where intakes wait while the database is down (the `intake.service.Spool` port): files
under the data folder locally, objects under `spool/` in the bucket on AWS."""
from intake.adapters.file_spool import FileSpool
from intake.adapters.s3_spool import S3Spool

__all__ = ["FileSpool", "S3Spool"]
