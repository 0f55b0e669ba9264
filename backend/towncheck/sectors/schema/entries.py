"""GraphQL of a department list's entries: the entry type, its node and the full ID numbers.

Entry fields are plain attributes read by the page's one statement; the full ID numbers a
request asks for are revealed together (one authorisation, one audit entry per list), so a
page costs the same few statements whatever its size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import cast

import strawberry
from strawberry.scalars import JSON

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.nodes import resolves
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can
from towncheck.loading import SessionLoader
from towncheck.personal import Vault, vault_for
from towncheck.sectors import entries
from towncheck.sectors.entries import EntryView, Sealed
from towncheck.sectors.kinds import CATEGORIES


@dataclass(frozen=True, slots=True)
class _Viewer:
    policy: Policy
    principal: Principal
    vault: Vault


class RevealedNumbers(SessionLoader[Sealed, str | None]):
    """The full ID numbers one request asks for, revealed together list by list."""

    viewer: _Viewer | None = None

    async def fetch(self, keys: Sequence[Sealed]) -> list[str | None]:
        assert self.viewer is not None  # bound by ``_revealer`` before any load
        by_list: dict[tuple[int, int], list[Sealed]] = {}
        for key in keys:
            by_list.setdefault((key.town_id, key.list_id), []).append(key)
        found: dict[Sealed, str | None] = {}
        async with self.db as session:
            for (town_id, list_id), group in by_list.items():
                numbers = await entries.reveal_id_numbers(
                    session,
                    policy=self.viewer.policy,
                    principal=self.viewer.principal,
                    vault=self.viewer.vault,
                    town_id=town_id,
                    list_id=list_id,
                    entries=group,
                )
                found.update(zip(group, numbers, strict=True))
        return [found[k] for k in keys]


def _revealer(info: Info) -> RevealedNumbers:
    ctx = info.context
    loader = ctx.loader(RevealedNumbers)
    # The same viewer for the whole request: the loader lives as long as the request.
    loader.viewer = _Viewer(ctx.policy, viewer(info), vault_for(ctx.settings.data_key))
    return loader


@strawberry.type(description="部门名单中的一行（身份证号已脱敏）/ One row of a department list.")
class DepartmentEntry(Node):
    sealed: strawberry.Private[Sealed]
    row_no: int = strawberry.field(description="文件中的行号 / The row as Excel shows it.")
    name: str = strawberry.field(description="部门填写的姓名 / Name as the department wrote it.")
    id_number: str | None = strawberry.field(description="脱敏身份证号 / Masked ID number.")
    matched: bool = strawberry.field(
        description="台账中现有此身份证号的成员 / Someone in the town's registry has this ID now."
    )
    household_id: strawberry.ID | None = strawberry.field(
        description="该成员现在所在的户 / The household of that member now."
    )
    amount: Decimal | None = strawberry.field(description="金额（元）/ Amount, yuan.")
    category: str = strawberry.field(description="补贴类别代码 / Subsidy category code.")
    category_label: str | None = strawberry.field(description="补贴类别 / Subsidy category.")
    start_on: date | None = strawberry.field(description="起始日期 / Period or loan start.")
    end_on: date | None = strawberry.field(description="截止日期 / Period or loan end.")
    paid_on: date | None = strawberry.field(description="发放日期 / Paid on.")
    extra: JSON = strawberry.field(description="文件中的其他列 / The file's other columns.")

    @classmethod
    def of(cls, view: EntryView) -> DepartmentEntry:
        row = view.entry
        return cls(
            id=node_id("DepartmentEntry", row.id, row.town_id),
            sealed=Sealed(row.town_id, row.list_id, row.id, view.id_masked, view.id_cipher),
            row_no=row.row_no,
            name=row.name,
            id_number=view.id_masked,
            matched=view.matched,
            household_id=(
                None
                if view.household_id is None
                else node_id("Household", view.household_id, row.town_id)
            ),
            amount=row.amount,
            category=row.category,
            category_label=CATEGORIES.get(row.category),
            start_on=row.start_on,
            end_on=row.end_on,
            paid_on=row.paid_on,
            extra=cast(JSON, row.extra),
        )

    @strawberry.field(
        description="完整身份证号（有权限的角色可见，每次读取记入审计）/ "
        "Full ID number, for roles that may see it; audited."
    )
    async def id_number_full(self, info: Info) -> str | None:
        return await _revealer(info).load(self.sealed)


@resolves("DepartmentEntry")
async def _entry_node(info: Info, gid: GlobalId) -> DepartmentEntry | None:
    town = gid.town_id or 0
    principal = viewer(info)
    if not can(info.context.policy, principal, "sector", "read", town_id=town):
        return None
    async with info.context.db as session:
        view = await entries.entry_by_id(
            session, principal=principal, town_id=town, entry_id=gid.id
        )
    return None if view is None else DepartmentEntry.of(view)
