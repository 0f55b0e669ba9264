"""The 五通十有 checklist of a key village and the income line of its stable exit.

The seed names the standard (“五通十有”达标) without listing it; this is the platform's
default list, the usual wording of the provincial key-village exit standard. A village's
year stores one boolean per code (JSONB), so that adding an item later needs no migration:
an item a year does not mention counts as not met.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

# 五通: code → Chinese name.
FIVE_CONNECTIONS: Final[dict[str, str]] = {
    "road": "通路",
    "power": "通电",
    "water": "通水",
    "internet": "通网",
    "broadcast": "通广播电视",
}
# 十有: code → Chinese name.
TEN_FACILITIES: Final[dict[str, str]] = {
    "clinic": "有卫生室",
    "culture_room": "有文化室",
    "store": "有便民超市",
    "service_center": "有综合服务场所",
    "square": "有文体广场",
    "library": "有农家书屋",
    "ecommerce": "有电商服务站点",
    "finance": "有金融服务网点",
    "industry": "有主导产业",
    "cooperative": "有农民专业合作社",
}
ITEMS: Final[dict[str, str]] = {**FIVE_CONNECTIONS, **TEN_FACILITIES}

# 村集体年收入超过 5 万元 (seed, 一.4): the income must be above, not equal to, the line.
INCOME_LINE: Final = Decimal(50000)

FACILITIES_CHECKPOINT: Final = "一.4.1"
INCOME_CHECKPOINT: Final = "一.4.2"


def missing_items(facilities: dict[str, bool]) -> list[str]:
    """The Chinese names of the items not met, in the standard's order."""
    return [name for code, name in ITEMS.items() if not facilities.get(code, False)]
