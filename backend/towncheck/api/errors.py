"""Error presentation: expected errors keep their code, everything else is masked."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from towncheck.errors import DomainError, ErrorCode

log = logging.getLogger("towncheck.graphql")

ErrorCodeEnum = strawberry.enum(
    ErrorCode, name="ErrorCode", description="错误代码 / Machine-readable error code."
)

INTERNAL_MESSAGE = "服务器内部错误，请稍后重试"


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


def present(error: GraphQLError) -> GraphQLError:
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        return error  # syntax, validation and coercion errors: safe and useful as they are
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
