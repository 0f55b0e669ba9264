"""Resolver-side guards."""

from __future__ import annotations

from towncheck.api.context import Info
from towncheck.auth.principal import Principal
from towncheck.errors import unauthenticated


def viewer(info: Info) -> Principal:
    """The signed-in principal, or an UNAUTHENTICATED error."""
    principal = info.context.principal
    if not principal.authenticated:
        raise unauthenticated()
    return principal
