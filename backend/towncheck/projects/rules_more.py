"""The rules over a project's operation and funds, in the style of ``rules``: each a set-based
SQL check over one town selecting ``(project_id, asset_id, description)``.

They are plain specs, made into ``rules.Rule`` by ``rules`` itself (which runs and stores them
with its own), so that this module needs nothing from it.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class RuleSpec(NamedTuple):
    code: str  # the checkpoint of the default checklist it checks
    name: str
    severity: str
    sql: str  # selects project_id, asset_id, description for :town (and :today)


RULES: Final[tuple[RuleSpec, ...]] = (
    RuleSpec(
        "二.3.4",
        "asset_idle_or_damaged",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”资产存在'
              || concat_ws('、', case when o.idle then '闲置' end,
                                 case when o.damaged then '损毁' end)
              || '问题（' || o.updated_on::text || ' 登记）'
            from project_operations o
            join projects p on p.town_id = o.town_id and p.id = o.project_id
            where o.town_id = :town and (o.idle or o.damaged)""",
    ),
    RuleSpec(
        "二.5.1",
        "disbursed_over_final_account",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”累计拨付 ' || d.paid
              || ' 元，超过决算金额 ' || f.final_amount || ' 元'
            from project_funds f
            join projects p on p.town_id = f.town_id and p.id = f.project_id
            join (select town_id, project_id, sum(amount) as paid from fund_disbursements
                  where town_id = :town group by town_id, project_id) d
              on d.town_id = f.town_id and d.project_id = f.project_id
            where f.town_id = :town and f.final_amount is not null
              and d.paid > f.final_amount""",
    ),
    RuleSpec(
        "二.5.3",
        "surplus_use_missing",
        "major",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”结余资金 '
              || f.surplus_amount || ' 元未登记使用情况'
            from project_funds f
            join projects p on p.town_id = f.town_id and p.id = f.project_id
            where f.town_id = :town and f.surplus_amount > 0 and btrim(f.surplus_use) = ''""",
    ),
    # Once the final account is known, the allocation is due for the town's notice board.
    RuleSpec(
        "二.5.4",
        "allocation_not_published",
        "minor",
        """select p.id, cast(null as bigint), '项目“' || p.name || '”已于 '
              || f.final_on::text || ' 决算，资金分配结果未在镇村公告公示'
            from project_funds f
            join projects p on p.town_id = f.town_id and p.id = f.project_id
            where f.town_id = :town and f.final_on is not null and f.published_on is null""",
    ),
)
