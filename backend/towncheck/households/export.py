"""Export of a filtered household list to .xlsx, one row per member, masked as the viewer's
role requires: full identifiers only for roles that may reveal them, and then audited."""

from __future__ import annotations

import io
from collections.abc import Sequence

import xlsxwriter
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can, require
from towncheck.db import allow_town_write
from towncheck.errors import forbidden
from towncheck.households import listing
from towncheck.households.models import Household, Member
from towncheck.households.values import CATEGORIES, LABOUR, RELATIONS, SCHOOL_STAGES
from towncheck.personal import Vault
from towncheck.tenancy.models import Village

MAX_ROWS = 200_000
HEADINGS = (
    "村",
    "户主姓名",
    "户类别",
    "脱贫年度",
    "联系电话",
    "住址",
    "姓名",
    "身份证号",
    "性别",
    "出生日期",
    "与户主关系",
    "劳动能力",
    "在校阶段",
    "是否在校",
    "基本医疗保险",
    "慢性病",
    "慢性病是否认定",
)


def _yes(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


async def export_households(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    flt: listing.HouseholdFilter,
) -> bytes:
    towns = [flt.town_id] if flt.town_id is not None else sorted(principal.read_towns)
    readable = [t for t in towns if can(policy, principal, "export", "read", town_id=t)]
    if not readable:
        raise forbidden("您没有导出户籍台账的权限")
    full = {
        t
        for t in readable
        if not principal.read_only and can(policy, principal, "person", "reveal", town_id=t)
    }
    query = (
        listing.household_query(principal, flt, vault)
        .where(Household.town_id.in_(readable))
        .order_by(Household.town_id, Household.village_id, Household.id)
        .limit(MAX_ROWS)
    )
    households = list((await session.scalars(query)).all())
    members = await listing.members_of(session, households)
    villages = {
        (v.town_id, v.id): v.name
        for v in (await session.scalars(select(Village).where(Village.town_id.in_(readable)))).all()
    }
    content = _workbook(households, members, villages, full, vault)
    for town_id in sorted(full & {h.town_id for h in households}):
        require(policy, principal, "person", "reveal", town_id=town_id)
        await allow_town_write(session, town_id)
        await audit.record(
            session,
            actor=principal,
            action="registry.export",
            target_type="Town",
            target_id=town_id,
            town_id=town_id,
            after={
                "households": sum(h.town_id == town_id for h in households),
                "identifiers": "full",
            },
        )
    return content


def _workbook(
    households: Sequence[Household],
    members: dict[tuple[int, int], list[Member]],
    villages: dict[tuple[int, int], str],
    full: set[int],
    vault: Vault,
) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("户籍台账")
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7"})
    sheet.write_row(0, 0, HEADINGS, bold)
    sheet.freeze_panes(1, 0)
    row = 1
    for household in households:
        reveal = household.town_id in full
        phone = (
            vault.open(household.phone_cipher)
            if reveal and household.phone_cipher
            else household.phone_masked or ""
        )
        for member in members.get((household.town_id, household.id), []):
            number = vault.open(member.id_cipher) if reveal else member.id_masked
            sheet.write_row(
                row,
                0,
                (
                    villages.get((household.town_id, household.village_id), ""),
                    household.head_name,
                    CATEGORIES.get(household.category, household.category),
                    household.lifted_year or "",
                    phone,
                    household.address,
                    member.name,
                    number,
                    "男" if member.sex == "male" else "女",
                    member.birth_date.isoformat(),
                    RELATIONS.get(member.relation, member.relation),
                    LABOUR.get(member.labour_status, member.labour_status),
                    SCHOOL_STAGES.get(member.school_stage or "", ""),
                    _yes(member.enrolled),
                    _yes(member.basic_medical),
                    _yes(member.chronic_illness),
                    _yes(member.chronic_certified),
                ),
            )
            row += 1
    sheet.set_column(0, len(HEADINGS) - 1, 14)
    book.close()
    return buffer.getvalue()
