"""GraphQL queries of the project library, projects and the findings about projects."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy import Select, func, select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import Connection, GlobalId, decode_cursor, keyset_page, page_size
from towncheck.auth.principal import require
from towncheck.projects import models
from towncheck.projects.rules import SOURCE
from towncheck.projects.schema.types import LibraryEntry, Project, ProjectFinding
from towncheck.selfcheck.models import Finding
from towncheck.selfcheck.schema.types import cycle_key


async def _page(
    info: Info,
    query: Select[Any] | Select[Any, Any],
    key: Any,
    *,
    first: int | None,
    after: str | None,
) -> tuple[list[Any], int]:
    """One statement for the page (one extra row tells of a next page), one for the count."""
    size, last = page_size(first), decode_cursor(after, kind="k")
    paged = query.where(key > last) if last >= 0 else query
    async with info.context.db as session:
        rows = list((await session.execute(paged.order_by(key).limit(size + 1))).all())
        total = await session.scalar(select(func.count()).select_from(query.subquery()))
    return rows, int(total or 0)


def _town(info: Info, town_id: strawberry.ID) -> int:
    town = GlobalId.decode(town_id, expect="Town").id
    require(info.context.policy, viewer(info), "project", "read", town_id=town)
    return town


def _village(village_id: strawberry.ID | None) -> int | None:
    return None if village_id is None else GlobalId.decode(village_id, expect="Village").id


@strawberry.type
class ProjectQuery:
    @strawberry.field(description="项目库（可按年度、村、状态筛选）/ The project library.")
    async def project_library(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        year: int | None = None,
        village_id: strawberry.ID | None = None,
        state: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[LibraryEntry]:
        town, entry = _town(info, town_id), models.LibraryEntry
        query = select(entry).where(entry.town_id == town)
        village = _village(village_id)
        for column, wanted in (
            (entry.year, year),
            (entry.village_id, village),
            (entry.state, state),
        ):
            if wanted is not None:
                query = query.where(column == wanted)
        rows, total = await _page(info, query, entry.id, first=first, after=after)
        return keyset_page(
            [r[0] for r in rows],
            LibraryEntry.of,
            key=lambda r: r.id,
            size=page_size(first),
            after=after,
            total=total,
        )

    @strawberry.field(description="产业扶贫项目（可按年度、村筛选）/ Projects, filtered.")
    async def projects(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        year: int | None = None,
        village_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Project]:
        town, project = _town(info, town_id), models.Project
        query = select(project).where(project.town_id == town)
        village = _village(village_id)
        for column, wanted in ((project.year, year), (project.village_id, village)):
            if wanted is not None:
                query = query.where(column == wanted)
        rows, total = await _page(info, query, project.id, first=first, after=after)
        return keyset_page(
            [r[0] for r in rows],
            Project.of,
            key=lambda r: r.id,
            size=page_size(first),
            after=after,
            total=total,
        )

    @strawberry.field(
        description="项目问题：项目规则发现的问题（不属于任何农户）/ Findings about projects."
    )
    async def project_findings(
        self,
        info: Info,
        *,
        cycle_id: strawberry.ID,
        project_id: strawberry.ID | None = None,
        state: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[ProjectFinding]:
        town, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "project", "read", town_id=town)
        project = models.Project
        query = (
            select(Finding, project.name)
            .join(
                project, (project.town_id == Finding.town_id) & (project.id == Finding.project_id)
            )
            .where(Finding.town_id == town, Finding.cycle_id == cycle, Finding.source == SOURCE)
        )
        if project_id is not None:
            wanted = GlobalId.decode(project_id, expect="Project").id
            query = query.where(Finding.project_id == wanted)
        if state is not None:
            query = query.where(Finding.state == state)
        rows, total = await _page(info, query, Finding.id, first=first, after=after)
        return keyset_page(
            rows,
            lambda r: ProjectFinding.of(r[0], r[1]),
            key=lambda r: r[0].id,
            size=page_size(first),
            after=after,
            total=total,
        )
