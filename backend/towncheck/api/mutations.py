"""Running a mutation's service call so that a typed error changes nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.errors import DomainError

T = TypeVar("T")


async def attempt(info: Info, action: Callable[[AsyncSession], Awaitable[T]]) -> T | DomainError:
    """Run ``action`` in a savepoint; on a ``DomainError`` roll it back and return the error."""
    async with info.context.db as session:
        try:
            async with session.begin_nested():
                return await action(session)
        except DomainError as error:
            return error


async def attempt_all(
    info: Info, action: Callable[[AsyncSession], Awaitable[T]]
) -> T | list[MutationError]:
    """``attempt``, with a failure as the payload's errors: one per problem of the input."""
    result = await attempt(info, action)
    return MutationError.all_of(result) if isinstance(result, DomainError) else result
