"""The key-village rules of checklist item 一.4 (扶贫工作重点村稳定退出), set-based SQL over
one town and year: a key village whose collective income is not above 50,000 yuan (一.4.2),
and one missing any 五通十有 item (一.4.1). A key village with nothing entered for the year
trips both: the office has not shown that it meets either condition.

Exit readiness (both pass) is ``villages.readiness``; the two agree by construction (same
items, same line) and the tests hold them to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import ARRAY, Integer, Numeric, String, TextClause, bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import invalid
from towncheck.programs.items import (
    FACILITIES_CHECKPOINT,
    INCOME_CHECKPOINT,
    INCOME_LINE,
    ITEMS,
)


@dataclass(frozen=True, slots=True)
class Rule:
    code: str  # the checkpoint of the default checklist it checks
    name: str
    severity: str
    sql: str  # selects village_id, description for :town and :year


@dataclass(frozen=True, slots=True)
class Violation:
    code: str
    village_id: int
    description: str


RULES: Final[tuple[Rule, ...]] = (
    # The items come as two parallel arrays (codes, names) in the standard's order; an item
    # the year does not mention counts as not met.
    Rule(
        FACILITIES_CHECKPOINT,
        "five_ten_missing",
        "major",
        """select v.id, '重点村“' || v.name || '”' || :year || '年“五通十有”'
              || case when y.id is null then '情况未填报'
                      else '未达标，缺：' || m.missing end
            from villages v
            left join village_years y
              on y.town_id = v.town_id and y.village_id = v.id and y.year = :year
            cross join lateral (
              select string_agg(i.name, '、' order by i.ord) as missing
              from unnest(:codes, :names) with ordinality as i(code, name, ord)
              where not coalesce((y.facilities ->> i.code)::boolean, false)
            ) m
            where v.town_id = :town and v.is_key_village
              and (y.id is null or m.missing is not null)""",
    ),
    Rule(
        INCOME_CHECKPOINT,
        "collective_income_low",
        "major",
        """select v.id, '重点村“' || v.name || '”' || :year || '年村集体收入'
              || coalesce(y.collective_income || ' 元，未超过 ' || :line || ' 元', '未填报')
            from villages v
            left join village_years y
              on y.town_id = v.town_id and y.village_id = v.id and y.year = :year
            where v.town_id = :town and v.is_key_village
              and (y.id is null or y.collective_income <= :line)""",
    ),
)
BY_CODE: Final = {r.code: r for r in RULES}


def violations_sql(rules: Sequence[Rule] = RULES) -> str:
    """All rules as one statement: ``code, severity, village_id, description`` (codes and
    severities are this module's constants, never input)."""
    return "\nunion all\n".join(
        f"select cast('{r.code}' as text) as code, cast('{r.severity}' as text) as severity,"  # noqa: S608
        f" v.* from ({r.sql}) as v(village_id, description)"
        for r in rules
    )


def _statement(sql: str) -> TextClause:
    # Typed, so that the driver sends arrays, an integer and a number: ``unnest`` and ``||``
    # accept several types and could not infer them.
    return text(sql).bindparams(
        bindparam("town", type_=Integer),
        bindparam("year", type_=Integer),
        bindparam("line", type_=Numeric(14, 0)),
        bindparam("codes", type_=ARRAY(String)),
        bindparam("names", type_=ARRAY(String)),
    )


def _params(town_id: int, year: int) -> dict[str, object]:
    return {
        "town": town_id,
        "year": year,
        "line": INCOME_LINE,
        "codes": list(ITEMS),
        "names": list(ITEMS.values()),
    }


_CHECK = """
select code, village_id, description from ({violations}) v order by village_id, code
"""


async def check(session: AsyncSession, *, town_id: int, year: int) -> list[Violation]:
    """Every violation in the town for the year (read only: nothing is stored)."""
    rows = await session.execute(
        _statement(_CHECK.format(violations=violations_sql())), _params(town_id, year)
    )
    return [Violation(r.code, r.village_id, r.description) for r in rows]


SOURCE: Final = "village_rule"

# A violation that no longer holds leaves the findings, unless the ledger or an appeal already
# tracks it (its item keeps the history of the fix).
_CLEAR = """
delete from findings f
where f.town_id = :town and f.cycle_id = :cycle and f.source = 'village_rule'
  and not exists (select 1 from ({violations}) v
                  where v.village_id = f.village_id and v.code = f.checkpoint)
  and not exists (select 1 from ledger_items li
                  where li.town_id = f.town_id and li.finding_id = f.id)
  and not exists (select 1 from appeals a where a.town_id = f.town_id and a.finding_id = f.id)
"""

# One finding per village and checkpoint. ``xmax = 0`` tells a row this statement inserted
# from one it updated.
_RAISE = """
insert into findings (town_id, cycle_id, visit_id, household_id, project_id, village_id,
                      checkpoint, stage, severity, source, found_by, description, state,
                      fix_note, fix_evidence)
select :town, :cycle, null, null, null, v.village_id, v.code, 'self', v.severity,
       'village_rule', :found_by, v.description, 'open', '', '{{}}'
from ({violations}) v
on conflict (town_id, cycle_id, village_id, checkpoint) where source = 'village_rule'
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
    require(policy, principal, "program", "write", town_id=town_id)
    if principal.user_id is None:
        raise invalid("规则须由本镇干部运行（问题需要记录发现人）")
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    await allow_town_write(session, town_id)
    violations = violations_sql()
    params = {**_params(town_id, cycle.year), "cycle": cycle.id}
    await session.execute(_statement(_CLEAR.format(violations=violations)), params)
    result = await session.execute(
        _statement(_RAISE.format(violations=violations)), {**params, "found_by": principal.user_id}
    )
    raised = sum(1 for row in result if row.inserted)
    await audit.record(
        session,
        actor=principal,
        action="village.rules.run",
        target_type="Cycle",
        target_id=cycle.id,
        town_id=town_id,
        after={"raised": raised, "year": cycle.year},
    )
    return raised
