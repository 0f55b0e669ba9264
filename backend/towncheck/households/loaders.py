"""DataLoaders for a household's details, keyed by (town_id, household_id)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, tuple_

from towncheck.auth.models import User
from towncheck.households.models import (
    Household,
    HouseholdHelper,
    Income,
    LivingConditions,
    Member,
    RiskFlag,
    StatusCase,
    StatusStep,
)
from towncheck.loading import SessionLoader, many_per_key, one_per_key

Key = tuple[int, int]


class MembersByHouseholdLoader(SessionLoader[Key, list[Member]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[Member]]:
        stmt = (
            select(Member)
            .where(tuple_(Member.town_id, Member.household_id).in_(keys))
            .order_by(Member.position, Member.id)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class IncomesByHouseholdLoader(SessionLoader[Key, list[Income]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[Income]]:
        stmt = (
            select(Income)
            .where(tuple_(Income.town_id, Income.household_id).in_(keys))
            .order_by(Income.year.desc())
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class LivingConditionsByHouseholdLoader(SessionLoader[Key, LivingConditions | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[LivingConditions | None]:
        stmt = select(LivingConditions).where(
            tuple_(LivingConditions.town_id, LivingConditions.household_id).in_(keys)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class RiskFlagsByHouseholdLoader(SessionLoader[Key, list[RiskFlag]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[RiskFlag]]:
        stmt = (
            select(RiskFlag)
            .where(tuple_(RiskFlag.town_id, RiskFlag.household_id).in_(keys))
            .order_by(RiskFlag.flag)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class StatusCasesByHouseholdLoader(SessionLoader[Key, list[StatusCase]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[StatusCase]]:
        stmt = (
            select(StatusCase)
            .where(tuple_(StatusCase.town_id, StatusCase.household_id).in_(keys))
            .order_by(StatusCase.id)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.household_id), keys)


class StepsByCaseLoader(SessionLoader[Key, list[StatusStep]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[StatusStep]]:
        stmt = (
            select(StatusStep)
            .where(tuple_(StatusStep.town_id, StatusStep.case_id).in_(keys))
            .order_by(StatusStep.id)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.case_id), keys)


class HelpersByHouseholdLoader(SessionLoader[Key, list[User]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[User]]:
        stmt = (
            select(HouseholdHelper.town_id, HouseholdHelper.household_id, User)
            .join(User, User.id == HouseholdHelper.user_id)
            .where(tuple_(HouseholdHelper.town_id, HouseholdHelper.household_id).in_(keys))
            .order_by(User.id)
        )
        async with self.db as session:
            rows = (await session.execute(stmt)).all()
        grouped = many_per_key(rows, lambda r: (r[0], r[1]), keys)
        return [[r[2] for r in group] for group in grouped]


class HouseholdByIdLoader(SessionLoader[Key, Household | None]):
    """Households reached from other rows (a visit, a finding) already scoped by the viewer."""

    async def fetch(self, keys: Sequence[Key]) -> list[Household | None]:
        stmt = select(Household).where(tuple_(Household.town_id, Household.id).in_(keys))
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, lambda r: (r.town_id, r.id), keys)
