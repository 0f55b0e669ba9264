"""Notifying cadres about ledger items: what a notice says, and the channels that carry it.

A job decides *who* is told *what* (``Note``); channels decide *how*. The in-app channel
writes ``notifications`` rows in the job's own transaction, so a notice exists exactly when
the flag change that caused it was committed.

Adding SMS or e-mail: write a class with the same ``deliver`` method and hand it the same
notes (``check_deadlines(..., channels=[InAppChannel(), SmsChannel(...)])``). Such a
channel must not call the provider inside the transaction: a rollback cannot take back a
text message, and a slow gateway would hold the items' row locks. It should instead queue
the notes in ``deliver`` and send them after the unit of work has committed (the pattern
GraphQL mutations use with ``after_commit``), or be driven from the committed
``notifications`` rows with a sent-marker of its own, so that a worker dying between commit
and send is retried and nobody is texted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

DUE_SOON: Final = "due_soon"
OVERDUE: Final = "overdue"


@dataclass(frozen=True, slots=True)
class Note:
    """One notice to one user about one ledger item; ``kind`` is the reason (a flag)."""

    town_id: int
    user_id: int
    item_id: int
    kind: str
    message: str


class Channel(Protocol):
    """A way of reaching people. ``deliver`` is called inside the job's transaction."""

    async def deliver(self, session: AsyncSession, notes: Sequence[Note]) -> None: ...


# One statement for any number of notes (no parameter limit, one round trip). The unique
# key makes it idempotent: a note already written for this user, item and reason is skipped,
# so a job that runs twice, or two jobs racing on one town, write every notice once.
_INSERT: Final = text(
    """
    insert into notifications (town_id, user_id, item_id, kind, message)
    select * from unnest(
        cast(:towns as int[]), cast(:users as int[]), cast(:items as bigint[]),
        cast(:kinds as varchar[]), cast(:messages as text[]))
    on conflict (town_id, user_id, item_id, kind) do nothing
    """
)


class InAppChannel:
    """The inbox: rows in ``notifications``, read through the ``notifications`` query.

    The caller must have opened writes to the notes' town (``allow_town_write``); row-level
    security refuses rows for any other town.
    """

    async def deliver(self, session: AsyncSession, notes: Sequence[Note]) -> None:
        if not notes:
            return
        await session.execute(
            _INSERT,
            {
                "towns": [n.town_id for n in notes],
                "users": [n.user_id for n in notes],
                "items": [n.item_id for n in notes],
                "kinds": [n.kind for n in notes],
                "messages": [n.message for n in notes],
            },
        )
