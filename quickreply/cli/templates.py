"""Commands on the replies themselves: search, list, show, copy, add, edit, remove, the trash, settings."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from ..core import Hit, Library, Template
from ..core.errors import InvalidInput
from ..core.library.settings import USER_SETTINGS, user_setting
from ..core.library.trash import KEEP_DAYS
from ..core.search.buyer_text import reads_like_message
from ..core.shipping import buyer_messages, fee_store
from .clipboard import Clipboard
from .output import expand_body, print_json, print_templates, read_body


def cmd_search(lib: Library, args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    hits = buyer_messages.search(lib, query, limit=max(args.limit, 0), category=args.category)
    if args.json:
        print_json(
            [
                {**h.template.as_json(), "score": round(h.score, 4), "reason": h.reason, "by_meaning": h.by_meaning}
                | ({"values": h.values} if h.values else {})
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("没有找到匹配的回复。试试更短的词、拼音首字母，或用 quickreply categories 浏览分类。")
    else:
        print_templates([h.template for h in hits], [_why(h) for h in hits])
    couriers = tuple(w for c in fee_store.rate_table(lib.db).couriers for w in (c.name, c.code) if w)
    fee = buyer_messages.fee_question_in(query, couriers) if reads_like_message(query) else None
    if fee is not None:
        to_ask = f"--to {fee.place} --weight {fee.weight}" + (f" --courier {fee.courier}" if fee.courier else "")
        print(f"这句像是在问运费：quickreply fee {to_ask}")
    return 0


def _why(hit: Hit) -> str:
    filled = "，".join(f"{k}={v}" for k, v in hit.values.items())
    return hit.reason + (f"（已填 {filled}）" if filled else "") if hit.by_meaning or hit.values else ""


def cmd_list(lib: Library, args: argparse.Namespace) -> int:
    templates = lib.templates(args.category)
    if args.json:
        print_json([t.as_json() for t in templates])
    else:
        print_templates(templates)
    return 0


def cmd_categories(lib: Library, args: argparse.Namespace) -> int:
    cats = lib.categories()
    if args.json:
        print_json([{"id": c.id, "path": c.path, "name": c.name, "count": c.count} for c in cats])
        return 0
    for c in cats:
        indent = "  " if c.parent_id else ""
        print(f"{indent}{c.name}  ({c.count})" if c.parent_id else f"{c.name}")
    return 0


def cmd_show(lib: Library, args: argparse.Namespace) -> int:
    print(expand_body(lib, lib.get(args.ref), args.var))
    return 0


def cmd_copy(lib: Library, args: argparse.Namespace) -> int:
    template = lib.get(args.ref)
    Clipboard.copy(expand_body(lib, template, args.var))
    lib.record_use(template.id, asked=args.asked)
    print(f"已复制：{template.title}")
    return 0


def _report(template: Template, args: argparse.Namespace, verb: str) -> int:
    if getattr(args, "json", False):
        print_json(template.as_json())
    else:
        print(
            f"已{verb}：{template.title}（编号 {template.id}，快捷码 {template.shortcut or '无'}，{template.category}）"
        )
    return 0


def cmd_add(lib: Library, args: argparse.Namespace) -> int:
    body = read_body(args.body) or ""
    phrasings = read_body(args.phrasings)
    template = lib.add(args.category, args.title, body, shortcut=args.shortcut, tags=args.tags, phrasings=phrasings)
    return _report(template, args, "新增")


def cmd_edit(lib: Library, args: argparse.Namespace) -> int:
    changes = {
        "title": args.title,
        "body": read_body(args.body),
        "shortcut": args.shortcut,
        "tags": args.tags,
        "phrasings": read_body(args.phrasings) if args.phrasings else args.phrasings,
        "category": args.category,
    }
    if all(v is None for v in changes.values()):
        raise InvalidInput(
            "没有要修改的内容：请至少给出 --title、--body、--shortcut、--tags、--phrasings 或 --category 之一。"
        )
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
        print_json(
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
    if args.key is not None:
        setting = user_setting(args.key)  # an unknown key is refused with the known ones
        if args.value is not None:
            value = setting.kind.parse(args.value)
            applier = getattr(args, "appliers", {}).get(setting.key)
            if applier is not None:  # made true first (the log-in entry): what could not be done is not stored
                applier(value)
            lib.settings.save({setting: value})
    current = lib.settings.all()
    if args.json:
        print_json(current if args.key is None else {args.key: current[args.key]})
        return 0
    for key, setting in USER_SETTINGS.items():
        if args.key in (None, key):
            print(f"{key} = {setting.kind.shown(current[key]) or '（未设置）'}    # {setting.described()}")
    return 0
