"""The reply-quality check: every rule caught where it should be, and left quiet where a careful agent would be."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quickreply.core import Library, lint
from quickreply.core.library.bundled import read_bundled
from quickreply.core.packs.exports import LintRefused, export_pack, export_sheet
from quickreply.core.packs.import_apply import apply_import, plan_import, read_incoming
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack
from quickreply.paths import resources

RULES = lint.load_rules()


def found(body: str, title: str = "标题", known: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """(level, rule, text) of each finding in the body (and title), in order."""
    return [(f.level, f.rule, f.text) for f in lint.check(title, body, RULES, known)]


def rules_of(body: str) -> set[str]:
    return {rule for _, rule, _ in found(body)}


# --- error level -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("亲，这是全网最低价哦。", "最低价"),
        ("亲，我们家质量最好的。", "最好"),
        ("亲，销量第一的款式哦。", "第一"),
        ("亲，这是唯一的正品渠道。", "唯一"),
        ("亲，顶级面料，请放心。", "顶级"),
        ("亲，国家级工艺哦。", "国家级"),
        ("亲，100%纯棉的。", "100%"),
        ("亲，绝对正品。", "绝对"),
        ("亲，万能清洁剂哦。", "万能"),
        ("亲，这款是ＦＩＲＳＴ之选，百分百满意。", "百分百"),
    ],
)
def test_absolute_advertising_terms_are_errors(body: str, word: str) -> None:
    assert ("error", "absolute-terms", word) in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "亲，我们会第一时间为您发货。",
        "亲，最近订单比较多，请您耐心等待。",
        "亲，您最好是先拍下，我们尽快安排。",
        "亲，第一次购买可以领券哦。",
        "亲，最后一天活动，请您留意。",
    ],
)
def test_everyday_words_are_not_advertising_claims(body: str) -> None:
    assert "absolute-terms" not in rules_of(body)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("亲，加我微信聊吧。", "微信"),
        ("亲，有问题加vx：abc。", "vx"),
        ("亲，请打13812345678联系。", "13812345678"),
        ("亲，电话 138-1234-5678 找我。", "138-1234-5678"),
        ("亲，QQ：12345678 联系客服。", "QQ：12345678"),
        ("亲，请看 www.example.com 的说明。", "www.example.com"),
        ("亲，详情见 https://shop.example.cn/a 哦。", "https://shop.example.cn/a"),
    ],
)
def test_off_platform_contact_is_an_error(body: str, text: str) -> None:
    assert ("error", "off-platform", text) in found(body)


@pytest.mark.parametrize(
    "body",
    [
        "亲，可以用微信支付哦。",
        "亲，请看 https://item.taobao.com/item.htm?id=1 的详情。",
        "亲，订单号 3456789012345678 已发货。",  # a long order number is not a phone number
        "亲，商品型号 VXLAN-200 有货。",
    ],
)
def test_platform_links_payments_and_order_numbers_are_fine(body: str) -> None:
    assert "off-platform" not in rules_of(body)


def test_abusive_words_are_errors_but_not_inside_ordinary_words() -> None:
    assert ("error", "abusive", "爱买不买") in found("亲，爱买不买。")
    assert "abusive" not in rules_of("亲，这款滚筒洗衣机很安静哦。")


# --- warning level -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "rule", "text"),
    [
        ("亲，我不能改价哦。", "neg-cannot", "我不能"),
        ("亲，这个不行哦。", "neg-not-allowed", "不行"),
        ("亲，这个没办法处理。", "neg-no-way", "没办法"),
        ("亲，我也不知道呢。", "neg-dont-know", "不知道"),
        ("亲，这个不归我管。", "neg-not-my-job", "不归我管"),
        ("亲，你自己看订单吧。", "neg-yourself", "你自己"),
        ("亲，我已经说过了。", "neg-impatient", "说过了"),
    ],
)
def test_cold_phrasing_is_a_warning_with_a_positive_suggestion(body: str, rule: str, text: str) -> None:
    finding = next(f for f in lint.check("标题", body, RULES) if f.rule == rule)
    assert (finding.level, finding.text) == ("warning", text)
    assert "您" in finding.suggestion  # says what we can do for the buyer, not only what to avoid


def test_quick_fixes_replace_exactly_the_span() -> None:
    body = "亲，这是全网最低价！！"
    fixed = body
    for f in sorted(lint.check("标题", body, RULES), key=lambda f: -f.start):
        if f.fix is not None and f.field == "body":
            fixed = fixed[: f.start] + f.fix + fixed[f.end :]
    assert fixed == "亲，这是全网优惠价！"


def test_exclamation_runs_politeness_length_and_plain_you() -> None:
    assert ("warning", "exclamation", "！！！") in found("亲，到货啦！！！")
    assert "exclamation" not in rules_of("亲，到货啦！")
    assert "no-polite-form" in rules_of("好的，已发货。")
    assert "no-polite-form" not in rules_of("好的，请稍等。")
    assert "too-long" in rules_of("亲，" + "好" * 400)
    assert ("warning", "plain-you", "你") in found("亲，你的包裹到了。")
    assert "plain-you" not in rules_of("亲，您的包裹到了。")


def test_unbalanced_braces_and_unknown_variables() -> None:
    assert ("warning", "unbalanced-braces", "{") in found("亲，{买家昵称 您好。")
    assert ("warning", "unbalanced-braces", "}") in found("亲，买家昵称} 您好。")
    assert ("warning", "unknown-variable", "{买家名字}") in found("亲，{买家名字}您好。")
    assert found("亲，{买家昵称}您好，{{原样}}，{日期+3}前发货，{店铺}。") == []
    assert found("亲，{会员等级}您好。", known=("会员等级",)) == []


def test_per_buyer_and_kept_marks_written_right_are_quiet() -> None:
    assert found("亲，{快递~|顺丰|中通}单号{单号!}，{金额！:10}元，{买家昵称～}。") == []
    assert found("亲，{单号!}……{单号}……{单号!}。") == []


@pytest.mark.parametrize(
    ("body", "text", "says"),
    [
        ("亲，单号{单!号}。", "{单!号}", "放错了地方"),
        ("亲，单号{!单号}。", "{!单号}", "{单号!}"),
        ("亲，单号{单号!!}。", "{单号!!}", "只能写一个"),
        ("亲，单号{单号!~}。", "{单号!~}", "{单号~}"),
        ("亲，{店铺!}欢迎您。", "{店铺!}", "自动填写"),
        ("亲，{日期+3~}前发货。", "{日期+3~}", "自动填写"),
        ("亲，{单号!}……{单号~}。", "{单号~}", "一处标了「!」，一处标了「~」"),
    ],
)
def test_a_malformed_per_buyer_mark_is_flagged_where_it_is(body: str, text: str, says: str) -> None:
    (finding,) = lint.check("标题", body, RULES, ("单号",))
    assert (finding.level, finding.rule, finding.text) == ("warning", "variable-mark", text)
    assert body[finding.start : finding.end] == text
    assert says in finding.message + finding.suggestion


def test_a_span_is_exact_in_the_field_it_names() -> None:
    (finding,) = lint.check("销量第一", "亲，您好。", RULES)
    assert (finding.field, finding.start, finding.end, finding.text) == ("title", 2, 4, "第一")


def test_the_bundled_library_has_no_error_and_hardly_any_warning() -> None:
    items = read_bundled(resources() / "library")
    findings = [f for item in items for f in lint.check(item["title"], item["body"], RULES)]
    assert [f for f in findings if f.is_error] == []
    assert len(findings) <= 5


# --- rules: editable, extendable ---------------------------------------------------------------------------------


def test_the_home_rules_file_adds_overrides_and_disables(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    (lib.home / lint.USER_RULES).write_text(
        json.dumps(
            {
                "rules": [
                    {"id": "shop-words", "level": "error", "words": ["秒发"], "message": "「{word}」我们做不到。"}
                ],
                "disabled": ["plain-you"],
                "max_length": 20,
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    rules = lint.load_rules(lib)
    got = {(f.rule, f.text) for f in lint.check("t", "亲，你拍下就秒发，" + "好" * 20, rules)}
    assert ("shop-words", "秒发") in got and ("too-long", "") in got
    assert not any(rule == "plain-you" for rule, _ in got)


def test_a_broken_rules_file_names_itself_and_the_rule(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    (lib.home / lint.USER_RULES).write_text('{"rules": [{"id": "x", "level": "fatal", "words": ["a"]}]}', "utf-8")
    with pytest.raises(lint.LintRulesError, match=r"lint-rules\.json 规则「x」：level 应是 error 或 warning"):
        lint.load_rules(lib)
    (lib.home / lint.USER_RULES).write_text("{oops", "utf-8")
    with pytest.raises(lint.LintRulesError, match=r"lint-rules\.json 不是有效的 JSON"):
        lint.load_rules(lib)


def test_a_pack_brings_its_rules(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    rule = {"id": "no-promise", "level": "warning", "words": ["包您满意"], "message": "不要承诺", "suggestion": "尽力"}
    pack = tmp_path / "rules.qrpack"
    item = PackTemplate("a", "售后", "问候", "亲，您好。")
    write_pack(pack, Pack(Manifest("pack-r", "规则包", "1"), ("售后",), (item,), lint_rules=(rule,)))
    apply_import(lib, plan_import(lib, read_incoming(pack)))
    got = lint.check("t", "亲，包您满意。", lint.load_rules(lib))
    assert [(f.rule, f.text, f.suggestion) for f in got] == [("pack-r/no-promise", "包您满意", "尽力")]


def test_a_pack_with_errors_is_not_exported_unless_forced(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    lib.add("售前", "低价说明", "亲，这是全网最低价哦。")
    with pytest.raises(LintRefused, match=r"有 1 条模板违反平台规则.*「低价说明」.*--force"):
        export_pack(lib, tmp_path / "x.qrpack")
    assert not (tmp_path / "x.qrpack").exists()
    export_sheet(lib, tmp_path / "x.xlsx")  # a spreadsheet is the lead's own working copy: not refused
    assert export_pack(lib, tmp_path / "x.qrpack", force=True).templates == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"max_length": "很长"}', "max_length 应是正整数"),
        ('{"rules": 5}', "「rules」应是规则的列表"),
        ('{"variables": "订单号"}', "「variables」应是不为空的文字列表"),
        ('{"rules": [{"id": "x", "level": "error", "words": [], "message": "m"}]}', "「words」应是不为空的文字列表"),
    ],
)
def test_each_kind_of_broken_rules_file_is_named(tmp_path: Path, content: str, message: str) -> None:
    lib = Library(tmp_path / "home")
    (lib.home / lint.USER_RULES).write_text(content, "utf-8")
    with pytest.raises(lint.LintRulesError, match=message):
        lint.load_rules(lib)
