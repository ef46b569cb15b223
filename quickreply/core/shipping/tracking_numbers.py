"""Which courier a pasted tracking number (运单号) belongs to, and the logistics reply that goes with it.

The rules in :data:`RULES` are heuristics written from how these numbers commonly look; couriers change their
formats without notice and the all-digit formats overlap. They rank guesses so an agent can answer quickly — the
buyer's order page ("查看物流") is the authority on who carries a parcel, and every reply points there.

Letter-prefixed formats are near-certain (``SF``, ``YT``, ``JT``, ``JD…``, ``DPK``, international ``EA123456789CN``).
All-digit numbers get several candidates, best first: a rule on the leading digits ranks high, a rule on the length
alone ranks low. For example a 14-digit number starting 73–78 is 中通 first, then 申通; a 13-digit number starting 11
is 邮政快递包裹, then EMS, then 韵达 and 申通.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quickreply.core.errors import QuickReplyError
from quickreply.core.folding import fold
from quickreply.core.visible import visible

__all__ = ["RULES", "Candidate", "Rule", "TrackingError", "checked", "normalise", "recognise", "reply_for"]

# Longer than any courier's format by a margin; anything past it is not a tracking number.
_MAX_LENGTH = 32
_HYPHENS = re.compile(r"[-‐‑‒–—―−﹣－_]+")
# Below this the reply names the courier as a likely match rather than a fact.
_SURE = 0.6


class TrackingError(QuickReplyError):
    """The tracking number cannot be looked at (nothing was pasted, or it is not letters and digits)."""


@dataclass(frozen=True)
class Candidate:
    """One courier a tracking number may belong to.

    Args:
        courier: the courier's Chinese name, as the buyer sees it (顺丰速运).
        code: a short code (SF, ZTO, …).
        confidence: 0–1; how sure the rule that matched is.
        reason: why, in a few Chinese words (SF 开头 + 13 位数字).
    """

    courier: str
    code: str
    confidence: float
    reason: str


@dataclass(frozen=True)
class Rule:
    """A number format: a normalised number that matches ``pattern`` fully points to ``courier``."""

    courier: str
    code: str
    pattern: re.Pattern[str]
    confidence: float
    reason: str


def _rule(courier: str, code: str, pattern: str, confidence: float, reason: str) -> Rule:
    # ASCII: without it \d is every script's digits, and ١٢٣… (Arabic-Indic) would pass for a 13-digit number.
    return Rule(courier, code, re.compile(pattern, re.ASCII), confidence, reason)


_SF = ("顺丰速运", "SF")
_ZTO = ("中通快递", "ZTO")
_YTO = ("圆通速递", "YTO")
_YD = ("韵达快递", "YD")
_STO = ("申通快递", "STO")
_JT = ("极兔速递", "JT")
_JD = ("京东物流", "JD")
_DBL = ("德邦快递", "DBL")
_YZPY = ("邮政快递包裹", "YZPY")
_EMS = ("EMS", "EMS")

RULES: tuple[Rule, ...] = (
    # Letter prefixes: the courier put its name in the number.
    _rule(*_SF, r"SF\d{13}", 0.98, "SF 开头 + 13 位数字"),
    _rule(*_SF, r"SF\d{12}", 0.97, "SF 开头 + 12 位数字"),
    _rule(*_YTO, r"YT\d{13}", 0.98, "YT 开头 + 13 位数字"),
    _rule(*_JT, r"JT\d{13}", 0.98, "JT 开头 + 13 位数字"),
    _rule(*_JD, r"JD[A-Z]{0,3}\d{8,15}", 0.95, "JD 开头 + 字母数字"),
    _rule(*_DBL, r"DPK\d{9,15}", 0.97, "DPK 开头 + 数字"),
    # International mail (UPU S10): two letters, nine digits, country. China Post carries all of it; E… is EMS.
    _rule(*_EMS, r"E[A-Z]\d{9}CN", 0.95, "E 开头两位字母 + 9 位数字 + CN"),
    _rule(*_YZPY, r"[A-Z]{2}\d{9}CN", 0.85, "两位字母 + 9 位数字 + CN"),
    _rule(*_EMS, r"[A-Z]{2}\d{9}CN", 0.5, "两位字母 + 9 位数字 + CN"),
    # All digits, by leading digits.
    _rule(*_ZTO, r"7[3-8]\d{12}", 0.85, "14 位数字，73–78 开头"),
    _rule(*_YD, r"(?:43|46|31)\d{13}", 0.85, "15 位数字，43/46/31 开头"),
    _rule(*_STO, r"77\d{13}", 0.75, "15 位数字，77 开头"),
    _rule(*_STO, r"(?:77|55)\d{11}", 0.75, "13 位数字，77/55 开头"),
    _rule(*_YZPY, r"(?:98|11)\d{11}", 0.7, "13 位数字，98/11 开头"),
    _rule(*_EMS, r"(?:10|11|50|51)\d{11}", 0.6, "13 位数字，10/11/50/51 开头"),
    # All digits, by length alone: weak.
    _rule(*_ZTO, r"\d{12}", 0.35, "12 位数字"),
    _rule(*_SF, r"\d{12}", 0.3, "12 位数字"),
    _rule(*_YD, r"\d{13}", 0.3, "13 位数字"),
    _rule(*_STO, r"\d{13}", 0.25, "13 位数字"),
    _rule(*_ZTO, r"\d{14}", 0.35, "14 位数字"),
    _rule(*_STO, r"\d{14}", 0.25, "14 位数字"),
    _rule(*_YD, r"\d{15}", 0.3, "15 位数字"),
    _rule(*_STO, r"\d{15}", 0.25, "15 位数字"),
)


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def normalise(number: str) -> str:
    """Return ``number`` as the rules read it.

    Full-width forms become ASCII (NFKC), spaces, invisible characters and hyphens go, punctuation around the number
    (``【…】``, quotes, a trailing full stop) goes, and letters are upper case: ``" ｓｆ 1234-5678 9012 3。"`` becomes
    ``"SF1234567890123"``.
    """
    text = _HYPHENS.sub("", fold(number))
    start, end = 0, len(text)
    while start < end and _is_punctuation(text[start]):
        start += 1
    while end > start and _is_punctuation(text[end - 1]):
        end -= 1
    return text[start:end].upper()


def _is_letter_or_digit(char: str) -> bool:
    return "A" <= char <= "Z" or "0" <= char <= "9"


def _named(char: str) -> str:
    shown = visible(char)
    return f"U+{ord(char):04X}" if shown != char else f"「{char}」（U+{ord(char):04X}）"


def checked(number: str) -> str:
    """Return ``number`` normalised (see :func:`normalise`), refusing what is not a tracking number's characters.

    Couriers write their numbers in ASCII letters and digits; full-width ones become those, and anything else left
    (digits of other scripts, Chinese, bidi or zero-width marks) is refused by name rather than matched on its length
    and shown back. The message quotes ``number`` with such characters escaped.

    Raises:
        TrackingError: ``number`` is empty, or holds other characters than letters and digits once normalised.
    """
    if not number.strip():
        raise TrackingError("请粘贴运单号")
    text = normalise(number)
    odd = list(dict.fromkeys(c for c in text if not _is_letter_or_digit(c)))
    if odd:
        named = "、".join(map(_named, odd[:3])) + (" 等" if len(odd) > 3 else "")
        raise TrackingError(
            f"运单号「{visible(number.strip())}」里有英文字母和数字以外的字符：{named}。"
            "运单号只由字母和数字组成，如 SF1234567890123：请只粘贴运单号本身。"
        )
    return text


def recognise(number: str) -> list[Candidate]:
    """Return the couriers ``number`` may belong to, most likely first; ``[]`` when no format fits.

    Each courier appears once, with its best-matching rule. Ties keep the order of :data:`RULES`.

    Raises:
        TrackingError: ``number`` is empty or only whitespace.
    """
    if not number.strip():
        raise TrackingError("请粘贴运单号")
    text = normalise(number)
    if not text or len(text) > _MAX_LENGTH:
        return []
    best: dict[str, Candidate] = {}
    for rule in RULES:
        if rule.courier in best or not rule.pattern.fullmatch(text):
            continue
        best[rule.courier] = Candidate(rule.courier, rule.code, rule.confidence, rule.reason)
    # sorted() is stable, so equal confidences keep the table's order.
    return sorted(best.values(), key=lambda c: -c.confidence)


def reply_for(number: str, candidates: list[Candidate]) -> str:
    """Return a polite logistics reply for the best of ``candidates``.

    The number is shown normalised. A confident match names the courier as the carrier; a weak one names it as the
    likely one; no candidate (or no number) sends the buyer to the order page, which is right in every case.
    """
    text = normalise(number)
    if not candidates or not text or len(text) > _MAX_LENGTH:
        return "亲，在订单页点击“查看物流”就能看到承运快递和实时进度哦～"
    best = max(candidates, key=lambda c: c.confidence)
    if best.confidence >= _SURE:
        return f"亲，您的包裹由{best.courier}承运，运单号{text}，在订单页点击“查看物流”就能看到实时进度哦～"
    return f"亲，运单号{text}看起来是{best.courier}的单号，在订单页点击“查看物流”就能看到承运快递和实时进度哦～"
