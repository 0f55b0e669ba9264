"""The timed passes over the county: the rules as the app runs them, and the bare joins.

A pass visits every town in turn, each in its own unit of work of the app's login role with
the scope of the town's admin (``principal_for_user``, as a request has it), timed from
opening the transaction to its commit:

* rules: ``projects.rules.run_rules`` then ``sectors.rules.run_rules`` for the town's active
  cycle (what the ``runProjectRules`` and ``runPolicyRules`` mutations call);
* baseline: two hand-written statements over the same tables that return one row each:
  every project with its library entry and the counts of its adjustments, assets, asset
  checks, returns, distribution plans and deposits; every household with its number of
  members, its latest income year and the year's department entries matched to its members
  by ID hash (entries ⋈ lists ⋈ members ⋈ households).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import Date, Integer, Numeric, bindparam, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from overhead.common import BenchError
from rules_town.county import CountyTown
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal
from towncheck.auth.service import principal_for_user
from towncheck.db import Database, TenantScope
from towncheck.households.risk import DEFAULT_LINE
from towncheck.projects import rules as project_rules
from towncheck.sectors import rules as sector_rules

PROJECTS_BASELINE: Final = """
select count(*), coalesce(sum(2 + coalesce(a.n, 0) + coalesce(s.n, 0) + coalesce(c.n, 0)
    + coalesce(r.n, 0) + coalesce(d.n, 0) + coalesce(q.n, 0)), 0)
from projects p
join project_library l on l.town_id = p.town_id and l.id = p.library_id
left join (select project_id, count(*) as n from project_adjustments where town_id = :town
           group by project_id) a on a.project_id = p.id
left join (select project_id, count(*) as n from assets where town_id = :town
           group by project_id) s on s.project_id = p.id
left join (select x.project_id, count(*) as n from asset_checks k
           join assets x on x.town_id = k.town_id and x.id = k.asset_id
           where k.town_id = :town group by x.project_id) c on c.project_id = p.id
left join (select project_id, count(*) as n from project_returns where town_id = :town
           group by project_id) r on r.project_id = p.id
left join (select project_id, count(*) as n from distribution_plans where town_id = :town
           group by project_id) d on d.project_id = p.id
left join (select project_id, count(*) as n from quality_deposits where town_id = :town
           group by project_id) q on q.project_id = p.id
where p.town_id = :town
"""

SECTORS_BASELINE: Final = """
select count(*), coalesce(sum(mc.n), 0), coalesce(sum(li.n), 0), count(i.year)
from households h
left join (select household_id, count(*) as n from members where town_id = :town
           group by household_id) mc on mc.household_id = h.id
left join (select household_id, max(year) as year from incomes
           where town_id = :town and year <= :year group by household_id) i
    on i.household_id = h.id
left join (select m.household_id, count(*) as n
           from department_entries e
           join department_lists l on l.town_id = e.town_id and l.id = e.list_id
           join members m on m.town_id = e.town_id and m.id_hash = e.id_hash
           where e.town_id = :town and l.year = :year
           group by m.household_id) li on li.household_id = h.id
where h.town_id = :town
"""

PARAM_TYPES: Final = {"today": Date(), "town": Integer(), "year": Integer(), "line": Numeric(12, 2)}

CLEAR_FINDINGS: Final = "delete from findings where source in ('project_rule', 'policy_rule')"


@dataclass(frozen=True, slots=True)
class Case:
    town: CountyTown
    principal: Principal


@dataclass(frozen=True, slots=True)
class RulesPass:
    seconds: float
    projects: float  # inside project run_rules, summed over towns
    sectors: float  # inside sector run_rules
    raised_projects: int
    raised_sectors: int
    slowest: tuple[str, float]  # town name, seconds


@dataclass(frozen=True, slots=True)
class BaselinePass:
    seconds: float
    projects: int
    project_rows: int  # projects, library entries and their child rows
    households: int
    members: int
    entries: int  # the year's entries matched to a member
    incomes: int  # households with an assessed income


@dataclass(frozen=True, slots=True)
class RuleCost:
    code: str
    name: str
    violations: int
    seconds: float


async def cases(app: Database, towns: Sequence[CountyTown]) -> list[Case]:
    """Each town with its admin as ``principal_for_user`` builds them for a request."""
    found: list[Case] = []
    for town in towns:
        async with app.unit_of_work(TenantScope()) as session:
            principal = await principal_for_user(session, user_id=town.admin_id)
        if principal is None:
            raise BenchError(f"the admin of {town.name} (user {town.admin_id}) is not active")
        found.append(Case(town, principal))
    return found


async def rules_pass_in(
    session: AsyncSession, policy: Policy, case: Case, today: date
) -> RulesPass:
    """Both rule sets for the case's town in the session's transaction (not committed)."""
    town = case.town
    began = time.perf_counter()
    raised_projects = await project_rules.run_rules(
        session,
        policy=policy,
        principal=case.principal,
        town_id=town.id,
        cycle_id=town.cycle_id,
        today=today,
    )
    middle = time.perf_counter()
    raised_sectors = await sector_rules.run_rules(
        session, policy=policy, principal=case.principal, town_id=town.id, cycle_id=town.cycle_id
    )
    done = time.perf_counter()
    return RulesPass(
        done - began,
        middle - began,
        done - middle,
        raised_projects,
        raised_sectors,
        (town.name, done - began),
    )


async def rules_pass(app: Database, policy: Policy, runs: Sequence[Case], today: date) -> RulesPass:
    """Every town in its own unit of work, timed from its start to its commit."""
    total = in_projects = in_sectors = 0.0
    raised_projects = raised_sectors = 0
    slowest = ("", 0.0)
    for case in runs:
        began = time.perf_counter()
        async with app.unit_of_work(case.principal.scope()) as session:
            town = await rules_pass_in(session, policy, case, today)
        seconds = time.perf_counter() - began
        total += seconds
        in_projects += town.projects
        in_sectors += town.sectors
        raised_projects += town.raised_projects
        raised_sectors += town.raised_sectors
        if seconds > slowest[1]:
            slowest = (case.town.name, seconds)
    return RulesPass(total, in_projects, in_sectors, raised_projects, raised_sectors, slowest)


async def rerun(
    app: Database, policy: Policy, case: Case, today: date, timeout: float
) -> RulesPass | None:
    """The rules again in one town with its findings in place (they find nothing new and
    remove nothing); None if a statement ran past ``timeout`` seconds (rolled back)."""
    try:
        async with app.unit_of_work(case.principal.scope()) as session:
            await session.execute(
                text("select set_config('statement_timeout', :ms, true)"),
                {"ms": str(int(timeout * 1000))},
            )
            return await rules_pass_in(session, policy, case, today)
    except DBAPIError as error:
        if "statement timeout" in str(error) or "canceling statement" in str(error):
            return None
        raise


async def baseline_pass(app: Database, runs: Sequence[Case], year: int) -> BaselinePass:
    total = 0.0
    counts = [0] * 6
    for case in runs:
        params = {"town": case.town.id, "year": year}
        began = time.perf_counter()
        async with app.unit_of_work(case.principal.scope()) as session:
            projects = (await session.execute(text(PROJECTS_BASELINE), params)).one()
            homes = (await session.execute(text(SECTORS_BASELINE), params)).one()
        total += time.perf_counter() - began
        for i, value in enumerate((*projects, *homes)):
            counts[i] += int(value)
    return BaselinePass(total, *counts)


async def clear_findings(owner: Database) -> None:
    """Remove what the rules raised (not timed), so that every pass raises the same."""
    async with owner.unit_of_work(TenantScope()) as session:
        await session.execute(text(CLEAR_FINDINGS))
    async with owner.engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text("vacuum (analyze) findings"))


async def rule_costs(app: Database, runs: Sequence[Case], today: date) -> list[RuleCost]:
    """Each rule's statement alone (``count(*)`` over it) in every town, in the same scopes."""
    costs: list[RuleCost] = []
    rules: list[tuple[str, str, str, dict[str, object]]] = []
    for rule in project_rules.RULES:
        rules.append((rule.code, rule.name, project_rules.violations_sql([rule]), {"today": today}))
    for rule in sector_rules.RULES:
        params = {"year": today.year, "line": DEFAULT_LINE}
        rules.append((rule.code, rule.name, sector_rules.violations_sql([rule]), params))
    for code, name, sql, params in rules:
        # Typed as the rules' modules type them (the driver could not infer a date or number).
        used = {k: v for k, v in params.items() if f":{k}" in sql}
        statement = text(f"select count(*) from ({sql}) v").bindparams(  # noqa: S608
            *(bindparam(k, type_=PARAM_TYPES[k]) for k in ("town", *used))
        )
        found, seconds = 0, 0.0
        for case in runs:
            began = time.perf_counter()
            async with app.unit_of_work(case.principal.scope()) as session:
                found += int(await session.scalar(statement, {**used, "town": case.town.id}) or 0)
            seconds += time.perf_counter() - began
        costs.append(RuleCost(code, name, found, seconds))
    return costs
