"""The popup: type, see the right reply, press Enter. Built once and shown on every hotkey press."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QHideEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library, QuickReplyError, Template
from quickreply.core.library.settings import (
    AGENT_NAME,
    POPUP_POSITION,
    POPUP_SIZE,
    SHOP_NAME,
    SUGGEST_FROM_CLIPBOARD,
    TYPE_CHINESE_IN_POPUP,
)
from quickreply.core.shipping import fee_question
from quickreply.core.variables import Context, expand, preview, to_ask

from ..plain_text import plain_label
from .answers import FeeAnswer, TrackingAnswer
from .asked import AskedMessage
from .banner import Banner
from .fee_results import FeeResults
from .our_clipboard import OurClipboard
from .results import HitDelegate, ResultsModel
from .results_area import Answer, ResultsArea
from .rule_breaks import RuleBreaks
from .rule_warning import RuleWarning
from .search_answer import SEARCHED_CHARS, SearchAnswer
from .variable_form import VariableForm

log = logging.getLogger(__name__)

RULES_AFTER_SHOW_MS = 100
MAX_QUERY_CHARS = 2000

STYLE = """
#popup { background: palette(window); border: 1px solid palette(mid); border-radius: 8px; }
QLineEdit#search { font-size: 16px; padding: 8px 10px; border: 1px solid palette(mid); border-radius: 6px; }
QToolButton#chinese { font-size: 14px; padding: 6px 8px; border: 1px solid palette(mid); border-radius: 6px; }
QToolButton#chinese:checked { background: palette(highlight); color: palette(highlighted-text); }
QLabel#hint { color: palette(placeholder-text); font-size: 11px; }
QLabel#banner { color: palette(placeholder-text); font-size: 12px; padding: 0 2px; }
QLabel#formTitle { font-weight: bold; font-size: 14px; }
QLabel#sampleNote { color: #b26a00; }
QLabel#ruleWarning { background: #fdecea; color: #b71c1c; border: 1px solid #f5c2c0; border-radius: 6px; padding: 6px; }
"""


class SearchBox(QLineEdit):
    """The query line. Letters reach it as they are typed, past the agent's input method, unless the agent turned
    on typing Chinese here (``set_chinese``).

    Agents keep their pinyin input method in Chinese mode all day, for the chat. Through it, ``tk`` would be a
    composition (坦克) that searches nothing until committed, with the candidate window over the results, and the
    first Enter would only commit the letters. The search reads pinyin itself, so the box tells the platform it takes
    no input method (``inputMethodQuery(ImEnabled)`` answering False: with Qt 6.8 the widget attribute alone is
    not enough): every letter searches at once and one Enter copies. Chinese characters still come in by paste, and
    by the input method once the agent turns it on (Ctrl+I, the 中 button, or the setting).
    """

    def __init__(self) -> None:
        super().__init__()
        self.composing = False
        self.chinese = False
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        # A line edit holding a 100,000-character paste takes a frame per keystroke by itself; no query is that long.
        self.setMaxLength(MAX_QUERY_CHARS)

    def set_chinese(self, on: bool) -> None:
        """Let the input method compose in the box (``on``), or send letters straight to the search."""
        if on == self.chinese:
            return
        if not on and self.composing:
            QGuiApplication.inputMethod().commit()  # what was being composed stays, as the agent saw it
        self.chinese = on
        self.composing = False
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, on)
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImEnabled)

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        if query == Qt.InputMethodQuery.ImEnabled and not self.chinese:
            return False
        return super().inputMethodQuery(query)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.composing = self.chinese and bool(event.preeditString())
        super().inputMethodEvent(event)


class Popup(QWidget):
    """Search box, results, preview; a variables form when a template asks for values.

    When it opens on a buyer's message (copied just before, or the text selected in the chat: ``show_popup``), the
    results are the suggestions for it, the search box empty: typing searches as usual.

    Signals:
        copied(str, bool): the text now on the clipboard, and whether the popup stays open (Ctrl+Enter).
    """

    copied = Signal(str, bool)

    def __init__(self, library: Library) -> None:
        super().__init__(
            None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.library = library
        self.close_on_focus_loss = True
        self.setObjectName("popup")
        self.setWindowTitle(self.tr("QuickReply"))
        self.setStyleSheet(STYLE)
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Type pinyin, initials, a shortcut or Chinese; @category to narrow"))
        self.banner = Banner()
        self.ours = OurClipboard(QGuiApplication.clipboard())
        self.asked = AskedMessage(library)
        # The buyer's message the results answer while the search box is empty ("" when none).
        self.suggesting = ""
        self.rule_breaks = RuleBreaks(library)
        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.setInterval(RULES_AFTER_SHOW_MS)
        self._rules_timer.timeout.connect(self._reload_rules)
        # The first reading costs the most (~60 ms, imports included): pay it at start, not during a keystroke.
        self.rule_breaks.reload()
        self.model = ResultsModel(self.rule_breaks.marked)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide instead
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = plain_label()  # messages quote the query, a buyer's message, a category
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        results_page = QStackedWidget()
        results_page.addWidget(self.results)
        results_page.addWidget(self.empty)
        self.fees = FeeResults()
        # The prices, and under them the replies the fee question's words find (偏远地区运费 for 新疆).
        self.fee_replies = QListView()
        # Held here as ``model`` is: a model only the view points at is freed by Python under it (a crash at exit).
        self.fee_replies_model = ResultsModel(self.rule_breaks.marked)
        self.fee_replies.setModel(self.fee_replies_model)
        self.fee_replies.setItemDelegate(HitDelegate(self.fee_replies))
        self.fee_replies.setUniformItemSizes(True)
        self.fee_replies.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fee_replies.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Over the prices while any of them is the bundled sample's (示例价格), never in the reply copied.
        self.fee_sample_note = QLabel(
            self.tr("Sample prices (示例价格): import your shop's fee table in Manage… → Fee tables.")
        )
        self.fee_sample_note.setObjectName("sampleNote")
        self.fee_sample_note.setWordWrap(True)
        self.fee_sample_note.hide()
        prices = QWidget()
        prices_layout = QVBoxLayout(prices)
        prices_layout.setContentsMargins(0, 0, 0, 0)
        prices_layout.addWidget(self.fee_sample_note)
        prices_layout.addWidget(self.fees, 1)
        fee_page = QSplitter(Qt.Orientation.Vertical)
        # Above the prices: the words of the fee question not understood (没看懂：的箱子), when there are any.
        self.fee_notice = plain_label()  # quotes the buyer's words
        self.fee_notice.setObjectName("hint")
        self.fee_notice.setWordWrap(True)
        self.fee_notice.hide()
        fee_page.addWidget(self.fee_notice)
        fee_page.addWidget(prices)
        fee_page.addWidget(self.fee_replies)
        fee_page.setStretchFactor(0, 0)
        fee_page.setStretchFactor(1, 3)
        fee_page.setStretchFactor(2, 2)
        results_page.addWidget(fee_page)
        self.area = ResultsArea(results_page, self.empty, self.preview)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(results_page)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        # The way to type Chinese characters here, in sight: off, letters search at once past the input method.
        self.chinese = QToolButton()
        self.chinese.setObjectName("chinese")
        self.chinese.setText("中")
        self.chinese.setCheckable(True)
        self.chinese.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chinese.setToolTip(
            self.tr(
                "Type Chinese characters through your input method (Ctrl+I). "
                "Off: letters search at once and one Enter copies, even with the input method in Chinese mode."
            )
        )
        self.chinese.toggled.connect(self._set_chinese)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.chinese)
        search_layout.addLayout(search_row)
        search_layout.addWidget(self.banner)
        search_layout.addWidget(split, 1)
        # Copying a reply that breaks platform rules asks first, here, without taking the focus from the search box.
        self.warning = RuleWarning()
        search_layout.addWidget(self.warning)
        self.search_answer = SearchAnswer(
            library, self.area, self.model, self.results, self.warning, self.context, self, self.ours.copied_text
        )
        self.fee_answer = FeeAnswer(
            library,
            self.area,
            self.fees,
            self.context,
            self,
            replies=self.fee_replies,
            page=fee_page,
            notice=self.fee_notice,
            sample_note=self.fee_sample_note,
        )
        self.tracking_answer = TrackingAnswer(self.area, self, library, self.context)
        # Asked in this order whether the query is theirs (运费 新疆 2.3, a pasted 运单号); a search takes any query.
        self.answers: tuple[Answer, ...] = (self.fee_answer, self.tracking_answer, self.search_answer)
        # The answer shown: Enter and the arrows are its business.
        self.mode: Answer = self.search_answer
        self.hint = QLabel(
            self.tr("↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close")
        )
        self.hint.setObjectName("hint")
        search_layout.addWidget(self.hint)
        self.form = VariableForm()
        self.pages = QStackedWidget()
        self.pages.addWidget(search_page)
        self.pages.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.pages)
        self.resize(self._remembered_size())

        self._pending: tuple[Template, bool] | None = None
        self._fee_hint = False  # the banner says how to ask for prices
        self._searched: str | None = None
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.search_answer.template_chosen.connect(self.copy_template)
        self.fee_answer.reply_chosen.connect(self._copy_text)
        self.fee_answer.template_chosen.connect(self.copy_template)
        self.fee_replies.clicked.connect(lambda index: self._copy_fee_reply(index.row()))
        self.tracking_answer.reply_chosen.connect(self._copy_text)
        self.tracking_answer.template_chosen.connect(self.copy_template)
        self.results.clicked.connect(lambda index: self.copy_row(index.row(), keep_open=False))
        self.form.accepted.connect(self._form_accepted)
        self.form.cancelled.connect(self._form_cancelled)

    # --- showing ----------------------------------------------------------------------------------------------

    def context(self) -> Context:
        """What ``{店铺}``, ``{客服}`` and ``{剪贴板}`` are filled with now."""
        clipboard = QGuiApplication.clipboard()
        return Context(
            shop=self.library.settings.get(SHOP_NAME),
            agent=self.library.settings.get(AGENT_NAME),
            clipboard=lambda: clipboard.text() or None,
        )

    def show_popup(self, near: QRect | None = None, message: str | None = None, note: str = "") -> None:
        """Show over the chat window ``near`` (if given and on the mouse's screen), else by the mouse; search box
        focused, the last query selected so typing replaces it.

        Args:
            message: a buyer's message to answer (the text selected in the chat); None: the one on the clipboard,
                if the agent copied one after our last copy and the setting is on.
            note: a quiet line under the search box instead (why there is no message).
        """
        self.library.sync()
        self.fee_answer.load()
        # The rules (a few files, ~4 ms) are read once the popup is on screen, or at once when a badge or a copy needs
        # them before that: opening stays as fast as it was.
        self.rule_breaks.stale = True
        self._rules_timer.start()
        self.pages.setCurrentIndex(0)
        self.chinese.setChecked(self.library.settings.get(TYPE_CHINESE_IN_POPUP))
        settings = self.library.settings
        self.model.context = Context(shop=settings.get(SHOP_NAME), agent=settings.get(AGENT_NAME))
        if message is None and self.library.settings.get(SUGGEST_FROM_CLIPBOARD):
            message = self.ours.buyer_message()
        self.suggest(message or "")
        if note and not self.suggesting:
            self.banner.note(note)
        self._place(near)
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.search.selectAll()

    def suggest(self, message: str) -> None:
        """Answer the buyer's ``message`` with the search box empty, the banner saying so; "" answers what is typed."""
        self.suggesting = message if message.strip() else ""
        if self.suggesting:
            self.banner.suggest_for(self.suggesting)
        else:
            self.banner.clear_banner()
        if self.suggesting and self.search.text():
            self.search.clear()  # searches again: the message, since the box is empty
        else:
            self.refresh()

    def _reload_rules(self) -> None:
        if self.rule_breaks.stale and self.isVisible():
            self.rule_breaks.reload()
            self.results.viewport().update()

    def _place(self, near: QRect | None) -> None:
        cursor = QCursor.pos()
        screen = QGuiApplication.screenAt(cursor) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.size().boundedTo(area.size())
        position = self.library.settings.get(POPUP_POSITION)
        if position == "window" and near is not None and area.contains(near.center()):
            spot = QPoint(near.center().x() - size.width() // 2, near.top() + min(near.height() // 5, 120))
        elif position == "center":
            spot = QPoint(area.center().x() - size.width() // 2, area.top() + area.height() // 5)
        else:
            spot = cursor + QPoint(16, 16)
        x = min(max(spot.x(), area.left()), area.right() - size.width())
        y = min(max(spot.y(), area.top()), area.bottom() - size.height())
        self.move(x, y)

    def _remembered_size(self) -> QSize:
        width, _, height = self.library.settings.get(POPUP_SIZE).partition("x")
        if width.isdigit() and height.isdigit():
            return QSize(max(420, int(width)), max(320, int(height)))
        return QSize(640, 460)

    def hideEvent(self, event: QHideEvent) -> None:
        self._rules_timer.stop()
        self.asked.closed()
        size = f"{self.width()}x{self.height()}"
        if size != self.library.settings.get(POPUP_SIZE):
            self.library.settings.put_unless_busy(POPUP_SIZE, size)
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.close_on_focus_loss
            and self.isVisible()
            and not self.isActiveWindow()
        ):
            self.hide()
        super().changeEvent(event)

    def _set_chinese(self, on: bool) -> None:
        self.search.set_chinese(on)
        if on != self.library.settings.get(TYPE_CHINESE_IN_POPUP):
            self.library.settings.put_unless_busy(TYPE_CHINESE_IN_POPUP, on)

    # --- searching --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Answer the committed text (an IME's composition is not part of ``text()``): the first kind that takes it.
        With nothing typed, the buyer's message suggested for (if any); typing drops it."""
        typed = self.search.text()
        if typed and self.suggesting:
            self.suggesting = ""
            self.banner.clear_banner()
        query = self._searched = self.query()
        self.asked.saw(query)
        self.warning.dismiss()
        self.mode = next(answer for answer in self.answers if answer.show(query))
        first = query.split(maxsplit=1)[0].lower() if query.strip() else ""
        fee_words_only = self.mode is self.search_answer and first in fee_question.PREFIXES
        if fee_words_only and not self.suggesting:
            self.banner.note(self.tr("For prices add a place and a weight, e.g. 运费 新疆 2.3"))
            self._fee_hint = True
        elif self._fee_hint:
            self._fee_hint = False
            if not self.suggesting:
                self.banner.clear_banner()

    def _typed(self) -> None:
        # Typing at the end of a long paste leaves what is searched as it was: nothing to do.
        if self.query() != self._searched or (self.suggesting and self.search.text()):
            self.refresh()

    def query(self) -> str:
        """What the results answer: the text typed, else the buyer's message suggested for; of a long paste its
        beginning, so that every keystroke after it stays quick."""
        return (self.search.text() or self.suggesting)[:SEARCHED_CHARS]

    def _copied_for(self) -> str:
        """A copy is made: the buyer's words it answers (for the library to learn), and the suggestion answered."""
        self.ours.was_answered(self.suggesting)
        return self.asked.copied(self.query())

    def _copy_text(self, text: str, template: Template | None, keep_open: bool) -> None:
        """Copy ``text`` as it is (no form, no rule check), counting a use of ``template`` if it came from one."""
        self.ours.put(text)
        asked = self._copied_for()
        if template is not None:
            try:
                self.library.record_use(template.id, asked=asked)
            except QuickReplyError:  # the reply is on the clipboard all the same; only its count is missing
                log.exception("counting a use failed")
        if not keep_open:
            self.hide()
        self.copied.emit(text, keep_open)

    # --- keys -------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        page = max(1, self.results.height() // max(1, self.results.sizeHintForRow(0) or 1) - 1)
        if mods & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_I:
            self.chinese.toggle()
            return True
        if self.search.composing:
            return False  # the input method owns Enter, arrows and Esc while it composes
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.mode.enter(keep_open=bool(mods & Qt.KeyboardModifier.ControlModifier))
            return True
        if key == Qt.Key.Key_Escape:
            if self.warning.pending is not None:  # back to choosing; the popup stays
                self.warning.dismiss()
            else:
                self.hide()
            return True
        moves: dict[int, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: page,
            Qt.Key.Key_PageUp: -page,
        }
        if key in moves:
            self.mode.move(moves[key])
            return True
        if mods & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.copy_row(key - Qt.Key.Key_1, keep_open=False)
            return True
        if mods & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_D:
            self.toggle_favorite()
            return True
        return False

    def toggle_favorite(self) -> None:
        """Ctrl+D: (un)mark the current reply as a favourite; it stays current where the list now puts it."""
        row = self.results.currentIndex().row()
        hit = self.model.hit(row)
        if hit is None:
            return
        self.library.set_favorite(hit.template.id, not hit.template.favorite)
        self.refresh()
        for new_row in range(self.model.rowCount()):
            found = self.model.hit(new_row)
            if found and found.template.id == hit.template.id:
                self.results.setCurrentIndex(self.model.index(new_row))

    # --- copying ----------------------------------------------------------------------------------------------

    def copy_row(self, row: int, keep_open: bool) -> None:
        """Copy the reply listed at ``row`` (Alt+digit, a click), as ``copy_template`` does."""
        hit = self.model.hit(row)
        if hit is not None:
            self.copy_template(hit.template, keep_open, hit.values)

    def _copy_fee_reply(self, row: int) -> None:
        """A click on a reply under the prices copies it."""
        hit = self.fee_replies_model.hit(row)
        if hit is not None:
            self.copy_template(hit.template)

    def copy_template(
        self, template: Template, keep_open: bool = False, given: Mapping[str, str] | None = None
    ) -> None:
        """Copy at once, or first ask for the template's variables; ``given`` fills some of them in the form (the
        tracking number in a buyer's message), over the values typed last time.

        A template that breaks platform rules is not copied the first time: the popup says what is wrong, and
        choosing it again (Enter, Alt+digit or a click) copies it anyway.
        """
        pending = self.warning.pending
        if not (pending and pending[0].id == template.id):
            errors = self.rule_breaks.errors(template)
            if errors:
                self.warning.warn(template, keep_open, errors[0].message, len(errors))
                return
        self.warning.dismiss()
        fields = to_ask(template.body, self.context())
        if not fields:
            self._finish(template, {}, keep_open)
            return
        self._pending = (template, keep_open)
        context = self.context()
        remembered = {**self.library.values.for_body(template.body), **(given or {})}
        self.form.ask(
            template.title,
            fields,
            remembered,
            lambda values: preview(template.body, {**remembered, **values}, context),
        )
        self.pages.setCurrentIndex(1)

    def _form_accepted(self) -> None:
        if self._pending is not None:
            template, keep_open = self._pending
            self._finish(template, self.form.values(), keep_open)

    def _form_cancelled(self) -> None:
        self._pending = None
        self.pages.setCurrentIndex(0)
        self.search.setFocus()

    def _finish(self, template: Template, values: dict[str, str], keep_open: bool) -> None:
        try:
            text = expand(template.body, values, self.context())
            self.ours.put(text)
            self.library.record_use(template.id, values=values, asked=self._copied_for())
        except QuickReplyError as exc:
            self.empty.setText(str(exc))  # the preview stays: it shows what could not be copied
            self.area.show(self.empty)
            return
        self._pending = None
        self.pages.setCurrentIndex(0)
        if keep_open:
            self.refresh()
            self.search.setFocus()
        else:
            self.hide()
        self.copied.emit(text, keep_open)
