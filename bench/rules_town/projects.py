"""One town's industrial projects, written set-based as the owner role: ``projects`` projects of
this year and the two before (40 / 35 / 25 %), each from its own library entry (plus a fifth as
many entries not chosen), with adjustments, assets, the assets' quarterly checks, returns
every half year after acceptance, distribution plans of the returns received and a quality
deposit per accepted project.

Each rule's violations are spread in (per mille of projects, assets, quarters or returns, as
the draws below say): library entries of another year or not approved, missing permits,
content adjusted by more than 10 %, late completion, audits after acceptance, assets not
transferred or registered, quarters without a check, returns missing, late or short, plans
made late, payments before their notice, deposits overdue, last year's projects unfinished.
Every draw is a hash of the town, the project's number (and the asset's, the quarter's …)
and the seed; ids are reserved up front so that rows can refer to each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from rules_town.registry import reserve

KINDS: Final = [
    "光伏扶贫电站", "蔬菜大棚", "扶贫车间", "养殖小区", "农产品冷库",
    "茶园", "果园", "乡村民宿", "电商服务站", "粮食烘干中心",
]  # fmt: skip
ASSET_KINDS: Final = ["设备", "厂房", "大棚", "光伏组件", "冷库", "道路", "仓库"]

# Each project's draws (per mille), then its dates, which depend on each other.
PROJECTS_SQL: Final = """
create temp table bench_projects on commit drop as
with k as (
    select cast(:key as text) as key, cast(:today as date) as today, cast(:year as int) as year,
        cast(:villages as bigint[]) as villages
), drawn as (
    select g.j, k.today,
        k.villages[1 + r.village % cardinality(k.villages)] as village_id,
        k.year - case when r.year_roll < 400 then 0 when r.year_roll < 750 then 1 else 2 end
            as year,
        r.*
    from generate_series(1, cast(:projects as int)) g(j)
    cross join k
    cross join lateral (select
        abs(hashtextextended('village:' || k.key || ':' || g.j, 0)) as village,
        cast(abs(hashtextextended('year:' || k.key || ':' || g.j, 0)) % 1000 as int)
            as year_roll,
        cast(abs(hashtextextended('approve:' || k.key || ':' || g.j, 0)) % 1000 as int)
            as approve,
        cast(abs(hashtextextended('library:' || k.key || ':' || g.j, 0)) % 1000 as int)
            as library,
        cast(abs(hashtextextended('permit:' || k.key || ':' || g.j, 0)) % 1000 as int) as permit,
        cast(abs(hashtextextended('duration:' || k.key || ':' || g.j, 0)) % 1000 as int)
            as duration,
        cast(abs(hashtextextended('accept:' || k.key || ':' || g.j, 0)) % 1000 as int) as accept,
        cast(abs(hashtextextended('audit:' || k.key || ':' || g.j, 0)) % 1000 as int) as audit,
        cast(abs(hashtextextended('adjust:' || k.key || ':' || g.j, 0)) % 1000 as int) as adjust,
        cast(abs(hashtextextended('deposit:' || k.key || ':' || g.j, 0)) % 1000 as int)
            as deposit
    ) r
), approved as (
    select d.*, least(make_date(d.year, 1, 1) + d.approve % 300, d.today - 30) as approved_on,
        200000 + d.approve * 1000 as investment
    from drawn d
), completed as (
    select a.*, case when c.on_day <= a.today then c.on_day end as completed_on
    from approved a
    cross join lateral (select a.approved_on + case when a.duration < 80
        then 380 + a.duration * 7 % 200 else 60 + a.duration * 13 % 280 end as on_day) c
), accepted as (
    select c.*, case when c.completed_on + 15 + c.accept % 45 <= c.today
        then c.completed_on + 15 + c.accept % 45 end as accepted_on
    from completed c
)
select a.*,
    case when a.accepted_on is null then null
         when a.audit < 50 then a.accepted_on + 3 + a.audit % 20
         when a.audit < 70 then null
         else a.accepted_on - 3 - a.audit % 20 end as audited_on,
    case when a.library < 30 then a.year - 1 else a.year end as library_year,
    case when a.library >= 30 and a.library < 50 then 'applied' else 'approved' end
        as library_state,
    case when a.permit < 50 then a.permit % 3 end as missing_permit,
    v.name || (cast(:kinds as text[]))[1 + a.j % cardinality(cast(:kinds as text[]))]
        || '（' || a.j || '）' as name
from accepted a
join villages v on v.town_id = cast(:town as int) and v.id = a.village_id
"""

LIBRARY_SQL: Final = """
insert into project_library (town_id, id, village_id, year, name, planned_investment, state,
    applied_by, applied_at, decided_by, decided_at, decision_note)
select cast(:town as int), cast(:first_library as bigint) + p.j - 1, p.village_id,
    p.library_year, p.name, p.investment, p.library_state, cast(:admin as int),
    make_date(p.library_year, 1, 1),
    case when p.library_state = 'approved' then cast(:admin as int) end,
    case when p.library_state = 'approved' then make_date(p.library_year, 1, 20) end, ''
from bench_projects p
union all
select cast(:town as int), cast(:first_library as bigint) + cast(:projects as int) + g.i - 1,
    (cast(:villages as bigint[]))[1 + g.i % cardinality(cast(:villages as bigint[]))],
    cast(:year as int) - g.i % 3, '备选项目（' || g.i || '）', 100000 + g.i * 1000, 'rejected',
    cast(:admin as int), make_date(cast(:year as int) - g.i % 3, 1, 1), cast(:admin as int),
    make_date(cast(:year as int) - g.i % 3, 1, 20), '资金不足，暂缓实施'
from generate_series(1, cast(:spare as int)) g(i)
"""

PROJECT_ROWS_SQL: Final = """
insert into projects (town_id, id, library_id, village_id, year, name, approved_on,
    planned_content, planned_investment, env_permit_no, env_permit_on, land_permit_no,
    land_permit_on, planning_permit_no, planning_permit_on, tender_amount, contract_amount,
    contractor, employer, contract_on, completed_on, accepted_on, audited_on, notice_on,
    created_by)
select cast(:town as int), cast(:first_project as bigint) + p.j - 1,
    cast(:first_library as bigint) + p.j - 1, p.village_id, p.year, p.name, p.approved_on,
    p.name || '建设', p.investment,
    case when p.missing_permit = 0 then '' else '沂环审〔' || p.year || '〕' || p.j || '号' end,
    case when p.missing_permit = 0 then null else p.approved_on - 10 end,
    case when p.missing_permit = 1 then '' else '沂土预〔' || p.year || '〕' || p.j || '号' end,
    case when p.missing_permit = 1 then null else p.approved_on - 10 end,
    case when p.missing_permit = 2 then '' else '沂规字〔' || p.year || '〕' || p.j || '号' end,
    case when p.missing_permit = 2 then null else p.approved_on - 10 end,
    p.investment, round(p.investment * 0.96, 2), '沂水县第' || (1 + p.j % 9) || '建设有限公司',
    v.name || '村民委员会', p.approved_on + 20, p.completed_on, p.accepted_on, p.audited_on,
    p.approved_on - 5, cast(:admin as int)
from bench_projects p
join villages v on v.town_id = cast(:town as int) and v.id = p.village_id
order by p.j
"""

# 60 % of projects were adjusted 1–3 times; 4 % (adjust < 40) by 6 % of content each time.
ADJUSTMENTS_SQL: Final = """
insert into project_adjustments (town_id, project_id, adjusted_on, content,
    content_change_pct, investment_change)
select cast(:town as int), cast(:first_project as bigint) + p.j - 1, p.approved_on + 30 * n.i,
    '第' || n.i || '次调整建设内容',
    case when p.adjust < 40 then 6 else 1 + (p.adjust + n.i) % 3 end,
    round(p.investment * 0.02 * case when n.i % 2 = 0 then -1 else 1 end, 2)
from bench_projects p
cross join lateral generate_series(1, case when p.adjust < 40 then 2 else 1 + p.adjust % 3 end)
    n(i)
where p.adjust < 600
order by p.j, n.i
"""

# Accepted projects have 1–4 assets; 4 % not transferred, 4 % not registered.
ASSET_DRAWS_SQL: Final = """
create temp table bench_assets on commit drop as
select row_number() over (order by p.j, n.i) as q, p.j, n.i, p.accepted_on, p.today,
    p.name || '·' || (cast(:asset_kinds as text[]))[1 + (p.j + n.i)
        % cardinality(cast(:asset_kinds as text[]))] as name,
    case when r.transfer < 40 or p.accepted_on + 5 + r.transfer % 20 > p.today then null
         else p.accepted_on + 5 + r.transfer % 20 end as transferred_on,
    r.register, r.transfer
from bench_projects p
cross join lateral generate_series(1, 1 + p.deposit % 4) n(i)
cross join lateral (select
    cast(abs(hashtextextended('transfer:' || cast(:key as text) || ':' || p.j || ':' || n.i, 0))
        % 1000 as int) as transfer,
    cast(abs(hashtextextended('register:' || cast(:key as text) || ':' || p.j || ':' || n.i, 0))
        % 1000 as int) as register) r
where p.accepted_on is not null
"""

ASSETS_SQL: Final = """
insert into assets (town_id, id, project_id, name, asset_class, quantity, unit, value,
    transfer_no, transferred_on, registered_on, keeper, rules)
select cast(:town as int), cast(:first_asset as bigint) + a.q - 1,
    cast(:first_project as bigint) + a.j - 1, a.name, '设备设施', 1 + a.i, '套',
    10000 * (1 + a.transfer % 50),
    case when a.transferred_on is null then '' else '移交〔' || a.j || '〕' || a.i || '号' end,
    a.transferred_on,
    case when a.register < 40
           or coalesce(a.transferred_on, a.accepted_on) + a.register % 15 > a.today then null
         else coalesce(a.transferred_on, a.accepted_on) + a.register % 15 end,
    '村集体管护员', '资产管护制度'
from bench_assets a
order by a.q
"""

# Every ended quarter since registration has its check but for 4 % of them.
CHECKS_SQL: Final = """
insert into asset_checks (town_id, asset_id, quarter, checked_on, note)
select a.town_id, a.id, to_char(q.q, 'YYYY-"Q"Q'), cast(q.q as date) + 45, '现场检查正常'
from assets a
cross join lateral generate_series(date_trunc('quarter', a.registered_on),
    date_trunc('quarter', cast(:today as date)) - interval '3 months', interval '3 months') q(q)
where a.town_id = :town and a.registered_on is not null
    and abs(hashtextextended('check:' || cast(:key as text) || ':' || a.id || ':' || q.q, 0))
        % 1000 >= 40
order by a.id, q.q
"""

# Every six months after acceptance: 3 % missing, 3 % late, 3 % short (once due).
RETURNS_SQL: Final = """
insert into project_returns (town_id, project_id, period, due_on, expected, received,
    received_on)
select cast(:town as int), cast(:first_project as bigint) + p.j - 1, to_char(d.d, 'YYYY-MM'),
    cast(d.d as date), round(p.investment * 0.03, 2),
    case when cast(d.d as date) > p.today or r.roll < 30 then null
         when r.roll < 60 and cast(d.d as date) + 10 + r.roll % 50 > p.today then null
         when r.roll < 90 and r.roll >= 60 then round(p.investment * 0.024, 2)
         else round(p.investment * 0.03, 2) end,
    case when cast(d.d as date) > p.today or r.roll < 30 then null
         when r.roll < 60 then case when cast(d.d as date) + 10 + r.roll % 50 <= p.today
             then cast(d.d as date) + 10 + r.roll % 50 end
         else cast(d.d as date) - r.roll % 10 end
from bench_projects p
cross join lateral generate_series(date_trunc('month', p.accepted_on) + interval '6 months',
    p.today + interval '6 months', interval '6 months') d(d)
cross join lateral (select cast(abs(hashtextextended('return:' || cast(:key as text) || ':'
    || p.j || ':' || d.d, 0)) % 1000 as int) as roll) r
where p.accepted_on is not null
order by p.j, d.d
"""

# A plan for every return received: 5 % planned after 3 months, 4 % paid before the notice.
PLANS_SQL: Final = """
insert into distribution_plans (town_id, project_id, amount, received_on, planned_on,
    notice_on, paid_on)
select t.town_id, t.project_id, round(t.received * 0.6, 2), t.received_on, t.planned_on,
    t.notice_on,
    case when t.roll >= 50 and t.roll < 90 and t.planned_on is not null
             then coalesce(t.notice_on, t.planned_on + 3) - 3
         when t.notice_on + 5 + t.roll % 15 <= cast(:today as date)
             then t.notice_on + 5 + t.roll % 15 end
from (
    select s.*, case when s.planned_on + 5 + s.roll % 5 <= cast(:today as date)
        then s.planned_on + 5 + s.roll % 5 end as notice_on
    from (
        select r.town_id, r.project_id, r.received, r.received_on, x.roll,
            case when r.received_on + x.days <= cast(:today as date)
                then r.received_on + x.days end as planned_on
        from project_returns r
        cross join lateral (select cast(abs(hashtextextended('plan:' || cast(:key as text)
            || ':' || r.id, 0)) % 1000 as int) as roll) x0
        cross join lateral (select x0.roll, case when x0.roll < 50 then 100 + x0.roll % 50
            else 10 + x0.roll % 50 end as days) x
        where r.town_id = :town and r.received_on is not null
    ) s
) t
order by t.project_id, t.received_on
"""

# A deposit per accepted project, due a year after acceptance; 6 % not returned when due.
DEPOSITS_SQL: Final = """
insert into quality_deposits (town_id, project_id, amount, due_on, returned_on)
select cast(:town as int), cast(:first_project as bigint) + p.j - 1,
    round(p.investment * 0.96 * 0.03, 2), p.accepted_on + 365,
    case when p.accepted_on + 365 > p.today or p.deposit < 60 then null
         else p.accepted_on + 365 - p.deposit % 10 end
from bench_projects p
where p.accepted_on is not null
order by p.j
"""


@dataclass(frozen=True, slots=True)
class Projects:
    projects: int
    library: int
    assets: int
    rows: int  # every row written: library, projects, adjustments, assets, checks, money


async def fill_projects(
    session: AsyncSession,
    *,
    town_id: int,
    villages: tuple[int, ...],
    admin: int,
    projects: int,
    seed: int,
    year: int,
    today: date,
) -> Projects:
    spare = projects // 5
    params: dict[str, object] = {
        "town": town_id,
        "key": f"{seed}:{town_id}",
        "today": today,
        "year": year,
        "villages": list(villages),
        "projects": projects,
        "spare": spare,
        "kinds": KINDS,
        "asset_kinds": ASSET_KINDS,
        "admin": admin,
    }
    await session.execute(text(PROJECTS_SQL), params)
    params["first_library"] = await reserve(session, "project_library", projects + spare)
    params["first_project"] = await reserve(session, "projects", projects)
    rows = 0
    for sql in (LIBRARY_SQL, PROJECT_ROWS_SQL, ADJUSTMENTS_SQL):
        rows += (await session.execute(text(sql), params)).rowcount  # type: ignore[attr-defined]
    await session.execute(text(ASSET_DRAWS_SQL), params)
    assets = int(await session.scalar(text("select count(*) from bench_assets")) or 0)
    params["first_asset"] = await reserve(session, "assets", max(assets, 1))
    for sql in (ASSETS_SQL, CHECKS_SQL, RETURNS_SQL, PLANS_SQL, DEPOSITS_SQL):
        rows += (await session.execute(text(sql), params)).rowcount  # type: ignore[attr-defined]
    return Projects(projects=projects, library=projects + spare, assets=assets, rows=rows)
