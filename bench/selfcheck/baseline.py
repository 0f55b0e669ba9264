"""The baseline for ``submitVisit``: the same rows, written by hand-written asyncpg statements.

The endpoint takes the GraphQL request body, authenticates the bearer token, authorizes the
submission and applies the tenant scope exactly as ``/graphql`` does (``identify``, the
policy, ``apply_scope`` and ``allow_town_write`` on a session of the app's login role), then
in the same transaction on the session's own asyncpg connection: returns the visit already
stored under the request's ``clientId`` if there is one; reads the cycle and checks that its
self-check window is open; inserts the visit, its version, the answers (one
``executemany``) and a finding for every yes/no answer other than the expected one. The
checklist's household checkpoints are read once per checklist version and kept.

What it leaves out, and ``/graphql`` does: the per-household lock (a concurrent duplicate is
refused by the unique ``(town_id, client_id)`` of ``visit_versions`` instead), resubmission
as a new version, the household's visibility and assignment, the full answer and evidence
validation, the checklist's rules over the registry's facts, and the audit entry.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Final, Protocol

import orjson
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from overhead.common import JSON_MEDIA
from overhead.endpoints import (
    Data,
    baseline_starlette,
    driver_connection,
    error_response,
    unauthenticated,
)
from towncheck.api.authn import identify
from towncheck.api.relay import GlobalId, node_id
from towncheck.auth.policy import Policy, default_policy
from towncheck.auth.principal import Principal, require
from towncheck.checklists.content import AnswerType, Checkpoint, Target
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import content_of
from towncheck.config import Settings
from towncheck.db import Database, allow_town_write, apply_scope
from towncheck.errors import DomainError

VISITS_PATH: Final = "/baseline/visits"

# By the unique (town, client id) key first, as the service does.
ALREADY_SQL: Final = (
    "select v.id, v.state, v.version from visits v where v.town_id = $1 and v.id ="
    " (select vv.visit_id from visit_versions vv where vv.town_id = $1 and vv.client_id = $2)"
)
CYCLE_SQL: Final = (
    "select county_id, version_id, state, self_start, self_end from cycles"
    " where town_id = $1 and id = $2"
)
VISIT_SQL: Final = (
    "insert into visits (town_id, cycle_id, household_id, stage, visitor_id, state, version,"
    " submitted_at, review_comment) values ($1, $2, $3, 'self', $4, 'submitted', 1, now(), '')"
    " returning id"
)
VERSION_SQL: Final = (
    "insert into visit_versions (town_id, visit_id, version, client_id, submitted_by,"
    " submitted_at, visited_on, note, review_comment)"
    " values ($1, $2, 1, $3, $4, now(), $5, $6, '')"
)
ANSWER_SQL: Final = (
    "insert into visit_answers (town_id, visit_id, version, checkpoint, value, note, evidence,"
    " fixed_on_spot) values ($1, $2, 1, $3, $4, $5, $6, $7)"
)
FINDING_SQL: Final = (
    "insert into findings (town_id, cycle_id, visit_id, household_id, checkpoint, stage,"
    " severity, source, found_by, description, state, fix_note, fix_evidence)"
    " values ($1, $2, $3, $4, $5, 'self', $6, 'answer', $7, $8, $9, $10, $11)"
)


class Connection(Protocol):
    """The part of ``asyncpg.Connection`` used here (asyncpg ships no type information)."""

    async def fetchrow(self, query: str, *args: object) -> Any: ...

    async def fetchval(self, query: str, *args: object) -> Any: ...

    async def execute(self, query: str, *args: object) -> str: ...

    async def executemany(self, query: str, args: list[tuple[object, ...]]) -> None: ...


class Refused(Exception):
    """The request cannot be stored; becomes a GraphQL-style error payload."""

    def __init__(self, code: str, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def _visit(town_id: int, row: Any) -> Data:
    visit = {
        "id": node_id("Visit", row["id"], town_id),
        "state": row["state"],
        "version": row["version"],
    }
    return {"data": {"submitVisit": {"visit": visit, "errors": []}}}


def _value(checkpoint: Checkpoint, answer: Data) -> str:
    """The stored JSON value, as text: what ``stored_value`` keeps."""
    kind = checkpoint.answer
    value: object
    if kind is AnswerType.yes_no:
        value = answer.get("yes")
    elif kind is AnswerType.number:
        value = None if answer.get("number") is None else str(answer["number"])
    elif kind is AnswerType.photo:
        value = None
    else:
        value = (answer.get("text") or "").strip() or None
    return orjson.dumps(value).decode()


def _description(checkpoint: Checkpoint, note: str) -> str:
    return f"{checkpoint.text}（入户核查未达标）" + (f"：{note}" if note else "")


class Visits:
    """The endpoint's state: the database, the policy and the checkpoints read so far."""

    def __init__(self, database: Database, settings: Settings) -> None:
        self.database, self.settings = database, settings
        self.policy: Policy = default_policy()
        self.checkpoints: dict[tuple[int, int], dict[str, Checkpoint]] = {}

    async def _checkpoints(
        self, session: AsyncSession, county_id: int, version_id: int
    ) -> dict[str, Checkpoint]:
        key = (county_id, version_id)
        if key not in self.checkpoints:
            version = await session.get(ChecklistVersion, key)
            if version is None:
                raise Refused("NOT_FOUND", "评估细则版本不存在")
            self.checkpoints[key] = {
                c.code: c for c in content_of(version).checkpoints() if c.target is Target.household
            }
        return self.checkpoints[key]

    async def submit(self, session: AsyncSession, principal: Principal, data: Data) -> Data:
        try:
            client_id = uuid.UUID(data["clientId"])
            cycle = GlobalId.decode(data["cycleId"], expect="Cycle")
            household = GlobalId.decode(data["householdId"], expect="Household")
            visited_on = date.fromisoformat(data["visitedOn"])
            answers: list[Data] = list(data["answers"])
        except (KeyError, TypeError, ValueError, DomainError):
            raise Refused("INVALID_INPUT", "请求格式不正确", 400) from None
        town_id = cycle.town_id or 0
        if household.town_id != town_id:
            raise Refused("INVALID_INPUT", "户不属于该周期的乡镇")
        try:
            require(self.policy, principal, "visit", "submit", town_id=town_id)
        except DomainError as error:
            raise Refused(error.code.value, error.message) from None
        await apply_scope(session, principal.scope())
        conn: Connection = await driver_connection(session)
        done = await conn.fetchrow(ALREADY_SQL, town_id, client_id)
        if done is not None:
            return _visit(town_id, done)
        row = await conn.fetchrow(CYCLE_SQL, town_id, cycle.id)
        today = date.today()
        if row is None:
            raise Refused("NOT_FOUND", "评估周期不存在或您无权查看")
        if row["state"] != "active" or not row["self_start"] <= today <= row["self_end"]:
            raise Refused("CONFLICT", "不在自查阶段的时间内")
        if visited_on > today:
            raise Refused("INVALID_INPUT", "访谈日期不能晚于今天")
        checkpoints = await self._checkpoints(session, row["county_id"], row["version_id"])
        if any(a.get("checkpoint") not in checkpoints for a in answers):
            raise Refused("INVALID_INPUT", "指标不在本周期的评估细则中")
        await allow_town_write(session, town_id)
        user = principal.user_id or 0
        visit_id = await conn.fetchval(VISIT_SQL, town_id, cycle.id, household.id, user)
        note = str(data.get("note") or "").strip()
        await conn.execute(VERSION_SQL, town_id, visit_id, client_id, user, visited_on, note)
        await conn.executemany(
            ANSWER_SQL,
            [
                (
                    town_id,
                    visit_id,
                    a["checkpoint"],
                    _value(checkpoints[a["checkpoint"]], a),
                    str(a.get("note") or "").strip(),
                    list(a.get("evidence") or []),
                    bool(a.get("fixedOnSpot")),
                )
                for a in answers
            ],
        )
        failed = [
            (checkpoints[a["checkpoint"]], a)
            for a in answers
            if checkpoints[a["checkpoint"]].answer is AnswerType.yes_no
            and a.get("yes") is not None
            and a.get("yes") != checkpoints[a["checkpoint"]].expect
        ]
        if failed:
            await conn.executemany(
                FINDING_SQL,
                [
                    self._finding(
                        town_id=town_id,
                        cycle_id=cycle.id,
                        visit_id=visit_id,
                        household_id=household.id,
                        user=user,
                        checkpoint=c,
                        answer=a,
                    )
                    for c, a in failed
                ],
            )
        return _visit(town_id, {"id": visit_id, "state": "submitted", "version": 1})

    @staticmethod
    def _finding(
        *,
        town_id: int,
        cycle_id: int,
        visit_id: int,
        household_id: int,
        user: int,
        checkpoint: Checkpoint,
        answer: Data,
    ) -> tuple[object, ...]:
        note = str(answer.get("note") or "").strip()
        fixed = bool(answer.get("fixedOnSpot"))
        return (
            town_id,
            cycle_id,
            visit_id,
            household_id,
            checkpoint.code,
            checkpoint.severity.value,
            user,
            _description(checkpoint, note),
            "fixed_on_spot" if fixed else "open",
            note if fixed else "",
            list(answer.get("evidence") or []) if fixed else [],
        )

    async def handle(self, request: Request) -> Response:
        try:
            data = orjson.loads(await request.body())["variables"]["input"]
        except (orjson.JSONDecodeError, KeyError, TypeError):
            return error_response(400, "variables.input is missing", "BAD_USER_INPUT")
        async with self.database.sessions() as session:
            await session.begin()
            try:
                caller = await identify(session, request, secret_key=self.settings.secret_key)
                if caller.rejected or not caller.principal.authenticated:
                    await session.rollback()
                    return unauthenticated()
                body = await self.submit(session, caller.principal, data)
                await session.commit()
            except Refused as refused:
                await session.rollback()
                if refused.status != 200:
                    return error_response(refused.status, refused.message, refused.code)
                errors = [{"code": refused.code, "message": refused.message, "field": None}]
                body = {"data": {"submitVisit": {"visit": None, "errors": errors}}}
            except BaseException:
                await session.rollback()
                raise
        return Response(orjson.dumps(body), media_type=JSON_MEDIA)


def visits_baseline_app(database: Database, settings: Settings) -> Starlette:
    visits = Visits(database, settings)
    return baseline_starlette(database, [Route(VISITS_PATH, visits.handle, methods=["POST"])])
