"""Registry files offered at ``/download/{name}``: the household export, the import
template and the error report of an import."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.errors import invalid, not_found
from towncheck.households import listing
from towncheck.households.export import export_households
from towncheck.households.importing.report import error_report, errors_from_result
from towncheck.households.importing.template import template_workbook
from towncheck.households.imports import IMPORT_KIND
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.personal import vault_for


def filter_from(params: Mapping[str, str]) -> listing.HouseholdFilter:
    """The same filters as the ``households`` query, as query-string parameters."""
    town = GlobalId.decode(params["townId"], expect="Town").id if "townId" in params else None
    area = GlobalId.decode(params["areaId"], expect="Area") if "areaId" in params else None
    village = (
        GlobalId.decode(params["villageId"], expect="Village") if "villageId" in params else None
    )
    return listing.HouseholdFilter(
        town_id=town or (area.town_id if area else None) or (village.town_id if village else None),
        area_id=area.id if area else None,
        village_id=village.id if village else None,
        category=params.get("category"),
        risk_flag=params.get("riskFlag"),
        search=params.get("search"),
        id_number=params.get("idNumber"),
    )


@produces("households.xlsx")
async def households_xlsx(session: AsyncSession, ask: DownloadRequest) -> File:
    content = await export_households(
        session,
        policy=ask.policy,
        principal=ask.principal,
        vault=vault_for(ask.settings.data_key),
        flt=filter_from(ask.params),
    )
    return File(filename=f"户籍台账-{date.today().isoformat()}.xlsx", content=content)


@produces("registry-template.xlsx")
async def registry_template(session: AsyncSession, ask: DownloadRequest) -> File:
    del session, ask  # the template is the same for everyone who may sign in
    return File(filename="户籍台账导入模板.xlsx", content=template_workbook())


@produces("import-report.xlsx")
async def import_report(session: AsyncSession, ask: DownloadRequest) -> File:
    """The errors an import job found, by row and column, for fixing the file offline."""
    job_id = ask.params.get("job")
    if not job_id:
        raise invalid("请指定导入任务", field="job")
    gid = GlobalId.decode(job_id, expect="Job")
    row = await session.get(JobRun, uuid.UUID(int=gid.id)) if 0 <= gid.id < 1 << 128 else None
    if (
        row is None
        or row.kind != IMPORT_KIND
        or not jobs.visible_to(policy=ask.policy, principal=ask.principal, job=row)
    ):
        raise not_found("导入任务不存在")
    if row.result is None:
        raise invalid("导入任务尚未完成", field="job")
    content = error_report(errors_from_result(row.result))
    return File(filename=f"导入错误报告-{row.created_at.date().isoformat()}.xlsx", content=content)
