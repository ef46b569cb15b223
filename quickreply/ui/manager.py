"""The manager: where a lead (or an agent) keeps the library — categories, templates, trash — without a file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core import Library, QuickReplyError, Template
from ..core.lint import LintRulesError, library_variables, load_rules
from ..core.text import shortcut_key
from ..core.variables import Context
from .fee_page import FeePage
from .manager_models import ALL, ID_ROLE, SORT_ROLE, CategoryModel, TemplateTableModel, TrashModel
from .pack_menu import PackMenu
from .template_editor import TemplateEditor
from .usage_page import UsagePage
from .wording import fill

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class ManagerWindow(QMainWindow):
    """Category tree | template list (a category, or a search) | editor; a trash page in place of list and editor.

    The ``ask_*`` and ``confirm_*`` methods are the only places that open a dialog, so tests replace them.
    """

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("QuickReply — manage replies"))
        self.resize(1240, 720)
        self._current_category = ALL
        self._current_id: int | None = None
        self.fee_page: FeePage | None = None
        self.usage_page: UsagePage | None = None

        self.categories = CategoryModel()
        self.tree = QTreeView()
        self.tree.setModel(self.categories)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._category_menu)
        self.categories.templates_dropped.connect(self.move_to_category)
        self.categories.category_moved.connect(self._reorder)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search like the popup: pinyin, initials, shortcut, Chinese"))
        self.search.textChanged.connect(lambda: self._guarded(self.refresh_list))
        self.table_model = TemplateTableModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # Library order until the lead clicks a column header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 64, 130, 56, 120)):
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._template_menu)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.search)
        middle_layout.addWidget(self.table)

        self.editor = TemplateEditor(self._context, self._shortcut_owner)
        self.editor.save_requested.connect(self.save)

        self.trash_model = TrashModel()
        self.trash_table = QTableView()
        self.trash_table.setModel(self.trash_model)
        self.trash_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trash_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.trash_table.verticalHeader().hide()
        self.trash_table.horizontalHeader().setStretchLastSection(True)
        self.trash_table.setColumnWidth(0, 260)
        restore = QPushButton(self.tr("Restore"))
        restore.clicked.connect(self.restore_selected)
        forever = QPushButton(self.tr("Delete forever"))
        forever.clicked.connect(self.delete_selected_forever)
        back = QPushButton(self.tr("Back to replies"))
        back.clicked.connect(lambda: self.show_trash(False))
        trash_buttons = QHBoxLayout()
        trash_buttons.addWidget(QLabel(self.tr("Items older than 30 days are removed for good.")), 1)
        trash_buttons.addWidget(back)
        trash_buttons.addWidget(forever)
        trash_buttons.addWidget(restore)
        trash_page = QWidget()
        trash_layout = QVBoxLayout(trash_page)
        trash_layout.addWidget(self.trash_table)
        trash_layout.addLayout(trash_buttons)

        work = QSplitter()
        work.addWidget(middle)
        work.addWidget(self.editor)
        work.setSizes([520, 500])
        self.pages = QStackedWidget()
        self.pages.addWidget(work)
        self.pages.addWidget(trash_page)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.pages)
        split.setSizes([220, 1020])
        self.setCentralWidget(split)
        self._actions()
        self.tree.selectionModel().currentChanged.connect(self._category_changed)
        self.reload()
        self.tree.setCurrentIndex(self.categories.index_of(ALL))

    # --- toolbar and shortcuts ---------------------------------------------------------------------------------

    def _actions(self) -> None:
        bar = self.addToolBar(self.tr("Replies"))
        bar.setMovable(False)

        def action(text: str, keys: QKeySequence | str | None, slot: object) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            bar.addAction(act)
            return act

        self.new_action = action(self.tr("New"), QKeySequence.StandardKey.New, self.new_template)
        action(self.tr("New from clipboard"), "Ctrl+Shift+V", self.new_from_clipboard)
        action(self.tr("Duplicate"), "Ctrl+Shift+D", self.duplicate)
        action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        action(self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected)
        self.undo_action = action(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo)
        bar.addSeparator()
        action(self.tr("New category"), None, self.new_category)
        self.trash_action = action(self.tr("Trash"), None, lambda: self.show_trash(self.pages.currentIndex() == 0))
        self.fees_action = action(self.tr("Fee tables"), None, self.open_fee_page)
        self.usage_action = action(self.tr("Statistics"), None, self.open_usage_page)
        self.pack_menu = PackMenu(self, self.library)
        self.pack_menu.library_changed.connect(self._library_changed)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

    # --- dialogs (replaced in tests) ---------------------------------------------------------------------------

    def ask_unsaved(self) -> str:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This reply has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(answer, CANCEL)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def ask_choice(self, title: str, label: str, items: Sequence[str]) -> str | None:
        value, ok = QInputDialog.getItem(self, title, label, list(items), 0, True)
        return value if ok else None

    def confirm_category_delete(self, path: str, templates: int, children: int) -> str | None:
        """'trash', or a category path to move the templates to, or None to keep the category."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Delete category"))
        box.setText(
            fill(
                self.tr("Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?"),
                path,
                str(templates),
                str(children),
            )
        )
        to_trash = box.addButton(self.tr("To the trash (can be restored)"), QMessageBox.ButtonRole.DestructiveRole)
        move = box.addButton(self.tr("Move to another category…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is to_trash:
            return "trash"
        if box.clickedButton() is move:
            return self.ask_choice(self.tr("Move replies"), self.tr("Move the replies to:"), self._paths(exclude=path))
        return None

    def tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- reading the library -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():  # opened (again) by the agent, not just un-minimised
            self.load_rules()
        super().showEvent(event)

    def load_rules(self) -> None:
        """Read the reply check's rules (bundled, the home's, installed packs') and the library's variable names.

        Once per opening and after an import: packs bring rules. A broken rules file turns the check off and says why.
        """
        try:
            rules = load_rules(self.library)
        except LintRulesError as exc:
            self.editor.set_rules(None, frozenset(), str(exc))
            self.tell(str(exc))
            return
        self.editor.set_rules(rules, library_variables(self.library))

    def _library_changed(self, message: str) -> None:
        """An import, an undo of one, or a removed pack: the rules may have changed with the replies."""
        self.load_rules()
        self._after_change(self._current_id, message)

    def _context(self) -> Context:
        return Context(self.library.settings.get("shop_name"), self.library.settings.get("agent_name"))

    def _shortcut_owner(self, code: str, own_id: int | None) -> str | None:
        key = shortcut_key(code)
        if not key:
            return None
        hits = self.library.search(key, limit=1)  # tier 0 is "this exact shortcut"
        owner = hits[0].template if hits and hits[0].tier == 0 else None
        if owner is None or owner.id == own_id:
            return None
        return fill(self.tr("Shortcut 「%1」 is used by 「%2」 (%3)."), key, owner.title, owner.category)

    def _paths(self, exclude: str | None = None) -> list[str]:
        return [
            c.path
            for c in self.library.categories()
            if exclude is None or (c.path != exclude and not c.path.startswith(exclude + "/"))
        ]

    def reload(self) -> None:
        """Rebuild tree and list from the library (after any write, or another process's)."""
        self.library.sync()
        current = self._current_category
        self.categories.set_categories(self.library.categories(), len(self.library))
        self.tree.expandAll()
        index = self.categories.index_of(current)
        if not index.isValid():
            self._current_category, index = ALL, self.categories.index_of(ALL)
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self.refresh_list()
        self.undo_action.setText(self.tr("Undo") + (f"：{self.library.can_undo()}" if self.library.can_undo() else ""))
        self.undo_action.setEnabled(self.library.can_undo() is not None)

    def refresh_list(self) -> None:
        category = None if self._current_category == ALL else self._current_category
        query = self.search.text()
        if query.strip():
            templates = [h.template for h in self.library.search(query, limit=2000, category=category)]
        else:
            templates = self.library.templates(category)
        self.table_model.set_templates(templates)
        self._select(self._current_id)

    def _select(self, template_id: int | None) -> None:
        row = self.table_model.row_of(template_id) if template_id is not None else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.proxy.mapFromSource(self.table_model.index(row, 0))
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        if row < 0 and not self.editor.is_dirty() and (self.editor.template is not None or template_id is None):
            self._current_id = None
            self.editor.clear()

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [t.id for t in (self.table_model.template(r) for r in sorted(rows)) if t is not None]

    # --- unsaved changes ---------------------------------------------------------------------------------------

    def _guarded(self, then: object) -> bool:
        """Run ``then`` unless the editor has changes the agent wants to keep and could not save."""
        if self.editor.is_dirty():
            answer = self.ask_unsaved()
            if answer == CANCEL or (answer == SAVE and not self.save()):
                return False
            if answer == DISCARD:
                self.editor.revert()
        then()  # type: ignore[operator]
        return True

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        template = self.table_model.template(self.proxy.mapToSource(current).row())
        if template is not None and template.id == self._current_id:
            return

        def show() -> None:
            self._current_id = template.id if template else None
            if template is not None:
                self.editor.load(template, self._paths())

        if not self._guarded(show):
            self._select(self._current_id)

    def _category_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        wanted = int(current.data(ID_ROLE) or ALL)

        def show() -> None:
            self._current_category = wanted
            self.refresh_list()

        if not self._guarded(show):
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(self.categories.index_of(self._current_category))
            self.tree.selectionModel().blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._guarded(lambda: None):
            event.accept()
        else:
            event.ignore()

    # --- templates ---------------------------------------------------------------------------------------------

    def _default_path(self) -> str:
        cat = self.categories.category(self.tree.currentIndex())
        return cat.path if cat is not None else ""

    def new_template(self) -> None:
        def start() -> None:
            self._current_id = None
            self.table.selectionModel().clearSelection()
            self.editor.load(None, self._paths(), self._default_path())
            self.editor.title.setFocus()

        self._guarded(start)

    def new_from_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        try:
            template = self.library.add_from_text(text, self._default_path() or "未分类")
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._after_change(template.id, fill(self.tr("New reply from the clipboard: %1"), template.title))

    def duplicate(self) -> None:
        if self._current_id is None:
            return
        try:
            copy = self.library.duplicate(self._current_id)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._after_change(copy.id, fill(self.tr("Duplicated: %1"), copy.title))

    def save(self) -> bool:
        """Write the editor's template; False (with the reason shown) when the library refused it."""
        values = self.editor.values()
        try:
            if self.editor.template is None:
                saved = self.library.add(
                    values["category"],
                    values["title"],
                    values["body"],
                    values["shortcut"] or None,
                    self.editor.tag_list(),
                )
            else:
                saved = self.library.update(
                    self.editor.template.id,
                    title=values["title"],
                    body=values["body"],
                    shortcut=values["shortcut"],
                    tags=self.editor.tag_list(),
                    category=values["category"],
                )
        except QuickReplyError as exc:
            self.editor.error.setText(str(exc))
            return False
        self.editor.mark_saved(saved)
        self._after_change(saved.id, fill(self.tr("Saved: %1"), saved.title))
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self._current_id in ids and self.editor.is_dirty():
            self.editor.revert()
        try:
            removed = self.library.remove_many(ids)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._current_id = None
        self._after_change(None, fill(self.tr("Moved %1 replies to the trash (Ctrl+Z undoes)."), str(len(removed))))

    def move_to_category(self, ids: Sequence[int], category_id: int) -> None:
        try:
            target = self.library.category(category_id).path
            self.library.move_templates(list(ids), target)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._after_change(self._current_id, fill(self.tr("Moved %1 replies to %2."), str(len(ids)), target))

    def undo(self) -> None:
        try:
            done = self.library.undo()
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._after_change(self._current_id, done or self.tr("Nothing to undo."))

    def _after_change(self, select: int | None, message: str) -> None:
        self._current_id = select
        self.reload()
        if select is not None:
            self._select(select)
            template = next((t for t in [self.table_model.template(self.table_model.row_of(select))] if t), None)
            if template is not None and not self.editor.is_dirty():
                self.editor.load(template, self._paths())
        self.tell(message)

    def _template_menu(self, point: object) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Move to…"), self._move_selected)
        menu.addAction(self.tr("Add tag…"), self._tag_selected)
        menu.addAction(self.tr("Mark as favourite"), lambda: self._favorite_selected(True))
        menu.addAction(self.tr("Remove from favourites"), lambda: self._favorite_selected(False))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def _move_selected(self) -> None:
        ids = self.selected_ids()
        target = self.ask_choice(
            self.tr("Move replies"), fill(self.tr("Move %1 replies to:"), str(len(ids))), self._paths()
        )
        if target:
            try:
                self.library.move_templates(ids, target)
            except QuickReplyError as exc:
                self.tell(str(exc))
                return
            self._after_change(self._current_id, fill(self.tr("Moved %1 replies to %2."), str(len(ids)), target))

    def _tag_selected(self) -> None:
        ids = self.selected_ids()
        tag = self.ask_text(self.tr("Add tag"), fill(self.tr("Tag for %1 replies:"), str(len(ids))))
        if tag and tag.strip():
            self.library.tag_many(ids, add=[tag.strip()])
            self._after_change(self._current_id, fill(self.tr("Tagged %1 replies."), str(len(ids))))

    def _favorite_selected(self, favorite: bool) -> None:
        ids = self.selected_ids()
        self.library.favorite_many(ids, favorite)
        self._after_change(self._current_id, fill(self.tr("Updated %1 replies."), str(len(ids))))

    # --- categories --------------------------------------------------------------------------------------------

    def _category_menu(self, point: object) -> None:
        index = self.tree.indexAt(point)  # type: ignore[arg-type]
        cat = self.categories.category(index)
        menu = QMenu(self)
        menu.addAction(self.tr("New category…"), self.new_category)
        if cat is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.rename_category(cat.id))
            menu.addAction(self.tr("Delete…"), lambda: self.delete_category(cat.id))
        menu.popup(self.tree.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def new_category(self) -> None:
        start = self._default_path().split("/")[0] + "/" if self._default_path() else ""
        path = self.ask_text(self.tr("New category"), self.tr("Path, e.g. 售后/退款 (two levels at most):"), start)
        if not path or not path.strip("/ "):
            return
        try:
            cat = self.library.create_category(path)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._current_category = cat.id
        self.reload()
        self.tell(fill(self.tr("Created category %1."), cat.path))

    def rename_category(self, category_id: int) -> None:
        cat = self.library.category(category_id)
        name = self.ask_text(self.tr("Rename category"), fill(self.tr("New name for 「%1」:"), cat.path), cat.name)
        if not name or name == cat.name:
            return
        try:
            renamed = self.library.rename_category(category_id, name)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self.reload()
        self.tell(fill(self.tr("Renamed to %1."), renamed.path))

    def delete_category(self, category_id: int) -> None:
        cat = self.library.category(category_id)
        templates, children = self.library.category_contents(category_id)
        choice = self.confirm_category_delete(cat.path, templates, children) if templates or children else "trash"
        if choice is None:
            return
        try:
            count = self.library.delete_category(category_id, move_to=None if choice == "trash" else choice)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self.reload()
        self.tell(fill(self.tr("Deleted category %1; %2 replies moved (Ctrl+Z undoes)."), cat.path, str(count)))

    def _reorder(self, moved_id: int, before_id: int) -> None:
        moved = self.library.category(moved_id)
        siblings = [c.id for c in self.library.categories() if c.parent_id == moved.parent_id and c.id != moved_id]
        siblings.insert(siblings.index(before_id), moved_id)
        try:
            self.library.reorder_categories(moved.parent_id, siblings)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self.reload()

    def open_fee_page(self) -> FeePage:
        """Show the fee tables window (one per manager, reused and re-read from the library each time)."""
        if self.fee_page is None:
            self.fee_page = FeePage(self.library)
        else:
            self.fee_page.reload()
        self.fee_page.show()
        self.fee_page.raise_()
        self.fee_page.activateWindow()
        return self.fee_page

    def open_usage_page(self) -> UsagePage:
        """Show the usage statistics window (one per manager, read again each time)."""
        if self.usage_page is None:
            self.usage_page = UsagePage(self.library)
            self.usage_page.select_requested.connect(self.select_templates)
            self.usage_page.library_changed.connect(lambda message: self._after_change(None, message))
        else:
            self.usage_page.reload()
        self.usage_page.show()
        self.usage_page.raise_()
        self.usage_page.activateWindow()
        return self.usage_page

    def select_templates(self, ids: Sequence[int]) -> None:
        """Show all replies and select these (e.g. the unused ones from the statistics), the first one current."""

        def show() -> None:
            self.pages.setCurrentIndex(0)
            self.trash_action.setText(self.tr("Trash"))
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._current_category = ALL
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(self.categories.index_of(ALL))
            self.tree.selectionModel().blockSignals(False)
            self.refresh_list()
            selection = self.table.selectionModel()
            selection.clearSelection()
            rows = [r for r in (self.table_model.row_of(i) for i in ids) if r >= 0]
            for row in rows:
                index = self.proxy.mapFromSource(self.table_model.index(row, 0))
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
            if rows:
                self.table.scrollTo(self.proxy.mapFromSource(self.table_model.index(rows[0], 0)))
            self.tell(fill(self.tr("Selected %1 replies."), str(len(rows))))
            self.raise_()
            self.activateWindow()

        self._guarded(show)

    # --- trash -------------------------------------------------------------------------------------------------

    def show_trash(self, show: bool) -> None:
        def switch() -> None:
            self.pages.setCurrentIndex(1 if show else 0)
            if show:
                self.trash_model.set_items(self.library.trash())
            self.trash_action.setText(self.tr("Back to replies") if show else self.tr("Trash"))

        self._guarded(switch)

    def _trash_selection(self) -> list[int]:
        rows = sorted({i.row() for i in self.trash_table.selectionModel().selectedRows()})
        return [item.template.id for item in (self.trash_model.item(r) for r in rows) if item is not None]

    def restore_selected(self) -> None:
        notes = []
        for template_id in self._trash_selection():
            try:
                template, note = self.library.restore(template_id)
            except QuickReplyError as exc:
                notes.append(str(exc))
                continue
            notes.append(note or fill(self.tr("Restored: %1"), template.title))
        self.trash_model.set_items(self.library.trash())
        self.reload()
        self.tell(" ".join(notes))

    def delete_selected_forever(self) -> None:
        ids = self._trash_selection()
        if not ids:
            return
        count = self.library.delete_forever(ids)
        self.trash_model.set_items(self.library.trash())
        self.tell(fill(self.tr("Deleted %1 replies for good."), str(count)))


def open_manager(library: Library) -> ManagerWindow:
    window = ManagerWindow(library)
    window.show()
    return window


def templates_in(window: ManagerWindow) -> list[Template]:
    """What the list shows, in its current order (for tests and screenshots)."""
    return [
        t
        for t in (
            window.table_model.template(window.proxy.mapToSource(window.proxy.index(r, 0)).row())
            for r in range(window.proxy.rowCount())
        )
        if t is not None
    ]
