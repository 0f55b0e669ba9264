"""Who checks whom in the self-check (seed §2), generated set-based, and the progress made.

* ``lifted_supported`` households → their assistance cadres;
* ``lifted_unsupported`` and ``monitored`` → the area's liaison cadres and the village's
  cadres;
* projects, funds, social assistance and collaboration → the poverty office.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import TownMembership
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.models import Assignment
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found

OFFICE_SUBJECTS: Final = ("projects", "funds", "social", "collaboration")
SUBJECT_NAMES: Final = {
    "household": "农户",
    "projects": "产业项目",
    "funds": "扶贫资金",
    "social": "社会帮扶",
    "collaboration": "省内协作",
}

_GENERATE = """
insert into assignments (town_id, cycle_id, subject, household_id, assignee_id, basis)
select h.town_id, cast(:cycle as bigint), 'household', h.id, hh.user_id, 'helper'
from households h
join household_helpers hh on hh.town_id = h.town_id and hh.household_id = h.id
where h.town_id = :town and h.category = 'lifted_supported'
union all
select h.town_id, cast(:cycle as bigint), 'household', h.id, m.user_id, 'area'
from households h
join villages v on v.town_id = h.town_id and v.id = h.village_id
join town_memberships m on m.town_id = h.town_id and m.role = 'area_cadre'
  and m.area_id = v.area_id
where h.town_id = :town and h.category in ('lifted_unsupported', 'monitored')
union all
select h.town_id, cast(:cycle as bigint), 'household', h.id, m.user_id, 'village'
from households h
join town_memberships m on m.town_id = h.town_id and m.role = 'village_cadre'
  and m.village_id = h.village_id
where h.town_id = :town and h.category in ('lifted_unsupported', 'monitored')
union all
select m.town_id, cast(:cycle as bigint), s.subject, cast(null as bigint), m.user_id, 'office'
from town_memberships m cross join unnest(cast(:subjects as text[])) as s(subject)
where m.town_id = :town and m.role = 'town_admin'
on conflict do nothing
"""

# Households the rules give to nobody (a supported household without an assistance cadre).
_UNASSIGNED = """
select count(*) from households h
where h.town_id = :town and h.category <> 'ordinary'
  and not exists (select 1 from assignments a where a.town_id = h.town_id
                  and a.cycle_id = :cycle and a.household_id = h.id)
"""


@dataclass(frozen=True, slots=True)
class Generated:
    created: int
    unassigned: int  # households of a checked category that nobody was given


async def generate(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, cycle_id: int
) -> Generated:
    """Create the cycle's assignments; running it again adds only what is missing."""
    require(policy, principal, "cycle", "write", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    if cycle.state == "closed":
        raise DomainError(ErrorCode.CONFLICT, "评估周期已结束，不能再分配")
    await allow_town_write(session, town_id)
    params = {"town": town_id, "cycle": cycle_id, "subjects": list(OFFICE_SUBJECTS)}
    result = await session.execute(text(_GENERATE), params)
    created = int(getattr(result, "rowcount", 0) or 0)
    unassigned = int(await session.scalar(text(_UNASSIGNED), params) or 0)
    if created:
        await audit.record(
            session,
            actor=principal,
            action="assignment.generate",
            target_type="Cycle",
            target_id=cycle_id,
            town_id=town_id,
            after={"created": created, "unassigned": unassigned},
        )
    return Generated(created=created, unassigned=unassigned)


async def reassign(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    assignment_id: int,
    assignee_id: int,
) -> Assignment:
    require(policy, principal, "cycle", "write", town_id=town_id)
    assignment = await session.get(Assignment, (town_id, assignment_id))
    if assignment is None:
        raise not_found("任务不存在或您无权查看")
    member = await session.scalar(
        select(TownMembership.id).where(
            TownMembership.town_id == town_id, TownMembership.user_id == assignee_id
        )
    )
    if member is None:
        raise invalid("只能分配给本乡镇的干部", field="assigneeId")
    taken = await session.scalar(
        select(Assignment.id).where(
            Assignment.town_id == town_id,
            Assignment.cycle_id == assignment.cycle_id,
            Assignment.subject == assignment.subject,
            Assignment.household_id.is_not_distinct_from(assignment.household_id),
            Assignment.assignee_id == assignee_id,
        )
    )
    if taken is not None and taken != assignment.id:
        raise DomainError(ErrorCode.CONFLICT, "该干部已有这项任务")
    await allow_town_write(session, town_id)
    before = assignment.assignee_id
    assignment.assignee_id = assignee_id
    assignment.basis = "manual"
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="assignment.reassign",
        target_type="Assignment",
        target_id=assignment.id,
        town_id=town_id,
        before={"assignee_id": before},
        after={"assignee_id": assignee_id},
    )
    return assignment


Grouping = Literal["cadre", "village", "area", "town"]

_KEYS: Final[dict[str, tuple[str, str]]] = {
    "cadre": ("a.assignee_id", "(select display_name from users u where u.id = a.assignee_id)"),
    "village": ("v.id", "v.name"),
    "area": (
        "v.area_id",
        "(select name from areas r where r.town_id = v.town_id and r.id = v.area_id)",
    ),
    "town": ("a.town_id", "(select name from towns t where t.id = a.town_id)"),
}


@dataclass(frozen=True, slots=True)
class Progress:
    key: int | None
    name: str
    done: int
    total: int


async def progress(
    session: AsyncSession, *, town_id: int, cycle_id: int, by: Grouping
) -> list[Progress]:
    """Households visited (a self-check visit not sent back) of those assigned, per group."""
    key, name = _KEYS[by]
    # Both expressions come from the fixed table above, never from the request.
    statement = f"""
    select {key} as key, min({name}) as name,
      count(distinct a.household_id) filter (where exists (
        select 1 from visits s where s.town_id = a.town_id and s.cycle_id = a.cycle_id
          and s.household_id = a.household_id and s.stage = 'self'
          and s.state <> 'returned')) as done,
      count(distinct a.household_id) as total
    from assignments a
    join households h on h.town_id = a.town_id and h.id = a.household_id
    join villages v on v.town_id = h.town_id and v.id = h.village_id
    where a.town_id = :town and a.cycle_id = :cycle and a.subject = 'household'
    group by {key} order by 2
    """  # noqa: S608
    rows = await session.execute(text(statement), {"town": town_id, "cycle": cycle_id})
    return [Progress(r.key, r.name or "", int(r.done), int(r.total)) for r in rows]
