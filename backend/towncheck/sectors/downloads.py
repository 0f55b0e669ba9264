"""Department-list files offered at ``/download/{name}``: the error report of an import."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import can
from towncheck.errors import invalid, not_found
from towncheck.households.importing.report import errors_from_result
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.sectors.imports import IMPORT_KIND
from towncheck.sectors.outcome import unmatched_from_result
from towncheck.sectors.report import error_report

NOT_FOUND = "导入任务不存在"


@produces("department-list-report.xlsx")
async def department_list_report(session: AsyncSession, ask: DownloadRequest) -> File:
    """The problems a department-list import found, by row and column, and the ID numbers
    nobody in the town's registry has: for whoever may read the importing town's lists."""
    job_id = ask.params.get("job")
    if not job_id:
        raise invalid("请指定导入任务", field="job")
    gid = GlobalId.decode(job_id, expect="Job")
    row = await session.get(JobRun, uuid.UUID(int=gid.id)) if 0 <= gid.id < 1 << 128 else None
    if row is None or row.kind != IMPORT_KIND:
        raise not_found(NOT_FOUND)
    towns = [int(t) for t in row.params.get("town_ids") or []]
    readable = towns and all(
        can(ask.policy, ask.principal, "sector", "read", town_id=t) for t in towns
    )
    if not readable or not jobs.visible_to(policy=ask.policy, principal=ask.principal, job=row):
        raise not_found(NOT_FOUND)
    if row.result is None:
        raise invalid("导入任务尚未完成", field="job")
    if row.result.get("status") != "invalid":
        raise invalid("该名单已导入成功，没有错误报告", field="job")
    content = error_report(errors_from_result(row.result), unmatched_from_result(row.result))
    day = row.created_at.date().isoformat()
    return File(filename=f"部门名单导入错误报告-{day}.xlsx", content=content)
