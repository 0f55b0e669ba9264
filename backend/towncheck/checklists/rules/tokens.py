"""Tokenizer for checkpoint rules.

Rules come from template files that anyone with template rights can edit, so the alphabet is
fixed and small: ASCII names, numbers, quoted strings and a handful of operators. Everything
else is refused here, before the parser sees it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

MAX_LENGTH = 1000
MAX_TOKENS = 200
KEYWORDS = frozenset({"and", "or", "not", "in", "is", "null", "true", "false"})
# Two-character operators first, so "<=" is not read as "<" followed by "=".
OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "(", ")", ",")

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_DIGITS = frozenset("0123456789")
_NAME_CHARS = _LETTERS | _DIGITS
_QUOTES = frozenset("'\"")
# Inside a string a backslash may only protect a quote or itself; "\n" and friends would be
# a second, invisible escape language to document and audit.
_ESCAPABLE = frozenset("'\"\\")

TokenKind = Literal["number", "string", "name", "keyword", "operator", "end"]


class RuleError(ValueError):
    """A rule that cannot be read or run.

    ``message`` is the full Chinese text shown to the user; ``position`` is the 0-based
    character offset the problem was found at, or None when it concerns the whole rule.
    """

    def __init__(self, reason: str, *, position: int | None = None) -> None:
        self.reason = reason
        self.position = position
        self.message = reason if position is None else f"规则第 {position + 1} 个字符处：{reason}"
        super().__init__(self.message)

    def __reduce__(self) -> tuple[type[RuleError], tuple[str], dict[str, object]]:
        # The default pickling would call __init__ with the full message and lose the position.
        return (type(self), (self.reason,), dict(self.__dict__))


@dataclass(frozen=True, slots=True)
class Token:
    kind: TokenKind
    text: str
    position: int
    value: Decimal | str | None = None

    def shown(self) -> str:
        """How the token is named in an error message."""
        return "规则结尾" if self.kind == "end" else f"“{self.text}”"


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens, ending with an ``end`` token; raise RuleError if unreadable."""
    if len(source) > MAX_LENGTH:
        raise RuleError(f"规则过长：最多 {MAX_LENGTH} 个字符，现有 {len(source)} 个")
    if not source.strip():
        raise RuleError("规则不能为空")
    tokens: list[Token] = []
    index = _skip_space(source, 0)
    while index < len(source):
        if len(tokens) == MAX_TOKENS:
            raise RuleError(f"规则过长：最多 {MAX_TOKENS} 个名称、数值和符号", position=index)
        token, index = _read_token(source, index)
        tokens.append(token)
        index = _skip_space(source, index)
    tokens.append(Token("end", "", len(source)))
    return tokens


def _skip_space(source: str, index: int) -> int:
    while index < len(source) and source[index].isspace():
        index += 1
    return index


def _read_token(source: str, start: int) -> tuple[Token, int]:
    char = source[start]
    if char in _QUOTES:
        return _read_string(source, start)
    if char in _DIGITS:
        return _read_number(source, start)
    if char in _LETTERS:
        return _read_name(source, start)
    for operator in OPERATORS:
        if source.startswith(operator, start):
            return Token("operator", operator, start), start + len(operator)
    raise RuleError(_unexpected_character(char), position=start)


def _unexpected_character(char: str) -> str:
    if char == "=":
        return "判断相等请写“==”"
    if char == "!":
        return "“!”只能用在“!=”中，取反请写 not"
    if not char.isascii():
        # Typically a full-width bracket, comma or quote typed with a Chinese input method.
        return f"无法识别的字符“{char}”，名称和符号须用英文半角字符"
    return f"此处不应出现“{char}”"


def _read_string(source: str, start: int) -> tuple[Token, int]:
    quote = source[start]
    parts: list[str] = []
    index = start + 1
    while index < len(source):
        char = source[index]
        if char == quote:
            end = index + 1
            return Token("string", source[start:end], start, "".join(parts)), end
        if char == "\\":
            escaped = source[index + 1 : index + 2]
            if escaped not in _ESCAPABLE:
                raise RuleError("字符串中的反斜杠只能用于转义引号或反斜杠", position=index)
            parts.append(escaped)
            index += 2
            continue
        parts.append(char)
        index += 1
    raise RuleError("字符串缺少结束引号", position=start)


def _read_number(source: str, start: int) -> tuple[Token, int]:
    index = _skip_digits(source, start)
    if source[index : index + 1] == ".":
        if source[index + 1 : index + 2] not in _DIGITS:
            raise RuleError("数字的小数点后须有数字", position=index)
        index = _skip_digits(source, index + 1)
    text = source[start:index]
    return Token("number", text, start, Decimal(text)), index


def _skip_digits(source: str, index: int) -> int:
    while index < len(source) and source[index] in _DIGITS:
        index += 1
    return index


def _read_name(source: str, start: int) -> tuple[Token, int]:
    index = _read_segment(source, start)
    if source[start:index] in KEYWORDS:
        return Token("keyword", source[start:index], start), index
    while source[index : index + 1] == ".":
        if source[index + 1 : index + 2] not in _LETTERS:
            raise RuleError("名称中的“.”之后须为名称", position=index)
        index = _read_segment(source, index + 1)
    return Token("name", source[start:index], start), index


def _read_segment(source: str, start: int) -> int:
    # Leading underscores are how Python spells its internals (__class__, __import__); no
    # registry field needs one, so refusing them keeps such text out of rules altogether.
    if source[start] == "_":
        raise RuleError("名称不能以下划线开头", position=start)
    index = start + 1
    while index < len(source) and source[index] in _NAME_CHARS:
        index += 1
    return index
