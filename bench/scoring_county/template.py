"""The default template with ``EXTRA`` more household yes/no checkpoints, published as the
newest version of the county's default template (so new cycles pin it)."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.checklists.content import AnswerType, Checkpoint, Item, Target, TemplateContent
from towncheck.checklists.defaults import load_default_template
from towncheck.checklists.document import load_document, to_data
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import ensure_default_template
from towncheck.db import allow_county_write
from towncheck.orm import utcnow

EXTRA: Final = 10


def extended_content() -> TemplateContent:
    """The default content with one more item of ``EXTRA`` household checkpoints in its
    first section; read back through the document loader, so it is a valid template."""
    content = load_default_template()
    extra = Item(
        code="一.9",
        title="补充核查（性能测试）",
        checkpoints=tuple(
            Checkpoint(
                code=f"一.9.{n}",
                text=f"补充核查：第{n}项情况属实",
                target=Target.household,
                answer=AnswerType.yes_no,
                weight=Decimal(1),
            )
            for n in range(1, EXTRA + 1)
        ),
    )
    first = content.sections[0]
    sections = (
        dataclasses.replace(first, items=(*first.items, extra)),
        *content.sections[1:],
    )
    built = dataclasses.replace(content, sections=sections)
    return load_document(json.dumps(to_data(built)), format="json")


def household_checkpoints(content: TemplateContent) -> list[Checkpoint]:
    return [c for c in content.checkpoints() if c.target is Target.household]


async def publish_extended(session: AsyncSession, county_id: int) -> tuple[int, TemplateContent]:
    """The id of a new published version of the default template with the extended
    content (the owner role, after the demo data)."""
    base = await ensure_default_template(session, county_id=county_id)
    await allow_county_write(session, county_id)
    content = extended_content()
    number = await session.scalar(
        select(func.max(ChecklistVersion.number)).where(
            ChecklistVersion.county_id == county_id,
            ChecklistVersion.template_id == base.template_id,
        )
    )
    version = ChecklistVersion(
        county_id=county_id,
        template_id=base.template_id,
        number=int(number or 0) + 1,
        state="published",
        content=to_data(content),
        checkpoint_count=sum(1 for _ in content.checkpoints()),
        published_at=utcnow(),
    )
    session.add(version)
    await session.flush()
    return version.id, content
