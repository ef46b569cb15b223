"""Shipping commands: tracking numbers, couriers, fee quotes, and the fee table in and out of spreadsheets."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..core import Library, QuickReplyError
from ..core.errors import InvalidInput
from ..core.library.settings import AGENT_NAME, SHOP_NAME
from ..core.shipping import fee_question, fee_store, measures, rate_sheets, tracking_numbers
from ..core.shipping.fee_question import FeeQuestion
from ..core.shipping.fee_reply import fee_reply
from ..core.shipping.quotes import Quote, quote
from ..core.shipping.rates import FeeError, RateTable, parse_weight
from ..core.shipping.reach import reach_reply, who_delivers
from ..core.shipping.regions import province_of
from ..core.variables import Context
from ..core.visible import visible
from .output import print_json


def cmd_track(lib: Library, args: argparse.Namespace) -> int:
    number = tracking_numbers.checked(args.number)  # only letters and digits go on: they are shown back
    candidates = tracking_numbers.recognise(number)
    reply = tracking_numbers.reply_for(number, candidates)
    if args.json:
        print_json(
            {
                "number": number,
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
SAMPLE_HINT = (
    f"（{fee_store.SAMPLE_NOTE}：用 quickreply fees import 文件 导入本店的协议价，"
    "或用 quickreply fees remove-samples 删除示例价格）"
)


def _fee_table(lib: Library) -> RateTable:
    table = fee_store.rate_table(lib.db)
    if not table.couriers:
        raise FeeError(NO_FEE_TABLE)
    return table


def cmd_couriers(lib: Library, args: argparse.Namespace) -> int:
    table = fee_store.rate_table(lib.db)
    zones = {c.name: sum(1 for r in table.rows if r.courier == c.name) for c in table.couriers}
    if args.json:
        print_json(
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
    samples = fee_store.sample_couriers(lib.db)
    for c in table.couriers:
        divisor = f"抛比 {c.vol_divisor}" if c.vol_divisor else "不计抛重"
        sample = "  示例价格" if c.name in samples else ""
        print(f"{c.name}（{c.code}）  电话 {c.hotline or '—'}  {divisor}  {zones[c.name]} 个地区{sample}")
    if samples:
        print(SAMPLE_HINT)
    return 0


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    # The weight's rule for numbers: ASCII digits (full-width read the same), one point; not Decimal()'s, which takes
    # 1_000, 1e3 and the digits of every script.
    written = measures.normal(text).strip().removesuffix("元").strip()
    if not re.fullmatch(measures.NUMBER, written):
        raise FeeError(f"订单金额「{visible(text.strip())}」不对：请写元数，如 99 或 99.5。")
    return Decimal(written)


def _eta(q: Quote) -> str:
    return f"{q.eta[0]}–{q.eta[1]} 天" if q.eta else ""


def _kg(q: Quote) -> str:
    return f"{q.chargeable_kg.quantize(Decimal('0.01'))}"


def _quote_json(q: Quote, sample: bool) -> dict[str, Any]:
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
        "sample": sample,
    }


def _asked(table: RateTable, args: argparse.Namespace) -> FeeQuestion:
    """The question the command line asks: the free text (问题) and the flags together; a part given both ways must
    say the same, or it is not guessed between."""
    couriers = [w for c in table.couriers for w in (c.name, c.code) if w]
    asked = fee_question.read(" ".join(args.question or ()), couriers)
    parts = {}
    for field, flag, name in (
        ("place", "to", "地区"),
        ("weight", "weight", "重量"),
        ("size", "size", "尺寸"),
        ("courier", "courier", "快递"),
    ):
        written, given = getattr(asked, field), getattr(args, flag)
        if given is not None and written and written != given.strip():
            raise FeeError(f"{name}写了两次：问题里是「{written}」，--{flag} 是「{given.strip()}」：请只写一处。")
        parts[field] = given.strip() if given is not None else written
    question = replace(asked, **parts)
    if question.ambiguous:
        raise FeeError("；".join(question.ambiguous) + "。")
    if question.unknown:
        print(f"快捷回复：没看懂：{visible(' '.join(question.unknown))}（其余照常计算）", file=sys.stderr)
    if not question.place:
        raise FeeError('没有写地区：如 quickreply fee "新疆 2.3"，或 --to 新疆。')
    if not question.weight:
        raise FeeError('没有写重量：如 quickreply fee "新疆 3斤半"，或 --weight 2.3（不写单位是公斤）。')
    return question


def _fee_reply_body(lib: Library) -> str:
    """The wording the popup copies: the library's fee reply (shortcut yfbj), or the built-in one."""
    try:
        return lib.get(fee_question.FEE_REPLY_SHORTCUT).body
    except QuickReplyError:
        return fee_question.DEFAULT_FEE_REPLY


def cmd_reach(lib: Library, args: argparse.Namespace, written: FeeQuestion | None = None) -> int:
    """``quickreply fee --to 西藏`` (or ``fee 西藏``) without a weight: who delivers there, in how many days, and the
    reply to copy."""
    table = _fee_table(lib)
    place_text = args.to or (written.place if written else "")
    if not place_text:
        raise FeeError('没有写地区：如 quickreply fee "新疆 2.3"，或 --to 新疆。')
    place = province_of(place_text)
    courier = args.courier or (written.courier if written else "")
    asked = table.courier(courier).name if courier else ""
    reaches = who_delivers(table, place)
    shown = [r for r in reaches if not asked or r.courier == asked]
    ships = place not in fee_store.shop_policy(lib).not_served
    reply = reach_reply(place, reaches, shop_ships=ships, asked=asked)
    samples = fee_store.sample_couriers(lib.db)
    if args.json:
        print_json(
            {
                "province": place,
                "shop_ships": ships,
                "couriers": [
                    {
                        "courier": r.courier,
                        "zone": r.zone,
                        "reachable": r.reachable,
                        "eta": f"{r.eta[0]}–{r.eta[1]} 天" if r.eta else None,
                        "eta_days": list(r.eta) if r.eta else None,
                        "sample": r.courier in samples,
                    }
                    for r in shown
                ],
                "sample": any(r.courier in samples for r in shown),
                "reply": reply,
            }
        )
        return 0
    if not ships:
        print(f"运费模板里{place}是不发货地区。")
    for r in shown:
        eta = f"{r.eta[0]}–{r.eta[1]} 天" if r.eta else ""
        parts = [r.courier, f"〔{r.zone or '无'}〕", eta, "可达" if r.reachable else "不配送"]
        if r.courier in samples:
            parts.append("示例价格")
        print("  ".join(p for p in parts if p))
    if any(r.courier in samples for r in shown):
        print(SAMPLE_HINT)
    print(f"\n回复：{reply}")
    return 0


def cmd_fee(lib: Library, args: argparse.Namespace) -> int:
    table = _fee_table(lib)
    couriers = [w for c in table.couriers for w in (c.name, c.code) if w]
    written = fee_question.read(" ".join(args.question or ()), couriers)
    # 能发西藏吗: a place and nothing else not understood, no weight: who delivers there, no price.
    if args.weight is None and not written.weight and not written.unknown and not written.ambiguous:
        return cmd_reach(lib, args, written)
    if args.pieces is not None and args.pieces <= 0:
        raise FeeError(f"件数「{args.pieces}」必须大于 0。")
    question = _asked(table, args)
    weight = parse_weight(question.weight)
    quotes = quote(
        table,
        fee_store.shop_policy(lib),
        question.place,
        weight,
        size=question.size or None,
        courier=question.courier or None,
        amount=_money(args.amount),
        pieces=args.pieces,
    )
    samples = fee_store.sample_couriers(lib.db)
    if args.json:
        body = _fee_reply_body(lib)
        remembered = lib.values.for_body(body)
        context = Context(lib.settings.get(SHOP_NAME), lib.settings.get(AGENT_NAME))
        replies = [fee_reply(body, q, remembered, context) if q.buyer_pays is not None else None for q in quotes]
        print_json([{**_quote_json(q, q.courier in samples), "reply": r} for q, r in zip(quotes, replies, strict=True)])
        return 0
    for q in quotes:
        fee = f"运费 {q.fee:.2f} 元" if q.fee is not None else "运费 —"
        reach = "可达" if q.reachable else "不配送"
        buyer = f"买家付 {q.buyer_pays:.2f} 元" if q.buyer_pays is not None else "买家付 —"
        zone = f"〔{q.zone or '无'}〕"
        sample = "示例价格" if q.courier in samples else ""
        parts = [q.courier, zone, f"计费 {_kg(q)} 公斤", fee, _eta(q), reach, f"{buyer}（{q.reason}）", sample]
        print("  ".join(p for p in parts if p))
    if any(q.courier in samples for q in quotes):
        print(SAMPLE_HINT)
    return 0


def cmd_fees(lib: Library, args: argparse.Namespace) -> int:
    if args.fees_command == "remove-samples":
        removed = fee_store.remove_samples(lib)
        if removed:
            print(f"已删除 {len(removed)} 家示例价格的快递（{'、'.join(removed)}）；本店的快递和运费模板不变。")
        else:
            print("没有示例价格的快递：运费表都是本店的。")
        return 0
    path = Path(args.file)
    if args.fees_command == "import":
        table = rate_sheets.read_sheet(path)  # all or nothing: a bad cell raises before anything is written
        # The bundled sample sheet imported again stays marked as sample prices.
        sample = path.resolve() == rate_sheets.SAMPLE_SHEET.resolve()
        names = fee_store.replace_couriers(lib, table, sample=sample)
        couriers = "、".join(names)
        print(f"已导入 {path.name}：{len(names)} 家快递（{couriers}），共 {len(table.rows)} 行。")
        print("表里这些快递原来的运费已替换，其他快递不变。")
        return 0
    table = fee_store.rate_table(lib.db)
    if not table.rows:
        raise InvalidInput("还没有运费表可以导出：先用 quickreply fees import 文件 导入。")
    rate_sheets.write_sheet(table, path)
    print(f"已导出 {len(table.rows)} 行运费到 {path}")
    return 0
