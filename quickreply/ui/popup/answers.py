"""What the popup answers instead of search results: the prices for a fee question, the courier of a tracking number.

Both are kinds of ``Answer``: Enter copies their reply (``reply_chosen``), the arrows choose within them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QListView, QWidget

from quickreply.core import Library, QuickReplyError, Template
from quickreply.core.search.buyer_text import reads_like_message
from quickreply.core.shipping import buyer_messages, fee_question, fee_store, reach, regions, tracking_numbers
from quickreply.core.shipping.fee_reply import fee_reply
from quickreply.core.shipping.quotes import Quote, ShopPolicy, quote
from quickreply.core.shipping.rates import RateTable, parse_weight
from quickreply.core.variables import Context, preview

from ..wording import fill
from .fee_results import FeeResults
from .results import ResultsModel
from .results_area import ResultsArea


class FeeAnswer(QObject):
    """运费 地区 重量 [长x宽x高] [快递] typed in the popup: every courier's price in its fee table, and the fee reply
    for the chosen courier (the template with shortcut ``FEE_REPLY_SHORTCUT``, or the default wording).

    It takes over only when it understands a place or a weight: ``运费险``, ``运费`` and ``yf`` alone are words
    to search (the 运费险 replies), not fee questions. Below the prices, the replies the question's words find
    (偏远地区运费 for 新疆): the arrows go on from the last courier into them, and Enter copies the one chosen.

    A buyer's message with a place and a weight in it ("发新疆 3公斤多少运费") is answered the same way, when the fee
    table has a price for it; otherwise the search answers the message.

    A place without a weight (运费 西藏, or a buyer's "能发西藏吗") is answered with who delivers there and in how many
    days, and who does not (``core.shipping.reach``); Enter copies the kind reply that says so.

    Quotes from couriers still at the bundled sample prices show ``sample_note`` (示例价格) above the prices.

    Args:
        area: where the prices (``fees``, on ``page``, one of its pages) and the reply show.
        replies: the list under the prices, showing ``replies_model``.
        sample_note: the line over the prices that says they are sample prices (hidden otherwise).
        context: what ``{店铺}``, ``{客服}`` and ``{剪贴板}`` are filled with.
        notice: above the prices, the words of the question not understood ("没看懂：的箱子"); hidden when none.

    Signals:
        reply_chosen(str, object, bool): the text to copy, the template it was made from (None: the default wording),
            whether the popup stays open.
        template_chosen(Template, bool, dict): copy this reply from the list under the prices (its form first).
    """

    reply_chosen = Signal(str, object, bool)
    template_chosen = Signal(object, bool, object)

    def __init__(
        self,
        library: Library,
        area: ResultsArea,
        fees: FeeResults,
        context: Callable[[], Context],
        parent: QObject | None = None,
        replies: QListView | None = None,
        page: QWidget | None = None,
        notice: QLabel | None = None,
        sample_note: QLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.area = area
        self.fees = fees
        self.page: QWidget = page if page is not None else fees
        self.replies = replies
        self.replies_model = replies.model() if replies is not None else None
        # Which reply under the prices is chosen; None: a courier's price is.
        self.on_reply: int | None = None
        self.context = context
        self.notice = notice
        self.table = RateTable([], [])
        self.policy: ShopPolicy | None = None
        # A row chosen with the mouse: the preview shows what Enter will copy, as it does for the arrows.
        fees.currentCellChanged.connect(self._courier_chosen)
        self.weight = ""
        self.sample_note = sample_note
        self.samples: frozenset[str] = frozenset()
        # The reply for a 能发吗 question (no weight) while it is shown; None when prices are.
        self.reach_reply: str | None = None

    def load(self) -> None:
        """Read the fee table and the shop's policy: once per show, never per keystroke."""
        self.table = fee_store.rate_table(self.library.db)
        self.policy = fee_store.shop_policy(self.library)
        self.samples = fee_store.sample_couriers(self.library.db)

    def _show_quotes(self, quotes: list[Quote]) -> None:
        self.area.show(self.page)
        self.fees.show_quotes(quotes)
        if self.sample_note is not None:
            self.sample_note.setVisible(any(q.courier in self.samples for q in quotes))

    def courier_words(self) -> list[str]:
        """The couriers' names and codes, which a fee question may end with."""
        return [w for c in self.table.couriers for w in (c.name, c.code) if w]

    def show(self, query: str) -> bool:
        """Answer ``query`` when it is a fee question with a place or a weight in it (see ``_quote``); False when it
        is not one."""
        question = fee_question.parse(query, self.courier_words())
        if question is None:
            return self._message(query)
        if not understood(question):
            return False
        self.on_reply = None
        self.reach_reply = None
        self._quote(question)
        self._related(question)
        return True

    def _related(self, question: fee_question.FeeQuestion) -> None:
        """The replies under the prices: what 运费 and the place find, else the place alone, else 运费."""
        if not isinstance(self.replies_model, ResultsModel) or self.replies is None:
            return
        fee_reply = self.template()
        hits = []
        for words in (f"运费 {question.place}", question.place, "运费"):
            if words.strip():
                found = self.library.search(words, limit=5)
                hits = [h for h in found if fee_reply is None or h.template.id != fee_reply.id]
                if hits:
                    break
        self.replies_model.set_hits(hits[:4])
        self.replies.setVisible(bool(hits))
        self.replies.clearSelection()

    def _message(self, query: str) -> bool:
        """The prices for the parcel a buyer's message asks about; False (nothing shown) when it asks none, or the
        fee table cannot answer it: the replies found for the message say more than a message about the table."""
        if not self.table.rows or self.policy is None or not reads_like_message(query):
            return False
        question = buyer_messages.fee_question_in(query, tuple(self.courier_words()))
        if question is None:
            return False
        self.reach_reply = None
        if not question.weight:
            return self._reach(question)
        try:
            quotes = quote(self.table, self.policy, question.place, question.weight, None, question.courier or None)
        except QuickReplyError:
            return False
        if not any(q.reachable and q.buyer_pays is not None for q in quotes):
            return False
        self.on_reply = None
        self._say_notice("")
        if self.replies is not None:
            self.replies.hide()  # a buyer's message: the replies the search finds for it are one key away anyway
        self._show_quotes(quotes)
        self.show_preview()
        return True

    def _quote(self, question: fee_question.FeeQuestion) -> None:
        """Every courier's price for the parcel, the buyer's price first; or what is missing to answer."""
        area = self.area
        self.fees.show_quotes([])
        self._say_notice("")
        if not self.table.rows or self.policy is None:
            area.say(self.tr("No fee table yet: import one in Manage… → Fee tables, or with quickreply fees import."))
            return
        if not question.complete:
            if not (question.place and self._reach(question)):
                hint = self.tr("Type 运费, a place and a weight, e.g. 运费 新疆 2.3 (then a size 30x20x10, a courier).")
                area.say(f"{question.notice}。{hint}" if question.notice else hint)
            return
        try:
            quotes = quote(
                self.table,
                self.policy,
                question.place,
                question.weight,
                question.size or None,
                question.courier or None,
            )
        except QuickReplyError as exc:
            area.say(str(exc))
            return
        self._show_quotes(quotes)
        self._say_notice(question.notice)
        self.show_preview()

    def _courier_chosen(self, row: int, _column: int, previous: int, _previous_column: int) -> None:
        if row == previous or row < 0:
            return
        self.on_reply = None
        if self.replies is not None:
            self.replies.clearSelection()
        self.show_preview()

    def _say_notice(self, text: str) -> None:
        if self.notice is not None:
            self.notice.setText(text)
            self.notice.setVisible(bool(text))

    def _reach(self, question: fee_question.FeeQuestion) -> bool:
        """Who delivers to the place asked and in how many days, the reply to copy in the preview; False (nothing
        shown) when the place is not one or the table has no courier."""
        if not self.table.couriers or self.policy is None:
            return False
        try:
            place = regions.province_of(question.place)
            asked = self.table.courier(question.courier).name if question.courier else ""
        except QuickReplyError:
            return False
        reaches = reach.who_delivers(self.table, place)
        ships = place not in self.policy.not_served
        going = "、".join(f"{r.courier} {reach.days(r.eta)}" for r in reaches if r.eta is not None)
        missing = "、".join(r.courier for r in reaches if r.eta is None)
        text = fill(self.tr("Delivers to %1: %2."), place, going or "—")
        if missing:
            text += " " + fill(self.tr("Not served: %1."), missing)
        if not ships:
            text += " " + fill(self.tr("Your shop policy does not ship to %1."), place)
        if any(r.courier in self.samples for r in reaches):
            text += "\n" + self.tr("Sample prices (示例价格): import your shop's fee table in Manage… → Fee tables.")
        self.area.say(text + "\n" + self.tr("Enter copies the reply below."))
        self.reach_reply = reach.reach_reply(place, reaches, shop_ships=ships, asked=asked)
        self.area.preview.setPlainText(self.reach_reply)
        return True

    def template(self) -> Template | None:
        try:
            return self.library.get(fee_question.FEE_REPLY_SHORTCUT)
        except QuickReplyError:
            return None

    def reply(self) -> str | None:
        """The fee reply for the chosen courier (``core.shipping.fee_reply``: the courier that ships, what the buyer
        pays and why, the charged weight when volume decides it, the days); None when it cannot deliver there or has
        no price."""
        chosen = self.fees.current()
        if chosen is None or not chosen.reachable or chosen.buyer_pays is None:
            return None
        template = self.template()
        body = template.body if template is not None else fee_question.DEFAULT_FEE_REPLY
        return fee_reply(body, chosen, self.library.values.for_body(body), self.context())

    def chosen_reply(self) -> Template | None:
        """The reply chosen in the list under the prices; None when a courier's price is chosen."""
        if self.on_reply is None or not isinstance(self.replies_model, ResultsModel):
            return None
        hit = self.replies_model.hit(self.on_reply)
        return hit.template if hit is not None else None

    def show_preview(self) -> None:
        if self.reach_reply is not None:
            self.area.preview.setPlainText(self.reach_reply)
            return
        template = self.chosen_reply()
        if template is not None:
            values = self.library.values.for_body(template.body)
            self.area.preview.setPlainText(preview(template.body, values, self.context()))
            return
        self.area.preview.setPlainText(self.reply() or "")

    def enter(self, keep_open: bool) -> None:
        """Copy the reply for the chosen courier, or the reply chosen under the prices; nothing when the courier has
        none (not served there, no price)."""
        if self.reach_reply is not None:
            self.reply_chosen.emit(self.reach_reply, None, keep_open)
            return
        template = self.chosen_reply()
        if template is not None:
            self.template_chosen.emit(template, keep_open, {})
            return
        reply = self.reply()
        if reply is not None:
            self.reply_chosen.emit(reply, self.template(), keep_open)

    def move(self, rows: int) -> None:
        """Choose the next courier down or up, one row per key (also PgUp and PgDn); down from the last courier into
        the replies under the prices, and up from the first of them back to the couriers."""
        if self.reach_reply is not None:
            return  # one reply: nothing to choose
        down = rows > 0
        count = self.replies_model.rowCount() if self.replies is not None and self.replies.isVisible() else 0
        last_courier = self.fees.currentRow() >= len(self.fees.quotes) - 1
        if self.on_reply is None and down and last_courier and count and self.replies_model is not None:
            self.on_reply = 0
        elif self.on_reply is not None:
            self.on_reply = min(self.on_reply + 1, count - 1) if down else self.on_reply - 1
            if self.on_reply < 0:
                self.on_reply = None
        else:
            self.fees.move_choice(1 if down else -1)
        if self.replies is not None and self.replies_model is not None:
            if self.on_reply is None:
                self.replies.clearSelection()
                self.replies.setCurrentIndex(self.replies_model.index(-1, 0))
            else:
                self.replies.setCurrentIndex(self.replies_model.index(self.on_reply, 0))
        self.show_preview()


def understood(question: fee_question.FeeQuestion) -> bool:
    """Whether a fee question names a place or a weight the fee mode can work with: 运费险 (险), 运费 alone do not."""
    try:
        parse_weight(question.weight)
        return True
    except QuickReplyError:
        pass
    place = question.place.strip()
    if not place:
        return False
    for read in (regions.province, regions.province_in_address):
        try:
            read(place)
            return True
        except QuickReplyError:
            continue
    return False


class TrackingAnswer(QObject):
    """A tracking number pasted into the popup: whose it is, said in ``area``, and the logistics reply Enter copies.

    With the library's logistics reply (the 物流查询 template, using {快递} and {单号}), Enter opens its form with the
    courier and the number filled in (``template_chosen``), and the preview shows it so; without one, the built-in
    wording is copied as it is (``reply_chosen``).

    Signals:
        reply_chosen(str, object, bool): the text to copy, None (no template: the wording is built in), whether the
            popup stays open.
        template_chosen(Template, bool, dict): copy this reply, its form filled with these values first.
    """

    reply_chosen = Signal(str, object, bool)
    template_chosen = Signal(object, bool, object)

    def __init__(
        self,
        area: ResultsArea,
        parent: QObject | None = None,
        library: Library | None = None,
        context: Callable[[], Context] | None = None,
    ) -> None:
        super().__init__(parent)
        self.area = area
        self.library = library
        self.context = context
        self.reply = ""
        self.template: Template | None = None
        self.values: dict[str, str] = {}

    def show(self, query: str) -> bool:
        """Say whose tracking number ``query`` is and preview the reply. False when it is not one."""
        words = query.split()
        number = tracking_numbers.normalise(words[0]) if len(words) == 1 else ""
        if not (10 <= len(number) <= 32 and number.isalnum()):
            return False
        candidates = tracking_numbers.recognise(number)
        if not candidates or candidates[0].confidence < buyer_messages.SURE:
            return False
        self.reply = tracking_numbers.reply_for(number, candidates)
        self.template = buyer_messages.logistics_reply(self.library) if self.library is not None else None
        self.values = buyer_messages.tracking_values(self.template, number) if self.template is not None else {}
        if not self.values:
            self.template = None
        best = candidates[0]
        self.area.say(
            fill(
                self.tr("Tracking number of %1 (%2% sure). Enter copies the reply below."),
                best.courier,
                round(best.confidence * 100),
            )
        )
        if self.template is not None and self.library is not None:
            body = self.template.body
            values = {**self.library.values.for_body(body), **self.values}
            context = self.context() if self.context is not None else Context()
            self.area.preview.setPlainText(preview(body, values, context))
        else:
            self.area.preview.setPlainText(self.reply)
        return True

    def enter(self, keep_open: bool) -> None:
        """Copy the logistics reply: the library's, through its form filled in; else the built-in wording."""
        if self.template is not None:
            self.template_chosen.emit(self.template, keep_open, dict(self.values))
            return
        self.reply_chosen.emit(self.reply, None, keep_open)

    def move(self, rows: int) -> None:
        """Nothing to choose: there is one reply. (The replies the last search listed are hidden, not choices.)"""
