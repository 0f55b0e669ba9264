"""A faster path for fields that are plain data.

Strawberry resolves every field through graphql-core's general machinery (resolve info,
awaitable checks, completion): several microseconds per field, which dominates a page of
households with their members. Most fields are data the parent resolver already loaded:
attributes, or synchronous getters marked ``PLAIN`` that only read their object. For those
this execution context reads the value and serialises it directly, and an object whose
selected fields are all plain, down to the leaves, is built in one pass from a shape made
once per request and selection: no path, resolve info or method call per field.

Anything else (resolvers, arguments, interfaces, unions, ``@defer``, ``@stream``) takes the
general path, and so does a field whose value the shortcut cannot complete (a null where the
schema forbids one, a value that does not serialise, a getter that raises): the general path
reads it again and reports the error exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from types import FunctionType, MappingProxyType
from typing import Any, ClassVar, Final, NamedTuple

from graphql import (
    GraphQLEnumType,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
)
from graphql.execution.collect_fields import FieldDetails
from graphql.pyutils import Path, is_iterable
from strawberry.schema.schema import Schema, StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.field import StrawberryField

Getter = Callable[[Any], Any]

PLAIN_KEY: Final = "towncheck.plain"
# ``@strawberry.field(metadata=PLAIN)`` on a synchronous method taking only ``self`` makes it
# a computed attribute for this path. It must only read its object: it may run twice.
PLAIN: Final[Mapping[str, bool]] = MappingProxyType({PLAIN_KEY: True})


@dataclass(frozen=True, slots=True)
class PlainField:
    """How to read one field without its resolver.

    The type is named, not held: every schema built from the same types shares the table,
    and a request completes values with its own schema's types (graphql-core compares types
    by identity, e.g. for a fragment's type condition)."""

    get: Getter
    type_name: str
    is_list: bool
    non_null: bool
    items_non_null: bool


def _wrapping(graphql_type: GraphQLOutputType) -> tuple[str, bool, bool, bool] | None:
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
        return inner.name, is_list, non_null, items_non_null
    return None


def _getter(field: StrawberryField) -> Getter | None:
    resolver = field.base_resolver
    if resolver is None:
        return attrgetter(field.python_name)
    if (
        field.metadata.get(PLAIN_KEY)
        and not resolver.is_async
        and resolver.self_parameter is not None
        and len(resolver.signature.parameters) == 1
    ):
        method = resolver.wrapped_func
        return method if isinstance(method, FunctionType) else None
    return None


def plain_fields(strawberry_schema: Schema) -> dict[tuple[str, str], PlainField]:
    """(type, field) pairs that are attributes or ``PLAIN`` getters, without arguments or
    extensions."""
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
            if field.arguments or field.extensions or name not in graphql_type.fields:
                continue
            get = _getter(field)
            wrapping = _wrapping(graphql_type.fields[name].type)
            if get is not None and wrapping is not None:
                found[(type_name, name)] = PlainField(get, *wrapping)
    return found


class _Incomplete(Exception):
    """The shortcut cannot complete a value; the general path will, errors included."""


# What gives a value back to the general path: a null where none may be, or a getter or
# serialiser refusing the value (graphql-core's scalars raise GraphQLError).
_GIVE_UP = (_Incomplete, GraphQLError, TypeError, ValueError, AttributeError)


class _Step(NamedTuple):
    """One selected field of a shape: its response name, how to read and complete it."""

    key: str
    get: Getter
    serialize: Getter  # leaves (and lists of them); unused for objects
    shape: tuple[_Step, ...] | None  # objects (and lists of them)
    is_list: bool
    non_null: bool
    items_non_null: bool


Shape = tuple[_Step, ...]


def _same(value: Any) -> Any:
    return value


def _constant(value: str) -> Getter:
    return lambda _source: value


def _object(shape: Shape, source: Any) -> dict[str, Any]:
    """The object's selected fields, in the order graphql-core would give them."""
    data: dict[str, Any] = {}
    for key, get, serialize, fields, is_list, non_null, items_non_null in shape:
        value = get(source)
        if value is None:
            if non_null:
                raise _Incomplete
            data[key] = None
        elif is_list:
            data[key] = _list(value, serialize, fields, items_non_null)
        elif fields is None:
            done = serialize(value)
            if done is None:
                raise _Incomplete
            data[key] = done
        else:
            data[key] = _object(fields, value)
    return data


def _field(step: _Step, source: Any) -> Any:
    """One field's completed value, by its step."""
    value = step.get(source)
    if value is None:
        if step.non_null:
            raise _Incomplete
        return None
    if step.is_list:
        return _list(value, step.serialize, step.shape, step.items_non_null)
    if step.shape is not None:
        return _object(step.shape, value)
    done = step.serialize(value)
    if done is None:
        raise _Incomplete
    return done


def _list(values: Any, serialize: Getter, shape: Shape | None, items_non_null: bool) -> list[Any]:
    if not is_iterable(values):
        raise _Incomplete
    items: list[Any] = []
    for value in values:
        if value is None:
            if items_non_null:
                raise _Incomplete
            items.append(None)
        elif shape is None:
            done = serialize(value)
            if done is None:
                raise _Incomplete
            items.append(done)
        else:
            items.append(_object(shape, value))
    return items


def _streamed(fields: list[FieldDetails]) -> bool:
    return any(d.name.value == "stream" for f in fields for d in f.node.directives or ())


class FastExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Set ``plain`` to ``plain_fields(schema)`` once the schema is built."""

    plain: ClassVar[dict[tuple[str, str], PlainField]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Made once per request and selection, keyed like graphql-core's own memo by the
        # type and the id of the field group; the group is kept so that the id is not reused.
        self._steps: dict[tuple[str, int], tuple[list[FieldDetails], _Step | None]] = {}
        self._shapes: dict[tuple[str, int], tuple[list[FieldDetails], Shape | None]] = {}

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: list[FieldDetails],
        path: Path,
        position_context: Any,
    ) -> Any:
        # Deferred parts (they have a position context) keep the general path throughout.
        step = None if position_context is not None else self._step(parent_type, field_details_list)
        if step is not None:
            try:
                return _field(step, source)
            except _GIVE_UP:
                pass  # the general path reads the value again and reports the error
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _step(self, parent_type: GraphQLObjectType, fields: list[FieldDetails]) -> _Step | None:
        key = (parent_type.name, id(fields))
        known = self._steps.get(key)
        if known is None:
            known = (fields, self._new_step(parent_type, fields))
            self._steps[key] = known
        return known[1]

    def _new_step(self, parent_type: GraphQLObjectType, fields: list[FieldDetails]) -> _Step | None:
        """How to complete the field here, if it is plain and so is all it selects."""
        node = fields[0].node
        plan = self.plain.get((parent_type.name, node.name.value))
        if plan is None or (plan.is_list and _streamed(fields)):
            return None
        key = node.alias.value if node.alias else node.name.value
        flags = (plan.is_list, plan.non_null, plan.items_non_null)
        target = self.schema.type_map.get(plan.type_name)
        if isinstance(target, GraphQLScalarType | GraphQLEnumType):
            return _Step(key, plan.get, target.serialize, None, *flags)
        if not isinstance(target, GraphQLObjectType):
            return None
        shape = self._shape(target, fields)
        return None if shape is None else _Step(key, plan.get, _same, shape, *flags)

    def _shape(self, target: GraphQLObjectType, fields: list[FieldDetails]) -> Shape | None:
        key = (target.name, id(fields))
        known = self._shapes.get(key)
        if known is None:
            known = (fields, self._new_shape(target, fields))
            self._shapes[key] = known
        return known[1]

    def _new_shape(self, target: GraphQLObjectType, fields: list[FieldDetails]) -> Shape | None:
        """The shape of the selection on ``target``, if every selected field is plain."""
        grouped, new_defer_usages, _ = self.collect_subfields(target, fields)
        if new_defer_usages:
            return None
        steps: list[_Step] = []
        for key, group in grouped.items():
            if any(d.defer_usage is not None for d in group):
                return None
            if group[0].node.name.value == "__typename":
                steps.append(_Step(key, _constant(target.name), _same, None, False, True, False))
                continue
            step = self._step(target, group)
            if step is None:
                return None
            steps.append(step)
        return tuple(steps)
