"""The policy rules over the temporary aid, training, public-welfare job and microcredit lists,
on real PostgreSQL: each fires on a violating row and stays silent on compliant ones (at the
edges of its limits too), checks a checkpoint of the default checklist with its severity, and
a second run adds nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from towncheck.api.relay import GlobalId
from towncheck.checklists.defaults import load_default_template
from towncheck.db import TenantScope
from towncheck.sectors import rules, rules_lists

from .ledger_helpers import principal_of
from .registry_helpers import ids
from .sector_helpers import YEAR, Entry, Office, Person, Traits
from .selfcheck_helpers import new_cycle

# Household → rule → descriptions.
Found = dict[int, dict[str, list[str]]]
# The rules of each list, which its test looks at: the other rules find the tests'
# households too (a monitored household without 低保, a job holder without training).
AID = frozenset({"temporary_aid_repeated"})
TRAINING = frozenset({"labour_without_training"})
JOBS = frozenset({"public_job_holder_ineligible", "public_job_paid_after_end"})
LOANS = frozenset({"microcredit_borrower_ineligible", "microcredit_overdue_or_over_limit"})


@pytest.fixture
async def office(services, owner_db, demo) -> Office:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Office(services, owner_db, known, principal)


async def _found(office: Office, names: frozenset[str], *people: Person) -> Found:
    """The violations of ``YEAR`` by the rules ``names`` in the households of ``people``
    (other tests' households share the town)."""
    ours = {p.household_id for p in people}
    async with office.services.database.unit_of_work(office.principal.scope()) as s:
        found = await rules.check(s, town_id=office.id, year=YEAR)
    by_household: Found = {}
    for v in found:
        if v.household_id in ours and v.rule in names:
            by_household.setdefault(v.household_id, {}).setdefault(v.rule, []).append(v.description)
    return by_household


async def _single(
    office: Office, category: str, name: str, *, born: int | None = None, labour: str = ""
) -> Person:
    """A household of one: its head."""
    (person,) = await office.household(
        category, [(name, "head", None)], traits={name: Traits(born=born, labour=labour)}
    )
    return person


def test_every_rule_checks_a_checkpoint_of_the_default_checklist():
    checkpoints = {
        c.code: c
        for section in load_default_template().sections
        for item in section.items
        for c in item.checkpoints
    }
    for rule in rules.ALL_RULES:
        assert rule.code in checkpoints, rule.name
        assert rule.severity == checkpoints[rule.code].severity.value, rule.name
    assert len(rules.BY_NAME) == len(rules.ALL_RULES)
    assert {spec.name for spec in rules_lists.RULES} == AID | TRAINING | JOBS | LOANS
    assert {r.name for r in rules.ALL_RULES} >= AID | TRAINING | JOBS | LOANS


async def test_temporary_aid_twice_in_one_month_is_repeated_aid(office):
    twice = await _single(office, "monitored", "救助甲")
    months_apart = await _single(office, "monitored", "救助乙")
    two_lists = await _single(office, "lifted_supported", "救助丙")
    same_row = await _single(office, "monitored", "救助丁")
    march, may = date(YEAR, 3, 5), date(YEAR, 5, 6)
    quarter = [
        Entry(twice, Decimal(800), paid_on=march),
        Entry(twice, Decimal(600), paid_on=date(YEAR, 3, 20)),
        Entry(months_apart, Decimal(800), paid_on=march),
        Entry(months_apart, Decimal(800), paid_on=may),
        Entry(two_lists, Decimal(800), paid_on=march),
        Entry(same_row, Decimal(500), paid_on=date(YEAR, 4, 8)),
        Entry(same_row, Decimal(500), paid_on=date(YEAR, 4, 8)),
    ]
    await office.write_list("temporary_aid", quarter, label="临时救助一季度")
    # The year's list repeats the quarter's payment: one payment, listed twice.
    whole_year = [Entry(two_lists, Decimal(800), paid_on=march)]
    await office.write_list("temporary_aid", whole_year, label="临时救助全年")

    found = await _found(office, AID, twice, months_apart, two_lists, same_row)
    assert found == {
        twice.household_id: {
            "temporary_aid_repeated": [
                f"成员“救助甲”{YEAR} 年 3 月领取临时救助 2 次（{YEAR}-03-05 发放 800.00 元、"
                f"{YEAR}-03-20 发放 600.00 元），属重复救助"
            ]
        },
        same_row.household_id: {
            "temporary_aid_repeated": [
                f"成员“救助丁”{YEAR} 年 4 月领取临时救助 2 次（{YEAR}-04-08 发放 500.00 元 2 笔），"
                "属重复救助"
            ]
        },
    }


async def test_labour_force_in_need_of_training_without_any_this_year(office):
    untrained = await office.household(
        "monitored",
        [("培训甲", "head", None), ("培训甲妻", "spouse", None), ("培训甲子", "child", None)],
        traits={
            "培训甲": Traits(born=YEAR - 40, labour="ordinary"),
            "培训甲妻": Traits(born=YEAR - 38, labour="skilled"),
            "培训甲子": Traits(born=YEAR - 10, labour="none"),
        },
        causes=("no_skill", "illness"),
    )
    one_trained = await office.household(
        "lifted_supported",
        [("培训乙", "head", None), ("培训乙妻", "spouse", None)],
        traits={
            "培训乙": Traits(born=YEAR - 45, labour="ordinary"),
            "培训乙妻": Traits(born=YEAR - 44, labour="ordinary"),
        },
        measures=("技能培训",),
    )
    ordinary = await office.household(
        "ordinary",
        [("培训丙", "head", None)],
        traits={"培训丙": Traits(born=YEAR - 30, labour="ordinary")},
        causes=("no_skill",),
    )
    nobody_due = await office.household(
        "lifted_unsupported",
        [("培训丁", "head", None), ("培训丁父", "parent", None), ("培训丁子", "child", None)],
        traits={
            "培训丁": Traits(born=YEAR - 50, labour="weak"),  # 弱劳动力: jobs, not training
            "培训丁父": Traits(born=YEAR - 61, labour="ordinary"),  # past working age
            "培训丁子": Traits(born=YEAR - 17, labour="ordinary", enrolled=True),  # at school
        },
        causes=("no_skill",),
    )
    sixteen = await office.household(
        "lifted_supported",
        [("培训戊", "head", None), ("培训戊女", "child", None)],
        traits={
            "培训戊": Traits(born=YEAR - 58, labour="lost"),
            "培训戊女": Traits(born=YEAR - 16, labour="ordinary"),
        },
        measures=("产业帮扶", "雨露计划短期技能培训"),
    )
    no_need = await office.household(
        "monitored",
        [("培训己", "head", None)],
        traits={"培训己": Traits(born=YEAR - 40, labour="ordinary")},
        causes=("illness",),
        measures=("健康帮扶",),
    )
    await office.write_list(
        "training",
        [Entry(one_trained[1], Decimal(800), date(YEAR, 4, 1), date(YEAR, 4, 10))],
        label="培训",
    )
    # Last year's course does not count for this year.
    await office.write_list(
        "training",
        [Entry(untrained[0], Decimal(800), date(YEAR - 1, 4, 1), date(YEAR - 1, 4, 10))],
        label="培训",
        year=YEAR - 1,
    )

    households = (untrained, one_trained, [ordinary[0]], nobody_due, sixteen, no_need)
    found = await _found(office, TRAINING, *(h[0] for h in households))
    assert found == {
        untrained[0].household_id: {
            "labour_without_training": [
                "户主“培训甲”户（监测户，致贫原因为缺技术）有劳动年龄内劳动力 2 人（培训甲、"
                f"培训甲妻），{YEAR} 年均未参加技能培训"
            ]
        },
        sixteen[0].household_id: {
            "labour_without_training": [
                "户主“培训戊”户（脱贫享受政策户，帮扶措施有技能培训）有劳动年龄内劳动力 1 人"
                f"（培训戊女），{YEAR} 年均未参加技能培训"
            ]
        },
    }


async def test_public_welfare_jobs_for_those_who_cannot_hold_them_or_paid_after_the_end(office):
    fine = await _single(office, "monitored", "岗位甲", born=1970, labour="weak")
    cannot_work = await _single(office, "lifted_supported", "岗位乙", born=1968, labour="lost")
    ordinary = await _single(office, "ordinary", "岗位丙", born=1975, labour="ordinary")
    left = await _single(office, "monitored", "岗位丁", born=1972, labour="ordinary")
    unknown = await _single(office, "monitored", "岗位戊", born=1971)  # labour not recorded
    year_long = {"start_on": date(YEAR, 1, 1), "end_on": date(YEAR, 12, 31)}
    quarter = {"start_on": date(YEAR, 1, 1), "end_on": date(YEAR, 3, 31)}
    january = [
        Entry(fine, Decimal(500), **year_long, paid_on=date(YEAR, 1, 10)),
        Entry(cannot_work, Decimal(500), **year_long, paid_on=date(YEAR, 1, 10)),
        Entry(ordinary, Decimal(500), **year_long, paid_on=date(YEAR, 1, 10)),
        Entry(unknown, Decimal(500), **year_long, paid_on=date(YEAR, 1, 10)),
        # March's allowance paid by the end of April is in order; from May on it is not.
        Entry(left, Decimal(500), **quarter, paid_on=date(YEAR, 4, 30)),
        Entry(left, Decimal(500), **quarter, paid_on=date(YEAR, 5, 1)),
    ]
    await office.write_list("public_welfare_job", january, label="公益岗位一月")
    # A second month's roster: the same holders are not reported twice.
    february = [
        Entry(cannot_work, Decimal(500), date(YEAR, 2, 1), date(YEAR, 12, 31), date(YEAR, 2, 10))
    ]
    await office.write_list("public_welfare_job", february, label="公益岗位二月")

    found = await _found(office, JOBS, fine, cannot_work, ordinary, left, unknown)
    assert found == {
        cannot_work.household_id: {
            "public_job_holder_ineligible": [
                f"成员“岗位乙”{YEAR}-01-01 起在公益岗位上岗，但登记为丧失劳动力，"
                "不符合公益岗位安置条件"
            ]
        },
        ordinary.household_id: {
            "public_job_holder_ineligible": [
                f"成员“岗位丙”{YEAR}-01-01 起在公益岗位上岗，但所在户为一般农户，"
                "不符合公益岗位安置条件"
            ]
        },
        left.household_id: {
            "public_job_paid_after_end": [
                f"成员“岗位丁”公益岗位 {YEAR}-03-31 已截止，{YEAR}-05-01 仍发放岗位补贴 500.00 元"
            ]
        },
    }


async def test_microcredit_overdue_over_the_cap_or_to_an_ordinary_household(office):
    fine = await _single(office, "lifted_supported", "信贷甲")
    overdue = await _single(office, "monitored", "信贷乙")
    above_cap = await _single(office, "lifted_unsupported", "信贷丙")
    ordinary = await _single(office, "ordinary", "信贷丁")
    due_next_year = await _single(office, "monitored", "信贷戊")
    loans = [
        Entry(fine, Decimal(50000), date(YEAR, 3, 1), date(YEAR + 2, 2, 28)),  # at the cap
        Entry(overdue, Decimal(30000), date(YEAR, 1, 10), date(YEAR, 9, 30)),
        Entry(above_cap, Decimal(80000), date(YEAR, 3, 1), date(YEAR + 3, 2, 28)),
        Entry(ordinary, Decimal(20000), date(YEAR, 4, 1), date(YEAR + 2, 3, 31)),
        # Due after the year checked: its list cannot say whether it was repaid.
        Entry(due_next_year, Decimal(30000), date(YEAR, 6, 1), date(YEAR + 1, 1, 15)),
    ]
    await office.write_list("microcredit", loans, label="小额信贷")
    # The same ledger again under another label: each loan is still reported once.
    await office.write_list("microcredit", loans, label="小额信贷（复核）")

    found = await _found(office, LOANS, fine, overdue, above_cap, ordinary, due_next_year)
    assert found == {
        overdue.household_id: {
            "microcredit_overdue_or_over_limit": [
                f"成员“信贷乙”扶贫小额信贷（{YEAR}-01-10 放款 30000.00 元）{YEAR}-09-30 到期，"
                f"截至 {YEAR}-12-31 仍在贷款名单中，逾期未还"
            ]
        },
        above_cap.household_id: {
            "microcredit_overdue_or_over_limit": [
                f"成员“信贷丙”扶贫小额信贷（{YEAR}-03-01 放款 80000.00 元）超过 50000 元额度"
            ]
        },
        ordinary.household_id: {
            "microcredit_borrower_ineligible": [
                f"成员“信贷丁”所在户为一般农户，不属于扶贫小额信贷对象（{YEAR}-04-01 放款 "
                "20000.00 元）"
            ]
        },
    }


async def test_runs_raise_one_finding_per_checkpoint_and_again_nothing(office, gql, owner_db):
    # An ordinary household's head with an overdue loan above the cap and a public-welfare
    # job: two microcredit rules of one checkpoint (one finding) and a job rule. A lifted
    # household's worker, untrained though its measures say training, paid temporary aid twice
    # in August: two more findings.
    (borrower,) = await office.household(
        "ordinary",
        [("复查甲", "head", None)],
        traits={"复查甲": Traits(born=1970, labour="ordinary")},
        helper=True,
    )
    lifted = await office.household(
        "lifted_supported",
        [("复查乙", "head", None)],
        traits={"复查乙": Traits(born=YEAR - 30, labour="skilled")},
        measures=("技能培训",),
    )
    await office.write_list(
        "microcredit",
        [Entry(borrower, Decimal(60000), date(YEAR, 1, 5), date(YEAR, 7, 5))],
        label="复查",
    )
    await office.write_list(
        "public_welfare_job",
        [Entry(borrower, Decimal(500), date(YEAR, 1, 1), date(YEAR, 12, 31), date(YEAR, 3, 10))],
        label="复查",
    )
    await office.write_list(
        "temporary_aid",
        [
            Entry(lifted[0], Decimal(300), paid_on=date(YEAR, 8, 1)),
            Entry(lifted[0], Decimal(300), paid_on=date(YEAR, 8, 31)),
        ],
        label="复查",
    )

    cycle_gid, _ = await new_cycle(gql, owner_db, date.today(), name="名单规则周期")
    cycle = GlobalId.decode(cycle_gid, expect="Cycle").id
    await office.owner_sql("update cycles set year = :y where id = :c", y=YEAR, c=cycle)
    async with office.services.database.unit_of_work(office.principal.scope()) as s:
        found = await rules.check(s, town_id=office.id, year=YEAR)
    raised = await office.call(rules.run_rules, cycle_id=cycle)
    assert raised == len({(v.household_id, v.code) for v in found})
    assert await office.call(rules.run_rules, cycle_id=cycle) == 0

    mine = await _findings(office, cycle, borrower, lifted[0])
    assert {(h, code, severity) for h, code, severity, _, _ in mine} == {
        (borrower.household_id, "三.4.1", "major"),
        (borrower.household_id, "三.3.2", "minor"),
        (lifted[0].household_id, "三.1.4", "minor"),
        (lifted[0].household_id, "三.3.1", "minor"),
    }
    loan = next(d for h, code, _, _, d in mine if code == "三.4.1")
    assert "不属于扶贫小额信贷对象" in loan and "逾期未还" in loan and "超过 50000 元额度" in loan
    assert {r for h, _, _, r, _ in mine if h == borrower.household_id} == {office.helper}

    # The training arrives: that finding goes, the household's other one stays.
    await office.write_list(
        "training",
        [Entry(lifted[0], Decimal(800), date(YEAR, 10, 8), date(YEAR, 10, 18))],
        label="复查",
    )
    assert await office.call(rules.run_rules, cycle_id=cycle) == 0
    left = await _findings(office, cycle, lifted[0])
    assert [code for _, code, _, _, _ in left] == ["三.1.4"]


async def _findings(
    office: Office, cycle: int, *people: Person
) -> list[tuple[int, str, str, int | None, str]]:
    """household, checkpoint, severity, responsible, description of the cycle's policy
    findings of the people's households, by household and checkpoint."""
    async with office.owner_db.unit_of_work(TenantScope()) as s:
        rows = await s.execute(
            text(
                "select household_id, checkpoint, severity, responsible_id, description"
                " from findings where town_id = :t and cycle_id = :c and source = 'policy_rule'"
                " and household_id = any(:h) order by household_id, checkpoint"
            ),
            {"t": office.id, "c": cycle, "h": [p.household_id for p in people]},
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]
