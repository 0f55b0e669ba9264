"""The names a ledger item is shown with (the household head, the owner), fetched with the
items in one statement rather than one awaited field per item (design §7)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.models import User
from towncheck.households.models import Household
from towncheck.rectification.models import LedgerItem


@dataclass(frozen=True, slots=True)
class NamedItem:
    item: LedgerItem
    head_name: str
    owner_name: str


def named(query: Select[Any]) -> Select[Any]:
    """``query`` (selecting LedgerItem) with the head's and the owner's names beside it."""
    return (
        query.add_columns(Household.head_name, User.display_name)
        .outerjoin(
            Household,
            (Household.town_id == LedgerItem.town_id) & (Household.id == LedgerItem.household_id),
        )
        .outerjoin(User, User.id == LedgerItem.owner_id)
    )


def rows_of(result: Sequence[Any]) -> list[NamedItem]:
    return [NamedItem(item=r[0], head_name=r[1] or "", owner_name=r[2] or "") for r in result]


async def with_names(session: AsyncSession, items: Sequence[LedgerItem]) -> list[NamedItem]:
    """Names for items already loaded (a mutation's result): one statement for all."""
    if not items:
        return []
    keys = [(i.town_id, i.id) for i in items]
    query = named(select(LedgerItem)).where(
        LedgerItem.town_id == items[0].town_id, LedgerItem.id.in_([k[1] for k in keys])
    )
    found = {(n.item.town_id, n.item.id): n for n in rows_of((await session.execute(query)).all())}
    return [
        NamedItem(item=i, head_name=found[k].head_name, owner_name=found[k].owner_name)
        if k in found
        else NamedItem(item=i, head_name="", owner_name="")
        for i, k in zip(items, keys, strict=True)
    ]
