"""Reading and writing template documents as YAML.

Reading only composes the document (``yaml.compose`` with ``SafeLoader``): no object is
ever constructed from a tag, and any tag outside the plain YAML types is refused, so a
``!!python/...`` tag is reported instead of run. Aliases are refused where they stand and
never expanded, since expanding them lets a small document grow without bound.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from towncheck.checklists.document_tree import (
    MAX_DEPTH,
    Entry,
    ListNode,
    MapNode,
    Node,
    Problems,
    ScalarNode,
)

_TAG = "tag:yaml.org,2002:"
# Dates (timestamps) are read as the text they are spelled as; no field is a date.
_TEXT_TAGS = frozenset({_TAG + "str", _TAG + "timestamp"})
_SCALAR_TAGS = _TEXT_TAGS | {_TAG + name for name in ("int", "float", "bool", "null")}
_ALIAS_TAG = "tag:towncheck,2025:alias"
_BOOLS = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}


def parse_yaml(text: str, *, problems: Problems) -> Node | None:
    """The document's node tree, or ``None`` after reporting why there is none."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        problems.add(line=line, path="", message=f"不是有效的 YAML（{error.problem or error}）")
        return None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        problems.add(line=line, path="", message="含有 YAML 不允许的控制字符")
        return None
    except yaml.YAMLError as error:
        problems.add(line=None, path="", message=f"不是有效的 YAML（{error}）")
        return None
    except RecursionError:
        problems.add(line=None, path="", message="文档嵌套层次过深")
        return None
    if root is None:
        problems.add(line=1, path="", message="文档为空")
        return None
    return _Converter(problems).node(root, path="", depth=0)


class _Loader(yaml.SafeLoader):
    """SafeLoader that composes an alias into a placeholder at the alias's own position,
    instead of the node it names, so it can be reported on its line and never expanded."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            # The stubs leave Parser.get_event untyped; it returns the AliasEvent just checked.
            event = self.get_event()  # type: ignore[no-untyped-call]
            return yaml.ScalarNode(_ALIAS_TAG, "", event.start_mark, event.end_mark)
        return super().compose_node(parent, index)


class _Converter:
    """Turns composed PyYAML nodes into document nodes, refusing what a template never needs."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def node(self, node: yaml.Node, *, path: str, depth: int) -> Node:
        line = node.start_mark.line + 1
        refused = self._refusal(node, depth=depth)
        if refused:
            self.problems.add(line=line, path=path, message=refused)
            return ScalarNode(value=None, text="", line=line, refused=True)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path=path, depth=depth)
        if isinstance(node, yaml.SequenceNode):
            items = (
                self.node(item, path=f"{path}[{index}]", depth=depth + 1)
                for index, item in enumerate(node.value)
            )
            return ListNode(items=tuple(items), line=line)
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node, line=line)
        raise TypeError(f"unexpected YAML node {type(node).__name__}")

    def _refusal(self, node: yaml.Node, *, depth: int) -> str | None:
        """Why this node is not accepted, or ``None``."""
        if node.tag == _ALIAS_TAG:
            return "不支持 YAML 别名（*）"
        if depth > MAX_DEPTH:
            return "文档嵌套层次过深"
        if not _plain_tag(node):
            return f"不支持 YAML 标签“{node.tag}”"
        return None

    def _mapping(self, node: yaml.MappingNode, *, path: str, depth: int) -> MapNode:
        entries: list[Entry] = []
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or not _plain_tag(key_node):
                self.problems.add(line=key_line, path=path, message="键须为文本")
                continue
            key = str(key_node.value)
            child = f"{path}.{key}" if path else key
            value = self.node(value_node, path=child, depth=depth + 1)
            entries.append(Entry(key=key, line=key_line, value=value))
        return MapNode(entries=tuple(entries), line=node.start_mark.line + 1)


def _plain_tag(node: yaml.Node) -> bool:
    tag = str(node.tag)
    if isinstance(node, yaml.MappingNode):
        return tag == _TAG + "map"
    if isinstance(node, yaml.SequenceNode):
        return tag == _TAG + "seq"
    return tag in _SCALAR_TAGS


def _scalar(node: yaml.ScalarNode, *, line: int) -> ScalarNode:
    text = str(node.value)
    tag = str(node.tag)
    value: str | int | Decimal | bool | None = text
    if tag == _TAG + "null":
        value = None
    elif tag == _TAG + "bool":
        value = _BOOLS.get(text.lower(), text)
    elif tag == _TAG + "int":
        value = _integer(node)
    elif tag == _TAG + "float":
        value = _decimal(node)
    return ScalarNode(value=value, text=text, line=line)


def _integer(node: yaml.ScalarNode) -> int | str:
    # The constructor knows YAML 1.1's spellings (0x.., 0o.., 1_000); an explicit !!int
    # on something else, or a number too long to convert, stays text and is reported as
    # "not a number" by the checks.
    try:
        return int(yaml.constructor.SafeConstructor().construct_yaml_int(node))
    except ValueError:
        return str(node.value)


def _decimal(node: yaml.ScalarNode) -> Decimal | str:
    # Floats are kept exact: a weight of 0.1 is read as Decimal("0.1"), not a binary float.
    text = str(node.value).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    try:
        return Decimal(repr(yaml.constructor.SafeConstructor().construct_yaml_float(node)))
    except (ValueError, InvalidOperation):
        return str(node.value)


class _Dumper(yaml.SafeDumper):
    """Writes the way people write YAML by hand: list dashes indented under their key,
    multi-line text as literal blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar(_TAG + "str", data, style=style)


_Dumper.add_representer(str, _represent_text)


def dump_yaml(data: Mapping[str, Any]) -> str:
    """YAML text for plain data (dicts, lists, text, numbers, bools) in the given key order."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
        indent=2,
    )
