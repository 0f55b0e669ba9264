"""Reviewing a submitted visit: accept it, or send it back with a comment saying what to fix."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.orm import utcnow
from towncheck.selfcheck.models import Visit, VisitVersion

COMMENT_MAX = 2000


async def review_visit(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    visit_id: int,
    accept: bool,
    comment: str,
) -> Visit:
    """Accept a submitted visit, or send it back with a comment saying what to fix."""
    require(policy, principal, "visit", "review", town_id=town_id)
    visit = await session.get(Visit, (town_id, visit_id))
    if visit is None:
        raise not_found("入户访谈不存在或您无权查看")
    reviewable = await session.scalar(
        select(
            exists().where(
                Household.town_id == town_id, Household.id == visit.household_id, visible(principal)
            )
        )
    )
    if not reviewable:
        raise forbidden("该户不在您负责的范围内，不能审核")
    if visit.state != "submitted":
        raise DomainError(ErrorCode.CONFLICT, "只能审核已提交、待审核的入户访谈")
    comment = comment.strip()
    if not accept and not comment:
        raise invalid("退回时须说明需要修改的内容", field="comment")
    if len(comment) > COMMENT_MAX:
        raise invalid(f"审核意见不能超过 {COMMENT_MAX} 个字", field="comment")
    await allow_town_write(session, town_id)
    visit.state = "accepted" if accept else "returned"
    visit.reviewed_by, visit.reviewed_at, visit.review_comment = (
        principal.user_id,
        utcnow(),
        comment,
    )
    version = await session.get(VisitVersion, (town_id, visit.id, visit.version))
    if version is not None:
        version.review_comment = comment
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action=f"visit.{visit.state}",
        target_type="Visit",
        target_id=visit.id,
        town_id=town_id,
        after={"version": visit.version, "comment": comment},
    )
    return visit
