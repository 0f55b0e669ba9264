"""A cycle's training material and rules, uploaded and downloaded; evidence downloads."""

from __future__ import annotations

from datetime import date

from towncheck.api.relay import node_id

from .registry_helpers import ids
from .selfcheck_helpers import ACTIVATE, PDF, multipart, new_cycle, png, upload

ATTACH = """mutation($cycle: ID!, $file: Upload!, $kind: String!, $title: String!) {
  attachToCycle(cycleId: $cycle, file: $file, kind: $kind, title: $title) {
    attachment { id kind title filename contentType size downloadUrl }
    errors { code message field } } }"""
CYCLES = "{ cycles { id attachments { title kind downloadUrl } } }"
CLOSE = """mutation($id: ID!) { closeCycle(id: $id) { errors { code message } } }"""


async def _attach(client, token, cycle, *, name="培训课件.pdf", content=PDF, kind="training"):
    variables = {"cycle": cycle, "kind": kind, "title": ""}
    body = await multipart(client, token, ATTACH, variables, name=name, content=content)
    return body["data"]["attachToCycle"]


async def test_training_material_and_rules_are_attached_listed_and_downloaded(
    gql, owner_db, client
):
    cycle, _ = await new_cycle(gql, owner_db, date.today(), name="附件周期")
    admin = await gql.token_for("mazhan_admin")
    training = await _attach(client, admin, cycle)
    assert training["errors"] == []
    assert training["attachment"]["title"] == "培训课件.pdf"
    assert training["attachment"]["contentType"] == "application/pdf"
    rules = await _attach(client, admin, cycle, name="细则.png", content=png(7), kind="rules")
    assert rules["errors"] == [] and rules["attachment"]["kind"] == "rules"

    cycles = (await gql(CYCLES, as_user="mazhan_helper"))["data"]["cycles"]
    listed = next(c for c in cycles if c["id"] == cycle)["attachments"]
    assert [a["kind"] for a in listed] == ["training", "rules"]

    helper = await gql.token_for("mazhan_helper")
    got = await client.get(
        training["attachment"]["downloadUrl"], headers={"Authorization": f"Bearer {helper}"}
    )
    assert got.status_code == 200 and got.content == PDF
    assert "filename*=UTF-8''" in got.headers["content-disposition"]
    other = await gql.token_for("gaoqiao_admin")
    refused = await client.get(
        training["attachment"]["downloadUrl"], headers={"Authorization": f"Bearer {other}"}
    )
    assert refused.status_code in (403, 404)
    anonymous = await client.get(training["attachment"]["downloadUrl"])
    assert anonymous.status_code == 401


async def test_bad_attachments_are_refused_and_nothing_is_stored(gql, owner_db, client):
    cycle, _ = await new_cycle(gql, owner_db, date.today(), name="拒绝附件")
    admin = await gql.token_for("mazhan_admin")
    program = await _attach(client, admin, cycle, name="setup.pdf", content=b"MZ\x90\x00" * 64)
    assert program["attachment"] is None and program["errors"]
    kind = await _attach(client, admin, cycle, kind="photos")
    assert kind["errors"][0]["field"] == "kind"
    helper = await gql.token_for("mazhan_helper")
    assert (await _attach(client, helper, cycle))["errors"][0]["code"] == "FORBIDDEN"
    await gql(ACTIVATE, {"id": cycle}, as_user="mazhan_admin")
    closed = await gql(CLOSE, {"id": cycle}, as_user="mazhan_admin")
    assert closed["data"]["closeCycle"]["errors"] == []
    late = await _attach(client, admin, cycle)
    assert late["errors"][0]["code"] == "CONFLICT"
    cycles = (await gql(CYCLES, as_user="mazhan_admin"))["data"]["cycles"]
    assert next(c for c in cycles if c["id"] == cycle)["attachments"] == []


async def test_evidence_is_downloaded_by_its_town_only(gql, owner_db, client):
    known = await ids(owner_db)
    town = node_id("Town", known["towns"]["马站镇"])
    helper = await gql.token_for("mazhan_helper")
    photo = await upload(client, helper, town, name="门牌.png", content=png(3), kind="photo")
    url = f"/download/evidence?townId={town}&key={photo['file']['key']}"
    got = await client.get(url, headers={"Authorization": f"Bearer {helper}"})
    assert got.status_code == 200 and got.headers["content-type"] == "image/png"
    assert got.content.startswith(b"\x89PNG")
    other = await gql.token_for("gaoqiao_admin")
    refused = await client.get(url, headers={"Authorization": f"Bearer {other}"})
    assert refused.status_code in (403, 404)
    missing = await client.get(
        f"/download/evidence?townId={town}&key=nope", headers={"Authorization": f"Bearer {helper}"}
    )
    assert missing.status_code == 404
