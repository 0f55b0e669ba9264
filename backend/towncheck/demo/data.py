"""The demo county as data: fixed names, so every load gives the same tree."""

from __future__ import annotations

COUNTY = ("371323", "沂水县")

OFFICES = ("党政综合办", "经济发展办", "社会事务办", "综合执法办", "规划建设办")

# town code, name, {area: [villages]}; key villages are marked with a leading "*".
TOWNS: tuple[tuple[str, str, dict[str, list[str]]], ...] = (
    (
        "371323101",
        "马站镇",
        {
            "马站管理区": ["*马站村", "东马站村", "西马站村", "北岭村"],
            "关顶管理区": ["关顶村", "*下坪村", "上坪村"],
            "石门管理区": ["石门村", "南峪村", "*黄山铺村"],
            "苏家庄管理区": ["苏家庄村", "大洼村", "河东村"],
        },
    ),
    (
        "371323102",
        "高桥镇",
        {
            "高桥管理区": ["*高桥村", "东高桥村", "前坡村"],
            "龙王峪管理区": ["龙王峪村", "*红石村", "桃花峪村"],
            "大峪管理区": ["大峪村", "小峪村", "石岭村"],
        },
    ),
    (
        "371323103",
        "许家湖镇",
        {
            "许家湖管理区": ["*许家湖村", "王家庄村", "李家庄村"],
            "长虹岭管理区": ["长虹岭村", "*小张庄村", "崔家峪村"],
            "侯家宅管理区": ["侯家宅村", "大宅村", "西岭村"],
        },
    ),
)

DEMO_PASSWORD = "Towncheck@2026"

# username, display name, role, town code (None: county), scope kind, scope name
ACCOUNTS: tuple[tuple[str, str, str, str | None, str | None, str | None], ...] = (
    ("county", "沂水县扶贫办 王敏", "county_official", None, None, None),
    ("mazhan_admin", "马站镇扶贫办 李强", "town_admin", "371323101", None, None),
    (
        "mazhan_director",
        "经济发展办主任 张伟",
        "office_director",
        "371323101",
        "office",
        "经济发展办",
    ),
    # The other four offices' directors, so that every cross-check team can draw lots.
    (
        "mazhan_director_party",
        "党政综合办主任 王芳",
        "office_director",
        "371323101",
        "office",
        "党政综合办",
    ),
    (
        "mazhan_director_social",
        "社会事务办主任 刘军",
        "office_director",
        "371323101",
        "office",
        "社会事务办",
    ),
    (
        "mazhan_director_law",
        "综合执法办主任 杨帆",
        "office_director",
        "371323101",
        "office",
        "综合执法办",
    ),
    (
        "mazhan_director_build",
        "规划建设办主任 黄磊",
        "office_director",
        "371323101",
        "office",
        "规划建设办",
    ),
    ("mazhan_area", "关顶管理区 刘洋", "area_cadre", "371323101", "area", "关顶管理区"),
    ("mazhan_village", "下坪村 陈静", "village_cadre", "371323101", "village", "下坪村"),
    ("mazhan_helper", "帮扶责任人 赵磊", "helper", "371323101", None, None),
    ("gaoqiao_admin", "高桥镇扶贫办 孙丽", "town_admin", "371323102", None, None),
    ("xujiahu_admin", "许家湖镇扶贫办 周涛", "town_admin", "371323103", None, None),
)

EVALUATOR_LABEL = "演示第三方评估机构"
