"""Query cost: how many objects an operation may ask for, known before it runs.

Each selected field counts once per object its parent may return; a connection multiplies
what is selected inside it by its page size (``first``, else the default page). Variables
are known here, so ``first: $n`` counts as what ``$n`` holds.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_operation_ast,
)

from towncheck.api.relay import DEFAULT_PAGE, MAX_PAGE

MAX_COST = 200_000


class _Estimate:
    def __init__(
        self, schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any]
    ) -> None:
        self.schema = schema
        self.variables = variables
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }

    def selections(
        self,
        node: SelectionSetNode | None,
        parent: GraphQLNamedType | None,
        multiplier: int,
        seen: frozenset[str],
    ) -> int:
        total = 0
        for selection in node.selections if node else ():
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, multiplier, seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(selection.selection_set, inner, multiplier, seen)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    inner = self.schema.get_type(fragment.type_condition.name.value)
                    total += self.selections(
                        fragment.selection_set, inner, multiplier, seen | {selection.name.value}
                    )
        return total

    def field(
        self,
        node: FieldNode,
        parent: GraphQLNamedType | None,
        multiplier: int,
        seen: frozenset[str],
    ) -> int:
        field_type: GraphQLNamedType | None = None
        if isinstance(parent, GraphQLObjectType) and node.name.value in parent.fields:
            field_type = get_named_type(parent.fields[node.name.value].type)
        inner = multiplier
        if field_type is not None and field_type.name.endswith("Connection"):
            inner = multiplier * self.page(node)
        return multiplier + self.selections(node.selection_set, field_type, inner, seen)

    def page(self, node: FieldNode) -> int:
        for argument in node.arguments or ():
            if argument.name.value != "first":
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return _clamp(int(value.value))
            if isinstance(value, VariableNode):
                held = self.variables.get(value.name.value)
                return _clamp(held) if isinstance(held, int) else DEFAULT_PAGE
        return DEFAULT_PAGE


def _clamp(size: int) -> int:
    return max(1, min(size, MAX_PAGE))


def estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    *,
    variables: dict[str, Any] | None,
    operation_name: str | None,
) -> int:
    operation: OperationDefinitionNode | None = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    return _Estimate(schema, document, variables or {}).selections(
        operation.selection_set, root, 1, frozenset()
    )
