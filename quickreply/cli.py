"""The command line: for team leads and scripts. Uses only ``quickreply.core`` — never Qt."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .core import (
    Library,
    QuickReplyError,
    Template,
    backups,
    exports,
    fee_store,
    imports,
    lint,
    open_library,
    packs,
    rate_sheets,
    stats,
    tracking,
)
from .core.errors import InvalidInput
from .core.fees import FeeError, RateTable
from .core.quotes import Quote, quote
from .core.settings import SETTINGS
from .core.trash import KEEP_DAYS
from .core.variables import Context, expand
from .paths import data_home


class Clipboard:
    """The system clipboard through pyperclip, with messages an agent can act on."""

    @staticmethod
    def copy(text: str) -> None:
        import pyperclip

        try:
            pyperclip.copy(text)
        except pyperclip.PyperclipException as exc:
            raise QuickReplyError(
                "无法使用剪贴板：系统没有可用的剪贴板程序。Linux 上请安装 xclip 或 xsel（Wayland 用 wl-clipboard）；"
                f"也可以用 quickreply show 把内容打印出来。（{exc}）"
            ) from exc

    @staticmethod
    def paste() -> str | None:
        import pyperclip

        try:
            return pyperclip.paste()
        except pyperclip.PyperclipException:
            return None


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"快捷回复：命令用法有误：{message}\n")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=argparse.SUPPRESS, help="数据目录（默认：$QUICKREPLY_HOME 或系统用户目录）")
    parser = ChineseArgumentParser(
        prog="quickreply", description="快捷回复：淘宝/天猫客服的快捷短语工具。", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"quickreply {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ChineseArgumentParser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = command("search", "按拼音、首字母、快捷码或中文查找回复")
    p.add_argument("query", nargs="+", help="要找的内容，如 tk、tuikuan、退款、sf时效")
    p.add_argument("--category", help="只在这个分类里找，如 售后 或 售后/退款时效")
    p.add_argument("--limit", type=int, default=20, help="最多显示几条（默认 20）")
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

    p = command("add", "新增回复模板")
    p.add_argument("--category", required=True, help="分类，如 售后/退款时效（不存在会新建）")
    p.add_argument("--title", required=True, help="标题")
    p.add_argument("--body", required=True, help="内容；写 - 从标准输入读取")
    p.add_argument("--shortcut", help="快捷码，如 tk")
    p.add_argument("--tags", help="标签，用逗号或顿号分隔")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("edit", "修改回复模板")
    p.add_argument("ref", help="模板编号或快捷码")
    p.add_argument("--title")
    p.add_argument("--body", help="新内容；写 - 从标准输入读取")
    p.add_argument("--shortcut", help='新快捷码；写空字符串 "" 去掉快捷码')
    p.add_argument("--tags", help="新标签，用逗号或顿号分隔")
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
    p.add_argument("--to", required=True, metavar="地区", help="省份或整段收货地址，如 新疆、浙江省杭州市西湖区…")
    p.add_argument("--weight", required=True, metavar="公斤", help="重量（公斤），如 2.3")
    p.add_argument("--size", metavar="长x宽x高", help="包裹尺寸（厘米），如 30x20x10，用来算抛重")
    p.add_argument("--courier", help="只看这家快递，如 顺丰 或 SF")
    p.add_argument("--amount", metavar="元", help="订单金额，用来判断满额包邮")
    p.add_argument("--pieces", type=int, metavar="件", help="订单件数，用来判断满件包邮")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("fees", "运费表：从表格导入（替换表格里那些快递的运费），或导出成表格")
    fees = p.add_subparsers(dest="fees_command", metavar="操作", required=True, parser_class=ChineseArgumentParser)
    fees_import = fees.add_parser("import", help="导入 .csv 或 .xlsx 运费表", parents=[common])
    fees_import.add_argument("file", help=f"运费表文件；自带示例：{rate_sheets.SAMPLE_SHEET}")
    fees_export = fees.add_parser("export", help="导出为 .csv 或 .xlsx", parents=[common])
    fees_export.add_argument("file", help="要写出的文件，如 运费表.xlsx")

    p = command("export", "导出模板包（.qrpack，发给组员）或表格（.xlsx、.csv），格式看文件后缀")
    p.add_argument("file", help="要写出的文件，如 店铺话术.qrpack、模板.xlsx、千牛短语.csv")
    p.add_argument("--category", action="append", default=[], metavar="分类", help="只导出这个分类（含子分类），可重复")
    p.add_argument("--fees", action="store_true", help="把运费表和运费模板也放进模板包")
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
    p.add_argument("--days", type=int, default=30, help="「最近」算多少天（默认 30）")
    p.add_argument("--csv", metavar="文件", help="写成 CSV：标题、快捷码、分类、使用次数、最后使用")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    command("backup", f"马上备份资料库（到数据目录的 backups 文件夹，保留最近 {backups.KEEP} 份）")
    p = command("check", "检查资料库是否完好：完整性、结构版本、数量；损坏时退出码为 1")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p = command("restore-backup", "用备份恢复资料库（损坏的文件留在原处备查）；请先关闭快捷回复")
    p.add_argument("file", nargs="?", help="要恢复的备份文件（默认：最近一份完好的备份）")
    p.add_argument("--list", action="store_true", help="只列出有哪些备份")

    p = command("settings", "查看或修改设置（店铺名称、客服昵称）")
    p.add_argument("key", nargs="?", help="设置项：" + "、".join(SETTINGS))
    p.add_argument("value", nargs="?", help="新值")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    return parser


# --- output helpers --------------------------------------------------------------------------------------------


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _one_line(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _print_templates(templates: Sequence[Template]) -> None:
    for t in templates:
        print(f"{t.id:>5}  {(t.shortcut or '-'):<8} {t.title}  〔{t.category}〕")
        print(f"       {_one_line(t.body)}")


def _read_body(value: str | None) -> str | None:
    return sys.stdin.read() if value == "-" else value


def _values(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"变量写法不对：「{pair}」。请写成 --var 名称=值，例如 --var 买家昵称=小王。")
        out[name.strip()] = value
    return out


def _expand(lib: Library, template: Template, pairs: Sequence[str]) -> str:
    values = _values(pairs)
    context = Context(lib.settings.get("shop_name"), lib.settings.get("agent_name"), clipboard=Clipboard.paste)
    text = expand(template.body, values, context)
    lib.values.remember(values)
    return text


# --- commands ----------------------------------------------------------------------------------------------------


def cmd_search(lib: Library, args: argparse.Namespace) -> int:
    hits = lib.search(" ".join(args.query), limit=max(args.limit, 0), category=args.category)
    if args.json:
        _print_json([{**h.template.as_json(), "score": h.score} for h in hits])
        return 0
    if not hits:
        print("没有找到匹配的回复。试试更短的词、拼音首字母，或用 quickreply categories 浏览分类。")
        return 0
    _print_templates([h.template for h in hits])
    return 0


def cmd_list(lib: Library, args: argparse.Namespace) -> int:
    templates = lib.templates(args.category)
    if args.json:
        _print_json([t.as_json() for t in templates])
    else:
        _print_templates(templates)
    return 0


def cmd_categories(lib: Library, args: argparse.Namespace) -> int:
    cats = lib.categories()
    if args.json:
        _print_json([{"id": c.id, "path": c.path, "name": c.name, "count": c.count} for c in cats])
        return 0
    for c in cats:
        indent = "  " if c.parent_id else ""
        print(f"{indent}{c.name}  ({c.count})" if c.parent_id else f"{c.name}")
    return 0


def cmd_show(lib: Library, args: argparse.Namespace) -> int:
    print(_expand(lib, lib.get(args.ref), args.var))
    return 0


def cmd_copy(lib: Library, args: argparse.Namespace) -> int:
    template = lib.get(args.ref)
    Clipboard.copy(_expand(lib, template, args.var))
    lib.record_use(template.id)
    print(f"已复制：{template.title}")
    return 0


def _report(template: Template, args: argparse.Namespace, verb: str) -> int:
    if getattr(args, "json", False):
        _print_json(template.as_json())
    else:
        print(
            f"已{verb}：{template.title}（编号 {template.id}，快捷码 {template.shortcut or '无'}，{template.category}）"
        )
    return 0


def cmd_add(lib: Library, args: argparse.Namespace) -> int:
    body = _read_body(args.body) or ""
    template = lib.add(args.category, args.title, body, shortcut=args.shortcut, tags=args.tags)
    return _report(template, args, "新增")


def cmd_edit(lib: Library, args: argparse.Namespace) -> int:
    changes = {
        "title": args.title,
        "body": _read_body(args.body),
        "shortcut": args.shortcut,
        "tags": args.tags,
        "category": args.category,
    }
    if all(v is None for v in changes.values()):
        raise InvalidInput("没有要修改的内容：请至少给出 --title、--body、--shortcut、--tags 或 --category 之一。")
    template = lib.update(args.ref, **changes)
    if template.pack_id and not args.json:
        print("这条来自组长的模板包：您改过的文字会一直保留，模板包更新不会覆盖它。", file=sys.stderr)
    return _report(template, args, "修改")


def cmd_remove(lib: Library, args: argparse.Namespace) -> int:
    template = lib.remove(args.ref)
    print(f"已移到回收站：{template.title}（编号 {template.id}）")
    return 0


def _local_time(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return None


def cmd_trash(lib: Library, args: argparse.Namespace) -> int:
    items = lib.trash()
    if args.json:
        _print_json(
            [
                {
                    "id": item.template.id,
                    "title": item.template.title,
                    "category": item.template.category,
                    "deleted_at": when.isoformat() if (when := _local_time(item.deleted_at)) else item.deleted_at,
                    "shortcut": item.template.shortcut,
                }
                for item in items
            ]
        )
        return 0
    if not items:
        print("回收站是空的。")
        return 0
    for item in items:
        t, when = item.template, _local_time(item.deleted_at)
        deleted = f"{when:%Y-%m-%d %H:%M}" if when else item.deleted_at
        print(f"{t.id:>5}  {(t.shortcut or '-'):<8} {t.title}  〔{t.category}〕  删除于 {deleted}")
    print(f"用 quickreply restore 编号 恢复；在回收站里超过 {KEEP_DAYS} 天的模板会被彻底删除。")
    return 0


def cmd_restore(lib: Library, args: argparse.Namespace) -> int:
    template, note = lib.restore(args.ref)
    _report(template, args, "恢复")
    if note:
        print(note)
    return 0


def cmd_manage(lib: Library, args: argparse.Namespace) -> int:
    # `quickreply manage` opens the window through the launcher; only a call without a desktop lands here.
    print("管理窗口需要图形界面：请在桌面环境中运行 quickreply manage。", file=sys.stderr)
    return 1


def cmd_settings(lib: Library, args: argparse.Namespace) -> int:
    if args.key is not None and args.value is not None:
        lib.settings.set(args.key, args.value)
    if args.key is not None and args.key not in SETTINGS:
        lib.settings.set(args.key, "")  # raises, naming the known keys
    current = lib.settings.all()
    if args.json:
        _print_json(current if args.key is None else {args.key: current[args.key]})
        return 0
    for key, value in current.items():
        if args.key in (None, key):
            print(f"{key} = {value or '（未设置）'}    # {SETTINGS[key].label}")
    return 0


def cmd_track(lib: Library, args: argparse.Namespace) -> int:
    candidates = tracking.recognise(args.number)
    reply = tracking.reply_for(args.number, candidates)
    if args.json:
        _print_json(
            {
                "number": tracking.normalise(args.number),
                "candidates": [
                    {"courier": c.courier, "code": c.code, "confidence": c.confidence, "reason": c.reason}
                    for c in candidates
                ],
                "reply": reply,
            }
        )
        return 0
    if candidates:
        for c in candidates:
            print(f"{c.courier}（{c.code}）  可能性 {round(c.confidence * 100)}%  {c.reason}")
    else:
        print("认不出这个运单号属于哪家快递：请让买家在订单页查看物流。")
    print(f"\n回复：{reply}")
    return 0


NO_FEE_TABLE = (
    "还没有运费表：请先用 quickreply fees import 文件 导入快递的运费表（.csv 或 .xlsx）。"
    "程序自带各家快递的示例运费表（resources/fees 文件夹，价格仅供参考），可以先导入它，再换成本店的协议价。"
)


def _fee_table(lib: Library) -> RateTable:
    table = fee_store.rate_table(lib)
    if not table.couriers:
        raise FeeError(NO_FEE_TABLE)
    return table


def cmd_couriers(lib: Library, args: argparse.Namespace) -> int:
    table = fee_store.rate_table(lib)
    zones = {c.name: sum(1 for r in table.rows if r.courier == c.name) for c in table.couriers}
    if args.json:
        _print_json(
            [
                {
                    "name": c.name,
                    "code": c.code,
                    "hotline": c.hotline,
                    "vol_divisor": c.vol_divisor,
                    "zones": zones[c.name],
                    "note": c.note,
                }
                for c in table.couriers
            ]
        )
        return 0
    if not table.couriers:
        print(NO_FEE_TABLE)
        return 0
    for c in table.couriers:
        divisor = f"抛比 {c.vol_divisor}" if c.vol_divisor else "不计抛重"
        print(f"{c.name}（{c.code}）  电话 {c.hotline or '—'}  {divisor}  {zones[c.name]} 个地区")
    return 0


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.strip().removesuffix("元"))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise FeeError(f"订单金额「{text.strip()}」不对：请写元数，如 99。")
    return value


def _eta(q: Quote) -> str:
    return f"{q.eta[0]}–{q.eta[1]} 天" if q.eta else ""


def _kg(q: Quote) -> str:
    return f"{q.chargeable_kg.quantize(Decimal('0.01'))}"


def _quote_json(q: Quote) -> dict[str, Any]:
    return {
        "courier": q.courier,
        "province": q.province,
        "zone": q.zone,
        "chargeable_kg": _kg(q),
        "fee": None if q.fee is None else f"{q.fee:.2f}",
        "eta": _eta(q) or None,
        "eta_days": list(q.eta) if q.eta else None,
        "reachable": q.reachable,
        "buyer_pays": None if q.buyer_pays is None else f"{q.buyer_pays:.2f}",
        "reason": q.reason,
    }


def cmd_fee(lib: Library, args: argparse.Namespace) -> int:
    table = _fee_table(lib)
    if args.pieces is not None and args.pieces <= 0:
        raise FeeError(f"件数「{args.pieces}」必须大于 0。")
    quotes = quote(
        table,
        fee_store.shop_policy(lib),
        args.to,
        args.weight,
        size=args.size,
        courier=args.courier,
        amount=_money(args.amount),
        pieces=args.pieces,
    )
    if args.json:
        _print_json([_quote_json(q) for q in quotes])
        return 0
    for q in quotes:
        fee = f"运费 {q.fee:.2f} 元" if q.fee is not None else "运费 —"
        reach = "可达" if q.reachable else "不配送"
        buyer = f"买家付 {q.buyer_pays:.2f} 元" if q.buyer_pays is not None else "买家付 —"
        zone = f"〔{q.zone or '无'}〕"
        parts = [q.courier, zone, f"计费 {_kg(q)} 公斤", fee, _eta(q), reach, f"{buyer}（{q.reason}）"]
        print("  ".join(p for p in parts if p))
    return 0


def cmd_fees(lib: Library, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.fees_command == "import":
        table = rate_sheets.read_sheet(path)  # all or nothing: a bad cell raises before anything is written
        names = fee_store.replace_couriers(lib, table)
        couriers = "、".join(names)
        print(f"已导入 {path.name}：{len(names)} 家快递（{couriers}），共 {len(table.rows)} 行。")
        print("表里这些快递原来的运费已替换，其他快递不变。")
        return 0
    table = fee_store.rate_table(lib)
    if not table.rows:
        raise InvalidInput("还没有运费表可以导出：先用 quickreply fees import 文件 导入。")
    rate_sheets.write_sheet(table, path)
    print(f"已导出 {len(table.rows)} 行运费到 {path}")
    return 0


def cmd_export(lib: Library, args: argparse.Namespace) -> int:
    result = exports.export(
        lib,
        Path(args.file),
        categories=args.category,
        fees=args.fees,
        name=args.name,
        version=args.pack_version,
        author=args.author,
        description=args.notes,
        pack_id=args.pack_id,
        qianniu=args.qianniu,
        force=args.force,
    )
    print(result.message())
    return 0


def _print_plan(plan: imports.ImportPlan, show_all: bool) -> None:
    manifest = plan.manifest
    if manifest is not None:
        installed = f"（已安装 {plan.installed_version} 版）" if plan.installed_version else "（新安装）"
        print(f"模板包「{manifest.name}」{manifest.version} 版{installed}，作者 {manifest.author or '未署名'}")
        if manifest.description:
            print(f"说明：{manifest.description}")
    if plan.new_categories:
        print("新分类：" + "、".join(plan.new_categories))
    shown = [c for c in imports.sort_for_preview(plan.changes) if show_all or c.action != "unchanged"]
    for line in imports.describe(shown):
        print("  " + line)
    for fee in plan.fee_changes:
        print(f"  {fee.label}\t运费表\t{fee.courier}（{fee.rows} 行）")
    if plan.policy_change:
        print(f"  {imports.LABELS[plan.policy_change]}\t运费模板")


def cmd_import(lib: Library, args: argparse.Namespace) -> int:
    outcome = imports.import_file(lib, Path(args.file), args.strategy, dry_run=args.dry_run)
    plan = outcome if isinstance(outcome, imports.ImportPlan) else outcome.plan
    if args.json:
        data = plan.as_json()
        data["dry_run"] = args.dry_run
        if isinstance(outcome, imports.ImportResult):
            data["backup"] = str(outcome.backup)
        _print_json(data)
        return 0
    _print_plan(plan, args.all)
    if isinstance(outcome, imports.ImportResult):
        print(outcome.message())
        print(f"导入前的资料库已备份到 {outcome.backup}；要撤销请运行 quickreply undo-import。")
    else:
        print(f"试运行（没有改动资料库）：{plan.summary()}。去掉 --dry-run 即可导入。")
    return 0


def cmd_packs(lib: Library, args: argparse.Namespace) -> int:
    if args.action == "remove":
        if not args.pack:
            raise InvalidInput("请写要卸载的模板包编号或名称，如 quickreply packs remove pack-1a2b3c4d5e6f7a8b。")
        pack, trashed, kept = packs.remove_pack(lib, args.pack)
        note = f"，您改过的 {kept} 条留下成为您自己的模板" if kept else ""
        print(f"已卸载模板包「{pack.name}」：{trashed} 条模板移到回收站{note}。")
        return 0
    installed = packs.installed_packs(lib)
    if args.json:
        _print_json([p.as_json() for p in installed])
        return 0
    if not installed:
        print("还没有安装模板包。组长发来的 .qrpack 文件可以用 quickreply import 文件 安装。")
        return 0
    for p in installed:
        edited = f"，您改过 {p.edited} 条" if p.edited else ""
        print(f"{p.name}  {p.version} 版  编号 {p.id}  {p.templates} 条模板{edited}  作者 {p.author or '未署名'}")
    return 0


def cmd_undo_import(lib: Library, args: argparse.Namespace) -> int:
    print(imports.undo_import(lib, force=args.force))
    return 0


def cmd_subscribe(lib: Library, args: argparse.Namespace) -> int:
    if args.off:
        packs.subscribe(lib, None)
        print("已取消订阅；已经装好的模板留下。")
        return 0
    if args.file:
        packs.subscribe(lib, Path(args.file))
        print(f"已订阅 {packs.subscription(lib)}：快捷回复启动时和这个文件更新时会自动装上新版本。")
    path = packs.subscription(lib)
    if path is None:
        print("没有订阅模板包。用 quickreply subscribe 共享文件夹/店铺话术.qrpack 订阅组长的模板包。")
        return 0
    if args.check or args.file:
        result = packs.check_subscription(lib)
        print(result.message() if result else "订阅的模板包没有新版本。")
    elif not args.file:
        print(f"订阅中：{path}")
    return 0


def _lint_targets(lib: Library, target: str | None) -> list[tuple[str, str, str, str]]:
    """(who, where, title, body) of what to check: the library, one template, or a file's templates."""
    if target and Path(target).suffix.lower() in (".qrpack", ".xlsx", ".csv"):
        incoming = imports.read_incoming(Path(target))
        return [(f"第 {n} 条", t.category, t.title, t.body) for n, t in enumerate(incoming.templates, 1)]
    chosen = [lib.get(target)] if target else lib.templates()
    return [(f"{t.id}", t.category, t.title, t.body) for t in chosen]


def cmd_lint(lib: Library, args: argparse.Namespace) -> int:
    rules = lint.load_rules(lib)
    known = lint.library_variables(lib)
    checked = [(who, where, title, body, lint.check(title, body, rules, known)) for who, where, title, body in
               _lint_targets(lib, None if args.all else args.target)]  # fmt: skip
    everything = [f for *_, found in checked for f in found]
    if args.json:
        _print_json(
            [
                {"ref": who, "category": where, "title": title, "findings": [f.as_json() for f in found]}
                for who, where, title, _, found in checked
                if found
            ]
        )
    else:
        for who, where, title, _, found in checked:
            for f in found:
                spot = f"「{f.text}」" if f.text else ""
                field = "标题" if f.field == "title" else f"第 {f.start + 1} 字" if f.end > f.start else "整条"
                fix = f" → 可改为「{f.fix}」" if f.fix else ""
                print(f"{lint.LEVELS[f.level]}  {who} {title}〔{where}〕{field}{spot}：{f.message}{f.suggestion}{fix}")
        bad = sum(1 for *_, found in checked if found)
        print(f"检查了 {len(checked)} 条：{lint.summary(everything)}" + (f"（涉及 {bad} 条）。" if bad else "。"))
    return 1 if any(f.is_error for f in everything) else 0


def cmd_stats(lib: Library, args: argparse.Namespace) -> int:
    if args.action == "merge":
        if not args.files or not args.csv:
            raise InvalidInput("用法：quickreply stats merge 甲.csv 乙.csv … --csv 合计.csv")
        merged = stats.merge(stats.read_csv(Path(f)) for f in args.files)
        stats.write_csv(merged, Path(args.csv))
        total = sum(u.count for u in merged)
        print(f"已合并 {len(args.files)} 个统计表（{len(merged)} 条回复，共 {total} 次使用）到 {args.csv}。")
        return 0
    if args.files:
        raise InvalidInput("统计表文件只在 merge 时使用：quickreply stats merge 甲.csv 乙.csv --csv 合计.csv")
    if args.days <= 0:
        raise InvalidInput(f"--days 应是正整数，而不是 {args.days}。")
    uses = stats.template_uses(lib, args.days)
    if args.csv:
        stats.write_csv(uses, Path(args.csv))
        print(f"已写出 {len(uses)} 条回复的使用次数到 {args.csv}。")
        return 0
    if args.json:
        _print_json(
            {
                "templates": [u.as_json() for u in uses],
                "per_day": [{"date": d.isoformat(), "uses": n} for d, n in stats.per_day(lib, args.days)],
            }
        )
        return 0
    print(f"最常用（共 {sum(u.count for u in uses)} 次；最近 {args.days} 天 {sum(u.recent for u in uses)} 次）：")
    for u in [u for u in uses if u.count][:15]:
        print(f"  {u.count:>5}  最近 {u.recent:>4}  {(u.shortcut or '-'):<8} {u.title}〔{u.category}〕")
    idle = stats.unused(uses, args.days)
    never = sum(1 for u in idle if not u.count)
    print(f"从没用过 {never} 条，{args.days} 天没用过 {len(idle) - never} 条：可以考虑整理。用 --csv 导出全部。")
    return 0


def cmd_backup(lib: Library, args: argparse.Namespace) -> int:
    copy = backups.take(lib, "manual")
    print(f"已备份到 {copy}（保留最近 {backups.KEEP} 份）。")
    return 0


def cmd_check(home: Path, args: argparse.Namespace) -> int:
    health = backups.check(home)
    if args.json:
        _print_json(
            {
                "path": str(health.path),
                "ok": health.ok,
                "problems": list(health.problems),
                "schema_version": health.schema_version,
                "templates": health.templates,
                "categories": health.categories,
                "couriers": health.couriers,
                "backups": [str(c) for c in health.copies],
            }
        )
        return 0 if health.ok else 1
    if health.ok:
        print(
            f"资料库完好：{health.path}，结构版本 {health.schema_version}，{health.templates} 条模板（含回收站），"
            f"{health.categories} 个分类，{health.couriers} 家快递；{len(health.copies)} 份备份"
            + (f"，最近一份 {backups.describe(health.copies[0])}。" if health.copies else "。")
        )
        return 0
    print(f"资料库有问题：{health.path}", file=sys.stderr)
    for problem in health.problems:
        print(f"  {problem}", file=sys.stderr)
    if health.newer:
        print("资料库没有损坏，只是由更新版本的快捷回复建立：请升级快捷回复，不要用备份恢复。", file=sys.stderr)
    elif health.copies:
        print(
            f"最近的备份是 {backups.describe(health.copies[0])}：关闭快捷回复后运行 quickreply restore-backup 恢复。",
            file=sys.stderr,
        )
    return 1


def cmd_restore_backup(home: Path, args: argparse.Namespace) -> int:
    if args.list:
        copies = backups.backups(home)
        for copy in copies:
            print(f"{backups.describe(copy)}  {copy}")
        if not copies:
            print(f"{backups.folder(home)} 里还没有备份。")
        return 0
    chosen, kept = backups.restore_damaged(home, Path(args.file) if args.file else None)
    print(f"已用 {backups.describe(chosen)} 的备份恢复资料库（{chosen.name}）。")
    if kept is not None:
        print(f"原来的资料库留在 {kept}，确认无误后可以删除。")
    return 0


#: Commands that work on the home without opening the library: they are for when it cannot be opened.
HOME_COMMANDS: dict[str, Callable[[Path, argparse.Namespace], int]] = {
    "check": cmd_check,
    "restore-backup": cmd_restore_backup,
}


COMMANDS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "search": cmd_search,
    "list": cmd_list,
    "categories": cmd_categories,
    "show": cmd_show,
    "copy": cmd_copy,
    "add": cmd_add,
    "edit": cmd_edit,
    "remove": cmd_remove,
    "trash": cmd_trash,
    "restore": cmd_restore,
    "manage": cmd_manage,
    "settings": cmd_settings,
    "track": cmd_track,
    "couriers": cmd_couriers,
    "fee": cmd_fee,
    "fees": cmd_fees,
    "export": cmd_export,
    "import": cmd_import,
    "packs": cmd_packs,
    "undo-import": cmd_undo_import,
    "subscribe": cmd_subscribe,
    "lint": cmd_lint,
    "stats": cmd_stats,
    "backup": cmd_backup,
}


def _welcome(lib: Library) -> int:
    print(
        f"快捷回复 {__version__}：{len(lib)} 条回复，{len(lib.categories())} 个分类。\n"
        f"数据目录：{lib.home}\n"
        "不带参数运行 quickreply 启动托盘程序（按 Ctrl+Alt+Q 弹出搜索框）；命令行可以这样用：\n"
        "  quickreply search tk            按快捷码、拼音或中文查找\n"
        "  quickreply copy tk              复制回复到剪贴板\n"
        "  quickreply show wl --var 单号=SF1234567890123\n"
        "  quickreply categories           浏览分类\n"
        "  quickreply --help               全部命令"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 a problem the message explains, 2 wrong usage)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    try:
        if args.command in HOME_COMMANDS:
            return HOME_COMMANDS[args.command](data_home(getattr(args, "home", None)), args)
        lib = open_library(data_home(getattr(args, "home", None)))
        try:
            if args.command is None:
                return _welcome(lib)
            return COMMANDS[args.command](lib, args)
        finally:
            lib.close()
    except QuickReplyError as exc:
        print(f"快捷回复：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quickreply list | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug of ours: say so in one line instead of a traceback
        if os.environ.get("QUICKREPLY_DEBUG"):
            raise
        print(
            f"快捷回复出错了（{type(exc).__name__}: {exc}）。未完成的修改不会写入资料库；请把这行发给组长或开发者，"
            "设置 QUICKREPLY_DEBUG=1 可看到详细信息。",
            file=sys.stderr,
        )
        return 70
