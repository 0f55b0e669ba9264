"""DataLoaders of a project's operation, disbursements and funds, keyed by (town_id,
project_id): one statement per kind for a whole page of projects."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, tuple_

from towncheck.loading import SessionLoader, many_per_key, one_per_key
from towncheck.projects.operation_models import FundDisbursement, ProjectFunds, ProjectOperation

Key = tuple[int, int]


def _by_project(row: ProjectOperation | FundDisbursement | ProjectFunds) -> Key:
    return row.town_id, row.project_id


class OperationByProjectLoader(SessionLoader[Key, ProjectOperation | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[ProjectOperation | None]:
        stmt = select(ProjectOperation).where(
            tuple_(ProjectOperation.town_id, ProjectOperation.project_id).in_(keys)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, _by_project, keys)


class DisbursementsByProjectLoader(SessionLoader[Key, list[FundDisbursement]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[FundDisbursement]]:
        stmt = (
            select(FundDisbursement)
            .where(tuple_(FundDisbursement.town_id, FundDisbursement.project_id).in_(keys))
            .order_by(FundDisbursement.paid_on, FundDisbursement.id)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, _by_project, keys)


class FundsByProjectLoader(SessionLoader[Key, ProjectFunds | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[ProjectFunds | None]:
        stmt = select(ProjectFunds).where(
            tuple_(ProjectFunds.town_id, ProjectFunds.project_id).in_(keys)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, _by_project, keys)
