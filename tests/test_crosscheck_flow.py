"""The cross-check on real PostgreSQL: teams, commit–reveal, the draw and its verification,
cross-check visits with discrepancies, agreement, and the bulletin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from towncheck.api.relay import GlobalId
from towncheck.cli import draw_verify
from towncheck.crosscheck.commitment import commitment_of
from towncheck.db import TenantScope

from .selfcheck_helpers import GENERATE, SUBMIT, helper_household, ready_cycle, submission

DIRECTORS = {
    "党政综合办互查组": "mazhan_director_party",
    "经济发展办互查组": "mazhan_director",
    "社会事务办互查组": "mazhan_director_social",
    "综合执法办互查组": "mazhan_director_law",
    "规划建设办互查组": "mazhan_director_build",
}
FORM = """mutation($id: ID!) { formTeams(cycleId: $id) { teams { id name directorName
  members { name } } errors { code message } } }"""
OPEN = """mutation($input: OpenDrawInput!) { openDraw(input: $input) { state
  errors { code message field } } }"""
COMMIT = """mutation($team: ID!, $hash: String!) { commitDraw(teamId: $team, commitment: $hash) {
  state errors { code message } } }"""
REVEAL = """mutation($team: ID!, $secret: String!) { revealDraw(teamId: $team, secret: $secret) {
  state seed errors { code message field } } }"""
COMPLETE = """mutation($id: ID!) { completeDraw(cycleId: $id) { state errors { code message } } }"""
DRAW = """query($id: ID!) { draw(cycleId: $id) { state seed seedText algorithm result inputs
  commitments { secret } } verifyDraw(cycleId: $id) { matches differences }
  teams(cycleId: $id) { id name areaNames committed revealed } }"""
TEAM_HOUSEHOLDS = """query($team: ID!) { teamHouseholds(teamId: $team, first: 100) {
  totalCount edges { node { householdId headName area reason visited } } } }"""
CROSS = """mutation($input: SubmitVisitInput!) { submitCrossVisit(input: $input) {
  visit { id stage version } errors { code message field } } }"""
DISCREPANCIES = """query($id: ID!) { discrepancies(cycleId: $id, first: 50) { totalCount
  edges { node { headName checkpoint selfValue crossValue selfCadre crossCadre } } }
  agreement(cycleId: $id, by: CADRE) { name pairs percent kappa } }"""
GENERATE_BULLETIN = """mutation($id: ID!) { generateBulletin(cycleId: $id) {
  bulletin { id version html xlsxUrl htmlUrl summary publishedAt } errors { code message } } }"""
PUBLISH = """mutation($id: ID!) { publishBulletin(id: $id) { bulletin { publishedAt }
  errors { code message } } }"""
BULLETINS = """query($id: ID!) { bulletins(cycleId: $id) { version title } }"""


def _number(gid: str) -> int:
    return GlobalId.decode(gid).id


async def _drawn_cycle(gql, owner_db, client, name):
    """A cycle in its cross-check window, a self-checked household, and a finished draw."""
    household = await helper_household(gql, owner_db, f"吴{name}")
    today, cycle, answers = await ready_cycle(gql, owner_db, client, name, start=-5)
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    own = await gql(
        SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
    )
    assert own["data"]["submitVisit"]["errors"] == []
    formed = (await gql(FORM, {"id": cycle}, as_user="mazhan_admin"))["data"]["formTeams"]
    assert formed["errors"] == [] and len(formed["teams"]) == 5
    now = datetime.now(UTC)
    opened = await gql(
        OPEN,
        {
            "input": {
                "cycleId": cycle,
                "commitDeadline": (now + timedelta(hours=1)).isoformat(),
                "revealDeadline": (now + timedelta(hours=2)).isoformat(),
            }
        },
        as_user="mazhan_admin",
    )
    assert opened["data"]["openDraw"] == {"state": "open", "errors": []}
    teams = {t["name"]: t["id"] for t in formed["teams"]}
    return household, today, cycle, answers, teams


async def _commit_all(gql, cycle, teams, secrets):
    for name, team in teams.items():
        digest = commitment_of(cycle_id=_number(cycle), team_id=_number(team), secret=secrets[name])
        body = await gql(COMMIT, {"team": team, "hash": digest}, as_user=DIRECTORS[name])
        assert body["data"]["commitDraw"]["errors"] == [], body


async def test_directors_commit_and_reveal_and_the_draw_verifies(gql, owner_db, client, settings):
    _, _, cycle, _, teams = await _drawn_cycle(gql, owner_db, client, "抽签")
    secrets = {name: str(1000 + i * 7919) for i, name in enumerate(teams)}
    first, second = list(teams)[:2]

    # A director acting for another office, and a draw completed before its time.
    digest = commitment_of(cycle_id=_number(cycle), team_id=_number(teams[second]), secret="1")
    other = await gql(COMMIT, {"team": teams[second], "hash": digest}, as_user=DIRECTORS[first])
    assert other["data"]["commitDraw"]["errors"][0]["code"] == "FORBIDDEN"
    early = await gql(COMPLETE, {"id": cycle}, as_user="mazhan_admin")
    assert early["data"]["completeDraw"]["errors"][0]["code"] == "CONFLICT"

    await _commit_all(gql, cycle, dict(list(teams.items())[:1]), secrets)
    too_soon = await gql(
        REVEAL, {"team": teams[first], "secret": secrets[first]}, as_user=DIRECTORS[first]
    )
    assert too_soon["data"]["revealDraw"]["errors"][0]["code"] == "CONFLICT"  # commits not in
    twice = await gql(COMMIT, {"team": teams[first], "hash": "a" * 64}, as_user=DIRECTORS[first])
    assert twice["data"]["commitDraw"]["errors"][0]["code"] == "CONFLICT"
    await _commit_all(gql, cycle, dict(list(teams.items())[1:]), secrets)

    wrong = await gql(REVEAL, {"team": teams[first], "secret": "42"}, as_user=DIRECTORS[first])
    assert wrong["data"]["revealDraw"]["errors"][0]["field"] == "secret"
    for name, team in teams.items():
        body = await gql(REVEAL, {"team": team, "secret": secrets[name]}, as_user=DIRECTORS[name])
        assert body["data"]["revealDraw"]["errors"] == [], body
    assert body["data"]["revealDraw"]["state"] == "drawn"

    record = (await gql(DRAW, {"id": cycle}, as_user="mazhan_helper"))["data"]
    assert record["draw"]["state"] == "drawn" and record["draw"]["algorithm"] == "draw-v1"
    assert all(c["secret"] for c in record["draw"]["commitments"])
    assert str(_number(cycle)) in record["draw"]["seedText"]
    assert record["verifyDraw"] == {"matches": True, "differences": []}
    drawn = [a for t in record["teams"] for a in t["areaNames"]]
    assert sorted(drawn) == sorted(a["name"] for a in record["draw"]["inputs"]["areas"])
    assert await draw_verify(settings, str(_number(cycle))) is True

    # Tampering with the recorded result is found by the recomputation.
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text(
                "update draws set seed = repeat('0', 64) where cycle_id = :c",
            ),
            {"c": _number(cycle)},
        )
    tampered = (await gql(DRAW, {"id": cycle}, as_user="mazhan_admin"))["data"]["verifyDraw"]
    assert tampered["matches"] is False and tampered["differences"]


async def test_cross_visits_raise_discrepancies_and_the_bulletin_is_published(
    gql, owner_db, client
):
    household, today, cycle, answers, teams = await _drawn_cycle(gql, owner_db, client, "互查")
    secrets = {name: str(500 + i) for i, name in enumerate(teams)}
    await _commit_all(gql, cycle, teams, secrets)
    for name, team in teams.items():
        await gql(REVEAL, {"team": team, "secret": secrets[name]}, as_user=DIRECTORS[name])
    record = (await gql(DRAW, {"id": cycle}, as_user="mazhan_admin"))["data"]
    checker = next(t for t in record["teams"] if "关顶管理区" in t["areaNames"])
    outsider = next(t for t in record["teams"] if "关顶管理区" not in t["areaNames"])
    listed = await gql(TEAM_HOUSEHOLDS, {"team": checker["id"]}, as_user="mazhan_admin")
    nodes = [e["node"] for e in listed["data"]["teamHouseholds"]["edges"]]
    ours = next(n for n in nodes if n["householdId"] == household)
    assert ours["area"] == "关顶管理区" and ours["visited"] is False

    changed = [dict(a) for a in answers]
    flipped = next(a for a in changed if "yes" in a and a["checkpoint"] == "一.1.3")
    flipped["yes"] = not flipped["yes"]
    payload = submission(cycle, household, changed, today)
    stranger = await gql(CROSS, {"input": payload}, as_user=DIRECTORS[outsider["name"]])
    assert stranger["data"]["submitCrossVisit"]["errors"][0]["code"] == "FORBIDDEN"
    director = DIRECTORS[checker["name"]]
    sent = await gql(CROSS, {"input": payload}, as_user=director)
    assert sent["data"]["submitCrossVisit"]["errors"] == []
    assert sent["data"]["submitCrossVisit"]["visit"]["stage"] == "cross"
    again = await gql(CROSS, {"input": payload}, as_user=director)
    assert again["data"]["submitCrossVisit"]["visit"] == sent["data"]["submitCrossVisit"]["visit"]

    seen = (await gql(DISCREPANCIES, {"id": cycle}, as_user="mazhan_admin"))["data"]
    found = [e["node"] for e in seen["discrepancies"]["edges"]]
    assert [(d["checkpoint"], d["selfValue"], d["crossValue"]) for d in found] == [
        ("一.1.3", True, False)
    ]
    assert found[0]["selfCadre"] == "帮扶责任人 赵磊"
    helper = next(a for a in seen["agreement"] if a["name"] == "帮扶责任人 赵磊")
    assert helper["pairs"] > 1 and 0 < helper["percent"] < 100

    made = (await gql(GENERATE_BULLETIN, {"id": cycle}, as_user="mazhan_admin"))["data"]
    bulletin = made["generateBulletin"]["bulletin"]
    assert bulletin["version"] == 1 and bulletin["publishedAt"] is None
    assert "互查与自查不一致" in bulletin["html"] and bulletin["summary"]["discrepancies"] == 1
    unpublished = await gql(BULLETINS, {"id": cycle}, as_user="mazhan_helper")
    assert unpublished["data"]["bulletins"] == []
    published = await gql(PUBLISH, {"id": bulletin["id"]}, as_user="mazhan_admin")
    assert published["data"]["publishBulletin"]["errors"] == []
    readers = await gql(BULLETINS, {"id": cycle}, as_user="mazhan_helper")
    assert [b["version"] for b in readers["data"]["bulletins"]] == [1]
    token = await gql.token_for("mazhan_helper")
    workbook = await client.get(bulletin["xlsxUrl"], headers={"Authorization": f"Bearer {token}"})
    assert workbook.status_code == 200 and workbook.content[:2] == b"PK"
    page = await client.get(bulletin["htmlUrl"], headers={"Authorization": f"Bearer {token}"})
    assert page.status_code == 200 and "通报" in page.text


async def test_another_town_reads_no_cross_check_rows(gql, owner_db, client, services):
    await _drawn_cycle(gql, owner_db, client, "他镇")
    async with owner_db.unit_of_work(TenantScope()) as s:
        gaoqiao = await s.scalar(text("select id from towns where name = '高桥镇'"))
        mazhan = await s.scalar(text("select id from towns where name = '马站镇'"))
    tables = ("teams", "team_members", "draws")
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({mazhan}))) as s:
        for table in tables:
            assert await s.scalar(text(f"select count(*) from {table}")) > 0, table
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in (*tables, "draw_commitments", "team_areas", "cross_samples", "bulletins"):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
