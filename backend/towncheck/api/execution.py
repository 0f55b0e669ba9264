"""A faster path for fields that are plain attributes.

Strawberry resolves every field through graphql-core's general machinery (resolve info,
awaitable checks, completion) — about 30 µs per field here, which dominates a page of
households with their members. Most fields are data already loaded by the parent
resolver: for those, this execution context reads the attribute and serialises it
directly, and descends into plain objects and lists of them. Anything else (resolvers,
arguments, interfaces, unions, a null where the schema forbids one) takes the general path,
which also reports errors exactly as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, ClassVar

from graphql import (
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
)
from graphql.execution.collect_fields import FieldDetails
from graphql.pyutils import Path, Undefined, is_awaitable
from strawberry.schema.schema import Schema, StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.base import StrawberryObjectDefinition

Leaf = GraphQLScalarType | GraphQLEnumType


@dataclass(frozen=True, slots=True)
class PlainField:
    attr: str
    target: Leaf | GraphQLObjectType
    is_list: bool
    non_null: bool
    items_non_null: bool


def _shape(graphql_type: GraphQLOutputType) -> tuple[Any, bool, bool, bool] | None:
    inner: Any = graphql_type
    non_null = isinstance(inner, GraphQLNonNull)
    if non_null:
        inner = inner.of_type
    is_list = isinstance(inner, GraphQLList)
    items_non_null = False
    if is_list:
        inner = inner.of_type
        items_non_null = isinstance(inner, GraphQLNonNull)
        inner = inner.of_type if items_non_null else inner
    if isinstance(inner, GraphQLScalarType | GraphQLEnumType | GraphQLObjectType):
        return inner, is_list, non_null, items_non_null
    return None


def plain_fields(strawberry_schema: Schema) -> dict[tuple[str, str], PlainField]:
    """(type, field) pairs that are attributes without resolver, arguments or extensions."""
    schema: GraphQLSchema = strawberry_schema._schema
    names = strawberry_schema.config.name_converter
    found: dict[tuple[str, str], PlainField] = {}
    for type_name, graphql_type in schema.type_map.items():
        if not isinstance(graphql_type, GraphQLObjectType) or type_name.startswith("__"):
            continue
        definition = (graphql_type.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
        if not isinstance(definition, StrawberryObjectDefinition):
            continue
        for field in definition.fields:
            name = names.get_graphql_name(field)
            if (
                field.base_resolver is not None
                or field.arguments
                or field.extensions
                or name not in graphql_type.fields
            ):
                continue
            shape = _shape(graphql_type.fields[name].type)
            if shape is not None:
                found[(type_name, name)] = PlainField(field.python_name, *shape)
    return found


class FastExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Set ``plain`` to ``plain_fields(schema)`` once the schema is built."""

    plain: ClassVar[dict[tuple[str, str], PlainField]] = {}

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: list[FieldDetails],
        path: Path,
        position_context: Any,
    ) -> Any:
        plan = self.plain.get((parent_type.name, field_details_list[0].node.name.value))
        if plan is not None:
            value = getattr(source, plan.attr, None)
            result = self._complete(plan, value, field_details_list, path, position_context)
            if result is not Undefined:
                return result
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _complete(
        self,
        plan: PlainField,
        value: Any,
        fields: list[FieldDetails],
        path: Path,
        position_context: Any,
    ) -> Any:
        """The completed value, or ``Undefined`` to let the general path handle it."""
        if value is None:
            return Undefined if plan.non_null else None
        if not plan.is_list:
            return self._one(plan, value, fields, path, position_context)
        results: list[Any] = []
        for index, item in enumerate(value):
            if item is None:
                if plan.items_non_null:
                    return Undefined
                results.append(None)
                continue
            done = self._one(plan, item, fields, path.add_key(index, None), position_context)
            if done is Undefined:
                return Undefined
            results.append(done)
        if any(is_awaitable(r) for r in results):
            return _gather(results)
        return results

    def _one(
        self,
        plan: PlainField,
        value: Any,
        fields: list[FieldDetails],
        path: Path,
        position_context: Any,
    ) -> Any:
        target = plan.target
        if isinstance(target, GraphQLObjectType):
            return self.collect_and_execute_subfields(target, fields, path, value, position_context)
        try:
            serialized = target.serialize(value)
        except (TypeError, ValueError):
            return Undefined  # the general path reports the error
        return Undefined if serialized is None else serialized


async def _gather(results: list[Any]) -> list[Any]:
    """Await the items together, so that their DataLoaders still batch."""
    pending = [(i, r) for i, r in enumerate(results) if isinstance(r, Awaitable)]
    done = await asyncio.gather(*(r for _, r in pending))
    for (index, _), value in zip(pending, done, strict=True):
        results[index] = value
    return results
