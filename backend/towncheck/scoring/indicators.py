"""Recording a snapshot's indicators and mock-evaluation estimates (after its scores)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.checklists.content import Checkpoint
from towncheck.crosscheck.agreement import Agreement, agreement_by, measure
from towncheck.crosscheck.pairs import answer_pairs, categorical_codes
from towncheck.scoring import indicator_sql as sql
from towncheck.scoring.estimates import rounded, wilson
from towncheck.scoring.models import Indicator
from towncheck.scoring.weights import Weights
from towncheck.selfcheck.satisfaction import FAIRLY, SATISFIED


@dataclass(frozen=True, slots=True)
class Subject:
    """Which snapshot the rows go to, and what the statements are about."""

    town_id: int
    cycle_id: int
    year: int
    snapshot_id: int
    today: date  # the data cut-off's date in Beijing time

    def keys(self) -> dict[str, Any]:
        return {
            "town": self.town_id,
            "cycle": self.cycle_id,
            "snapshot": self.snapshot_id,
            "year": self.year,
        }


async def record(
    session: AsyncSession,
    *,
    subject: Subject,
    weights: Weights,
    checkpoints: Collection[Checkpoint],
) -> None:
    keys = subject.keys()
    await _household_shares(session, keys=keys, weights=weights)
    await session.execute(sql.insert_rows(sql.registry_shares()), {**keys, "today": subject.today})
    await session.execute(sql.insert_rows(sql.visit_shares()), keys)
    await session.execute(sql.insert_rows(sql.findings_and_ledger()), keys)
    await session.execute(sql.insert_rows(sql.project_violations()), keys)
    await _agreement(session, subject=subject, checkpoints=checkpoints)
    await _estimates(session, subject=subject, weights=weights)


async def _household_shares(
    session: AsyncSession, *, keys: dict[str, Any], weights: Weights
) -> None:
    arrays: dict[str, list[str]] = {}
    if weights.core:
        arrays["core_guarantee"] = weights.core_codes()
        arrays.update({f"core_{dim}": list(codes) for dim, codes in weights.core.items()})
    if weights.income:
        arrays["income"] = list(weights.income)
    params = {f"p{i}": codes for i, codes in enumerate(arrays.values())}
    dimensions = {code: f"p{i}" for i, code in enumerate(arrays)}
    if not dimensions and weights.satisfaction is None:
        return
    statement = sql.household_shares(dimensions, satisfaction=weights.satisfaction is not None)
    await session.execute(
        sql.insert_rows(statement), {**keys, **params, "satisfied": SATISFIED, "fairly": FAIRLY}
    )


def _agreement_rows(
    subject: Subject, level: str, key: int, result: Agreement
) -> list[dict[str, Any]]:
    base = {"town_id": subject.town_id, "snapshot_id": subject.snapshot_id, "level": level}
    kappa = rounded(result.kappa)
    return [
        {
            **base,
            "subject_id": key,
            "code": "agreement",
            "numerator": result.agreed,
            "denominator": result.pairs,
            "value": rounded(result.agreement),
        },
        {
            **base,
            "subject_id": key,
            "code": "kappa",
            "numerator": kappa,
            "denominator": result.pairs,
            "value": kappa,
        },
    ]


async def _agreement(
    session: AsyncSession, *, subject: Subject, checkpoints: Collection[Checkpoint]
) -> None:
    codes = categorical_codes([c for c in checkpoints if c.target.value == "household"])
    pairs = await answer_pairs(
        session, town_id=subject.town_id, cycle_id=subject.cycle_id, codes=codes
    )
    overall = measure((p.own, p.cross) for p in pairs)
    if overall is None:
        return
    rows = _agreement_rows(subject, "town", subject.town_id, overall)
    by_area = agreement_by(rows=((p.area_id, p.own, p.cross) for p in pairs))
    for area_id in sorted(by_area):
        rows += _agreement_rows(subject, "area", area_id, by_area[area_id])
    await session.execute(insert(Indicator), rows)


async def _estimates(session: AsyncSession, *, subject: Subject, weights: Weights) -> None:
    counts = (
        await session.execute(
            sql.SAMPLE_COUNTS,
            {
                **subject.keys(),
                "core": sorted({*weights.core_codes(), *weights.income}),
                "satisfaction": weights.satisfaction or "",
                "satisfied": SATISFIED,
                "fairly": FAIRLY,
            },
        )
    ).one()
    rows = []
    for code, found, sample in (
        ("wrong_exit", counts.wrong_exit, counts.exited),
        ("missed", counts.missed, counts.ordinary),
        ("recognition", counts.recognised, counts.asked),
    ):
        estimate = wilson(found, sample)
        rows.append(
            {
                "town_id": subject.town_id,
                "snapshot_id": subject.snapshot_id,
                "level": "town",
                "subject_id": subject.town_id,
                "code": code,
                "numerator": found,
                "denominator": sample,
                "value": estimate.rate,
                "low": estimate.low,
                "high": estimate.high,
            }
        )
    await session.execute(insert(Indicator), rows)
