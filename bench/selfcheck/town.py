"""The two cycles a run writes into, the submissions it sends, and the rows they leave.

Both cycles are created and activated on the default checklist by the town's poverty office,
with assignments generated for every household of the town (the generated ones included):
``/graphql`` submits into one, the baseline into the other, so both write fresh rows for the
same households.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import select, text

from registry.town import Town, active_cycle, find_town, office
from towncheck.api.relay import node_id
from towncheck.auth.policy import default_policy
from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.checklists.service import ensure_default_template
from towncheck.config import Settings
from towncheck.cycles import assignments
from towncheck.cycles import service as cycles
from towncheck.db import Database
from towncheck.households.models import Household
from towncheck.selfcheck.service import household_checkpoints

SUBMIT: Final = (
    "mutation($input: SubmitVisitInput!) { submitVisit(input: $input) {"
    " visit { id state version } errors { code message field } } }"
)
# Every visit reports this many problems by its answers (a yes/no answer other than the
# expected one), so both sides write findings; rules over the registry may add more.
FAILED_ANSWERS: Final = 2

Data = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Cycles:
    town: Town
    graphql: int  # cycle ids
    baseline: int
    assigned: int  # assignments per cycle
    unassigned: int  # households of a checked category nobody was given (none expected)
    checkpoints: dict[str, Checkpoint]  # the household checkpoints of the default template


async def _cycles(settings: Settings) -> Cycles:
    owner = Database(settings.owner_url(), pool_size=1)
    policy, today = default_policy(), date.today()
    try:
        town = await find_town(owner)
        made: list[int] = []
        unassigned = 0
        async with owner.unit_of_work(town.scope()) as session:
            version = await ensure_default_template(session, county_id=town.county_id)
            for side in ("GraphQL", "基线"):
                cycle = await active_cycle(
                    session,
                    town,
                    policy=policy,
                    version_id=version.id,
                    name=f"{today.year} 年入户访谈性能测试（{side}）",
                    today=today,
                )
                generated = await assignments.generate(
                    session,
                    policy=policy,
                    principal=office(town),
                    town_id=town.id,
                    cycle_id=cycle.id,
                )
                unassigned = generated.unassigned
                made.append(cycle.id)
            assigned = int(
                await session.scalar(
                    text("select count(*) from assignments where town_id = :t and cycle_id = :c"),
                    {"t": town.id, "c": made[0]},
                )
                or 0
            )
            first = await cycles.get_cycle(session, town_id=town.id, cycle_id=made[0])
            checkpoints = await household_checkpoints(session, first)
    finally:
        await owner.dispose()
    return Cycles(town, made[0], made[1], assigned, unassigned, checkpoints)


def make_cycles(settings: Settings) -> Cycles:
    return asyncio.run(_cycles(settings))


async def _households(settings: Settings, town: Town, limit: int) -> list[int]:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        async with owner.unit_of_work(town.scope()) as session:
            rows = await session.scalars(
                select(Household.id)
                .where(Household.town_id == town.id)
                .order_by(Household.id)
                .limit(limit)
            )
            return list(rows)
    finally:
        await owner.dispose()


def household_ids(settings: Settings, town: Town, limit: int) -> list[int]:
    """The first ``limit`` households of the town, by id."""
    return asyncio.run(_households(settings, town, limit))


def _answer(checkpoint: Checkpoint, photo: str, document: str, fail: bool) -> Data:
    answer: Data = {"checkpoint": checkpoint.code}
    kind = checkpoint.answer
    if kind is AnswerType.yes_no:
        answer["yes"] = not checkpoint.expect if fail else checkpoint.expect
        if fail:
            answer["note"] = "入户核查发现问题"
    elif kind is AnswerType.number:
        answer["number"] = "9000"
    elif kind in (AnswerType.grade, AnswerType.choice):
        answer["text"] = checkpoint.choices[0]
    elif kind is not AnswerType.photo:
        answer["text"] = "正常"
    answer["evidence"] = [photo] * checkpoint.evidence.photos + [
        document
    ] * checkpoint.evidence.documents
    if kind is AnswerType.photo and not answer["evidence"]:
        answer["evidence"] = [photo]
    return answer


def answers_for(
    checkpoints: dict[str, Checkpoint], photo: str, document: str, household: int
) -> list[Data]:
    """An answer to every household checkpoint; ``FAILED_ANSWERS`` yes/no ones fail,
    which ones depending on the household."""
    yes_no = [c.code for c in checkpoints.values() if c.answer is AnswerType.yes_no]
    failing = {yes_no[(household + i) % len(yes_no)] for i in range(FAILED_ANSWERS)}
    return [
        _answer(c, photo, document, c.code in failing)
        for c in sorted(checkpoints.values(), key=lambda c: c.code)
    ]


def submission_body(
    town: Town, cycle_id: int, household: int, answers: list[Data], today: date
) -> Data:
    """The GraphQL request body of one visit (the baseline takes the same)."""
    return {
        "query": SUBMIT,
        "variables": {
            "input": {
                "clientId": str(uuid.uuid4()),
                "cycleId": node_id("Cycle", cycle_id, town.id),
                "householdId": node_id("Household", household, town.id),
                "visitedOn": today.isoformat(),
                "answers": answers,
            }
        },
    }


@dataclass(frozen=True, slots=True)
class Rows:
    visits: int
    versions: int
    answers: int
    findings: int

    def line(self) -> str:
        return (
            f"{self.visits:,} visits, {self.versions:,} visit_versions, "
            f"{self.answers:,} visit_answers, {self.findings:,} findings"
        )


_COUNTS: Final = text("""
select
  (select count(*) from visits where town_id = :t and cycle_id = :c),
  (select count(*) from visit_versions vv join visits v
     on v.town_id = vv.town_id and v.id = vv.visit_id where v.town_id = :t and v.cycle_id = :c),
  (select count(*) from visit_answers va join visits v
     on v.town_id = va.town_id and v.id = va.visit_id where v.town_id = :t and v.cycle_id = :c),
  (select count(*) from findings where town_id = :t and cycle_id = :c)
""")


async def _count(settings: Settings, town: Town, cycle_ids: list[int]) -> list[Rows]:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        async with owner.unit_of_work(town.scope()) as session:
            counted = []
            for cycle_id in cycle_ids:
                row = (await session.execute(_COUNTS, {"t": town.id, "c": cycle_id})).one()
                counted.append(Rows(*(int(v) for v in row)))
            return counted
    finally:
        await owner.dispose()


def count_rows(settings: Settings, town: Town, cycle_ids: list[int]) -> list[Rows]:
    """The rows each cycle's visits left, per cycle."""
    return asyncio.run(_count(settings, town, cycle_ids))
