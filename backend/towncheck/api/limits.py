"""Validation rules beyond depth, alias and token limits."""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationRule,
)

SIGN_IN_FIELD = "login"


class SingleSignIn(ValidationRule):
    """One ``login`` per request: aliases must not turn one request into many guesses."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        if self._count(node.selection_set, set()) > 1:
            self.report_error(GraphQLError("一次请求只能包含一个登录操作", node))

    def _count(self, selections: SelectionSetNode | None, seen: set[str]) -> int:
        count = 0
        for selection in selections.selections if selections else ():
            if isinstance(selection, FieldNode):
                count += selection.name.value == SIGN_IN_FIELD
            elif isinstance(selection, InlineFragmentNode):
                count += self._count(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                seen.add(selection.name.value)
                fragment = self.context.get_fragment(selection.name.value)
                count += self._count(fragment.selection_set if fragment else None, seen)
        return count
