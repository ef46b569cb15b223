"""What the library learned from buyers: the questions it could not answer, and each reply's learned phrasings."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import Library
from ..core.errors import InvalidInput
from ..core.library.learned import write_questions_csv
from ..core.library.settings import LEARN_FROM_BUYERS
from .output import one_line, print_json


def cmd_questions(lib: Library, args: argparse.Namespace) -> int:
    if args.forget:
        phrasings, asked = lib.forget_learned()
        # And off: the next pasted message is not kept again (switching it off also deletes what the app kept since).
        lib.settings.save({LEARN_FROM_BUYERS: False})
        print(f"已删除本机学到的 {phrasings} 条问法和 {asked} 个没答上的问题，并已停止记录。")
        print("要重新开始记录：quickreply settings learn_from_buyers 开")
        return 0
    if args.action == "attach":
        if args.id is None or not args.ref:
            raise InvalidInput("请写 quickreply questions attach 问题编号 模板：如 quickreply questions attach 3 tk。")
        learned = lib.attach_question(args.id, args.ref)
        template = lib.get(learned.template_id)
        print(f"已挂到「{template.title}」：以后买家这样问，它会排在前面。")
        return 0
    if args.action == "remove":
        if args.id is None:
            raise InvalidInput("请写 quickreply questions remove 问题编号。")
        lib.remove_question(args.id)
        print(f"已删除问题 {args.id}。")
        return 0
    found = lib.questions(args.days)
    if args.csv:
        write_questions_csv(found, Path(args.csv))
        print(f"已写出 {len(found)} 个问题：{args.csv}")
        return 0
    if args.json:
        print_json([q.as_json() for q in found])
        return 0
    if not found:
        print("没有没答上的问题：买家问的，都复制过回复。")
        return 0
    for q in found:
        print(f"{q.id:>5}  {q.times:>3} 次  最近 {q.last_seen[:10]}  {one_line(q.text)}")
    print("用 quickreply questions attach 编号 模板 把问题挂到一条回复上；没有合适的回复，就新增一条。")
    return 0


def cmd_learned(lib: Library, args: argparse.Namespace) -> int:
    action = args.target
    if action in ("remove", "promote", "edit"):
        if args.id is None:
            raise InvalidInput(f"请写 quickreply learned {action} 编号（见 quickreply learned 模板 的第一列）。")
        if action == "remove":
            lib.remove_learned(args.id)
            print(f"已删除学到的问法 {args.id}。")
        elif action == "promote":
            lib.promote_learned(args.id)
            print(f"已把学到的问法 {args.id} 转成买家问法：导出模板包和表格时会带上它。")
        else:
            if not args.text:
                raise InvalidInput("请写 quickreply learned edit 编号 新的说法。")
            changed = lib.edit_learned(args.id, args.text)
            print(f"已改为：{changed.text}")
        return 0
    template = lib.get(action)
    learned = lib.learned_for(template.id)
    if args.json:
        print_json([p.as_json() for p in learned])
        return 0
    if not learned:
        print(f"「{template.title}」还没有学到买家的问法：粘贴买家的话搜到它并复制后，这里就会有。")
        return 0
    print(f"「{template.title}」学到的买家问法（{len(learned)} 条）：")
    for p in learned:
        print(f"{p.id:>5}  {p.times:>3} 次  {one_line(p.text)}")
    return 0
