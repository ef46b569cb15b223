"""The command line's arguments: every command, its options and their help, in Chinese."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final, NoReturn

from .. import __version__
from ..core.library import backups
from ..core.library.setting_kinds import flag_words
from ..core.library.settings import describe_settings
from ..core.library.trash import KEEP_DAYS
from ..core.packs import import_apply as imports
from ..core.shipping import rate_sheets
from ..core.visible import visible

# argparse's own words (usage:, options:, its error messages), in Chinese. argparse looks them up through its module's
# gettext functions ``_`` and ``ngettext`` each time; they are swapped for these only while our parser works.
_ARGPARSE_ZH: Final = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示这段帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必须写的参数：%s",
    "unrecognized arguments: %s": "不认识的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "没有「%(value)s」这一项（可以写：%(choices)s）",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "没有「%(value)s」这一项，是不是 %(closest)s？（可以写：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "「%(value)s」不是%(type)s",
    "expected one argument": "后面要写一个值",
    "expected at least one argument": "后面至少要写一个值",
    "expected at most one argument": "后面最多写一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确：可能是 %(matches)s",
    "one of the arguments %s is required": "这些参数要写一个：%s",
    "not allowed with argument %s": "不能和参数 %s 一起用",
    "ignored explicit argument %r": "多写了值 %r",
    "unexpected option string: %s": "多余的选项：%s",
    "can't open '%(filename)s': %(error)s": "打不开文件「%(filename)s」：%(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：%(message)s\n",
}
_ARGPARSE_ZH_PLURAL: Final = {"expected %s argument": "后面要写 %s 个值"}
#: What the value of an option or argument is called in usage lines, instead of argparse's dest.upper() (HOME).
_METAVARS: Final = {
    "home": "目录",
    "category": "分类",
    "title": "标题",
    "body": "内容",
    "shortcut": "快捷码",
    "tags": "标签",
    "phrasings": "问法",
    "limit": "条数",
    "days": "天数",
    "courier": "快递",
    "name": "名称",
    "author": "作者",
    "notes": "说明",
    "pack_id": "编号",
    "strategy": "方式",
    "query": "内容",
    "ref": "模板",
    "file": "文件",
    "number": "运单号",
    "target": "对象",
    "action": "操作",
    "pack": "模板包",
    "id": "编号",
    "text": "说法",
    "key": "设置项",
    "value": "值",
    "question": "问题",
}
#: argparse's names of the types it could not convert a value to (invalid int value: 'x').
_TYPES: Final = {"不是int": "不是整数", "不是float": "不是数字"}


def _zh(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message)


def _zh_plural(singular: str, plural: str, n: int) -> str:
    return _ARGPARSE_ZH_PLURAL.get(singular, singular if n == 1 else plural)


@contextmanager
def _in_chinese() -> Iterator[None]:
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _zh, _zh_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose every word is Chinese: help headings, usage, and its error messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _in_chinese():
            super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if "metavar" not in kwargs and kwargs.get("action", "store") in ("store", "append") and args:
            dest = kwargs.get("dest") or max(args, key=len).lstrip("-").replace("-", "_")
            if dest in _METAVARS:
                kwargs["metavar"] = _METAVARS[dest]
        with _in_chinese():
            return super().add_argument(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with _in_chinese():
            parsed, extras = super().parse_known_args(args, namespace)
            # quickreply fee 广州 --weight 3斤 顺丰: words after an option are still words of the free-text question.
            if (
                extras
                and isinstance(getattr(parsed, "question", None), list)
                and not any(e.startswith("-") for e in extras)
            ):
                parsed.question.extend(extras)
            elif extras:
                self.error(argparse._("unrecognized arguments: %s") % " ".join(extras))  # type: ignore[attr-defined]
            return parsed

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _in_chinese():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _in_chinese():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_chinese():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        for english, chinese in _TYPES.items():
            message = message.replace(english, chinese)
        message = re.sub(r"'([^']*)'", r"\1", message).replace(", ", "、")  # 'search', 'list' → search、list
        self.print_usage(sys.stderr)
        self.exit(2, f"快捷回复：命令用法有误：{message}\n")


_INTEGER: Final = re.compile(r"[-+]?[0-9]+")


def integer(text: str) -> int:
    """A whole number as typed: ASCII digits, full-width ones read the same (NFKC), an optional sign.

    Not ``int``: it takes ``1_000``, surrounding spaces and the digits of every script (``٣`` is 3), none of which
    an agent types on purpose.
    """
    written = unicodedata.normalize("NFKC", text).strip()
    if not _INTEGER.fullmatch(written):
        raise argparse.ArgumentTypeError(f"「{visible(text)}」不是整数：请写 1、2、20 这样的数字")
    return int(written)


def positive(text: str) -> int:
    """A count: an :func:`integer` of at least 1."""
    value = integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"「{visible(text)}」不对：要写大于 0 的整数，如 1、2、20")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = ChineseArgumentParser(add_help=False)
    common.add_argument("--home", default=argparse.SUPPRESS, help="数据目录（默认：$QUICKREPLY_HOME 或系统用户目录）")
    parser = ChineseArgumentParser(
        prog="quickreply", description="快捷回复：淘宝/天猫客服的快捷短语工具。", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"quickreply {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ChineseArgumentParser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = command("search", "按拼音、首字母、快捷码或中文查找回复；也可以直接粘贴买家的原话")
    p.add_argument("query", nargs="+", help="要找的内容，如 tk、tuikuan、退款、sf时效，或买家的话：退款几天到账啊")
    p.add_argument("--category", help="只在这个分类里找，如 售后 或 售后/退款时效")
    p.add_argument("--limit", type=positive, default=20, help="最多显示几条（默认 20）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("list", "列出回复模板")
    p.add_argument("--category", help="只列这个分类（含子分类）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("categories", "列出分类及模板数")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    for name, text in (("show", "显示填好变量后的回复"), ("copy", "把填好变量的回复复制到剪贴板（并计一次使用）")):
        p = command(name, text)
        p.add_argument("ref", help="模板编号或快捷码")
        p.add_argument("--var", action="append", default=[], metavar="名称=值", help="变量的值，可重复")
    p.add_argument(
        "--asked", default="", metavar="买家的话", help="这条回复答的是买家的哪句话：记成学到的问法（开着学习时）"
    )

    p = command("add", "新增回复模板")
    p.add_argument("--category", required=True, help="分类，如 售后/退款时效（不存在会新建）")
    p.add_argument("--title", required=True, help="标题")
    p.add_argument("--body", required=True, help="内容；写 - 从标准输入读取")
    p.add_argument("--shortcut", help="快捷码，如 tk")
    p.add_argument("--tags", help="标签，用逗号或顿号分隔")
    p.add_argument("--phrasings", help="买家问法（买家会怎么问），一行一条；写 - 从标准输入读取")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("edit", "修改回复模板")
    p.add_argument("ref", help="模板编号或快捷码")
    p.add_argument("--title")
    p.add_argument("--body", help="新内容；写 - 从标准输入读取")
    p.add_argument("--shortcut", help='新快捷码；写空字符串 "" 去掉快捷码')
    p.add_argument("--tags", help="新标签，用逗号或顿号分隔")
    p.add_argument("--phrasings", help='新的买家问法，一行一条；写 - 从标准输入读取，写空字符串 "" 全部去掉')
    p.add_argument("--category", help="移到这个分类")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("remove", "把回复模板移到回收站")
    p.add_argument("ref", help="模板编号或快捷码")

    p = command("trash", f"查看回收站（删除的模板保留 {KEEP_DAYS} 天）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("restore", "把回收站里的模板恢复到原来的分类")
    p.add_argument("ref", help="模板编号或快捷码（见 quickreply trash）")

    command("manage", "打开管理窗口：分类、批量修改、回收站（需要图形界面）")

    p = command("track", "从运单号认出快递公司，并给出发给买家的物流回复")
    p.add_argument("number", help="运单号，如 SF1234567890123")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("couriers", "列出运费表里的快递：代码、客服电话、抛比、地区数")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("fee", "查运费：各家快递多少钱、几天到、能不能发，以及买家要付多少")
    p.add_argument(
        "question",
        nargs="*",
        metavar="问题",
        help='整句运费问题，和弹出框里「运费」后面写的一样，如 "北京 1公斤 40x30x30的箱子"、"新疆 3斤半 顺丰"',
    )
    p.add_argument("--to", metavar="地区", help="省份或整段收货地址，如 新疆、浙江省杭州市西湖区…")
    p.add_argument(
        "--weight",
        metavar="重量",
        help="重量，不写单位是公斤，如 2.3、3斤半、500g；不写则只看哪些快递送得到、几天到",
    )
    p.add_argument("--size", metavar="长x宽x高", help="包裹尺寸（厘米），如 30x20x10、长30宽20高10，用来算抛重")
    p.add_argument("--courier", help="只看这家快递，如 顺丰 或 SF")
    p.add_argument("--amount", metavar="元", help="订单金额，用来判断满额包邮")
    p.add_argument("--pieces", type=positive, metavar="件", help="订单件数，用来判断满件包邮")
    p.add_argument("--json", action="store_true", help="输出 JSON（每家快递一条，含复制给买家的回复 reply）")

    p = command("fees", "运费表：从表格导入（替换表格里那些快递的运费）、导出成表格，或删除示例价格")
    fees = p.add_subparsers(dest="fees_command", metavar="操作", required=True, parser_class=ChineseArgumentParser)
    fees_import = fees.add_parser("import", help="导入 .csv 或 .xlsx 运费表", parents=[common])
    fees_import.add_argument("file", help=f"运费表文件；自带示例：{rate_sheets.SAMPLE_SHEET}")
    fees_export = fees.add_parser("export", help="导出为 .csv 或 .xlsx", parents=[common])
    fees_export.add_argument("file", help="要写出的文件，如 运费表.xlsx")
    fees.add_parser("remove-samples", help="删除还是示例价格的快递（本店导入或改过的快递不动）", parents=[common])

    p = command("export", "导出模板包（.qrpack，发给组员）或表格（.xlsx、.csv），格式看文件后缀")
    p.add_argument("file", help="要写出的文件，如 店铺话术.qrpack、模板.xlsx、千牛短语.csv")
    p.add_argument("--category", action="append", default=[], metavar="分类", help="只导出这个分类（含子分类），可重复")
    p.add_argument("--fees", action="store_true", help="把运费表和运费模板也放进模板包")
    p.add_argument("--learned", action="store_true", help="把本机学到的买家问法也作为买家问法放进模板包（默认不放）")
    p.add_argument("--name", help="模板包名称（默认：店铺名称）")
    p.add_argument(
        "--version", dest="pack_version", metavar="版本", help="模板包版本，如 1.2（默认：上次导出的版本加一）"
    )
    p.add_argument("--author", help="作者（默认：客服昵称）")
    p.add_argument("--notes", default="", help="这一版的说明")
    p.add_argument("--id", dest="pack_id", help="模板包编号（默认由名称生成；改了名称还想算同一个包时用）")
    p.add_argument(
        "--qianniu", action="store_true", help="导出为千牛快捷短语 CSV（快捷短语编码,快捷短语,快捷短语分组；GBK）"
    )
    p.add_argument("--force", action="store_true", help="有模板违反平台规则（quickreply lint 的错误）时仍然导出模板包")

    p = command("import", "导入模板包或表格（.qrpack、.xlsx、.csv，也认千牛快捷短语 CSV）")
    p.add_argument("file", help="要导入的文件")
    p.add_argument("--dry-run", action="store_true", help="只列出会怎样改，不改资料库")
    p.add_argument(
        "--strategy",
        choices=imports.STRATEGIES,
        default="skip",
        help="和已有模板同名或快捷码相同时：skip 跳过（默认）、overwrite 覆盖、keep-both 都保留",
    )
    p.add_argument("--all", action="store_true", help="也列出不变的条目")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("packs", "已安装的模板包；packs remove 编号 卸载一个")
    p.add_argument("action", nargs="?", choices=["remove"], help="remove：卸载模板包（您改过的模板留下）")
    p.add_argument("pack", nargs="?", help="模板包编号或名称")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("undo-import", "撤销上一次导入：资料库恢复到导入之前的样子")
    p.add_argument("--force", action="store_true", help="导入之后又改过资料库时，连同那些改动一起撤销")

    p = command("subscribe", "订阅共享文件夹里的模板包：有新版本时自动更新")
    p.add_argument("file", nargs="?", help="模板包文件（.qrpack）；不写则显示当前订阅")
    p.add_argument("--off", action="store_true", help="取消订阅（已安装的模板留下）")
    p.add_argument("--check", action="store_true", help="现在就检查订阅的模板包有没有新版本")

    p = command("lint", "话术检查：绝对化用语、站外联系方式、生硬的说法……有错误时退出码为 1")
    p.add_argument("target", nargs="?", help="模板编号或快捷码，或要检查的文件（.qrpack、.xlsx、.csv）；不写则检查全部")
    p.add_argument("--all", action="store_true", help="检查整个资料库（默认）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("stats", "使用统计：哪些回复常用、哪些从没用过；stats merge 把组员的统计表加起来")
    p.add_argument("action", nargs="?", choices=["merge"], help="merge：合并多个统计表（CSV）")
    p.add_argument("files", nargs="*", metavar="CSV", help="要合并的统计表（merge 时）")
    p.add_argument("--days", type=positive, default=30, help="「最近」算多少天（默认 30）")
    p.add_argument("--csv", metavar="文件", help="写成 CSV：标题、快捷码、分类、使用次数、最后使用")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    command("backup", f"马上备份资料库（到数据目录的 backups 文件夹，保留最近 {backups.KEEP} 份）")
    p = command("check", "检查资料库是否完好：完整性、结构版本、数量；损坏时退出码为 1")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p = command("restore-backup", "用备份恢复资料库（损坏的文件留在原处备查）；请先关闭快捷回复")
    p.add_argument("file", nargs="?", help="要恢复的备份文件（默认：最近一份完好的备份）")
    p.add_argument("--list", action="store_true", help="只列出有哪些备份")
    command("new-library", "从头开始：资料库丢失、为空或损坏又不用备份时，新建带默认回复的资料库（旧文件和备份留着）")

    p = command("questions", "买家问了、却没复制任何回复的问题：组长据此补回复；attach 编号 模板 把它挂到一条回复上")
    p.add_argument("action", nargs="?", choices=["attach", "remove"], help="attach：挂到回复上；remove：删掉这条")
    p.add_argument("id", nargs="?", type=integer, help="问题编号（见列表第一列）")
    p.add_argument("ref", nargs="?", help="attach 时：模板编号或快捷码")
    p.add_argument("--days", type=integer, help="只看最近多少天")
    p.add_argument("--csv", metavar="文件", help="写成 CSV：编号、买家的话、次数、第一次、最近一次")
    p.add_argument("--forget", action="store_true", help="删除本机学到的全部问法和记下的问题")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("learned", "一条回复从买家那里学到的问法；remove/promote/edit 编号 管理其中一条")
    p.add_argument("target", help="模板编号或快捷码；或 remove、promote（转成买家问法）、edit")
    p.add_argument("id", nargs="?", type=integer, help="学到的问法编号（见列表第一列）")
    p.add_argument("text", nargs="?", help="edit 时：新的说法")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("settings", "查看或修改设置（店铺名称、客服昵称）")
    p.add_argument("key", nargs="?", help="设置项（不写则列出全部）：" + describe_settings())
    p.add_argument("value", nargs="?", help=f"新值；开关写 {flag_words()}")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    return parser


# --- output helpers --------------------------------------------------------------------------------------------
