"""A lead's commands: packs and spreadsheets out and in, installed packs, subscription, the reply check, statistics."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core import Library, lint, stats
from ..core.errors import InvalidInput
from ..core.packs import exports, subscription
from ..core.packs import import_apply as imports
from ..core.packs import installed as packs
from ..core.packs.import_guard import CLI_WAIT
from ..core.packs.pack_file import SUFFIX
from ..core.packs.pack_rules import describe_rules, pack_rules
from .output import print_json


def cmd_export(lib: Library, args: argparse.Namespace) -> int:
    path = Path(args.file)
    selection = exports.Selection(args.category)
    if path.suffix.lower() == SUFFIX:
        if args.qianniu:
            raise InvalidInput("千牛快捷短语只能导出为 .csv 文件。")
        details = exports.PackDetails(args.name, args.pack_version, args.author, args.notes, args.pack_id)
        result = exports.export_pack(
            lib, path, selection, details, fees=args.fees, learned=args.learned, force=args.force
        )
    else:
        if args.fees:
            raise InvalidInput("运费表只能放进模板包（.qrpack）；导出成表格请用 quickreply fees export。")
        if args.learned:
            raise InvalidInput("学到的买家问法只能放进模板包（.qrpack）：表格里只有每条回复自己的买家问法。")
        result = exports.export_sheet(lib, path, selection, qianniu=args.qianniu)
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
    if plan.incoming.ignored_columns:
        print("没有导入的列（表头不认识）：" + "、".join(plan.incoming.ignored_columns))
    for line in describe_rules(plan.incoming.pack):
        print(line)


def cmd_import(lib: Library, args: argparse.Namespace) -> int:
    outcome = imports.import_file(lib, Path(args.file), args.strategy, dry_run=args.dry_run)
    plan = outcome if isinstance(outcome, imports.ImportPlan) else outcome.plan
    if args.json:
        data = plan.as_json()
        data["dry_run"] = args.dry_run
        data["lint_rules"] = [rule.as_json() for rule in pack_rules(plan.incoming.pack)]
        if isinstance(outcome, imports.ImportResult):
            data["backup"] = str(outcome.backup)
        print_json(data)
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
        note = f"，{kept} 条（您改过的、导入前就有的）留下，是您自己的模板" if kept else ""
        print(f"已卸载模板包「{pack.name}」：{trashed} 条模板移到回收站{note}。")
        return 0
    installed = packs.installed_packs(lib)
    if args.json:
        print_json([p.as_json() for p in installed])
        return 0
    if not installed:
        print("还没有安装模板包。组长发来的 .qrpack 文件可以用 quickreply import 文件 安装。")
        return 0
    for p in installed:
        edited = f"，您改过 {p.edited} 条" if p.edited else ""
        print(f"{p.name}  {p.version} 版  编号 {p.id}  {p.templates} 条模板{edited}  作者 {p.author or '未署名'}")
    return 0


def cmd_undo_import(lib: Library, args: argparse.Namespace) -> int:
    # Like an import, an undo from the command line waits for an import running in the app to finish.
    print(imports.undo_import(lib, force=args.force, wait=CLI_WAIT))
    return 0


def cmd_subscribe(lib: Library, args: argparse.Namespace) -> int:
    if args.off:
        subscription.subscribe(lib, None)
        print("已取消订阅；已经装好的模板留下。")
        return 0
    if args.file:
        subscription.subscribe(lib, Path(args.file))
        print(f"已订阅 {subscription.subscription(lib)}：快捷回复启动时和这个文件更新时会自动装上新版本。")
    path = subscription.subscription(lib)
    if path is None:
        print("没有订阅模板包。用 quickreply subscribe 共享文件夹/店铺话术.qrpack 订阅组长的模板包。")
        return 0
    if args.check or args.file:
        result = subscription.check_subscription(lib)
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
    for note in rules.notes:  # a pack's rules left out: the check itself goes on
        print(note, file=sys.stderr)
    known = lint.library_variables(lib)
    checked = [(who, where, title, body, lint.check(title, body, rules, known)) for who, where, title, body in
               _lint_targets(lib, None if args.all else args.target)]  # fmt: skip
    everything = [f for *_, found in checked for f in found]
    if args.json:
        print_json(
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
        print_json(
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
