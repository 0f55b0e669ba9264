"""Word lists for the synthetic registry: names, places, measures and plans as locals write
them, and the codes drawn by age (labour capacity, school stage).

Given names follow the fashions of each generation, so that ages and names look plausible
together (a 秀英 born in 1950, a 梓涵 born in 2015).
"""

from __future__ import annotations

# Surnames common in southern Shandong, weighted roughly by frequency.
SURNAMES: dict[str, int] = {
    "王": 12, "张": 10, "刘": 9, "李": 8, "孙": 5, "赵": 4, "杨": 4, "陈": 3, "高": 3,
    "徐": 3, "马": 2, "于": 2, "宋": 2, "朱": 2, "吴": 2, "郭": 2, "韩": 2, "庞": 1,
    "武": 1, "胡": 1, "魏": 1, "田": 1, "崔": 1, "许": 1, "袁": 1, "邵": 1, "夏": 1,
    "姜": 1, "葛": 1, "丁": 1, "董": 1, "石": 1, "尹": 1, "牛": 1, "彭": 1, "卢": 1,
}

# (born before this year, male names, female names), oldest generation first.
GIVEN_NAMES: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (1960,
     ("德胜", "德明", "长江", "长林", "玉山", "玉林", "秀山", "宝山", "宝田", "振华", "振国",
      "建国", "国庆", "国华", "国栋", "庆云", "庆林", "家福", "金福", "树林", "树德", "洪福",
      "传富", "传明", "凤山", "富贵", "春生", "立本", "兆田", "广田", "广福", "明山", "来福",
      "成", "福", "山", "贵", "忠", "正"),
     ("秀英", "秀兰", "秀珍", "秀芳", "秀云", "桂兰", "桂英", "桂芳", "桂珍", "玉兰", "玉英",
      "玉珍", "玉梅", "凤英", "凤兰", "凤芝", "兰英", "淑珍", "淑英", "淑兰", "翠英", "翠兰",
      "春兰", "春英", "金花", "银花", "素芳", "素珍", "月英", "爱荣", "荣花", "香兰", "英",
      "兰", "花", "芹")),
    (1985,
     ("伟", "勇", "军", "强", "磊", "涛", "斌", "刚", "杰", "明", "辉", "鹏", "建华", "建军",
      "建平", "建新", "志刚", "志强", "志勇", "海军", "海涛", "洪涛", "晓东", "晓明", "卫东",
      "卫国", "红军", "新华", "学军", "学文", "文军", "永强", "永刚", "庆伟", "春雷", "兆军",
      "立新", "德军", "传军"),
     ("丽", "静", "敏", "艳", "霞", "燕", "娟", "红", "芳", "玲", "华", "萍", "丽萍", "丽娟",
      "海燕", "红霞", "秀丽", "春燕", "晓燕", "艳红", "桂香", "玉霞", "美玲", "金凤", "凤霞",
      "文娟", "亚男", "爱玲", "晓红")),
    (2005,
     ("浩", "鑫", "宇", "帅", "超", "鹏飞", "晓龙", "浩然", "文博", "俊杰", "家豪", "志远",
      "明辉", "晨阳", "天宇", "子豪", "振宇", "宇航", "昊天", "嘉豪", "凯", "龙", "帆"),
     ("婷婷", "晓雪", "雪", "倩", "璐", "佳", "悦", "丹丹", "文静", "欣", "甜甜", "梦", "晓丽",
      "佳慧", "思雨", "雨欣", "晓悦", "梦瑶", "文慧", "慧", "洁", "颖")),
    (9999,
     ("子轩", "浩宇", "宇轩", "梓豪", "俊熙", "一鸣", "皓轩", "奕辰", "宇泽", "子墨", "沐宸",
      "锦程", "梓睿", "铭泽", "博文", "天佑", "子骞", "睿", "泽", "航"),
     ("子涵", "欣怡", "梓涵", "诗涵", "雨桐", "一诺", "梓萱", "可欣", "语桐", "若曦", "佳怡",
      "思彤", "梦琪", "紫涵", "依诺", "芷若", "雨萱", "欣妍", "可馨", "梓晴")),
)

# Linyi's districts and counties: people marry in from next door and keep their first number.
NEARBY_REGIONS = ("371302", "371311", "371312", "371321", "371322", "371324", "371325",
                  "371326", "371327", "371328", "371329")
DEFAULT_REGION = "371323"

PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                  "152", "155", "157", "158", "159", "176", "177", "178", "180", "182", "185",
                  "186", "187", "188", "189", "198")

POVERTY_CAUSES: dict[str, int] = {
    "illness": 30, "disability": 18, "no_labour": 12, "no_skill": 10, "no_capital": 10,
    "education": 6, "own_effort": 5, "disaster": 3, "no_land": 3, "transport": 2, "no_water": 1,
}

ASSISTANCE_MEASURES = ("产业帮扶", "就业帮扶", "光伏收益分配", "扶贫小额信贷", "公益岗位",
                       "教育资助", "健康帮扶", "危房改造", "兜底保障", "饮水安全", "残疾人帮扶",
                       "技能培训", "消费帮扶", "生态护林员")

DISABILITY_TYPES: dict[str, int] = {
    "physical": 45, "vision": 12, "hearing": 12, "intellectual": 10, "mental": 10,
    "speech": 4, "multiple": 7,
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
REPAIR_PLANS = ("纳入农村危房改造计划，维修加固", "原址翻建", "拆除重建", "屋面翻修、墙体加固",
                "投亲靠友，拆除危房")
WATER_SAFE = ("集中供水", "集中供水", "集中供水", "小型集中供水", "分散供水（自备深井）")
WATER_UNSAFE = ("分散供水（浅井，水质不达标）", "季节性缺水（山泉）", "分散供水（水窖）")
SANITATION = ("水冲式卫生厕所", "三格化粪池厕所", "三格化粪池厕所", "卫生旱厕", "普通旱厕")
INCOME_EVIDENCE = ("入户核实", "入户核实、务工证明", "村委会评议", "银行流水、入户核实",
                   "产业收益台账")
