"""Word lists for the synthetic registry besides names: places, phones, causes, measures and
plans as locals write them, and the codes drawn by age (labour capacity, school stage)."""

from __future__ import annotations

# Linyi's districts and counties: people marry in from next door and keep their first number.
NEARBY_REGIONS = (
    "371302",
    "371311",
    "371312",
    "371321",
    "371322",
    "371324",
    "371325",
    "371326",
    "371327",
    "371328",
    "371329",
)
DEFAULT_REGION = "371323"

PHONE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "176",
    "177",
    "178",
    "180",
    "182",
    "185",
    "186",
    "187",
    "188",
    "189",
    "198",
)

POVERTY_CAUSES: dict[str, int] = {
    "illness": 30,
    "disability": 18,
    "no_labour": 12,
    "no_skill": 10,
    "no_capital": 10,
    "education": 6,
    "own_effort": 5,
    "disaster": 3,
    "no_land": 3,
    "transport": 2,
    "no_water": 1,
}

ASSISTANCE_MEASURES = (
    "产业帮扶",
    "就业帮扶",
    "光伏收益分配",
    "扶贫小额信贷",
    "公益岗位",
    "教育资助",
    "健康帮扶",
    "危房改造",
    "兜底保障",
    "饮水安全",
    "残疾人帮扶",
    "技能培训",
    "消费帮扶",
    "生态护林员",
)

DISABILITY_TYPES: dict[str, int] = {
    "physical": 45,
    "vision": 12,
    "hearing": 12,
    "intellectual": 10,
    "mental": 10,
    "speech": 4,
    "multiple": 7,
}

# Labour capacity of those not in school: (below this age, shares).
LABOUR_BY_AGE: tuple[tuple[int, dict[str, int]], ...] = (
    (60, {"ordinary": 65, "skilled": 20, "weak": 10, "lost": 5}),
    (70, {"ordinary": 30, "weak": 50, "lost": 10, "none": 10}),
    (200, {"weak": 30, "lost": 30, "none": 40}),
)

# (first age, last age, share enrolled, stages by year of age from the first, the last
# repeating). Compulsory schooling (6–15) keeps a few deliberate gaps for the risk flags.
SCHOOLING: tuple[tuple[int, int, float, tuple[tuple[str, ...], ...]], ...] = (
    (3, 5, 0.85, (("preschool",),)),
    (6, 15, 0.97, (("primary",),) * 6 + (("junior",),) * 3 + (("junior", "senior"),)),
    (16, 18, 0.8, (("senior", "senior", "vocational"),)),
    # Not "higher_vocational": its 17 letters overflow members.school_stage (varchar 16).
    (19, 22, 0.4, (("college", "college", "university"),)),
)

SUBSIDY_DIBAO = "农村低保"
SUBSIDY_TEKUN = "特困供养"
SUBSIDY_DISABLED = "困难残疾人生活补贴"
SUBSIDY_CARE = "重度残疾人护理补贴"
SUBSIDY_PENSION = "城乡居民基础养老金"

ASSESSORS = ("县住建局鉴定组", "镇规划建设办", "县房屋安全鉴定站", "镇村联合鉴定小组")
REPAIR_PLANS = (
    "纳入农村危房改造计划，维修加固",
    "原址翻建",
    "拆除重建",
    "屋面翻修、墙体加固",
    "投亲靠友，拆除危房",
)
WATER_SAFE = ("集中供水", "集中供水", "集中供水", "小型集中供水", "分散供水（自备深井）")
WATER_UNSAFE = ("分散供水（浅井，水质不达标）", "季节性缺水（山泉）", "分散供水（水窖）")
SANITATION = ("水冲式卫生厕所", "三格化粪池厕所", "三格化粪池厕所", "卫生旱厕", "普通旱厕")
INCOME_EVIDENCE = (
    "入户核实",
    "入户核实、务工证明",
    "村委会评议",
    "银行流水、入户核实",
    "产业收益台账",
)
