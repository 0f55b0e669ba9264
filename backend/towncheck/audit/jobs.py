"""Job: verify every audit chain of a county and store the report."""

from __future__ import annotations

from typing import Any

from towncheck.audit import service
from towncheck.db import Database, TenantScope
from towncheck.jobs.registry import JobInput, ProgressFn, register

VERIFY_KIND = "audit.verify"


@register(VERIFY_KIND)
async def verify_chains(db: Database, job: JobInput, progress: ProgressFn) -> dict[str, Any]:
    """Read-only, so running it twice is harmless; the report replaces the last one."""
    scope = TenantScope.system(county_id=job.county_id, town_ids=job.town_ids)
    towns = [
        t for t in job.town_ids if not job.params.get("town_ids") or t in job.params["town_ids"]
    ]
    reports = []
    async with db.unit_of_work(scope) as session:
        reports.append(await service.verify_county(session, county_id=job.county_id))
    await progress(1, len(towns) + 1)
    for done, town_id in enumerate(towns, start=2):
        async with db.unit_of_work(scope) as session:
            reports.append(await service.verify_town(session, town_id=town_id))
        await progress(done, len(towns) + 1)
    return {
        "intact": all(r.intact for r in reports),
        "chains": [
            {
                "chain": r.chain,
                "entries": r.entries,
                "intact": r.intact,
                "first_broken_seq": r.first_broken_seq,
                "reason": r.reason,
            }
            for r in reports
        ],
    }
