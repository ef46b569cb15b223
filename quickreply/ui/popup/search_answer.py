"""The popup's usual answer: the replies a query finds, best first, the current one previewed as it will be pasted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListView

from quickreply.core import Library, Template
from quickreply.core.variables import Context, preview

from .results import ResultsModel
from .results_area import ResultsArea
from .rule_warning import RuleWarning


class SearchAnswer(QObject):
    """The search's hits in ``view`` (over ``model``), a page of ``area``; the preview follows the current row.

    Enter chooses the current reply, or the one ``warning`` is about: Enter again copies it anyway.

    Args:
        context: what ``{店铺}``, ``{客服}`` and ``{剪贴板}`` are filled with.

    Signals:
        template_chosen(Template, bool): copy this reply (its rule check and its form come first); whether the popup
            stays open.
    """

    template_chosen = Signal(object, bool)

    def __init__(
        self,
        library: Library,
        area: ResultsArea,
        model: ResultsModel,
        view: QListView,
        warning: RuleWarning,
        context: Callable[[], Context],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.area = area
        self.model = model
        self.view = view
        self.warning = warning
        self.context = context
        view.selectionModel().currentChanged.connect(self.show_preview)

    def show(self, query: str) -> bool:
        """List what ``query`` finds, the first row current; or say what to try. Every query is a search."""
        hits = self.library.search(query, limit=50)
        self.model.set_hits(hits)
        if hits:
            self.area.show(self.view)
            self.view.setCurrentIndex(self.model.index(0))
        else:
            self.area.say(
                self.tr("No favourites or recent replies yet: type to search.")
                if not query.strip()
                else self.tr("Nothing matches. Try fewer letters, initials (tk) or @category.")
            )
        return True

    def current(self) -> Template | None:
        """The reply of the current row; None when nothing is listed."""
        hit = self.model.hit(self.view.currentIndex().row())
        return hit.template if hit is not None else None

    def enter(self, keep_open: bool) -> None:
        """Choose the reply the warning waits on, else the current one."""
        pending = self.warning.pending
        template = pending[0] if pending is not None else self.current()
        if template is not None:
            self.template_chosen.emit(template, keep_open)

    def move(self, rows: int) -> None:
        """Make the row ``rows`` away current, stopping at the first and the last."""
        count = self.model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        self.view.setCurrentIndex(self.model.index(min(max(row + rows, 0), count - 1)))

    def show_preview(self) -> None:
        """The current reply as it will be pasted, with the values typed last time; another row drops the warning."""
        self.warning.dismiss()
        template = self.current()
        if template is None:
            self.area.preview.clear()
            return
        self.area.preview.setPlainText(preview(template.body, self.library.values.last(), self.context()))
