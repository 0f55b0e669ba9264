"""Running a parsed rule against one household's facts, with SQL-style three-valued logic.

A missing or null fact is *unknown* (None): arithmetic and comparisons on it give unknown, and
``and``/``or``/``not`` follow Kleene logic, so the caller can tell "the data says no" apart from
"the data cannot say" and fall back to the cadre's answer. Facts are only ever read through
``Mapping.get``; nothing in a rule can reach an attribute or a callable of the data.
"""

from __future__ import annotations

import difflib
import math
import operator
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, DecimalException, localcontext
from typing import TypeAlias, assert_never

from towncheck.checklists.rules.syntax import (
    Answer,
    Binary,
    Call,
    Constant,
    Logical,
    Membership,
    Name,
    Node,
    NullTest,
    Unary,
    parse,
)
from towncheck.checklists.rules.tokens import RuleError

Scalar: TypeAlias = Decimal | str | bool | None
# A list fact (e.g. a household's subsidies) is kept as a tuple; only len(), == and in use it.
Value: TypeAlias = Scalar | tuple[Scalar, ...]
Facts: TypeAlias = Mapping[str, object]

# Fixed, so results do not depend on whatever decimal context the calling thread set up.
_CONTEXT = Context(prec=34, rounding=ROUND_HALF_EVEN)
_MAX_ROUND_DIGITS = 10
_LISTED_NAMES = 10
_ARITHMETIC: dict[str, Callable[[Decimal, Decimal], Decimal]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "%": operator.mod,
}
_KINDS = ((bool, "是/否"), (Decimal, "数字"), (str, "文字"), (tuple, "列表"))


def evaluate_tree(tree: Node, facts: Facts) -> bool | None:
    """True, False, or None when the facts cannot decide; RuleError on a type mismatch."""
    with localcontext(_CONTEXT):
        result = _value(tree, facts)
    if result is None or isinstance(result, bool):
        return result
    raise RuleError(f"规则的结果须为“是”或“否”（true/false），现为{kind_of(result)}")


def kind_of(value: Value) -> str:
    """The Chinese word for a value's type, for error messages."""
    return next((word for kind, word in _KINDS if isinstance(value, kind)), "空值")


def _value(node: Node, facts: Facts) -> Value:
    # Recursion depth is bounded by the tree's height, which the parser's depth and token
    # limits keep small.
    match node:
        case Constant():
            return node.value
        case Name() | Answer():
            return _read(node, facts)
        case Logical() | Membership() | NullTest():
            return _condition(node, facts)
        case Unary():
            return _unary(node, _value(node.operand, facts))
        case Binary():
            return _binary(node, _value(node.left, facts), _value(node.right, facts))
        case Call():
            return _call(node, [_value(argument, facts) for argument in node.arguments])
        case _:
            assert_never(node)


def _condition(node: Logical | Membership | NullTest, facts: Facts) -> bool | None:
    match node:
        case Logical():
            return _logical(node, facts)
        case Membership():
            return _membership(node, facts)
        case NullTest():
            return (_value(node.operand, facts) is None) != node.negated
        case _:
            assert_never(node)


def _read(node: Name | Answer, facts: Facts) -> Value:
    if isinstance(node, Answer):
        answers = facts.get("answers")
        raw = answers.get(node.code) if isinstance(answers, Mapping) else None
        return _to_value(raw, label=f"answer('{node.code}')", position=node.position)
    raw = facts.get(node.path)
    if raw is None:
        # Nested facts: "housing.grade" is facts["housing"]["grade"].
        current: object = facts
        for part in node.path.split("."):
            current = current.get(part) if isinstance(current, Mapping) else None
        raw = current
    return _to_value(raw, label=node.path, position=node.position)


def _to_value(raw: object, *, label: str, position: int) -> Value:
    if isinstance(raw, list | tuple):
        return tuple(_to_scalar(item, label=label, position=position) for item in raw)
    return _to_scalar(raw, label=label, position=position)


def _to_scalar(raw: object, *, label: str, position: int) -> Scalar:
    # bool before int: True is an int to Python but never a number in a rule.
    if raw is None or isinstance(raw, bool | str):
        return raw
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        # Through str() so 0.1 stays 0.1 rather than its binary approximation; NaN and
        # infinity say nothing a rule can use.
        return Decimal(str(raw)) if math.isfinite(raw) else None
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    if isinstance(raw, Mapping):
        raise RuleError(f"“{label}”是一组数据，请写到具体项目，如 {label}.xxx", position=position)
    raise RuleError(f"“{label}”的取值类型不受支持", position=position)


def _unary(node: Unary, operand: Value) -> Value:
    if operand is None:
        return None
    if node.operator == "not" and isinstance(operand, bool):
        return not operand
    if node.operator == "-" and isinstance(operand, Decimal):
        return -operand
    wanted = "条件（是/否）" if node.operator == "not" else "数字"
    raise RuleError(
        f"“{node.operator}”只能用于{wanted}，现为{kind_of(operand)}", position=node.position
    )


def _binary(node: Binary, left: Value, right: Value) -> Value:
    if left is None or right is None:
        return None
    if node.operator in ("==", "!="):
        return _same(left, right) == (node.operator == "==")
    if node.operator in ("<", "<=", ">", ">="):
        return _order(node, left, right)
    return _arithmetic(node, left, right)


def _same(left: Value, right: Value) -> bool:
    # Python holds True == 1; a rule must not, so values of different kinds are never equal.
    if isinstance(left, tuple) and isinstance(right, tuple):
        return len(left) == len(right) and all(map(_same, left, right))
    return kind_of(left) == kind_of(right) and left == right


def _order(node: Binary, left: Value, right: Value) -> bool:
    sign: Decimal | int
    if isinstance(left, Decimal) and isinstance(right, Decimal):
        sign = left.compare(right)
    elif isinstance(left, str) and isinstance(right, str):
        sign = (left > right) - (left < right)
    else:
        raise RuleError(
            f"“{node.operator}”两边须同为数字或同为文字，现为{kind_of(left)}与{kind_of(right)}",
            position=node.position,
        )
    return {"<": sign < 0, "<=": sign <= 0, ">": sign > 0, ">=": sign >= 0}[node.operator]


def _arithmetic(node: Binary, left: Value, right: Value) -> Decimal:
    if not isinstance(left, Decimal) or not isinstance(right, Decimal):
        raise RuleError(
            f"“{node.operator}”两边须为数字，现为{kind_of(left)}与{kind_of(right)}",
            position=node.position,
        )
    if node.operator in ("/", "%") and right.is_zero():
        raise RuleError("除数不能为零", position=node.position)
    try:
        return _ARITHMETIC[node.operator](left, right)
    except DecimalException as error:
        raise RuleError("数值超出可计算的范围", position=node.position) from error


def _logical(node: Logical, facts: Facts) -> bool | None:
    # The value that settles the whole run: any false for "and", any true for "or". Stopping
    # there also lets "x != 0 and y / x > 1" guard its own division.
    decisive = node.operator == "or"
    unknown = False
    for operand in node.operands:
        value = _value(operand, facts)
        if value is None:
            unknown = True
        elif not isinstance(value, bool):
            raise RuleError(
                f"“{node.operator}”连接的须为条件（是/否），现为{kind_of(value)}",
                position=operand.position,
            )
        elif value is decisive:
            return decisive
    return None if unknown else not decisive


def _membership(node: Membership, facts: Facts) -> bool | None:
    subject = _value(node.operand, facts)
    options = [_value(option, facts) for option in node.options]
    if subject is None:
        return None
    matched = any(option is not None and _same(subject, option) for option in options)
    # As in SQL: "x in (1, null)" is unknown when x is not 1, since null might be x.
    if not matched and None in options:
        return None
    return matched != node.negated


def _call(node: Call, arguments: list[Value]) -> Value:
    if any(argument is None for argument in arguments):
        return None
    if node.function == "len":
        return _length(node, arguments[0])
    numbers = [_number(node, argument) for argument in arguments]
    try:
        match node.function:
            case "abs":
                return abs(numbers[0])
            case "min":
                return min(numbers)
            case "max":
                return max(numbers)
            case _:
                return _round(node, numbers)
    except DecimalException as error:
        raise RuleError("数值超出可计算的范围", position=node.position) from error


def _length(node: Call, argument: Value) -> Decimal:
    if isinstance(argument, str | tuple):
        return Decimal(len(argument))
    raise RuleError(
        f"函数“len”的参数须为文字或列表，现为{kind_of(argument)}", position=node.position
    )


def _number(node: Call, argument: Value) -> Decimal:
    if isinstance(argument, Decimal):
        return argument
    raise RuleError(
        f"函数“{node.function}”的参数须为数字，现为{kind_of(argument)}", position=node.position
    )


def _round(node: Call, numbers: list[Decimal]) -> Decimal:
    digits = numbers[1] if len(numbers) > 1 else Decimal(0)
    if digits != digits.to_integral_value() or not 0 <= digits <= _MAX_ROUND_DIGITS:
        raise RuleError(
            f"函数“round”的小数位数须为 0 到 {_MAX_ROUND_DIGITS} 的整数", position=node.position
        )
    # Half-up (四舍五入) is what cadres and the statistics bureau's tables use.
    return numbers[0].quantize(Decimal(1).scaleb(-int(digits)), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Rule:
    """A checked rule, parsed once and run against many households' facts."""

    source: str
    names: frozenset[str]
    answers: frozenset[str]
    tree: Node = field(repr=False, compare=False)

    def evaluate(self, facts: Facts) -> bool | None:
        """True or False as the facts decide, None when they cannot; RuleError on bad types."""
        return evaluate_tree(self.tree, facts)


def compile_rule(source: str, *, known_names: Collection[str] | None = None) -> Rule:
    """Parse and check a rule; raise RuleError (Chinese message naming what and where) if it is
    malformed or (when known_names is given) reads a name not in known_names."""
    parsed = parse(source)
    if known_names is not None:
        known = frozenset(known_names)
        for name in parsed.names:
            if name.path not in known:
                raise RuleError(_unknown_name(name.path, known), position=name.position)
    names = frozenset(name.path for name in parsed.names)
    return Rule(source=source, names=names, answers=parsed.answers, tree=parsed.tree)


def _unknown_name(path: str, known: frozenset[str]) -> str:
    # Prefer siblings of the mistyped name ("income.*" for "income.percapita"): with a few
    # hundred registry fields, the first ten in alphabetical order would not help.
    head = path.split(".", maxsplit=1)[0]
    siblings = sorted(name for name in known if name.split(".", maxsplit=1)[0] == head)
    candidates = siblings or sorted(known)
    listing = "、".join(candidates[:_LISTED_NAMES]) or "（无）"
    if len(candidates) > _LISTED_NAMES:
        listing += f" 等 {len(candidates)} 个"
    message = f"规则中的名称“{path}”不存在，可用：{listing}"
    close = difflib.get_close_matches(path, known, n=1)
    return message + (f"；是否应为“{close[0]}”？" if close else "")
