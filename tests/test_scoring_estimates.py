"""The mock third-party evaluation from a real cross-check: a lifted-out household whose
re-check fails a core guarantee counts as a wrong exit, with its Wilson interval."""

from __future__ import annotations

from sqlalchemy import text

from towncheck.api.relay import GlobalId
from towncheck.db import TenantScope

from .selfcheck_helpers import submission
from .test_crosscheck_flow import (
    CROSS,
    DIRECTORS,
    DRAW,
    REVEAL,
    TEAM_HOUSEHOLDS,
    _commit_all,
    _drawn_cycle,
)
from .test_scoring import REQUEST, SCORES, _run_latest_job


async def test_a_failed_core_guarantee_on_re_check_is_a_wrong_exit(gql, owner_db, client, services):
    household, today, cycle, answers, teams = await _drawn_cycle(gql, owner_db, client, "错退")
    secrets = {name: str(700 + i) for i, name in enumerate(teams)}
    await _commit_all(gql, cycle, teams, secrets)
    for name, team in teams.items():
        await gql(REVEAL, {"team": team, "secret": secrets[name]}, as_user=DIRECTORS[name])
    record = (await gql(DRAW, {"id": cycle}, as_user="mazhan_admin"))["data"]
    checker = next(t for t in record["teams"] if "关顶管理区" in t["areaNames"])
    listed = await gql(TEAM_HOUSEHOLDS, {"team": checker["id"]}, as_user="mazhan_admin")
    ours = next(
        e["node"]
        for e in listed["data"]["teamHouseholds"]["edges"]
        if e["node"]["householdId"] == household
    )
    # The household has self-check findings, so the team re-visits it whatever the draw.
    assert ours["reason"] == "finding"

    # The team finds the household's living conditions below standard (吃穿不愁).
    changed = [dict(a) for a in answers]
    for answer in changed:
        if answer["checkpoint"] == "一.2.17":
            answer["yes"] = False
    sent = await gql(
        CROSS,
        {"input": submission(cycle, household, changed, today)},
        as_user=DIRECTORS[checker["name"]],
    )
    assert sent["data"]["submitCrossVisit"]["errors"] == []

    # Re-visited for its findings, it is not part of the random sample: no estimate.
    estimates = await _estimates(gql, owner_db, services, cycle)
    assert estimates["wrong_exit"]["denominator"] == 0 and estimates["wrong_exit"]["value"] is None

    # Had the draw picked it at random, its failed re-check would be a wrong exit.
    gid = GlobalId.decode(household)
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text(
                "update cross_samples set reason = 'sampled' where town_id = :t"
                " and cycle_id = :c and household_id = :h"
            ),
            {"t": gid.town_id, "c": GlobalId.decode(cycle).id, "h": gid.id},
        )
    estimates = await _estimates(gql, owner_db, services, cycle)
    wrong = estimates["wrong_exit"]
    assert wrong["denominator"] == 1 and wrong["value"] == 1.0
    assert 0.2 < wrong["low"] < 0.21 and wrong["high"] == 1.0
    assert estimates["missed"]["denominator"] == 0 and estimates["missed"]["value"] is None
    recognition = estimates["recognition"]
    assert recognition["denominator"] == 1 and recognition["value"] == 1.0  # 满意
    scores = (await gql(SCORES, {"id": cycle}, as_user="mazhan_admin"))["data"]["cycleScores"]
    agreement = {i["code"]: i for i in scores["indicators"]}
    assert 0 < agreement["agreement"]["value"] < 1 and agreement["agreement"]["denominator"] > 1


async def _estimates(gql, owner_db, services, cycle: str) -> dict:
    await gql(REQUEST, {"id": cycle}, as_user="mazhan_admin")
    await _run_latest_job(owner_db, services)
    scores = (await gql(SCORES, {"id": cycle}, as_user="mazhan_admin"))["data"]["cycleScores"]
    return {e["code"]: e for e in scores["mockEvaluation"]}
