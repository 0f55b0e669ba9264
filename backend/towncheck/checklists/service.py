"""Checklist templates of a county: the default one, imported versions, publishing.

A published version is immutable (nothing here updates one) and is what cycles pin.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Final, Literal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.checklists.content import TemplateContent
from towncheck.checklists.defaults import load_default_template
from towncheck.checklists.document import dump_document, load_document, to_data
from towncheck.checklists.document_tree import DocumentError, DocumentProblem
from towncheck.checklists.models import ChecklistTemplate, ChecklistVersion
from towncheck.db import allow_county_write
from towncheck.errors import DomainError, ErrorCode, InvalidInput, Problem, not_found
from towncheck.orm import utcnow

DEFAULT_CODE: Final = "default"
Format = Literal["yaml", "json"]


class InvalidDocument(InvalidInput):
    """A template document with problems; each names its line and path."""

    def __init__(self, problems: list[DocumentProblem]) -> None:
        super().__init__([Problem(p.path or None, p.message) for p in problems])


# Parsed contents by version. A version's content is never rewritten (an import makes a new
# version; publishing changes only its state), so the key needs no content; created_at keeps
# two databases served by one process apart.
_CONTENTS: dict[tuple[int, int, datetime], TemplateContent] = {}
_CACHED: Final = 64


def content_of(version: ChecklistVersion) -> TemplateContent:
    """The version's content, parsed once per process (a visit reads it on every submit)."""
    key = (version.county_id, version.id, version.created_at)
    found = _CONTENTS.get(key)
    if found is None:
        if len(_CONTENTS) >= _CACHED:
            _CONTENTS.clear()
        found = _CONTENTS[key] = load_document(json.dumps(version.content), format="json")
    return found


async def ensure_default_template(session: AsyncSession, *, county_id: int) -> ChecklistVersion:
    """The county's copy of the default template, published, created on first use."""
    template = await session.scalar(
        select(ChecklistTemplate).where(
            ChecklistTemplate.county_id == county_id, ChecklistTemplate.code == DEFAULT_CODE
        )
    )
    if template is None:
        content = load_default_template()
        await allow_county_write(session, county_id)
        template = ChecklistTemplate(county_id=county_id, code=DEFAULT_CODE, name=content.name)
        session.add(template)
        await session.flush()
        version = _version(template, number=1, content=content)
        version.state, version.published_at = "published", utcnow()
        session.add(version)
        await session.flush()
        return version
    latest = await _latest(session, template, state="published")
    if latest is None:
        raise not_found("默认评估细则没有已发布的版本")
    return latest


def _version(
    template: ChecklistTemplate, *, number: int, content: TemplateContent
) -> ChecklistVersion:
    return ChecklistVersion(
        county_id=template.county_id,
        template_id=template.id,
        number=number,
        state="draft",
        content=to_data(content),
        checkpoint_count=sum(1 for _ in content.checkpoints()),
    )


async def _latest(
    session: AsyncSession, template: ChecklistTemplate, *, state: str | None = None
) -> ChecklistVersion | None:
    query = select(ChecklistVersion).where(
        ChecklistVersion.county_id == template.county_id,
        ChecklistVersion.template_id == template.id,
    )
    if state is not None:
        query = query.where(ChecklistVersion.state == state)
    return await session.scalar(query.order_by(ChecklistVersion.number.desc()).limit(1))


async def import_version(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    document: str,
    format: Format,
) -> ChecklistVersion:
    """A new draft version from a YAML or JSON document (``DocumentError`` lists every
    problem with its line); the template is the one named by the document's code."""
    county_id = _county(policy, principal)
    try:
        content = load_document(document, format=format)
    except DocumentError as error:
        raise InvalidDocument(error.problems) from None
    await allow_county_write(session, county_id)
    template = await session.scalar(
        select(ChecklistTemplate).where(
            ChecklistTemplate.county_id == county_id, ChecklistTemplate.code == content.code
        )
    )
    if template is None:
        template = ChecklistTemplate(county_id=county_id, code=content.code, name=content.name)
        session.add(template)
        await session.flush()
    template.name = content.name
    number = await session.scalar(
        select(func.coalesce(func.max(ChecklistVersion.number), 0)).where(
            ChecklistVersion.county_id == county_id, ChecklistVersion.template_id == template.id
        )
    )
    version = _version(template, number=int(number or 0) + 1, content=content)
    session.add(version)
    await session.flush()
    await _audit(session, principal, "checklist.import", version)
    return version


async def publish_version(
    session: AsyncSession, *, policy: Policy, principal: Principal, version_id: int
) -> ChecklistVersion:
    county_id = _county(policy, principal)
    version = await session.get(ChecklistVersion, (county_id, version_id))
    if version is None:
        raise not_found("评估细则版本不存在")
    if version.state == "published":
        raise DomainError(ErrorCode.CONFLICT, "该版本已发布，已发布的版本不能修改")
    await allow_county_write(session, county_id)
    version.state, version.published_at = "published", utcnow()
    version.published_by = principal.user_id
    await session.flush()
    await _audit(session, principal, "checklist.publish", version)
    return version


def export_version(version: ChecklistVersion, *, format: Format) -> str:
    return dump_document(content_of(version), format=format)


def _county(policy: Policy, principal: Principal) -> int:
    require(policy, principal, "checklist", "write")
    if principal.county_id is None:
        raise not_found("县不存在")
    return principal.county_id


async def _audit(
    session: AsyncSession, principal: Principal, action: str, version: ChecklistVersion
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        target_type="ChecklistVersion",
        target_id=version.id,
        county_id=version.county_id,
        after={"template_id": version.template_id, "number": version.number},
    )
