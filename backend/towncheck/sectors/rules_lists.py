"""The policy rules over the other departments' lists — temporary aid (临时救助), skills
training (技能培训), public-welfare jobs (公益岗位) and microcredit (扶贫小额信贷) — in the style
of ``rules``: each a set-based SQL check over one town and year selecting
``(household_id, description)``, entries joined to the registry by the ID hash.

They are plain specs, made into ``rules.Rule`` by ``rules`` itself (which runs and stores them
with its own), so that this module needs nothing from it. Descriptions name people as the
other rules do, by name only: never an ID number.

Who the programmes serve is the registry's word: its categories (脱贫户, 监测户), its labour
status (劳动技能) and, for training, the need it records (致贫原因, 帮扶措施). Every constant
below goes into the SQL as a literal: it is this module's, never input.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NamedTuple

from towncheck.households.values import CATEGORIES, LABOUR


class RuleSpec(NamedTuple):
    code: str  # the checkpoint of the default checklist it checks
    name: str
    severity: str  # the checkpoint's
    sql: str  # selects household_id, description for :town and :year


# Entries of the year's lists of some kinds, joined to their list.
IN_LISTS: Final = """department_entries e
  join department_lists l on l.town_id = e.town_id and l.id = e.list_id"""

# The households the programmes are for: lifted out of poverty (still supported or not) and
# monitored; an ordinary household (一般农户) is not.
ELIGIBLE: Final = ("lifted_supported", "lifted_unsupported", "monitored")
# 技能劳动力 and 普通劳动力: the labour force that skills training is for. 弱劳动力或半劳动力 are
# left out here — they are who public-welfare jobs are for.
LABOUR_FORCE: Final = ("skilled", "ordinary")
# 丧失劳动力 and 无劳动力: nobody who cannot work holds a public-welfare job.
NO_LABOUR: Final = ("lost", "none")
# 劳动年龄: aged 16 to 60 in the year checked.
LABOUR_AGES: Final = (16, 60)
# 扶贫小额信贷: 5 万元以下、3 年以内 (one loan per household up to 50,000 yuan).
MICROCREDIT_CAP: Final = Decimal(50000)


def among(values: tuple[str, ...]) -> str:
    """The values as an SQL list, for ``in``."""
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _label(column: str, labels: dict[str, str]) -> str:
    """The Chinese label of a coded column, the code itself if it has none."""
    cases = " ".join(f"when '{code}' then '{label}'" for code, label in labels.items())
    return f"case {column} {cases} else {column} end"


_ELIGIBLE = among(ELIGIBLE)
# A recorded need for training: the poverty cause 缺技术, or a measure that names training
# (measures are free text: 技能培训, 职业技能培训, 雨露计划短期技能培训 …).
_NO_SKILL = "'no_skill' = any(h.poverty_causes)"
_TRAINING_MEASURE = "exists (select 1 from unnest(h.assistance_measures) a where a like '%培训%')"
_CATEGORY = _label("h.category", CATEGORIES)
_YOUNGEST, _OLDEST = LABOUR_AGES

# The day a loan's due date is measured against: today, or the last day of the year checked
# when that year is over (its list says nothing about loans falling due after it).
_CHECK_DAY = "least(current_date, make_date(:year, 12, 31))"

RULES: Final[tuple[RuleSpec, ...]] = (
    # 重复救助: temporary aid is for one emergency; paid to the same person more than once in
    # one month, it was paid twice. A payment listed identically in two of the year's lists
    # (a quarter's and the whole year's) is one payment; listed twice in one list it is two.
    RuleSpec(
        "三.1.4",
        "temporary_aid_repeated",
        "minor",
        f"""select m.household_id, '成员“' || m.name || '”'
              || to_char(p.month, 'YYYY "年" FMMM "月"') || '领取临时救助 ' || p.times
              || ' 次（' || p.payments || '），属重复救助'
            from (
              select x.id_hash, date_trunc('month', x.paid_on)::date as month,
                     sum(x.times) as times,
                     string_agg(x.paid_on::text || ' 发放 ' || x.amount || ' 元'
                       || case when x.times > 1 then ' ' || x.times || ' 笔' else '' end,
                       '、' order by x.paid_on, x.amount) as payments
              from (
                select id_hash, paid_on, amount, max(n) as times from (
                  select e.id_hash, e.paid_on, e.amount, e.list_id, count(*) as n
                  from {IN_LISTS}
                  where e.town_id = :town and l.kind = 'temporary_aid' and l.year = :year
                    and e.paid_on is not null
                  group by e.id_hash, e.paid_on, e.amount, e.list_id) per_list
                group by id_hash, paid_on, amount) x
              group by x.id_hash, date_trunc('month', x.paid_on)::date
              having sum(x.times) > 1
            ) p
            join members m on m.town_id = :town and m.id_hash = p.id_hash""",  # noqa: S608
    ),
    # 有劳动力未培训: training goes by need (根据培训需求和就业意愿), so the rule asks it of the
    # lifted or monitored households whose registry records one — poverty caused by a lack of
    # skills (缺技术), or training among the household's assistance measures (帮扶措施) — that
    # have members of working age in the labour force (pupils and students aside), none of
    # them on the year's training lists. One violation per household: the household, not
    # each member, is visited about it.
    RuleSpec(
        "三.3.1",
        "labour_without_training",
        "minor",
        f"""select h.id, '户主“' || h.head_name || '”户（' || {_CATEGORY} || '，' || concat_ws('、',
                case when {_NO_SKILL} then '致贫原因为缺技术' end,
                case when {_TRAINING_MEASURE} then '帮扶措施有技能培训' end)
              || '）有劳动年龄内劳动力 ' || count(*) || ' 人（'
              || string_agg(m.name, '、' order by m.position, m.id)
              || '），' || :year || ' 年均未参加技能培训'
            from households h
            join members m on m.town_id = h.town_id and m.household_id = h.id
            where h.town_id = :town and h.category in {_ELIGIBLE}
              and ({_NO_SKILL} or {_TRAINING_MEASURE})
              and m.labour_status in {among(LABOUR_FORCE)}
              and m.birth_date >= make_date(:year - {_OLDEST}, 1, 1)
              and m.birth_date < make_date(:year - {_YOUNGEST} + 1, 1, 1)
              and m.enrolled is not true
            group by h.id, h.head_name, h.category, h.poverty_causes, h.assistance_measures
            -- IN over the trained, computed once and hashed, not probed per member.
            having not bool_or(m.id_hash in (
              select e.id_hash from {IN_LISTS}
              where e.town_id = :town and l.kind = 'training' and l.year = :year))""",  # noqa: S608
    ),
    # 公益岗位对象不符: a post held by someone who cannot work (丧失劳动力, 无劳动力) or whose
    # household the programme is not for. A person on several of the year's lists (monthly
    # rosters) is one holder, from the first day listed.
    RuleSpec(
        "三.3.2",
        "public_job_holder_ineligible",
        "minor",
        f"""select m.household_id, '成员“' || m.name || '”' || j.started::text
              || ' 起在公益岗位上岗，但' || concat_ws('，',
                case when m.labour_status in {among(NO_LABOUR)}
                  then '登记为' || {_label("m.labour_status", LABOUR)} end,
                case when h.category not in {_ELIGIBLE} then '所在户为' || {_CATEGORY} end)
              || '，不符合公益岗位安置条件'
            from (select e.id_hash, min(e.start_on) as started from {IN_LISTS}
                  where e.town_id = :town and l.kind = 'public_welfare_job' and l.year = :year
                  group by e.id_hash) j
            join members m on m.town_id = :town and m.id_hash = j.id_hash
            join households h on h.town_id = m.town_id and h.id = m.household_id
            where m.labour_status in {among(NO_LABOUR)} or h.category not in {_ELIGIBLE}""",  # noqa: S608
    ),
    # 离岗后仍发放: a post's allowance paid after the month that follows its end. The last
    # month's allowance is paid in the next month; anything later pays for time not worked.
    RuleSpec(
        "三.3.2",
        "public_job_paid_after_end",
        "minor",
        f"""select distinct m.household_id, '成员“' || m.name || '”公益岗位 ' || e.end_on::text
              || ' 已截止，' || e.paid_on::text || ' 仍发放岗位补贴'
              || coalesce(' ' || e.amount || ' 元', '')
            from {IN_LISTS}
            join members m on m.town_id = e.town_id and m.id_hash = e.id_hash
            where e.town_id = :town and l.kind = 'public_welfare_job' and l.year = :year
              and e.paid_on >= (date_trunc('month', e.end_on) + interval '2 months')::date""",  # noqa: S608
    ),
    # 对象不符: a loan to someone whose household the programme is not for (一般农户).
    RuleSpec(
        "三.4.1",
        "microcredit_borrower_ineligible",
        "major",
        f"""select distinct m.household_id, '成员“' || m.name || '”所在户为' || {_CATEGORY}
              || '，不属于扶贫小额信贷对象（' || e.start_on::text || ' 放款 '
              || e.amount || ' 元）'
            from {IN_LISTS}
            join members m on m.town_id = e.town_id and m.id_hash = e.id_hash
            join households h on h.town_id = m.town_id and h.id = m.household_id
            where e.town_id = :town and l.kind = 'microcredit' and l.year = :year
              and h.category not in {_ELIGIBLE}""",  # noqa: S608
    ),
    # 逾期未还 / 超过额度: a listed loan past its due date, or above the cap. The list is the
    # bank's ledger of loans outstanding, and importing it again replaces it: a repaid loan
    # leaves the list, so one still listed after its due date has not been repaid.
    RuleSpec(
        "三.4.1",
        "microcredit_overdue_or_over_limit",
        "major",
        f"""select distinct m.household_id, '成员“' || m.name || '”扶贫小额信贷（'
              || e.start_on::text || ' 放款 ' || e.amount || ' 元）' || concat_ws('，',
                case when e.end_on < c.day then e.end_on::text || ' 到期，截至 ' || c.day::text
                  || ' 仍在贷款名单中，逾期未还' end,
                case when e.amount > {MICROCREDIT_CAP}
                  then '超过 ' || {MICROCREDIT_CAP} || ' 元额度' end)
            from {IN_LISTS}
            join members m on m.town_id = e.town_id and m.id_hash = e.id_hash
            cross join (select {_CHECK_DAY} as day) c
            where e.town_id = :town and l.kind = 'microcredit' and l.year = :year
              and (e.end_on < c.day or e.amount > {MICROCREDIT_CAP})""",  # noqa: S608
    ),
)
