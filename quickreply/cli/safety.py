"""Keeping the library safe: a backup now, a health check, and restoring a damaged library from a backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core import Library, new_library
from ..core.library import backups, restoring
from .output import print_json


def cmd_backup(lib: Library, args: argparse.Namespace) -> int:
    copy = backups.take(lib, "manual")
    print(f"已备份到 {copy}（保留最近 {backups.KEEP} 份）。")
    return 0


def cmd_check(home: Path, args: argparse.Namespace) -> int:
    health = backups.check(home)
    if args.json:
        print_json(
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
    chosen, kept = restoring.restore_damaged(home, Path(args.file) if args.file else None)
    print(f"已用 {backups.describe(chosen)} 的备份恢复资料库（{chosen.name}）。")
    if kept is not None:
        print(f"原来的资料库留在 {kept}，确认无误后可以删除。")
    return 0


def cmd_new_library(home: Path, args: argparse.Namespace) -> int:
    kept = new_library(home)
    print(f"已新建资料库 {home / backups.DB_NAME}（带默认回复）。")
    if kept is not None:
        print(f"原来的文件留在 {kept}，确认不需要后可以删除。")
    copies = backups.backups(home)
    if copies:
        print(f"{backups.folder(home)} 里的 {len(copies)} 份备份都还在；今天不会给新资料库做每日备份。")
    return 0
