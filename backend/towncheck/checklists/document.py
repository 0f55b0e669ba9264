"""Template documents: the YAML or JSON text a county writes a checklist template in.

``load_document`` reads a document into ``TemplateContent`` or raises ``DocumentError``
listing every problem with its line; ``dump_document`` writes content back so that
loading the text gives the same content. ``to_data`` is the same document as plain data,
the form a template version's content is stored in.

Document layout (keys in this order; optional ones omitted when they hold the default)::

    code, name, description?, sections:
      - code, title, items:
          - code, title, checkpoints:
              - code, text, target, answer, choices?, unit?, expect?, weight,
                required, severity, rule?, prefill?, evidence? {photos?, documents?, note?},
                guidance?
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from towncheck.checklists.content import (
    GRADES,
    AnswerType,
    Checkpoint,
    Evidence,
    Item,
    Section,
    TemplateContent,
)
from towncheck.checklists.document_check import MAX_CHECKPOINTS, check_document
from towncheck.checklists.document_json import dump_json, parse_json
from towncheck.checklists.document_tree import (
    MAX_BYTES,
    DocumentError,
    DocumentProblem,
    Problems,
    too_large,
)
from towncheck.checklists.document_yaml import dump_yaml, parse_yaml
from towncheck.checklists.facts_names import RULE_NAMES

__all__ = [
    "MAX_BYTES",
    "MAX_CHECKPOINTS",
    "RULE_NAMES",
    "DocumentError",
    "DocumentFormat",
    "DocumentProblem",
    "dump_document",
    "load_document",
    "to_data",
]

DocumentFormat = Literal["yaml", "json"]


def load_document(text: str, *, format: DocumentFormat) -> TemplateContent:
    """The content a document describes; ``DocumentError`` lists every problem found."""
    problems = Problems()
    if too_large(text):
        message = f"文档超过 {MAX_BYTES // (1024 * 1024)} MB，请拆分或精简后再上传"
        problems.add(line=None, path="", message=message)
        raise DocumentError(problems.listing())
    # Editors on Windows often save UTF-8 with a byte-order mark; it is not content.
    text = text.removeprefix("\ufeff")
    parse = parse_yaml if format == "yaml" else parse_json
    root = parse(text, problems=problems)
    if root is None:
        raise DocumentError(problems.listing())
    content = check_document(root, problems=problems)
    if problems:
        raise DocumentError(problems.listing())
    return content


def dump_document(content: TemplateContent, *, format: DocumentFormat) -> str:
    """The document text for ``content``, in a fixed key order."""
    data = to_data(content)
    return dump_yaml(data) if format == "yaml" else dump_json(data)


def to_data(content: TemplateContent) -> dict[str, Any]:
    """The document as plain data (JSON-compatible), keys in the document's order."""
    data: dict[str, Any] = {"code": content.code, "name": content.name}
    if content.description:
        data["description"] = content.description
    data["sections"] = [_section(section) for section in content.sections]
    return data


def _section(section: Section) -> dict[str, Any]:
    items = [_item(item) for item in section.items]
    return {"code": section.code, "title": section.title, "items": items}


def _item(item: Item) -> dict[str, Any]:
    checkpoints = [_checkpoint(checkpoint) for checkpoint in item.checkpoints]
    return {"code": item.code, "title": item.title, "checkpoints": checkpoints}


def _checkpoint(checkpoint: Checkpoint) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": checkpoint.code,
        "text": checkpoint.text,
        "target": checkpoint.target.value,
        "answer": checkpoint.answer.value,
    }
    if checkpoint.choices and not _default_grades(checkpoint):
        data["choices"] = list(checkpoint.choices)
    if checkpoint.unit:
        data["unit"] = checkpoint.unit
    if not checkpoint.expect:
        data["expect"] = False
    data["weight"] = _number(checkpoint.weight)
    data["required"] = checkpoint.required
    data["severity"] = checkpoint.severity.value
    if checkpoint.rule is not None:
        data["rule"] = checkpoint.rule
    if checkpoint.prefill is not None:
        data["prefill"] = checkpoint.prefill
    if checkpoint.evidence.needed:
        data["evidence"] = _evidence(checkpoint.evidence)
    if checkpoint.guidance:
        data["guidance"] = checkpoint.guidance
    return data


def _default_grades(checkpoint: Checkpoint) -> bool:
    return checkpoint.answer is AnswerType.grade and checkpoint.choices == GRADES


def _evidence(evidence: Evidence) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if evidence.photos:
        data["photos"] = evidence.photos
    if evidence.documents:
        data["documents"] = evidence.documents
    if evidence.note:
        data["note"] = evidence.note
    return data


def _number(value: Decimal) -> int | float:
    # Weights have at most four decimal places, which a float's shortest spelling keeps
    # exactly; the readers turn that spelling back into the same Decimal.
    if value == value.to_integral_value():
        return int(value)
    return float(value)
