"""Job ``sector.list.import``: import an uploaded department list into one town.

Params: ``{"town_id", "upload_id", "kind", "year", "label", "requested_by"}``. A file with
problems is a result, not a failure (a raised error would make the job retry): the result
lists them and nothing is written. A delivery that finds its upload already imported (the
worker died after committing) returns the recorded result instead of importing again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit.models import AuditEntry
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database, TenantScope
from towncheck.errors import InvalidInput
from towncheck.households.importing.errors import file_error
from towncheck.households.models import Upload as StoredUpload
from towncheck.jobs.registry import JobInput, ProgressFn, register
from towncheck.personal import vault_for
from towncheck.sectors import lists
from towncheck.sectors.outcome import imported_result, rejected

KIND: Final = "sector.list.import"
ACTOR_LABEL: Final = "部门名单导入"
BAD_PARAMS: Final = "导入任务的参数无效"
NOT_IN_COUNTY: Final = "该乡镇不属于本县，不能导入"
NO_UPLOAD: Final = "上传的文件不存在或已被删除，请重新上传"


@dataclass(frozen=True, slots=True)
class ImportParams:
    town_id: int
    upload_id: int
    kind: str
    year: int
    label: str
    requested_by: int | None

    @classmethod
    def parse(cls, params: dict[str, Any]) -> ImportParams | None:
        try:
            requested_by = params.get("requested_by")
            return cls(
                town_id=int(params["town_id"]),
                upload_id=int(params["upload_id"]),
                kind=str(params["kind"]),
                year=int(params["year"]),
                label=str(params.get("label") or ""),
                requested_by=None if requested_by is None else int(requested_by),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _invalid(*messages: str) -> dict[str, Any]:
    return rejected([file_error(m) for m in messages]).as_result()


async def recorded_result(
    session: AsyncSession, *, town_id: int, upload_id: int
) -> dict[str, Any] | None:
    """The result of an earlier delivery that imported this upload, from its audit entry."""
    found = (
        await session.execute(
            select(AuditEntry.target_id, AuditEntry.after)
            .where(
                AuditEntry.town_id == town_id,
                AuditEntry.action == lists.ACTION,
                AuditEntry.after["upload_id"].astext == str(upload_id),
            )
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
    ).first()
    if found is None:
        return None
    target_id, after = found
    return imported_result(int(target_id), after or {})


@register(KIND)
async def import_department_list(
    db: Database, job: JobInput, progress: ProgressFn
) -> dict[str, Any]:
    params = ImportParams.parse(job.params)
    if params is None:
        return _invalid(BAD_PARAMS)
    if params.town_id not in job.town_ids:
        return _invalid(NOT_IN_COUNTY)
    # Only the importing town: a department's list is matched to that town's registry.
    scope = TenantScope.system(county_id=job.county_id, town_ids=[params.town_id])
    principal = Principal(
        kind="system", county_id=job.county_id, user_id=params.requested_by, label=ACTOR_LABEL
    )
    # Handlers get no settings; the worker's environment holds the same key as the app's.
    vault = vault_for(Settings.from_env().data_key)
    async with db.unit_of_work(scope) as session:
        stored = await session.get(StoredUpload, (params.town_id, params.upload_id))
        if stored is None:
            return _invalid(NO_UPLOAD)
        earlier = await recorded_result(session, town_id=params.town_id, upload_id=stored.id)
        if earlier is not None:
            return earlier
        upload = lists.Upload(
            params.kind, params.year, params.label, stored.filename, stored.content
        )
        try:
            outcome = await lists.run_import(
                session,
                principal=principal,
                vault=vault,
                town_id=params.town_id,
                upload=upload,
                today=date.today(),
                upload_id=stored.id,
                progress=progress,
            )
        except InvalidInput as error:
            # The arguments were checked when the file was uploaded: only a job requested
            # before a year ended, or by hand, gets here.
            return _invalid(*(p.message for p in error.problems))
    return outcome.as_result()
