"""The demo's self-check visits: a share of each town's households visited through the real
submission path, answers pre-filled from the registry as the visit form does, with seeded
problems at a different rate per town so that the county comparison ranks the towns apart.
"""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Final

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.models import TownMembership
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal
from towncheck.auth.roles import Role
from towncheck.auth.service import principal_for_user
from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.cycles.models import Assignment, Cycle
from towncheck.db import Database, TenantScope
from towncheck.evidence.service import store_upload
from towncheck.evidence.storage import Storage
from towncheck.households.models import Household
from towncheck.selfcheck.answers import AnswerData
from towncheck.selfcheck.draft import DraftAnswer, visit_draft
from towncheck.selfcheck.models import Visit
from towncheck.selfcheck.satisfaction import (
    FAIRLY,
    SATISFIED,
    UNSATISFIED,
    satisfaction_checkpoint,
)
from towncheck.selfcheck.service import Submission, household_checkpoints, submit_visit
from towncheck.tenancy.models import Town


@dataclass(frozen=True, slots=True)
class Profile:
    """How one demo town's self-check went."""

    share: float  # of the town's households visited
    problem_rate: float  # chance a cadre-judged yes/no checkpoint is answered with a problem
    satisfaction: tuple[float, float, float]  # weights of 满意, 基本满意, 不满意


# By town code (demo/data.py): the self-check's first days, so a share of the households.
# The registry's own problems come on top of these, so the ranking is the data's, not set.
PROFILES: Final[dict[str, Profile]] = {
    "371323101": Profile(share=0.15, problem_rate=0.05, satisfaction=(0.70, 0.22, 0.08)),
    "371323102": Profile(share=0.20, problem_rate=0.005, satisfaction=(0.88, 0.11, 0.01)),
    "371323103": Profile(share=0.10, problem_rate=0.10, satisfaction=(0.50, 0.30, 0.20)),
}
MAX_VISITS: Final = 60  # per town: a visit costs some 20 statements; the demo should start soon
VISITS_SEED: Final = 371323
# Who is held to visit a household, best first (cycles/assignments.py's bases).
BASIS_ORDER: Final = ("helper", "area", "village", "manual")
PROBLEM_NOTE: Final = "入户核实发现问题，已告知帮扶责任人"


@dataclass(frozen=True, slots=True)
class _Evidence:
    photo: str
    document: str


async def load_visits(
    database: Database,
    policy: Policy,
    scope: TenantScope,
    towns: list[Town],
    *,
    today: date,
    storage: Storage,
) -> None:
    """Visits for each demo town's active cycle; households already visited are skipped."""
    for town in towns:
        profile = PROFILES.get(town.code)
        if profile is None:
            continue
        async with database.unit_of_work(scope) as session:
            await _town_visits(session, policy, town, profile, today=today, storage=storage)
    async with database.unit_of_work(scope) as session:
        # Fresh statistics, so the worker's first scoring run right after start plans its
        # joins over visits and answers on the rows just written, not on empty tables.
        await session.execute(text("analyze visits, visit_versions, visit_answers, findings"))


async def _town_visits(
    session: AsyncSession,
    policy: Policy,
    town: Town,
    profile: Profile,
    *,
    today: date,
    storage: Storage,
) -> None:
    cycle = await session.scalar(
        select(Cycle)
        .where(
            Cycle.town_id == town.id,
            Cycle.state == "active",
            Cycle.self_start <= today,
            Cycle.self_end >= today,
        )
        .order_by(Cycle.id.desc())
        .limit(1)
    )
    if cycle is None:  # a later run, after the self-check window closed: nothing to add
        return
    todo = await _households(session, town, cycle, profile)
    if not todo:
        return
    admin_id = await session.scalar(
        select(TownMembership.user_id)
        .where(TownMembership.town_id == town.id, TownMembership.role == Role.TOWN_ADMIN.value)
        .order_by(TownMembership.user_id)
        .limit(1)
    )
    if admin_id is None:
        return
    visitors = await _visitors(session, cycle)
    principals: dict[int, Principal] = {}
    for user_id in {admin_id, *visitors.values()}:
        principal = await principal_for_user(session, user_id=user_id)
        if principal is not None:
            principals[user_id] = principal
    evidence = await _evidence(session, policy, principals[admin_id], storage, town.id)
    checkpoints = await household_checkpoints(session, cycle)
    satisfaction = satisfaction_checkpoint(checkpoints)
    for household_id in todo:
        visitor = principals.get(visitors.get(household_id, admin_id), principals[admin_id])
        draft = await visit_draft(
            session,
            policy=policy,
            principal=visitor,
            town_id=town.id,
            cycle_id=cycle.id,
            household_id=household_id,
            today=today,
        )
        # Seeded per household, so a household's answers do not depend on which others
        # an earlier, interrupted run already visited.
        rng = random.Random(f"{VISITS_SEED}:{town.code}:{household_id}")  # noqa: S311
        answers = [
            answer
            for item in draft.answers
            if (answer := _answer(item, rng, profile, evidence, satisfaction)) is not None
        ]
        await submit_visit(
            session,
            policy=policy,
            principal=visitor,
            town_id=town.id,
            submission=Submission(
                client_id=uuid.uuid5(
                    uuid.NAMESPACE_URL, f"towncheck-demo:{cycle.id}:{household_id}"
                ),
                cycle_id=cycle.id,
                household_id=household_id,
                visited_on=today,
                answers=tuple(answers),
            ),
            today=today,
        )


def _client_id(cycle: Cycle, household_id: int) -> uuid.UUID:
    # Stable per cycle and household, as a phone's retry would be: a rerun cut short
    # between submission and commit cannot store the same visit twice.
    return uuid.uuid5(
        uuid.NAMESPACE_URL, f"towncheck-demo:{cycle.town_id}:{cycle.id}:{household_id}"
    )


async def _households(
    session: AsyncSession, town: Town, cycle: Cycle, profile: Profile
) -> list[int]:
    """The town's seeded sample of households, less those visited in the cycle already."""
    everyone = list(
        (
            await session.scalars(
                select(Household.id).where(Household.town_id == town.id).order_by(Household.id)
            )
        ).all()
    )
    count = min(MAX_VISITS, round(len(everyone) * profile.share))
    sampler = random.Random(f"{VISITS_SEED}:{town.code}")  # noqa: S311
    chosen = sorted(sampler.sample(everyone, count))
    visited = set(
        (
            await session.scalars(
                select(Visit.household_id).where(
                    Visit.town_id == town.id, Visit.cycle_id == cycle.id, Visit.stage == "self"
                )
            )
        ).all()
    )
    return [h for h in chosen if h not in visited]


async def _visitors(session: AsyncSession, cycle: Cycle) -> dict[int, int]:
    """Household → the cadre it is assigned to, the helper first; the rest fall to the
    poverty office, which may visit any household of its town."""
    rows = await session.execute(
        select(Assignment.household_id, Assignment.assignee_id, Assignment.basis).where(
            Assignment.town_id == cycle.town_id,
            Assignment.cycle_id == cycle.id,
            Assignment.subject == "household",
        )
    )
    best: dict[int, tuple[int, int]] = {}
    for household_id, assignee_id, basis in rows:
        if household_id is None:
            continue
        rank = BASIS_ORDER.index(basis) if basis in BASIS_ORDER else len(BASIS_ORDER)
        if household_id not in best or (rank, assignee_id) < best[household_id]:
            best[household_id] = (rank, assignee_id)
    return {household: assignee for household, (_, assignee) in best.items()}


async def _evidence(
    session: AsyncSession, policy: Policy, office: Principal, storage: Storage, town_id: int
) -> _Evidence:
    """One photo and one document per town: the template asks for evidence on many
    required checkpoints, and content-addressed storage keeps one copy however often used."""
    photo = await store_upload(
        session,
        policy=policy,
        principal=office,
        storage=storage,
        town_id=town_id,
        filename="入户照片.png",
        content=_png(),
        kind="photo",
    )
    document = await store_upload(
        session,
        policy=policy,
        principal=office,
        storage=storage,
        town_id=town_id,
        filename="证明材料.pdf",
        content=_PDF,
        kind="document",
    )
    return _Evidence(photo=photo.storage_key, document=document.storage_key)


def _answer(
    item: DraftAnswer,
    rng: random.Random,
    profile: Profile,
    evidence: _Evidence,
    satisfaction: Checkpoint | None,
) -> AnswerData | None:
    checkpoint, value = item.checkpoint, item.value
    # An optional checkpoint the registry says nothing about does not apply to this
    # household (no dilapidated house, no vocational student): left unanswered.
    if not checkpoint.required and value is None:
        return None
    need = checkpoint.evidence
    photos = max(need.photos, 1) if checkpoint.answer is AnswerType.photo else need.photos
    attached = (evidence.photo,) * photos + (evidence.document,) * need.documents
    kind = checkpoint.answer
    if kind is AnswerType.yes_no:
        yes = value if isinstance(value, bool) else checkpoint.expect
        # Only what the cadre judges at the door deviates; the registry decides the rest.
        problem = item.registry_verdict is None and rng.random() < profile.problem_rate
        if problem:
            yes = not checkpoint.expect
        return AnswerData(
            checkpoint=checkpoint.code,
            yes=yes,
            note=PROBLEM_NOTE if problem else "",
            evidence=attached,
        )
    if kind is AnswerType.number:
        return AnswerData(checkpoint=checkpoint.code, number=_number(value), evidence=attached)
    if kind is AnswerType.photo:
        return AnswerData(checkpoint=checkpoint.code, evidence=attached)
    if satisfaction is not None and checkpoint.code == satisfaction.code:
        given = rng.choices(_SATISFACTION, weights=profile.satisfaction)[0]
    elif isinstance(value, str) and (not checkpoint.choices or value in checkpoint.choices):
        given = value
    else:
        given = checkpoint.choices[0] if checkpoint.choices else "正常"
    return AnswerData(checkpoint=checkpoint.code, text=given, evidence=attached)


_SATISFACTION: Final = (SATISFIED, FAIRLY, UNSATISFIED)  # in the order of Profile.satisfaction


def _number(value: object) -> Decimal:
    # The registry's figure confirmed; a household without one counts as no income found.
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return Decimal(0)
    return Decimal(0)


def _png() -> bytes:
    """A one-pixel PNG: the smallest photo the evidence inspection accepts."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes([0, 60, 140, 60])))
        + chunk(b"IEND", b"")
    )


_PDF: Final = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
