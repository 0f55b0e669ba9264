"""The indicator statements: each yields ``(level, subject_id, code, num, den, scale)`` rows,
for every area (``level = 'area'``) and for the town, through ``grouping sets``.

``insert_rows`` wraps one of them into the insert; ``value = num ÷ den × scale`` (None when
nothing was counted), so a stored value is always explained by its two counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from sqlalchemy import TextClause, text

_LEVEL: Final = "case grouping(vl.area_id) when 0 then 'area' else 'town' end"


def insert_rows(inner: str) -> TextClause:
    return text(f"""
insert into score_indicators (town_id, snapshot_id, level, subject_id, code, numerator,
                              denominator, value)
select :town, :snapshot, r.level, coalesce(r.subject_id, :town), r.code, r.num, r.den,
       case when r.den > 0 then round(r.num * r.scale / r.den, 4) end
from ({inner}) r
where not (r.level = 'area' and r.subject_id is null)
""")


def household_shares(dimensions: Mapping[str, str], *, satisfaction: bool) -> str:
    """Shares of the scored households: core guarantees (all, and each dimension), income,
    satisfaction. ``dimensions`` maps an indicator code to the bound array it reads."""
    flags = [
        f"('{code}', not (hs.failed && cast(:{param} as varchar[])))"
        for code, param in dimensions.items()
    ]
    if satisfaction:
        flags.append("('satisfaction', coalesce(hs.satisfaction in (:satisfied, :fairly), false))")
    return f"""
select {_LEVEL} as level, vl.area_id as subject_id, x.code,
       count(*) filter (where x.ok) as num, count(*) as den, 1 as scale
from household_scores hs
join villages vl on vl.town_id = hs.town_id and vl.id = hs.village_id
cross join lateral (values {", ".join(flags)}) x(code, ok)
where hs.town_id = :town and hs.snapshot_id = :snapshot
group by grouping sets ((vl.area_id, x.code), (x.code))"""


def registry_shares() -> str:
    """C/D housing solved on time and basic medical insurance, from the registry."""
    return f"""
select {_LEVEL} as level, vl.area_id as subject_id, 'housing_on_time' as code,
       count(*) filter (where lc.plan_done_on <= coalesce(lc.plan_due, lc.plan_done_on)) as num,
       count(*) as den, 1 as scale
from living_conditions lc
join households h on h.town_id = lc.town_id and h.id = lc.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
where lc.town_id = :town and lc.housing_grade in ('C', 'D')
  and (lc.plan_due <= :today or lc.plan_done_on is not null)
group by grouping sets ((vl.area_id), ())
union all
select {_LEVEL}, vl.area_id, 'insurance', count(*) filter (where m.basic_medical), count(*), 1
from members m
join households h on h.town_id = m.town_id and h.id = m.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
where m.town_id = :town and h.category <> 'ordinary'
group by grouping sets ((vl.area_id), ())"""


def visit_shares() -> str:
    """Visit completion over the cycle's household assignments, and cadre presence."""
    return f"""
select {_LEVEL} as level, vl.area_id as subject_id, 'visit_completion' as code,
       count(*) filter (where exists (
         select 1 from visits v where v.town_id = :town and v.cycle_id = :cycle
           and v.household_id = a.household_id and v.stage = 'self'
           and v.state in ('submitted', 'accepted'))) as num,
       count(*) as den, 1 as scale
from (select distinct household_id from assignments
      where town_id = :town and cycle_id = :cycle and household_id is not null) a
join households h on h.town_id = :town and h.id = a.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
group by grouping sets ((vl.area_id), ())
union all
select {_LEVEL}, vl.area_id, 'cadre_presence',
       count(*) filter (where exists (
         select 1 from household_helpers hh where hh.town_id = :town
           and hh.household_id = v.household_id and hh.user_id = v.visitor_id)),
       count(*), 1
from household_scores hs
join visits v on v.town_id = hs.town_id and v.cycle_id = :cycle
  and v.household_id = hs.household_id and v.stage = 'self'
join villages vl on vl.town_id = hs.town_id and vl.id = hs.village_id
where hs.town_id = :town and hs.snapshot_id = :snapshot and exists (
  select 1 from household_helpers hh where hh.town_id = :town
    and hh.household_id = hs.household_id)
group by grouping sets ((vl.area_id), ())"""


def findings_and_ledger() -> str:
    """Findings per 100 scored households; rectification on time and clearance. Findings and
    items of projects belong to no area and count for the town only."""
    return f"""
select f.level, f.subject_id, 'findings_per_100' as code, f.n as num,
       coalesce(h.n, 0) as den, 100 as scale
from (
  select {_LEVEL} as level, vl.area_id as subject_id, count(*) as n
  from findings fi
  left join households ho on ho.town_id = fi.town_id and ho.id = fi.household_id
  left join villages vl on vl.town_id = fi.town_id and vl.id = coalesce(ho.village_id,
                                                                         fi.village_id)
  where fi.town_id = :town and fi.cycle_id = :cycle and fi.state <> 'withdrawn'
  group by grouping sets ((vl.area_id), ())
) f
left join (
  select {_LEVEL} as level, vl.area_id as subject_id, count(*) as n
  from household_scores hs
  join villages vl on vl.town_id = hs.town_id and vl.id = hs.village_id
  where hs.town_id = :town and hs.snapshot_id = :snapshot
  group by grouping sets ((vl.area_id), ())
) h on h.level = f.level and h.subject_id is not distinct from f.subject_id
union all
select {_LEVEL.replace("vl.", "li.")}, li.area_id, x.code, sum(x.num), sum(x.den), 1
from ledger_items li
cross join lateral (values
  ('rectification_on_time',
   (li.state = 'signed_off'
    and cast(li.signed_off_at at time zone 'Asia/Shanghai' as date) <= li.deadline)::int,
   (li.state = 'signed_off')::int),
  ('clearance', (li.state = 'signed_off')::int, 1)) x(code, num, den)
where li.town_id = :town and li.cycle_id = :cycle and li.state <> 'withdrawn'
group by grouping sets ((li.area_id, x.code), (x.code))"""


def project_violations() -> str:
    """Project and fund findings per project of the cycle's year or earlier."""
    return f"""
select {_LEVEL} as level, vl.area_id as subject_id, x.code,
       sum(x.n) as num, count(*) as den, 1 as scale
from projects p
join villages vl on vl.town_id = p.town_id and vl.id = p.village_id
cross join lateral (
  select t.code, (select count(*) from findings f join score_weights w on w.code = f.checkpoint
                  where f.town_id = :town and f.cycle_id = :cycle and f.project_id = p.id
                    and f.state <> 'withdrawn' and w.target = t.target) as n
  from (values ('project_violations', 'project'), ('fund_violations', 'fund')) t(code, target)
) x
where p.town_id = :town and p.year <= :year
group by grouping sets ((vl.area_id, x.code), (x.code))"""


# The mock evaluation's counts over the cross-check's random sample (not the households
# re-visited because of findings or risk flags, which would bias the rates upwards).
SAMPLE_COUNTS: Final = text("""
select
  count(*) filter (where h.category in ('lifted_supported', 'lifted_unsupported'))
    as exited,
  count(*) filter (where h.category in ('lifted_supported', 'lifted_unsupported') and bad.yes)
    as wrong_exit,
  count(*) filter (where h.category = 'ordinary') as ordinary,
  count(*) filter (where h.category = 'ordinary' and bad.yes) as missed,
  count(*) filter (where sat.value is not null) as asked,
  count(*) filter (where sat.value in (:satisfied, :fairly)) as recognised
from cross_samples s
join households h on h.town_id = s.town_id and h.id = s.household_id
join visits v on v.town_id = s.town_id and v.cycle_id = s.cycle_id
  and v.household_id = s.household_id and v.stage = 'cross'
  and v.state in ('submitted', 'accepted')
cross join lateral (select exists (
  select 1 from findings f where f.town_id = s.town_id and f.cycle_id = s.cycle_id
    and f.household_id = s.household_id and f.stage = 'cross' and f.state <> 'withdrawn'
    and f.checkpoint = any(cast(:core as text[]))) as yes) bad
left join lateral (
  select a.value #>> '{}' as value from visit_answers a
  where a.town_id = v.town_id and a.visit_id = v.id and a.version = v.version
    and a.checkpoint = :satisfaction and a.value #>> '{}' <> '未答') sat on true
where s.town_id = :town and s.cycle_id = :cycle and s.reason in ('sampled', 'all')
""")
