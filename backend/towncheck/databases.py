"""Creating and dropping whole databases (test runs, benchmarks, first-time set-up)."""

from __future__ import annotations

import psycopg2
from psycopg2 import sql

from towncheck.config import with_database


def _run(url: str, statement: sql.Composable) -> None:
    # CREATE and DROP DATABASE cannot run inside a transaction.
    connection = psycopg2.connect(url)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


def create_database(server_url: str, name: str) -> str:
    """Create ``name`` on the server of ``server_url``; returns the new database's URL."""
    _run(server_url, sql.SQL("create database {}").format(sql.Identifier(name)))
    return with_database(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    # ``with (force)``: connections left open by a stopped server must not block the drop.
    statement = sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name))
    _run(server_url, statement)
