"""The bulletin (通报) as a complete, self-contained, printable HTML page."""

from __future__ import annotations

import html

from towncheck.crosscheck.bulletin_data import BulletinData
from towncheck.crosscheck.bulletin_tables import (
    NUMERALS,
    Table,
    cell_text,
    format_kappa,
    format_percent,
    format_time,
    local_time,
    tables,
)

_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun"'
_CSS = f"""
@page {{ size: A4; margin: 18mm 15mm 18mm 15mm; }}
html {{ font-family: {_FONTS}, sans-serif; font-size: 10.5pt; line-height: 1.6; color: #000; }}
body {{ max-width: 180mm; margin: 0 auto; padding: 12mm 0; background: #fff; }}
header {{ text-align: center; }}
h1 {{ font-size: 20pt; margin: 0 0 3mm; letter-spacing: 0.05em; }}
.meta {{ margin: 0; }}
.meta span + span {{ margin-left: 2em; }}
.basis {{ margin: 1mm 0 0; font-size: 9.5pt; color: #333; }}
hr {{ border: 0; border-top: 2px solid #c00; margin: 4mm 0 5mm; }}
.summary, .empty {{ text-indent: 2em; margin: 0 0 3mm; }}
h2 {{ font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; }}
table {{ width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.4; }}
th, td {{ border: 1px solid #555; padding: 0.8mm 1mm; vertical-align: top; }}
th {{ background: #eee; text-align: center; white-space: nowrap; }}
td.num {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
thead {{ display: table-header-group; }}
tr, th, td {{ break-inside: avoid; page-break-inside: avoid; }}
.sign {{ text-align: right; margin-top: 10mm; }}
@media print {{
  body {{ max-width: none; padding: 0; }}
  th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _header(data: BulletinData) -> str:
    return (
        f"<header>\n<h1>{_e(data.title)}</h1>\n"
        f'<p class="meta"><span>乡镇：{_e(data.town)}</span>'
        f"<span>评估周期：{_e(data.cycle)}</span><span>第 {data.version} 版</span></p>\n"
        f'<p class="basis">本通报根据截至 {format_time(data.data_cutoff)} 的数据生成，'
        f"生成时间 {format_time(data.generated_at)}。</p>\n</header>\n<hr>"
    )


def _summary(data: BulletinData) -> str:
    agreement = data.agreement
    if agreement.percent is None:
        compared = "尚无可比对的自查与互查结果，一致率暂无法计算。"
    else:
        compared = (
            f"全镇自查互查一致率 {format_percent(agreement.percent)}，"
            f"Kappa 系数 {format_kappa(agreement.kappa)}（比对 {agreement.pairs} 项）。"
        )
    return (
        f'<p class="summary">本次评估共入户核查 {data.households_visited} 户，'
        f"发现问题 {data.findings} 个，其中自查互查不一致 {data.discrepancies} 个，"
        f"尚待整改 {data.open} 个。{compared}</p>"
    )


def _html_table(table: Table) -> str:
    head = "".join(f"<th>{_e(c.heading)}</th>" for c in table.columns)
    body = "\n".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_e(cell_text(v, c.kind))}</td>'
            if c.kind in ("int", "percent", "kappa")
            else f"<td>{_e(cell_text(v, c.kind))}</td>"
            for c, v in zip(table.columns, row, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _section(number: str, table: Table) -> str:
    content = _html_table(table) if table.rows else '<p class="empty">无。</p>'
    return f"<section>\n<h2>{number}、{_e(table.title)}</h2>\n{content}\n</section>"


def render_html(data: BulletinData) -> str:
    """The bulletin as a complete, self-contained, printable HTML5 page (A4)."""
    sections = "\n".join(
        _section(number, table) for number, table in zip(NUMERALS, tables(data), strict=False)
    )
    day = local_time(data.generated_at)
    sign = f"{_e(data.town)}<br>{day.year}年{day.month}月{day.day}日"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(data.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{_header(data)}\n{_summary(data)}\n{sections}\n"
        f'<p class="sign">{sign}</p>\n</body>\n</html>\n'
    )
