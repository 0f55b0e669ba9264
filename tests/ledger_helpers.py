"""A cycle whose ledger has a chosen history, for the clearance and export tests.

Findings come from real visits; the ledger items and their transitions are then written
with the owner's connection, with chosen deadlines, states and times (Beijing time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import text

from towncheck.api.relay import GlobalId, node_id
from towncheck.auth.principal import Principal
from towncheck.auth.service import principal_for_user
from towncheck.db import TenantScope
from towncheck.rectification.models import LedgerItem, LedgerTransition

from .registry_helpers import CREATE, household_input, ids, village_gid
from .selfcheck_helpers import GENERATE, SUBMIT, helper_household, ready_cycle, submission

CHINA = timezone(timedelta(hours=8))
CYCLE_NAME = "清零统计"


def beijing(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHINA)


@dataclass(frozen=True)
class Item:
    """One ledger item: ``moves`` are (to_state, at) from its creation on."""

    name: str
    finding: int  # index into the findings picked by ``build_ledger``
    place: str | None  # village name, or None for an item without a household
    owner: str
    deadline: date
    moves: tuple[tuple[str, datetime], ...]

    @property
    def state(self) -> str:
        return self.moves[-1][0]

    @property
    def signed_off_at(self) -> datetime | None:
        return self.moves[-1][1] if self.state == "signed_off" else None


@dataclass(frozen=True)
class Ledger:
    town_id: int
    cycle_id: int
    cycle_gid: str
    today: date  # Beijing
    d0: date  # rect_start; rect_end is d0 + 3
    areas: dict[str, int]
    villages: dict[str, int]
    users: dict[str, int]


def ledger_items(today: date) -> list[Item]:
    """Seven items over the window d0..d3 (six days before today to three days before)."""
    d0 = today - timedelta(days=6)
    d1, d2, d3 = (d0 + timedelta(days=n) for n in (1, 2, 3))
    start = ("open", beijing(d0 - timedelta(days=1), 9))
    work = ("in_progress", beijing(d0, 9))
    return [
        Item("on_time", 0, "下坪村", "mazhan_helper", d1, (
            start, work, ("submitted", beijing(d1, 9)), ("signed_off", beijing(d1, 10)))),
        # Signed off at 00:30 Beijing time the day after its deadline: still the deadline's
        # date in UTC, but late, and open at the end of d0 in the burn-down.
        Item("just_late", 1, "下坪村", "mazhan_helper", d0, (
            start, work, ("submitted", beijing(d0, 20)), ("signed_off", beijing(d1, 0, 30)))),
        # Signed off on d1, found again (回头看) on d2: open again from d2.
        Item("reopened", 2, "下坪村", "mazhan_area", today + timedelta(days=2), (
            start, work, ("submitted", beijing(d0, 10)), ("signed_off", beijing(d1, 11)),
            ("open", beijing(d2, 9)))),
        Item("withdrawn", 3, "下坪村", "mazhan_helper", d1, (
            start, ("withdrawn", beijing(d1, 14)))),
        Item("overdue", 4, "石门村", "mazhan_village", d3, (
            ("open", beijing(d0, 10)), ("in_progress", beijing(d2, 9)))),
        Item("fresh", 5, "石门村", "mazhan_village", today + timedelta(days=5), (
            ("open", beijing(d2, 15)),)),
        Item("unplaced", 6, None, "mazhan_area", d2, (
            start, work, ("submitted", beijing(d3, 10)), ("signed_off", beijing(d3, 16)))),
    ]  # fmt: skip


async def _households(gql, owner_db) -> list[int]:
    """Two households in 下坪村 (关顶管理区), one in 石门村 (石门管理区), one more in 下坪村."""
    known = await ids(owner_db)
    helper = node_id("User", known["users"]["mazhan_helper"])
    first = await helper_household(gql, owner_db, "钱清零")
    second = await helper_household(gql, owner_db, "孙清零")
    data = household_input(village_gid(known, "马站镇", "石门村"), head="周清零", helpers=[helper])
    body = await gql(CREATE, {"input": data}, as_user="mazhan_admin")
    assert body["data"]["createHousehold"]["errors"] == []
    third = str(body["data"]["createHousehold"]["household"]["id"])
    fourth = await helper_household(gql, owner_db, "吴清零")
    return [first, second, third, fourth]


async def _visited_cycle(gql, owner_db, client) -> tuple[str, list[str]]:
    """An active cycle whose visits to four households raised findings."""
    households = await _households(gql, owner_db)
    _, cycle, answers = await ready_cycle(gql, owner_db, client, CYCLE_NAME)
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for household in households:
        visit = submission(cycle, household, answers, date.today())
        sent = await gql(SUBMIT, {"input": visit}, as_user="mazhan_helper")
        assert sent["data"]["submitVisit"]["errors"] == [], sent
    return cycle, households


async def _names(s, sql: str, **params: object) -> dict[str, int]:
    return {name: key for name, key in await s.execute(text(sql), params)}


async def build_ledger(gql, owner_db, client) -> Ledger:
    cycle, households = await _visited_cycle(gql, owner_db, client)
    gid = GlobalId.decode(cycle, expect="Cycle")
    town_id, cycle_id = gid.town_id or 0, gid.id
    hh = [GlobalId.decode(h, expect="Household").id for h in households]
    today = datetime.now(CHINA).date()
    d0 = today - timedelta(days=6)
    async with owner_db.unit_of_work(TenantScope()) as s:
        result = await s.execute(
            text(
                "select id, household_id, checkpoint, severity from findings"
                " where town_id = :t and cycle_id = :c order by household_id, id"
            ),
            {"t": town_id, "c": cycle_id},
        )
        rows = result.all()
        found = {h: [r for r in rows if r.household_id == h] for h in hh}
        # Two findings from each of the first three households, one from the fourth.
        findings = [*found[hh[0]][:2], *found[hh[1]][:2], *found[hh[2]][:2], found[hh[3]][0]]
        areas = await _names(s, "select name, id from areas where town_id = :t", t=town_id)
        villages = await _names(s, "select name, id from villages where town_id = :t", t=town_id)
        area_of = await _names(
            s, "select name, area_id from villages where town_id = :t", t=town_id
        )
        users = await _names(s, "select username, id from users")
        # The rectification window lies in the past, so that every day has a count.
        await s.execute(
            text("update cycles set rect_start = :a, rect_end = :b where town_id = :t and id = :c"),
            {"a": d0, "b": d0 + timedelta(days=3), "t": town_id, "c": cycle_id},
        )
        for spec in ledger_items(today):
            finding = findings[spec.finding]
            row = LedgerItem(
                town_id=town_id,
                cycle_id=cycle_id,
                finding_id=finding.id,
                household_id=finding.household_id if spec.place else None,
                village_id=villages[spec.place] if spec.place else None,
                area_id=area_of[spec.place] if spec.place else None,
                checkpoint=finding.checkpoint,
                problem=f"问题{spec.name}",
                measures=f"措施{spec.name}",
                owner_id=users[spec.owner],
                deadline=spec.deadline,
                severity=finding.severity,
                state=spec.state,
                effectiveness="已核验" if spec.state == "signed_off" else "",
                reopened=int(spec.name == "reopened"),
                created_at=spec.moves[0][1],
                signed_off_at=spec.signed_off_at,
            )
            s.add(row)
            await s.flush()
            before = ["", *(state for state, _ in spec.moves)]
            s.add_all(
                LedgerTransition(
                    town_id=town_id, item_id=row.id, from_state=a, to_state=b, at=at, reason=""
                )
                for a, (b, at) in zip(before, spec.moves, strict=False)
            )
        await s.flush()
    return Ledger(town_id, cycle_id, cycle, today, d0, areas, villages, users)


async def principal_of(services, user_id: int) -> Principal:
    async with services.database.unit_of_work(TenantScope()) as s:
        found = await principal_for_user(s, user_id=user_id)
    assert found is not None
    return found
