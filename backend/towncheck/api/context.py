"""The per-request context handed to every resolver."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import strawberry
from starlette.requests import Request

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import SessionGuard
from towncheck.jobs.queue import JobQueue

L = TypeVar("L")


@dataclass(frozen=True, slots=True)
class CookieChange:
    name: str
    value: str | None  # None deletes the cookie
    max_age: int = 0
    http_only: bool = True


@dataclass
class Context:
    """Created per request: the principal, the guarded session and per-request loaders."""

    principal: Principal
    db: SessionGuard
    policy: Policy
    settings: Settings
    jobs: JobQueue | None
    request: Request | None = None
    address: str = ""
    cookies: list[CookieChange] = field(default_factory=list)
    after_commit: list[Callable[[], object]] = field(default_factory=list)
    signed_in: Principal | None = None
    _loaders: dict[type[Any], Any] = field(default_factory=dict)

    def loader(self, cls: Callable[[SessionGuard], L]) -> L:
        """One instance of each DataLoader class per request, never shared across requests."""
        key: Any = cls
        if key not in self._loaders:
            self._loaders[key] = cls(self.db)
        loader: L = self._loaders[key]
        return loader


Info = strawberry.Info[Context, None]
