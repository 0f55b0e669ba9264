"""Scoring a cycle: snapshots, scores at every level against a reference computation,
indicators, idempotent runs, tenancy, automatic (debounced, coalesced) requests."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import text

from towncheck.api.relay import GlobalId
from towncheck.db import TenantScope
from towncheck.jobs import runner
from towncheck.orm import utcnow
from towncheck.scoring import auto
from towncheck.scoring.estimates import wilson

from .registry_helpers import ids
from .selfcheck_helpers import GENERATE, SUBMIT, helper_household, ready_cycle, submission

REQUEST = """mutation($id: ID!) { requestScoring(cycleId: $id) {
  job { id kind status } errors { code message } } }"""
SCORES = """query($id: ID!) { cycleScores(cycleId: $id) {
  snapshot { number households score method dataCutoff auditSeq }
  breakdown { total sections { code points maximum } items { code points lost } }
  indicators { code value numerator denominator unit }
  mockEvaluation { code value low high denominator }
  villages: groups(level: VILLAGE) { name households score subjectId }
  cadres: groups(level: CADRE) { name households score }
} }"""
HOUSEHOLD = """query($c: ID!, $h: ID!) { householdScore(cycleId: $c, householdId: $h) {
  score earned possible failedCheckpoints breakdown { total } } }"""
COMPARE = """query($y: Int!) { countyComparison(year: $y) { rank townName score change
  explanation sections { code points } } }"""
ROWS = {
    "household_scores": "household_id, village_id, earned, possible, answered, failed, skipped,"
    " satisfaction",
    "score_parts": "level, subject_id, checkpoint, assessed, passed",
    "scores": "level, subject_id, households, earned, possible, score",
    "score_indicators": "level, subject_id, code, numerator, denominator, value, low, high",
}


async def _run_latest_job(owner_db, services) -> str:
    async with owner_db.unit_of_work(TenantScope()) as s:
        job, county = (
            await s.execute(
                text(
                    "select id, county_id from job_runs where kind = 'scoring.run'"
                    " order by created_at desc limit 1"
                )
            )
        ).one()
    assert await runner.run(services.database, job_id=str(job), county_id=county) == "done"
    return str(job)


async def _rows(owner_db, town: int, snapshot: int) -> dict[str, list[tuple]]:
    found = {}
    async with owner_db.unit_of_work(TenantScope()) as s:
        for table, columns in ROWS.items():
            result = await s.execute(
                text(
                    f"select {columns} from {table} where town_id = :t and snapshot_id = :s"
                    f" order by {columns}"
                ),
                {"t": town, "s": snapshot},
            )
            found[table] = [tuple(r) for r in result]
    return found


async def _reference(owner_db, town: int, cycle: int) -> dict[int, tuple[Decimal, Decimal]]:
    """Each household's (earned, possible) recomputed row by row from answers, findings and
    the pinned template's weights."""
    async with owner_db.unit_of_work(TenantScope()) as s:
        content = (
            await s.execute(
                text(
                    "select v.content from cycles c join checklist_versions v"
                    " on v.county_id = c.county_id and v.id = c.version_id"
                    " where c.town_id = :t and c.id = :c"
                ),
                {"t": town, "c": cycle},
            )
        ).scalar_one()
        answers = (
            await s.execute(
                text(
                    "select v.household_id, a.checkpoint from visits v join visit_answers a"
                    " on a.town_id = v.town_id and a.visit_id = v.id and a.version = v.version"
                    " where v.town_id = :t and v.cycle_id = :c and v.stage = 'self'"
                ),
                {"t": town, "c": cycle},
            )
        ).all()
        failed = {
            (h, c)
            for h, c in await s.execute(
                text(
                    "select household_id, checkpoint from findings where town_id = :t"
                    " and cycle_id = :c and household_id is not null and state <> 'withdrawn'"
                ),
                {"t": town, "c": cycle},
            )
        }
    weights = {
        cp["code"]: Decimal(str(cp["weight"]))
        for section in content["sections"]
        for item in section["items"]
        for cp in item["checkpoints"]
        if cp["target"] == "household"
    }
    totals: dict[int, tuple[Decimal, Decimal]] = {}
    for household, code in answers:
        if code not in weights:
            continue
        earned, possible = totals.get(household, (Decimal(0), Decimal(0)))
        gain = Decimal(0) if (household, code) in failed else weights[code]
        totals[household] = (earned + gain, possible + weights[code])
    return totals


async def _check_households(gql, owner_db, cycle: str, households: list[str]) -> None:
    """Each household's score equals the reference computation."""
    town, cycle_id = GlobalId.decode(cycle).town_id, GlobalId.decode(cycle).id
    reference = await _reference(owner_db, town, cycle_id)
    for household in households:
        key = GlobalId.decode(household).id
        found = (await gql(HOUSEHOLD, {"c": cycle, "h": household}, as_user="mazhan_admin"))[
            "data"
        ]["householdScore"]
        earned, possible = reference[key]
        assert (Decimal(str(found["earned"])), Decimal(str(found["possible"]))) == (
            earned,
            possible,
        )
        assert found["breakdown"]["total"] == float(round(earned * 100 / possible, 2))
    unsafe = (await gql(HOUSEHOLD, {"c": cycle, "h": households[1]}, as_user="mazhan_admin"))[
        "data"
    ]["householdScore"]
    assert "一.2.17" in unsafe["failedCheckpoints"]


async def _check_other_town(gql, owner_db, services, cycle: str) -> None:
    """Another town sees nothing of the scores, through GraphQL or in the database."""
    town = GlobalId.decode(cycle).town_id
    other = await gql(SCORES, {"id": cycle}, as_user="gaoqiao_admin")
    assert other["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    gaoqiao = (await ids(owner_db))["towns"]["高桥镇"]
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in ROWS.keys() | {"score_snapshots"}:
            seen = await s.scalar(
                text(f"select count(*) from {table} where town_id = :t"), {"t": town}
            )
            assert seen == 0, table


async def test_a_cycle_is_scored_into_a_snapshot_that_a_rerun_reproduces(
    gql, owner_db, services, client
):
    households = [await helper_household(gql, owner_db, f"评分户{i}") for i in range(3)]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "评分周期")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for index, household in enumerate(households):
        given = [dict(a) for a in answers]
        if index == 1:  # this household has no safe drinking water: an answer finding
            for a in given:
                if a["checkpoint"] == "一.2.17":
                    a["yes"] = False
        body = await gql(
            SUBMIT, {"input": submission(cycle, household, given, today)}, as_user="mazhan_helper"
        )
        assert body["data"]["submitVisit"]["errors"] == []

    refused = await gql(REQUEST, {"id": cycle}, as_user="mazhan_helper")
    assert refused["data"]["requestScoring"]["errors"][0]["code"] == "FORBIDDEN"
    body = await gql(REQUEST, {"id": cycle}, as_user="mazhan_admin")
    assert body["data"]["requestScoring"]["job"]["kind"] == "scoring.run"
    first_job = await _run_latest_job(owner_db, services)

    scores = (await gql(SCORES, {"id": cycle}, as_user="mazhan_admin"))["data"]["cycleScores"]
    snapshot = scores["snapshot"]
    assert snapshot["number"] == 1 and snapshot["households"] == 3
    assert snapshot["method"] == "score-v1" and snapshot["auditSeq"] > 0
    assert scores["breakdown"]["total"] == snapshot["score"]
    assert abs(sum(s["maximum"] for s in scores["breakdown"]["sections"]) - 100) < 0.05
    assert abs(sum(i["points"] for i in scores["breakdown"]["items"]) - snapshot["score"]) < 0.1
    assert [v["households"] for v in scores["villages"] if v["households"]] == [3]
    assert scores["cadres"][0]["households"] == 3

    town, cycle_id = GlobalId.decode(cycle).town_id, GlobalId.decode(cycle).id
    await _check_households(gql, owner_db, cycle, households)

    indicators = {i["code"]: i for i in scores["indicators"]}
    assert indicators["visit_completion"]["numerator"] >= 3
    assert indicators["satisfaction"]["denominator"] == 3
    assert indicators["core_guarantee"]["denominator"] == 3
    assert indicators["core_food_clothing"]["numerator"] <= 2  # 一.2.17 failed for one
    assert {e["code"] for e in scores["mockEvaluation"]} == {"wrong_exit", "missed", "recognition"}

    # A redelivery of the finished job writes nothing; a new run reproduces every row.
    assert await runner.run(services.database, job_id=first_job, county_id=1) in {"done"}
    await gql(REQUEST, {"id": cycle}, as_user="mazhan_admin")
    await _run_latest_job(owner_db, services)
    again = (await gql(SCORES, {"id": cycle}, as_user="mazhan_admin"))["data"]["cycleScores"]
    assert again["snapshot"]["number"] == 2
    async with owner_db.unit_of_work(TenantScope()) as s:
        first, second = (
            await s.scalars(
                text(
                    "select id from score_snapshots where town_id = :t and cycle_id = :c"
                    " order by number"
                ),
                {"t": town, "c": cycle_id},
            )
        ).all()
    assert await _rows(owner_db, town, first) == await _rows(owner_db, town, second)

    await _check_other_town(gql, owner_db, services, cycle)

    compared = (await gql(COMPARE, {"y": today.year}, as_user="county"))["data"]["countyComparison"]
    mazhan = next(r for r in compared if r["townName"] == "马站镇")
    assert mazhan["explanation"]
    ranks = [r["rank"] for r in compared if r["rank"] is not None]
    assert ranks == sorted(ranks) and (not ranks or ranks[0] == 1)


async def test_automatic_scoring_waits_for_quiet_and_coalesces(gql, owner_db, services, client):
    households = [await helper_household(gql, owner_db, "自动评分户")]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "自动评分周期")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    body = await gql(
        SUBMIT, {"input": submission(cycle, households[0], answers, today)}, as_user="mazhan_helper"
    )
    assert body["data"]["submitVisit"]["errors"] == []
    queue = services.jobs
    assert queue is not None
    now = utcnow()
    quiet, wait = timedelta(minutes=5), timedelta(minutes=30)
    # Changes just now: not quiet yet, and not waiting long: nothing is requested.
    assert (
        await auto.request_due(services.database, queue, now=now, quiet=quiet, max_wait=wait) == 0
    )
    # Quiet long enough: one run for the county covers every out-of-date cycle …
    later = now + timedelta(minutes=6)
    assert (
        await auto.request_due(services.database, queue, now=later, quiet=quiet, max_wait=wait) == 1
    )
    # … and while it is pending nothing more is requested.
    assert (
        await auto.request_due(services.database, queue, now=later, quiet=quiet, max_wait=wait) == 0
    )
    job = await _run_latest_job(owner_db, services)
    async with owner_db.unit_of_work(TenantScope()) as s:
        targets = (
            await s.execute(
                text("select params->'targets' from job_runs where id = :j"), {"j": job}
            )
        ).scalar_one()
    assert [GlobalId.decode(cycle).town_id, GlobalId.decode(cycle).id] in targets
    # Scored up to its audit entry: nothing is due for that cycle any more.
    async with owner_db.unit_of_work(TenantScope()) as s:
        due = await auto.out_of_date(s, now=later, quiet=quiet, max_wait=wait)
    assert all(t.cycle_id != GlobalId.decode(cycle).id for t in due)


def test_wilson_interval_stays_inside_zero_and_one():
    none = wilson(0, 40)
    assert none.rate == 0 and none.low == 0 and Decimal("0.08") < none.high < Decimal("0.09")
    half = wilson(10, 20)
    assert half.low < Decimal("0.5") < half.high
    assert wilson(0, 0).rate is None
