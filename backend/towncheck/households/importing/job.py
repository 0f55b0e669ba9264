"""Job ``registry.import``: import an uploaded spreadsheet into one town's registry.

Params: ``{"town_id": int, "upload_id": int, "requested_by": int | None}``. A file with
problems is a result, not a failure (a raised error would make the job retry): the result
lists them and nothing is written. A delivery that finds its upload already imported (the
worker died after committing) returns the recorded result instead of importing again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit.models import AuditEntry
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database, TenantScope
from towncheck.households.importing.errors import file_error
from towncheck.households.importing.service import ACTION, rejected, run_import
from towncheck.households.models import Upload
from towncheck.jobs.registry import JobInput, ProgressFn, register
from towncheck.personal import vault_for

KIND: Final = "registry.import"
ACTOR_LABEL: Final = "户籍导入"
BAD_PARAMS: Final = "导入任务的参数无效"
NOT_IN_COUNTY: Final = "该乡镇不属于本县，不能导入"
NO_UPLOAD: Final = "上传的文件不存在或已被删除，请重新上传"


@dataclass(frozen=True, slots=True)
class ImportParams:
    town_id: int
    upload_id: int
    requested_by: int | None

    @classmethod
    def parse(cls, params: dict[str, Any]) -> ImportParams | None:
        try:
            requested_by = params.get("requested_by")
            return cls(
                town_id=int(params["town_id"]),
                upload_id=int(params["upload_id"]),
                requested_by=None if requested_by is None else int(requested_by),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _invalid(message: str) -> dict[str, Any]:
    return rejected([file_error(message)]).as_result()


async def recorded_result(
    session: AsyncSession, *, town_id: int, upload_id: int
) -> dict[str, Any] | None:
    """The result of an earlier delivery that imported this upload, from its audit entry."""
    after = await session.scalar(
        select(AuditEntry.after)
        .where(
            AuditEntry.town_id == town_id,
            AuditEntry.action == ACTION,
            AuditEntry.target_type == "Upload",
            AuditEntry.target_id == str(upload_id),
        )
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    if after is None:
        return None
    return {key: value for key, value in after.items() if key not in {"filename", "sha256"}}


@register(KIND)
async def import_registry(db: Database, job: JobInput, progress: ProgressFn) -> dict[str, Any]:
    params = ImportParams.parse(job.params)
    if params is None:
        return _invalid(BAD_PARAMS)
    if params.town_id not in job.town_ids:
        return _invalid(NOT_IN_COUNTY)
    # Read with the whole county's scope: people registered in other towns are reported.
    scope = TenantScope.system(county_id=job.county_id, town_ids=job.town_ids)
    principal = Principal(
        kind="system", county_id=job.county_id, user_id=params.requested_by, label=ACTOR_LABEL
    )
    # Handlers get no settings; the worker's environment holds the same key as the app's.
    vault = vault_for(Settings.from_env().data_key)
    async with db.unit_of_work(scope) as session:
        upload = await session.get(Upload, (params.town_id, params.upload_id))
        if upload is None:
            return _invalid(NO_UPLOAD)
        earlier = await recorded_result(session, town_id=params.town_id, upload_id=params.upload_id)
        if earlier is not None:
            return earlier
        outcome = await run_import(
            session,
            vault=vault,
            principal=principal,
            town_id=params.town_id,
            filename=upload.filename,
            content=upload.content,
            upload_id=upload.id,
            progress=progress,
        )
    return outcome.as_result()
