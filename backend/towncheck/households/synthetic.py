"""A deterministic synthetic registry for the demo and for benchmarks.

`generate_registry` fills one town whose villages exist: households of 1–6 members with valid
ID numbers, incomes spread around the poverty line, living conditions, and the deliberate
gaps (unsafe houses, missing insurance, children out of school) that risk flags should find.
The same (seed, town id, today) always gives the same people; only ciphertexts differ.
Rows are built in memory and written with COPY, the one fast path at 300,000 members.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households import risk
from towncheck.households import synthetic_words as words
from towncheck.households.synthetic_plan import COLUMNS, GeneratedCounts, Row, _CopyConnection
from towncheck.households.synthetic_rows import _Builder
from towncheck.personal import Vault


async def town_has_households(session: AsyncSession, *, town_id: int) -> bool:
    found = await session.scalar(
        text("select exists (select 1 from households where town_id = :town)"), {"town": town_id}
    )
    return bool(found)


async def generate_registry(
    session: AsyncSession,
    *,
    vault: Vault,
    town_id: int,
    households: int,
    seed: int,
    helper_user_ids: Sequence[int] = (),
    today: date,
) -> GeneratedCounts:
    """Fill a town that has villages but no households yet, then recompute its risk flags.

    The caller opens writes to the town (``allow_town_write``) and commits; helpers, if
    given, are assigned round-robin.
    """
    if households < 0:
        raise ValueError("户数不能为负数")
    villages = [
        (int(v), str(n))
        for v, n in (
            await session.execute(
                text("select id, name from villages where town_id = :town order by id"),
                {"town": town_id},
            )
        ).all()
    ]
    if not villages:
        raise ValueError(f"乡镇（id={town_id}）还没有村，无法生成户籍数据")
    code = await session.scalar(
        text("select c.code from towns t join counties c on c.id = t.county_id where t.id = :town"),
        {"town": town_id},
    )
    region = str(code) if code and len(str(code)) == 6 else words.DEFAULT_REGION
    ids = sorted(
        int(i)
        for i in (
            await session.scalars(
                text(
                    "select nextval(pg_get_serial_sequence('households', 'id'))"
                    " from generate_series(1, :n)"
                ),
                {"n": households},
            )
        ).all()
    )
    # Reproducible demo data, not secrets: a seeded PRNG is what is wanted here.
    rng = random.Random(f"{seed}:{town_id}")  # noqa: S311
    builder = _Builder(
        rng=rng, vault=vault, town_id=town_id, today=today, region=region, villages=villages
    )
    for index, household_id in enumerate(ids):
        helper = helper_user_ids[index % len(helper_user_ids)] if helper_user_ids else None
        builder.household(household_id, helper)
    raw = await (await session.connection()).get_raw_connection()
    driver: _CopyConnection | None = raw.driver_connection
    if driver is None:
        raise RuntimeError("the session's database connection is closed")
    for table, columns in COLUMNS.items():
        await _copy(driver, table, columns, builder.rows[table])
        if table == "households":
            # Foreign-key checks reuse plans this connection cached, maybe while the table
            # held a few rows; such a plan can scan a whole town per member inserted (half a
            # minute for 5,000 households). Discarded, they are planned for the sizes of now.
            await driver.execute("discard plans")
    # Rows copied a moment ago have no statistics yet. Under row-level security the planner
    # then expects one income row and scans the town's members once per household (20 s for
    # 5,000 households); a whole town wants hash joins anyway.
    nested_loops = await session.scalar(text("select current_setting('enable_nestloop')"))
    await session.execute(text("select set_config('enable_nestloop', 'off', true)"))
    await risk.recompute(session, town_id=town_id, household_ids=ids)
    await session.execute(
        text("select set_config('enable_nestloop', :value, true)"), {"value": str(nested_loops)}
    )
    return GeneratedCounts(households=len(ids), members=len(builder.rows["members"]))


async def _copy(
    driver: _CopyConnection, table: str, columns: Sequence[str], records: Sequence[Row]
) -> None:
    """COPY FROM is refused on tables under row-level security (the app role's case), so
    rows go into a temporary table and move with one INSERT ... SELECT, which the write
    policies check like any other insert."""
    if not records:
        return
    stage, names = f"synthetic_{table}", ", ".join(columns)
    # Table and column names are this module's constants, never input.
    await driver.execute(
        f"create temp table {stage} on commit drop as"  # noqa: S608
        f" select {names} from {table} with no data"
    )
    await driver.copy_records_to_table(stage, records=records, columns=columns)
    await driver.execute(f"insert into {table} ({names}) select {names} from {stage}")  # noqa: S608
    # Dropped now rather than at commit, so that one transaction can fill several towns.
    await driver.execute(f"drop table {stage}")
