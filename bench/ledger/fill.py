"""The ledger a run pages through: one active cycle of 马站镇 and ``items`` ledger items.

The items are written set-based as the owner role, after the demo data and the synthetic
households (``registry.town.fill_town``): one sweep finding per item (no visit), the item on
a household of the town (its village and area with it), and the item's history in
``ledger_transitions`` (created, then each step up to its state). Every choice (household,
checkpoint, owner, state, deadline) is a hash of the item's number and ``seed``, so the same
seed gives the same ledger; ids are reserved from the tables' sequences up front, so the
item numbered ``i`` gets ``first id + i - 1`` in findings and in ledger_items.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from overhead.common import USERNAME, BenchError
from registry.town import Town, active_cycle, find_town
from towncheck.api.relay import node_id
from towncheck.auth.policy import default_policy
from towncheck.checklists.service import ensure_default_template
from towncheck.config import Settings
from towncheck.cycles.models import Cycle
from towncheck.db import Database, allow_town_write
from towncheck.selfcheck.service import household_checkpoints

# Share of items per state, in percent: most work is still open.
STATES: Final = (
    ("open", 35),
    ("in_progress", 20),
    ("submitted", 15),
    ("returned", 10),
    ("signed_off", 20),
)
DEADLINE_DAYS: Final = 30  # deadlines fall in today ± 30 days: about half are past
DUE_SOON_DAYS: Final = 3  # as the daily deadline job flags them (rectification.deadlines)
MEASURED_STATE: Final = "open"


# Each item's draws, from its number and the seed; materialised once per run (temp table).
SOURCE_SQL: Final = """
create temp table bench_ledger_source on commit drop as
with homes as (
    select row_number() over (order by h.id) as k, h.id, h.village_id, v.area_id
    from households h
    join villages v on v.town_id = h.town_id and v.id = h.village_id
    where h.town_id = :town
), drawn as (
    select g.i,
        abs(hashtextextended('home:' || g.i, k.seed)) % (select count(*) from homes) + 1
            as home,
        cast(abs(hashtextextended('state:' || g.i, k.seed)) % 100 as int) as state_roll,
        cast(abs(hashtextextended('deadline:' || g.i, k.seed)) % (2 * k.span + 1) as int)
            - k.span as days,
        cast(abs(hashtextextended('checkpoint:' || g.i, k.seed))
            % cardinality(cast(:codes as text[])) + 1 as int) as cp,
        cast(abs(hashtextextended('owner:' || g.i, k.seed))
            % cardinality(cast(:owners as int[])) + 1 as int) as who,
        cast(abs(hashtextextended('age:' || g.i, k.seed)) % 20 as int) as age
    from generate_series(1, cast(:items as int)) as g(i),
        (select cast(:seed as bigint) as seed, cast(:span as int) as span) as k
), placed as (
    select d.i, h.id as household_id, h.village_id, h.area_id,
        (cast(:states as text[]))[width_bucket(d.state_roll, cast(:bounds as int[])) + 1]
            as state,
        cast(:today as date) + d.days as deadline,
        (cast(:codes as text[]))[d.cp] as checkpoint,
        (cast(:texts as text[]))[d.cp] as checkpoint_text,
        (cast(:severities as text[]))[d.cp] as severity,
        (cast(:owners as int[]))[d.who] as owner_id,
        cast(cast(:today as date) as timestamptz) - make_interval(days => 40 - d.age)
            as created_at
    from drawn d
    join homes h on h.k = d.home
)
select p.*,
    cast(:first_finding as bigint) + p.i - 1 as finding_id,
    cast(:first_item as bigint) + p.i - 1 as item_id,
    case p.state
        when 'open' then array['open']
        when 'in_progress' then array['open', 'in_progress']
        when 'submitted' then array['open', 'in_progress', 'submitted']
        when 'returned' then array['open', 'in_progress', 'submitted', 'returned']
        else array['open', 'in_progress', 'submitted', 'signed_off']
    end as path
from placed p
"""

FINDINGS_SQL: Final = """
insert into findings (town_id, id, cycle_id, visit_id, household_id, checkpoint, stage,
    severity, source, found_by, responsible_id, description, state, fix_note, fix_evidence,
    created_at, updated_at)
select cast(:town as int), s.finding_id, cast(:cycle as bigint), cast(null as bigint),
    s.household_id, s.checkpoint, 'self', s.severity, 'sweep', cast(:office as int),
    s.owner_id, s.checkpoint_text || '（举一反三排查发现）', 'open', '',
    cast('{}' as varchar[]), s.created_at, s.created_at
from bench_ledger_source s
order by s.i
"""

ITEMS_SQL: Final = """
insert into ledger_items (town_id, id, cycle_id, finding_id, household_id, village_id,
    area_id, checkpoint, problem, measures, owner_id, deadline, severity, state, flag,
    evidence, result_note, effectiveness, reopened, swept_from, created_by, created_at,
    submitted_at, signed_off_by, signed_off_at)
select cast(:town as int), s.item_id, cast(:cycle as bigint), s.finding_id, s.household_id,
    s.village_id, s.area_id, s.checkpoint, s.checkpoint_text || '（举一反三排查发现）',
    '第' || s.i || '项：对照“' || s.checkpoint || '”逐户核实，' || s.deadline
        || '前完成整改并上传佐证材料',
    s.owner_id, s.deadline, s.severity, s.state,
    case
        when s.state = 'signed_off' then ''
        when s.deadline < cast(:today as date) then 'overdue'
        when s.deadline <= cast(:today as date) + cast(:due_soon as int) then 'due_soon'
        else ''
    end,
    cast('{}' as varchar[]),
    case when s.state in ('submitted', 'returned', 'signed_off')
        then '已按整改措施完成整改' else '' end,
    case when s.state = 'signed_off' then '经入户核验整改到位' else '' end,
    cast(0 as smallint), cast(null as bigint), cast(:office as int), s.created_at,
    case when s.state in ('submitted', 'returned', 'signed_off')
        then s.created_at + interval '2 days' end,
    case when s.state = 'signed_off' then cast(:office as int) end,
    case when s.state = 'signed_off' then s.created_at + interval '3 days' end
from bench_ledger_source s
order by s.i
"""

# The item's history: created by the poverty office, worked and submitted by the owner,
# returned or signed off by the office; one day between steps.
TRANSITIONS_SQL: Final = """
insert into ledger_transitions (town_id, item_id, from_state, to_state, actor_id, reason,
    evidence, at)
select cast(:town as int), s.item_id, coalesce(s.path[cast(step.n as int) - 1], ''),
    step.state,
    case when step.state in ('in_progress', 'submitted') then s.owner_id
        else cast(:office as int) end,
    case step.state
        when 'open' then '列入整改台账'
        when 'submitted' then '已按整改措施完成整改'
        when 'returned' then '佐证材料不足，请补充后重新提交'
        when 'signed_off' then '经入户核验整改到位'
        else ''
    end,
    cast('{}' as varchar[]), s.created_at + make_interval(days => cast(step.n as int) - 1)
from bench_ledger_source s
cross join lateral unnest(s.path) with ordinality as step(state, n)
order by s.i, step.n
"""

# Per area: the items the measured filter finds (state open, past the deadline).
AREAS_SQL: Final = """
select a.id, a.name, count(i.id) filter (where i.state = :state and i.deadline < :today)
from areas a
left join ledger_items i on i.town_id = a.town_id and i.area_id = a.id and i.cycle_id = :cycle
where a.town_id = :town
group by a.id, a.name
order by 3 desc, a.id
"""


@dataclass(frozen=True, slots=True)
class Area:
    id: int
    name: str
    matching: int  # items of the cycle in the area that the measured filter finds


@dataclass(frozen=True, slots=True)
class Ledger:
    town: Town
    cycle_id: int
    items: int
    transitions: int
    by_state: dict[str, int]
    overdue: int  # past the deadline and not signed off
    owners: int
    checkpoints: int
    areas: tuple[Area, ...]  # most matching items first

    @property
    def measured(self) -> Area:
        return self.areas[0]

    def cycle_gid(self) -> str:
        return node_id("Cycle", self.cycle_id, self.town.id)

    def area_gid(self) -> str:
        return node_id("Area", self.measured.id, self.town.id)


async def _scalar_int(session: AsyncSession, sql: str, params: dict[str, object]) -> int:
    value = await session.scalar(text(sql), params)
    if value is None:
        raise BenchError(f"no value from: {sql}")
    return int(value)


async def _reserve(session: AsyncSession, table: str, count: int) -> int:
    """The first of ``count`` ids taken from the table's identity sequence."""
    sequence = f"pg_get_serial_sequence('{table}', 'id')"
    first = await _scalar_int(session, f"select nextval({sequence})", {})
    await session.execute(text(f"select setval({sequence}, :last)"), {"last": first + count - 1})
    return first


async def _cycle(session: AsyncSession, town: Town, today: date) -> Cycle:
    """One active cycle on the default checklist, created by the town's poverty office."""
    version = await ensure_default_template(session, county_id=town.county_id)
    return await active_cycle(
        session,
        town,
        policy=default_policy(),
        version_id=version.id,
        name=f"{today.year} 年整改台账性能测试",
        today=today,
    )


async def _fill(settings: Settings, items: int, seed: int, today: date) -> Ledger:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        town = await find_town(owner)
        async with owner.unit_of_work(town.scope()) as session:
            await allow_town_write(session, town.id)
            cycle = await _cycle(session, town, today)
            cycle_id = cycle.id
            checkpoints = list((await household_checkpoints(session, cycle)).values())
            office = await _scalar_int(
                session, "select id from users where username = :u", {"u": USERNAME}
            )
            owners = [
                int(u)
                for u in (
                    await session.scalars(
                        text(
                            "select distinct user_id from town_memberships"
                            " where town_id = :t and user_id <> :office order by user_id"
                        ),
                        {"t": town.id, "office": office},
                    )
                ).all()
            ]
            if not checkpoints or not owners:
                raise BenchError(f"no household checkpoints or no users in town {town.id}")
            params: dict[str, object] = {
                "town": town.id,
                "cycle": cycle_id,
                "office": office,
                "seed": seed,
                "items": items,
                "today": today,
                "codes": [c.code for c in checkpoints],
                "texts": [c.text for c in checkpoints],
                "severities": [c.severity.value for c in checkpoints],
                "owners": owners,
                "span": DEADLINE_DAYS,
                "due_soon": DUE_SOON_DAYS,
                "states": [state for state, _ in STATES],
                "bounds": list(itertools.accumulate(share for _, share in STATES[:-1])),
                "first_finding": await _reserve(session, "findings", items),
                "first_item": await _reserve(session, "ledger_items", items),
            }
            await session.execute(text(SOURCE_SQL), params)
            for sql in (FINDINGS_SQL, ITEMS_SQL, TRANSITIONS_SQL):
                await session.execute(text(sql), params)
            counted: dict[str, int] = {
                str(state): int(n)
                for state, n in (
                    await session.execute(
                        text(
                            "select state, count(*) from ledger_items where town_id = :t"
                            " and cycle_id = :c group by state"
                        ),
                        {"t": town.id, "c": cycle_id},
                    )
                ).all()
            }
            # In the order of the state machine.
            by_state = {state: counted.get(state, 0) for state, _ in STATES}
            overdue = await _scalar_int(
                session,
                "select count(*) from ledger_items where town_id = :t and cycle_id = :c"
                " and state not in ('signed_off', 'withdrawn') and deadline < :today",
                {"t": town.id, "c": cycle_id, "today": today},
            )
            transitions = await _scalar_int(
                session,
                "select count(*) from ledger_transitions t join ledger_items i"
                " on i.town_id = t.town_id and i.id = t.item_id"
                " where i.town_id = :t and i.cycle_id = :c",
                {"t": town.id, "c": cycle_id},
            )
            areas = tuple(
                Area(int(a), str(name), int(n))
                for a, name, n in (
                    await session.execute(
                        text(AREAS_SQL),
                        {
                            "town": town.id,
                            "cycle": cycle_id,
                            "state": MEASURED_STATE,
                            "today": today,
                        },
                    )
                ).all()
            )
        # Fresh statistics, as autovacuum would have them on a ledger that grew over weeks.
        async with owner.sessions() as session:
            for table in ("households", "findings", "ledger_items", "ledger_transitions"):
                await session.execute(text(f"analyze {table}"))
            await session.commit()
    finally:
        await owner.dispose()
    if not areas or areas[0].matching == 0:
        raise BenchError("no area has items that the measured filter finds")
    return Ledger(
        town=town,
        cycle_id=cycle_id,
        items=sum(by_state.values()),
        transitions=transitions,
        by_state=by_state,
        overdue=overdue,
        owners=len(owners),
        checkpoints=len(checkpoints),
        areas=areas,
    )


def fill_ledger(settings: Settings, *, items: int, seed: int, today: date) -> Ledger:
    """Create the cycle and ``items`` ledger items in the town (its households must exist)."""
    return asyncio.run(_fill(settings, items, seed, today))
