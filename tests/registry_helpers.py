"""Shared helpers for registry tests: demo ids, valid ID numbers and a household input."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from sqlalchemy import text

from towncheck.api.relay import node_id
from towncheck.db import TenantScope
from towncheck.households.idcard import make_id_number

_sequence = itertools.count(100)

CREATE = """mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) {
  household { id headName category categoryLabel phone
    members { id name idNumber sex birthDate relation relationLabel }
    riskFlags { flag label } }
  errors { code message field } } }"""


def id_number(birth: date, sex: str = "male") -> str:
    return make_id_number(region="371323", birth_date=birth, sequence=next(_sequence), sex=sex)


async def ids(owner_db) -> dict[str, Any]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        towns = {n: i for n, i in (await s.execute(text("select name, id from towns"))).all()}
        villages = {
            (t, n): i
            for t, n, i in (await s.execute(text("select town_id, name, id from villages"))).all()
        }
        users = {n: i for n, i in (await s.execute(text("select username, id from users"))).all()}
    return {"towns": towns, "villages": villages, "users": users}


def village_gid(known: dict[str, Any], town: str, village: str) -> str:
    town_id = known["towns"][town]
    return node_id("Village", known["villages"][(town_id, village)], town_id)


def household_input(
    village: str,
    *,
    head: str = "王建国",
    members: int = 3,
    helpers: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    people = [
        {
            "name": head,
            "idNumber": id_number(date(1968, 5, 4)),
            "relation": "head",
            "basicMedical": True,
            "labourStatus": "ordinary",
        }
    ]
    if members > 1:
        people.append(
            {
                "name": "李秀英",
                "idNumber": id_number(date(1970, 2, 1), "female"),
                "relation": "spouse",
                "basicMedical": True,
            }
        )
    for i in range(members - 2):
        people.append(
            {
                "name": f"王小{'明亮华'[i % 3]}",
                "idNumber": id_number(date(2012, 9, 1)),
                "relation": "child",
                "basicMedical": True,
                "schoolStage": "primary",
                "enrolled": True,
            }
        )
    return {
        "villageId": village,
        "category": "LIFTED_SUPPORTED",
        "members": people,
        "address": "山东省沂水县",
        "liftedYear": 2018,
        "povertyCauses": ["illness"],
        "phone": "13812345678",
        "helperIds": helpers or [],
        **extra,
    }
