"""Reading and writing template documents as JSON.

The standard decoder forgets where values were, so this reader walks the text itself
(each string, once delimited, is still decoded by ``json.loads``) and records the line every
value starts on. Numbers are kept exact (``Decimal`` for anything with a fraction or an
exponent); ``NaN`` and ``Infinity`` are not JSON and are refused.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from towncheck.checklists.document_tree import (
    MAX_DEPTH,
    Entry,
    ListNode,
    MapNode,
    Node,
    Problems,
    ScalarNode,
)

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
_SPACE = re.compile(r"[ \t\n\r]*")
_LITERALS: dict[str, bool | None] = {"true": True, "false": False, "null": None}


class _SyntaxProblem(Exception):
    def __init__(self, position: int, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def parse_json(text: str, *, problems: Problems) -> Node | None:
    """The document's node tree, or ``None`` after reporting the syntax error."""
    parser = _Parser(text)
    try:
        return parser.document()
    except _SyntaxProblem as error:
        line = parser.line(error.position)
        problems.add(line=line, path="", message=f"不是有效的 JSON（{error.message}）")
        return None


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.newlines = [match.start() for match in re.finditer("\n", text)]

    def line(self, position: int) -> int:
        """The 1-based line of a character offset."""
        return bisect_left(self.newlines, position) + 1

    def document(self) -> Node:
        self._skip_space()
        if self.pos == len(self.text):
            raise _SyntaxProblem(self.pos, "文档为空")
        root = self._value(depth=0)
        self._skip_space()
        if self.pos != len(self.text):
            raise _SyntaxProblem(self.pos, "文档末尾有多余的内容")
        return root

    def _skip_space(self) -> None:
        match = _SPACE.match(self.text, self.pos)
        if match is not None:
            self.pos = match.end()

    def _value(self, *, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise _SyntaxProblem(self.pos, "嵌套层次过深")
        char = self.text[self.pos : self.pos + 1]
        if char == "{":
            return self._object(depth=depth)
        if char == "[":
            return self._array(depth=depth)
        if char == '"':
            start = self.pos
            value = self._string()
            return ScalarNode(value=value, text=value, line=self.line(start))
        return self._atom()

    def _string(self) -> str:
        match = _STRING.match(self.text, self.pos)
        if match is None:
            raise _SyntaxProblem(
                self.pos, "字符串格式错误（缺少结尾的引号，或含有未转义的控制字符）"
            )
        self.pos = match.end()
        # The pattern only admits JSON's own escapes, so the standard decoder cannot fail here.
        return str(json.loads(match.group()))

    def _atom(self) -> ScalarNode:
        start = self.pos
        line = self.line(start)
        for word, value in _LITERALS.items():
            if self.text.startswith(word, start):
                self.pos += len(word)
                return ScalarNode(value=value, text=word, line=line)
        match = _NUMBER.match(self.text, start)
        if match is None:
            raise _SyntaxProblem(start, "此处应为一个值")
        self.pos = match.end()
        spelled = match.group()
        number: int | Decimal = Decimal(spelled)
        # Long digit strings stay Decimal: int() refuses more than 4,300 digits.
        if match.group(1) is None and match.group(2) is None and len(spelled) < 100:
            number = int(spelled)
        return ScalarNode(value=number, text=spelled, line=line)

    def _expect(self, char: str, message: str) -> None:
        self._skip_space()
        if not self.text.startswith(char, self.pos):
            raise _SyntaxProblem(self.pos, message)
        self.pos += 1

    def _array(self, *, depth: int) -> ListNode:
        line = self.line(self.pos)
        self.pos += 1
        items: list[Node] = []
        self._skip_space()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return ListNode(items=(), line=line)
        while True:
            self._skip_space()
            items.append(self._value(depth=depth + 1))
            self._skip_space()
            if self.text.startswith("]", self.pos):
                self.pos += 1
                return ListNode(items=tuple(items), line=line)
            self._expect(",", "此处应为逗号或 ]")

    def _object(self, *, depth: int) -> MapNode:
        line = self.line(self.pos)
        self.pos += 1
        entries: list[Entry] = []
        self._skip_space()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return MapNode(entries=(), line=line)
        while True:
            entries.append(self._entry(depth=depth))
            self._skip_space()
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return MapNode(entries=tuple(entries), line=line)
            self._expect(",", "此处应为逗号或 }")

    def _entry(self, *, depth: int) -> Entry:
        self._skip_space()
        if not self.text.startswith('"', self.pos):
            raise _SyntaxProblem(self.pos, "此处应为带双引号的键")
        key_line = self.line(self.pos)
        key = self._string()
        self._expect(":", "键后应为冒号")
        self._skip_space()
        return Entry(key=key, line=key_line, value=self._value(depth=depth + 1))


def dump_json(data: Mapping[str, Any]) -> str:
    """Indented JSON text for plain data, Chinese left readable."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
