"""Job ``scoring.run``: score one or more town cycles, each into a snapshot of its own.

Params: ``targets`` (a list of ``[town_id, cycle_id]``), ``town_ids`` (the towns, for who may
see the job), ``reason`` (``manual`` / ``auto``) and ``requested_by``. Each target is its own
repeatable-read transaction: a worker dying half-way keeps the snapshots already committed,
and the retry skips them (they carry the job's id) and scores the rest. Three towns are
scored at a time; a town's own cycles one after another.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any, Final

from towncheck.db import Database, TenantScope, allow_town_write
from towncheck.jobs.registry import JobInput, ProgressFn, register
from towncheck.scoring.runs import Target, score_cycle

KIND: Final = "scoring.run"
BAD_PARAMS: Final = "评分任务的参数无效"
# Towns scored side by side, each one transaction on its own connection: three keep a small
# server's two cores busy through the worker's own time between statements.
TOWNS_AT_ONCE: Final = 3


def targets_of(params: dict[str, Any]) -> list[Target] | None:
    try:
        return [Target(town_id=int(t), cycle_id=int(c)) for t, c in params.get("targets") or ()]
    except (TypeError, ValueError):
        return None


def params_for(targets: list[Target], *, reason: str, requested_by: int | None) -> dict[str, Any]:
    return {
        "targets": [[t.town_id, t.cycle_id] for t in targets],
        "town_ids": sorted({t.town_id for t in targets}),
        "reason": reason,
        "requested_by": requested_by,
    }


async def _score(db: Database, scope: TenantScope, target: Target, key: uuid.UUID) -> int:
    async with db.unit_of_work(scope, repeatable=True) as session:
        await allow_town_write(session, target.town_id)
        return await score_cycle(session, target=target, job_id=key)


@register(KIND)
async def run_scoring(db: Database, job: JobInput, progress: ProgressFn) -> dict[str, Any]:
    targets = targets_of(job.params)
    if targets is None:
        # A result, not an exception: retrying would not make the parameters valid.
        return {"error": BAD_PARAMS}
    targets = [t for t in targets if t.town_id in job.town_ids]
    scope = TenantScope.system(county_id=job.county_id, town_ids=job.town_ids)
    key = uuid.UUID(job.job_id)
    by_town: dict[int, list[Target]] = {}
    for target in targets:
        by_town.setdefault(target.town_id, []).append(target)
    snapshots: dict[Target, int] = {}
    slots = asyncio.Semaphore(TOWNS_AT_ONCE)
    await progress(0, len(targets))

    async def town(cycles: list[Target]) -> None:
        # A town's cycles one after another (they queue on the town's lock anyway).
        async with slots:
            for target in cycles:
                snapshots[target] = await _score(db, scope, target, key)
                await progress(len(snapshots), len(targets))

    async with asyncio.TaskGroup() as group:
        for cycles in by_town.values():
            group.create_task(town(cycles))
    return {"snapshots": [[t.town_id, t.cycle_id, snapshots[t]] for t in targets]}
