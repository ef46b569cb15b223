"""能发吗 questions, the sample fee table of a new home, and tracking numbers for the logistics reply."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quickreply.core import Library, open_library
from quickreply.core.lint import check, load_rules
from quickreply.core.models import Template
from quickreply.core.shipping import buyer_messages, fee_store
from quickreply.core.shipping.quotes import ShopPolicy
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.shipping.rates import OTHER, Courier, FeeError, RateRow, RateTable
from quickreply.core.shipping.reach import Reach, reach_reply, who_delivers
from quickreply.core.shipping.regions import RegionError
from tests.conftest import SMALL_LIBRARY, write_library
from tests.old_library import make_old_library

D = Decimal


def own_table() -> RateTable:
    return RateTable(
        [Courier("顺丰", "SF"), Courier("中通", "ZTO")],
        [
            RateRow("顺丰", OTHER, D(1), D(18), D(1), D(6), (2, 3)),
            RateRow("中通", OTHER, D(1), D(5), D(1), D(3), (2, 4)),
            RateRow("中通", frozenset({"西藏"}), reachable=False),
        ],
    )


# --- who delivers -------------------------------------------------------------------------------------------


def test_who_delivers_lists_the_fastest_first_then_those_that_do_not() -> None:
    reaches = who_delivers(sample_table(), "西藏自治区拉萨市城关区")
    going = [r.courier for r in reaches if r.reachable]
    assert going == ["顺丰", "EMS", "圆通", "申通", "邮政"]
    assert [r.courier for r in reaches if not r.reachable] == ["中通", "韵达", "极兔", "京东"]
    assert reaches[0] == Reach("顺丰", "西藏、新疆", (3, 5))
    assert who_delivers(sample_table(), "西藏", "zto") == [Reach("中通", "西藏", None)]


def test_who_delivers_names_a_bad_place_or_courier() -> None:
    with pytest.raises(RegionError, match="火星"):
        who_delivers(sample_table(), "火星")
    with pytest.raises(FeeError, match="德邦"):
        who_delivers(sample_table(), "西藏", "德邦")


def test_a_courier_without_a_row_for_the_place_does_not_deliver_there() -> None:
    table = RateTable([Courier("顺丰", "SF")], [RateRow("顺丰", frozenset({"浙江"}), D(1), D(12), D(1), D(2), (1, 2))])
    assert who_delivers(table, "新疆") == [Reach("顺丰", "", None)]


REPLIES = {
    "all deliver": reach_reply("浙江", who_delivers(sample_table(), "浙江")),
    "some do not": reach_reply("西藏", who_delivers(sample_table(), "西藏")),
    "none": reach_reply("西藏", [Reach("中通", "西藏", None)]),
    "shop does not ship": reach_reply("台湾", who_delivers(sample_table(), "台湾"), shop_ships=False),
    "asked, delivers": reach_reply("西藏", who_delivers(sample_table(), "西藏"), asked="顺丰"),
    "asked, does not": reach_reply("西藏", who_delivers(sample_table(), "西藏"), asked="中通"),
}


def test_the_reach_replies_say_what_is_true() -> None:
    assert REPLIES["some do not"] == (
        "亲，西藏是可以发货的哦～顺丰约3-5天，EMS约4-6天，圆通、申通约5-8天，邮政约5-9天送达。"
        "中通、韵达、极兔、京东暂时还没有开通西藏的配送，下单后这边为您安排能送到的快递，您放心下单就好～"
    )
    assert REPLIES["all deliver"].startswith("亲，浙江是可以发货的哦～") and REPLIES["all deliver"].endswith(
        "送达。您放心下单就好～"
    )
    assert REPLIES["asked, delivers"] == "亲，西藏可以发顺丰的哦～预计3-5天左右送达，您放心下单就好～"
    assert REPLIES["asked, does not"] == (
        "亲，中通暂时还没有开通西藏的配送哦～这边可以为您安排顺丰（约3-5天）、EMS（约4-6天）、圆通（约5-8天）发货，"
        "您看可以吗～"
    )
    assert "暂时还没有开通配送" in REPLIES["none"] and "换一个其他地区的收货地址" in REPLIES["none"]
    assert "台湾" in REPLIES["shop does not ship"] and "可以发货" not in REPLIES["shop does not ship"]


@pytest.mark.parametrize("case", REPLIES)
def test_the_reach_replies_are_kind_and_break_no_platform_rule(case: str) -> None:
    reply = REPLIES[case]
    assert reply.startswith("亲，") and ("您" in reply)
    for blunt in ("不能", "不行", "最", "第一"):
        assert blunt not in reply
    # The courier 京东 trips the bundled off-platform rule (the marketplace of that name), as in every fee reply.
    errors = [f for f in check("能发吗", reply, load_rules()) if f.is_error and f.text != "京东"]
    assert errors == []


# --- buyer messages -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "place", "courier"),
    [
        ("能发西藏吗", "西藏", ""),
        ("亲 西藏发不发啊", "西藏", ""),
        ("新疆到不到", "新疆", ""),
        ("能不能寄到拉萨 顺丰", "西藏", "顺丰"),
        ("请问可以发内蒙古吗", "内蒙古", ""),
    ],
)
def test_a_message_asking_whether_it_can_go_is_a_fee_question_without_weight(
    message: str, place: str, courier: str
) -> None:
    question = buyer_messages.fee_question_in(message, ("顺丰", "SF"))
    assert question is not None and (question.place, question.weight, question.courier) == (place, "", courier)
    assert not question.complete


@pytest.mark.parametrize("message", ["什么时候能发 我在北京", "北京今天下雨了", "能发货吗"])
def test_other_messages_are_not_reach_questions(message: str) -> None:
    assert buyer_messages.fee_question_in(message) is None


def test_a_message_with_a_weight_is_still_a_priced_question() -> None:
    question = buyer_messages.fee_question_in("能发新疆吗 3公斤多少钱")
    assert question is not None and (question.place, question.weight) == ("新疆", "3")


# --- tracking numbers fill the logistics reply ---------------------------------------------------------------

WL = Template(1, 1, "售后/物流查询", "物流查询", "亲，已由{快递|顺丰|中通|圆通}发出，运单号{单号}。")


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        (("SF1234567890123",), {"单号": "SF1234567890123", "快递": "顺丰"}),
        (("wl", " ｓｆ1234567890123 "), {"单号": "SF1234567890123", "快递": "顺丰"}),
        (("wl", "亲 我的快递YT1234567890123到哪了"), {"单号": "YT1234567890123", "快递": "圆通"}),
        (("wl", "13800000000"), {}),  # a phone number is no tracking number
        (("wl", ""), {}),
    ],
)
def test_tracking_values_come_from_the_query_else_the_clipboard(texts: tuple[str, ...], values: dict[str, str]) -> None:
    assert buyer_messages.tracking_values(WL, *texts) == values


def test_tracking_values_only_for_a_reply_using_both_fields() -> None:
    other = Template(2, 1, "售后", "退款", "亲，退款{天数}天到账。")
    assert buyer_messages.tracking_values(other, "SF1234567890123") == {}


# --- the sample fee table of a new home ------------------------------------------------------------------------


def test_a_new_home_has_the_sample_table_marked(lib: Library) -> None:
    table = fee_store.rate_table(lib.db)
    assert table.rows == sample_table().rows
    assert fee_store.sample_couriers(lib.db) == {c.name for c in sample_table().couriers}


def test_importing_the_shops_table_replaces_the_samples(lib: Library) -> None:
    fee_store.replace_couriers(lib, own_table())
    assert [c.name for c in fee_store.rate_table(lib.db).couriers] == ["顺丰", "中通"]
    assert fee_store.sample_couriers(lib.db) == frozenset()


def test_editing_one_sample_courier_makes_it_the_shops_own(lib: Library) -> None:
    edited = RateTable([Courier("顺丰", "SF")], [RateRow("顺丰", OTHER, D(1), D(10), D(1), D(5), (1, 2))])
    fee_store.replace_couriers(lib, edited, keep_samples=True)
    samples = fee_store.sample_couriers(lib.db)
    assert "顺丰" not in samples and len(samples) == 8 and len(fee_store.rate_table(lib.db).couriers) == 9


def test_remove_samples_empties_the_table_and_leaves_the_rest(lib: Library) -> None:
    policy = ShopPolicy("广东", "顺丰", free_over_amount=D(99))
    fee_store.set_shop_policy(lib, policy)
    templates = lib.templates()
    assert len(fee_store.remove_samples(lib)) == 9
    assert fee_store.rate_table(lib.db).couriers == () and fee_store.rate_table(lib.db).rows == ()
    assert lib.templates() == templates and fee_store.shop_policy(lib) == policy
    assert fee_store.remove_samples(lib) == []


def test_the_samples_come_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    lib = open_library(home)
    fee_store.remove_samples(lib)
    lib.close()
    lib = open_library(home)  # removed on purpose: not brought back
    assert fee_store.rate_table(lib.db).couriers == ()
    lib.close()


def test_removing_samples_keeps_the_shops_own_couriers(lib: Library) -> None:
    edited = RateTable([Courier("顺丰", "SF")], [RateRow("顺丰", OTHER, D(1), D(10), D(1), D(5), (1, 2))])
    fee_store.replace_couriers(lib, edited, keep_samples=True)
    assert "顺丰" not in fee_store.remove_samples(lib)
    assert [c.name for c in fee_store.rate_table(lib.db).couriers] == ["顺丰"]


def test_an_existing_home_with_its_own_table_gets_no_samples(tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(
        home,
        7,
        "INSERT INTO settings (key, value) VALUES ('library_seeded', '1')",
        "INSERT INTO couriers (name, code, position) VALUES ('德邦', 'DBL', 0)",
        "INSERT INTO rate_rows (courier, zone, first_kg, first_fee, step_kg, step_fee, eta_lo, eta_hi, reachable, "
        "position) VALUES ('德邦', '[\"其他\"]', '1', '9', '1', '3', 2, 3, 1, 0)",
    )
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert [c.name for c in fee_store.rate_table(lib.db).couriers] == ["德邦"]
    assert fee_store.sample_couriers(lib.db) == frozenset()
    assert len(lib.templates()) == 0  # the library itself is as it was
    lib.close()


def test_an_existing_home_without_a_table_gets_the_samples(tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(home, 7, "INSERT INTO settings (key, value) VALUES ('library_seeded', '1')")
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert fee_store.sample_couriers(lib.db) == {c.name for c in sample_table().couriers}
    lib.close()
