"""The popup's usual answer: the replies a query finds, best first, the current one previewed as it will be pasted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListView

from quickreply.core import Hit, Library, Template
from quickreply.core.search.buyer_text import reads_like_message
from quickreply.core.shipping import buyer_messages
from quickreply.core.variables import Context, preview

from .results import ResultsModel
from .results_area import ResultsArea
from .rule_warning import RuleWarning

# What of a long paste is searched: more than any buyer's message, and the search stays well under a frame.
SEARCHED_CHARS = 500


class SearchAnswer(QObject):
    """The search's hits in ``view`` (over ``model``), a page of ``area``; the preview follows the current row.

    A buyer's message is searched by meaning too (``core.shipping.buyer_messages``): a tracking number in it brings
    the logistics reply first, its number filled in (``Hit.values``, handed on with the reply). A logistics reply
    ({快递} and {单号}, the 物流查询 form) chosen otherwise takes them from a tracking number in the query, else on
    the clipboard (``clipboard``: a text the agent copied, never one of our replies).

    Enter chooses the current reply, or the one ``warning`` is about: Enter again copies it anyway.

    Args:
        context: what ``{店铺}``, ``{客服}`` and ``{剪贴板}`` are filled with.
        clipboard: the text the agent copied last ("" when none, or it is one of our replies).

    Signals:
        template_chosen(Template, bool, dict): copy this reply (its rule check and its form come first); whether the
            popup stays open; the values the query gave for its variables.
    """

    template_chosen = Signal(object, bool, object)

    def __init__(
        self,
        library: Library,
        area: ResultsArea,
        model: ResultsModel,
        view: QListView,
        warning: RuleWarning,
        context: Callable[[], Context],
        parent: QObject | None = None,
        clipboard: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.area = area
        self.model = model
        self.view = view
        self.warning = warning
        self.context = context
        self.clipboard = clipboard
        self.query = ""
        view.selectionModel().currentChanged.connect(self.show_preview)

    def show(self, query: str) -> bool:
        """List what ``query`` finds, the first row current; or say what to try. Every query is a search."""
        query = self.query = query[:SEARCHED_CHARS]
        hits = buyer_messages.search(self.library, query, limit=50)
        self.model.set_hits(hits, query)
        if hits:
            self.area.show(self.view)
            self.view.setCurrentIndex(self.model.index(0))
        elif not query.strip():
            self.area.say(self.tr("No favourites or recent replies yet: type to search."))
        elif reads_like_message(query):
            self.area.say(
                self.tr(
                    "Nothing found for this message. Try a few of its words (退款, 发货), initials (tk) or @category."
                )
            )
        else:
            self.area.say(self.tr("Nothing matches. Try fewer letters, initials (tk) or @category."))
        return True

    def current_hit(self) -> Hit | None:
        """The current row's hit; None when nothing is listed."""
        return self.model.hit(self.view.currentIndex().row())

    def current(self) -> Template | None:
        """The reply of the current row; None when nothing is listed."""
        hit = self.current_hit()
        return hit.template if hit is not None else None

    def enter(self, keep_open: bool) -> None:
        """Choose the reply the warning waits on, else the current one."""
        pending = self.warning.pending
        hit = self.current_hit()
        template = pending[0] if pending is not None else hit.template if hit is not None else None
        if template is not None:
            values = self._given(hit) if hit is not None and hit.template.id == template.id else {}
            self.template_chosen.emit(template, keep_open, values)

    def _given(self, hit: Hit) -> dict[str, str]:
        """The values the query gave for ``hit``'s fields: those of the buyer's message, else a tracking number in
        the query or on the clipboard for a logistics reply."""
        if hit.values:
            return hit.values
        copied = self.clipboard() if self.clipboard is not None else ""
        return buyer_messages.tracking_values(hit.template, self.query, copied)

    def move(self, rows: int) -> None:
        """Make the row ``rows`` away current, stopping at the first and the last."""
        count = self.model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        self.view.setCurrentIndex(self.model.index(min(max(row + rows, 0), count - 1)))

    def show_preview(self) -> None:
        """The current reply as it will be pasted, with the values typed last time (none for a per-buyer field);
        another row drops the warning."""
        self.warning.dismiss()
        hit = self.current_hit()
        if hit is None:
            self.area.preview.clear()
            return
        values = {**self.library.values.for_body(hit.template.body), **self._given(hit)}
        self.area.preview.setPlainText(preview(hit.template.body, values, self.context()))
