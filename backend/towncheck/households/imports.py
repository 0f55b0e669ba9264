"""Receiving a spreadsheet for import: quick checks at once, the full run as a job.

A file that is plainly not a spreadsheet is refused at upload; everything else (each row,
each column) is checked by the import job, which writes nothing unless every row is right.
"""

from __future__ import annotations

import hashlib

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import invalid
from towncheck.households.importing import job as import_job
from towncheck.households.models import Upload
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun

# Importing the job module registers its handler wherever imports can be requested.
IMPORT_KIND = import_job.KIND
MAX_BYTES = 50 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"


def check_file(filename: str, content: bytes) -> None:
    name = filename.lower()
    if not content:
        raise invalid("上传的文件是空的", field="file")
    if len(content) > MAX_BYTES:
        raise invalid("文件过大（超过 50 MB）", field="file")
    if name.endswith(".xlsx"):
        if not content.startswith(XLSX_MAGIC):
            raise invalid("文件扩展名是 .xlsx，但内容不是 Excel 工作簿", field="file")
        return
    if name.endswith(".csv"):
        if b"\x00" in content[:4096]:
            raise invalid("文件扩展名是 .csv，但内容不是文本表格", field="file")
        return
    if name.endswith(".xls"):
        raise invalid("暂不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后上传", field="file")
    raise invalid("只能导入 .xlsx 或 .csv 文件", field="file")


async def request_import(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    filename: str,
    content: bytes,
) -> JobRun:
    require(policy, principal, "registry", "import", town_id=town_id)
    check_file(filename, content)
    await allow_town_write(session, town_id)
    upload = Upload(
        town_id=town_id,
        filename=filename[:200],
        content=content,
        size=len(content),
        sha256=hashlib.sha256(content).digest(),
        created_by=principal.user_id,
    )
    session.add(upload)
    await session.flush()
    return await jobs.request(
        session,
        principal=principal,
        kind=IMPORT_KIND,
        params={
            "town_ids": [town_id],
            "town_id": town_id,
            "upload_id": upload.id,
            "requested_by": principal.user_id,
            "filename": filename[:200],
        },
    )
