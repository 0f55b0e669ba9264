"""Job ``ledger.deadlines``: flag due and overdue ledger items and notify, town by town.

Params (all optional): ``town_ids`` (default: every town of the county), ``today``
(ISO date; default the worker's date when the job runs, so a retry after midnight checks
the new day), ``due_soon_days`` and ``requested_by`` (the user recorded in the audit).
Each town is its own transaction: a worker dying half-way keeps the towns already done,
and the retry finds nothing left to change in them (``check_deadlines`` is idempotent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from towncheck.auth.principal import Principal
from towncheck.db import Database, TenantScope
from towncheck.jobs.registry import JobInput, ProgressFn, register
from towncheck.rectification.deadlines import check_deadlines
from towncheck.rectification.notify import InAppChannel

KIND: Final = "ledger.deadlines"
ACTOR_LABEL: Final = "整改时限检查"
DUE_SOON_DAYS: Final = 3
BAD_PARAMS: Final = "整改时限检查任务的参数无效"


@dataclass(frozen=True, slots=True)
class DeadlineParams:
    town_ids: tuple[int, ...]
    today: date | None
    due_soon_days: int
    requested_by: int | None

    @classmethod
    def parse(cls, params: dict[str, Any]) -> DeadlineParams | None:
        try:
            today = params.get("today")
            requested_by = params.get("requested_by")
            days = int(params.get("due_soon_days", DUE_SOON_DAYS))
            parsed = cls(
                town_ids=tuple(int(t) for t in params.get("town_ids") or ()),
                today=None if today is None else date.fromisoformat(str(today)),
                due_soon_days=days,
                requested_by=None if requested_by is None else int(requested_by),
            )
        except (TypeError, ValueError):
            return None
        return parsed if days >= 0 else None


@register(KIND)
async def check_ledger_deadlines(
    db: Database, job: JobInput, progress: ProgressFn
) -> dict[str, Any]:
    params = DeadlineParams.parse(job.params)
    if params is None:
        # A result, not an exception: retrying would not make the parameters valid.
        return {"error": BAD_PARAMS}
    towns = [t for t in job.town_ids if not params.town_ids or t in params.town_ids]
    today = params.today or date.today()
    scope = TenantScope.system(county_id=job.county_id, town_ids=job.town_ids)
    actor = Principal(
        kind="system", county_id=job.county_id, user_id=params.requested_by, label=ACTOR_LABEL
    )
    channels = [InAppChannel()]
    reports = []
    await progress(0, len(towns))
    for done, town_id in enumerate(towns, start=1):
        async with db.unit_of_work(scope) as session:
            report = await check_deadlines(
                session,
                town_id=town_id,
                today=today,
                due_soon_days=params.due_soon_days,
                channels=channels,
                actor=actor,
            )
        reports.append(report)
        await progress(done, len(towns))
    return {
        "today": today.isoformat(),
        "overdue": sum(r.overdue for r in reports),
        "due_soon": sum(r.due_soon for r in reports),
        "notified": sum(r.notified for r in reports),
        "towns": [
            {
                "town_id": r.town_id,
                "overdue": r.overdue,
                "due_soon": r.due_soon,
                "changed": r.changed,
                "notified": r.notified,
            }
            for r in reports
        ],
    }
