"""DataLoaders of the self-check, keyed by (town_id, id)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, tuple_

from towncheck.loading import SessionLoader, many_per_key
from towncheck.selfcheck.models import VisitAnswer, VisitVersion

Key = tuple[int, int]


@dataclass(frozen=True, slots=True)
class VersionWithAnswers:
    version: VisitVersion
    answers: list[VisitAnswer]


class VersionsByVisitLoader(SessionLoader[Key, list[VersionWithAnswers]]):
    """Every version of each visit with its answers: two statements for a whole page."""

    async def fetch(self, keys: Sequence[Key]) -> list[list[VersionWithAnswers]]:
        async with self.db as session:
            versions = (
                await session.scalars(
                    select(VisitVersion)
                    .where(tuple_(VisitVersion.town_id, VisitVersion.visit_id).in_(keys))
                    .order_by(VisitVersion.visit_id, VisitVersion.version)
                )
            ).all()
            answers = (
                await session.scalars(
                    select(VisitAnswer)
                    .where(tuple_(VisitAnswer.town_id, VisitAnswer.visit_id).in_(keys))
                    .order_by(VisitAnswer.checkpoint)
                )
            ).all()
        by_version: dict[tuple[int, int, int], list[VisitAnswer]] = {}
        for a in answers:
            by_version.setdefault((a.town_id, a.visit_id, a.version), []).append(a)
        combined = [
            VersionWithAnswers(v, by_version.get((v.town_id, v.visit_id, v.version), []))
            for v in versions
        ]
        return many_per_key(combined, lambda c: (c.version.town_id, c.version.visit_id), keys)
