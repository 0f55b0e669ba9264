"""Settings read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

# TOWNCHECK_HOME points at the checkout (alembic/, policies/) when the package is installed.
PROJECT_ROOT = Path(os.environ.get("TOWNCHECK_HOME") or Path(__file__).resolve().parents[2])
APP_ROLE = "towncheck_app"
# Development defaults: production deployments set both keys (deploy/README.md).
_DEV_SECRET = "towncheck-development-secret-key-change-me"  # noqa: S105
_DEV_DATA_KEY = "towncheck-development-data-key-change-me"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the process needs to know about its surroundings."""

    database_url: str | None = None
    app_database_url: str | None = None
    app_db_password: str = "towncheck_app"  # noqa: S105 — development default
    redis_url: str | None = None
    secret_key: str = _DEV_SECRET
    data_key: str = _DEV_DATA_KEY
    debug: bool = False
    demo: bool = False
    data_dir: Path = field(default_factory=lambda: PROJECT_ROOT / ".data")
    policy_dir: Path = field(default_factory=lambda: PROJECT_ROOT / "policies")
    # The built web app (frontend/dist); served at / when it exists.
    web_dir: Path = field(default_factory=lambda: PROJECT_ROOT / "frontend" / "dist")
    session_hours: int = 12
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    login_max_failures: int = 5
    login_window_minutes: int = 15
    redis_namespace: str = "towncheck"
    secure_cookies: bool = False
    # A running job's lease, renewed while it runs; a killed worker's job waits this long.
    job_lease_seconds: int = 60
    # How often the worker looks for stale jobs and towns whose scores are out of date.
    tick_seconds: int = 10
    # Automatic scoring waits for this many quiet seconds after the last change, but no
    # longer than the maximum after the first change not yet scored.
    scoring_quiet_seconds: int = 30
    scoring_max_wait_seconds: int = 300

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "database_url": env.get("DATABASE_URL") or None,
            "app_database_url": env.get("APP_DATABASE_URL") or None,
            "app_db_password": env.get("TOWNCHECK_APP_DB_PASSWORD", "towncheck_app"),
            "redis_url": env.get("REDIS_URL") or None,
            "secret_key": env.get("TOWNCHECK_SECRET_KEY", _DEV_SECRET),
            "data_key": env.get("TOWNCHECK_DATA_KEY", _DEV_DATA_KEY),
            "debug": env.get("TOWNCHECK_DEBUG", "") in {"1", "true", "yes"},
            "redis_namespace": env.get("TOWNCHECK_REDIS_NAMESPACE", "towncheck"),
            "secure_cookies": env.get("TOWNCHECK_SECURE_COOKIES", "") in {"1", "true", "yes"},
        }
        for name in (
            "job_lease_seconds",
            "tick_seconds",
            "scoring_quiet_seconds",
            "scoring_max_wait_seconds",
        ):
            if env.get(f"TOWNCHECK_{name.upper()}"):
                values[name] = int(env[f"TOWNCHECK_{name.upper()}"])
        if env.get("TOWNCHECK_DATA_DIR"):
            values["data_dir"] = Path(env["TOWNCHECK_DATA_DIR"])
        if env.get("TOWNCHECK_WEB_DIR"):
            values["web_dir"] = Path(env["TOWNCHECK_WEB_DIR"])
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    def insecure_defaults(self) -> list[str]:
        """Development keys still in use; a server outside demo and debug mode refuses them."""
        if self.demo or self.debug:
            return []
        return [
            name
            for name, value, default in (
                ("TOWNCHECK_SECRET_KEY", self.secret_key, _DEV_SECRET),
                ("TOWNCHECK_DATA_KEY", self.data_key, _DEV_DATA_KEY),
            )
            if value == default
        ]

    def owner_url(self) -> str:
        if self.database_url is None:
            raise RuntimeError("DATABASE_URL 未设置")
        return self.database_url

    def app_url(self) -> str:
        """The login role's URL: neither superuser nor table owner, so RLS applies."""
        if self.app_database_url:
            return self.app_database_url
        return with_user(self.owner_url(), APP_ROLE, self.app_db_password)


def with_user(url: str, user: str, password: str) -> str:
    """Return ``url`` with its credentials replaced."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{quote(user)}:{quote(password)}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def async_url(url: str) -> str:
    """SQLAlchemy URL for asyncpg, from a libpq-style URL."""
    for prefix in (
        "postgresql+asyncpg://",
        "postgresql+psycopg2://",
        "postgresql://",
        "postgres://",
    ):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    raise ValueError(f"不支持的数据库地址: {url.split('://', 1)[0]}")


def sync_url(url: str) -> str:
    """SQLAlchemy URL for psycopg2 (migrations)."""
    return "postgresql+psycopg2://" + async_url(url)[len("postgresql+asyncpg://") :]
