"""The fee reply copied to a buyer for one quote: the template's variables filled from what the quote says is true.

The popup (Enter on a courier's row) and the command line (``quickreply fee --json``) build it here, so both copy the
same words. A reply names the courier that ships, what the buyer pays and why when it is not simply that courier's
fee (the shop charges by its default courier's fee, an upgrade, a remote region, free shipping), the charged weight
when the parcel's volume decides it, and the days.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from ..variables import Context, preview
from .quotes import Quote
from .rates import CENT, FeeError

#: The variables a fee reply may use, with what each holds (for the docs and the reply check).
VARIABLES: Final = {
    "地区": "寄往的省份，如 新疆",
    "重量": "包裹的实际重量（公斤），如 2.3",
    "计费重量": "买家运费按的计费重量（公斤）：体积大时是体积重，如 4.5",
    "重量说明": "实际重量，体积决定计费时加上计费重量，如 1公斤（按体积算4.5公斤计费）",
    "快递": "发货的快递，如 邮政",
    "买家付": "买家要付的运费（元），如 25.00",
    "运费": "同 {买家付}：买家要付的运费（元）",
    "快递运费": "这家快递收店铺的运费（元），如 18.00",
    "运费说明": "买家付多少、为什么，如 运费按本店默认快递极兔的价格算，是25.00元",
    "时效": "预计几天送达，如 5-9",
}


def yuan(amount: Decimal) -> str:
    """Money as a reply writes it: to the fen, ``25.00``."""
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP)}"


def kg(weight: Decimal) -> str:
    """A weight as a reply and the popup write it: at most two decimals, no trailing zeros (``4.5``, ``2``,
    ``4.49``)."""
    return f"{weight.quantize(CENT, rounding=ROUND_HALF_UP).normalize():f}"


def days(quote: Quote) -> str:
    """The delivery time in days as a reply writes it: ``2-4``, or ``3`` when both ends are the same."""
    if quote.eta is None:
        return ""
    low, high = quote.eta
    return str(low) if low == high else f"{low}-{high}"


def weight_priced(quote: Quote) -> bool:
    """Whether what the buyer pays depends on the parcel's weight (free shipping without a difference to pay
    does not)."""
    return not quote.free or quote.by_difference


def volume_decides(quote: Quote) -> bool:
    """Whether the buyer's price follows a charged weight above the actual one (the parcel's volume)."""
    actual = quote.actual_kg
    priced = quote.priced_kg
    return weight_priced(quote) and actual is not None and priced is not None and priced > actual


def _money(quote: Quote) -> str:
    """What the buyer pays and why, in words a buyer reads: every amount in it is one the quote holds."""
    assert quote.buyer_pays is not None
    parts: list[str] = []
    if quote.free:
        parts.append("这单包邮")
    elif quote.charged_by and quote.charged_by != quote.courier:
        parts.append(f"运费按本店默认快递{quote.charged_by}的价格算，是{yuan(quote.base)}元")
    else:
        parts.append(f"运费是{yuan(quote.base)}元")
    if quote.upgrade > 0:
        how = "补差价" if quote.by_difference else "加"
        parts.append(f"换{quote.courier}发需要{how}{yuan(quote.upgrade)}元")
    if quote.remote_fee > 0:
        parts.append(f"偏远地区加收{yuan(quote.remote_fee)}元")
    if len(parts) > 1:
        parts.append(f"一共{yuan(quote.buyer_pays)}元")
    return "，".join(parts)


def reply_values(quote: Quote) -> dict[str, str]:
    """The fee reply's variables (``VARIABLES``) for ``quote``.

    Raises:
        FeeError: the quote has no price for the buyer (the courier cannot deliver there, or the shop does not
            ship there): there is no fee reply to copy.
    """
    if not quote.reachable or quote.buyer_pays is None:
        raise FeeError(f"{quote.courier}寄往{quote.province}没有买家运费，不能回复运费。")
    actual = quote.actual_kg if quote.actual_kg is not None else quote.chargeable_kg
    priced = quote.priced_kg if quote.priced_kg is not None and weight_priced(quote) else actual
    weight = f"{kg(actual)}公斤"
    if volume_decides(quote):
        weight += f"（按体积算{kg(priced)}公斤计费）"
    paid = yuan(quote.buyer_pays)
    return {
        "地区": quote.province,
        "重量": kg(actual),
        "计费重量": kg(priced),
        "重量说明": weight,
        "快递": quote.courier,
        "买家付": paid,
        "运费": paid,
        "快递运费": yuan(quote.fee) if quote.fee is not None else "",
        "运费说明": _money(quote),
        "时效": days(quote),
    }


def fee_reply(
    body: str,
    quote: Quote,
    remembered: Mapping[str, str] | None = None,
    context: Context | None = None,
) -> str:
    """The text to copy for ``quote``: ``body`` (the fee reply template, or ``fee_question.DEFAULT_FEE_REPLY``)
    with the quote's variables (``reply_values``) filled in.

    Args:
        body: the template body.
        quote: a reachable quote with a buyer price.
        remembered: values for the template's other variables (the library's remembered ones); the quote's own
            values win over them.
        context: what ``{店铺}``, ``{客服}``, ``{日期}`` and ``{剪贴板}`` are filled with.

    A variable still without a value shows as 【名称】, as in the popup's preview.

    Raises:
        FeeError: the quote has no price for the buyer.
    """
    values = {**(remembered or {}), **reply_values(quote)}
    return preview(body, values, context or Context())
