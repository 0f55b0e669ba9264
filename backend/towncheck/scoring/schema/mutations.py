"""GraphQL mutations of scoring: request a run (returns the job; its progress is on it)."""

from __future__ import annotations

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.errors import DomainError, invalid
from towncheck.jobs.models import JobRun
from towncheck.jobs.schema import Job
from towncheck.scoring import service
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.type
class RequestScoringPayload:
    job: Job | None = strawberry.field(default=None, description="评分任务 / The scoring run.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


async def _requested(info: Info, result: JobRun | DomainError) -> RequestScoringPayload:
    if isinstance(result, DomainError):
        return RequestScoringPayload(errors=MutationError.all_of(result))
    queue, job_id, county = info.context.jobs, str(result.id), result.county_id
    if queue is not None:
        # Sent only once the job row is committed, or a fast worker would not find it.
        info.context.after_commit.append(lambda: queue.enqueue(job_id=job_id, county_id=county))
    return RequestScoringPayload(job=Job.of(result))


@strawberry.type
class ScoringMutation:
    @strawberry.mutation(
        description="为一个周期评分（后台任务）/ Score one cycle in the background."
    )
    async def request_scoring(self, info: Info, cycle_id: strawberry.ID) -> RequestScoringPayload:
        town_id, cycle = cycle_key(cycle_id)

        async def run(session: AsyncSession) -> JobRun:
            if info.context.jobs is None:
                raise invalid("后台任务服务未启用")
            return await service.request_cycle(
                session,
                policy=info.context.policy,
                principal=viewer(info),
                town_id=town_id,
                cycle_id=cycle,
            )

        return await _requested(info, await attempt(info, run))

    @strawberry.mutation(
        description="为全县各乡镇当年最新周期评分 / Score every town's latest cycle of a year."
    )
    async def request_county_scoring(self, info: Info, year: int) -> RequestScoringPayload:
        async def run(session: AsyncSession) -> JobRun:
            if info.context.jobs is None:
                raise invalid("后台任务服务未启用")
            return await service.request_county(
                session, policy=info.context.policy, principal=viewer(info), year=year
            )

        return await _requested(info, await attempt(info, run))
