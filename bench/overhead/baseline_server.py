"""Child process: one baseline app in one uvicorn worker, on the socket the parent bound.

``overhead.servers.start_baseline`` runs ``python -m overhead.baseline_server --app
module:factory`` with ``bench/`` on ``PYTHONPATH``; ``factory(database, settings)`` builds
the app on a database of the app's login role. The app gets the SQL trace endpoints: they
show the statements that go through SQLAlchemy (asyncpg queries on the raw connection
bypass them).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from overhead.servers import BaselineFactory, add_server_arguments, child_settings, run_on_socket
from towncheck.db import Database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="internal: run one baseline server")
    parser.add_argument("--app", required=True, help="module:factory of the baseline app")
    add_server_arguments(parser)
    args = parser.parse_args(argv)
    module, _, name = str(args.app).partition(":")
    factory: BaselineFactory = getattr(importlib.import_module(module), name)
    settings = child_settings(args)
    database = Database(settings.app_url())
    run_on_socket(factory(database, settings), database, args.fd)
    return 0


if __name__ == "__main__":
    sys.exit(main())
