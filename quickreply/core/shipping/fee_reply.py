"""The fee reply a buyer gets for one quote: the text the popup copies and ``quickreply fee --json`` shows.

One function builds it for both, so what a script checks is what an agent pastes. The wording is the caller's (the
library's fee reply template, or ``fee_question.DEFAULT_FEE_REPLY``); this module only fills it for a quote.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..variables import Context, preview
from .measures import plain
from .quotes import Quote


def eta_days(q: Quote) -> str:
    """The days a quote takes as a reply says them: "2-4", "3"; "" when it has none."""
    if q.eta is None:
        return ""
    low, high = q.eta
    return str(low) if low == high else f"{low}-{high}"


def fee_reply_values(q: Quote, weight_kg: Decimal) -> dict[str, str]:
    """The fee reply's own variables for ``q``: {地区} {重量} {快递} {运费} {时效}; ``weight_kg`` is the weight
    asked."""
    return {
        "地区": q.province,
        "重量": format(plain(weight_kg), "f"),
        "快递": q.courier,
        "运费": "" if q.buyer_pays is None else f"{q.buyer_pays:.2f}",
        "时效": eta_days(q),
    }


def fee_reply_text(
    body: str, q: Quote, weight_kg: Decimal, remembered: Mapping[str, str], context: Context
) -> str | None:
    """``body`` filled for the quote ``q``, as it would be copied; None when the courier cannot deliver there or
    has no price (there is nothing true to tell the buyer).

    Args:
        body: the fee reply's wording.
        weight_kg: the weight asked, in kg.
        remembered: values of the body's other fields (the library's remembered values).
        context: what {店铺}, {客服} and {剪贴板} are filled with.
    """
    if not q.reachable or q.buyer_pays is None:
        return None
    return preview(body, {**remembered, **fee_reply_values(q, weight_kg)}, context)
