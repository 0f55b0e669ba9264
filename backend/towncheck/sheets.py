"""The printed layout the exported .xlsx ledgers share: a title row, a line saying when the
sheet was generated, a header, then the data from ``FIRST_ROW`` on; A4 landscape, one page
wide, the header repeated on every page and page numbers in the footer.

The formats are added to the workbook in one fixed order, so a workbook built through here
comes out the same as one that spelled them out itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

FIRST_ROW: Final = 3  # title, generated-at line, header
HEADER_ROW: Final = FIRST_ROW - 1
# Every bordered data cell starts from this; a workbook's own formats add to it.
CELL: Final[Mapping[str, str | int]] = {"border": 1, "valign": "top", "font_size": 10}


@dataclass(frozen=True, slots=True)
class SheetFormats:
    """The formats every titled sheet uses; a workbook subclasses this to add its own."""

    title: Format
    meta: Format
    header: Format
    text: Format
    wrapped: Format
    centred: Format


def sheet_formats(book: Workbook) -> dict[str, Format]:
    """The fields of ``SheetFormats``, added to ``book``: a dict rather than an instance so
    that a subclass can be built as ``Sub(**sheet_formats(book), extra=...)``."""
    return {
        "title": book.add_format({"bold": True, "font_size": 16, "align": "center"}),
        "meta": book.add_format({"font_size": 10, "font_color": "#595959"}),
        "header": book.add_format(
            {
                **CELL,
                "bold": True,
                "bg_color": "#DDEBF7",
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        ),
        "text": book.add_format(dict(CELL)),
        "wrapped": book.add_format({**CELL, "text_wrap": True}),
        "centred": book.add_format({**CELL, "align": "center"}),
    }


def titled_sheet(
    book: Workbook,
    formats: SheetFormats,
    *,
    name: str,
    title: str,
    summary: str,
    columns: Sequence[tuple[str, int]],
    rows: int,
    centred: bool,
) -> Worksheet:
    """A new sheet ``name`` with its title, ``summary`` line and header of ``(heading,
    width)`` ``columns``, the panes frozen below the header, a filter over the header and
    the ``rows`` data rows the caller writes from ``FIRST_ROW`` on, and the print set-up.
    ``centred`` centres the printed table on the page."""
    sheet = book.add_worksheet(name)
    last = len(columns) - 1
    sheet.merge_range(0, 0, 0, last, title, formats.title)
    sheet.set_row(0, 28)
    sheet.merge_range(1, 0, 1, last, summary, formats.meta)
    for col, (heading, width) in enumerate(columns):
        sheet.set_column(col, col, width)
        sheet.write_string(HEADER_ROW, col, heading, formats.header)
    sheet.set_row(HEADER_ROW, 22)
    sheet.freeze_panes(FIRST_ROW, 0)
    sheet.autofilter(HEADER_ROW, 0, HEADER_ROW + rows, last)
    sheet.set_paper(9)  # A4
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)  # all columns on one page width, as many pages as needed
    if centred:
        sheet.center_horizontally()
    sheet.repeat_rows(HEADER_ROW)
    sheet.set_footer("&C第 &P 页，共 &N 页")
    return sheet
