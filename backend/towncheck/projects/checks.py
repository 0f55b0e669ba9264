"""Field checks shared by the project forms: every problem of one input is collected, so that
a form can mark all of them at once (``InvalidInput``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Final

from towncheck.errors import InvalidInput, Problem

# No township project comes near 1 billion yuan: a larger figure is a typing error (元 vs 万元).
MAX_AMOUNT: Final = Decimal("1000000000")
NAME_MAX: Final = 128
TEXT_MAX: Final = 4000
FIRST_YEAR: Final = 2014  # 建档立卡 began in 2014; no project library is older


@dataclass(slots=True)
class Checks:
    problems: list[Problem] = field(default_factory=list)

    def fail(self, field_name: str, message: str) -> None:
        self.problems.append(Problem(field_name, message))

    def text(self, field_name: str, value: str, label: str, *, required: bool = True) -> str:
        cleaned = value.strip()
        limit = NAME_MAX if required else TEXT_MAX
        if required and not cleaned:
            self.fail(field_name, f"请填写{label}")
        elif len(cleaned) > limit:
            self.fail(field_name, f"{label}不能超过 {limit} 个字")
        return cleaned

    def amount(
        self,
        field_name: str,
        value: Decimal | None,
        label: str,
        *,
        positive: bool = False,
        signed: bool = False,
    ) -> None:
        if value is None:
            return
        if not value.is_finite():
            self.fail(field_name, f"{label}不是有效的数字")
        elif abs(value) >= MAX_AMOUNT:
            self.fail(field_name, f"{label}过大（须小于 10 亿元），请检查单位是否为元")
        elif positive and value <= 0:
            self.fail(field_name, f"{label}须大于 0")
        elif not signed and value < 0:
            self.fail(field_name, f"{label}不能为负数")

    def percent(self, field_name: str, value: Decimal, label: str) -> None:
        if not value.is_finite() or not Decimal(-100) <= value <= Decimal(100):
            self.fail(field_name, f"{label}须在 -100% 到 100% 之间")

    def year(self, field_name: str, value: int, today: date) -> None:
        if not FIRST_YEAR <= value <= today.year + 1:
            self.fail(field_name, f"年度须在 {FIRST_YEAR} 到 {today.year + 1} 之间")

    def not_future(self, field_name: str, value: date | None, label: str, today: date) -> None:
        if value is not None and value > today:
            self.fail(field_name, f"{label}不能晚于今天")

    def in_order(
        self,
        field_name: str,
        later: date | None,
        earlier: date | None,
        message: str,
    ) -> None:
        """``later`` may not come before ``earlier`` (when both are known)."""
        if later is not None and earlier is not None and later < earlier:
            self.fail(field_name, message)

    def raise_any(self) -> None:
        if self.problems:
            raise InvalidInput(self.problems)


def plain(data: Any) -> dict[str, Any]:
    """A dataclass as JSON-ready values for the audit trail."""
    return {k: _plain_value(v) for k, v in asdict(data).items()}


def _plain_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain_value(v) for k, v in value.items()}
    return str(value) if isinstance(value, (date, Decimal)) else value
