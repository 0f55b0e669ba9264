"""Receiving a department list for import: quick checks at once, the full run as a job.

The arguments and a file that is plainly not a spreadsheet are refused at upload; everything
else (each row, each column, each ID number against the registry) is checked by the import
job, which writes nothing unless every row is right.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import invalid
from towncheck.households.imports import check_file
from towncheck.households.models import Upload as StoredUpload
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.sectors import jobs as import_job
from towncheck.sectors.lists import FILENAME_MAX, Upload, check_arguments
from towncheck.sectors.reader import MAX_BYTES, TOO_LARGE

# Importing the job module registers its handler wherever imports can be requested.
IMPORT_KIND = import_job.KIND


async def request_import(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    upload: Upload,
    today: date,
) -> JobRun:
    """Store the file and record the job; the caller enqueues it once committed."""
    require(policy, principal, "sector", "write", town_id=town_id)
    kind, label = check_arguments(upload, today=today)
    if len(upload.content) > MAX_BYTES:
        raise invalid(TOO_LARGE, field="file")
    check_file(upload.filename, upload.content)
    await allow_town_write(session, town_id)
    filename = upload.filename[:FILENAME_MAX]
    stored = StoredUpload(
        town_id=town_id,
        filename=filename,
        content=upload.content,
        size=len(upload.content),
        sha256=hashlib.sha256(upload.content).digest(),
        created_by=principal.user_id,
    )
    session.add(stored)
    await session.flush()
    return await jobs.request(
        session,
        principal=principal,
        kind=IMPORT_KIND,
        params={
            "town_ids": [town_id],
            "town_id": town_id,
            "upload_id": stored.id,
            "kind": kind.code,
            "year": upload.year,
            "label": label,
            "requested_by": principal.user_id,
            "filename": filename,
        },
    )
