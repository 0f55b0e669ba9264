"""The bulletin (通报) rendered: a printable HTML page and an .xlsx workbook.

Pure: a ``BulletinData`` in, text or bytes out; no database, no GraphQL.
"""

from __future__ import annotations

from towncheck.crosscheck.bulletin_html import render_html
from towncheck.crosscheck.bulletin_tables import format_kappa, format_percent, format_time
from towncheck.crosscheck.bulletin_xlsx import render_xlsx

__all__ = ["format_kappa", "format_percent", "format_time", "render_html", "render_xlsx"]
