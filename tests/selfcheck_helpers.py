"""Shared steps of the self-check tests: a cycle on the default checklist, evidence, answers."""

from __future__ import annotations

import struct
import uuid
import zlib
from datetime import date, timedelta
from typing import Any

import orjson

from towncheck.api.relay import node_id

from .registry_helpers import CREATE, household_input, ids, village_gid

TEMPLATES = """{ checklistTemplates { code versions { id state
  sections { items { checkpoints { code target answerType required choices expect
    evidencePhotos evidenceDocuments } } } } } }"""
CREATE_CYCLE = """mutation($input: CreateCycleInput!) { createCycle(input: $input) {
  cycle { id state } errors { code message field } } }"""
ACTIVATE = """mutation($id: ID!) { activateCycle(id: $id) { cycle { id state }
  errors { code message } } }"""
GENERATE = """mutation($id: ID!) { generateAssignments(cycleId: $id) { created unassigned
  errors { code message } } }"""
UPLOAD = """mutation($town: ID!, $file: Upload!, $kind: String!) {
  uploadEvidence(townId: $town, file: $file, kind: $kind) {
    file { key kind stripped } errors { code message } } }"""
SUBMIT = """mutation($input: SubmitVisitInput!) { submitVisit(input: $input) {
  visit { id state version } errors { code message field } } }"""


def windows(today: date, *, start: int = -1) -> dict[str, str]:
    day = lambda n: (today + timedelta(days=n)).isoformat()  # noqa: E731
    return {
        "selfStart": day(start),
        "selfEnd": day(start + 7),
        "crossStart": day(start + 4),
        "crossEnd": day(start + 9),
        "rectStart": day(start),
        "rectEnd": day(start + 12),
    }


def png(seed: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = zlib.compress(bytes([0, seed % 256, 0, 0]))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"GPS\x0036.1,118.2")
        + chunk(b"IDAT", pixel)
        + chunk(b"IEND", b"")
    )


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


async def multipart(
    client: Any, token: str, query: str, variables: dict[str, Any], *, name: str, content: bytes
) -> Any:
    """A GraphQL multipart request whose ``file`` variable is the uploaded file."""
    client.cookies.clear()
    operations = {"query": query, "variables": {**variables, "file": None}}
    response = await client.post(
        "/graphql",
        data={
            "operations": orjson.dumps(operations).decode(),
            "map": orjson.dumps({"0": ["variables.file"]}).decode(),
        },
        files={"0": (name, content, "application/octet-stream")},
        headers={"Authorization": f"Bearer {token}"},
    )
    return response.json()


async def upload(
    client: Any, token: str, town: str, *, name: str, content: bytes, kind: str
) -> Any:
    body = await multipart(
        client, token, UPLOAD, {"town": town, "kind": kind}, name=name, content=content
    )
    return body["data"]["uploadEvidence"]


async def default_version(gql: Any, user: str = "mazhan_admin") -> dict[str, Any]:
    body = await gql(TEMPLATES, as_user=user)
    template = next(t for t in body["data"]["checklistTemplates"] if t["code"] == "default")
    return next(v for v in template["versions"] if v["state"] == "published")


def household_checkpoints(version: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        c
        for s in version["sections"]
        for i in s["items"]
        for c in i["checkpoints"]
        if c["target"] == "household"
    ]


def good_answers(
    checkpoints: list[dict[str, Any]], photo: str, document: str
) -> list[dict[str, Any]]:
    """An answer for every household checkpoint that reports no problem."""
    answers = []
    for c in checkpoints:
        answer: dict[str, Any] = {"checkpoint": c["code"]}
        kind = c["answerType"]
        if kind == "yes_no":
            answer["yes"] = c["expect"]
        elif kind == "number":
            answer["number"] = "9000"
        elif kind in ("grade", "choice"):
            answer["text"] = c["choices"][0]
        else:
            answer["text"] = "正常"
        evidence = ([photo] if c["evidencePhotos"] else []) + (
            [document] if c["evidenceDocuments"] else []
        )
        answer["evidence"] = evidence
        answers.append(answer)
    return answers


async def new_cycle(
    gql: Any, owner_db: Any, today: date, *, name: str, start: int = -1
) -> tuple[str, dict[str, Any]]:
    known = await ids(owner_db)
    version = await default_version(gql)
    body = await gql(
        CREATE_CYCLE,
        {
            "input": {
                "townId": node_id("Town", known["towns"]["马站镇"]),
                "versionId": version["id"],
                "name": name,
                "year": today.year,
                "windows": windows(today, start=start),
            }
        },
        as_user="mazhan_admin",
    )
    payload = body["data"]["createCycle"]
    assert payload["errors"] == [], payload
    return payload["cycle"]["id"], version


async def helper_household(gql: Any, owner_db: Any, head: str) -> str:
    known = await ids(owner_db)
    helper = node_id("User", known["users"]["mazhan_helper"])
    data = household_input(village_gid(known, "马站镇", "下坪村"), head=head, helpers=[helper])
    body = await gql(CREATE, {"input": data}, as_user="mazhan_admin")
    payload = body["data"]["createHousehold"]
    assert payload["errors"] == [], payload
    return str(payload["household"]["id"])


def submission(
    cycle: str, household: str, answers: list[dict[str, Any]], today: date
) -> dict[str, Any]:
    return {
        "clientId": str(uuid.uuid4()),
        "cycleId": cycle,
        "householdId": household,
        "visitedOn": today.isoformat(),
        "answers": answers,
    }


async def ready_cycle(
    gql: Any, owner_db: Any, client: Any, name: str, *, start: int = -1
) -> tuple[date, str, list[dict[str, Any]]]:
    """An active cycle on the default checklist and answers (with uploaded evidence) that
    report no problem."""
    today = date.today()
    cycle, version = await new_cycle(gql, owner_db, today, name=name, start=start)
    activated = await gql(ACTIVATE, {"id": cycle}, as_user="mazhan_admin")
    assert activated["data"]["activateCycle"]["cycle"]["state"] == "active"
    known = await ids(owner_db)
    town = node_id("Town", known["towns"]["马站镇"])
    token = await gql.token_for("mazhan_helper")
    photo = await upload(client, token, town, name="门牌.png", content=png(1), kind="photo")
    document = await upload(client, token, town, name="收入.pdf", content=PDF, kind="document")
    assert photo["errors"] == [] and "EXIF" not in photo["file"]["stripped"]
    assert photo["file"]["stripped"] == ["tEXt"] or photo["file"]["stripped"]
    answers = good_answers(
        household_checkpoints(version), photo["file"]["key"], document["file"]["key"]
    )
    return today, cycle, answers
