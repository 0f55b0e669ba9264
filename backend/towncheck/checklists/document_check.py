"""Checks a parsed template document and builds its content.

Everything is checked in one pass and every problem is reported: the schema (required
and unknown keys, types, allowed values), the uniqueness of codes, each rule's syntax
and names, and — once every code is known — the checkpoints rules refer to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
from towncheck.checklists.document_fields import Fields, Keys, join_path
from towncheck.checklists.document_tree import Node, Problems
from towncheck.checklists.facts_names import GENERIC_NAMES, PREFILL_ANSWERS, RULE_NAMES
from towncheck.checklists.rules import RuleError, compile_rule

MAX_CHECKPOINTS = 2000

TEMPLATE_KEYS = Keys(required=("code", "name", "sections"), optional=("description",))
SECTION_KEYS = Keys(required=("code", "title", "items"))
ITEM_KEYS = Keys(required=("code", "title", "checkpoints"))
CHECKPOINT_KEYS = Keys(
    required=("code", "text", "target", "answer", "weight"),
    optional=(
        "choices",
        "unit",
        "expect",
        "required",
        "severity",
        "rule",
        "prefill",
        "evidence",
        "guidance",
    ),
)
EVIDENCE_KEYS = Keys(required=(), optional=("photos", "documents", "note"))

_KINDS = {"section": "评估部分", "item": "评估项", "checkpoint": "指标"}


@dataclass(frozen=True, slots=True)
class _Reference:
    """The checkpoints one rule reads through ``answer('code')``."""

    codes: frozenset[str]
    line: int | None
    path: str


@dataclass(slots=True)
class _Checker:
    problems: Problems
    codes: dict[str, dict[str, int | None]] = field(default_factory=dict)
    references: list[_Reference] = field(default_factory=list)
    checkpoint_count: int = 0

    def template(self, node: Node) -> TemplateContent:
        fields = Fields(node, path="", keys=TEMPLATE_KEYS, problems=self.problems)
        content = TemplateContent(
            code=fields.code(),
            name=fields.text("name", limit=200),
            description=fields.text("description", limit=4000, blank=True),
            sections=tuple(
                self.section(child, path=f"sections[{index}]")
                for index, child in enumerate(fields.children("sections"))
            ),
        )
        self._check_references()
        return content

    def section(self, node: Node, *, path: str) -> Section:
        fields = Fields(node, path=path, keys=SECTION_KEYS, problems=self.problems)
        return Section(
            code=self._unique_code(fields, kind="section"),
            title=fields.text("title", limit=200),
            items=tuple(
                self.item(child, path=f"{path}.items[{index}]")
                for index, child in enumerate(fields.children("items"))
            ),
        )

    def item(self, node: Node, *, path: str) -> Item:
        fields = Fields(node, path=path, keys=ITEM_KEYS, problems=self.problems)
        code = self._unique_code(fields, kind="item")
        title = fields.text("title", limit=200)
        checkpoints: list[Checkpoint] = []
        for index, child in enumerate(fields.children("checkpoints")):
            if self._over_limit(child, path=f"{path}.checkpoints[{index}]"):
                break
            checkpoints.append(self.checkpoint(child, path=f"{path}.checkpoints[{index}]"))
        return Item(code=code, title=title, checkpoints=tuple(checkpoints))

    def _over_limit(self, node: Node, *, path: str) -> bool:
        self.checkpoint_count += 1
        if self.checkpoint_count == MAX_CHECKPOINTS + 1:
            message = f"指标数量超过上限 {MAX_CHECKPOINTS} 个"
            self.problems.add(line=node.line, path=path, message=message)
        return self.checkpoint_count > MAX_CHECKPOINTS

    def checkpoint(self, node: Node, *, path: str) -> Checkpoint:
        fields = Fields(node, path=path, keys=CHECKPOINT_KEYS, problems=self.problems)
        code = self._unique_code(fields, kind="checkpoint")
        target = fields.enum("target", Target, default=Target.household)
        answer = fields.enum("answer", AnswerType, default=AnswerType.yes_no)
        return Checkpoint(
            code=code,
            text=fields.text("text", limit=2000),
            target=target,
            answer=answer,
            weight=fields.weight(),
            required=fields.flag("required", default=True),
            choices=_choices(fields, answer=answer),
            unit=_unit(fields, answer=answer),
            rule=self._rule(fields, target=target),
            expect=_expect(fields, answer=answer),
            severity=fields.enum("severity", Severity, default=Severity.major),
            guidance=fields.text("guidance", limit=4000, blank=True),
            evidence=_evidence(fields),
            prefill=_prefill(fields, target=target, answer=answer),
        )

    def _unique_code(self, fields: Fields, *, kind: str) -> str:
        code = fields.code()
        if not code:
            return code
        seen = self.codes.setdefault(kind, {})
        if code in seen:
            fields.add("code", f"{_KINDS[kind]}编号“{code}”重复（第 {seen[code]} 行已使用）")
        else:
            seen[code] = fields.line_of("code")
        return code

    def _rule(self, fields: Fields, *, target: Target) -> str | None:
        if not fields.given("rule"):
            return None
        source = fields.text("rule", limit=2000)
        if not source.strip():
            return None
        try:
            rule = compile_rule(source, known_names=RULE_NAMES)
        except RuleError as error:
            fields.add("rule", f"规则有误：{error.message}")
            return source
        household_only = sorted(rule.names - GENERIC_NAMES)
        if target is not Target.household and household_only:
            names = "、".join(household_only)
            fields.add("rule", f"对象不是 household 的指标不能读取农户数据：{names}")
        if rule.answers:
            line, path = fields.line_of("rule"), fields.path_of("rule")
            self.references.append(_Reference(codes=rule.answers, line=line, path=path))
        return source

    def _check_references(self) -> None:
        known = self.codes.get("checkpoint", {})
        for reference in self.references:
            for code in sorted(reference.codes - known.keys()):
                message = f"规则中 answer('{code}') 引用的指标不存在"
                self.problems.add(line=reference.line, path=reference.path, message=message)


def _choices(fields: Fields, *, answer: AnswerType) -> tuple[str, ...]:
    choices = fields.texts("choices", limit=100)
    if answer in (AnswerType.choice, AnswerType.grade):
        if answer is AnswerType.choice and not fields.given("choices"):
            fields.add("choices", "选择题须列出选项（choices）")
        elif fields.given("choices") and len(choices) < 2:
            fields.add("choices", "选项至少需要两个")
        elif len(choices) > 50:
            fields.add("choices", "选项不得超过 50 个")
        return choices if choices or answer is AnswerType.choice else GRADES
    if fields.given("choices"):
        fields.add("choices", "只有选择题（choice）和等级题（grade）可以设置选项")
    return ()


def _unit(fields: Fields, *, answer: AnswerType) -> str:
    unit = fields.text("unit", limit=16, blank=True)
    if unit and answer is not AnswerType.number:
        fields.add("unit", "只有数值题（number）可以设置单位")
    return unit


def _expect(fields: Fields, *, answer: AnswerType) -> bool:
    expect = fields.flag("expect", default=True)
    if fields.given("expect") and answer is not AnswerType.yes_no:
        fields.add("expect", "只有是否题（yes_no）可以设置合格答案（expect）")
    return expect


def _prefill(fields: Fields, *, target: Target, answer: AnswerType) -> str | None:
    if not fields.given("prefill"):
        return None
    name = fields.text("prefill", limit=64)
    fits = PREFILL_ANSWERS.get(name)
    if fits is None:
        fields.add("prefill", f"没有可预填的农户数据“{name}”")
    elif target is not Target.household:
        fields.add("prefill", "只有对象为 household 的指标可以从农户数据预填")
    elif fits != answer.value:
        fields.add("prefill", f"“{name}”只能预填答案类型为 {fits} 的指标")
    return name


def _evidence(fields: Fields) -> Evidence:
    node = fields.node("evidence")
    if node is None:
        return Evidence()
    path = join_path(fields.path, "evidence")
    evidence = Fields(node, path=path, keys=EVIDENCE_KEYS, problems=fields.problems)
    return Evidence(
        photos=evidence.count("photos"),
        documents=evidence.count("documents"),
        note=evidence.text("note", limit=1000, blank=True),
    )


def check_document(root: Node, *, problems: Problems) -> TemplateContent:
    """The content of a parsed document; it is only meaningful when no problem was added."""
    return _Checker(problems).template(root)
