"""`quickreply fee` and `quickreply couriers`: the agent asks what a parcel costs and reads one line per courier."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from quickreply.cli import main
from quickreply.core import open_library
from quickreply.core.library.settings import SHOP_NAME
from quickreply.core.shipping import fee_store, rate_sheets
from quickreply.core.shipping.quotes import ShopPolicy, Upgrade
from quickreply.core.shipping.rates import OTHER, Courier, RateRow, RateTable

D = Decimal


def table() -> RateTable:
    return RateTable(
        [Courier("顺丰", "SF", "95338", vol_divisor=6000), Courier("中通", "ZTO", "95311")],
        [
            RateRow("顺丰", frozenset({"浙江", "上海", "江苏"}), D(1), D(12), D(1), D(2), (1, 2)),
            RateRow("顺丰", OTHER, D(1), D("22.5"), D("0.5"), D(5), (2, 4)),
            RateRow("中通", OTHER, D(1), D(8), D(1), D(3), (2, 4)),
            RateRow("中通", frozenset({"新疆", "西藏"}), reachable=False),
        ],
    )


@pytest.fixture
def home(tmp_path: Path) -> str:
    lib = open_library(tmp_path / "home")
    fee_store.replace_couriers(lib, table())
    lib.close()
    return str(tmp_path / "home")


def run(home: str, *args: str) -> int:
    return main(["--home", home, *args])


def test_quotes_cheapest_first_with_what_the_buyer_pays(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "fee", "--to", "浙江省杭州市西湖区文三路1号", "--weight", "1.5") == 0
    assert capsys.readouterr().out.splitlines() == [
        # With no policy saved, the default courier is the cheapest for most of the country (中通 here).
        "中通  〔其他〕  计费 1.50 公斤  运费 11.00 元  2–4 天  可达  买家付 11.00 元（按中通运费）",
        "顺丰  〔上海、江苏、浙江〕  计费 1.50 公斤  运费 14.00 元  1–2 天  可达  "
        "买家付 14.00 元（按中通运费，升级顺丰补差价3.00元）",
    ]


def test_volumetric_weight_and_an_unreachable_courier(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    # 40×30×20 cm ÷ 6000 = 4 kg for 顺丰; 中通 charges actual weight but does not go to 新疆.
    assert run(home, "fee", "--to", "新疆", "--weight", "1", "--size", "40x30x20") == 0
    assert capsys.readouterr().out.splitlines() == [
        "顺丰  〔其他〕  计费 4.00 公斤  运费 52.50 元  2–4 天  可达  买家付 52.50 元（按顺丰运费）",
        "中通  〔西藏、新疆〕  计费 1.00 公斤  运费 —  不配送  买家付 —（中通不配送新疆）",
    ]


def test_free_shipping_and_upgrade_under_the_shop_policy(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    lib = open_library(home)
    fee_store.set_shop_policy(
        lib, ShopPolicy("浙江", "中通", free_over_amount=D(99), upgrades=(Upgrade("顺丰", D(5)),))
    )
    lib.close()
    assert run(home, "fee", "--to", "上海", "--weight", "1", "--amount", "120") == 0
    cheap, fast = capsys.readouterr().out.splitlines()
    assert cheap == "中通  〔其他〕  计费 1.00 公斤  运费 8.00 元  2–4 天  可达  买家付 0.00 元（包邮）"
    assert fast == (
        "顺丰  〔上海、江苏、浙江〕  计费 1.00 公斤  运费 12.00 元  1–2 天  可达  "
        "买家付 5.00 元（包邮，升级顺丰加5.00元）"
    )


def test_fee_json(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "fee", "--to", "新疆", "--weight", "1.01", "--courier", "sf", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "courier": "顺丰",
            "province": "新疆",
            "zone": "其他",
            "chargeable_kg": "1.01",
            "fee": "27.50",
            "eta": "2–4 天",
            "eta_days": [2, 4],
            "reachable": True,
            "buyer_pays": "27.50",
            "reason": "按顺丰运费",
            "reply": "亲，寄往新疆1.01公斤的包裹，运费是27.50元，由顺丰发出，预计2-4天送达哦～"
            "有其他想了解的随时告诉我。",
            "sample": False,
        }
    ]
    assert run(home, "fee", "--to", "西藏", "--weight", "1", "--courier", "中通", "--json") == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert (only["fee"], only["reachable"], only["buyer_pays"], only["eta"]) == (None, False, None, None)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "火星", "--weight", "1"], "快捷回复：找不到地区「火星」"),
        (["--to", "新疆", "--weight", "0"], "快捷回复：重量「0」必须大于 0 公斤。"),
        (["--to", "新疆", "--weight", "abc"], "快捷回复：重量「abc」不是数字"),
        (["--to", "新疆", "--weight", "1", "--courier", "EMS"], "快捷回复：没有快递「EMS」：已有 顺丰、中通。"),
        (["--to", "新疆", "--weight", "1", "--amount", "很多"], "快捷回复：订单金额「很多」不对"),
        (["--to", "新疆", "--weight", "1", "--size", "30x20"], "快捷回复：尺寸「30x20」看不懂"),
    ],
)
def test_bad_input_is_one_chinese_line(
    home: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run(home, "fee", *args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(message) and captured.err.count("\n") == 1


def test_without_a_fee_table_it_says_how_to_import_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(tmp_path / "new"), "fees", "remove-samples") == 0
    capsys.readouterr()
    assert run(str(tmp_path / "new"), "fee", "--to", "新疆", "--weight", "1") == 1
    err = capsys.readouterr().err
    assert "还没有运费表" in err and "quickreply fees import" in err and "示例运费表" in err


def test_couriers(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "couriers") == 0
    assert capsys.readouterr().out.splitlines() == [
        "顺丰（SF）  电话 95338  抛比 6000  2 个地区",
        "中通（ZTO）  电话 95311  不计抛重  2 个地区",
    ]
    assert run(home, "couriers", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {"name": "顺丰", "code": "SF", "hotline": "95338", "vol_divisor": 6000, "zones": 2, "note": ""},
        {"name": "中通", "code": "ZTO", "hotline": "95311", "vol_divisor": None, "zones": 2, "note": ""},
    ]


def test_couriers_without_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(tmp_path / "new"), "fees", "remove-samples") == 0
    capsys.readouterr()
    assert run(str(tmp_path / "new"), "couriers") == 0
    assert "还没有运费表" in capsys.readouterr().out
    assert run(str(tmp_path / "new"), "couriers", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


# ---- the same free-text question as the popup, and the reply it copies


@pytest.fixture
def sample_home(tmp_path: Path) -> str:
    lib = open_library(tmp_path / "sample")
    fee_store.replace_couriers(lib, rate_sheets.sample_table())
    lib.close()
    return str(tmp_path / "sample")


def _jt(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("极兔")]


@pytest.mark.parametrize(
    "args",
    [
        ["北京 1 40x30x30的箱子"],
        ["北京 1公斤 40x30x30的箱子"],
        ["北京", "1公斤", "40cm*30cm*30cm"],
        ["--to", "北京", "--weight", "2斤", "--size", "长40宽30高30"],
        ["北京", "--weight", "1000g", "40×30×30cm"],
    ],
)
def test_the_box_of_issue_17_is_quoted_by_its_size(
    sample_home: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # 40×30×30 cm ÷ 8000 = 4.5 kg at 极兔: 14.50, not the 4.50 of 1 kg.
    assert run(sample_home, "fee", *args) == 0
    assert _jt(capsys.readouterr().out) == [
        "极兔  〔其他〕  计费 4.50 公斤  运费 14.50 元  2–5 天  可达  买家付 14.50 元（按极兔运费）"
    ]


def test_words_not_understood_are_named_on_stderr(sample_home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(sample_home, "fee", "北京 1 40x30x30的箱子") == 0
    assert capsys.readouterr().err == "快捷回复：没看懂：的箱子（其余照常计算）\n"


def test_jin_in_the_question_and_the_flag(sample_home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(sample_home, "fee", "广州 3斤半 顺丰", "--json") == 0
    (sf,) = json.loads(capsys.readouterr().out)
    assert sf["chargeable_kg"] == "1.75" and sf["province"] == "广东" and sf["courier"] == "顺丰"
    assert run(sample_home, "fee", "--to", "广州", "--weight", "3.5斤", "--courier", "顺丰", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [sf]


def test_json_gives_the_reply_the_popup_copies(sample_home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(sample_home, "fee", "新疆 2.3", "--json") == 0
    quotes = json.loads(capsys.readouterr().out)
    assert len(quotes) == 9
    for q in quotes:
        if not q["reachable"] or q["buyer_pays"] is None:
            assert q["reply"] is None
            continue
        lo, hi = q["eta_days"]
        days = str(lo) if lo == hi else f"{lo}-{hi}"
        reply = q["reply"]
        assert reply.startswith("亲，寄往新疆2.3公斤的包裹，") and f"由{q['courier']}发出" in reply
        assert f"{q['buyer_pays']}元" in reply and f"预计{days}天送达" in reply


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["北京 上海 2"], "快捷回复：地区写了两个（北京、上海），请只写一个。\n"),
        (["北京 2", "--to", "上海"], "快捷回复：地区写了两次：问题里是「北京」，--to 是「上海」：请只写一处。\n"),
        (
            ["--to", "北京", "--weight", "1_000"],
            "快捷回复：重量「1_000」不是数字：请写公斤数，如 1.5（也可以写 3斤、五斤、500g）。\n",
        ),
        (
            ["北京 1_000"],
            "快捷回复：没看懂：1_000（其余照常计算）\n"
            '快捷回复：没有写重量：如 quickreply fee "新疆 3斤半"，或 --weight 2.3（不写单位是公斤）。\n',
        ),
        (["--weight", "2"], '快捷回复：没有写地区：如 quickreply fee "新疆 2.3"，或 --to 新疆。\n'),
    ],
)
def test_a_question_not_understood_whole_is_refused_in_chinese(
    sample_home: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(sample_home, "fee", *args) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == message


# ---- argparse's own messages, in Chinese

# What may stay in Latin letters: the program, command and option names the agent types, and JSON.
_TYPED = re.compile(r"quickreply|--?[a-z][a-z-]*|\b(?:JSON|CSV|SF|EMS|xlsx|csv|qrpack|yfbj|HOME|QUICKREPLY_HOME)\b")


def _latin_words(text: str, *typed: str) -> list[str]:
    """The words in Latin letters of ``text`` other than the names the agent types (``typed``: commands, values)."""
    for name in sorted(typed, key=len, reverse=True):
        text = re.sub(rf"(?<![a-z-]){re.escape(name)}(?![a-z-])", "", text)
    return re.findall(r"[A-Za-z]{2,}", _TYPED.sub("", text))


COMMAND_NAMES = [
    "search", "list", "categories", "show", "copy", "add", "edit", "remove", "trash", "restore", "manage", "track",
    "couriers", "fee", "fees", "export", "import", "packs", "undo-import", "subscribe", "lint", "stats", "backup",
    "check", "restore-backup", "new-library", "questions", "learned", "settings", "merge", "attach", "skip",
    "overwrite", "keep-both",
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["fee", "--weight"], "参数 --weight：后面要写一个值"),
        (["fee", "--to", "西藏", "--pieces", "几件"], "参数 --pieces：「几件」不是整数"),
        (["fee", "--bogus"], "不认识的参数：--bogus"),
        (["nosuchcommand"], "参数 命令：没有「nosuchcommand」这一项（可以写：search、list、"),
        (["search"], "缺少必须写的参数：内容"),
        (
            ["import", "x.qrpack", "--strategy", "zz"],
            "参数 --strategy：没有「zz」这一项（可以写：skip、overwrite、keep-both）",
        ),
    ],
)
def test_wrong_usage_is_said_in_chinese(
    home: str, args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(home, *args)
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("用法：quickreply")
    assert f"快捷回复：命令用法有误：{said}" in captured.err
    assert _latin_words(captured.err, *COMMAND_NAMES, *args) == []


@pytest.mark.parametrize("args", [["--help"], ["fee", "--help"], ["fees", "import", "--help"], ["search", "-h"]])
def test_help_is_in_chinese(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(args)
    out = capsys.readouterr().out
    assert out.startswith("用法：quickreply") and "选项:" in out
    for english in ("usage:", "options:", "positional arguments", "show this help message", "--home HOME"):
        assert english not in out


# --- 能发吗: no weight ------------------------------------------------------------------------------------------


def test_without_a_weight_it_says_who_delivers_and_the_reply(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "fee", "--to", "西藏") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["顺丰  〔其他〕  2–4 天  可达", "中通  〔西藏、新疆〕  不配送"]
    assert lines[-1] == (
        "回复：亲，西藏是可以发货的哦～顺丰约2-4天送达。中通暂时还没有开通西藏的配送，"
        "下单后这边为您安排能送到的快递，您放心下单就好～"
    )
    assert run(home, "fee", "--to", "拉萨", "--courier", "zto", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["province"] == "西藏" and data["shop_ships"] is True and data["sample"] is False
    assert data["couriers"] == [
        {"courier": "中通", "zone": "西藏、新疆", "reachable": False, "eta": None, "eta_days": None, "sample": False}
    ]
    assert data["reply"] == "亲，中通暂时还没有开通西藏的配送哦～这边可以为您安排顺丰（约2-4天）发货，您看可以吗～"


def test_without_a_weight_a_bad_place_is_one_chinese_line(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "fee", "--to", "火星") == 1
    assert capsys.readouterr().err.startswith("快捷回复：找不到地区「火星」")


# --- 示例价格 on first use --------------------------------------------------------------------------------------


def test_a_new_home_answers_with_the_sample_prices_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = str(tmp_path / "new")
    assert run(new, "fee", "--to", "新疆", "--weight", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10 and all(line.endswith("示例价格") for line in lines[:9])
    assert "示例价格，请导入本店运费表" in lines[9] and "quickreply fees remove-samples" in lines[9]
    assert run(new, "fee", "--to", "新疆", "--weight", "2", "--json") == 0
    assert all(q["sample"] for q in json.loads(capsys.readouterr().out))
    assert run(new, "fee", "--to", "西藏") == 0
    assert "示例价格" in capsys.readouterr().out
    assert run(new, "couriers") == 0
    assert "示例价格" in capsys.readouterr().out


def test_importing_a_table_clears_the_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = str(tmp_path / "new")
    sheet = tmp_path / "本店.csv"
    sheet.write_text("快递,地区,首重kg,首重价,续重kg,续重价,时效天\n中通,其他,1,6,1,2,2-3\n", "utf-8")
    assert run(new, "fees", "import", str(sheet)) == 0
    capsys.readouterr()
    assert run(new, "fee", "--to", "新疆", "--weight", "2") == 0
    assert (
        capsys.readouterr().out
        == "中通  〔其他〕  计费 2.00 公斤  运费 8.00 元  2–3 天  可达  买家付 8.00 元（按中通运费）\n"
    )
    assert run(new, "fee", "--to", "新疆", "--weight", "2", "--json") == 0
    assert [q["sample"] for q in json.loads(capsys.readouterr().out)] == [False]


def test_remove_samples_empties_the_table_and_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = str(tmp_path / "new")
    assert run(new, "settings", "shop_name", "小店") == 0
    lib = open_library(new)
    templates = lib.templates()
    lib.close()
    capsys.readouterr()
    assert run(new, "fees", "remove-samples") == 0
    assert capsys.readouterr().out.startswith("已删除 9 家示例价格的快递（顺丰、中通、")
    assert run(new, "couriers", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(new, "fees", "remove-samples") == 0
    assert "没有示例价格的快递" in capsys.readouterr().out
    lib = open_library(new)
    assert lib.templates() == templates and lib.settings.get(SHOP_NAME) == "小店"
    lib.close()
