"""Provinces of China as an agent writes them: 浙江, 浙江省, 新疆维吾尔自治区, 内蒙, 港 — and inside a pasted address.

Every other part of the fee model speaks in canonical short names (浙江, 新疆, 内蒙古, 香港); this module is the one
place that turns what a buyer or an agent typed into one of them.
"""

from __future__ import annotations

import re

from quickreply.core.errors import QuickReplyError
from quickreply.core.folding import fold


class RegionError(QuickReplyError):
    """A place that is not one of the 34 provincial-level regions (31 mainland provinces, 香港, 澳门, 台湾)."""


# canonical short name, full official name, other forms (abbreviations 简称, common short forms, traditional script).
# Order is the usual order of the national statistics tables: north, north-east, east, centre, south, south-west,
# north-west, then 港澳台.
_TABLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("北京", "北京市", ("京",)),
    ("天津", "天津市", ("津",)),
    ("河北", "河北省", ("冀",)),
    ("山西", "山西省", ("晋",)),
    ("内蒙古", "内蒙古自治区", ("内蒙", "蒙")),
    ("辽宁", "辽宁省", ("辽",)),
    ("吉林", "吉林省", ("吉",)),
    ("黑龙江", "黑龙江省", ("黑",)),
    ("上海", "上海市", ("沪", "申")),
    ("江苏", "江苏省", ("苏",)),
    ("浙江", "浙江省", ("浙",)),
    ("安徽", "安徽省", ("皖",)),
    ("福建", "福建省", ("闽",)),
    ("江西", "江西省", ("赣",)),
    ("山东", "山东省", ("鲁",)),
    ("河南", "河南省", ("豫",)),
    ("湖北", "湖北省", ("鄂",)),
    ("湖南", "湖南省", ("湘",)),
    ("广东", "广东省", ("粤",)),
    ("广西", "广西壮族自治区", ("桂", "广西省", "广西自治区")),
    ("海南", "海南省", ("琼",)),
    ("重庆", "重庆市", ("渝",)),
    ("四川", "四川省", ("川", "蜀")),
    ("贵州", "贵州省", ("黔", "贵")),
    ("云南", "云南省", ("滇", "云")),
    ("西藏", "西藏自治区", ("藏",)),
    ("陕西", "陕西省", ("陕", "秦")),
    ("甘肃", "甘肃省", ("甘", "陇")),
    ("青海", "青海省", ("青",)),
    ("宁夏", "宁夏回族自治区", ("宁", "宁夏自治区")),
    ("新疆", "新疆维吾尔自治区", ("新", "新疆自治区")),
    ("香港", "香港特别行政区", ("港", "香港特区", "香港特別行政區", "中国香港")),
    ("澳门", "澳门特别行政区", ("澳", "澳門", "澳门特区", "澳門特別行政區", "中国澳门")),
    ("台湾", "台湾省", ("台", "臺灣", "台灣", "中国台湾")),
)

ALL_PROVINCES: tuple[str, ...] = tuple(short for short, _, _ in _TABLE)
"""The 34 canonical names in a fixed order (mainland provinces first, then 香港, 澳门, 台湾)."""

FULL_NAMES: dict[str, str] = {short: full for short, full, _ in _TABLE}
"""Canonical name → full official name (浙江 → 浙江省, 新疆 → 新疆维吾尔自治区)."""

REMOTE_DEFAULT: tuple[str, ...] = ("新疆", "西藏", "青海", "内蒙古", "宁夏", "甘肃")
"""The regions most shops call 偏远地区 in their freight templates."""

# Big cities, for addresses that leave the province out ("杭州市西湖区…"). Municipalities are provinces already.
_CITIES: dict[str, str] = {
    "杭州": "浙江",
    "宁波": "浙江",
    "温州": "浙江",
    "义乌": "浙江",
    "金华": "浙江",
    "南京": "江苏",
    "苏州": "江苏",
    "无锡": "江苏",
    "广州": "广东",
    "深圳": "广东",
    "东莞": "广东",
    "佛山": "广东",
    "成都": "四川",
    "武汉": "湖北",
    "长沙": "湖南",
    "郑州": "河南",
    "西安": "陕西",
    "济南": "山东",
    "青岛": "山东",
    "合肥": "安徽",
    "福州": "福建",
    "厦门": "福建",
    "泉州": "福建",
    "南昌": "江西",
    "沈阳": "辽宁",
    "大连": "辽宁",
    "长春": "吉林",
    "哈尔滨": "黑龙江",
    "石家庄": "河北",
    "太原": "山西",
    "呼和浩特": "内蒙古",
    "南宁": "广西",
    "海口": "海南",
    "三亚": "海南",
    "贵阳": "贵州",
    "昆明": "云南",
    "拉萨": "西藏",
    "兰州": "甘肃",
    "西宁": "青海",
    "银川": "宁夏",
    "乌鲁木齐": "新疆",
}

# Every written form → canonical name, keyed by the folded form.
_NAMES: dict[str, str] = {}
for _short, _full, _others in _TABLE:
    for _form in (_short, _full, *_others):
        _NAMES[fold(_form)] = _short

# Forms recognised at the start of an address. One-character abbreviations are left out: "宁波…" is not 宁夏 and
# "青岛…" is not 青海.
_ADDRESS_PREFIXES: dict[str, str] = {form: short for form, short in _NAMES.items() if len(form) > 1}
_ADDRESS_PREFIXES.update({fold(city): short for city, short in _CITIES.items()})
_LONGEST_PREFIX = max(len(form) for form in _ADDRESS_PREFIXES)

# What precedes the province in a pasted address and says nothing about it.
_LEADING_NOISE = re.compile(r"^(?:[^\w]|_)*(?:中国大陆|中华人民共和国|中国(?!香港|澳门|台湾))?(?:[^\w]|_)*")

_EXAMPLE = "如 浙江、新疆、内蒙古"


def province(name: str) -> str:
    """Return the canonical name of a province written in any usual form.

    ``浙江``, ``浙江省``, ``浙`` → ``浙江``; ``内蒙``, ``内蒙古自治区`` → ``内蒙古``; ``港`` → ``香港``. Full-width
    characters and spaces do not matter.

    Raises:
        RegionError: the text is not a province (the message names it).
    """
    key = fold(name)
    if not key:
        raise RegionError(f"没有写地区：请写省份，{_EXAMPLE}。")
    try:
        return _NAMES[key]
    except KeyError:
        raise RegionError(f"找不到地区「{name.strip()}」：请写省份，{_EXAMPLE}。") from None


def province_in_address(address: str) -> str:
    """Return the province an address is in, read from its start.

    "浙江省杭州市西湖区文三路…" → 浙江; "新疆乌鲁木齐市…" → 新疆; "北京市朝阳区" → 北京; "杭州市西湖区…" → 浙江 (a
    big city stands for its province). The longest form that starts the address wins, so "内蒙古自治区…" is not read
    as "内蒙". When nothing starts the address (a name and phone number come first), the first full province name
    anywhere in it is used.

    Raises:
        RegionError: no province can be found (the message quotes the first 20 characters).
    """
    text = fold(address)
    text = _LEADING_NOISE.sub("", text)
    for length in range(min(_LONGEST_PREFIX, len(text)), 1, -1):
        found = _ADDRESS_PREFIXES.get(text[:length])
        if found is not None:
            return found
    # "张三 13800000000 浙江省杭州市…": only full official names are safe to find in the middle of text.
    best: tuple[int, int, str] | None = None
    for short, full, _ in _TABLE:
        at = text.find(fold(full))
        if at >= 0 and (best is None or (at, -len(full)) < best[:2]):
            best = (at, -len(full), short)
    if best is not None:
        return best[2]
    shown = " ".join(address.split())
    if len(shown) > 20:
        shown = shown[:20] + "…"
    raise RegionError(f"认不出地址「{shown}」在哪个省：请以省份开头，如「浙江省杭州市…」。")


def province_of(place: str) -> str:
    """The province ``place`` names: a province in any usual form, a big city, or a pasted address.

    Raises:
        RegionError: no province can be read from it (the message names the text).
    """
    try:
        return province(place)
    except RegionError as short_error:
        try:
            return province_in_address(place)
        except RegionError as address_error:
            raise (short_error if len(fold(place)) <= 6 else address_error) from None


def place_in_text(text: str) -> str:
    """The province a buyer's message names anywhere in it (``发新疆两公斤多少钱`` → 新疆, ``寄到杭州`` → 浙江); ""
    when none. Only forms of two characters or more count (``宁``, ``青`` say nothing in a sentence); the earliest
    wins, and at one place the longest (``内蒙古`` over ``内蒙``)."""
    folded = fold(text)
    best: tuple[int, int, str] | None = None
    for form, short in _ADDRESS_PREFIXES.items():
        at = folded.find(form)
        if at >= 0 and (best is None or (at, -len(form)) < best[:2]):
            best = (at, -len(form), short)
    return best[2] if best else ""


def place_span(text: str) -> tuple[int, int, str] | None:
    """Where ``place_in_text`` finds its province in ``text`` (not folded: spaces count): start, end and the
    canonical name; None when no form of two characters or more is in it."""
    lowered = text.casefold()
    best: tuple[int, int, str] | None = None
    for form, short in _ADDRESS_PREFIXES.items():
        at = lowered.find(form)
        if at >= 0 and (best is None or (at, -(at + len(form))) < (best[0], -best[1])):
            best = (at, at + len(form), short)
    return best
