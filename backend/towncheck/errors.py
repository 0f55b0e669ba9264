"""Expected failures: a code the client can switch on and a message a cadre can read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class ErrorCode(StrEnum):
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    READ_ONLY = "READ_ONLY"
    NOT_FOUND = "NOT_FOUND"
    INVALID_INPUT = "INVALID_INPUT"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    THROTTLED = "THROTTLED"
    WEAK_PASSWORD = "WEAK_PASSWORD"
    CONFLICT = "CONFLICT"
    DRAW_INFEASIBLE = "DRAW_INFEASIBLE"


class DomainError(Exception):
    """Raised by services for failures the user can understand and fix."""

    def __init__(self, code: ErrorCode, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, naming the field (API spelling) it is about."""

    field: str | None
    message: str


class Located(Protocol):
    """Anything that names a field and says what is wrong with it."""

    @property
    def field(self) -> str | None: ...

    @property
    def message(self) -> str: ...


class InvalidInput(DomainError):
    """Every problem found in one input, so that a form can mark all of them at once."""

    def __init__(self, problems: Sequence[Located]) -> None:
        first = problems[0]
        super().__init__(ErrorCode.INVALID_INPUT, first.message, field=first.field)
        self.problems = tuple(problems)


def forbidden(message: str = "您没有权限执行此操作") -> DomainError:
    return DomainError(ErrorCode.FORBIDDEN, message)


def not_found(message: str = "对象不存在或您无权查看") -> DomainError:
    return DomainError(ErrorCode.NOT_FOUND, message)


def invalid(message: str, *, field: str | None = None) -> DomainError:
    return DomainError(ErrorCode.INVALID_INPUT, message, field=field)


def unauthenticated() -> DomainError:
    return DomainError(ErrorCode.UNAUTHENTICATED, "请先登录")
