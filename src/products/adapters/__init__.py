"""Storage adapters, chosen by database URL:
`sqlite:///relative/or//absolute/path.db`, `sqlite:///:memory:`, or
`mysql://user:password@host:port/name[?ssl_ca=/path/to/ca.pem]`."""
from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlparse

from products.adapters.sql import SqlStore

DEFAULT_LOCAL_URL = "sqlite:///.intake/intake.db"


def open_store(url: str) -> SqlStore:
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        from products.adapters.sqlite import SqliteStore

        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else parsed.path
        if not path:
            raise ValueError("sqlite URL needs a path: sqlite:///file.db")
        return SqliteStore(path)
    if parsed.scheme in ("mysql", "mysql+pymysql", "mariadb"):
        from products.adapters.mysql import MysqlStore

        query = parse_qs(parsed.query)
        return MysqlStore(
            host=parsed.hostname or "127.0.0.1", port=parsed.port or 3306,
            user=unquote(parsed.username or "root"), password=unquote(parsed.password or ""),
            database=(parsed.path or "/").lstrip("/") or "intake",
            ca_bundle=(query.get("ssl_ca") or [None])[0])
    raise ValueError(f"unsupported database URL scheme {parsed.scheme!r} (use sqlite:// or mysql://)")


def redact(url: str) -> str:
    """The URL without its password, for logs and messages."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@", 1)
    return url


def url_from_secret(secret: dict, default_db: str = "intake", ca_bundle: str | None = None) -> str:
    """A mysql:// URL from a Secrets Manager secret in the RDS format
    ({"username", "password", "host", "port", "dbname"})."""
    from urllib.parse import quote

    try:
        user, password, host = secret["username"], secret["password"], secret["host"]
    except KeyError as exc:
        raise ValueError(f"database secret lacks {exc.args[0]!r}") from None
    port = int(secret.get("port") or 3306)
    name = secret.get("dbname") or default_db
    url = f"mysql://{quote(user, safe='')}:{quote(password, safe='')}@{host}:{port}/{name}"
    return f"{url}?ssl_ca={quote(ca_bundle)}" if ca_bundle else url


SECRET_MAX_AGE_SECONDS = 300


def lambda_database_url(url: str | None, secret_arn: str | None, db_name: str = "intake",
                        ca_bundle: str | None = None) -> str:
    """The database URL of a Lambda: INTAKE_DB_URL when set, else the Secrets Manager secret
    (RDS format) read through Powertools parameters. Functions build their store once per
    container, so the secret is read when the container starts; after a rotation, new
    containers use the new password (old ones get StorageUnavailable: 1045, a 503)."""
    if url:
        return url
    if not secret_arn:
        raise RuntimeError("set INTAKE_DB_URL or INTAKE_DB_SECRET_ARN")
    from aws_lambda_powertools.utilities import parameters

    secret = parameters.get_secret(secret_arn, transform="json", max_age=SECRET_MAX_AGE_SECONDS)
    return url_from_secret(secret, db_name, ca_bundle)
