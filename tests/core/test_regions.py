"""Provinces as agents and buyers write them."""

from __future__ import annotations

import pytest

from quickreply.core.errors import QuickReplyError
from quickreply.core.shipping.regions import (
    ALL_PROVINCES,
    FULL_NAMES,
    REMOTE_DEFAULT,
    RegionError,
    province,
    province_in_address,
)


def test_there_are_34_regions_in_a_fixed_order() -> None:
    assert len(ALL_PROVINCES) == 34
    assert len(set(ALL_PROVINCES)) == 34
    assert ALL_PROVINCES[0] == "北京"
    assert ALL_PROVINCES[-3:] == ("香港", "澳门", "台湾")


def test_remote_default_is_the_usual_list_of_canonical_names() -> None:
    assert REMOTE_DEFAULT == ("新疆", "西藏", "青海", "内蒙古", "宁夏", "甘肃")
    assert set(REMOTE_DEFAULT) <= set(ALL_PROVINCES)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("浙江", "浙江"),
        ("浙江省", "浙江"),
        ("浙", "浙江"),
        ("内蒙", "内蒙古"),
        ("内蒙古", "内蒙古"),
        ("内蒙古自治区", "内蒙古"),
        ("新疆维吾尔自治区", "新疆"),
        ("广西壮族自治区", "广西"),
        ("广西", "广西"),
        ("宁夏回族自治区", "宁夏"),
        ("西藏自治区", "西藏"),
        ("北京市", "北京"),
        ("京", "北京"),
        ("沪", "上海"),
        ("香港特别行政区", "香港"),
        ("港", "香港"),
        ("澳", "澳门"),
        ("澳門", "澳门"),
        ("台", "台湾"),
        ("台灣", "台湾"),
        ("黑龙江省", "黑龙江"),
    ],
)
def test_every_usual_form_gives_the_canonical_name(written: str, canonical: str) -> None:
    assert province(written) == canonical


def test_spaces_and_full_width_characters_do_not_matter() -> None:
    assert province("  浙 江 省\u3000") == "浙江"
    assert province("\u200b新疆\n") == "新疆"


def test_each_canonical_and_full_name_round_trips() -> None:
    for short in ALL_PROVINCES:
        assert province(short) == short
        assert province(FULL_NAMES[short]) == short


def test_an_unknown_place_is_named_in_the_message() -> None:
    with pytest.raises(RegionError) as caught:
        province("火星")
    assert str(caught.value) == "找不到地区「火星」：请写省份，如 浙江、新疆、内蒙古。"
    assert isinstance(caught.value, QuickReplyError)


def test_an_empty_place_asks_for_one() -> None:
    with pytest.raises(RegionError, match="没有写地区"):
        province("   ")


@pytest.mark.parametrize(
    ("address", "canonical"),
    [
        ("浙江省杭州市西湖区文三路 478 号", "浙江"),
        ("新疆乌鲁木齐市天山区", "新疆"),
        ("新疆维吾尔自治区乌鲁木齐市", "新疆"),
        ("广西南宁市青秀区", "广西"),
        ("广西壮族自治区桂林市", "广西"),
        ("北京市朝阳区建国路", "北京"),
        ("内蒙古自治区呼和浩特市", "内蒙古"),
        ("内蒙包头市", "内蒙古"),
        ("上海 上海市 浦东新区", "上海"),
        ("中国 浙江省 宁波市", "浙江"),
        ("香港特别行政区九龙", "香港"),
        ("中国香港九龙", "香港"),
        ("台湾省台北市", "台湾"),
    ],
)
def test_the_province_is_read_from_the_start_of_an_address(address: str, canonical: str) -> None:
    assert province_in_address(address) == canonical


@pytest.mark.parametrize(
    ("address", "canonical"),
    [
        ("杭州市西湖区文三路", "浙江"),
        ("深圳市南山区", "广东"),
        ("宁波市鄞州区", "浙江"),  # not 宁夏
        ("青岛市市南区", "山东"),  # not 青海
        ("乌鲁木齐市沙依巴克区", "新疆"),
    ],
)
def test_a_big_city_stands_for_its_province(address: str, canonical: str) -> None:
    assert province_in_address(address) == canonical


def test_a_full_province_name_after_the_name_and_phone_is_found() -> None:
    assert province_in_address("张三，13800138000，浙江省 杭州市 西湖区") == "浙江"


def test_an_address_without_a_province_is_quoted_trimmed_to_20_characters() -> None:
    with pytest.raises(RegionError) as caught:
        province_in_address("火星基地第一大街第二小巷第三号楼第四单元五零一室")
    assert "「火星基地第一大街第二小巷第三号楼第四单元…」" in str(caught.value)


def test_a_short_unknown_address_is_quoted_whole() -> None:
    with pytest.raises(RegionError, match="「火星」"):
        province_in_address("火星")
