"""Importing a department list through the GraphQL upload and its background job on real
Redis: the job's progress and result, a second upload of the same file changing nothing, a
second delivery importing nothing, refusals at upload, and the error report of a rejected
file (by row and column, unmatched ID numbers listed) for the importing town only."""

from __future__ import annotations

import asyncio
import io
from datetime import date
from decimal import Decimal

import orjson
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.households.idcard import mask_id_number
from towncheck.jobs.registry import JobInput
from towncheck.sectors.jobs import KIND, import_department_list

from .ledger_helpers import principal_of
from .registry_helpers import ids
from .sector_helpers import DIBAO_HEADINGS, YEAR, Office, dibao_row, month, person_number, workbook

IMPORT = """mutation($town: ID!, $kind: DepartmentListKind!, $year: Int!, $label: String!,
  $file: Upload!) {
  importDepartmentList(townId: $town, kind: $kind, year: $year, label: $label, file: $file) {
    job { id kind status } errors { code message field } } }"""
JOB = """query($id: ID!) { node(id: $id) { ... on Job { status progress total result } } }"""
REPORT = "/download/department-list-report.xlsx"


@pytest.fixture
async def office(services, owner_db, demo) -> Office:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Office(services, owner_db, known, principal)


async def _upload(client, gql, user, *, town, label, content, kind="DIBAO", year=YEAR, name=None):
    client.cookies.clear()
    variables = {"town": town, "kind": kind, "year": year, "label": label, "file": None}
    response = await client.post(
        "/graphql",
        data={
            "operations": orjson.dumps({"query": IMPORT, "variables": variables}).decode(),
            "map": orjson.dumps({"0": ["variables.file"]}).decode(),
        },
        files={"0": (name or "名单.xlsx", content, "application/octet-stream")},
        headers={"Authorization": f"Bearer {await gql.token_for(user)}"},
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]["importDepartmentList"]


async def _finish(gql, services, job_id, user="mazhan_admin"):
    worker = services.jobs.worker(threads=1)
    worker.start()
    try:
        for _ in range(300):
            state = (await gql(JOB, {"id": job_id}, as_user=user))["data"]["node"]
            if state["status"] in {"done", "failed"}:
                return state
            await asyncio.sleep(0.1)
    finally:
        await asyncio.to_thread(worker.stop)
    raise AssertionError("the import job did not finish")


def _sheets(content: bytes) -> dict[str, list[list[str]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return {
        name: [[str(c) for c in row] for row in book.get_sheet_by_name(name).to_python()]
        for name in book.sheet_names
    }


async def _get(client, path, token, **params):
    client.cookies.clear()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await client.get(path, params=params, headers=headers)


async def test_an_upload_imports_as_a_job_and_the_same_file_again_changes_nothing(
    office, client, gql, services
):
    people = await office.household(
        "monitored", [("任务甲", "head", None), ("任务甲妻", "spouse", None)]
    )
    rows = [dibao_row(p, n) for p in people for n in (1, 2)]
    content = workbook(DIBAO_HEADINGS, rows, title="低保发放名册")
    town = node_id("Town", office.id)
    first = await _upload(client, gql, "mazhan_admin", town=town, label="任务", content=content)
    assert first["errors"] == []
    assert (first["job"]["kind"], first["job"]["status"]) == (KIND, "queued")
    done = await _finish(gql, services, first["job"]["id"])
    result = done["result"]
    assert done["status"] == "done" and (done["progress"], done["total"]) == (3, 3), done
    assert result["status"] == "imported" and result["rows"] == 4, result
    assert (result["kind"], result["year"], result["label"]) == ("dibao", YEAR, "任务")
    assert Decimal(result["total_amount"]) == Decimal(1380)
    lists = await gql(
        "query($t: ID!, $y: Int!) { departmentLists(townId: $t, year: $y) { id label rowCount } }",
        {"t": town, "y": YEAR},
        as_user="mazhan_admin",
    )
    mine = [x for x in lists["data"]["departmentLists"] if x["label"] == "任务"]
    assert len(mine) == 1 and mine[0]["rowCount"] == 4
    assert GlobalId.decode(mine[0]["id"]).id == result["list_id"]

    again = await _upload(client, gql, "mazhan_admin", town=town, label="任务", content=content)
    repeat = await _finish(gql, services, again["job"]["id"])
    assert repeat["result"] == result
    entries = "select count(*) from department_entries where town_id = :t and list_id = :l"
    assert await office.scalar(entries, t=office.id, l=result["list_id"]) == 4
    audited = (
        "select count(*) from audit_entries where town_id = :t"
        " and action = 'sector.list.import' and target_id = :l"
    )
    assert await office.scalar(audited, t=office.id, l=str(result["list_id"])) == 2

    # The imported job has nothing to report.
    token = await gql.token_for("mazhan_admin")
    nothing = await _get(client, REPORT, token, job=first["job"]["id"])
    assert nothing.status_code == 400
    assert nothing.json()["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


async def test_a_second_delivery_returns_the_recorded_result(office, services, owner_db):
    (head,) = await office.household("monitored", [("投递甲", "head", None)])
    content = workbook(DIBAO_HEADINGS, [dibao_row(head, 1)])
    async with owner_db.unit_of_work(TenantScope()) as s:
        upload_id = await s.scalar(
            text(
                "insert into uploads (town_id, filename, content, size, sha256)"
                " values (:t, 'd.xlsx', :c, :n, :h) returning id"
            ),
            {"t": office.id, "c": content, "n": len(content), "h": bytes(32)},
        )
        county = await s.scalar(text("select county_id from towns where id = :t"), {"t": office.id})
    params = {"town_id": office.id, "upload_id": upload_id, "kind": "dibao", "year": YEAR}
    job = JobInput("00000000-0000-0000-0000-000000000001", county, (office.id,), params)
    steps: list[tuple[int, int]] = []

    async def progress(done: int, total: int) -> None:
        steps.append((done, total))

    result = await import_department_list(services.database, job, progress)
    assert result["status"] == "imported" and steps == [(1, 3), (2, 3), (3, 3)]
    assert await import_department_list(services.database, job, progress) == result
    audited = (
        "select count(*) from audit_entries where town_id = :t"
        " and action = 'sector.list.import' and after ->> 'upload_id' = :u"
    )
    assert await office.scalar(audited, t=office.id, u=str(upload_id)) == 1

    missing = JobInput(job.job_id, county, (office.id,), {**params, "upload_id": 0})
    refused = await import_department_list(services.database, missing, progress)
    assert refused["status"] == "invalid" and "重新上传" in refused["errors"][0]["message"]
    foreign = JobInput(job.job_id, county, (office.id + 10_000,), params)
    assert (await import_department_list(services.database, foreign, progress))[
        "status"
    ] == "invalid"
    bad = JobInput(job.job_id, county, (office.id,), {"town_id": office.id})
    assert (await import_department_list(services.database, bad, progress))["status"] == "invalid"


async def test_a_wrong_file_gets_a_report_for_the_town_only(office, client, gql, services):
    (head,) = await office.household("lifted_supported", [("报告甲", "head", None)])
    stranger = person_number(date(1976, 6, 6))
    rows = [
        dibao_row(head, 1),  # row 2: fine
        ["下坪村", "陌生人", stranger, month(1), 345, date(YEAR, 1, 10)],  # 3: unmatched
        dibao_row(head, 2, amount=-1),  # 4: negative
    ]
    town = node_id("Town", office.id)
    content = workbook(DIBAO_HEADINGS, rows)
    upload = await _upload(client, gql, "mazhan_admin", town=town, label="报告", content=content)
    job_id = upload["job"]["id"]
    done = await _finish(gql, services, job_id)
    result = done["result"]
    assert done["status"] == "done" and result["status"] == "invalid", done
    assert result["error_count"] == 2 and result["unmatched_count"] == 1
    assert [(e["row"], e["column"]) for e in result["errors"]] == [(3, "证件号码"), (4, "发放金额")]
    assert result["unmatched"] == [
        {"row": 3, "name": "陌生人", "id_number": mask_id_number(stranger)}
    ]
    written = "select count(*) from department_lists where town_id = :t and label = '报告'"
    assert await office.scalar(written, t=office.id) == 0

    report = await _get(client, REPORT, await gql.token_for("mazhan_admin"), job=job_id)
    assert report.status_code == 200, report.text
    assert report.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheets = _sheets(report.content)
    problems, strangers = sheets["导入问题"], sheets["未匹配身份证号"]
    assert problems[0] == ["行号", "列", "问题"]
    assert [r[:2] for r in problems[1:]] == [["3.0", "证件号码"], ["4.0", "发放金额"]]
    assert "不在本乡镇户籍台账中" in problems[1][2] and "负数" in problems[2][2]
    assert strangers == [
        ["行号", "姓名", "身份证号"],
        ["3.0", "陌生人", mask_id_number(stranger)],
    ]
    assert all(stranger not in " ".join(r) for r in problems + strangers)

    for user in ("gaoqiao_admin", "mazhan_helper"):
        other = await _get(client, REPORT, await gql.token_for(user), job=job_id)
        assert other.status_code == 404, user
    assert (await _get(client, REPORT, None, job=job_id)).status_code == 401
    unknown = await _get(client, REPORT, await gql.token_for("mazhan_admin"))
    assert unknown.status_code == 400


async def test_what_is_plainly_wrong_is_refused_at_upload(office, client, gql, owner_db):
    (head,) = await office.household("monitored", [("拒收甲", "head", None)])
    town = node_id("Town", office.id)
    good = workbook(DIBAO_HEADINGS, [dibao_row(head, 1)])
    jobs = "select count(*) from job_runs where kind = :k"
    before = await office.scalar(jobs, k=KIND)

    garbage = await _upload(
        client, gql, "mazhan_admin", town=town, label="", content=b"not a workbook", name="x.xlsx"
    )
    assert garbage["job"] is None
    assert garbage["errors"][0]["field"] == "file"
    assert "不是 Excel 工作簿" in garbage["errors"][0]["message"]
    helper = await _upload(client, gql, "mazhan_helper", town=town, label="", content=good)
    assert helper["errors"][0]["code"] == "FORBIDDEN"
    wrong = await _upload(
        client, gql, "mazhan_admin", town=town, label="长" * 65, content=good, year=2013
    )
    assert {e["field"] for e in wrong["errors"]} == {"year", "label"}
    assert await office.scalar(jobs, k=KIND) == before
