"""The scoring statements: set-based SQL over one town's cycle, inside the run's transaction.

The method (``score-v1``):

- A checkpoint *passes* for a subject when the cycle holds no finding for that subject and
  checkpoint other than a withdrawn one: a failed answer or rule in a visit, a policy, project
  or village rule, a cross-check discrepancy, a sweep. A fix on the spot (立行立改) still
  counts as failed here: the score is the state found; fixing is credited in rectification.
- Household checkpoints are assessed for a household when its latest self-check visit of the
  cycle answered them; project and fund checkpoints for every project of the cycle's year or
  earlier; village checkpoints for every village; cadre checkpoints for every assistance
  cadre of a scored household; town checkpoints once for the town.
- A group's score is the weighted pass rate over the checkpoints assessed in it,
  ``100 × Σ w·passed/assessed ÷ Σ w``: a rate, so a small town is not favoured over a large
  one. A household's is the same with passed ∈ {0, 1}. Items and sections are the same sums
  over their own checkpoints, so every total is explained by its parts.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.scoring.weights import Weights

_WEIGHTS: Final = text("""
create temp table score_weights (
  code text primary key, section text, item text, target text, weight numeric, required bool
) on commit drop
""")

_FILL_WEIGHTS: Final = text("""
insert into score_weights
select * from unnest(cast(:codes as text[]), cast(:sections as text[]), cast(:items as text[]),
                     cast(:targets as text[]), cast(:weights as numeric[]),
                     cast(:required as bool[]))
""")

# One pass over the answers of the cycle's latest self-check visits counts each household's
# answers (a visit answers only household checkpoints of the cycle's template). A household
# that answered them all could earn the whole household weight; for the rare one that left
# optional checkpoints out, what it answered is looked up by primary key. Its losses come
# from the (far fewer) findings on checkpoints it answered: a required one always is, an
# optional one is checked by a primary-key lookup kept as a scalar subquery rather than by
# probing every answer. Codes are sorted so
# that two runs over the same data write identical rows.
_HOUSEHOLDS: Final = text("""
insert into household_scores (town_id, snapshot_id, household_id, village_id, earned, possible,
                              answered, failed, skipped, satisfaction)
select :town, :snapshot, g.household_id, h.village_id, p.possible - coalesce(l.lost, 0),
       p.possible, g.answered, coalesce(l.codes, '{}'), p.skipped, g.satisfaction
from (
  select v.household_id, v.id as visit_id, v.version, count(*) as answered,
         max(a.value #>> '{}') filter (where a.checkpoint = :satisfaction) as satisfaction
  from visits v
  join visit_answers a on a.town_id = v.town_id and a.visit_id = v.id and a.version = v.version
  where v.town_id = :town and v.cycle_id = :cycle and v.stage = 'self'
    and v.state in ('submitted', 'accepted')
  group by v.household_id, v.id, v.version
) g
join households h on h.town_id = :town and h.id = g.household_id
cross join lateral (
  select case when g.answered = :every then cast(:whole as numeric) else (
           select sum(w.weight) from score_weights w
           where w.target = 'household' and exists (
             select 1 from visit_answers a where a.town_id = :town and a.visit_id = g.visit_id
               and a.version = g.version and a.checkpoint = w.code)) end as possible,
         case when g.answered = :every then cast('{}' as varchar[]) else array(
           select w.code from score_weights w
           where w.target = 'household' and not exists (
             select 1 from visit_answers a where a.town_id = :town and a.visit_id = g.visit_id
               and a.version = g.version and a.checkpoint = w.code)
           order by w.code) end as skipped
) p
left join (
  select f.household_id, sum(w.weight) as lost,
         array_agg(f.checkpoint order by f.checkpoint) as codes
  from (
    select distinct household_id, checkpoint from findings
    where town_id = :town and cycle_id = :cycle and household_id is not null
      and state <> 'withdrawn'
  ) f
  join score_weights w on w.code = f.checkpoint and w.target = 'household'
  join visits v on v.town_id = :town and v.cycle_id = :cycle and v.stage = 'self'
    and v.state in ('submitted', 'accepted') and v.household_id = f.household_id
  where w.required or coalesce((select true from visit_answers a
                  where a.town_id = :town and a.visit_id = v.id and a.version = v.version
                    and a.checkpoint = f.checkpoint), false)
  group by f.household_id
) l on l.household_id = g.household_id
""")

# Which groups each scored household belongs to: its village, area, the town, and each of
# its assistance cadres.
_GROUPS_TABLE: Final = text("""
create temp table score_groups (household_id bigint, level text, subject_id bigint)
on commit drop
""")

_GROUPS: Final = text("""
insert into score_groups
select hs.household_id, x.level, x.subject_id
from household_scores hs
join villages vl on vl.town_id = hs.town_id and vl.id = hs.village_id
cross join lateral (values ('village', hs.village_id), ('area', vl.area_id),
                           ('town', cast(:town as bigint))) x(level, subject_id)
where hs.town_id = :town and hs.snapshot_id = :snapshot
union all
select hs.household_id, 'cadre', hh.user_id
from household_scores hs
join household_helpers hh on hh.town_id = hs.town_id and hh.household_id = hs.household_id
where hs.town_id = :town and hs.snapshot_id = :snapshot
""")

# Household checkpoints per group: every scored household answered each checkpoint but the
# optional ones it skipped (submission enforces the required ones).
_HOUSEHOLD_PARTS: Final = text("""
insert into score_parts (town_id, snapshot_id, level, subject_id, checkpoint, assessed, passed)
with members as (
  select g.level, g.subject_id, hs.failed, hs.skipped
  from score_groups g
  join household_scores hs on hs.town_id = :town and hs.snapshot_id = :snapshot
    and hs.household_id = g.household_id
),
sizes as (select level, subject_id, count(*) as n from members group by 1, 2),
skipped as (
  select m.level, m.subject_id, k.code, count(*) as n
  from members m cross join unnest(m.skipped) k(code) group by 1, 2, 3
),
failed as (
  select m.level, m.subject_id, f.code, count(*) as n
  from members m cross join unnest(m.failed) f(code) group by 1, 2, 3
),
assessed as (
  select s.level, s.subject_id, w.code, s.n - coalesce(k.n, 0) as n
  from sizes s cross join score_weights w
  left join skipped k on k.level = s.level and k.subject_id = s.subject_id and k.code = w.code
  where w.target = 'household'
)
select :town, :snapshot, a.level, a.subject_id, a.code, a.n, a.n - coalesce(f.n, 0)
from assessed a
left join failed f on f.level = a.level and f.subject_id = a.subject_id and f.code = a.code
where a.n > 0
""")

# Other targets' subjects, each checked against the cycle's findings through hash joins (a
# town may have thousands of cadres; a lookup per subject would rescan the findings).
_OTHER_PARTS: Final = text("""
insert into score_parts (town_id, snapshot_id, level, subject_id, checkpoint, assessed, passed)
with bad as materialized (
  select distinct project_id, village_id, household_id, responsible_id, checkpoint
  from findings
  where town_id = :town and cycle_id = :cycle and state <> 'withdrawn'
),
subjects as (
  select w.code, p.village_id, vl.area_id, b.checkpoint is null as passed,
         cast(null as bigint) as cadre_id
  from projects p
  join villages vl on vl.town_id = p.town_id and vl.id = p.village_id
  cross join score_weights w
  left join (select distinct project_id, checkpoint from bad where project_id is not null) b
    on b.project_id = p.id and b.checkpoint = w.code
  where p.town_id = :town and p.year <= :year and w.target in ('project', 'fund')
  union all
  select w.code, vl.id, vl.area_id, b.checkpoint is null, null
  from villages vl
  cross join score_weights w
  left join (
    select distinct village_id, checkpoint from bad
    where village_id is not null and project_id is null and household_id is null
  ) b on b.village_id = vl.id and b.checkpoint = w.code
  where vl.town_id = :town and w.target = 'village'
  union all
  select w.code, null, null, b.checkpoint is null, null
  from score_weights w
  left join (select distinct checkpoint from bad) b on b.checkpoint = w.code
  where w.target = 'town'
  union all
  select w.code, null, null, b.checkpoint is null, c.subject_id
  from (select distinct subject_id from score_groups where level = 'cadre') c
  cross join score_weights w
  left join (
    select distinct responsible_id, checkpoint from bad where responsible_id is not null
  ) b on b.responsible_id = c.subject_id and b.checkpoint = w.code
  where w.target = 'cadre'
)
select :town, :snapshot, g.level, g.subject_id, s.code, count(*), count(*) filter (where s.passed)
from subjects s
cross join lateral (values ('village', s.village_id), ('area', s.area_id),
                           ('cadre', s.cadre_id), ('town', cast(:town as bigint)))
  g(level, subject_id)
where g.subject_id is not null
group by g.level, g.subject_id, s.code
""")

_SCORES: Final = text("""
insert into scores (town_id, snapshot_id, level, subject_id, households, earned, possible, score)
select :town, :snapshot, p.level, p.subject_id, coalesce(s.n, 0),
       round(sum(w.weight * p.passed / p.assessed), 4), sum(w.weight),
       round(100 * sum(w.weight * p.passed / p.assessed) / nullif(sum(w.weight), 0), 2)
from score_parts p
join score_weights w on w.code = p.checkpoint
left join (select level, subject_id, count(*) as n from score_groups group by 1, 2) s
  on s.level = p.level and s.subject_id = p.subject_id
where p.town_id = :town and p.snapshot_id = :snapshot and p.assessed > 0
group by p.level, p.subject_id, s.n
""")


async def load_weights(session: AsyncSession, weights: Weights) -> None:
    """The template's weights as a temporary table, dropped with the transaction."""
    await session.execute(_WEIGHTS)
    await session.execute(_FILL_WEIGHTS, weights.columns())


async def score(
    session: AsyncSession,
    *,
    town_id: int,
    cycle_id: int,
    year: int,
    snapshot_id: int,
    weights: Weights,
) -> None:
    """Write the snapshot's household rows, parts and scores."""
    keys = {"town": town_id, "cycle": cycle_id, "snapshot": snapshot_id}
    await session.execute(
        _HOUSEHOLDS,
        {
            **keys,
            "satisfaction": weights.satisfaction or "",
            "every": weights.household_count(),
            "whole": weights.household_weight(),
        },
    )
    await session.execute(_GROUPS_TABLE)
    await session.execute(_GROUPS, keys)
    await session.execute(_HOUSEHOLD_PARTS, keys)
    await session.execute(_OTHER_PARTS, {**keys, "year": year})
    await session.execute(_SCORES, keys)
