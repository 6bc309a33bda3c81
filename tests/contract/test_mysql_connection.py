"""MySQL-only connection behaviour: reuse, reconnect, TLS context."""
import ssl

import pymysql
import pytest

from products.adapters.mysql import tls_context

pytestmark = pytest.mark.mysql


def test_one_connection_is_reused_and_a_dropped_one_is_reopened(mysql_store, mysql_url):
    # GIVEN a store that has talked to the server
    first_id = mysql_store._one("SELECT CONNECTION_ID()")[0]
    assert mysql_store._one("SELECT CONNECTION_ID()")[0] == first_id  # reused, not reopened
    # WHEN the server drops that connection
    params = mysql_store.params
    admin = pymysql.connect(host=params["host"], port=params["port"], user=params["user"],
                            password=params["password"])
    with admin.cursor() as cur:
        cur.execute(f"KILL CONNECTION {first_id}")
    admin.close()
    # THEN the next call works, on a new connection
    product, _ = mysql_store.find_or_create_product("after the drop", "after the drop")
    assert mysql_store.get_product(product.id).name == "after the drop"
    assert mysql_store._one("SELECT CONNECTION_ID()")[0] != first_id


def test_tls_context_verifies_and_is_built_once():
    bundle = ssl.get_default_verify_paths().cafile or "/etc/ssl/certs/ca-certificates.crt"
    context = tls_context(bundle)
    assert context is tls_context(bundle)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_a_reconnected_session_keeps_read_committed_and_utc(mysql_store, monkeypatch):
    import products.adapters.mysql as mysql_adapter

    def settings():
        return mysql_store._one("SELECT @@session.tx_isolation, @@session.time_zone")

    assert settings() == ("READ-COMMITTED", "+00:00")
    first_id = mysql_store._one("SELECT CONNECTION_ID()")[0]
    params = mysql_store.params
    admin = pymysql.connect(host=params["host"], port=params["port"], user=params["user"],
                            password=params["password"])
    with admin.cursor() as cur:
        cur.execute(f"KILL CONNECTION {first_id}")
    admin.close()
    # a quiet spell makes the store ping before its next statement, and find the drop
    monkeypatch.setattr(mysql_adapter, "IDLE_PING_SECONDS", -1)
    assert settings() == ("READ-COMMITTED", "+00:00")
    assert mysql_store._one("SELECT CONNECTION_ID()")[0] != first_id


def test_a_server_that_drops_every_connection_is_storage_unavailable():
    """A port that accepts and closes at once: every try fails; the caller gets a clean 503-type
    error instead of a driver exception."""
    import socket
    import threading

    from products.adapters import open_store
    from products.errors import StorageUnavailable

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    stop = threading.Event()

    def slam():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                conn.close()
            except OSError:
                pass

    thread = threading.Thread(target=slam, daemon=True)
    thread.start()
    try:
        with pytest.raises(StorageUnavailable):
            open_store(f"mysql://root@127.0.0.1:{server.getsockname()[1]}/x").ping()
    finally:
        stop.set()
        thread.join()
        server.close()
