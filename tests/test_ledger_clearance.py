"""Clearance (清零) figures, the burn-down, closing a cycle and the ledger workbook."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.errors import DomainError, ErrorCode
from towncheck.rectification.clearance import (
    BurnDownDay,
    ClearanceRow,
    burn_down,
    clearance,
    close_cycle,
)

from .ledger_helpers import CHINA, CYCLE_NAME, Ledger, build_ledger, principal_of
from .selfcheck_helpers import ACTIVATE, new_cycle


@pytest.fixture(scope="module")
async def ledger(gql, owner_db, client) -> Ledger:
    return await build_ledger(gql, owner_db, client)


async def _clearance(services, ledger: Ledger, by: Any) -> list[ClearanceRow]:
    principal = await principal_of(services, ledger.users["mazhan_admin"])
    async with services.database.unit_of_work(principal.scope()) as s:
        return await clearance(
            s, town_id=ledger.town_id, cycle_id=ledger.cycle_id, by=by, today=ledger.today
        )


def _figures(row: ClearanceRow) -> tuple[Any, ...]:
    return (
        row.total,
        row.open,
        row.overdue,
        row.signed_off,
        row.on_time,
        row.on_time_rate,
        row.cleared,
    )


async def test_clearance_by_town_area_village_and_cadre(services, ledger):
    (town,) = await _clearance(services, ledger, "town")
    assert (town.key_id, town.name) == (ledger.town_id, "马站镇")
    # The withdrawn item is left out; the item signed off at 00:30 Beijing time on the day
    # after its deadline is late (it would be on time by its UTC date).
    assert _figures(town) == (6, 3, 1, 3, 1, Decimal("33.33"), False)

    areas = await _clearance(services, ledger, "area")
    assert [(r.key_id, r.name) for r in areas] == [
        (ledger.areas["关顶管理区"], "关顶管理区"),
        (ledger.areas["石门管理区"], "石门管理区"),
        (None, "（未关联管理区）"),
    ]
    assert [_figures(r) for r in areas] == [
        (3, 1, 0, 2, 1, Decimal("50.00"), False),
        (2, 2, 1, 0, 0, None, False),
        (1, 0, 0, 1, 0, Decimal("0.00"), True),
    ]

    villages = await _clearance(services, ledger, "village")
    assert [(r.key_id, r.name, r.total, r.open, r.cleared) for r in villages] == [
        (ledger.villages["下坪村"], "下坪村", 3, 1, False),
        (ledger.villages["石门村"], "石门村", 2, 2, False),
        (None, "（未关联村）", 1, 0, True),
    ]

    cadres = {r.key_id: r for r in await _clearance(services, ledger, "cadre")}
    helper = cadres[ledger.users["mazhan_helper"]]
    assert helper.name == "帮扶责任人 赵磊"
    assert _figures(helper) == (2, 0, 0, 2, 1, Decimal("50.00"), True)
    assert _figures(cadres[ledger.users["mazhan_village"]]) == (2, 2, 1, 0, 0, None, False)
    assert _figures(cadres[ledger.users["mazhan_area"]]) == (2, 1, 0, 1, 0, Decimal("0.00"), False)
    assert len(cadres) == 3


async def test_clearance_of_an_empty_ledger_and_of_another_town(services, ledger):
    (town,) = await _clearance(services, ledger, "town")
    other = await principal_of(services, ledger.users["gaoqiao_admin"])
    async with services.database.unit_of_work(other.scope()) as s:
        # Row-level security: another town's viewer sees none of the items (the town's
        # name is reference data, visible county-wide).
        for by in ("area", "village", "cadre"):
            assert (
                await clearance(
                    s, town_id=ledger.town_id, cycle_id=ledger.cycle_id, by=by, today=ledger.today
                )
                == []
            )
        (seen,) = await clearance(
            s, town_id=ledger.town_id, cycle_id=ledger.cycle_id, by="town", today=ledger.today
        )
        assert (seen.total, seen.open) == (0, 0)
    assert town.total == 6
    admin = await principal_of(services, ledger.users["mazhan_admin"])
    async with services.database.unit_of_work(admin.scope()) as s:
        empty = await clearance(
            s, town_id=ledger.town_id, cycle_id=-1, by="town", today=ledger.today
        )
        assert [_figures(r) for r in empty] == [(0, 0, 0, 0, 0, None, True)]
        assert (
            await clearance(s, town_id=ledger.town_id, cycle_id=-1, by="area", today=ledger.today)
            == []
        )


async def test_burn_down_follows_the_history(services, ledger):
    admin = await principal_of(services, ledger.users["mazhan_admin"])
    async with services.database.unit_of_work(admin.scope()) as s:
        days = await burn_down(s, town_id=ledger.town_id, cycle_id=ledger.cycle_id)
    d0 = ledger.d0
    # d0: six open (the late sign-off happened after midnight Beijing time);
    # d1: four signed off or withdrawn; d2: one new, one reopened; d3: one signed off;
    # then today, after the window.
    assert days == [
        BurnDownDay(d0, 6, Decimal("6.00")),
        BurnDownDay(d0 + timedelta(days=1), 2, Decimal("4.00")),
        BurnDownDay(d0 + timedelta(days=2), 4, Decimal("2.00")),
        BurnDownDay(d0 + timedelta(days=3), 3, Decimal(0)),
        BurnDownDay(ledger.today, 3, Decimal(0)),
    ]
    async with services.database.unit_of_work(admin.scope()) as s:
        assert await burn_down(s, town_id=ledger.town_id, cycle_id=-1) == []


async def test_burn_down_leaves_days_to_come_blank(gql, owner_db, services, ledger):
    cycle, _ = await new_cycle(gql, owner_db, date.today(), name="清零未来", start=-1)
    gid = GlobalId.decode(cycle, expect="Cycle")
    today = datetime.now(CHINA).date()
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text("update cycles set rect_start = :a, rect_end = :b where town_id = :t and id = :c"),
            {
                "a": today - timedelta(days=1),
                "b": today + timedelta(days=2),
                "t": gid.town_id,
                "c": gid.id,
            },
        )
    admin = await principal_of(services, ledger.users["mazhan_admin"])
    async with services.database.unit_of_work(admin.scope()) as s:
        days = await burn_down(s, town_id=gid.town_id or 0, cycle_id=gid.id)
    assert [(d.day - today).days for d in days] == [-1, 0, 1, 2]
    assert [d.open for d in days] == [0, 0, None, None]
    assert [d.ideal for d in days] == [0, 0, 0, 0]


def _rows(content: bytes) -> list[list[Any]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return book.get_sheet_by_index(0).to_python()


async def _download(client, token: str | None, **params: str):
    client.cookies.clear()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await client.get("/download/ledger.xlsx", params=params, headers=headers)


def _day(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


async def test_ledger_workbook_download(gql, client, ledger):
    token = await gql.token_for("mazhan_admin")
    response = await _download(client, token, cycleId=ledger.cycle_gid)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    rows = _rows(response.content)
    assert rows[0][0] == f"马站镇{CYCLE_NAME}整改台账"
    assert str(rows[1][0]).startswith("生成时间：") and "共 6 项" in rows[1][0]
    assert rows[2] == [
        "序号",
        "管理区",
        "村",
        "户主",
        "问题",
        "整改措施",
        "责任人",
        "时限",
        "状态",
        "是否逾期",
        "销号时间",
        "成效核验",
    ]
    body = rows[3:]
    # By area, village and household; the withdrawn item is not listed.
    assert [r[4] for r in body] == [
        "问题just_late",
        "问题on_time",
        "问题reopened",
        "问题overdue",
        "问题fresh",
        "问题unplaced",
    ]
    assert [int(r[0]) for r in body] == [1, 2, 3, 4, 5, 6]
    late = body[0]
    assert late[1:4] == ["关顶管理区", "下坪村", "钱**"]
    assert late[5:7] == ["措施just_late", "帮扶责任人 赵磊"]
    assert _day(late[7]) == ledger.d0
    assert late[8:10] == ["已销号", "逾期销号"]
    assert late[10] == datetime.combine(ledger.d0 + timedelta(days=1), time(0, 30))
    assert late[11] == "已核验"
    assert [r[8] for r in body] == ["已销号", "已销号", "待整改", "整改中", "待整改", "已销号"]
    assert [r[9] for r in body] == ["逾期销号", "否", "否", "是", "否", "逾期销号"]
    assert body[3][1:4] == ["石门管理区", "石门村", "周**"]
    assert body[5][1:4] == ["", "", ""]
    assert all("清零" not in str(cell) for r in body for cell in r[1:4])


async def test_ledger_workbook_filters(gql, client, ledger):
    token = await gql.token_for("mazhan_admin")
    signed = _rows(
        (await _download(client, token, cycleId=ledger.cycle_gid, state="SIGNED_OFF")).content
    )
    assert [r[4] for r in signed[3:]] == ["问题just_late", "问题on_time", "问题unplaced"]
    assert "状态：已销号" in signed[1][0]
    overdue = _rows(
        (await _download(client, token, cycleId=ledger.cycle_gid, overdue="true")).content
    )
    assert [r[4] for r in overdue[3:]] == ["问题overdue"]
    area = node_id("Area", ledger.areas["石门管理区"], ledger.town_id)
    shimen = _rows((await _download(client, token, cycleId=ledger.cycle_gid, areaId=area)).content)
    assert [r[4] for r in shimen[3:]] == ["问题overdue", "问题fresh"]
    assert "管理区：石门管理区" in shimen[1][0]
    withdrawn = _rows(
        (await _download(client, token, cycleId=ledger.cycle_gid, state="withdrawn")).content
    )
    assert [r[8] for r in withdrawn[3:]] == ["已撤销"]
    bad = await _download(client, token, cycleId=ledger.cycle_gid, state="done")
    assert (
        bad.status_code == 400 and bad.json()["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    )


async def test_ledger_workbook_is_refused_outside_the_town(gql, client, ledger):
    other = await _download(client, await gql.token_for("gaoqiao_admin"), cycleId=ledger.cycle_gid)
    assert other.status_code in (403, 404)
    assert other.json()["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "NOT_FOUND")
    assert (await _download(client, None, cycleId=ledger.cycle_gid)).status_code == 401
    token = await gql.token_for("mazhan_admin")
    missing = await _download(client, token)
    assert missing.status_code == 400
    wrong = await _download(client, token, cycleId=node_id("Town", ledger.town_id))
    assert wrong.status_code == 400
    foreign_area = node_id("Area", 1, ledger.town_id + 1)
    assert (
        await _download(client, token, cycleId=ledger.cycle_gid, areaId=foreign_area)
    ).status_code == 400


async def test_a_cleared_cycle_closes_without_an_exception(gql, owner_db, services, ledger):
    cycle, _ = await new_cycle(gql, owner_db, date.today(), name="清零结束")
    activated = await gql(ACTIVATE, {"id": cycle}, as_user="mazhan_admin")
    assert activated["data"]["activateCycle"]["cycle"]["state"] == "active"
    gid = GlobalId.decode(cycle, expect="Cycle")
    admin = await principal_of(services, ledger.users["mazhan_admin"])
    async with services.database.unit_of_work(admin.scope()) as s:
        closed = await close_cycle(
            s,
            policy=services.policy,
            principal=admin,
            town_id=gid.town_id or 0,
            cycle_id=gid.id,
            exception="无需例外",
            now=datetime.now(CHINA),
        )
        assert closed.state == "closed"
    async with owner_db.unit_of_work(TenantScope()) as s:
        count = await s.scalar(
            text("select count(*) from closing_exceptions where cycle_id = :c"), {"c": gid.id}
        )
    assert count == 0


async def _close(services, ledger: Ledger, user: str, exception: str | None):
    principal = await principal_of(services, ledger.users[user])
    async with services.database.unit_of_work(principal.scope()) as s:
        return await close_cycle(
            s,
            policy=services.policy,
            principal=principal,
            town_id=ledger.town_id,
            cycle_id=ledger.cycle_id,
            exception=exception,
            now=datetime.now(CHINA),
        )


async def test_close_cycle_needs_a_cleared_ledger_or_an_exception(owner_db, services, ledger):
    for exception in (None, "   "):
        with pytest.raises(DomainError) as refused:
            await _close(services, ledger, "mazhan_admin", exception)
        assert refused.value.code is ErrorCode.CONFLICT
        assert refused.value.message == (
            "尚有 3 项整改未销号，不能结束周期；如确需结束请填写例外说明"
        )
    with pytest.raises(DomainError) as forbidden:
        await _close(services, ledger, "mazhan_area", "区里要求结束")
    assert forbidden.value.code is ErrorCode.FORBIDDEN
    with pytest.raises(DomainError) as foreign:
        await _close(services, ledger, "gaoqiao_admin", "区里要求结束")
    assert foreign.value.code is ErrorCode.FORBIDDEN

    reason = "余下三项为长期工程，转入下一周期跟踪"
    closed = await _close(services, ledger, "mazhan_admin", f"  {reason} ")
    assert closed.state == "closed" and closed.closed_at is not None
    async with owner_db.unit_of_work(TenantScope()) as s:
        row = (
            await s.execute(
                text(
                    "select reason, open_items, recorded_by from closing_exceptions"
                    " where town_id = :t and cycle_id = :c"
                ),
                {"t": ledger.town_id, "c": ledger.cycle_id},
            )
        ).one()
        assert tuple(row) == (reason, 3, ledger.users["mazhan_admin"])
        actions = (
            await s.scalars(
                text(
                    "select action from audit_entries where town_id = :t and target_type = 'Cycle'"
                    " and target_id = :c order by seq"
                ),
                {"t": ledger.town_id, "c": str(ledger.cycle_id)},
            )
        ).all()
        assert actions[-2:] == ["cycle.closed", "cycle.close_exception"]
    # Closed stays closed; the exception is not recorded twice.
    with pytest.raises(DomainError) as again:
        await _close(services, ledger, "mazhan_admin", reason)
    assert again.value.code is ErrorCode.CONFLICT
