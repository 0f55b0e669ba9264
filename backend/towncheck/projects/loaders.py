"""DataLoaders of a project's records, keyed by (town_id, project_id) — or (town_id, asset_id)
for an asset's checks — so that a page of projects costs one statement per kind of record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy import Select, select, tuple_

from towncheck.db import SessionGuard
from towncheck.loading import SessionLoader, many_per_key, one_per_key
from towncheck.projects.models import (
    Adjustment,
    Asset,
    AssetCheck,
    DistributionPlan,
    Project,
    ProjectReturn,
    QualityDeposit,
)

Key = tuple[int, int]
R = TypeVar("R")


async def _grouped(
    db: SessionGuard, stmt: Select[R], key: Callable[[R], Key], keys: Sequence[Key]
) -> list[list[R]]:
    async with db as session:
        rows = (await session.scalars(stmt)).all()
    return many_per_key(rows, key, keys)


def _by_project(row: Adjustment | Asset | ProjectReturn | DistributionPlan | QualityDeposit) -> Key:
    return row.town_id, row.project_id


class AdjustmentsByProjectLoader(SessionLoader[Key, list[Adjustment]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[Adjustment]]:
        stmt = (
            select(Adjustment)
            .where(tuple_(Adjustment.town_id, Adjustment.project_id).in_(keys))
            .order_by(Adjustment.adjusted_on, Adjustment.id)
        )
        return await _grouped(self.db, stmt, _by_project, keys)


class AssetsByProjectLoader(SessionLoader[Key, list[Asset]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[Asset]]:
        stmt = (
            select(Asset)
            .where(tuple_(Asset.town_id, Asset.project_id).in_(keys))
            .order_by(Asset.id)
        )
        return await _grouped(self.db, stmt, _by_project, keys)


class ChecksByAssetLoader(SessionLoader[Key, list[AssetCheck]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[AssetCheck]]:
        stmt = (
            select(AssetCheck)
            .where(tuple_(AssetCheck.town_id, AssetCheck.asset_id).in_(keys))
            .order_by(AssetCheck.quarter, AssetCheck.checked_on, AssetCheck.id)
        )

        def by_asset(row: AssetCheck) -> Key:
            return row.town_id, row.asset_id

        return await _grouped(self.db, stmt, by_asset, keys)


class ReturnsByProjectLoader(SessionLoader[Key, list[ProjectReturn]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[ProjectReturn]]:
        stmt = (
            select(ProjectReturn)
            .where(tuple_(ProjectReturn.town_id, ProjectReturn.project_id).in_(keys))
            .order_by(ProjectReturn.due_on, ProjectReturn.id)
        )
        return await _grouped(self.db, stmt, _by_project, keys)


class DistributionPlansByProjectLoader(SessionLoader[Key, list[DistributionPlan]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[DistributionPlan]]:
        stmt = (
            select(DistributionPlan)
            .where(tuple_(DistributionPlan.town_id, DistributionPlan.project_id).in_(keys))
            .order_by(DistributionPlan.received_on, DistributionPlan.id)
        )
        return await _grouped(self.db, stmt, _by_project, keys)


class QualityDepositsByProjectLoader(SessionLoader[Key, list[QualityDeposit]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[QualityDeposit]]:
        stmt = (
            select(QualityDeposit)
            .where(tuple_(QualityDeposit.town_id, QualityDeposit.project_id).in_(keys))
            .order_by(QualityDeposit.due_on, QualityDeposit.id)
        )
        return await _grouped(self.db, stmt, _by_project, keys)


class ProjectByIdLoader(SessionLoader[Key, Project | None]):
    """Projects named by global id (``node``/``nodes``); row-level security hides other towns'."""

    async def fetch(self, keys: Sequence[Key]) -> list[Project | None]:
        stmt = select(Project).where(tuple_(Project.town_id, Project.id).in_(keys))
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, lambda r: (r.town_id, r.id), keys)
