"""The manager's editor: one template's category, title, shortcut, tags, buyer phrasings (买家问法) and body, with a
live preview and the reply check (话术检查) as the lead types."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Template
from quickreply.core.library.store import split_tags
from quickreply.core.lint import Finding, Rules, check
from quickreply.core.variables import Context, preview

from ..plain_text import menu_text, plain_label, tooltip
from ..wording import fill
from .reply_check import ERROR_STYLE, WARNING_STYLE, BodyHighlighter, FindingsList, color_of, explain, qt_span

# The check runs this long after the last keystroke, not on every one.
CHECK_DELAY_MS = 250


class TemplateEditor(QWidget):
    """Edits one template (or a new one). Knows whether anything changed since it was loaded or saved.

    Signals:
        save_requested(): the agent pressed 保存 or Ctrl+S.
        loaded(object): a template (None: a new one, or nothing) was shown, or saved.
        dirty_changed(bool): unsaved changes appeared or went away.
        checked(): the reply check ran; ``findings`` holds what it found.
    """

    save_requested = Signal()
    loaded = Signal(object)
    dirty_changed = Signal(bool)
    checked = Signal()

    def __init__(self, context: Callable[[], Context], shortcut_owner: Callable[[str, int | None], str | None]):
        super().__init__()
        self._context = context
        self._shortcut_owner = shortcut_owner
        self.template: Template | None = None
        self._loaded: dict[str, str] = {}
        self._dirty = False
        self.rules: Rules | None = None
        self.known_variables: frozenset[str] = frozenset()
        self.rules_problem: str | None = None
        self.findings: list[Finding] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self.heading = plain_label()
        self.heading.setObjectName("formTitle")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.title = QLineEdit()
        self.title_mark = plain_label()  # the words of the title a rule finds
        self.title_mark.hide()
        self.shortcut = QLineEdit()
        self.shortcut.setPlaceholderText(self.tr("e.g. tk (optional)"))
        self.clash = plain_label()  # names the reply that has the shortcut
        self.clash.setStyleSheet("color: #c62828;")
        self.clash.setWordWrap(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. 退款, 到账"))
        # How buyers ask for this reply: the meaning search matches a pasted message against them.
        self.phrasings = QPlainTextEdit()
        self.phrasings.setPlaceholderText(self.tr("One way a buyer might ask per line"))
        self.phrasings.setTabChangesFocus(True)
        self.phrasings.setMaximumHeight(64)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.highlighter = BodyHighlighter(self.body.document())
        self.body.viewport().installEventFilter(self)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(
            lambda point: self.context_menu(point).popup(self.body.viewport().mapToGlobal(point))
        )
        self.checks = FindingsList()
        self.checks.chosen.connect(self.show_finding)
        self.checks.fix_requested.connect(self.apply_fix)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(110)
        self.error = plain_label()  # the library's refusal quotes the title or the category
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.title_mark)
        form.addRow(self.tr("Title"), title_row)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow("", self.clash)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Buyer phrasings"), self.phrasings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Reply ({name} asks for a value, {name:default}, {name|a|b})")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.checks)
        layout.addWidget(QLabel(self.tr("Preview with defaults")))
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        for widget in (self.title, self.shortcut, self.tags):
            widget.textChanged.connect(self._changed)
        self.category.currentTextChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.phrasings.textChanged.connect(self._changed)
        self.setEnabled(False)

    # --- loading and reading -----------------------------------------------------------------------------------

    def load(self, template: Template | None, categories: Sequence[str], category: str = "") -> None:
        """Show ``template``, or an empty new one in ``category``; the result counts as unchanged."""
        self.template = template
        self.setEnabled(True)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(list(categories))
        self.category.blockSignals(False)
        self.heading.setText(
            self.tr("New reply") if template is None else fill(self.tr("Edit reply #%1"), str(template.id))
        )
        values = {
            "category": template.category if template else category,
            "title": template.title if template else "",
            "shortcut": (template.shortcut or "") if template else "",
            "tags": ", ".join(template.tags) if template else "",
            "phrasings": "\n".join(template.phrasings) if template else "",
            "body": template.body if template else "",
        }
        self._set(values)
        self._loaded = self.values()
        self.error.clear()
        self._changed()
        self.check_now()
        self.loaded.emit(template)

    def clear(self) -> None:
        self.template = None
        self._set({"category": "", "title": "", "shortcut": "", "tags": "", "phrasings": "", "body": ""})
        self._loaded = self.values()
        self.heading.clear()
        self._changed()
        self.check_now()
        self.setEnabled(False)
        self.loaded.emit(None)

    def _set(self, values: dict[str, str]) -> None:
        self.category.setCurrentText(values["category"])
        self.title.setText(values["title"])
        self.shortcut.setText(values["shortcut"])
        self.tags.setText(values["tags"])
        self.phrasings.setPlainText(values["phrasings"])
        self.body.setPlainText(values["body"])

    def values(self) -> dict[str, str]:
        return {
            "category": self.category.currentText().strip(),
            "title": self.title.text(),
            "shortcut": self.shortcut.text().strip(),
            "tags": self.tags.text(),
            "phrasings": self.phrasings.toPlainText(),
            "body": self.body.toPlainText(),
        }

    def tag_list(self) -> tuple[str, ...]:
        return split_tags(self.tags.text())

    def is_dirty(self) -> bool:
        return self._dirty

    def revert(self) -> None:
        self._set(self._loaded)
        self.error.clear()

    def mark_saved(self, template: Template) -> None:
        self.template = template
        self._loaded = self.values()
        self.heading.setText(fill(self.tr("Edit reply #%1"), str(template.id)))
        self.error.clear()
        self._changed()
        self.loaded.emit(template)

    # --- live checks -------------------------------------------------------------------------------------------

    def _changed(self) -> None:
        values = self.values()
        self.preview.setPlainText(preview(values["body"], {}, self._context()))
        owner = self._shortcut_owner(values["shortcut"], self.template.id if self.template else None)
        self.clash.setText(owner or "")
        self.clash.setVisible(bool(owner))
        dirty = values != self._loaded
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty and not owner)
        self.revert_button.setEnabled(dirty)
        self._check_timer.start()

    # --- the reply check ---------------------------------------------------------------------------------------

    def set_rules(self, rules: Rules | None, known_variables: frozenset[str], problem: str | None = None) -> None:
        """Check with these rules from now on; None with ``problem`` when they could not be read."""
        self.rules, self.known_variables, self.rules_problem = rules, known_variables, problem
        self.check_now()

    def check_now(self) -> None:
        """Check the title and body as they are, and show what was found."""
        self._check_timer.stop()
        values = self.values()
        title, body = values["title"], values["body"]
        if self.rules is None:
            self.findings = []
        else:
            self.findings = check(title, body, self.rules, self.known_variables)
        self.highlighter.set_marks(
            [
                (*qt_span(body, f.start, f.end), color_of(f))
                for f in self.findings
                if f.field == "body" and f.end > f.start
            ]
        )
        in_title = [f for f in self.findings if f.field == "title"]
        self.title_mark.setVisible(bool(in_title))
        self.title_mark.setText("⚠ " + "".join(f"「{f.text}」" for f in in_title))
        self.title_mark.setStyleSheet(ERROR_STYLE if any(f.is_error for f in in_title) else WARNING_STYLE)
        self.title_mark.setToolTip(tooltip("\n\n".join(explain(f) for f in in_title)))
        self.checks.show_findings(self.findings, self.rules_problem if self.rules is None else None)
        self.checks.setVisible(bool(title.strip() or body.strip()))  # nothing written yet: nothing to judge
        self.checked.emit()

    def finding_at(self, position: int) -> Finding | None:
        """The body finding over the character at document ``position`` (an error before a warning)."""
        body = self.body.toPlainText()
        for finding in self.findings:
            if finding.field == "body" and finding.end > finding.start:
                start, end = qt_span(body, finding.start, finding.end)
                if start <= position < end:
                    return finding
        return None

    def finding_under(self, point: QPoint) -> Finding | None:
        """The body finding under ``point`` (viewport coordinates)."""
        cursor = self.body.cursorForPosition(point)
        position = cursor.position()
        if point.x() < self.body.cursorRect(cursor).x():  # the cursor sits after the character pointed at
            position -= 1
        return self.finding_at(position)

    def tooltip_at(self, point: QPoint) -> str:
        finding = self.finding_under(point)
        return explain(finding) if finding is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body.viewport() and event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self.body.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def context_menu(self, point: QPoint) -> QMenu:
        """The body's usual menu, with the quick fix first when ``point`` is on a finding that has one."""
        menu = self.body.createStandardContextMenu(point)
        finding = self.finding_under(point)
        if finding is not None and finding.fix is not None:
            first = menu.actions()[0] if menu.actions() else None
            fix = menu.addAction(menu_text(fill(self.tr("Change 「%1」 to 「%2」"), finding.text, finding.fix)))
            fix.triggered.connect(lambda: self.apply_fix(finding))
            if first is not None:
                menu.insertAction(first, fix)
                menu.insertSeparator(first)
        return menu

    def show_finding(self, finding: Finding) -> None:
        """Select the finding's span (or just go to the field, for one about the whole reply)."""
        if finding.field == "title":
            start, end = qt_span(self.title.text(), finding.start, finding.end)
            self.title.setFocus()
            self.title.setSelection(start, end - start)
            return
        start, end = qt_span(self.body.toPlainText(), finding.start, finding.end)
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def apply_fix(self, finding: Finding) -> bool:
        """Replace exactly the finding's span with its fix (Ctrl+Z in the field undoes it). False when the text
        changed under the finding since the check (it is checked again instead)."""
        text = self.title.text() if finding.field == "title" else self.body.toPlainText()
        if finding.fix is None or text[finding.start : finding.end] != finding.text:
            self.check_now()
            return False
        start, end = qt_span(text, finding.start, finding.end)
        if finding.field == "title":
            self.title.setSelection(start, end - start)
            self.title.insert(finding.fix)
        else:
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(finding.fix)
        self.check_now()
        return True
