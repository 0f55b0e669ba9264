"""Checklist template documents: the default template, round trips, and bad documents."""

from __future__ import annotations

import json
import os
from collections import Counter
from decimal import Decimal
from typing import Literal

import pytest

from towncheck.checklists.content import (
    GRADES,
    AnswerType,
    Checkpoint,
    Evidence,
    Item,
    Section,
    Severity,
    Target,
    TemplateContent,
)
from towncheck.checklists.defaults import default_template_text, load_default_template
from towncheck.checklists.document import (
    RULE_NAMES,
    DocumentError,
    DocumentProblem,
    dump_document,
    load_document,
    to_data,
)
from towncheck.checklists.rules import compile_rule

Format = Literal["yaml", "json"]

EXPECTED_OUTLINE = [
    ("一", "脱贫质量", ["数据精准", "脱贫成效", "帮扶责任人", "扶贫工作重点村稳定退出"]),
    (
        "二",
        "产业扶贫项目管理和扶贫资金使用情况",
        ["项目建设", "资产确权", "项目运营", "项目收益分配", "扶贫资金管理使用", "项目实施进度"],
    ),
    (
        "三",
        "行业扶贫政策落实情况",
        ["兜底保障政策落实", "残疾人保障政策落实", "就业扶贫政策落实", "金融扶贫政策落实"],
    ),
    ("四", "社会扶贫工作落实情况", ["动员社会力量参与扶贫", "消费扶贫"]),
    ("五", "省内扶贫协作工作开展情况", ["省内扶贫协作"]),
    ("六", "扶贫工作群众满意度", ["群众满意度"]),
]

SAMPLE = """\
code: sample
name: 样例细则
sections:
  - code: 一
    title: 脱贫质量
    items:
      - code: 一.1
        title: 脱贫成效
        checkpoints:
          - code: 一.1.1
            text: 贫困户人均纯收入达到4500元以上
            target: household
            answer: number
            unit: 元
            weight: 5
            rule: income.per_capita >= line
          - code: 一.1.2
            text: 饮水安全有保障
            target: household
            answer: yes_no
            weight: 2
            severity: critical
            rule: water.safe and answer('一.1.1') >= line
"""


def line_of(text: str, fragment: str) -> int:
    """The 1-based line of the only line containing ``fragment``."""
    lines = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(lines) == 1, (fragment, lines)
    return lines[0]


def problems_of(text: str, *, format: Format = "yaml") -> list[DocumentProblem]:
    with pytest.raises(DocumentError) as caught:
        load_document(text, format=format)
    return caught.value.problems


def only_problem(text: str, *, format: Format = "yaml") -> DocumentProblem:
    problems = problems_of(text, format=format)
    assert len(problems) == 1, problems
    return problems[0]


def changed(old: str, new: str, *, text: str = SAMPLE) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


# The default template


def test_default_template_loads_without_problems() -> None:
    template = load_default_template()
    assert template.code == "default"
    assert template.name == "脱贫攻坚自查互查评估细则（默认）"
    assert load_default_template() is template


def test_default_template_file_says_what_it_is() -> None:
    header = default_template_text().split("\ncode:", 1)[0]
    assert all(line.startswith("#") for line in header.splitlines())
    assert "马站镇" in header
    assert "2020" in header
    assert "第三部分" in header


def test_default_template_has_every_section_and_item_of_the_plan() -> None:
    template = load_default_template()
    outline = [
        (section.code, section.title, [item.title for item in section.items])
        for section in template.sections
    ]
    assert outline == EXPECTED_OUTLINE


def test_default_template_codes_are_unique_and_nested() -> None:
    template = load_default_template()
    codes = [checkpoint.code for checkpoint in template.checkpoints()]
    assert len(codes) == len(set(codes))
    for section in template.sections:
        for item in section.items:
            assert item.code.startswith(section.code + ".")
            assert item.checkpoints
            for checkpoint in item.checkpoints:
                assert checkpoint.code.startswith(item.code + ".")
                assert template.checkpoint(checkpoint.code) is checkpoint


def test_default_template_weights_total_one_hundred() -> None:
    template = load_default_template()
    assert template.total_weight() == Decimal(100)
    by_section = {
        section.code: sum((c.weight for c in section.checkpoints()), Decimal(0))
        for section in template.sections
    }
    assert by_section == {"一": 50, "二": 22, "三": 12, "四": 3, "五": 3, "六": 10}
    assert all(checkpoint.weight > 0 for checkpoint in template.checkpoints())


def test_default_template_covers_every_target() -> None:
    template = load_default_template()
    assert template.targets() == frozenset(Target)
    counts = Counter(checkpoint.target for checkpoint in template.checkpoints())
    assert counts[Target.household] > counts[Target.project] > 0


def test_default_template_rules_compile_against_the_registry_names() -> None:
    template = load_default_template()
    ruled = [checkpoint for checkpoint in template.checkpoints() if checkpoint.rule]
    assert len(ruled) >= 12
    for checkpoint in ruled:
        assert checkpoint.rule is not None
        rule = compile_rule(checkpoint.rule, known_names=RULE_NAMES)
        if checkpoint.target is not Target.household:
            assert rule.names <= {"value", "line", "margin"}, checkpoint.code


SOUND_HOUSEHOLD: dict[str, object] = {
    "line": Decimal(4500),
    "margin": Decimal(1500),
    "household.category": "lifted_supported",
    "household.size": 3,
    "income.per_capita": Decimal(7200),
    "income.evidenced": True,
    "housing.grade": "B",
    "housing.has_plan": False,
    "housing.plan_done": False,
    "housing.overdue": False,
    "water.safe": True,
    **{name: 0 for name in RULE_NAMES if name.startswith("members.")},
    "members.count": 3,
    "members.labour_able": 2,
}


def test_default_rules_pass_a_sound_household_and_catch_problems() -> None:
    template = load_default_template()
    household_rules = {
        c.code: compile_rule(c.rule)
        for c in template.checkpoints()
        if c.rule and c.target is Target.household and c.answer is not AnswerType.choice
    }
    assert all(rule.evaluate(SOUND_HOUSEHOLD) for rule in household_rules.values())
    troubled = {
        **SOUND_HOUSEHOLD,
        "income.per_capita": Decimal(4000),
        "housing.grade": "D",
        "housing.has_plan": True,
        "members.without_special_insurance": 1,
    }
    failed = {code for code, rule in household_rules.items() if not rule.evaluate(troubled)}
    assert failed == {"一.2.1", "一.2.3", "一.2.12"}


@pytest.mark.parametrize(
    ("fragment", "rule"),
    [
        ("人均纯收入达到4500元以上", "income.per_capita >= line"),
        ("贫困户住房安全有保障", "housing.grade in ('A', 'B') or housing.plan_done"),
        ("家庭医生签约服务全覆盖", "members.without_family_doctor == 0"),
        ("符合慢性病标准的鉴定到位", "members.chronic_uncertified == 0"),
        ("控辍保学动态监测机制完善", "members.school_age_not_enrolled == 0"),
        ("《农村饮水安全评价准则》", "water.safe"),
    ],
)
def test_default_template_core_guarantees_have_their_rules(fragment: str, rule: str) -> None:
    matches = [c for c in load_default_template().checkpoints() if fragment in c.text]
    assert len(matches) == 1
    assert matches[0].target is Target.household
    assert matches[0].rule == rule


def test_default_template_medical_insurance_rules() -> None:
    rules = {c.rule or "" for c in load_default_template().checkpoints()}
    assert any("members.without_basic_medical == 0" in rule for rule in rules)
    special = "members.without_special_insurance == 0 and members.policy_not_delivered == 0"
    assert any(special in rule for rule in rules)


def test_default_template_satisfaction_is_a_household_choice() -> None:
    section = load_default_template().sections[-1]
    [checkpoint] = list(section.checkpoints())
    assert checkpoint.target is Target.household
    assert checkpoint.answer is AnswerType.choice
    assert checkpoint.choices == ("满意", "基本满意", "不满意")
    assert checkpoint.rule == "value in ('满意', '基本满意')"


def test_default_template_housing_grade_uses_default_scale() -> None:
    graded = [c for c in load_default_template().checkpoints() if c.answer is AnswerType.grade]
    assert graded
    assert all(checkpoint.choices == GRADES for checkpoint in graded)


# Round trips


def _tricky_content() -> TemplateContent:
    checkpoints = (
        Checkpoint(
            code="1.10",
            text="多行文本\n第二行",
            target=Target.household,
            answer=AnswerType.yes_no,
            weight=Decimal("0.0001"),
            expect=False,
            required=False,
            severity=Severity.minor,
            guidance="  前后有空格  ",
            evidence=Evidence(note="只有说明"),
        ),
        Checkpoint(
            code="yes",
            text="true",
            target=Target.project,
            answer=AnswerType.grade,
            weight=Decimal("12.5"),
            choices=("优", "良", "差"),
            rule="value != '差'",
        ),
        Checkpoint(
            code="null",
            text="数量：10%",
            target=Target.fund,
            answer=AnswerType.number,
            weight=Decimal(0),
            unit="万元",
            rule="value <= answer('1.10')",
            evidence=Evidence(photos=3, documents=2, note="# 不是注释"),
        ),
    )
    item = Item(code="1.1", title="- 列表样式的标题", checkpoints=checkpoints)
    return TemplateContent(
        code="tricky",
        name="'引号'与\"双引号\"",
        description="",
        sections=(Section(code="1", title="部分：一", items=(item,)),),
    )


@pytest.mark.parametrize("format", ["yaml", "json"])
def test_default_template_round_trips(format: Format) -> None:
    template = load_default_template()
    text = dump_document(template, format=format)
    assert load_document(text, format=format) == template
    assert dump_document(load_document(text, format=format), format=format) == text


@pytest.mark.parametrize("format", ["yaml", "json"])
def test_tricky_content_round_trips(format: Format) -> None:
    content = _tricky_content()
    assert load_document(dump_document(content, format=format), format=format) == content


def test_yaml_dump_is_readable_and_ordered() -> None:
    text = dump_document(load_default_template(), format="yaml")
    assert "脱贫质量" in text  # not \u escapes
    first = text.split("\n          - code:")[1]
    keys = [line.strip().split(":")[0] for line in first.splitlines()[1:6]]
    assert keys == ["text", "target", "answer", "weight", "required"]
    assert text.startswith("code: default\nname: ")


def test_json_dump_matches_plain_data() -> None:
    template = load_default_template()
    assert json.loads(dump_document(template, format="json")) == to_data(template)


def test_grade_without_choices_gets_the_default_scale() -> None:
    text = changed("answer: yes_no", "answer: grade")
    checkpoint = load_document(text, format="yaml").checkpoint("一.1.2")
    assert checkpoint.choices == ("A", "B", "C", "D")


def test_sample_loads_with_defaults() -> None:
    content = load_document(SAMPLE, format="yaml")
    first = content.checkpoint("一.1.1")
    assert first.weight == Decimal(5)
    assert first.required is True
    assert first.severity is Severity.major
    assert first.evidence == Evidence()
    with pytest.raises(KeyError):
        content.checkpoint("九.9.9")


# Bad documents (YAML)


FIRST = "sections[0].items[0].checkpoints[0]"
SECOND = "sections[0].items[0].checkpoints[1]"
INDENT = "\n            "


# One case a line, so the cases read as a table: (old, new, line of, path, message says).
# fmt: off
BAD_VALUES = [
    pytest.param("unit: 元", f"unit: 元{INDENT}colour: red", "colour: red", f"{FIRST}.colour", "未知的键“colour”", id="unknown-key"),
    pytest.param(f"target: household{INDENT}answer: number", f"target: farmer{INDENT}answer: number", "target: farmer", f"{FIRST}.target", "对象须为以下之一：household、village、project、fund、town、cadre", id="wrong-enum"),
    pytest.param("weight: 5", "weight: 很重", "weight: 很重", f"{FIRST}.weight", "权重须为不小于 0 的数字", id="weight-not-a-number"),
    pytest.param("weight: 5", "weight: 0.00001", "weight: 0.00001", f"{FIRST}.weight", "最多保留 4 位小数", id="weight-too-precise"),
    pytest.param("weight: 5", f"weight: 5{INDENT}weight: 6", "weight: 6", f"{FIRST}.weight", "键“weight”重复", id="duplicate-key"),
    pytest.param("rule: water.safe and", "rule: water.safe and and", "rule: water.safe", f"{SECOND}.rule", "规则有误", id="bad-rule-syntax"),
    pytest.param("income.per_capita >= line", "income.percapita >= line", "income.percapita", f"{FIRST}.rule", "income.percapita", id="unknown-rule-name"),
    pytest.param("rule: income.per_capita >= line", 'rule: ""', 'rule: ""', f"{FIRST}.rule", "规则不能为空", id="empty-rule"),
    pytest.param("answer('一.1.1')", "answer('一.9.9')", "answer('一.9.9')", f"{SECOND}.rule", "answer('一.9.9') 引用的指标不存在", id="answer-to-missing-code"),
    pytest.param(f"target: household{INDENT}answer: yes_no", f"target: village{INDENT}answer: yes_no", "rule: water.safe", f"{SECOND}.rule", "不能读取农户数据：water.safe", id="household-names-for-another-target"),
    pytest.param(f"{INDENT}weight: 2", "", "- code: 一.1.2", SECOND, "缺少必填的键“weight”", id="missing-required-key"),
    pytest.param("answer: yes_no", "answer: choice", "- code: 一.1.2", f"{SECOND}.choices", "选择题须列出选项", id="choice-without-choices"),
    pytest.param("answer: number", "answer: text", "unit: 元", f"{FIRST}.unit", "只有数值题（number）可以设置单位", id="unit-on-text"),
    pytest.param("unit: 元", f"unit: 元{INDENT}expect: false", "expect: false", f"{FIRST}.expect", "只有是否题（yes_no）可以设置合格答案", id="expect-on-number"),
    pytest.param("weight: 2", f"weight: 2{INDENT}evidence: {{photos: -1}}", "evidence:", f"{SECOND}.evidence.photos", "照片数须为 0 到 50 之间的整数", id="bad-evidence"),
    pytest.param("unit: 元", f"unit: 元{INDENT}prefill: income.total", "prefill: income.total", f"{FIRST}.prefill", "没有可预填的农户数据“income.total”", id="prefill-unknown-fact"),
    pytest.param("unit: 元", f"unit: 元{INDENT}prefill: housing.grade", "prefill: housing.grade", f"{FIRST}.prefill", "只能预填答案类型为 grade 的指标", id="prefill-wrong-answer-type"),
    pytest.param("text: 饮水安全有保障", "text: yes", "text: yes", f"{SECOND}.text", "指标内容须为文本", id="text-is-a-bool"),
]
# fmt: on


@pytest.mark.parametrize(("old", "new", "line_fragment", "path", "said"), BAD_VALUES)
def test_bad_value_is_reported_at_its_line(
    old: str, new: str, line_fragment: str, path: str, said: str
) -> None:
    text = changed(old, new)
    problem = only_problem(text)
    assert (problem.line, problem.path) == (line_of(text, line_fragment), path)
    assert problem.message.startswith(f"第 {problem.line} 行：")
    assert said in problem.message


def test_negative_weight() -> None:
    text = changed("weight: 5", "weight: -1")
    problem = only_problem(text)
    line = line_of(text, "weight: -1")
    assert problem == DocumentProblem(
        line=line,
        path="sections[0].items[0].checkpoints[0].weight",
        message=f"第 {line} 行：权重须为不小于 0 的数字",
    )


def test_duplicate_checkpoint_code_points_at_the_second_one() -> None:
    text = changed("- code: 一.1.2", "- code: 一.1.1")
    problem = only_problem(text)
    first, second = (n for n, line in enumerate(text.splitlines(), 1) if "code: 一.1.1" in line)
    assert problem.line == second
    assert problem.path == "sections[0].items[0].checkpoints[1].code"
    assert "一.1.1" in problem.message
    assert f"第 {first} 行" in problem.message


def test_every_problem_is_collected() -> None:
    text = changed("weight: 5", "weight: -1")
    text = changed("severity: critical", "severity: fatal", text=text)
    text = changed("code: sample\n", "code: sample\nversion: 2\n", text=text)
    text = changed("answer('一.1.1')", "answer('x')", text=text)
    problems = problems_of(text)
    assert [problem.line for problem in problems] == [
        line_of(text, "version: 2"),
        line_of(text, "weight: -1"),
        line_of(text, "severity: fatal"),
        line_of(text, "answer('x')"),
    ]
    assert "minor、major、critical" in problems[2].message


def test_non_yaml_garbage() -> None:
    text = "code: a\nname: [unclosed\nsections: {\n"
    problem = only_problem(text)
    assert problem.line is not None
    assert "YAML" in problem.message


@pytest.mark.parametrize("text", ["", "just some words", "- a\n- b\n"])
def test_documents_that_are_not_a_mapping(text: str) -> None:
    assert problems_of(text)


def test_control_characters_are_reported_at_their_line() -> None:
    problem = only_problem(changed("text: 饮水安全有保障", "text: 饮水\x00安全"))
    assert problem.line == 18
    assert "控制字符" in problem.message


def test_problems_are_listed_top_to_bottom_and_capped() -> None:
    extras = "".join(f"extra{number}: 1\n" for number in range(600))
    text = changed("weight: 5", "weight: -1", text=extras + SAMPLE)
    problems = problems_of(text)
    assert len(problems) == 501
    assert (problems[0].line, problems[0].path) == (1, "extra0")
    assert [p.line for p in problems[:-1]] == sorted(p.line or 0 for p in problems[:-1])
    assert problems[-1].line is None
    assert "500" in problems[-1].message


def test_python_tags_are_refused_and_never_run(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(os, "system", calls.append)
    text = changed("name: 样例细则", 'name: !!python/object/apply:os.system ["echo hacked"]')
    problem = only_problem(text)
    assert problem.line == 2
    assert problem.path == "name"
    assert "python/object/apply:os.system" in problem.message
    assert calls == []


def test_aliases_are_refused() -> None:
    text = changed("name: 样例细则", "name: &n 样例细则")
    text = changed("text: 饮水安全有保障", "text: *n", text=text)
    problem = only_problem(text)
    assert problem.line == line_of(text, "text: *n")
    assert problem.path == "sections[0].items[0].checkpoints[1].text"
    assert "别名" in problem.message


def test_alias_bombs_are_not_expanded() -> None:
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    rows += [
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 10)}]" for n in range(8)
    ]
    problems = problems_of("\n".join(rows) + "\n")
    assert sum("别名" in problem.message for problem in problems) == 80


def test_too_large_document() -> None:
    text = SAMPLE + "# " + "长" * 400_000 + "\n"
    problem = only_problem(text)
    assert problem.line is None
    assert "1 MB" in problem.message


def test_too_many_checkpoints() -> None:
    one = "          - {code: 'c%d', text: t, target: town, answer: yes_no, weight: 0}\n"
    head = SAMPLE.split("          - code: 一.1.1", maxsplit=1)[0]
    text = head + "".join(one % number for number in range(2001))
    problem = only_problem(text)
    assert problem.line == line_of(text, "'c2000'")
    assert "2000" in problem.message


# Bad documents (JSON)


def _sample_json() -> str:
    return dump_document(load_document(SAMPLE, format="yaml"), format="json")


def test_json_syntax_error_line() -> None:
    text = _sample_json().replace('"weight": 5,', '"weight": 5,,')
    problem = only_problem(text, format="json")
    assert problem.line == line_of(text, '"weight": 5,,')
    assert "JSON" in problem.message


def test_json_problems_name_their_lines() -> None:
    text = _sample_json().replace('"weight": 5', '"weight": -5')
    text = text.replace('"code": "一.1.2"', '"code": "一.1.1"')
    text = text.replace('"severity": "critical"', '"severity": "critical",\n"colour": "red"')
    duplicate = [n for n, line in enumerate(text.splitlines(), 1) if '"code": "一.1.1"' in line]
    problems = problems_of(text, format="json")
    assert [(p.line, p.path) for p in problems] == [
        (line_of(text, '"weight": -5'), "sections[0].items[0].checkpoints[0].weight"),
        (duplicate[1], "sections[0].items[0].checkpoints[1].code"),
        (line_of(text, '"colour"'), "sections[0].items[0].checkpoints[1].colour"),
    ]


def test_json_refuses_nan() -> None:
    text = _sample_json().replace('"weight": 5', '"weight": NaN')
    problem = only_problem(text, format="json")
    assert problem.line == line_of(text, "NaN")


def test_json_weights_stay_exact() -> None:
    text = _sample_json().replace('"weight": 5', '"weight": 0.1')
    assert load_document(text, format="json").checkpoint("一.1.1").weight == Decimal("0.1")


def test_error_text_lists_every_message() -> None:
    with pytest.raises(DocumentError) as caught:
        load_document(changed("weight: 5", "weight: -1"), format="yaml")
    assert "权重须为不小于 0 的数字" in str(caught.value)
