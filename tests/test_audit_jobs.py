"""The hash-chained audit trail, its verification command, and the verification job."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import text

from towncheck.api.relay import node_id
from towncheck.audit import service as audit
from towncheck.db import TenantScope
from towncheck.jobs import runner
from towncheck.jobs.registry import register

REQUEST = """mutation($towns: [ID!]) {
  requestAuditVerification(input: {townIds: $towns}) {
    job { id status kind } errors { code message } } }"""
JOB = "query($id: ID!) { node(id: $id) { ... on Job { status progress total result error } } }"


async def _mazhan(owner_db) -> int:
    async with owner_db.unit_of_work(TenantScope()) as s:
        return int(await s.scalar(text("select id from towns where name = '马站镇'")))


def _cli(settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url}
    return subprocess.run(
        [sys.executable, "-m", "towncheck.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_chain_verifies_and_tampering_is_located(owner_db, settings, demo):
    town = await _mazhan(owner_db)
    scope = TenantScope(read_towns=frozenset({town}))
    async with owner_db.unit_of_work(scope) as s:
        report = await audit.verify_town(s, town_id=town)
        assert report.intact and report.entries > 5
        original = await s.scalar(
            text("select after::text from audit_entries where town_id = :t and seq = 3"),
            {"t": town},
        )
        await s.execute(
            text(
                'update audit_entries set after = \'{"name": "篡改"}\''
                " where town_id = :t and seq = 3"
            ),
            {"t": town},
        )
    try:
        async with owner_db.unit_of_work(scope) as s:
            broken = await audit.verify_town(s, town_id=town)
        assert (broken.first_broken_seq, broken.reason) == (3, "内容被篡改（哈希不匹配）")
        result = await asyncio.to_thread(_cli, settings, "audit", "verify")
        assert result.returncode == 1, result.stderr
        assert f"town:{town}" in result.stdout and "第 3 条起断裂" in result.stdout
    finally:
        async with owner_db.unit_of_work(scope) as s:
            await s.execute(
                text(
                    "update audit_entries set after = cast(:a as jsonb)"
                    " where town_id = :t and seq = 3"
                ),
                {"a": original, "t": town},
            )
    result = await asyncio.to_thread(_cli, settings, "audit", "verify")
    assert result.returncode == 0, result.stdout + result.stderr


async def test_deleted_entry_breaks_the_chain(owner_db, demo):
    town = await _mazhan(owner_db)
    scope = TenantScope(read_towns=frozenset({town}))
    async with owner_db.unit_of_work(scope) as s:
        rows = (
            await s.scalars(
                text("select seq from audit_entries where town_id = :t order by seq"), {"t": town}
            )
        ).all()
        assert len(rows) > 4
        await s.execute(
            text("delete from audit_entries where town_id = :t and seq = 4"), {"t": town}
        )
        report = await audit.verify_town(s, town_id=town)
        assert report.first_broken_seq == 4
        await s.rollback()


async def test_verification_job_runs_on_redis_and_is_idempotent(gql, services, owner_db):
    town = await _mazhan(owner_db)
    forbidden = await gql(REQUEST, {"towns": None}, as_user="mazhan_admin")
    assert forbidden["data"]["requestAuditVerification"]["errors"][0]["code"] == "FORBIDDEN"
    body = await gql(REQUEST, {"towns": [node_id("Town", town)]}, as_user="mazhan_admin")
    job = body["data"]["requestAuditVerification"]["job"]
    assert job["status"] == "queued" and job["kind"] == "audit.verify"

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
    assert state["result"]["intact"] is True
    assert [c["chain"] for c in state["result"]["chains"]][-1] == f"town:{town}"
    assert state["progress"] == state["total"] == 2

    async with owner_db.unit_of_work(TenantScope()) as s:
        row = (
            await s.execute(
                text(
                    "select id, county_id, attempts from job_runs order by created_at desc limit 1"
                )
            )
        ).one()
    again = await runner.run(services.database, job_id=str(row[0]), county_id=row[1])
    async with owner_db.unit_of_work(TenantScope()) as s:
        attempts = await s.scalar(
            text("select attempts from job_runs where id = :i"), {"i": row[0]}
        )
    assert again == "done" and attempts == row[2] == 1


async def test_other_town_cannot_see_the_job(gql, owner_db):
    town = await _mazhan(owner_db)
    body = await gql(REQUEST, {"towns": [node_id("Town", town)]}, as_user="mazhan_admin")
    job_id = body["data"]["requestAuditVerification"]["job"]["id"]
    seen = await gql(JOB, {"id": job_id}, as_user="gaoqiao_admin")
    assert seen["data"]["node"] is None


AUDIT_PAGE = """query($t: ID!, $after: String) { auditEntries(townId: $t, first: 5, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { seq action } } } }"""


async def test_audit_trail_pages_newest_first_with_a_true_total(gql, owner_db):
    town = node_id("Town", await _mazhan(owner_db))
    first = (await gql(AUDIT_PAGE, {"t": town}, as_user="mazhan_admin"))["data"]["auditEntries"]
    seqs = [e["node"]["seq"] for e in first["edges"]]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == 5
    second = (
        await gql(
            AUDIT_PAGE, {"t": town, "after": first["pageInfo"]["endCursor"]}, as_user="mazhan_admin"
        )
    )["data"]["auditEntries"]
    assert second["totalCount"] == first["totalCount"] > 10
    assert [e["node"]["seq"] for e in second["edges"]] == [seqs[-1] - i for i in range(1, 6)]
    helper = await gql(AUDIT_PAGE, {"t": town}, as_user="mazhan_helper")
    assert helper["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_cursor_of_one_connection_is_refused_by_another(gql, owner_db):
    town = node_id("Town", await _mazhan(owner_db))
    towns = await gql("{ towns(first: 1) { pageInfo { endCursor } } }", as_user="county")
    cursor = towns["data"]["towns"]["pageInfo"]["endCursor"]
    body = await gql(AUDIT_PAGE, {"t": town, "after": cursor}, as_user="mazhan_admin")
    assert body["errors"][0]["message"] == "无效的分页游标"


async def test_deleting_the_newest_entries_is_detected(owner_db, demo):
    town = await _mazhan(owner_db)
    scope = TenantScope(read_towns=frozenset({town}))
    async with owner_db.unit_of_work(scope) as s:
        newest = await s.scalar(
            text("select max(seq) from audit_entries where town_id = :t"), {"t": town}
        )
        await s.execute(
            text("delete from audit_entries where town_id = :t and seq = :q"),
            {"t": town, "q": newest},
        )
        report = await audit.verify_town(s, town_id=town)
        assert (report.first_broken_seq, report.reason) == (newest, "末尾条目缺失或被改动")
        await s.rollback()


@register("test.always_fails")
async def _always_fails(db, job, progress):
    raise RuntimeError("数据源暂时不可用")


async def _insert_job(owner_db, kind: str, status: str = "queued", **extra) -> tuple[str, int]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        county = await s.scalar(text("select id from counties where code = '371323'"))
        job_id = await s.scalar(
            text(
                "insert into job_runs (id, county_id, kind, params, status, progress, total, attempts,"
                " created_at, lease_until) values (gen_random_uuid(), :c, :k, '{}', :s, 0, 0, 0,"
                " now() - cast(:age as interval), now() + cast(:lease as interval)) returning id"
            ),
            {
                "c": county,
                "k": kind,
                "s": status,
                "age": extra.get("age", timedelta()),
                "lease": extra.get("lease", timedelta()),
            },
        )
    return str(job_id), int(county)


async def _status(owner_db, job_id: str) -> tuple[str, int, str | None]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        row = (
            await s.execute(
                text("select status, attempts, error from job_runs where id = :i"), {"i": job_id}
            )
        ).one()
    return row[0], row[1], row[2]


async def test_a_failing_job_retries_then_fails_with_its_error(services, owner_db):
    job_id, county = await _insert_job(owner_db, "test.always_fails")
    for attempt in range(1, runner.MAX_ATTEMPTS + 1):
        with contextlib.suppress(RuntimeError):
            await runner.run(services.database, job_id=job_id, county_id=county)
        expected = "failed" if attempt == runner.MAX_ATTEMPTS else "retrying"
        assert await _status(owner_db, job_id) == (expected, attempt, "数据源暂时不可用")


async def test_a_job_leased_by_another_worker_is_left_alone(services, owner_db):
    job_id, county = await _insert_job(
        owner_db, "audit.verify", status="running", lease=timedelta(minutes=10)
    )
    assert await runner.run(services.database, job_id=job_id, county_id=county) == "busy"
    assert (await _status(owner_db, job_id))[:2] == ("running", 0)


async def test_undelivered_and_abandoned_jobs_are_sent_again(services, owner_db):
    lost, _ = await _insert_job(owner_db, "audit.verify", age=timedelta(minutes=5))
    abandoned, _ = await _insert_job(
        owner_db, "audit.verify", status="running", lease=timedelta(minutes=-1)
    )
    fresh, _ = await _insert_job(owner_db, "audit.verify")
    found = {job_id for job_id, _ in await runner.stale(services.database)}
    assert {lost, abandoned} <= found and fresh not in found
    assert services.jobs is not None
    worker = services.jobs.worker(threads=1)
    worker.start()
    try:
        assert await services.jobs.requeue_stale(services.database) >= 2
        for _ in range(150):
            states = {(await _status(owner_db, j))[0] for j in (lost, abandoned)}
            if states == {"done"}:
                break
            await asyncio.sleep(0.1)
    finally:
        await asyncio.to_thread(worker.stop)
    assert states == {"done"}


async def test_worker_command_runs_jobs_and_stops_on_sigterm(gql, settings, owner_db):
    town = await _mazhan(owner_db)
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "TOWNCHECK_REDIS_NAMESPACE": settings.redis_namespace,
        "TOWNCHECK_SECRET_KEY": "worker-test-secret",
        "TOWNCHECK_DATA_KEY": "worker-test-data",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "towncheck.cli", "worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        body = await gql(REQUEST, {"towns": [node_id("Town", town)]}, as_user="mazhan_admin")
        job_id = body["data"]["requestAuditVerification"]["job"]["id"]
        state = None
        for _ in range(300):
            state = (await gql(JOB, {"id": job_id}, as_user="mazhan_admin"))["data"]["node"]
            if state["status"] == "done":
                break
            await asyncio.sleep(0.1)
        assert state is not None and state["status"] == "done", state
    finally:
        worker.terminate()
        output, _ = await asyncio.to_thread(worker.communicate, timeout=60)
    assert worker.returncode == 0, output
    assert "TownCheck worker running" in output
