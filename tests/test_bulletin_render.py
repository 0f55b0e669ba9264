"""The bulletin's HTML page and workbook, rendered from plain values (no database)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from python_calamine import CalamineWorkbook

from towncheck.crosscheck.bulletin_data import (
    Agreement,
    AreaRow,
    BulletinData,
    CadreRow,
    ProblemRow,
)
from towncheck.crosscheck.bulletin_render import (
    format_kappa,
    format_percent,
    format_time,
    render_html,
    render_xlsx,
)

NO_PAIRS = Agreement(pairs=0, percent=None, kappa=None)
SHEETS = ["汇总", "按管理区", "按干部", "一致率最低", "问题清单"]


def _data() -> BulletinData:
    areas = (
        AreaRow(
            area="东区<script>alert(1)</script>",
            team="第一组",
            households_visited=12,
            findings=5,
            critical=1,
            major=2,
            minor=2,
            discrepancies=3,
            open=4,
            agreement=Agreement(pairs=40, percent=Decimal("87.25"), kappa=Decimal("0.6125")),
        ),
        AreaRow(
            area="西区",
            team="",
            households_visited=0,
            findings=0,
            critical=0,
            major=0,
            minor=0,
            discrepancies=0,
            open=0,
            agreement=NO_PAIRS,
        ),
    )
    low = CadreRow(
        cadre="李四",
        findings=3,
        discrepancies=3,
        open=2,
        agreement=Agreement(pairs=10, percent=Decimal("66.65"), kappa=Decimal("-0.0504")),
    )
    cadres = (low, CadreRow(cadre="王五", findings=1, discrepancies=0, open=1, agreement=NO_PAIRS))
    problem = ProblemRow(
        area="东区",
        village="前村",
        household="王**",
        checkpoint="1.2",
        description="住房安全鉴定 <b>未</b> 完成 & 无改造计划",
        severity="critical",
        source="discrepancy",
        stage="cross",
        state="open",
        cadre="李四",
    )
    fixed = replace(
        problem,
        severity="minor",
        source="rule",
        stage="self",
        state="fixed_on_spot",
        cadre="",
        description="家庭医生未签约",
    )
    return BulletinData(
        town="马站镇",
        cycle="2024年春季评估",
        version=3,
        title="马站镇自查互查情况通报",
        generated_at=datetime(2024, 3, 25, 10, 5, tzinfo=UTC),
        data_cutoff=datetime(2024, 3, 25, 10, 0, tzinfo=UTC),
        households_visited=12,
        findings=6,
        discrepancies=3,
        open=5,
        agreement=Agreement(pairs=50, percent=Decimal("82.0"), kappa=Decimal("0.55")),
        areas=areas,
        cadres=cadres,
        lowest_agreement=(low,),
        problems=(problem, fixed),
    )


def _empty() -> BulletinData:
    return replace(
        _data(),
        households_visited=0,
        findings=0,
        discrepancies=0,
        open=0,
        agreement=NO_PAIRS,
        areas=(),
        cadres=(),
        lowest_agreement=(),
        problems=(),
    )


def _rows(data: bytes, sheet: str) -> Sequence[Sequence[object]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def test_formatting_rounds_half_up_and_shows_missing_values() -> None:
    assert format_percent(Decimal("66.65")) == "66.7%"
    assert format_percent(Decimal("100")) == "100.0%"
    assert format_percent(None) == "—"
    assert format_kappa(Decimal("0.6125")) == "0.613"
    assert format_kappa(Decimal("-0.0504")) == "-0.050"
    assert format_kappa(None) == "—"
    # Stored in UTC, shown in China time.
    assert format_time(datetime(2024, 3, 25, 16, 30, tzinfo=UTC)) == "2024-03-26 00:30"
    assert format_time(datetime(2024, 3, 25, 16, 30)) == "2024-03-25 16:30"


def test_html_is_a_self_contained_printable_chinese_page() -> None:
    page = render_html(_data())
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="zh-CN">' in page
    assert '<meta charset="utf-8">' in page
    assert "@page" in page and "size: A4" in page and "@media print" in page
    assert "thead { display: table-header-group; }" in page
    assert "Noto Sans CJK SC" in page
    # Nothing is fetched: no scripts, links, images or remote URLs.
    assert not re.search(r"<script|<link|<img|src=|https?://|@import", page, re.IGNORECASE)


def test_html_header_summary_and_sections() -> None:
    page = render_html(_data())
    assert "<h1>马站镇自查互查情况通报</h1>" in page
    assert "乡镇：马站镇" in page and "评估周期：2024年春季评估" in page and "第 3 版" in page
    assert "本通报根据截至 2024-03-25 18:00 的数据生成，生成时间 2024-03-25 18:05。" in page
    assert "入户核查 12 户" in page and "发现问题 6 个" in page
    assert "自查互查不一致 3 个" in page and "尚待整改 5 个" in page
    assert "一致率 82.0%，Kappa 系数 0.550（比对 50 项）" in page
    for heading in (
        "一、各管理区问题情况",
        "二、责任干部问题情况",
        "三、自查互查一致率最低的干部",
        "四、问题清单",
    ):
        assert heading in page
    assert "2024年3月25日" in page


def test_html_tables_show_labels_numbers_and_missing_values() -> None:
    page = render_html(_data())
    assert '<td class="num">87.3%</td>' in page
    assert '<td class="num">0.613</td>' in page
    assert '<td class="num">66.7%</td>' in page
    assert '<td class="num">-0.050</td>' in page
    assert '<td class="num">—</td>' in page  # 西区 and 王五 have no pairs
    for label in ("严重", "一般", "互查不一致", "台账规则", "互查", "自查", "待整改", "立行立改"):
        assert f"<td>{label}</td>" in page
    assert "<td>王**</td>" in page


def test_html_escapes_every_text_value() -> None:
    page = render_html(_data())
    assert "<script>" not in page
    assert "东区&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "住房安全鉴定 &lt;b&gt;未&lt;/b&gt; 完成 &amp; 无改造计划" in page
    hostile = replace(_data(), title='<script>"x"</script>', town="A&B")
    page = render_html(hostile)
    assert "<script>" not in page
    assert "<title>&lt;script&gt;&quot;x&quot;&lt;/script&gt;</title>" in page
    assert "乡镇：A&amp;B" in page


def test_html_of_an_empty_bulletin_says_none() -> None:
    page = render_html(_empty())
    assert page.count('<p class="empty">无。</p>') == 4
    assert "<table" not in page
    assert "尚无可比对的自查与互查结果" in page


def test_xlsx_sheets_and_summary() -> None:
    data = render_xlsx(_data())
    assert CalamineWorkbook.from_filelike(io.BytesIO(data)).sheet_names == SHEETS
    rows = _rows(data, "汇总")
    assert rows[0][0] == "马站镇自查互查情况通报"
    lines = {row[0]: row[1] for row in rows if row and row[0]}
    assert lines["乡镇"] == "马站镇"
    assert lines["评估周期"] == "2024年春季评估"
    assert lines["版本"] == "第 3 版"
    assert lines["生成时间"] == "2024-03-25 18:05"
    assert lines["数据截至"] == "2024-03-25 18:00"
    assert lines["入户核查户数"] == 12
    assert lines["一致率"] == 0.82
    assert lines["Kappa系数"] == 0.55


def test_xlsx_tables_hold_numbers_and_labels() -> None:
    data = render_xlsx(_data())
    areas = _rows(data, "按管理区")
    assert areas[0][:4] == ["序号", "管理区", "互查组", "入户数"]
    assert areas[1][:4] == [1, "东区<script>alert(1)</script>", "第一组", 12]
    assert areas[1][-2:] == [0.8725, 0.6125]  # the fraction, shown as 87.3% by the format
    assert areas[2][-2:] == ["", ""]  # no pairs: blank, not zero
    lowest = _rows(data, "一致率最低")
    assert lowest[0][:5] == ["序号", "责任干部", "比对项数", "一致率", "Kappa系数"]
    assert lowest[1][:5] == [1, "李四", 10, 0.6665, -0.0504]
    problems = _rows(data, "问题清单")
    assert problems[0][5:10] == ["问题描述", "严重程度", "来源", "环节", "状态"]
    assert problems[1][4] == "1.2"  # a code stays text
    assert problems[1][6:11] == ["严重", "互查不一致", "互查", "待整改", "李四"]
    assert problems[2][6:11] == ["一般", "台账规则", "自查", "立行立改", ""]


def test_xlsx_of_an_empty_bulletin_has_headers_only() -> None:
    data = render_xlsx(_empty())
    for sheet in SHEETS[1:]:
        rows = _rows(data, sheet)
        assert rows[0][0] == "序号"
        assert all(cell == "" for row in rows[1:] for cell in row)
    lines = {row[0]: row[1] for row in _rows(data, "汇总") if row and row[0]}
    assert lines["一致率"] == ""
    assert lines["比对项数"] == 0
