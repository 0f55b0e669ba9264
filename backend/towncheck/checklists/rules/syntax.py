"""Rule syntax tree and its Pratt parser.

Binding powers, loosest first: ``or`` < ``and`` < ``not`` < comparisons (``== != < <= > >=``,
``in``, ``not in``, ``is [not] null``) < ``+ -`` < ``* / %`` < unary minus. Comparisons do not
chain. Recursion is capped at MAX_DEPTH so a hostile template cannot exhaust the stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from towncheck.checklists.rules.tokens import RuleError, Token, tokenize

MAX_DEPTH = 32
# Allowed functions with their (least, most) argument counts; None means no upper bound.
FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "answer": (1, 1),
    "abs": (1, 1),
    "min": (2, None),
    "max": (2, None),
    "round": (1, 2),
    "len": (1, 1),
}
COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})

_OR, _AND, _NOT, _COMPARE, _SUM, _PRODUCT = 1, 2, 3, 4, 5, 6
_OPERATOR_POWERS = {
    **dict.fromkeys(COMPARISONS, _COMPARE),
    **dict.fromkeys(("+", "-"), _SUM),
    **dict.fromkeys(("*", "/", "%"), _PRODUCT),
}
_KEYWORD_POWERS = {"or": _OR, "and": _AND, "in": _COMPARE, "is": _COMPARE}


@dataclass(frozen=True, slots=True)
class Constant:
    value: Decimal | str | bool | None
    position: int


@dataclass(frozen=True, slots=True)
class Name:
    path: str
    position: int


@dataclass(frozen=True, slots=True)
class Answer:
    code: str
    position: int


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    arguments: tuple[Node, ...]
    position: int


@dataclass(frozen=True, slots=True)
class Unary:
    operator: str
    operand: Node
    position: int


@dataclass(frozen=True, slots=True)
class Binary:
    """Arithmetic or comparison; ``position`` is the operator's, where type errors point."""

    operator: str
    left: Node
    right: Node
    position: int


@dataclass(frozen=True, slots=True)
class Logical:
    """A flat run of ``and`` (or of ``or``), so long conditions do not build deep trees."""

    operator: str
    operands: tuple[Node, ...]
    position: int


@dataclass(frozen=True, slots=True)
class Membership:
    operand: Node
    options: tuple[Node, ...]
    negated: bool
    position: int


@dataclass(frozen=True, slots=True)
class NullTest:
    operand: Node
    negated: bool
    position: int


Node = Constant | Name | Answer | Call | Unary | Binary | Logical | Membership | NullTest


@dataclass(frozen=True, slots=True)
class Parsed:
    """A syntax tree with what it reads: names in source order (for error positions) and the
    checkpoint codes given to answer()."""

    tree: Node
    names: tuple[Name, ...]
    answers: frozenset[str]


def parse(source: str) -> Parsed:
    """Parse ``source``; raise RuleError naming what is wrong and where."""
    parser = _Parser(tokenize(source))
    tree = parser.expression(0)
    parser.finish()
    return Parsed(tree, tuple(parser.names), frozenset(parser.answers))


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._index = 0
        self._depth = 0
        # Collected while parsing, so nobody has to walk the tree again to find them.
        self.names: list[Name] = []
        self.answers: set[str] = set()

    def expression(self, min_power: int) -> Node:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise RuleError(f"规则嵌套过深：最多 {MAX_DEPTH} 层", position=self._peek().position)
        left = self._prefix(min_power)
        compared = False
        while (power := self._infix_power()) > min_power:
            token = self._peek()
            if power == _COMPARE and compared:
                raise RuleError(
                    "比较不能连写（如 a < b < c），请用 and 连接两个比较", position=token.position
                )
            left = self._infix(left, power)
            compared = power == _COMPARE
        self._depth -= 1
        return left

    def finish(self) -> None:
        token = self._peek()
        if token.kind == "end":
            return
        if token.text == ")":
            raise RuleError("多余的右括号", position=token.position)
        raise RuleError(
            f"此处不应出现{token.shown()}，是否缺少 and、or 或运算符？", position=token.position
        )

    def _peek(self, ahead: int = 0) -> Token:
        return self._tokens[min(self._index + ahead, len(self._tokens) - 1)]

    def _advance(self) -> Token:
        token = self._peek()
        self._index += 1
        return token

    def _at(self, text: str) -> bool:
        token = self._peek()
        return token.kind in ("operator", "keyword") and token.text == text

    def _expect(self, text: str, reason: str) -> None:
        if not self._at(text):
            raise RuleError(reason, position=self._peek().position)
        self._advance()

    def _prefix(self, min_power: int) -> Node:
        token = self._advance()
        if token.kind in ("number", "string"):
            return Constant(token.value, token.position)
        if token.kind == "name" and self._at("("):
            return self._call(token)
        if token.kind == "name":
            self.names.append(Name(token.text, token.position))
            return self.names[-1]
        if token.kind == "keyword":
            return self._keyword_prefix(token, min_power)
        if token.text == "(":
            inner = self.expression(0)
            self._expect(")", "缺少右括号")
            return inner
        if token.text == "-":
            return Unary("-", self.expression(_PRODUCT), token.position)
        if token.kind == "end":
            raise RuleError("规则不完整，此处缺少数值、名称或左括号", position=token.position)
        raise RuleError(f"此处不应出现{token.shown()}", position=token.position)

    def _keyword_prefix(self, token: Token, min_power: int) -> Node:
        constants: dict[str, bool | None] = {"true": True, "false": False, "null": None}
        if token.text in constants:
            return Constant(constants[token.text], token.position)
        if token.text == "not":
            # "a == not b" or "1 + not a" would bind surprisingly; ask for brackets instead.
            if min_power > _NOT:
                raise RuleError("not 须放在整个条件之前，必要时加括号", position=token.position)
            return Unary("not", self.expression(_NOT), token.position)
        raise RuleError(f"此处不应出现{token.shown()}", position=token.position)

    def _infix_power(self) -> int:
        token = self._peek()
        if token.kind == "operator":
            return _OPERATOR_POWERS.get(token.text, 0)
        if token.kind != "keyword":
            return 0
        if token.text == "not":
            following = self._peek(1)
            return _COMPARE if following.kind == "keyword" and following.text == "in" else 0
        return _KEYWORD_POWERS.get(token.text, 0)

    def _infix(self, left: Node, power: int) -> Node:
        token = self._advance()
        if token.text in ("and", "or"):
            right = self.expression(power)
            if isinstance(left, Logical) and left.operator == token.text:
                return Logical(token.text, (*left.operands, right), left.position)
            return Logical(token.text, (left, right), token.position)
        if token.text in ("in", "not"):
            if token.text == "not":
                self._advance()
            return Membership(left, self._options(), token.text == "not", token.position)
        if token.text == "is":
            negated = self._at("not")
            if negated:
                self._advance()
            self._expect("null", "“is”之后须为“null”或“not null”")
            return NullTest(left, negated, token.position)
        return Binary(token.text, left, self.expression(power), token.position)

    def _options(self) -> tuple[Node, ...]:
        self._expect("(", "“in”之后须为括号括起的取值列表，如 ('A', 'B')")
        if self._at(")"):
            raise RuleError("取值列表不能为空", position=self._peek().position)
        options = [self.expression(0)]
        while self._at(","):
            self._advance()
            if self._at(")"):
                break
            options.append(self.expression(0))
        self._expect(")", "取值列表缺少逗号或右括号")
        return tuple(options)

    def _call(self, name: Token) -> Node:
        if name.text not in FUNCTIONS:
            allowed = "、".join(FUNCTIONS)
            raise RuleError(f"未知函数“{name.text}”，可用：{allowed}", position=name.position)
        self._advance()
        arguments: list[Node] = []
        if not self._at(")"):
            arguments.append(self.expression(0))
            while self._at(","):
                self._advance()
                arguments.append(self.expression(0))
        self._expect(")", "缺少右括号")
        if name.text == "answer":
            answer = _answer(name, arguments)
            self.answers.add(answer.code)
            return answer
        _check_arity(name, len(arguments))
        return Call(name.text, tuple(arguments), name.position)


def _check_arity(name: Token, count: int) -> None:
    least, most = FUNCTIONS[name.text]
    if least <= count and (most is None or count <= most):
        return
    if most is None:
        wanted = f"至少须有 {least} 个参数"
    elif least == most:
        wanted = f"须有 {least} 个参数"
    else:
        wanted = f"须有 {least} 到 {most} 个参数"
    raise RuleError(f"函数“{name.text}”{wanted}，现有 {count} 个", position=name.position)


def _answer(name: Token, arguments: list[Node]) -> Answer:
    # The code must be a literal so every rule's dependencies on other answers are known
    # when the template is loaded, not discovered while scoring.
    argument = arguments[0] if len(arguments) == 1 else None
    if not isinstance(argument, Constant) or not isinstance(argument.value, str):
        raise RuleError(
            "answer() 的参数须为用引号括起的检查点编号，如 answer('一.2.3')",
            position=name.position,
        )
    if not argument.value.strip():
        raise RuleError("answer() 的检查点编号不能为空", position=argument.position)
    return Answer(argument.value, name.position)
