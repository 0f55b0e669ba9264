"""Typed reading of one mapping of a template document, reporting every problem it meets.

A reader never stops at the first problem: each accessor reports what is wrong and
returns a harmless default, so one pass over a document lists all of its problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from towncheck.checklists.document_tree import (
    Entry,
    ListNode,
    MapNode,
    Node,
    Problems,
    ScalarNode,
)

E = TypeVar("E", bound=StrEnum)

LABELS: dict[str, str] = {
    "code": "编号",
    "name": "名称",
    "description": "说明",
    "sections": "评估部分（sections）",
    "title": "标题",
    "items": "评估项（items）",
    "checkpoints": "指标（checkpoints）",
    "text": "指标内容",
    "target": "对象",
    "answer": "答案类型",
    "weight": "权重",
    "required": "是否必答",
    "choices": "选项",
    "unit": "单位",
    "rule": "规则",
    "prefill": "预填数据",
    "expect": "合格答案",
    "severity": "严重程度",
    "guidance": "核查方法",
    "evidence": "佐证要求",
    "photos": "照片数",
    "documents": "材料数",
    "note": "佐证说明",
}

MAX_WEIGHT = Decimal(1000)
WEIGHT_PLACES = 4
MAX_EVIDENCE = 50
_SPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Keys:
    """The keys a mapping must have and the ones it may have."""

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.required + self.optional


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _label(key: str) -> str:
    return LABELS.get(key, key)


class Fields:
    """The entries of one mapping, read by key; problems go to the shared collector."""

    def __init__(self, node: Node, *, path: str, keys: Keys, problems: Problems) -> None:
        self.path = path
        self.line = node.line
        self.problems = problems
        self.entries: dict[str, Entry] = {}
        # Keys whose values the reader refused (and reported) count as neither given nor missing.
        self.refused: set[str] = set()
        if isinstance(node, ScalarNode) and node.refused:
            return
        if not isinstance(node, MapNode):
            problems.add(line=node.line, path=path, message="此处应为键值对（映射）")
            return
        self._collect(node, keys=keys)

    def _collect(self, node: MapNode, *, keys: Keys) -> None:
        for entry in node.entries:
            where = join_path(self.path, entry.key)
            if entry.key in self.entries:
                first = self.entries[entry.key].line
                message = f"键“{entry.key}”重复（第 {first} 行已出现）"
                self.problems.add(line=entry.line, path=where, message=message)
            elif entry.key not in keys.allowed:
                allowed = "、".join(keys.allowed)
                message = f"未知的键“{entry.key}”，可用的键：{allowed}"
                self.problems.add(line=entry.line, path=where, message=message)
            elif isinstance(entry.value, ScalarNode) and entry.value.refused:
                self.refused.add(entry.key)
            else:
                self.entries[entry.key] = entry
        for key in keys.required:
            if key not in self.entries and key not in self.refused:
                message = f"缺少必填的键“{key}”（{_label(key)}）"
                self.problems.add(line=node.line, path=self.path, message=message)

    def add(self, key: str, message: str) -> None:
        """Report a problem with the value under ``key`` (or the mapping when it is absent)."""
        entry = self.entries.get(key)
        line = entry.value.line if entry is not None else self.line
        self.problems.add(line=line, path=join_path(self.path, key), message=message)

    def node(self, key: str) -> Node | None:
        """The value under ``key``; an explicit null counts as absent."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        if isinstance(entry.value, ScalarNode) and entry.value.value is None:
            return None
        return entry.value

    def given(self, key: str) -> bool:
        return self.node(key) is not None

    def line_of(self, key: str) -> int | None:
        entry = self.entries.get(key)
        return entry.value.line if entry is not None else self.line

    def path_of(self, key: str) -> str:
        return join_path(self.path, key)

    def text(self, key: str, *, limit: int, blank: bool = False) -> str:
        """Text under ``key``; numbers are taken as spelled (so ``code: 1.10`` stays 1.10)."""
        node = self.node(key)
        if node is None:
            if key in self.entries and not blank:
                self.add(key, f"{_label(key)}不能为空")
            return ""
        value = _as_text(node)
        if value is None:
            self.add(key, f"{_label(key)}须为文本")
            return ""
        if not blank and not value.strip():
            self.add(key, f"{_label(key)}不能为空")
        elif len(value) > limit:
            self.add(key, f"{_label(key)}不得超过 {limit} 个字符")
        return value

    def code(self, key: str = "code") -> str:
        value = self.text(key, limit=64)
        if _SPACE.search(value):
            self.add(key, f"{_label(key)}不能包含空白字符")
        return value

    def flag(self, key: str, *, default: bool) -> bool:
        node = self.node(key)
        if node is None:
            return default
        if isinstance(node, ScalarNode) and isinstance(node.value, bool):
            return node.value
        self.add(key, f"{_label(key)}须为 true 或 false")
        return default

    def enum(self, key: str, kind: type[E], *, default: E) -> E:
        node = self.node(key)
        if node is None:
            return default
        value = _as_text(node)
        if value is not None and value in kind.__members__:
            return kind(value)
        allowed = "、".join(member.value for member in kind)
        self.add(key, f"{_label(key)}须为以下之一：{allowed}")
        return default

    def weight(self, key: str = "weight") -> Decimal:
        if key not in self.entries:
            return Decimal(0)
        number = self._number(key)
        if number is None or not number.is_finite() or number < 0:
            self.add(key, f"{_label(key)}须为不小于 0 的数字")
            return Decimal(0)
        if number > MAX_WEIGHT:
            self.add(key, f"{_label(key)}不得超过 {MAX_WEIGHT}")
        elif _places(number) > WEIGHT_PLACES:
            self.add(key, f"{_label(key)}最多保留 {WEIGHT_PLACES} 位小数")
        return number

    def count(self, key: str) -> int:
        node = self.node(key)
        if node is None:
            return 0
        number = self._number(key)
        if (
            number is None
            or number != number.to_integral_value()
            or not 0 <= number <= MAX_EVIDENCE
        ):
            self.add(key, f"{_label(key)}须为 0 到 {MAX_EVIDENCE} 之间的整数")
            return 0
        return int(number)

    def _number(self, key: str) -> Decimal | None:
        node = self.node(key)
        if not isinstance(node, ScalarNode) or isinstance(node.value, bool):
            return None
        if isinstance(node.value, int | Decimal):
            return Decimal(node.value)
        return None

    def texts(self, key: str, *, limit: int) -> tuple[str, ...]:
        """A list of distinct, non-blank texts."""
        node = self.node(key)
        if node is None:
            return ()
        if isinstance(node, ListNode):
            values = tuple(_as_text(item) for item in node.items)
            texts = tuple(value for value in values if value is not None and value.strip())
            if len(texts) == len(values) and all(len(text) <= limit for text in texts):
                if len(set(texts)) < len(texts):
                    self.add(key, f"{_label(key)}不能重复")
                return texts
        self.add(key, f"{_label(key)}须为非空文本的列表，每项不超过 {limit} 个字符")
        return ()

    def children(self, key: str) -> tuple[Node, ...]:
        """The members of a required, non-empty list."""
        node = self.node(key)
        if node is None:
            if key in self.entries:
                self.add(key, f"{_label(key)}至少需要一项")
            return ()
        if not isinstance(node, ListNode):
            self.add(key, f"{_label(key)}须为列表")
            return ()
        if not node.items:
            self.add(key, f"{_label(key)}至少需要一项")
        return node.items


def _as_text(node: Node) -> str | None:
    if not isinstance(node, ScalarNode) or isinstance(node.value, bool) or node.value is None:
        return None
    if isinstance(node.value, str):
        return node.value
    return node.text


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
