"""The project rules: what section (二) of the checklist says a town's projects and funds must
satisfy, each a set-based SQL check over one town (no Python loop over rows).

Every rule is named by the checkpoint it checks (``二.1.2`` …) and selects its violations as
``(project_id, asset_id, description)``; an asset's violation names the project it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import Date, TextClause, bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import invalid
from towncheck.projects import rules_more


@dataclass(frozen=True, slots=True)
class Rule:
    code: str  # the checkpoint of the default checklist it checks
    name: str
    severity: str
    sql: str  # selects project_id, asset_id, description for :town (and :today)


@dataclass(frozen=True, slots=True)
class Violation:
    code: str
    project_id: int
    asset_id: int | None
    description: str


# Dates in descriptions are ``date::text`` (ISO, the server's default DateStyle).
RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "二.1.2",
        "not_in_library",
        "major",
        """select p.id, cast(null as bigint),
              '项目“' || p.name || '”（' || p.year || '年实施）不在当年项目库中：'
              || case when l.year <> p.year then '所选条目属于 ' || l.year || ' 年项目库'
                      else '项目库条目未经乡镇审核通过' end
            from projects p
            join project_library l on l.town_id = p.town_id and l.id = p.library_id
            where p.town_id = :town and (l.year <> p.year or l.state <> 'approved')""",
    ),
    Rule(
        "二.1.3",
        "missing_permit",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”缺少' || concat_ws('、',
              case when p.env_permit_no = '' then '环保' end,
              case when p.land_permit_no = '' then '土地' end,
              case when p.planning_permit_no = '' then '规划' end) || '许可文件'
            from projects p
            where p.town_id = :town
              and '' in (p.env_permit_no, p.land_permit_no, p.planning_permit_no)""",
    ),
    # Content changes add up whatever their direction; investment changes net out (an
    # increase later cut back leaves the amount as planned).
    Rule(
        "二.1.5",
        "adjustment_over_10_percent",
        "major",
        """select p.id, cast(null as bigint),
              '项目“' || p.name || '”建设调整超过 10%：建设内容累计调整 '
              || round(a.content, 1) || '%，投资额调整 '
              || round(100 * a.investment / p.planned_investment, 1) || '%'
            from projects p join (
              select town_id, project_id, sum(abs(content_change_pct)) as content,
                     sum(investment_change) as investment
              from project_adjustments where town_id = :town group by town_id, project_id
            ) a on a.town_id = p.town_id and a.project_id = p.id
            where p.town_id = :town
              and (a.content > 10 or abs(a.investment) > p.planned_investment * 0.1)""",
    ),
    Rule(
        "二.1.6",
        "late_completion",
        "major",
        """select p.id, cast(null as bigint),
              '项目“' || p.name || '”未在批复后 1 年内完工：' || p.approved_on::text
              || ' 批复，' || coalesce(p.completed_on::text || ' 完工', '至今未完工')
            from projects p
            where p.town_id = :town
              and coalesce(p.completed_on, :today) > p.approved_on + interval '1 year'""",
    ),
    Rule(
        "二.1.7",
        "audit_after_acceptance",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”第三方工程造价审核'
              || coalesce('（' || p.audited_on::text || '）晚于', '缺失，却已出具')
              || '县级竣工验收报告（' || p.accepted_on::text || '）'
            from projects p
            where p.town_id = :town and p.accepted_on is not null
              and (p.audited_on is null or p.audited_on > p.accepted_on)""",
    ),
    # Transfer and registration follow the county's acceptance report.
    Rule(
        "二.2.1",
        "asset_not_transferred",
        "major",
        """select p.id, a.id, '项目“' || p.name || '”的资产“' || a.name || '”没有资产移交协议'
            from assets a join projects p on p.town_id = a.town_id and p.id = a.project_id
            where a.town_id = :town and p.accepted_on is not null
              and a.transferred_on is null""",
    ),
    Rule(
        "二.2.2",
        "asset_not_registered",
        "major",
        """select p.id, a.id, '项目“' || p.name || '”的资产“' || a.name
              || '”未在“三资”管理平台或村集体账簿登记'
            from assets a join projects p on p.town_id = a.town_id and p.id = a.project_id
            where a.town_id = :town and p.accepted_on is not null
              and a.registered_on is null""",
    ),
    # Quarters from the registration's to the last one that has ended: the current quarter
    # still has time for its check.
    Rule(
        "二.2.5",
        "asset_check_missing",
        "minor",
        """select p.id, a.id, '项目“' || p.name || '”的资产“' || a.name
              || '”以下季度未开展镇级现场检查：'
              || string_agg(to_char(q, 'YYYY-"Q"Q'), '、' order by q)
            from assets a join projects p on p.town_id = a.town_id and p.id = a.project_id
            cross join lateral generate_series(
              date_trunc('quarter', a.registered_on),
              date_trunc('quarter', :today) - interval '3 months', interval '3 months') q
            where a.town_id = :town and a.registered_on is not null
              and not exists (select 1 from asset_checks c where c.town_id = a.town_id
                              and c.asset_id = a.id and c.quarter = to_char(q, 'YYYY-"Q"Q'))
            group by p.id, p.name, a.id, a.name""",
    ),
    Rule(
        "二.3.3",
        "returns_missing_or_late",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”' || r.period || '收益'
              || case
                 when r.received_on is null then '到期未到账（应于 ' || r.due_on::text || '）'
                 when r.received_on > r.due_on then '逾期到账（应于 ' || r.due_on::text
                   || '，实际 ' || r.received_on::text || '）'
                 else '未足额到账（应收 ' || r.expected || ' 元，实收 ' || r.received || ' 元）'
                 end
            from project_returns r
            join projects p on p.town_id = r.town_id and p.id = r.project_id
            where r.town_id = :town and ((r.received_on is null and r.due_on < :today)
              or r.received_on > r.due_on or r.received < r.expected)""",
    ),
    Rule(
        "二.4.2",
        "distribution_plan_late",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”' || d.received_on::text
              || ' 到账的收益未在 3 个月内确定分配方案'
              || coalesce('（' || d.planned_on::text || ' 才确定）', '')
            from distribution_plans d
            join projects p on p.town_id = d.town_id and p.id = d.project_id
            where d.town_id = :town
              and coalesce(d.planned_on, :today) > d.received_on + interval '3 months'""",
    ),
    Rule(
        "二.4.3",
        "paid_before_notice",
        "major",
        """select p.id, cast(null as bigint),
              '项目“' || p.name || '”收益于 ' || d.paid_on::text || ' 分配，'
              || coalesce('早于公示（' || d.notice_on::text || '）', '未经公示')
            from distribution_plans d
            join projects p on p.town_id = d.town_id and p.id = d.project_id
            where d.town_id = :town and d.paid_on is not null
              and (d.notice_on is null or d.paid_on < d.notice_on)""",
    ),
    Rule(
        "二.5.2",
        "deposit_overdue",
        "minor",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”质量保证金 ' || q.amount
              || ' 元已于 ' || q.due_on::text || ' 到期，至今未退付'
            from quality_deposits q
            join projects p on p.town_id = q.town_id and p.id = q.project_id
            where q.town_id = :town and q.due_on < :today and q.returned_on is null""",
    ),
    Rule(
        "二.6.1",
        "last_year_progress",
        "major",
        """select p.id, cast(null as bigint),
              '上年度项目“' || p.name || '”未按时' || m.missing
            from projects p cross join lateral (select concat_ws('、',
              case when p.accepted_on is null then '验收' end,
              case when not exists (select 1 from assets a where a.town_id = p.town_id
                                      and a.project_id = p.id and a.transferred_on is not null)
                   then '移交' end,
              case when not exists (select 1 from assets a where a.town_id = p.town_id
                                      and a.project_id = p.id and a.registered_on is not null)
                   then '登记' end,
              case when not exists (select 1 from project_returns r where r.town_id = p.town_id
                                      and r.project_id = p.id and r.received_on is not null)
                   then '实现收益' end) as missing) m
            where p.town_id = :town and p.year = extract(year from :today) - 1
              and m.missing <> ''""",
    ),
)
# With the operation and funds rules of ``rules_more``: what ``check`` and ``run_rules`` apply.
ALL_RULES: Final = (*RULES, *(Rule(*spec) for spec in rules_more.RULES))
BY_CODE: Final = {r.code: r for r in ALL_RULES}


def violations_sql(rules: Sequence[Rule] = RULES) -> str:
    """All rules as one statement: ``code, severity, project_id, asset_id, description``
    (codes and severities are this module's constants, never input)."""
    return "\nunion all\n".join(
        f"select cast('{r.code}' as text) as code, cast('{r.severity}' as text) as severity,"  # noqa: S608
        f" v.* from ({r.sql}) as v(project_id, asset_id, description)"
        for r in rules
    )


def _statement(sql: str) -> TextClause:
    # Typed, so that the driver sends a date: ``date_trunc`` and ``extract`` accept several
    # types and could not infer it.
    return text(sql).bindparams(bindparam("today", type_=Date))


_CHECK = """
select code, project_id, asset_id, description from ({violations}) v
order by project_id, code, asset_id nulls first
"""


async def check(session: AsyncSession, *, town_id: int, today: date) -> list[Violation]:
    """Every violation in the town today (read only: nothing is stored)."""
    rows = await session.execute(
        _statement(_CHECK.format(violations=violations_sql(ALL_RULES))),
        {"town": town_id, "today": today},
    )
    return [Violation(r.code, r.project_id, r.asset_id, r.description) for r in rows]


SOURCE: Final = "project_rule"

# A violation that no longer holds leaves the findings, unless the ledger or an appeal already
# tracks it (its item keeps the history of the fix).
_CLEAR = """
delete from findings f
where f.town_id = :town and f.cycle_id = :cycle and f.source = 'project_rule'
  and not exists (select 1 from ({violations}) v
                  where v.project_id = f.project_id and v.code = f.checkpoint)
  and not exists (select 1 from ledger_items li
                  where li.town_id = f.town_id and li.finding_id = f.id)
  and not exists (select 1 from appeals a where a.town_id = f.town_id and a.finding_id = f.id)
"""

# One finding per project and rule: the violations of a project's assets are listed in it.
# ``xmax = 0`` tells a row this statement inserted from one it updated.
_RAISE = """
insert into findings (town_id, cycle_id, visit_id, household_id, project_id, checkpoint, stage,
                      severity, source, found_by, description, state, fix_note, fix_evidence)
select :town, :cycle, null, null, v.project_id, v.code, 'self', v.severity, 'project_rule',
       :found_by, string_agg(v.description, '；' order by v.asset_id nulls first, v.description),
       'open', '', '{{}}'
from ({violations}) v
group by v.project_id, v.code, v.severity
on conflict (town_id, cycle_id, project_id, checkpoint) do update
  set description = excluded.description, severity = excluded.severity, updated_at = now()
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
    today: date,
) -> int:
    """Store every violation as a finding of the cycle; returns how many findings are new.

    Running again adds nothing; a finding whose violation is gone is removed unless the
    ledger or an appeal holds it.
    """
    require(policy, principal, "project", "write", town_id=town_id)
    if principal.user_id is None:
        raise invalid("规则须由本镇干部运行（问题需要记录发现人）")
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    await allow_town_write(session, town_id)
    violations = violations_sql(ALL_RULES)
    params = {"town": town_id, "cycle": cycle.id, "today": today}
    await session.execute(_statement(_CLEAR.format(violations=violations)), params)
    result = await session.execute(
        _statement(_RAISE.format(violations=violations)), {**params, "found_by": principal.user_id}
    )
    raised = sum(1 for row in result if row.inserted)
    await audit.record(
        session,
        actor=principal,
        action="project.rules.run",
        target_type="Cycle",
        target_id=cycle.id,
        town_id=town_id,
        after={"raised": raised, "today": str(today)},
    )
    return raised
