"""Which ledger items a viewer sees: those of the households they may see, every item they
own, and items about no household (projects, funds)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from towncheck.auth.principal import Principal
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.rectification.models import LedgerItem


def items_visible(viewer: Principal, town_id: int) -> ColumnElement[bool]:
    households = select(Household.id).where(Household.town_id == town_id, visible(viewer))
    conditions: list[ColumnElement[bool]] = [
        LedgerItem.household_id.is_(None),
        LedgerItem.household_id.in_(households),
    ]
    if viewer.user_id is not None:
        conditions.append(LedgerItem.owner_id == viewer.user_id)
    return or_(*conditions)
