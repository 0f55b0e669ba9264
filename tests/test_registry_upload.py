"""Uploading spreadsheets through GraphQL multipart requests, and file downloads."""

from __future__ import annotations

import asyncio
import io

import orjson
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from towncheck.api.relay import node_id
from towncheck.api.uploads import MAX_UPLOAD
from towncheck.db import TenantScope
from towncheck.households.idcard import mask_id_number
from towncheck.households.importing.template import template_workbook

from .registry_helpers import CREATE, household_input, ids, village_gid

IMPORT = """mutation($town: ID!, $file: Upload!) {
  importRegistry(input: {townId: $town, file: $file}) {
    job { id status kind } errors { code message field } } }"""


async def _upload(client, token, town, filename, content, *, headers=None):
    client.cookies.clear()
    operations = {"query": IMPORT, "variables": {"town": town, "file": None}}
    return await client.post(
        "/graphql",
        data={
            "operations": orjson.dumps(operations).decode(),
            "map": orjson.dumps({"0": ["variables.file"]}).decode(),
        },
        files={"0": (filename, content, "application/octet-stream")},
        headers={"Authorization": f"Bearer {token}", **(headers or {})},
    )


async def test_a_file_that_is_not_a_spreadsheet_is_refused_at_once(client, gql, owner_db):
    known = await ids(owner_db)
    town = node_id("Town", known["towns"]["马站镇"])
    token = await gql.token_for("mazhan_admin")
    response = await _upload(client, token, town, "名单.xlsx", b"this is not a workbook")
    payload = response.json()["data"]["importRegistry"]
    assert payload["job"] is None
    assert payload["errors"] == [
        {
            "code": "INVALID_INPUT",
            "field": "file",
            "message": "文件扩展名是 .xlsx，但内容不是 Excel 工作簿",
        }
    ]
    old = await _upload(client, token, town, "名单.xls", b"\xd0\xcf\x11\xe0")
    assert "另存为 .xlsx" in old.json()["data"]["importRegistry"]["errors"][0]["message"]


async def test_an_oversized_upload_is_refused_before_it_is_read(client, gql, owner_db):
    known = await ids(owner_db)
    token = await gql.token_for("mazhan_admin")
    client.cookies.clear()
    response = await client.post(
        "/graphql",
        content=b"--x\r\n",
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "multipart/form-data; boundary=x",
            "Content-Length": str(200 * 1024 * 1024),
        },
    )
    assert response.status_code == 413
    assert response.json()["errors"][0]["message"] == "文件过大（超过 50 MB）"
    assert MAX_UPLOAD == 50 * 1024 * 1024 and known


async def test_helpers_may_not_import(client, gql, owner_db):
    known = await ids(owner_db)
    token = await gql.token_for("mazhan_helper")
    response = await _upload(
        client, token, node_id("Town", known["towns"]["马站镇"]), "名单.csv", "村,姓名\n".encode()
    )
    assert response.json()["data"]["importRegistry"]["errors"][0]["code"] == "FORBIDDEN"


async def test_household_export_is_masked_for_evaluators_and_audited_when_full(
    client, gql, owner_db, demo
):
    client.cookies.clear()
    masked = await client.get(
        "/download/households.xlsx", headers={"Authorization": f"Bearer {demo.evaluator_token}"}
    )
    assert masked.status_code == 200
    assert masked.headers["content-type"].startswith("application/vnd.openxmlformats")
    anonymous = await client.get("/download/households.xlsx")
    assert anonymous.status_code == 401
    helper = await client.get(
        "/download/households.xlsx",
        headers={"Authorization": f"Bearer {await gql.token_for('mazhan_helper')}"},
    )
    assert helper.status_code == 403
    assert helper.json()["errors"][0]["message"] == "您没有导出户籍台账的权限"


def _rows(content: bytes) -> list[list[str]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return [[str(c) for c in row] for row in book.get_sheet_by_index(0).to_python()]


async def test_export_contents_follow_the_role(client, gql, owner_db, demo):
    known = await ids(owner_db)
    created = household_input(village_gid(known, "马站镇", "下坪村"), head="韩导出")
    await gql(CREATE, {"input": created}, as_user="mazhan_admin")
    number = created["members"][0]["idNumber"]
    client.cookies.clear()
    evaluator = await client.get(
        "/download/households.xlsx",
        params={"search": "韩导出"},
        headers={"Authorization": f"Bearer {demo.evaluator_token}"},
    )
    rows = _rows(evaluator.content)
    assert rows[0][:3] == ["村", "户主姓名", "户类别"] and len(rows) == 4
    assert all(number not in r for r in rows) and rows[1][7] == mask_id_number(number)
    admin = await client.get(
        "/download/households.xlsx",
        params={"search": "韩导出"},
        headers={"Authorization": f"Bearer {await gql.token_for('mazhan_admin')}"},
    )
    assert _rows(admin.content)[1][7] == number
    async with owner_db.unit_of_work(TenantScope()) as s:
        action = await s.scalar(
            text("select action from audit_entries order by created_at desc limit 1")
        )
    assert action == "registry.export"


JOB = """query($id: ID!) { node(id: $id) { ... on Job { status result } } }"""


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


async def test_import_through_graphql_then_again_changes_nothing(client, gql, owner_db, services):
    known = await ids(owner_db)
    town = node_id("Town", known["towns"]["马站镇"])
    token = await gql.token_for("mazhan_admin")
    content = template_workbook(village="下坪村")
    first = await _upload(client, token, town, "模板.xlsx", content)
    job = first.json()["data"]["importRegistry"]["job"]
    assert job["kind"] == "registry.import" and job["status"] == "queued"
    done = await _finish(gql, services, job["id"])
    assert done["status"] == "done" and done["result"]["status"] == "imported", done
    counts = done["result"]["households"]
    assert counts["created"] + counts["updated"] + counts["unchanged"] >= 1
    again = await _upload(client, token, town, "模板.xlsx", content)
    repeat = await _finish(gql, services, again.json()["data"]["importRegistry"]["job"]["id"])
    assert repeat["result"]["households"]["created"] == 0
    assert repeat["result"]["households"]["updated"] == 0


async def test_a_wrong_file_gets_a_report_by_row_and_column(client, gql, owner_db, services):
    known = await ids(owner_db)
    town = node_id("Town", known["towns"]["马站镇"])
    token = await gql.token_for("mazhan_admin")
    csv = (
        "村,户类别,姓名,身份证号,与户主关系\n下坪村,一般农户,错号码,110105194912310021,户主\n"
    ).encode()
    upload = await _upload(client, token, town, "名单.csv", csv)
    job = upload.json()["data"]["importRegistry"]["job"]
    done = await _finish(gql, services, job["id"])
    result = done["result"]
    assert result["status"] == "invalid" and result["error_count"] >= 1
    assert any(e["column"] == "身份证号" and "校验码" in e["message"] for e in result["errors"])
    client.cookies.clear()
    report = await client.get(
        "/download/import-report.xlsx",
        params={"job": job["id"]},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert report.status_code == 200
    rows = _rows(report.content)
    assert any("校验码" in " ".join(r) for r in rows[1:])
    other = await client.get(
        "/download/import-report.xlsx",
        params={"job": job["id"]},
        headers={"Authorization": "Bearer " + await gql.token_for("gaoqiao_admin")},
    )
    assert other.status_code == 404
    async with owner_db.unit_of_work(TenantScope()) as s:
        assert await s.scalar(text("select count(*) from members where name = '错号码'")) == 0
