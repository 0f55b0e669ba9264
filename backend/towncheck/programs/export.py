"""A town's social-assistance and collaboration-fund registers as one .xlsx workbook, offered
at ``/download/assistance.xlsx?townId=…`` (optional ``year``).

Two sheets, each with a title line, a generated-at line, a header and the entries in date
order: ``社会扶贫`` and ``省内扶贫协作``. Two statements whatever the number of entries.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import and_, extract, select
from sqlalchemy.ext.asyncio import AsyncSession
from xlsxwriter.workbook import Workbook

from towncheck.errors import not_found
from towncheck.programs.models import ASSISTANCE_KINDS, CollaborationFund, SocialAssistance
from towncheck.rectification.export import CHINA_TIME
from towncheck.tenancy.models import Town, Village

Cell = str | Decimal | date | int | None
ASSISTANCE_SHEET: Final = "社会扶贫"
COLLABORATION_SHEET: Final = "省内扶贫协作"
# (heading, width, kind): kind says how a cell is written.
ASSISTANCE_COLUMNS: Final = (
    ("序号", 6, "int"),
    ("日期", 11, "date"),
    ("类别", 12, "text"),
    ("捐助方或帮扶主体", 22, "text"),
    ("村", 12, "text"),
    ("金额（元）", 14, "money"),
    ("用途", 28, "text"),
    ("成效", 28, "text"),
)
COLLABORATION_COLUMNS: Final = (
    ("序号", 6, "int"),
    ("年度", 7, "int"),
    ("协作方", 20, "text"),
    ("项目或用途", 28, "text"),
    ("金额（元）", 14, "money"),
    ("到账日期", 11, "date"),
    ("使用日期", 11, "date"),
    ("带动脱贫成效", 32, "text"),
)
FIRST_ROW: Final = 3  # title, generated-at line, header


async def register_rows(
    session: AsyncSession, *, town_id: int, year: int | None
) -> tuple[list[tuple[Cell, ...]], list[tuple[Cell, ...]]]:
    """The rows of both sheets (without their running number)."""
    given = select(SocialAssistance, Village.name).outerjoin(
        Village,
        and_(
            Village.town_id == SocialAssistance.town_id, Village.id == SocialAssistance.village_id
        ),
    )
    given = given.where(SocialAssistance.town_id == town_id)
    funds = select(CollaborationFund).where(CollaborationFund.town_id == town_id)
    if year is not None:
        given = given.where(extract("year", SocialAssistance.given_on) == year)
        funds = funds.where(CollaborationFund.year == year)
    given = given.order_by(SocialAssistance.given_on, SocialAssistance.id)
    funds = funds.order_by(CollaborationFund.year, CollaborationFund.id)
    assistance: list[tuple[Cell, ...]] = [
        (
            a.given_on,
            ASSISTANCE_KINDS.get(a.kind, a.kind),
            a.helper,
            village or "",
            a.amount,
            a.purpose,
            a.result,
        )
        for a, village in (await session.execute(given)).all()
    ]
    collaboration: list[tuple[Cell, ...]] = [
        (f.year, f.partner, f.purpose, f.amount, f.received_on, f.used_on, f.results)
        for f in await session.scalars(funds)
    ]
    return assistance, collaboration


def render(
    town: str,
    stamp: str,
    assistance: Sequence[tuple[Cell, ...]],
    collaboration: Sequence[tuple[Cell, ...]],
) -> bytes:
    """Pure: the workbook for already-fetched rows."""
    buffer = io.BytesIO()
    # strings_to_numbers off: a donor called "2024" must stay text.
    book = Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    cell = {"border": 1, "valign": "top", "font_size": 10}
    formats = {
        "title": book.add_format({"bold": True, "font_size": 16, "align": "center"}),
        "meta": book.add_format({"font_size": 10, "font_color": "#595959"}),
        "header": book.add_format(
            {**cell, "bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True}
        ),
        "text": book.add_format({**cell, "text_wrap": True}),
        "int": book.add_format({**cell, "align": "center"}),
        "money": book.add_format({**cell, "num_format": "#,##0.00"}),
        "date": book.add_format({**cell, "align": "center", "num_format": "yyyy-mm-dd"}),
    }
    for name, columns, rows, total_col in (
        (ASSISTANCE_SHEET, ASSISTANCE_COLUMNS, assistance, 5),
        (COLLABORATION_SHEET, COLLABORATION_COLUMNS, collaboration, 4),
    ):
        sheet = book.add_worksheet(name)
        last, header = len(columns) - 1, FIRST_ROW - 1
        total = sum((Decimal(str(r[total_col - 1])) for r in rows), Decimal(0))
        sheet.merge_range(0, 0, 0, last, f"{town}{name}登记台账", formats["title"])
        summary = f"生成时间：{stamp}　共 {len(rows)} 条，合计 {total:,.2f} 元"
        sheet.merge_range(1, 0, 1, last, summary, formats["meta"])
        for col, (heading, width, _) in enumerate(columns):
            sheet.set_column(col, col, width)
            sheet.write_string(header, col, heading, formats["header"])
        for index, row in enumerate(rows, start=1):
            r = header + index
            for col, ((_, _, kind), value) in enumerate(zip(columns, (index, *row), strict=True)):
                fmt = formats[kind]
                if value is None or value == "":
                    sheet.write_blank(r, col, None, fmt)
                elif kind == "date" and isinstance(value, date):
                    sheet.write_datetime(r, col, value, fmt)
                elif kind in ("int", "money"):
                    sheet.write_number(r, col, float(str(value)), fmt)
                else:
                    sheet.write_string(r, col, str(value), fmt)
        sheet.freeze_panes(FIRST_ROW, 0)
        sheet.autofilter(header, 0, header + len(rows), last)
        sheet.set_paper(9)  # A4
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
    book.close()
    return buffer.getvalue()


async def registers_workbook(
    session: AsyncSession, *, town_id: int, year: int | None, now: datetime
) -> bytes:
    """The caller authorizes."""
    town = await session.scalar(select(Town.name).where(Town.id == town_id))
    if town is None:
        raise not_found("乡镇不存在或您无权查看")
    assistance, collaboration = await register_rows(session, town_id=town_id, year=year)
    label = f"{town}{f'{year}年' if year is not None else ''}"
    stamp = now.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M")
    return render(label, stamp, assistance, collaboration)
