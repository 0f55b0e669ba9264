"""Village years and register entries as Relay nodes, corrected and removed, on real
PostgreSQL: ``node(id:)`` round trips, updates and deletions audited with before and after,
bad input and unknown ids that change nothing, and neither another town nor a read-only role
reading or changing anything (the policy refuses, and row-level security hides the rows even
from a service call that names them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.errors import DomainError, ErrorCode
from towncheck.programs import register_edits
from towncheck.programs.assistance import AssistanceData
from towncheck.programs.items import ITEMS

from .ledger_helpers import principal_of
from .project_helpers import POLICY
from .registry_helpers import ids

YEAR = 2017  # of these tests' entries: apart from the other village and register tests' years
TODAY = date.today()

UPSERT = """mutation($input: VillageYearInput!) { upsertVillageYear(input: $input) {
  villageYear { id } errors { code } } }"""
GIVE = """mutation($input: SocialAssistanceInput!) { createSocialAssistance(input: $input) {
  entry { id } errors { code } } }"""
FUND = """mutation($input: CollaborationFundInput!) { createCollaborationFund(input: $input) {
  fund { id } errors { code } } }"""
NODES = """query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
  ... on VillageYear { villageId year collectiveIncome note items { code met } }
  ... on SocialAssistance { kind helper amount givenOn giftVillage: villageId purpose }
  ... on CollaborationFund { partner year amount receivedOn usedOn } } }"""
NODE = """query($id: ID!) { node(id: $id) { __typename id } }"""
ERRORS = "errors { code message field }"
UPDATE_YEAR = f"""mutation($input: UpdateVillageYearInput!) {{ updateVillageYear(input: $input) {{
  villageYear {{ id collectiveIncome note items {{ code met }} }} {ERRORS} }} }}"""
UPDATE_GIFT = f"""mutation($input: UpdateSocialAssistanceInput!) {{
  updateSocialAssistance(input: $input) {{ entry {{ id kind helper amount }} {ERRORS} }} }}"""
UPDATE_FUND = f"""mutation($input: UpdateCollaborationFundInput!) {{
  updateCollaborationFund(input: $input) {{ fund {{ id amount usedOn }} {ERRORS} }} }}"""
DELETE_GIFT = (
    f"""mutation($id: ID!) {{ deleteSocialAssistance(id: $id) {{ deletedId {ERRORS} }} }}"""
)
DELETE_FUND = (
    f"""mutation($id: ID!) {{ deleteCollaborationFund(id: $id) {{ deletedId {ERRORS} }} }}"""
)


@dataclass
class Entries:
    """马站镇's entries of ``YEAR``, freshly recorded by its poverty office."""

    town: int
    village: str  # 马站村's global id
    year: str
    gift: str
    fund: str
    gift_form: dict[str, Any]
    fund_form: dict[str, Any]


def _payload(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"][name]
    return payload


@pytest.fixture
async def entries(gql, owner_db) -> Entries:
    known = await ids(owner_db)
    town = known["towns"]["马站镇"]
    village = node_id("Village", known["villages"][(town, "马站村")], town)
    form = {
        "villageId": village,
        "year": YEAR,
        "collectiveIncome": "40000",
        "items": [{"code": c, "met": c != "clinic"} for c in ITEMS],
        "note": "初次填报",
    }
    year = _payload(await gql(UPSERT, {"input": form}, as_user="mazhan_admin"), "upsertVillageYear")
    gift_form = {
        "kind": "DONATION",
        "helper": "沂水爱心企业",
        "amount": "5000",
        "givenOn": date(YEAR, 5, 1).isoformat(),
        "villageId": village,
        "purpose": "修缮村卫生室",
    }
    gift = await gql(
        GIVE, {"input": {**gift_form, "townId": node_id("Town", town)}}, as_user="mazhan_admin"
    )
    fund_form = {
        "partner": "青岛市崂山区",
        "year": YEAR,
        "amount": "300000",
        "purpose": "扶贫车间",
        "receivedOn": date(YEAR, 4, 1).isoformat(),
        "usedOn": date(YEAR, 6, 1).isoformat(),
    }
    fund = await gql(
        FUND, {"input": {**fund_form, "townId": node_id("Town", town)}}, as_user="mazhan_admin"
    )
    return Entries(
        town=town,
        village=village,
        year=year["villageYear"]["id"],
        gift=_payload(gift, "createSocialAssistance")["entry"]["id"],
        fund=_payload(fund, "createCollaborationFund")["fund"]["id"],
        gift_form=gift_form,
        fund_form=fund_form,
    )


async def _state(owner_db, e: Entries) -> dict[str, Any]:
    """The three rows as stored (every column) and the size of the town's audit chain."""
    found: dict[str, Any] = {}
    async with owner_db.unit_of_work(TenantScope()) as s:
        for table, gid in (
            ("village_years", e.year),
            ("social_assistance", e.gift),
            ("collaboration_funds", e.fund),
        ):
            found[table] = await s.scalar(
                text(f"select t::text from {table} t where town_id = :t and id = :i"),
                {"t": e.town, "i": GlobalId.decode(gid).id},
            )
        found["audit"] = await s.scalar(
            text("select count(*) from audit_entries where town_id = :t"), {"t": e.town}
        )
    return found


async def _audit(owner_db, e: Entries, action: str, gid: str) -> tuple[Any, Any]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        row = (
            await s.execute(
                text(
                    "select before, after from audit_entries where town_id = :t"
                    " and action = :a and target_id = :i order by seq desc limit 1"
                ),
                {"t": e.town, "a": action, "i": str(GlobalId.decode(gid).id)},
            )
        ).one()
    return row.before, row.after


async def test_nodes_round_trip_for_readers_of_the_town_only(gql, entries, demo):
    e = entries
    for reader in (
        {"as_user": "mazhan_admin"},
        {"as_user": "mazhan_village"},
        {"as_user": "mazhan_helper"},
        {"token": demo.evaluator_token},
    ):
        body = await gql(NODES, {"ids": [e.year, e.gift, e.fund]}, **reader)
        year, gift, fund = body["data"]["nodes"]
        assert (year["__typename"], year["id"], year["villageId"]) == (
            "VillageYear",
            e.year,
            e.village,
        )
        assert (year["year"], year["collectiveIncome"], year["note"]) == (
            YEAR,
            "40000.00",
            "初次填报",
        )
        assert [i["code"] for i in year["items"] if not i["met"]] == ["clinic"]
        assert gift == {
            "__typename": "SocialAssistance",
            "id": e.gift,
            "kind": "DONATION",
            "helper": "沂水爱心企业",
            "amount": "5000.00",
            "givenOn": f"{YEAR}-05-01",
            "giftVillage": e.village,
            "purpose": "修缮村卫生室",
        }
        assert (fund["__typename"], fund["id"], fund["partner"], fund["usedOn"]) == (
            "CollaborationFund",
            e.fund,
            "青岛市崂山区",
            f"{YEAR}-06-01",
        )
        single = await gql(NODE, {"id": e.gift}, **reader)
        assert single["data"]["node"] == {"__typename": "SocialAssistance", "id": e.gift}

    # Another town's admin sees nothing: neither by the ids as they are, nor by ids that name
    # the rows under the admin's own town.
    gaoqiao = await _town_of(gql, "gaoqiao_admin")
    forged = [_moved(gid, gaoqiao) for gid in (e.year, e.gift, e.fund)]
    body = await gql(NODES, {"ids": [e.year, e.gift, e.fund, *forged]}, as_user="gaoqiao_admin")
    assert body["data"]["nodes"] == [None] * 6


async def _town_of(gql, username: str) -> int:
    body = await gql("{ towns { edges { node { id } } } }", as_user=username)
    (edge,) = body["data"]["towns"]["edges"]
    return GlobalId.decode(edge["node"]["id"], expect="Town").id


async def test_update_and_delete_are_audited_with_before_and_after(gql, owner_db, entries):
    e = entries
    change = {
        "id": e.year,
        "collectiveIncome": "88000.50",
        "items": [{"code": "clinic", "met": True}, {"code": "water", "met": False}],
    }
    year = _payload(
        await gql(UPDATE_YEAR, {"input": change}, as_user="mazhan_admin"), "updateVillageYear"
    )
    assert year["errors"] == []
    saved = year["villageYear"]
    # Only the items listed changed; the note was not given and stays.
    assert (saved["id"], saved["collectiveIncome"], saved["note"]) == (
        e.year,
        "88000.50",
        "初次填报",
    )
    assert [i["code"] for i in saved["items"] if not i["met"]] == ["water"]
    before, after = await _audit(owner_db, e, "village_year.update", e.year)
    assert before["collective_income"] == "40000.00" and after["collective_income"] == "88000.50"
    assert (before["facilities"]["clinic"], after["facilities"]["clinic"]) == (False, True)
    assert (before["facilities"]["water"], after["facilities"]["water"]) == (True, False)

    gift_form = {**e.gift_form, "id": e.gift, "kind": "COMPANY", "helper": " 沂水建材公司 "}
    gift_form["amount"] = "6200.25"
    gift = _payload(
        await gql(UPDATE_GIFT, {"input": gift_form}, as_user="mazhan_admin"),
        "updateSocialAssistance",
    )
    assert gift == {
        "entry": {"id": e.gift, "kind": "COMPANY", "helper": "沂水建材公司", "amount": "6200.25"},
        "errors": [],
    }
    before, after = await _audit(owner_db, e, "social_assistance.update", e.gift)
    assert (before["kind"], before["helper"], before["amount"]) == (
        "donation",
        "沂水爱心企业",
        "5000.00",
    )
    assert (after["kind"], after["helper"], after["amount"]) == (
        "company",
        "沂水建材公司",
        "6200.25",
    )

    fund_form = {**e.fund_form, "id": e.fund, "amount": "280000", "usedOn": None}
    fund = _payload(
        await gql(UPDATE_FUND, {"input": fund_form}, as_user="mazhan_admin"),
        "updateCollaborationFund",
    )
    assert fund == {"fund": {"id": e.fund, "amount": "280000.00", "usedOn": None}, "errors": []}
    before, after = await _audit(owner_db, e, "collaboration_fund.update", e.fund)
    assert (before["used_on"], after["used_on"]) == (f"{YEAR}-06-01", None)

    for mutation, name, gid, action, held in (
        (DELETE_GIFT, "deleteSocialAssistance", e.gift, "social_assistance.delete", "helper"),
        (DELETE_FUND, "deleteCollaborationFund", e.fund, "collaboration_fund.delete", "partner"),
    ):
        gone = _payload(await gql(mutation, {"id": gid}, as_user="mazhan_admin"), name)
        assert gone == {"deletedId": gid, "errors": []}
        assert (await gql(NODE, {"id": gid}, as_user="mazhan_admin"))["data"]["node"] is None
        before, after = await _audit(owner_db, e, action, gid)
        assert before[held] in ("沂水建材公司", "青岛市崂山区") and after is None
        again = _payload(await gql(mutation, {"id": gid}, as_user="mazhan_admin"), name)
        assert again["deletedId"] is None
        assert again["errors"][0]["code"] == "NOT_FOUND"
    state = await _state(owner_db, e)
    assert state["social_assistance"] is None and state["collaboration_funds"] is None


def _fields(payload: dict[str, Any]) -> set[str | None]:
    assert all(err["code"] == "INVALID_INPUT" and err["message"] for err in payload["errors"])
    return {err["field"] for err in payload["errors"]}


async def test_bad_input_and_unknown_ids_change_nothing(gql, owner_db, entries):
    e = entries
    known = await ids(owner_db)
    foreign_village = node_id(
        "Village", known["villages"][(known["towns"]["高桥镇"], "高桥村")], known["towns"]["高桥镇"]
    )
    start = await _state(owner_db, e)
    year_cases: list[tuple[dict[str, Any], set[str | None]]] = [
        ({"collectiveIncome": "-1"}, {"collectiveIncome"}),
        ({"collectiveIncome": "20000000000"}, {"collectiveIncome"}),
        ({"collectiveIncome": "50000.005"}, {"collectiveIncome"}),
        ({"items": [{"code": "teleport", "met": True}]}, {"items"}),
        ({"items": [{"code": "road", "met": True}, {"code": "road", "met": False}]}, {"items"}),
        ({"collectiveIncome": "-1", "note": "长" * 5000}, {"collectiveIncome", "note"}),
    ]
    for change, expected in year_cases:
        body = await gql(UPDATE_YEAR, {"input": {"id": e.year, **change}}, as_user="mazhan_admin")
        payload = _payload(body, "updateVillageYear")
        assert payload["villageYear"] is None and _fields(payload) == expected, change

    gift = {**e.gift_form, "id": e.gift}
    gift_cases: list[tuple[dict[str, Any], set[str | None]]] = [
        ({"amount": "-5"}, {"amount"}),
        ({"amount": "0"}, {"amount"}),
        ({"amount": "5000000000"}, {"amount"}),
        ({"amount": "12.345"}, {"amount"}),
        ({"helper": "  "}, {"helper"}),
        ({"givenOn": date(TODAY.year + 1, 1, 1).isoformat()}, {"givenOn"}),
        ({"givenOn": "2009-12-31"}, {"givenOn"}),
        ({"villageId": foreign_village}, {"villageId"}),
        ({"householdId": node_id("Household", 10**12, e.town)}, {"householdId"}),
        ({"amount": "-5", "helper": ""}, {"amount", "helper"}),
    ]
    for change, expected in gift_cases:
        body = await gql(UPDATE_GIFT, {"input": {**gift, **change}}, as_user="mazhan_admin")
        payload = _payload(body, "updateSocialAssistance")
        assert payload["entry"] is None and _fields(payload) == expected, change

    fund = {**e.fund_form, "id": e.fund}
    fund_cases: list[tuple[dict[str, Any], set[str | None]]] = [
        ({"usedOn": f"{YEAR}-03-01"}, {"usedOn"}),  # before it was received
        ({"receivedOn": f"{YEAR - 1}-12-31", "usedOn": None}, {"receivedOn"}),  # before its year
        ({"receivedOn": None}, {"receivedOn"}),  # used, never received
        ({"amount": "-1"}, {"amount"}),
        ({"partner": ""}, {"partner"}),
        ({"year": 1999}, {"year"}),
    ]
    for change, expected in fund_cases:
        body = await gql(UPDATE_FUND, {"input": {**fund, **change}}, as_user="mazhan_admin")
        payload = _payload(body, "updateCollaborationFund")
        assert payload["fund"] is None and _fields(payload) == expected, change
    one = _payload(
        await gql(
            UPDATE_FUND, {"input": {**fund, "usedOn": f"{YEAR}-03-01"}}, as_user="mazhan_admin"
        ),
        "updateCollaborationFund",
    )
    assert one["errors"][0]["message"] == "使用日期不能早于到账日期"

    # Unknown ids, ids of another type and ids that are no ids: typed errors, nothing written.
    missing = {
        "VillageYear": node_id("VillageYear", 10**12, e.town),
        "SocialAssistance": node_id("SocialAssistance", 10**12, e.town),
        "CollaborationFund": node_id("CollaborationFund", 10**12, e.town),
    }
    cases = [
        (UPDATE_YEAR, "updateVillageYear", {"input": {"id": missing["VillageYear"]}}, "NOT_FOUND"),
        (
            UPDATE_GIFT,
            "updateSocialAssistance",
            {"input": {**gift, "id": missing["SocialAssistance"]}},
            "NOT_FOUND",
        ),
        (
            UPDATE_FUND,
            "updateCollaborationFund",
            {"input": {**fund, "id": missing["CollaborationFund"]}},
            "NOT_FOUND",
        ),
        (DELETE_GIFT, "deleteSocialAssistance", {"id": missing["SocialAssistance"]}, "NOT_FOUND"),
        (DELETE_FUND, "deleteCollaborationFund", {"id": missing["CollaborationFund"]}, "NOT_FOUND"),
        (DELETE_GIFT, "deleteSocialAssistance", {"id": e.fund}, "INVALID_INPUT"),
        (DELETE_FUND, "deleteCollaborationFund", {"id": "不是ID"}, "INVALID_INPUT"),
        (UPDATE_YEAR, "updateVillageYear", {"input": {"id": e.village}}, "INVALID_INPUT"),
    ]
    for mutation, name, variables, code in cases:
        payload = _payload(await gql(mutation, variables, as_user="mazhan_admin"), name)
        assert [err["code"] for err in payload["errors"]] == [code], (name, variables)
        assert payload["errors"][0]["message"]
    assert await _state(owner_db, e) == start


async def test_other_towns_and_read_only_roles_change_nothing(
    gql, owner_db, services, entries, demo
):
    e = entries
    start = await _state(owner_db, e)
    attempts = [
        (UPDATE_YEAR, "updateVillageYear", {"input": {"id": e.year, "collectiveIncome": "1"}}),
        (UPDATE_GIFT, "updateSocialAssistance", {"input": {**e.gift_form, "id": e.gift}}),
        (UPDATE_FUND, "updateCollaborationFund", {"input": {**e.fund_form, "id": e.fund}}),
        (DELETE_GIFT, "deleteSocialAssistance", {"id": e.gift}),
        (DELETE_FUND, "deleteCollaborationFund", {"id": e.fund}),
    ]
    refusals = (
        ({"as_user": "gaoqiao_admin"}, "FORBIDDEN"),  # another town
        ({"as_user": "mazhan_village"}, "FORBIDDEN"),  # village cadre: reads only
        ({"as_user": "mazhan_helper"}, "FORBIDDEN"),
        ({"as_user": "mazhan_director"}, "FORBIDDEN"),
        ({"token": demo.evaluator_token}, "READ_ONLY"),  # evaluator: a read-only token
    )
    for who, code in refusals:
        for mutation, name, variables in attempts:
            payload = _payload(await gql(mutation, variables, **who), name)
            assert [err["code"] for err in payload["errors"]] == [code], (who, name)

    # The same rows named under the other town's own id: its admin may write there, and
    # finds nothing.
    gaoqiao = await _town_of(gql, "gaoqiao_admin")
    for mutation, name, variables in attempts:
        forged = _forge(variables, gaoqiao)
        payload = _payload(await gql(mutation, forged, as_user="gaoqiao_admin"), name)
        assert [err["code"] for err in payload["errors"]] == ["NOT_FOUND"], name
    assert await _state(owner_db, e) == start

    # Row-level security on its own: a service call that passes the policy for 马站镇 but runs
    # in a transaction that may read only 高桥镇 cannot find the entry to change or remove it.
    known = await ids(owner_db)
    admin = await principal_of(services, known["users"]["mazhan_admin"])
    scope = TenantScope(read_towns=frozenset({gaoqiao}), user_id=admin.user_id)
    gift = GlobalId.decode(e.gift).id
    data = AssistanceData("donation", "篡改", Decimal(1), date(YEAR, 5, 1))
    for call, kwargs in (
        (register_edits.update_assistance, {"entry_id": gift, "data": data, "today": TODAY}),
        (register_edits.delete_assistance, {"entry_id": gift}),
    ):
        with pytest.raises(DomainError) as refused:
            async with services.database.unit_of_work(scope) as s:
                await call(s, policy=POLICY, principal=admin, town_id=e.town, **kwargs)
        assert refused.value.code is ErrorCode.NOT_FOUND
    assert await _state(owner_db, e) == start


def _moved(value: str, town: int) -> str:
    """The global id of the same row, claimed to be of ``town``."""
    gid = GlobalId.decode(value)
    return GlobalId(gid.type_name, gid.id, town).encode()


def _forge(variables: dict[str, Any], town: int) -> dict[str, Any]:
    """The variables with the entry's id moved to ``town``."""
    if "id" in variables:
        return {"id": _moved(variables["id"], town)}
    return {"input": {**variables["input"], "id": _moved(variables["input"]["id"], town)}}
