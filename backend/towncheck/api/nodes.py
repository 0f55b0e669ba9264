"""``node(id:)``: each domain registers how to fetch its node types."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from towncheck.api.context import Info
from towncheck.api.relay import GlobalId

NodeResolver = Callable[[Info, GlobalId], Awaitable[Any]]

NODE_RESOLVERS: dict[str, NodeResolver] = {}


def resolves(type_name: str) -> Callable[[NodeResolver], NodeResolver]:
    def decorate(fn: NodeResolver) -> NodeResolver:
        NODE_RESOLVERS[type_name] = fn
        return fn

    return decorate


async def resolve_node(info: Info, value: str) -> Any:
    gid = GlobalId.decode(value)
    resolver = NODE_RESOLVERS.get(gid.type_name)
    return None if resolver is None else await resolver(info, gid)
