"""The county: towns (``rules_town.county``) on the extended template, each with its
registry (``rules_town.registry``: households of ~3.1 members, incomes, helpers), then every
household's self-check visit (submitted, version 1) with an answer to each household
checkpoint and a finding (open, source ``answer``) for about ``FINDING_SHARE`` of the
answers, copied in with asyncpg as the owner role; finally ``vacuum (analyze)``."""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

import asyncpg
from sqlalchemy import text

from overhead.common import BenchError
from rules_town.county import CountyTown, make_county
from rules_town.registry import fill_registry
from scoring_county.template import household_checkpoints, publish_extended
from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.config import Settings
from towncheck.db import Database, TenantScope, allow_town_write

FINDING_SHARE: Final = 0.05
HELPERLESS_PER_TEN: Final = 1  # households without a helper, per ten
MEAN_SIZE: Final = 3.08  # members per household that rules_town.registry draws

ANALYZED: Final = (
    "households",
    "members",
    "incomes",
    "household_helpers",
    "visits",
    "visit_versions",
    "visit_answers",
    "findings",
)

VISIT_COLUMNS: Final = (
    "town_id", "id", "cycle_id", "household_id", "stage", "visitor_id", "state", "version",
    "submitted_at", "review_comment",
)  # fmt: skip
VERSION_COLUMNS: Final = (
    "town_id", "visit_id", "version", "client_id", "submitted_by", "submitted_at", "visited_on",
    "note", "review_comment",
)  # fmt: skip
ANSWER_COLUMNS: Final = (
    "town_id", "visit_id", "version", "checkpoint", "value", "note", "evidence", "fixed_on_spot",
)  # fmt: skip
FINDING_COLUMNS: Final = (
    "town_id", "id", "cycle_id", "visit_id", "household_id", "checkpoint", "stage", "severity",
    "source", "found_by", "responsible_id", "description", "state", "fix_note", "fix_evidence",
    "created_at", "updated_at",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class County:
    towns: list[CountyTown]
    version_id: int
    checkpoints: int  # household checkpoints of the version
    households: int
    members: int
    helpers: int
    visits: int
    answers: int
    findings: int
    seconds: dict[str, float]


def asyncpg_url(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def _values(checkpoint: Checkpoint) -> tuple[str, str]:
    """The JSON answer that passes and the one that fails."""
    match checkpoint.answer:
        case AnswerType.yes_no:
            return json.dumps(checkpoint.expect), json.dumps(not checkpoint.expect)
        case AnswerType.number:
            return "8000", "3000"
        case AnswerType.grade | AnswerType.choice:
            return json.dumps(checkpoint.choices[0]), json.dumps(checkpoint.choices[-1])
        case _:
            return '"属实"', '"不属实"'


async def _reserve(connection: asyncpg.Connection, table: str, count: int) -> int:
    sequence = f"pg_get_serial_sequence('{table}', 'id')"
    first = int(await connection.fetchval(f"select nextval({sequence})"))
    await connection.execute(f"select setval({sequence}, $1)", first + count - 1)
    return first


async def _visits(
    connection: asyncpg.Connection,
    town: CountyTown,
    *,
    first_household: int,
    households: int,
    checkpoints: list[Checkpoint],
    seed: int,
    today: date,
) -> tuple[int, int]:
    """Visits, versions, answers and findings of one town: (answers, findings)."""
    rng = random.Random(f"{seed}:{town.id}")
    now = datetime.now(UTC)
    values = [(c.code, *_values(c)) for c in checkpoints]
    async with connection.transaction():
        first_visit = await _reserve(connection, "visits", households)
        visits: list[tuple[Any, ...]] = []
        versions: list[tuple[Any, ...]] = []
        answers: list[tuple[Any, ...]] = []
        failed: list[tuple[int, int, str]] = []
        for k in range(households):
            household = first_household + k
            visit = first_visit + k
            visits.append(
                (town.id, visit, town.cycle_id, household, "self", town.admin_id, "submitted", 1,
                 now, "")
            )  # fmt: skip
            versions.append(
                (town.id, visit, 1, uuid.UUID(int=rng.getrandbits(128), version=4),
                 town.admin_id, now, today, "", "")
            )  # fmt: skip
            for code, good, bad in values:
                if rng.random() < FINDING_SHARE:
                    answers.append((town.id, visit, 1, code, bad, "", [], False))
                    failed.append((visit, household, code))
                else:
                    answers.append((town.id, visit, 1, code, good, "", [], False))
        await connection.copy_records_to_table("visits", records=visits, columns=VISIT_COLUMNS)
        await connection.copy_records_to_table(
            "visit_versions", records=versions, columns=VERSION_COLUMNS
        )
        await connection.copy_records_to_table(
            "visit_answers", records=answers, columns=ANSWER_COLUMNS
        )
        first_finding = await _reserve(connection, "findings", max(len(failed), 1))
        findings = [
            (town.id, first_finding + n, town.cycle_id, visit, household, code, "self", "major",
             "answer", town.admin_id, town.admin_id, f"自查发现：{code} 未达标", "open", "", [],
             now, now)
            for n, (visit, household, code) in enumerate(failed)
        ]  # fmt: skip
        await connection.copy_records_to_table(
            "findings", records=findings, columns=FINDING_COLUMNS
        )
    return len(answers), len(findings)


async def _fill(
    settings: Settings, *, towns: int, households: int, seed: int, today: date
) -> County:
    seconds: dict[str, float] = {}
    owner = Database(settings.owner_url(), pool_size=1)
    connection = await asyncpg.connect(asyncpg_url(settings.owner_url()))
    totals = dict.fromkeys(("households", "members", "answers", "findings"), 0)
    try:
        began = time.perf_counter()
        async with owner.unit_of_work(TenantScope()) as session:
            county_id = await session.scalar(text("select min(id) from counties"))
            if county_id is None:
                raise BenchError("the demo county is missing")
            version_id, content = await publish_extended(session, int(county_id))
        checkpoints = household_checkpoints(content)
        county = await make_county(owner, towns=towns, today=today)
        async with owner.unit_of_work(TenantScope()) as session:
            pinned = set(
                (
                    await session.scalars(
                        text("select version_id from cycles where id = any(:c)"),
                        {"c": [t.cycle_id for t in county]},
                    )
                ).all()
            )
        if pinned != {version_id}:
            raise BenchError(f"cycles pin versions {pinned}, not {version_id}")
        seconds["county"] = time.perf_counter() - began
        seconds["registry"] = seconds["visits"] = 0.0
        for town in county:
            began = time.perf_counter()
            scope = TenantScope.system(county_id=town.county_id, town_ids=[town.id])
            async with owner.unit_of_work(scope) as session:
                await allow_town_write(session, town.id)
                first, made = await fill_registry(
                    session,
                    town_id=town.id,
                    villages=town.villages,
                    helper=town.admin_id,
                    members=round(households * MEAN_SIZE),
                    seed=seed,
                    year=today.year,
                    today=today,
                )
                totals["members"] += int(
                    await session.scalar(
                        text("select count(*) from members where town_id = :t"), {"t": town.id}
                    )
                    or 0
                )
                # Most households have a helper; every tenth or so has none.
                await session.execute(
                    text(
                        "delete from household_helpers where town_id = :t and "
                        "abs(hashtextextended('helper:' || :k || ':' || household_id, 0)) % 10 "
                        "< :n"
                    ),
                    {"t": town.id, "k": str(seed), "n": HELPERLESS_PER_TEN},
                )
            seconds["registry"] += time.perf_counter() - began
            began = time.perf_counter()
            answers, findings = await _visits(
                connection,
                town,
                first_household=first,
                households=made,
                checkpoints=checkpoints,
                seed=seed,
                today=today,
            )
            seconds["visits"] += time.perf_counter() - began
            totals["households"] += made
            totals["answers"] += answers
            totals["findings"] += findings
        began = time.perf_counter()
        for table in ANALYZED:
            await connection.execute(f"vacuum (analyze) {table}")
        seconds["vacuum"] = time.perf_counter() - began
        helpers = int(await connection.fetchval("select count(*) from household_helpers"))
    finally:
        await connection.close()
        await owner.dispose()
    return County(
        towns=county,
        version_id=version_id,
        checkpoints=len(checkpoints),
        households=totals["households"],
        members=totals["members"],
        helpers=helpers,
        visits=totals["households"],
        answers=totals["answers"],
        findings=totals["findings"],
        seconds=seconds,
    )


def fill_county(
    settings: Settings, *, towns: int, households: int, seed: int, today: date
) -> County:
    return asyncio.run(_fill(settings, towns=towns, households=households, seed=seed, today=today))
