"""A page of a department list's entries: keyset pages in file order, the matched / unmatched
and name filters, ID numbers masked per role (full ones for the poverty office, audited once
per page), a helper seeing their own households' rows only, another town nothing, and a
bounded number of SQL statements whatever the page size."""

from __future__ import annotations

import pytest

from towncheck.api.relay import GlobalId, node_id
from towncheck.households.idcard import mask_id_number

from .ledger_helpers import principal_of
from .registry_helpers import ids
from .sector_helpers import DIBAO_HEADINGS, Office, dibao_row, workbook
from .test_tenancy import count_statements

ENTRIES = """query($list: ID!, $first: Int, $after: String, $matched: Boolean, $search: String) {
  departmentListEntries(listId: $list, first: $first, after: $after, matched: $matched,
                        search: $search) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id rowNo name idNumber matched householdId amount startOn paidOn extra } } } }"""
FULL = """query($list: ID!, $first: Int) {
  departmentListEntries(listId: $list, first: $first) {
    edges { node { id rowNo name idNumber idNumberFull } } } }"""
NODE = """query($id: ID!) { node(id: $id) { ... on DepartmentEntry { name idNumber } } }"""


@pytest.fixture
async def office(services, owner_db, demo) -> Office:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Office(services, owner_db, known, principal)


def _nodes(body):
    assert "errors" not in body, body
    return [e["node"] for e in body["data"]["departmentListEntries"]["edges"]]


async def _imported(office, label, *, rows_per_person=1, households=3, helper_first=False):
    """A 低保 list of ``households`` two-person households, ``rows_per_person`` months each."""
    people = []
    for n in range(households):
        people += await office.household(
            "monitored",
            [(f"{label}{n}户主", "head", None), (f"{label}{n}配偶", "spouse", None)],
            helper=helper_first and n == 0,
        )
    rows = [dibao_row(p, m) for p in people for m in range(1, rows_per_person + 1)]
    made = await office.import_list("dibao", workbook(DIBAO_HEADINGS, rows), label=label)
    return people, node_id("DepartmentList", made.id, office.id)


async def test_pages_follow_the_file_and_filters_narrow_them(office, gql):
    people, list_gid = await _imported(office, "明细")
    seen, after = [], None
    while True:
        body = await gql(
            ENTRIES, {"list": list_gid, "first": 4, "after": after}, as_user="mazhan_admin"
        )
        page = body["data"]["departmentListEntries"]
        seen += _nodes(body)
        assert page["totalCount"] == 6
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert [n["rowNo"] for n in seen] == [2, 3, 4, 5, 6, 7]
    assert [n["name"] for n in seen] == [p.name for p in people]
    assert [n["idNumber"] for n in seen] == [mask_id_number(p.number) for p in people]
    assert all(n["matched"] and n["householdId"] for n in seen)
    assert seen[0]["householdId"] == node_id("Household", people[0].household_id, office.id)
    assert seen[0]["extra"] == {"村": "下坪村"} and seen[0]["amount"] == "345.00"

    # The registry loses one person, and another entry predates the stored numbers: the
    # first is unmatched yet still shows its number, the second falls back on the member's.
    gone, legacy = people[1], people[2]
    await office.owner_sql(
        "delete from members where town_id = :t and name = :n", t=office.id, n=gone.name
    )
    await office.owner_sql(
        "update department_entries set id_masked = null, id_cipher = null"
        " where town_id = :t and name = :n",
        t=office.id,
        n=legacy.name,
    )
    unmatched = await gql(ENTRIES, {"list": list_gid, "matched": False}, as_user="mazhan_admin")
    assert [(n["name"], n["idNumber"], n["householdId"]) for n in _nodes(unmatched)] == [
        (gone.name, mask_id_number(gone.number), None)
    ]
    assert unmatched["data"]["departmentListEntries"]["totalCount"] == 1
    matched = await gql(ENTRIES, {"list": list_gid, "matched": True}, as_user="mazhan_admin")
    assert gone.name not in {n["name"] for n in _nodes(matched)}
    assert matched["data"]["departmentListEntries"]["totalCount"] == 5
    fallback = next(n for n in _nodes(matched) if n["name"] == legacy.name)
    assert fallback["idNumber"] == mask_id_number(legacy.number)

    searched = await gql(ENTRIES, {"list": list_gid, "search": "配偶"}, as_user="mazhan_admin")
    assert {n["name"] for n in _nodes(searched)} == {p.name for p in people if "配偶" in p.name}
    wild = await gql(ENTRIES, {"list": list_gid, "search": "%"}, as_user="mazhan_admin")
    assert _nodes(wild) == []

    entry = seen[0]["id"]
    node = await gql(NODE, {"id": entry}, as_user="mazhan_admin")
    assert node["data"]["node"] == {"name": people[0].name, "idNumber": seen[0]["idNumber"]}


async def test_full_numbers_follow_the_role_and_each_page_is_audited_once(office, gql, demo):
    people, list_gid = await _imported(office, "脱敏", helper_first=True)
    full = await gql(FULL, {"list": list_gid, "first": 10}, as_user="mazhan_admin")
    assert [n["idNumberFull"] for n in _nodes(full)] == [p.number for p in people]
    audited = (
        "select count(*) from audit_entries where town_id = :t and action = 'person.reveal'"
        " and target_type = 'DepartmentList' and target_id = :l"
        " and jsonb_array_length(after -> 'entries') = 6"
    )
    list_id = GlobalId.decode(list_gid, expect="DepartmentList").id
    assert await office.scalar(audited, t=office.id, l=str(list_id)) == 1

    evaluator = await gql(FULL, {"list": list_gid, "first": 10}, token=demo.evaluator_token)
    masked = evaluator["data"]["departmentListEntries"]["edges"]
    assert [e["node"]["idNumber"] for e in masked] == [mask_id_number(p.number) for p in people]
    assert all(e["node"]["idNumberFull"] is None for e in masked)
    assert {e["extensions"]["code"] for e in evaluator["errors"]} <= {"FORBIDDEN", "READ_ONLY"}

    # A helper sees the rows of the households they help, and no one's full number.
    helped = await gql(ENTRIES, {"list": list_gid}, as_user="mazhan_helper")
    assert {n["name"] for n in _nodes(helped)} == {p.name for p in people[:2]}
    hidden = await gql(NODE, {"id": _nodes(full)[2]["id"]}, as_user="mazhan_helper")
    assert hidden["data"]["node"] is None

    foreign = await gql(ENTRIES, {"list": list_gid}, as_user="gaoqiao_admin")
    assert foreign["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    elsewhere = await gql(NODE, {"id": _nodes(full)[0]["id"]}, as_user="gaoqiao_admin")
    assert elsewhere["data"]["node"] is None
    unknown = node_id("DepartmentList", 987654321, office.id)
    missing = await gql(ENTRIES, {"list": unknown}, as_user="mazhan_admin")
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_sql_statements_are_bounded_whatever_the_page_size(office, gql, services):
    _, list_gid = await _imported(office, "语句", rows_per_person=4)  # 24 rows
    token = await gql.token_for("mazhan_admin")
    for query in (ENTRIES, FULL):
        counts = []
        for size in (1, 5, 20):
            with count_statements(services.database) as counted:
                body = await gql(query, {"list": list_gid, "first": size}, token=token)
            assert len(_nodes(body)) == size
            counts.append(len(counted))
        assert counts[0] == counts[1] == counts[2], counts
        assert counts[0] <= 16, counts
