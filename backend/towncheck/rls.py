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
    create or replace function app_audit_county() returns int language sql stable as $$
      select nullif(current_setting('app.audit_county', true), '')::int
    $$""",
    """
    create or replace function app_user_id() returns int language sql stable as $$
      select nullif(current_setting('app.user_id', true), '')::int
    $$""",
    """
    create or replace function app_auth_hash() returns bytea language sql stable as $$
      select decode(nullif(current_setting('app.auth_hash', true), ''), 'hex')
    $$""",
    """
    create or replace function app_login_name() returns text language sql stable as $$
      select nullif(current_setting('app.login_name', true), '')
    $$""",
)

# Row predicates. Before sign-in a transaction can see only the rows the caller proves it
# knows: the account it names (app.login_name) or the secret it presents (app.auth_hash).
TOWN_READ = "town_id = any(app_read_towns())"
TOWN_WRITE = "town_id = app_write_town()"
COUNTY_READ = "county_id = any(app_read_counties())"
COUNTY_WRITE = "county_id = app_write_county()"
OWN_USER = "user_id = app_user_id()"
PRESENTED_SECRET = "token_hash = app_auth_hash()"  # noqa: S105 — a predicate, not a secret
NAMED_ACCOUNT = "(username = app_login_name() or phone = app_login_name())"


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


def secure(
    table: str,
    *,
    read: str,
    insert: str | None = None,
    update: str | None = None,
    delete: str | None = None,
) -> list[str]:
    """ENABLE + FORCE row-level security, one policy per allowed command, and the grants.

    A command without a predicate gets neither a policy nor a grant: ``insert`` alone makes
    the table append-only for the app.
    """
    statements = [
        f"alter table {table} enable row level security",
        f"alter table {table} force row level security",
        f"create policy {table}_select on {table} for select using ({read})",
    ]
    privileges = ["select"]
    if insert:
        statements.append(
            f"create policy {table}_insert on {table} for insert with check ({insert})"
        )
        privileges.append("insert")
    if update:
        statements.append(
            f"create policy {table}_update on {table} for update using ({update})"
            f" with check ({update})"
        )
        privileges.append("update")
    if delete:
        statements.append(f"create policy {table}_delete on {table} for delete using ({delete})")
        privileges.append("delete")
    return [*statements, f"grant {', '.join(privileges)} on {table} to {APP_ROLE}"]


def grant_reference(table: str, privileges: str = "select") -> str:
    return f"grant {privileges} on {table} to {APP_ROLE}"


def grant_sequences() -> str:
    return f"grant usage, select on all sequences in schema public to {APP_ROLE}"
