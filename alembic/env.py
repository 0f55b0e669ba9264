"""Migrations run as the owner role (DATABASE_URL), never as the app's login role."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from towncheck.config import Settings, sync_url
from towncheck.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    configured = config.attributes.get("database_url")
    url = configured if isinstance(configured, str) else Settings.from_env().owner_url()
    return sync_url(url)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
