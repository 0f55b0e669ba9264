"""Personal identifiers in full: only for roles that may see them, and every read audited."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.households.models import Household, Member
from towncheck.personal import Vault


async def reveal_id_number(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    member: Member,
) -> str:
    """The full ID number, for roles that may see it; every full read is audited."""
    require(policy, principal, "person", "reveal", town_id=member.town_id)
    await allow_town_write(session, member.town_id)
    await audit.record(
        session,
        actor=principal,
        action="person.reveal",
        target_type="Member",
        target_id=member.id,
        town_id=member.town_id,
        after={"field": "id_number", "masked": member.id_masked},
    )
    return vault.open(member.id_cipher)


async def reveal_phone(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    household: Household,
) -> str | None:
    if household.phone_cipher is None:
        return None
    require(policy, principal, "person", "reveal", town_id=household.town_id)
    await allow_town_write(session, household.town_id)
    await audit.record(
        session,
        actor=principal,
        action="person.reveal",
        target_type="Household",
        target_id=household.id,
        town_id=household.town_id,
        after={"field": "phone", "masked": household.phone_masked},
    )
    return vault.open(household.phone_cipher)
