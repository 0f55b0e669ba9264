"""Deadlines of the rectification ledger: flags, notifications, the inbox and the job."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.jobs import runner
from towncheck.jobs.registry import JobInput
from towncheck.rectification.daily import request_daily_checks
from towncheck.rectification.deadlines import check_deadlines
from towncheck.rectification.jobs import KIND, check_ledger_deadlines
from towncheck.rectification.notify import InAppChannel

from .registry_helpers import ids
from .selfcheck_helpers import helper_household, new_cycle

INBOX = """query($first: Int, $after: String, $unread: Boolean! = false) {
  notifications(first: $first, after: $after, unreadOnly: $unread) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind message itemId townId read readAt createdAt } } }
  unreadNotificationCount }"""
MARK = """mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) {
  notifications { id read } unreadCount errors { code message field } } }"""
REQUEST = """mutation($town: ID!) { requestDeadlineCheck(townId: $town) {
  job { id status kind } errors { code message } } }"""
JOB = "query($id: ID!) { node(id: $id) { ... on Job { status progress total result error } } }"
NODE = "query($id: ID!) { node(id: $id) { id ... on Notification { kind } } }"


@dataclass(frozen=True)
class Place:
    """Where the test's items live: 下坪村 of 关顶管理区 in 马站镇, owned by the helper."""

    county: int
    town: int
    cycle: int
    household: int
    village: int
    area: int
    users: dict[str, int]


async def _place(gql: Any, owner_db: Any, name: str) -> Place:
    today = date.today()
    cycle, _ = await new_cycle(gql, owner_db, today, name=name)
    household = await helper_household(gql, owner_db, f"{name}户")
    known = await ids(owner_db)
    town = known["towns"]["马站镇"]
    village = known["villages"][(town, "下坪村")]
    async with owner_db.unit_of_work(TenantScope()) as s:
        area = await s.scalar(
            text("select area_id from villages where town_id = :t and id = :v"),
            {"t": town, "v": village},
        )
        county = await s.scalar(text("select county_id from towns where id = :t"), {"t": town})
    return Place(
        county=int(county),
        town=town,
        cycle=GlobalId.decode(cycle).id,
        household=GlobalId.decode(household).id,
        village=village,
        area=int(area),
        users=known["users"],
    )


async def _item(
    owner_db: Any,
    place: Place,
    *,
    problem: str,
    deadline: date,
    state: str = "open",
    flag: str = "",
    checkpoint: str = "一.2.9",
) -> int:
    """A finding and its ledger item, written as the database owner (past every check)."""
    helper = place.users["mazhan_helper"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        finding = await s.scalar(
            text(
                "insert into findings (town_id, cycle_id, household_id, checkpoint, stage,"
                " severity, source, found_by, responsible_id, description, state, fix_note,"
                " fix_evidence) values (:t, :c, :h, :cp, 'self', 'major', 'rule', :u, :u, :p,"
                " 'open', '', '{}') returning id"
            ),
            {
                "t": place.town,
                "c": place.cycle,
                "h": place.household,
                "cp": checkpoint,
                "u": helper,
                "p": problem,
            },
        )
        item = await s.scalar(
            text(
                "insert into ledger_items (town_id, cycle_id, finding_id, household_id,"
                " village_id, area_id, checkpoint, problem, measures, owner_id, deadline,"
                " severity, state, flag, evidence, result_note, effectiveness, reopened)"
                " values (:t, :c, :f, :h, :v, :a, :cp, :p, '落实整改', :u, :d, 'major', :s,"
                " :fl, '{}', '', '', 0) returning id"
            ),
            {
                "t": place.town,
                "c": place.cycle,
                "f": finding,
                "h": place.household,
                "v": place.village,
                "a": place.area,
                "cp": checkpoint,
                "p": problem,
                "u": helper,
                "d": deadline,
                "s": state,
                "fl": flag,
            },
        )
    return int(item)


async def _flags(owner_db: Any, items: list[int]) -> list[str]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = dict(
            (
                await s.execute(
                    text("select id, flag from ledger_items where id = any(:i)"), {"i": items}
                )
            ).all()
        )
    return [rows[i] for i in items]


async def _notes(owner_db: Any, items: list[int]) -> list[tuple[int, int, str, str]]:
    """``(item, user, kind, message)`` of the notifications about these items."""
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = await s.execute(
            text(
                "select item_id, user_id, kind, message from notifications"
                " where item_id = any(:i) order by item_id, user_id, kind"
            ),
            {"i": items},
        )
        return [(int(i), int(u), k, m) for i, u, k, m in rows.all()]


async def _superiors(owner_db: Any, place: Place) -> set[int]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = await s.scalars(
            text(
                "select m.user_id from town_memberships m join users u on u.id = m.user_id"
                " where m.town_id = :t and u.is_active and (m.role = 'town_admin'"
                " or (m.role = 'area_cadre' and m.area_id = :a))"
            ),
            {"t": place.town, "a": place.area},
        )
        return set(rows.all())


async def _check(services: Any, place: Place, today: date) -> Any:
    scope = TenantScope.system(county_id=place.county, town_ids=[place.town])
    async with services.database.unit_of_work(scope) as session:
        return await check_deadlines(
            session, town_id=place.town, today=today, channels=[InAppChannel()]
        )


async def test_flags_and_notices_are_set_once(gql, owner_db, services):
    place = await _place(gql, owner_db, "时限标记")
    today = date.today()
    late = await _item(
        owner_db, place, problem="家庭医生签约服务未落实到位" * 4, deadline=today - timedelta(1)
    )
    soon = await _item(owner_db, place, problem="大病保险未参保", deadline=today + timedelta(1))
    later = await _item(owner_db, place, problem="饮水安全待核实", deadline=today + timedelta(30))
    done = await _item(
        owner_db, place, problem="已销号的问题", deadline=today - timedelta(5), state="signed_off"
    )
    extended = await _item(
        owner_db,
        place,
        problem="时限已延长的问题",
        deadline=today + timedelta(20),
        state="in_progress",
        flag="overdue",
    )
    mine = [late, soon, later, done, extended]

    report = await _check(services, place, today)
    assert await _flags(owner_db, mine) == ["overdue", "due_soon", "", "", ""]
    async with owner_db.unit_of_work(TenantScope()) as s:
        counted = dict(
            (
                await s.execute(
                    text(
                        "select flag, count(*) from ledger_items where town_id = :t"
                        " and flag <> '' group by flag"
                    ),
                    {"t": place.town},
                )
            ).all()
        )
    assert (report.overdue, report.due_soon) == (counted["overdue"], counted["due_soon"])
    assert report.changed >= 3  # late, soon and the cleared flag of the extended item

    notes = await _notes(owner_db, mine)
    helper = place.users["mazhan_helper"]
    superiors = await _superiors(owner_db, place)
    assert {place.users["mazhan_area"], place.users["mazhan_admin"]} <= superiors
    expected = {(late, u, "overdue") for u in {helper, *superiors}} | {
        (soon, u, "due_soon") for u in {helper, *superiors}
    }
    assert {(i, u, k) for i, u, k, _ in notes} == expected
    assert report.notified >= len(expected)
    messages = {(i, u): m for i, u, _, m in notes}
    deadline = today - timedelta(1)
    cut = ("家庭医生签约服务未落实到位" * 4)[:40]
    assert messages[late, helper] == (
        f"整改事项「{cut}…」已超过整改时限 {deadline.year}年{deadline.month}月{deadline.day}日，"
        "请尽快整改并提交销号"
    )
    assert "将于" in messages[soon, helper] and "请抓紧整改" in messages[soon, helper]
    boss = messages[soon, place.users["mazhan_area"]]
    assert "（责任人：帮扶责任人 赵磊）" in boss and "请督促抓紧整改" in boss

    again = await _check(services, place, today)
    assert (again.changed, again.notified) == (0, 0)
    assert (again.overdue, again.due_soon) == (report.overdue, report.due_soon)
    assert await _notes(owner_db, mine) == notes

    # The deadline passes: due soon becomes overdue, a new reason, so everyone hears again.
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text("update ledger_items set deadline = :d where id = :i"),
            {"d": today - timedelta(1), "i": soon},
        )
    moved = await _check(services, place, today)
    assert moved.changed == 1 and moved.notified == len(superiors | {helper})
    assert {(i, k) for i, _, k, _ in await _notes(owner_db, [soon])} == {
        (soon, "due_soon"),
        (soon, "overdue"),
    }


async def test_inbox_pages_newest_first_and_marks_only_own(gql, owner_db, services):
    place = await _place(gql, owner_db, "时限通知")
    today = date.today()
    first = await _item(owner_db, place, problem="危房改造未验收", deadline=today - timedelta(2))
    second = await _item(owner_db, place, problem="低保未按时发放", deadline=today)
    await _check(services, place, today)

    body = await gql(INBOX, {"first": 100}, as_user="mazhan_helper")
    connection = body["data"]["notifications"]
    nodes = [e["node"] for e in connection["edges"]]
    ids_desc = [GlobalId.decode(n["id"]).id for n in nodes]
    assert ids_desc == sorted(ids_desc, reverse=True)
    ours = {
        GlobalId.decode(n["itemId"]).id: n
        for n in nodes
        if n["itemId"] and GlobalId.decode(n["itemId"]).id in {first, second}
    }
    assert set(ours) == {first, second}
    assert ours[first]["kind"] == "overdue" and ours[second]["kind"] == "due_soon"
    assert ours[first]["read"] is False and ours[first]["townId"] == node_id("Town", place.town)
    # Both were written in one statement, ordered by item: the later item is newer.
    assert ids_desc.index(GlobalId.decode(ours[second]["id"]).id) < ids_desc.index(
        GlobalId.decode(ours[first]["id"]).id
    )
    unread = body["data"]["unreadNotificationCount"]
    assert unread >= 2 and connection["totalCount"] >= unread

    page = (await gql(INBOX, {"first": 1}, as_user="mazhan_helper"))["data"]["notifications"]
    assert page["pageInfo"]["hasNextPage"] is True
    following = await gql(
        INBOX, {"first": 1, "after": page["pageInfo"]["endCursor"]}, as_user="mazhan_helper"
    )
    assert following["data"]["notifications"]["edges"][0]["node"]["id"] == nodes[1]["id"]

    area_notes = (await gql(INBOX, {"first": 100}, as_user="mazhan_area"))["data"]
    theirs = next(
        e["node"]
        for e in area_notes["notifications"]["edges"]
        if e["node"]["itemId"] == node_id("LedgerItem", first, place.town)
    )
    assert "（责任人：" in theirs["message"]
    stolen = await gql(MARK, {"ids": [ours[first]["id"], theirs["id"]]}, as_user="mazhan_helper")
    payload = stolen["data"]["markNotificationsRead"]
    assert payload["errors"][0]["code"] == "NOT_FOUND" and payload["notifications"] == []
    unchanged = await gql(INBOX, {"first": 1}, as_user="mazhan_helper")
    assert unchanged["data"]["unreadNotificationCount"] == unread  # nothing was marked
    assert (await gql(NODE, {"id": theirs["id"]}, as_user="mazhan_helper"))["data"]["node"] is None

    marked = await gql(MARK, {"ids": [ours[first]["id"]]}, as_user="mazhan_helper")
    payload = marked["data"]["markNotificationsRead"]
    assert payload["errors"] == [] and payload["notifications"] == [
        {"id": ours[first]["id"], "read": True}
    ]
    assert payload["unreadCount"] == unread - 1
    twice = await gql(MARK, {"ids": [ours[first]["id"]]}, as_user="mazhan_helper")
    assert twice["data"]["markNotificationsRead"]["unreadCount"] == unread - 1
    unread_only = await gql(INBOX, {"first": 100, "unread": True}, as_user="mazhan_helper")
    remaining = unread_only["data"]["notifications"]
    assert remaining["totalCount"] == unread - 1
    assert ours[first]["id"] not in {e["node"]["id"] for e in remaining["edges"]}
    area_after = await gql(INBOX, {"first": 1}, as_user="mazhan_area")
    assert area_after["data"]["unreadNotificationCount"] == area_notes["unreadNotificationCount"]

    async with owner_db.unit_of_work(TenantScope()) as s:
        audited = await s.scalar(
            text(
                "select after from audit_entries where town_id = :t"
                " and action = 'notification.read' order by seq desc limit 1"
            ),
            {"t": place.town},
        )
    assert audited["ids"] == [GlobalId.decode(ours[first]["id"]).id]


async def test_another_towns_admin_sees_and_marks_nothing(gql, owner_db, services):
    place = await _place(gql, owner_db, "时限隔离")
    item = await _item(owner_db, place, problem="教育资助未落实", deadline=date.today())
    await _check(services, place, date.today())
    area = await gql(INBOX, {"first": 100}, as_user="mazhan_area")
    theirs = next(
        e["node"]
        for e in area["data"]["notifications"]["edges"]
        if e["node"]["itemId"] == node_id("LedgerItem", item, place.town)
    )
    other = await gql(INBOX, {"first": 100}, as_user="gaoqiao_admin")
    seen = {e["node"]["itemId"] for e in other["data"]["notifications"]["edges"]}
    assert all(GlobalId.decode(i).town_id != place.town for i in seen if i)
    foreign = await gql(MARK, {"ids": [theirs["id"]]}, as_user="gaoqiao_admin")
    assert foreign["data"]["markNotificationsRead"]["errors"][0]["code"] == "FORBIDDEN"
    assert (await gql(NODE, {"id": theirs["id"]}, as_user="gaoqiao_admin"))["data"]["node"] is None


async def test_deadline_job_runs_on_the_worker_and_twice_is_harmless(gql, owner_db, services):
    place = await _place(gql, owner_db, "时限任务")
    today = date.today()
    item = await _item(owner_db, place, problem="产业项目收益未分配", deadline=today - timedelta(3))
    town = node_id("Town", place.town)

    refused = await gql(REQUEST, {"town": town}, as_user="mazhan_helper")
    assert refused["data"]["requestDeadlineCheck"]["errors"][0]["code"] == "FORBIDDEN"
    foreign = await gql(REQUEST, {"town": town}, as_user="gaoqiao_admin")
    assert foreign["data"]["requestDeadlineCheck"]["errors"][0]["code"] == "FORBIDDEN"
    body = await gql(REQUEST, {"town": town}, as_user="mazhan_admin")
    job = body["data"]["requestDeadlineCheck"]["job"]
    assert job["status"] == "queued" and job["kind"] == KIND

    assert services.jobs is not None
    worker = services.jobs.worker(threads=1)
    worker.start()
    try:
        state = None
        for _ in range(150):
            state = (await gql(JOB, {"id": job["id"]}, as_user="mazhan_admin"))["data"]["node"]
            if state["status"] in {"done", "failed"}:
                break
            await asyncio.sleep(0.1)
    finally:
        await asyncio.to_thread(worker.stop)
    assert state is not None and state["status"] == "done", state
    assert state["progress"] == state["total"] == 1
    result = state["result"]
    assert result["today"] == today.isoformat() and result["towns"][0]["town_id"] == place.town
    assert result["towns"][0]["notified"] >= 3 and result["overdue"] >= 1
    assert await _flags(owner_db, [item]) == ["overdue"]
    notes = await _notes(owner_db, [item])
    assert {u for _, u, _, _ in notes} == {
        place.users["mazhan_helper"],
        *await _superiors(owner_db, place),
    }
    async with owner_db.unit_of_work(TenantScope()) as s:
        audited = await s.scalar(
            text(
                "select actor_label || ':' || (after->'changed'->>cast(:i as text))"
                " from audit_entries where town_id = :t and action = 'ledger.deadlines'"
                " order by seq desc limit 1"
            ),
            {"t": place.town, "i": str(item)},
        )
        row = (
            await s.execute(
                text(
                    "select id, county_id, attempts from job_runs where kind = :k"
                    " order by created_at desc limit 1"
                ),
                {"k": KIND},
            )
        ).one()
    assert audited == "整改时限检查:overdue"

    # A second delivery of the finished job does nothing; a second run changes nothing.
    assert await runner.run(services.database, job_id=str(row[0]), county_id=row[1]) == "done"
    progress: list[tuple[int, int]] = []

    async def record(done: int, total: int) -> None:
        progress.append((done, total))

    rerun = await check_ledger_deadlines(
        services.database,
        JobInput(
            job_id=str(row[0]),
            county_id=place.county,
            town_ids=(place.town,),
            params={"town_ids": [place.town], "today": today.isoformat()},
        ),
        record,
    )
    assert rerun["notified"] == 0 and rerun["towns"][0]["changed"] == 0
    assert progress == [(0, 1), (1, 1)]
    assert await _notes(owner_db, [item]) == notes
    bad = await check_ledger_deadlines(
        services.database,
        JobInput(job_id="x", county_id=place.county, town_ids=(), params={"today": "昨天"}),
        record,
    )
    assert bad == {"error": "整改时限检查任务的参数无效"}


async def test_the_daily_check_is_requested_once_a_day(owner_db, services):
    # A day no other test asks about (and on which nothing is due, should a worker run it).
    today = date(2001, 3, 18)
    first = await request_daily_checks(services.database, services.jobs, today=today)
    again = await request_daily_checks(services.database, services.jobs, today=today)
    assert (first, again) == (1, 0)  # one county in the demo; nothing twice the same day
    async with owner_db.unit_of_work(TenantScope()) as s:
        jobs = await s.scalar(
            text("select count(*) from job_runs where kind = :k and params->>'today' = :d"),
            {"k": KIND, "d": today.isoformat()},
        )
    assert jobs == 1
