"""`intake serve [--host H] [--port N] [--db URL]`: the API and the web page on this machine.

The database defaults to a SQLite file under ./.intake/ and is migrated on start; intakes said
while the database is unreachable wait in .intake/spool/ and are recorded when it is back.
`--port 0` takes a free port; the line printed first gives the real URL.
"""
from __future__ import annotations

import signal
import sys
from dataclasses import replace

from intake.settings import Settings
from products.adapters import open_store, redact
from products.errors import StorageUnavailable


def run(args) -> int:
    import nlp
    from intake.adapters import FileSpool
    from intake.api import build_app, wire
    from intake.local.server import LocalServer
    from intake.local.voice import LocalVoice

    settings = Settings.from_env()
    url = settings.local_db_url(args.db)
    try:
        store = open_store(url)
        store.upgrade()
    except (StorageUnavailable, ValueError) as exc:
        print(f"intake: cannot use the database {redact(url)}: {exc}", file=sys.stderr)
        return 1
    services = wire(store, FileSpool(settings.data_dir / "spool"), settings)
    voice = LocalVoice(services, settings.data_dir)  # audio upload route, transcriber, reconciler
    services = replace(services, voice=voice.voice)
    nlp.warm_up()  # load spaCy now rather than during the first request
    try:
        server = LocalServer(build_app(services), args.host, args.port,
                             replay=services.intakes.replay, access_log=True, uploads=voice)
    except OSError as exc:
        print(f"intake: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop cleanly, as on Ctrl-C
    print(f"intake: serving on {server.url} (database {redact(url)})", flush=True)
    if settings.api_token:
        print("intake: API calls need 'Authorization: Bearer $INTAKE_API_TOKEN'", flush=True)
    voice.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        voice.close()
        store.close()
    return 0
