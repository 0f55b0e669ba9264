"""GraphQL queries of the registry: the scoped, filtered households connection and nodes."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping, Sequence
from datetime import date

import strawberry
from strawberry.types.nodes import Selection

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.nodes import resolves
from towncheck.api.relay import Connection, Edge, GlobalId, PageInfo, page_size
from towncheck.errors import invalid
from towncheck.households import lines, listing
from towncheck.households.listing import HouseholdRecord, Key, MemberRecord
from towncheck.households.loaders import MembersByHouseholdLoader
from towncheck.households.models import Household as HouseholdRow
from towncheck.households.models import Member as MemberRow
from towncheck.households.schema.members import Member
from towncheck.households.schema.types import Household, HouseholdCategory, PovertyLine
from towncheck.personal import vault_for


@strawberry.input(description="户筛选条件 / Household filters.")
class HouseholdFilterInput:
    town_id: strawberry.ID | None = None
    area_id: strawberry.ID | None = None
    village_id: strawberry.ID | None = None
    category: HouseholdCategory | None = None
    helper_id: strawberry.ID | None = strawberry.field(
        default=None, description="帮扶责任人（用户 ID）/ Assigned cadre's user ID."
    )
    risk_flag: str | None = None
    search: str | None = strawberry.field(
        default=None, description="户主、成员姓名或住址 / Name or address contains."
    )
    id_number: str | None = strawberry.field(
        default=None, description="成员身份证号（精确匹配）/ A member's exact ID number."
    )
    any_risk_flag: bool | None = strawberry.field(
        default=None, description="是否有任一风险提示 / Has (or lacks) any risk flag."
    )


def to_filter(value: HouseholdFilterInput | None) -> listing.HouseholdFilter:
    if value is None:
        return listing.HouseholdFilter()
    town = GlobalId.decode(value.town_id, expect="Town").id if value.town_id else None
    area = GlobalId.decode(value.area_id, expect="Area") if value.area_id else None
    village = GlobalId.decode(value.village_id, expect="Village") if value.village_id else None
    helper = GlobalId.decode(value.helper_id, expect="User").id if value.helper_id else None
    town = town or (area.town_id if area else None) or (village.town_id if village else None)
    return listing.HouseholdFilter(
        town_id=town,
        area_id=area.id if area else None,
        village_id=village.id if village else None,
        category=value.category.value if value.category else None,
        helper_user_id=helper,
        risk_flag=value.risk_flag,
        search=value.search,
        id_number=value.id_number,
        any_risk_flag=value.any_risk_flag,
    )


def _cursor(row: HouseholdRecord) -> str:
    return base64.urlsafe_b64encode(f"h:{row.town_id}:{row.id}".encode()).decode()


def _after(cursor: str | None) -> tuple[int, int] | None:
    if cursor is None:
        return None
    try:
        kind, town, row = base64.urlsafe_b64decode(cursor.encode()).decode().split(":")
        if kind != "h":
            raise ValueError(kind)
        return int(town), int(row)
    except (ValueError, UnicodeDecodeError, binascii.Error) as error:
        raise invalid("无效的分页游标", field="after") from error


def _wants(selections: list[Selection], name: str) -> bool:
    return any(getattr(s, "name", None) == name for s in selections)


def build(
    rows: Sequence[HouseholdRecord | HouseholdRow], members: Mapping[Key, list[MemberRecord]]
) -> list[Household]:
    today = date.today()
    return [Household.of(r, members.get((r.town_id, r.id), []), today=today) for r in rows]


@strawberry.type
class HouseholdQuery:
    @strawberry.field(description="户列表（按角色范围）/ Households within the viewer's scope.")
    async def households(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: HouseholdFilterInput | None = None,
    ) -> Connection[Household]:
        return await households_page(info, first=first, after=after, flt=to_filter(filter))

    @strawberry.field(description="县的收入标准（按年度）/ The county's income lines by year.")
    async def poverty_lines(self, info: Info) -> list[PovertyLine]:
        async with info.context.db as session:
            rows = await lines.lines(session, principal=viewer(info))
        return [PovertyLine.of(r) for r in rows]

    @strawberry.field(
        description="建议纳入监测的一般农户（命中风险规则）/ Ordinary households "
        "that meet risk rules: the suggested list for monitoring."
    )
    async def suggested_for_monitoring(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        town_id: strawberry.ID | None = None,
    ) -> Connection[Household]:
        suggestion = HouseholdFilterInput(
            town_id=town_id, category=HouseholdCategory.ORDINARY, any_risk_flag=True
        )
        return await households_page(info, first=first, after=after, flt=to_filter(suggestion))


async def households_page(
    info: Info, *, first: int | None, after: str | None, flt: listing.HouseholdFilter
) -> Connection[Household]:
    """One page: households and their members in two queries, the total only if asked."""
    principal, ctx = viewer(info), info.context
    size, start = page_size(first), _after(after)
    listing.check_readable(ctx.policy, principal, flt)
    vault = vault_for(ctx.settings.data_key)
    async with ctx.db as session:
        rows = await listing.page(
            session, principal=principal, flt=flt, vault=vault, after=start, size=size
        )
        shown = rows[:size]
        members = await listing.member_records(session, [(r.town_id, r.id) for r in shown])
        total = -1
        if _wants(info.selected_fields[0].selections, "totalCount"):
            total = await listing.count(session, principal=principal, flt=flt, vault=vault)
    edges = [
        Edge(cursor=_cursor(r), node=n) for r, n in zip(shown, build(shown, members), strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=len(rows) > size,
            has_previous_page=start is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )


@resolves("Household")
async def _household_node(info: Info, gid: GlobalId) -> Household | None:
    principal, ctx = viewer(info), info.context
    flt = listing.HouseholdFilter(town_id=gid.town_id)
    vault = vault_for(ctx.settings.data_key)
    query = listing.household_query(principal, flt, vault).where(HouseholdRow.id == gid.id)
    async with ctx.db as session:
        row = await session.scalar(query)
    if row is None:
        return None
    members = await ctx.loader(MembersByHouseholdLoader).load((row.town_id, row.id))
    return Household.of(row, members, today=date.today())


@resolves("Member")
async def _member_node(info: Info, gid: GlobalId) -> Member | None:
    ctx = info.context
    viewer(info)
    async with ctx.db as session:
        row = await session.get(MemberRow, (gid.town_id or 0, gid.id))
    if row is None:
        return None
    # A member is visible exactly when their household is.
    household = await _household_node(info, GlobalId("Household", row.household_id, row.town_id))
    return None if household is None else Member(row=MemberRecord.of(row), today=date.today())
