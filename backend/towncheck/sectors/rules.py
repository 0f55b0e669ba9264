"""The policy rules: what section (三) of the checklist says every eligible household must
receive, checked by comparing the departments' lists with the registry — each a set-based
SQL check over one town and year (no Python loop over rows). This module holds the rules of
the safety net and the disability subsidies; ``rules_lists`` those of temporary aid,
training, public-welfare jobs and microcredit.

Each rule is named and tied to the checkpoint it checks; it selects its violations as
``(household_id, description)``. Entries are joined to the registry by the ID hash, so a
person re-registered since the import is still recognised. One finding per household and
checkpoint collects the violations of every rule of that checkpoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Integer, Numeric, TextClause, bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import invalid
from towncheck.households.risk import DEFAULT_LINE
from towncheck.sectors import rules_lists
from towncheck.sectors.kinds import MONTHLY_STANDARD


@dataclass(frozen=True, slots=True)
class Rule:
    code: str  # the checkpoint of the default checklist it checks
    name: str
    severity: str  # the checkpoint's: every rule of one checkpoint has the same
    sql: str  # selects household_id, description for :town and :year


@dataclass(frozen=True, slots=True)
class Violation:
    code: str
    rule: str
    household_id: int
    description: str


# Entries of the year's lists of some kinds, joined to their list.
_IN_LISTS = rules_lists.IN_LISTS

# The county's standards as a relation (this module's constants, never input).
_STANDARDS = ", ".join(f"('{kind}', {amount})" for kind, amount in MONTHLY_STANDARD.items())

RULES: Final[tuple[Rule, ...]] = (
    # 应保尽保: at risk (monitored) or below the income line in its latest assessed year
    # (incomes are assessed after the year ends), and nobody in the household is on the
    # year's 低保 or 特困 list.
    Rule(
        "三.1.1",
        "safety_net_gap",
        "critical",
        f"""select h.id, '户主“' || h.head_name || '”户（' || concat_ws('；',
              case when h.category = 'monitored' then '监测户' end,
              case when i.pc < i.line then i.year || ' 年人均纯收入 ' || round(i.pc)
                || ' 元，低于 ' || round(i.line) || ' 元标准' end)
              || '）未纳入 ' || :year || ' 年低保或特困供养'
            from households h
            join towns t on t.id = h.town_id
            left join lateral (
              select x.year,
                     (x.wages + x.production + x.property + x.transfers - x.production_costs)
                     / greatest((select count(*) from members m where m.town_id = h.town_id
                                 and m.household_id = h.id), 1) as pc,
                     coalesce(p.line, :line) as line
              from incomes x
              left join poverty_lines p on p.county_id = t.county_id and p.year = x.year
              where x.town_id = h.town_id and x.household_id = h.id and x.year <= :year
              order by x.year desc limit 1
            ) i on true
            where h.town_id = :town and (h.category = 'monitored' or i.pc < i.line)
              -- NOT IN over the covered households, computed once and hashed: a correlated
              -- NOT EXISTS here was planned as a nested loop over every list entry.
              and h.id not in (
                select m.household_id from members m join {_IN_LISTS} on e.town_id = m.town_id
                  and e.id_hash = m.id_hash
                where m.town_id = :town and l.kind in ('dibao', 'tekun') and l.year = :year)""",  # noqa: S608
    ),
    # 按时足额: a payment made after the period it is for ended, or less than the county's
    # monthly standard times the months of the period.
    Rule(
        "三.1.3",
        "safety_net_late_or_short",
        "major",
        f"""select m.household_id, '成员“' || m.name || '”'
              || case l.kind when 'dibao' then '低保金' else '特困供养金' end
              || '（' || e.start_on::text || ' 至 ' || e.end_on::text || '）' || concat_ws('，',
              case when e.paid_on > e.end_on
                then '逾期发放（' || e.paid_on::text || ' 才发放）' end,
              case when e.amount < s.monthly * mo.months then '未足额发放（应发 '
                || round(s.monthly * mo.months, 2) || ' 元，实发 ' || e.amount || ' 元）' end)
            from {_IN_LISTS}
            join (values {_STANDARDS}) s(kind, monthly) on s.kind = l.kind
            join members m on m.town_id = e.town_id and m.id_hash = e.id_hash
            cross join lateral (select
              extract(year from e.end_on) * 12 + extract(month from e.end_on)
              - extract(year from e.start_on) * 12 - extract(month from e.start_on) + 1 as months
            ) mo
            where e.town_id = :town and l.year = :year
              and e.start_on is not null and e.end_on is not null
              and (e.paid_on > e.end_on or e.amount < s.monthly * mo.months)""",  # noqa: S608
    ),
    # 重度残疾人护理补贴: disability grade 1 or 2 (一级、二级 are 重度) and no care subsidy
    # on the year's lists.
    Rule(
        "三.2.1",
        "severe_disability_without_care_subsidy",
        "major",
        f"""select m.household_id, '成员“' || m.name || '”为重度残疾人（' || m.disability_grade
              || ' 级），' || :year || ' 年残疾人两项补贴名单中没有其重度残疾人护理补贴'
            from members m
            where m.town_id = :town and m.disability_grade in (1, 2)
              and not exists (
                select 1 from {_IN_LISTS}
                where e.town_id = m.town_id and e.id_hash = m.id_hash
                  and l.kind = 'disability_subsidy' and l.year = :year and e.category = 'care')""",  # noqa: S608
    ),
    # 困难残疾人生活补贴: a disabled member of a household on the year's 低保 list without
    # the living subsidy.
    Rule(
        "三.2.1",
        "dibao_disability_without_living_subsidy",
        "major",
        f"""select m.household_id, '成员“' || m.name || '”为残疾人，所在户 ' || :year
              || ' 年享受低保，残疾人两项补贴名单中没有其困难残疾人生活补贴'
            from members m
            where m.town_id = :town and m.disability_grade is not null
              and exists (
                select 1 from members o join {_IN_LISTS} on e.town_id = o.town_id
                  and e.id_hash = o.id_hash
                where o.town_id = m.town_id and o.household_id = m.household_id
                  and l.kind = 'dibao' and l.year = :year)
              and not exists (
                select 1 from {_IN_LISTS}
                where e.town_id = m.town_id and e.id_hash = m.id_hash
                  and l.kind = 'disability_subsidy' and l.year = :year
                  and e.category = 'living')""",  # noqa: S608
    ),
)
# With the rules over the other lists of ``rules_lists``: what ``check`` and ``run_rules`` apply.
ALL_RULES: Final = (*RULES, *(Rule(*spec) for spec in rules_lists.RULES))
BY_NAME: Final = {r.name: r for r in ALL_RULES}


def violations_sql(rules: Sequence[Rule] = ALL_RULES) -> str:
    """All rules as one statement: ``code, rule, severity, household_id, description``
    (codes, names and severities are this module's constants, never input)."""
    return "\nunion all\n".join(
        f"select cast('{r.code}' as text) as code, cast('{r.name}' as text) as rule,"  # noqa: S608
        f" cast('{r.severity}' as text) as severity,"
        f" v.* from ({r.sql}) as v(household_id, description)"
        for r in rules
    )


def _statement(sql: str) -> TextClause:
    # Typed, so that the driver sends an integer and a number: ``||`` and the comparisons
    # accept several types and could not infer them.
    return text(sql).bindparams(
        bindparam("town", type_=Integer),
        bindparam("year", type_=Integer),
        bindparam("line", type_=Numeric(12, 2)),
    )


def _params(town_id: int, year: int) -> dict[str, object]:
    return {"town": town_id, "year": year, "line": DEFAULT_LINE}


_CHECK = """
select code, rule, household_id, description from ({violations}) v
order by household_id, code, rule, description
"""


async def check(session: AsyncSession, *, town_id: int, year: int) -> list[Violation]:
    """Every violation in the town for the year (read only: nothing is stored)."""
    rows = await session.execute(
        _statement(_CHECK.format(violations=violations_sql())), _params(town_id, year)
    )
    return [Violation(r.code, r.rule, r.household_id, r.description) for r in rows]


SOURCE: Final = "policy_rule"

# The violations, computed once per run into a temporary table (analyzed, so that both
# statements below are planned as hash joins over it rather than re-running every rule per
# existing finding).
_COLLECT = """
create temporary table policy_violations on commit drop as
select code, rule, severity, household_id, description from ({violations}) v
"""

# A violation that no longer holds leaves the findings, unless the ledger or an appeal already
# tracks it (its item keeps the history of the fix).
_CLEAR = """
delete from findings f
where f.town_id = :town and f.cycle_id = :cycle and f.source = 'policy_rule'
  and not exists (select 1 from policy_violations v
                  where v.household_id = f.household_id and v.code = f.checkpoint)
  and not exists (select 1 from ledger_items li
                  where li.town_id = f.town_id and li.finding_id = f.id)
  and not exists (select 1 from appeals a where a.town_id = f.town_id and a.finding_id = f.id)
"""

# One finding per household and checkpoint, held by the household's assistance cadre (the
# first, when it has several). ``xmax = 0`` tells a row this statement inserted from one it
# updated.
_RAISE = """
insert into findings (town_id, cycle_id, visit_id, household_id, project_id, checkpoint, stage,
                      severity, source, found_by, responsible_id, description, state, fix_note,
                      fix_evidence)
select :town, :cycle, null, v.household_id, null, v.code, 'self', v.severity, 'policy_rule',
       :found_by,
       (select min(hh.user_id) from household_helpers hh
        where hh.town_id = :town and hh.household_id = v.household_id),
       string_agg(v.description, '；' order by v.rule, v.description), 'open', '', '{}'
from policy_violations v
group by v.household_id, v.code, v.severity
on conflict (town_id, cycle_id, household_id, checkpoint) where source = 'policy_rule'
  do update set description = excluded.description, severity = excluded.severity,
                updated_at = now()
  where findings.description is distinct from excluded.description
returning (xmax = 0) as inserted
"""


async def run_rules(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
) -> int:
    """Store every violation of the cycle's year as a finding; returns how many are new.

    Running again adds nothing; a finding whose violation is gone is removed unless the
    ledger or an appeal holds it.
    """
    require(policy, principal, "sector", "write", town_id=town_id)
    if principal.user_id is None:
        raise invalid("规则须由本镇干部运行（问题需要记录发现人）")
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    await allow_town_write(session, town_id)
    await session.execute(text("drop table if exists pg_temp.policy_violations"))
    await session.execute(
        _statement(_COLLECT.format(violations=violations_sql())), _params(town_id, cycle.year)
    )
    await session.execute(text("analyze pg_temp.policy_violations"))
    await session.execute(text(_CLEAR), {"town": town_id, "cycle": cycle.id})
    result = await session.execute(
        text(_RAISE).bindparams(bindparam("town", type_=Integer)),
        {"town": town_id, "cycle": cycle.id, "found_by": principal.user_id},
    )
    raised = sum(1 for row in result if row.inserted)
    await audit.record(
        session,
        actor=principal,
        action="sector.rules.run",
        target_type="Cycle",
        target_id=cycle.id,
        town_id=town_id,
        after={"raised": raised, "year": cycle.year},
    )
    return raised
