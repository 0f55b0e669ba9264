"""Row-level security DDL used by migrations (change only together with a new migration).

Each transaction states what the viewer may touch with ``set_config(..., true)``:
``app.read_towns``/``app.read_counties`` (comma lists), ``app.write_town``,
``app.write_county`` and ``app.user_id``. A connection with nothing set sees nothing.
"""

from __future__ import annotations

import os

from towncheck.config import APP_ROLE

HELPER_FUNCTIONS = (
    """
    create or replace function app_read_towns() returns int[] language sql stable as $$
      select coalesce(string_to_array(nullif(current_setting('app.read_towns', true), ''),
                                      ',')::int[], '{}')
    $$""",
    """
    create or replace function app_read_counties() returns int[] language sql stable as $$
      select coalesce(string_to_array(nullif(current_setting('app.read_counties', true), ''),
                                      ',')::int[], '{}')
    $$""",
    """
    create or replace function app_write_town() returns int language sql stable as $$
      select nullif(current_setting('app.write_town', true), '')::int
    $$""",
    """
    create or replace function app_write_county() returns int language sql stable as $$
      select nullif(current_setting('app.write_county', true), '')::int
    $$""",
    """
    create or replace function app_user_id() returns int language sql stable as $$
      select nullif(current_setting('app.user_id', true), '')::int
    $$""",
)


def create_app_role() -> list[str]:
    """The login role: may log in, owns nothing, bypasses nothing."""
    password = os.environ.get("TOWNCHECK_APP_DB_PASSWORD", "towncheck_app").replace("'", "''")
    return [
        f"""
        do $$ begin
          if not exists (select from pg_roles where rolname = '{APP_ROLE}') then
            create role {APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole
              password '{password}';
          end if;
        end $$""",
        f"grant usage on schema public to {APP_ROLE}",
        "do $$ begin execute format('grant connect on database %I to "
        f"{APP_ROLE}', current_database()); end $$",
    ]


def enable(table: str) -> list[str]:
    return [
        f"alter table {table} enable row level security",
        f"alter table {table} force row level security",
    ]


def _policies(table: str, *, read: str, write: str, append_only: bool, delete: bool
              ) -> list[str]:
    statements = [
        *enable(table),
        f"create policy {table}_read on {table} for select using ({read})",
        f"create policy {table}_insert on {table} for insert with check ({write})",
    ]
    if append_only:
        # No update or delete policy and no such grant: entries can only be added.
        return [*statements, f"grant select, insert on {table} to {APP_ROLE}"]
    statements.append(
        f"create policy {table}_update on {table} for update using ({write}) with check ({write})"
    )
    privileges = "select, insert, update"
    if delete:
        statements.append(f"create policy {table}_delete on {table} for delete using ({write})")
        privileges += ", delete"
    return [*statements, f"grant {privileges} on {table} to {APP_ROLE}"]


def tenant_policies(table: str, *, append_only: bool = False, own_rows: str = "") -> list[str]:
    """Policies for a table keyed by ``town_id``.

    ``own_rows`` widens reading to a row predicate (a user always sees their own memberships).
    """
    # Whoever may write a town may read it, so a writer can extend its audit chain.
    read = "town_id = any(app_read_towns()) or town_id = app_write_town()"
    if own_rows:
        read = f"({read}) or ({own_rows})"
    return _policies(table, read=read, write="town_id = app_write_town()",
                     append_only=append_only, delete=True)


def county_policies(table: str, *, append_only: bool = False) -> list[str]:
    """Policies for county-level rows that must not leak between counties."""
    return _policies(
        table, read="county_id = any(app_read_counties()) or county_id = app_write_county()",
        write="county_id = app_write_county()", append_only=append_only, delete=False)


def grant_reference(table: str, privileges: str = "select") -> str:
    return f"grant {privileges} on {table} to {APP_ROLE}"


def grant_sequences() -> str:
    return f"grant usage, select on all sequences in schema public to {APP_ROLE}"
