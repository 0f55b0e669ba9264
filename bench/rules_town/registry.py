"""One town's registry written set-based as the owner role: households of 1–6 members (about
3.1 on average) until the town has exactly ``members`` people, their incomes of the two last
years, and the town admin as every household's helper.

Every draw is a hash of the town, the household's number (and the member's position) and
the seed. ID hashes are 32 bytes like the app's HMAC-SHA256 digests (two MD5s of the same
inputs), unique per person; ciphertexts are 16 random-looking bytes (this bench never
decrypts). Household ids are reserved from the table's sequence up front, so the household
numbered ``k`` gets ``first id + k - 1``.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# Household categories as the synthetic registry spreads them (cumulative percent).
CATEGORY_BOUNDS: Final = (45, 70, 78)  # lifted_supported, lifted_unsupported, monitored, ordinary
# Per mille of households whose last year's income per head is below the line, by category.
BELOW_LINE: Final = {"lifted_supported": 85, "lifted_unsupported": 30, "monitored": 300}
BELOW_LINE_ORDINARY: Final = 50
DISABLED_PER_MILLE: Final = (80, 40)  # supported households, others

# Each household's draws; ``before`` is how many members the households before it have.
HOMES_SQL: Final = """
create temp table bench_homes on commit drop as
with drawn as (
    select g.k,
        1 + width_bucket(abs(hashtextextended('size:' || c.key || ':' || g.k, 0)) % 100,
            array[14, 40, 62, 82, 94]) as size,
        (array['lifted_supported', 'lifted_unsupported', 'monitored', 'ordinary'])[
            1 + width_bucket(abs(hashtextextended('category:' || c.key || ':' || g.k, 0))
                % 100, cast(:category_bounds as int[]))] as category,
        cast(abs(hashtextextended('income:' || c.key || ':' || g.k, 0)) % 1000 as int)
            as income_roll,
        cast(abs(hashtextextended('amount:' || c.key || ':' || g.k, 0)) % 9000 as int)
            as amount_roll,
        (cast(:villages as bigint[]))[1 + abs(hashtextextended('village:' || c.key || ':' || g.k,
            0)) % cardinality(cast(:villages as bigint[]))] as village_id
    from generate_series(1, cast(:members as int)) g(k), (select cast(:key as text) as key) c
), placed as (
    select d.*, coalesce(sum(d.size) over (order by d.k rows between unbounded preceding
        and 1 preceding), 0) as before
    from drawn d
)
select p.k, p.village_id, p.category, least(p.size, cast(:members as int) - p.before) as size,
    p.income_roll < case p.category
        when 'lifted_supported' then cast(:below_supported as int)
        when 'lifted_unsupported' then cast(:below_unsupported as int)
        when 'monitored' then cast(:below_monitored as int)
        else cast(:below_ordinary as int) end as below,
    p.amount_roll
from placed p
where p.before < cast(:members as int)
"""

HOUSEHOLDS_SQL: Final = """
insert into households (town_id, id, village_id, head_name, head_id_hash, address, category,
    lifted_year, poverty_causes, assistance_measures, updated_at)
select cast(:town as int), cast(:first as bigint) + h.k - 1, h.village_id,
    c.sn[1 + abs(hashtextextended('surname:' || c.key || ':' || h.k, 0)) % cardinality(c.sn)]
        || c.gn[1 + abs(hashtextextended('given:' || c.key || ':' || h.k || ':' || 1, 0))
            % cardinality(c.gn)],
    decode(md5(':id:' || c.key || ':' || h.k || ':' || 1)
        || md5(':hmac:' || c.key || ':' || h.k || ':' || 1), 'hex'),
    v.name || (1 + h.k % 300) || '号', h.category,
    case when h.category like 'lifted%' then 2014 + h.k % 7 end,
    cast('{}' as varchar[]), cast('{}' as varchar[]), now()
from bench_homes h
cross join (select cast(:key as text) as key, cast(:surnames as text[]) as sn,
    cast(:given as text[]) as gn) c
join villages v on v.town_id = cast(:town as int) and v.id = h.village_id
order by h.k
"""

# Position 1 is the head, 2 the spouse, 3 and 4 children, 5 a parent, 6 a grandchild.
MEMBERS_SQL: Final = """
insert into members (town_id, household_id, position, name, id_cipher, id_hash, id_masked, sex,
    birth_date, relation, labour_status, disability_type, disability_grade, chronic_illness,
    chronic_certified, basic_medical, critical_illness, special_insurance,
    special_policy_delivered, school_stage, enrolled, subsidies, yulu_plan, family_doctor)
select cast(:town as int), cast(:first as bigint) + h.k - 1, p.pos - 1,
    c.sn[1 + abs(hashtextextended('surname:' || c.key || ':' || h.k
        || case when p.pos in (2, 5) then ':' || p.pos else '' end, 0)) % cardinality(c.sn)]
        || c.gn[1 + abs(hashtextextended('given:' || c.key || ':' || h.k || ':' || p.pos, 0))
            % cardinality(c.gn)],
    decode(md5(':cipher:' || c.key || ':' || h.k || ':' || p.pos), 'hex'),
    decode(md5(':id:' || c.key || ':' || h.k || ':' || p.pos)
        || md5(':hmac:' || c.key || ':' || h.k || ':' || p.pos), 'hex'),
    '371323********' || lpad(cast(h.k % 10000 as text), 4, '0'),
    case when p.pos = 1 then s.head when p.pos = 2 then s.other
         when r.roll % 2 = 0 then 'male' else 'female' end,
    b.birth,
    (array['head', 'spouse', 'child', 'child', 'parent', 'grandchild'])[p.pos],
    case when extract(year from age(cast(:today as date), b.birth)) < 16 then 'none'
         when extract(year from age(cast(:today as date), b.birth)) < 60 then 'ordinary'
         else 'weak' end,
    case when r.disabled then (array['physical', 'vision', 'hearing', 'intellectual', 'mental',
        'speech', 'multiple'])[1 + r.roll % 7] end,
    case when r.disabled then cast(1 + r.roll / 7 % 4 as smallint) end,
    r.roll % 10 = 0, r.roll % 20 = 0, true, true, h.category in ('lifted_supported', 'monitored'),
    true, null, null, cast('{}' as varchar[]), false, true
from bench_homes h
cross join (select cast(:key as text) as key, cast(:surnames as text[]) as sn,
    cast(:given as text[]) as gn) c
cross join lateral generate_series(1, h.size) p(pos)
cross join lateral (select
    cast(abs(hashtextextended('member:' || c.key || ':' || h.k || ':' || p.pos, 0)) % 1000
        as int) as roll) r0
cross join lateral (select r0.roll, r0.roll < case
    when h.category in ('lifted_supported', 'monitored') then cast(:disabled_supported as int)
    else cast(:disabled_other as int) end as disabled) r
cross join lateral (select
    case when h.k % 5 = 0 then 'female' else 'male' end as head,
    case when h.k % 5 = 0 then 'male' else 'female' end as other) s
cross join lateral (select cast(:today as date) - make_interval(days =>
    case p.pos when 1 then 30 * 365 when 2 then 28 * 365 when 5 then 70 * 365 when 6 then 4 * 365
        else 8 * 365 end
    + cast(abs(hashtextextended('birth:' || c.key || ':' || h.k || ':' || p.pos, 0))
        % (20 * 365) as int)) as birth) b0
cross join lateral (select cast(b0.birth as date) as birth) b
order by h.k, p.pos
"""

# Last year's income decides the safety-net rule (its latest assessed year); the year before
# is there as a registry would have it. Per head: 2,000–4,399 below the line, else above.
INCOMES_SQL: Final = """
insert into incomes (town_id, household_id, year, wages, production, property, transfers,
    production_costs, evidence)
select cast(:town as int), cast(:first as bigint) + h.k - 1, y.year,
    round(y.total * 0.6, 2), round(y.total * 0.3, 2), round(y.total * 0.05, 2),
    round(y.total * 0.05, 2), 0, ''
from bench_homes h
cross join lateral (values
    (cast(:year as int) - 1, h.size * case when h.below then 2000 + h.amount_roll % 2400
        else 4600 + h.amount_roll end),
    (cast(:year as int) - 2, h.size * (3000 + (h.amount_roll * 7) % 9000))) y(year, total)
order by h.k, y.year
"""

HELPERS_SQL: Final = """
insert into household_helpers (town_id, household_id, user_id)
select cast(:town as int), cast(:first as bigint) + h.k - 1, cast(:helper as int)
from bench_homes h
order by h.k
"""

SURNAMES: Final = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹")
GIVEN: Final = [
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
    "秀英", "桂英", "建华", "志强", "建国", "玉兰", "秀兰", "海燕", "红梅", "春生", "德明",
]  # fmt: skip


async def reserve(session: AsyncSession, table: str, count: int) -> int:
    """The first of ``count`` ids taken from the table's identity sequence."""
    sequence = f"pg_get_serial_sequence('{table}', 'id')"
    first = int(await session.scalar(text(f"select nextval({sequence})")) or 0)
    await session.execute(text(f"select setval({sequence}, :last)"), {"last": first + count - 1})
    return first


async def fill_registry(
    session: AsyncSession,
    *,
    town_id: int,
    villages: tuple[int, ...],
    helper: int,
    members: int,
    seed: int,
    year: int,
    today: date,
) -> tuple[int, int]:
    """The town's households and members: (first household id, households); ``bench_homes``
    stays for the rest of the transaction."""
    params: dict[str, object] = {
        "town": town_id,
        "key": f"{seed}:{town_id}",
        "members": members,
        "villages": list(villages),
        "category_bounds": list(CATEGORY_BOUNDS),
        "below_supported": BELOW_LINE["lifted_supported"],
        "below_unsupported": BELOW_LINE["lifted_unsupported"],
        "below_monitored": BELOW_LINE["monitored"],
        "below_ordinary": BELOW_LINE_ORDINARY,
        "disabled_supported": DISABLED_PER_MILLE[0],
        "disabled_other": DISABLED_PER_MILLE[1],
        "surnames": SURNAMES,
        "given": GIVEN,
        "helper": helper,
        "year": year,
        "today": today,
    }
    await session.execute(text(HOMES_SQL), params)
    households = int(await session.scalar(text("select count(*) from bench_homes")) or 0)
    first = await reserve(session, "households", households)
    params["first"] = first
    await session.execute(text(HOUSEHOLDS_SQL), params)
    # Foreign-key checks reuse plans this connection cached while the table was smaller
    # (as ``generate_registry`` notes); planned again, they fit the sizes of now.
    await session.execute(text("discard plans"))
    for sql in (MEMBERS_SQL, INCOMES_SQL, HELPERS_SQL):
        await session.execute(text(sql), params)
    return first, households
