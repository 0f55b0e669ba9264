"""Error presentation: expected errors keep their code, everything else is masked."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from towncheck.errors import DomainError, ErrorCode, InvalidInput

log = logging.getLogger("towncheck.graphql")

ErrorCodeEnum = strawberry.enum(
    ErrorCode, name="ErrorCode", description="错误代码 / Machine-readable error code."
)

INTERNAL_MESSAGE = "服务器内部错误，请稍后重试"

# The query limits report in English; say it in Chinese too, with a code to switch on.
_LIMITS = (
    (re.compile(r"exceeds maximum operation depth of (\d+)$"), "查询嵌套层数超过上限（{} 层）"),
    (re.compile(r"^\d+ aliases found\. Allowed: (\d+)$"), "查询中的别名数量超过上限（{} 个）"),
    (re.compile(r"Document contains more than (\d+) tokens"), "查询过长（超过 {} 个词法单元）"),
)


def _limit_error(error: GraphQLError) -> GraphQLError | None:
    for pattern, chinese in _LIMITS:
        found = pattern.search(error.message)
        if found:
            return GraphQLError(
                f"{chinese.format(found.group(1))}: {error.message}",
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                extensions={"code": "QUERY_TOO_COMPLEX"},
            )
    return None


@strawberry.type(description="可预期的错误 / An expected failure of a mutation.")
class MutationError:
    code: ErrorCodeEnum  # type: ignore[valid-type]
    message: str = strawberry.field(description="中文说明 / Human-readable message (Chinese).")
    field: str | None = strawberry.field(
        default=None, description="出错的输入字段 / Input field at fault."
    )

    @classmethod
    def of(cls, error: DomainError) -> MutationError:
        return cls(code=error.code, message=error.message, field=error.field)

    @classmethod
    def all_of(cls, error: DomainError) -> list[MutationError]:
        """One entry per problem of an ``InvalidInput``, else the error itself."""
        if isinstance(error, InvalidInput):
            return [cls(code=error.code, message=p.message, field=p.field) for p in error.problems]
        return [cls.of(error)]


def present(error: GraphQLError) -> GraphQLError:
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        # Syntax, validation and coercion errors: safe and useful as they are.
        return _limit_error(error) or error
    if isinstance(original, DomainError):
        extensions = {"code": original.code.value}
        if original.field:
            extensions["field"] = original.field
        return GraphQLError(
            original.message, nodes=error.nodes, path=error.path, extensions=extensions
        )
    log.error("unexpected error at %s", error.path, exc_info=original)
    return GraphQLError(
        INTERNAL_MESSAGE, nodes=error.nodes, path=error.path, extensions={"code": "INTERNAL"}
    )


class PresentErrors(SchemaExtension):
    """Replaces MaskErrors: unexpected errors become a generic message, logged server-side."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is not None and result.errors:
            result.errors = [present(e) for e in result.errors]
