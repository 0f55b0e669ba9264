"""The county comparison as a workbook: its sheets, 马站镇's score as the query gives it,
and the same refusals as the ``countyComparison`` query."""

from __future__ import annotations

import io
from typing import Any

from python_calamine import CalamineWorkbook
from sqlalchemy import text

from towncheck.db import TenantScope
from towncheck.jobs import runner

from .selfcheck_helpers import GENERATE, SUBMIT, helper_household, ready_cycle, submission

REQUEST = """mutation($id: ID!) { requestScoring(cycleId: $id) { job { id } errors { code } } }"""
COMPARE = """query($y: Int!) { countyComparison(year: $y) { rank townName score households
  indicators { code } mockEvaluation { code } items { code } } }"""
URL = "/download/county-comparison.xlsx"


async def _score_latest_request(owner_db, services) -> None:
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


async def _download(client, gql, user: str, **params: str):
    client.cookies.clear()
    token = await gql.token_for(user)
    return await client.get(URL, params=params, headers={"Authorization": f"Bearer {token}"})


def _sheets(content: bytes) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


async def test_county_comparison_workbook(gql, owner_db, services, client):
    households = [await helper_household(gql, owner_db, f"排名户{i}") for i in range(2)]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "排名周期")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for household in households:
        body = await gql(
            SUBMIT,
            {"input": submission(cycle, household, answers, today)},
            as_user="mazhan_helper",
        )
        assert body["data"]["submitVisit"]["errors"] == []
    body = await gql(REQUEST, {"id": cycle}, as_user="mazhan_admin")
    assert body["data"]["requestScoring"]["errors"] == []
    await _score_latest_request(owner_db, services)
    compared = (await gql(COMPARE, {"y": today.year}, as_user="county"))["data"]
    mazhan = next(r for r in compared["countyComparison"] if r["townName"] == "马站镇")
    assert mazhan["score"] is not None

    response = await _download(client, gql, "county", year=str(today.year))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    sheets = _sheets(response.content)
    assert list(sheets) == ["乡镇排名", "指标", "模拟评估", "分项失分"]

    ranking = sheets["乡镇排名"]
    assert ranking[0][0] == f"{today.year}年全县乡镇排名"
    assert str(ranking[1][0]).startswith("生成时间：")
    header = ranking[2]
    assert header[:7] == ["名次", "乡镇", "周期", "总分", "上期得分", "变化", "评分户数"]
    assert header[-1] == "名次说明" and len(header) > 8  # at least one section column
    row = next(r for r in ranking[3:] if r[1] == "马站镇")
    assert row[0] == mazhan["rank"] and row[2] == "排名周期"
    assert row[3] == mazhan["score"] and row[6] == mazhan["households"] == 2
    assert row[-1]  # the rank is explained

    indicators = [r for r in sheets["指标"][3:] if r[0] == "马站镇"]
    assert sheets["指标"][2] == ["乡镇", "指标", "分子", "分母", "值"]
    assert len(indicators) == len(mazhan["indicators"])
    completion = next(r for r in indicators if r[1] == "入户自查完成率")
    assert completion[3] >= 2 and 0 <= completion[4] <= 1  # a share, shown as a percentage

    estimates = sheets["模拟评估"]
    assert estimates[2] == [
        "乡镇",
        "指标",
        "样本量",
        "估计值",
        "95%置信区间下限",
        "95%置信区间上限",
    ]
    assert {r[1] for r in estimates[3:] if r[0] == "马站镇"} == {"错退率", "漏评率", "认可度"}

    losses = [r for r in sheets["分项失分"][3:] if r[0] == "马站镇"]
    assert [r[1] for r in losses] == [i["code"] for i in mazhan["items"]]
    assert all(abs(r[4] - r[3] - r[5]) < 0.005 for r in losses)  # maximum − points = lost


async def test_county_comparison_workbook_refusals(gql, client):
    refused = await _download(client, gql, "mazhan_helper", year="2025")
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    bad = await _download(client, gql, "county", year="二〇二五")
    assert bad.status_code == 400
    error = bad.json()["errors"][0]
    assert error["extensions"]["code"] == "INVALID_INPUT"
    assert "评估年度无效" in error["message"]

    missing = await _download(client, gql, "county")
    assert missing.status_code == 400
    assert "缺少 year 参数" in missing.json()["errors"][0]["message"]
