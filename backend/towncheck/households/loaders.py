"""DataLoaders for a household's details, keyed by (town_id, household_id).

Each batch selects its keys with ``pairs_in``: one statement, built once, whatever the
batch's size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from sqlalchemy import select

from towncheck.auth.models import User
from towncheck.households.listing import (
    Key,
    MemberRecord,
    key_params,
    member_records,
    pairs_in,
)
from towncheck.households.models import (
    Household,
    HouseholdHelper,
    Income,
    LivingConditions,
    RiskFlag,
    StatusCase,
    StatusStep,
)
from towncheck.loading import SessionLoader, many_per_key, one_per_key

INCOMES: Final = (
    select(Income).where(pairs_in(Income.town_id, Income.household_id)).order_by(Income.year.desc())
)
LIVING_CONDITIONS: Final = select(LivingConditions).where(
    pairs_in(LivingConditions.town_id, LivingConditions.household_id)
)
RISK_FLAGS: Final = (
    select(RiskFlag)
    .where(pairs_in(RiskFlag.town_id, RiskFlag.household_id))
    .order_by(RiskFlag.flag)
)
STATUS_CASES: Final = (
    select(StatusCase)
    .where(pairs_in(StatusCase.town_id, StatusCase.household_id))
    .order_by(StatusCase.id)
)
STATUS_STEPS: Final = (
    select(StatusStep)
    .where(pairs_in(StatusStep.town_id, StatusStep.case_id))
    .order_by(StatusStep.id)
)
HELPERS: Final = (
    select(HouseholdHelper.town_id, HouseholdHelper.household_id, User)
    .join(User, User.id == HouseholdHelper.user_id)
    .where(pairs_in(HouseholdHelper.town_id, HouseholdHelper.household_id))
    .order_by(User.id)
)
HOUSEHOLDS: Final = select(Household).where(pairs_in(Household.town_id, Household.id))


class MembersByHouseholdLoader(SessionLoader[Key, list[MemberRecord]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[MemberRecord]]:
        async with self.db as session:
            grouped = await member_records(session, keys)
        return [grouped.get(k, []) for k in keys]


class IncomesByHouseholdLoader(SessionLoader[Key, list[Income]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[Income]]:
        async with self.db as session:
            rows = (await session.scalars(INCOMES, key_params(keys))).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class LivingConditionsByHouseholdLoader(SessionLoader[Key, LivingConditions | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[LivingConditions | None]:
        async with self.db as session:
            rows = (await session.scalars(LIVING_CONDITIONS, key_params(keys))).all()
        return one_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class RiskFlagsByHouseholdLoader(SessionLoader[Key, list[RiskFlag]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[RiskFlag]]:
        async with self.db as session:
            rows = (await session.scalars(RISK_FLAGS, key_params(keys))).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class StatusCasesByHouseholdLoader(SessionLoader[Key, list[StatusCase]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[StatusCase]]:
        async with self.db as session:
            rows = (await session.scalars(STATUS_CASES, key_params(keys))).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class StepsByCaseLoader(SessionLoader[Key, list[StatusStep]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[StatusStep]]:
        async with self.db as session:
            rows = (await session.scalars(STATUS_STEPS, key_params(keys))).all()
        return many_per_key(rows, lambda r: (r.town_id, r.case_id), keys)


class HelpersByHouseholdLoader(SessionLoader[Key, list[User]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[User]]:
        async with self.db as session:
            rows = (await session.execute(HELPERS, key_params(keys))).all()
        grouped = many_per_key(rows, lambda r: (r[0], r[1]), keys)
        return [[r[2] for r in group] for group in grouped]


class HouseholdByIdLoader(SessionLoader[Key, Household | None]):
    """Households reached from other rows (a visit, a finding) already scoped by the viewer."""

    async def fetch(self, keys: Sequence[Key]) -> list[Household | None]:
        async with self.db as session:
            rows = (await session.scalars(HOUSEHOLDS, key_params(keys))).all()
        return one_per_key(rows, lambda r: (r.town_id, r.id), keys)
