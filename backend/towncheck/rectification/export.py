"""The rectification ledger (整改台账) as an .xlsx workbook in the usual printed layout.

One sheet: the title ``{town}{cycle}整改台账``, a line saying when it was generated and what
it lists, then one row per item. Household heads appear masked to their surname (王**):
the ledger is printed and posted, and the problem is about the household, not its name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Final

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.ext.asyncio import AsyncSession
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from towncheck.auth.models import User
from towncheck.auth.principal import Principal
from towncheck.cycles.models import Cycle
from towncheck.errors import invalid, not_found
from towncheck.households.models import Household
from towncheck.rectification.clearance import DONE
from towncheck.rectification.models import LedgerItem
from towncheck.rectification.scope import items_visible
from towncheck.rectification.transitions import STATE_NAMES
from towncheck.sheets import CELL, HEADER_ROW, SheetFormats, sheet_formats, titled_sheet
from towncheck.tenancy.models import Area, Town, Village

# China has one zone and no daylight saving: a fixed offset is exact.
CHINA_TIME: Final = timezone(timedelta(hours=8))
SHEET: Final = "整改台账"
# (heading, width); a CJK character is about two width units.
COLUMNS: Final = (
    ("序号", 6),
    ("管理区", 14),
    ("村", 12),
    ("户主", 9),
    ("问题", 40),
    ("整改措施", 40),
    ("责任人", 18),
    ("时限", 11),
    ("状态", 9),
    ("是否逾期", 10),
    ("销号时间", 17),
    ("成效核验", 30),
)


@dataclass(frozen=True, slots=True)
class LedgerLine:
    area: str
    village: str
    head: str  # already masked
    problem: str
    measures: str
    owner: str
    deadline: date
    state: str
    signed_off_at: datetime | None
    effectiveness: str


@dataclass(frozen=True, slots=True)
class _Heading:
    town: str
    cycle: str
    area: str | None


def mask_head(name: str) -> str:
    """王建国 → 王**; nothing for an item without a household."""
    return f"{name[:1]}**" if name else ""


def _filters(
    *,
    town_id: int,
    cycle_id: int,
    state: str | None,
    area_id: int | None,
    overdue: bool | None,
    today: date,
    viewer: Principal | None,
) -> list[ColumnElement[bool]]:
    item = LedgerItem
    where: list[ColumnElement[bool]] = [item.town_id == town_id, item.cycle_id == cycle_id]
    # Withdrawn items (their finding fell on appeal) are listed only when asked for.
    where.append(item.state == state if state is not None else item.state != "withdrawn")
    if area_id is not None:
        where.append(item.area_id == area_id)
    if overdue is not None:
        late = and_(item.state.not_in(DONE), item.deadline < today)
        where.append(late if overdue else ~late)
    if viewer is not None:
        where.append(items_visible(viewer, town_id))
    return where


async def _heading(
    session: AsyncSession, *, town_id: int, cycle_id: int, area_id: int | None
) -> _Heading:
    # With no area asked for, the subquery looks for ``id is null`` and yields null.
    area = select(Area.name).where(Area.town_id == town_id, Area.id == area_id).scalar_subquery()
    row = (
        await session.execute(
            select(Town.name, Cycle.name, area)
            .join(Cycle, Cycle.town_id == Town.id)
            .where(Cycle.town_id == town_id, Cycle.id == cycle_id)
        )
    ).first()
    if row is None:
        raise not_found("评估周期不存在或您无权查看")
    town, cycle, area_name = row
    if area_id is not None and area_name is None:
        raise invalid("管理区不属于该乡镇", field="areaId")
    return _Heading(town=town, cycle=cycle, area=area_name)


async def ledger_lines(
    session: AsyncSession, *, where: Sequence[ColumnElement[bool]]
) -> list[LedgerLine]:
    """The rows, in one statement, in the ledger's order: by area, village and household."""
    item = LedgerItem
    query = (
        select(
            Area.name,
            Village.name,
            Household.head_name,
            item.problem,
            item.measures,
            User.display_name,
            item.deadline,
            item.state,
            item.signed_off_at,
            item.effectiveness,
        )
        .select_from(item)
        .outerjoin(Area, and_(Area.town_id == item.town_id, Area.id == item.area_id))
        .outerjoin(Village, and_(Village.town_id == item.town_id, Village.id == item.village_id))
        .outerjoin(
            Household, and_(Household.town_id == item.town_id, Household.id == item.household_id)
        )
        .outerjoin(User, User.id == item.owner_id)
        .where(*where)
        .order_by(
            item.area_id.asc().nulls_last(),
            item.village_id.asc().nulls_last(),
            item.household_id.asc().nulls_last(),
            item.deadline,
            item.id,
        )
    )
    return [
        LedgerLine(
            area=area or "",
            village=village or "",
            head=mask_head(head or ""),
            problem=problem,
            measures=measures,
            owner=owner or "",
            deadline=deadline,
            state=state,
            signed_off_at=signed_off_at,
            effectiveness=effectiveness,
        )
        for (
            area,
            village,
            head,
            problem,
            measures,
            owner,
            deadline,
            state,
            signed_off_at,
            effectiveness,
        ) in await session.execute(query)
    ]


async def ledger_workbook(
    session: AsyncSession,
    *,
    town_id: int,
    cycle_id: int,
    now: datetime,
    state: str | None = None,
    area_id: int | None = None,
    overdue: bool | None = None,
    viewer: Principal | None = None,
) -> bytes:
    """The cycle's ledger, filtered like the ``ledger`` query. The caller authorizes;
    ``viewer`` narrows the rows to what that cadre may see (None: the whole town)."""
    if state is not None and state not in STATE_NAMES:
        raise invalid(f"未知的整改状态：{state}", field="state")
    today = now.astimezone(CHINA_TIME).date()
    heading = await _heading(session, town_id=town_id, cycle_id=cycle_id, area_id=area_id)
    where = _filters(
        town_id=town_id,
        cycle_id=cycle_id,
        state=state,
        area_id=area_id,
        overdue=overdue,
        today=today,
        viewer=viewer,
    )
    lines = await ledger_lines(session, where=where)
    summary = _summary(heading, lines, state=state, overdue=overdue, now=now)
    return render(f"{heading.town}{heading.cycle}整改台账", summary, lines, today=today)


def _summary(
    heading: _Heading,
    lines: Sequence[LedgerLine],
    *,
    state: str | None,
    overdue: bool | None,
    now: datetime,
) -> str:
    chosen = [
        *([f"管理区：{heading.area}"] if heading.area else []),
        *([f"状态：{STATE_NAMES[state]}"] if state else []),
        *([("仅逾期" if overdue else "未逾期")] if overdue is not None else []),
    ]
    scope = f"（{'，'.join(chosen)}）" if chosen else ""
    stamp = now.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M")
    return f"生成时间：{stamp}　共 {len(lines)} 项{scope}"


def lateness(line: LedgerLine, *, today: date) -> str:
    """是否逾期: open past the deadline, or signed off after it (Beijing date)."""
    if line.state == "withdrawn":
        return ""
    if line.state != "signed_off":
        return "是" if line.deadline < today else "否"
    signed = line.signed_off_at.astimezone(CHINA_TIME).date() if line.signed_off_at else today
    return "逾期销号" if signed > line.deadline else "否"


# ---------------------------------------------------------------------------- workbook


@dataclass(frozen=True, slots=True)
class _Formats(SheetFormats):
    late: Format
    day: Format
    moment: Format


def _formats(book: Workbook) -> _Formats:
    return _Formats(
        **sheet_formats(book),
        late=book.add_format({**CELL, "align": "center", "font_color": "#C00000", "bold": True}),
        day=book.add_format({**CELL, "align": "center", "num_format": "yyyy-mm-dd"}),
        moment=book.add_format({**CELL, "align": "center", "num_format": "yyyy-mm-dd hh:mm"}),
    )


def _write_line(
    sheet: Worksheet, row: int, index: int, line: LedgerLine, f: _Formats, *, today: date
) -> None:
    late = lateness(line, today=today)
    texts = (
        (1, line.area, f.text),
        (2, line.village, f.text),
        (3, line.head, f.centred),
        (4, line.problem, f.wrapped),
        (5, line.measures, f.wrapped),
        (6, line.owner, f.wrapped),
        (8, STATE_NAMES.get(line.state, line.state), f.centred),
        (9, late, f.late if late == "是" else f.centred),
        (11, line.effectiveness, f.wrapped),
    )
    sheet.write_number(row, 0, index, f.centred)
    for col, value, fmt in texts:
        if value:
            sheet.write_string(row, col, value, fmt)
        else:
            sheet.write_blank(row, col, None, fmt)
    sheet.write_datetime(row, 7, line.deadline, f.day)
    if line.signed_off_at is not None:
        # xlsx has no time zones: write the Beijing wall-clock time the reader expects.
        local = line.signed_off_at.astimezone(CHINA_TIME).replace(tzinfo=None)
        sheet.write_datetime(row, 10, local, f.moment)
    else:
        sheet.write_blank(row, 10, None, f.moment)


def render(title: str, summary: str, lines: Sequence[LedgerLine], *, today: date) -> bytes:
    """Pure: the workbook for already-fetched lines."""
    buffer = io.BytesIO()
    # strings_to_numbers off: a problem text such as "1.2" must stay text.
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
        centred=True,
    )
    # Narrower than the default so the twelve columns still print at a readable size.
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.7)
    for index, line in enumerate(lines, start=1):
        _write_line(sheet, HEADER_ROW + index, index, line, f, today=today)
    book.close()
    return buffer.getvalue()
