"""A town's projects as an .xlsx workbook: one row per project with its key dates (approval,
contract, completion, cost audit, county acceptance, public notice) and what the project rules
say about it today (read only: nothing is stored, unlike ``run_rules``).

One sheet: the title ``{town}产业扶贫项目台账``, a line saying when it was generated, then the
rows in year, village and project order.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from towncheck.errors import not_found
from towncheck.projects import rules
from towncheck.projects.models import Project
from towncheck.rectification.export import CHINA_TIME
from towncheck.sheets import CELL, HEADER_ROW, SheetFormats, sheet_formats, titled_sheet
from towncheck.tenancy.models import Town, Village

SHEET: Final = "产业扶贫项目"
# (heading, width); a CJK character is about two width units.
COLUMNS: Final = (
    ("序号", 6),
    ("年度", 7),
    ("村", 12),
    ("项目名称", 28),
    ("计划投资（元）", 14),
    ("批复日期", 11),
    ("合同签订", 11),
    ("完工日期", 11),
    ("造价审核", 11),
    ("竣工验收", 11),
    ("公示日期", 11),
    ("规则问题数", 10),
    ("规则检查情况", 60),
)
DATE_COLUMNS: Final = (5, 6, 7, 8, 9, 10)
ALL_CLEAR: Final = "符合"


@dataclass(frozen=True, slots=True)
class ProjectLine:
    year: int
    village: str
    name: str
    planned_investment: Decimal
    dates: tuple[date | None, ...]  # in the order of DATE_COLUMNS
    problems: tuple[str, ...]  # "二.1.3 项目“…”缺少…许可文件", in rule order


async def project_lines(
    session: AsyncSession, *, town_id: int, year: int | None, today: date
) -> list[ProjectLine]:
    """The town's projects (of ``year``, if given) with today's rule violations: two
    statements whatever the number of projects."""
    query = (
        select(Project, Village.name)
        .outerjoin(
            Village, and_(Village.town_id == Project.town_id, Village.id == Project.village_id)
        )
        .where(Project.town_id == town_id)
        .order_by(Project.year, Project.village_id, Project.id)
    )
    if year is not None:
        query = query.where(Project.year == year)
    rows = (await session.execute(query)).all()
    found: dict[int, list[str]] = defaultdict(list)
    for violation in await rules.check(session, town_id=town_id, today=today):
        found[violation.project_id].append(f"{violation.code} {violation.description}")
    return [
        ProjectLine(
            year=p.year,
            village=village or "",
            name=p.name,
            planned_investment=p.planned_investment,
            dates=(
                p.approved_on,
                p.contract_on,
                p.completed_on,
                p.audited_on,
                p.accepted_on,
                p.notice_on,
            ),
            problems=tuple(found.get(p.id, ())),
        )
        for p, village in rows
    ]


async def projects_workbook(
    session: AsyncSession, *, town_id: int, year: int | None, now: datetime
) -> bytes:
    """The caller authorizes; the rules are judged as on ``now``'s Beijing date."""
    town = await session.scalar(select(Town.name).where(Town.id == town_id))
    if town is None:
        raise not_found("乡镇不存在或您无权查看")
    today = now.astimezone(CHINA_TIME).date()
    lines = await project_lines(session, town_id=town_id, year=year, today=today)
    title = f"{town}{f'{year}年' if year is not None else ''}产业扶贫项目台账"
    stamp = now.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M")
    flagged = sum(1 for line in lines if line.problems)
    summary = (
        f"生成时间：{stamp}　共 {len(lines)} 个项目，{flagged} 个存在规则问题"
        f"（按 {today.isoformat()} 检查）"
    )
    return render(title, summary, lines)


# ---------------------------------------------------------------------------- workbook


@dataclass(frozen=True, slots=True)
class _Formats(SheetFormats):
    money: Format
    day: Format
    flagged: Format


def _formats(book: Workbook) -> _Formats:
    return _Formats(
        **sheet_formats(book),
        money=book.add_format({**CELL, "num_format": "#,##0.00"}),
        day=book.add_format({**CELL, "align": "center", "num_format": "yyyy-mm-dd"}),
        flagged=book.add_format({**CELL, "text_wrap": True, "font_color": "#C00000"}),
    )


def _write_line(sheet: Worksheet, row: int, index: int, line: ProjectLine, f: _Formats) -> None:
    sheet.write_number(row, 0, index, f.centred)
    sheet.write_number(row, 1, line.year, f.centred)
    for col, value in ((2, line.village), (3, line.name)):
        if value:
            sheet.write_string(row, col, value, f.wrapped)
        else:
            sheet.write_blank(row, col, None, f.wrapped)
    sheet.write_number(row, 4, float(line.planned_investment), f.money)
    for col, day in zip(DATE_COLUMNS, line.dates, strict=True):
        if day is None:
            sheet.write_blank(row, col, None, f.day)
        else:
            sheet.write_datetime(row, col, day, f.day)
    sheet.write_number(row, 11, len(line.problems), f.centred)
    if line.problems:
        sheet.write_string(row, 12, "\n".join(line.problems), f.flagged)
    else:
        sheet.write_string(row, 12, ALL_CLEAR, f.text)


def render(title: str, summary: str, lines: Sequence[ProjectLine]) -> bytes:
    """Pure: the workbook for already-fetched lines."""
    buffer = io.BytesIO()
    # strings_to_numbers off: a project called "2024" must stay text.
    book = Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    f = _formats(book)
    sheet = titled_sheet(
        book,
        f,
        name=SHEET,
        title=title,
        summary=summary,
        columns=COLUMNS,
        rows=len(lines),
        centred=False,
    )
    for index, line in enumerate(lines, start=1):
        _write_line(sheet, HEADER_ROW + index, index, line, f)
    book.close()
    return buffer.getvalue()
