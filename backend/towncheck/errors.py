"""Expected failures: a code the client can switch on and a message a cadre can read."""

from __future__ import annotations

from enum import StrEnum


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


class DomainError(Exception):
    """Raised by services for failures the user can understand and fix."""

    def __init__(self, code: ErrorCode, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def forbidden(message: str = "您没有权限执行此操作") -> DomainError:
    return DomainError(ErrorCode.FORBIDDEN, message)


def not_found(message: str = "对象不存在或您无权查看") -> DomainError:
    return DomainError(ErrorCode.NOT_FOUND, message)


def invalid(message: str, *, field: str | None = None) -> DomainError:
    return DomainError(ErrorCode.INVALID_INPUT, message, field=field)


def unauthenticated() -> DomainError:
    return DomainError(ErrorCode.UNAUTHENTICATED, "请先登录")
