"""The manager: where a lead (or an agent) keeps the library — categories, templates, trash — without a file."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QSplitter, QStackedWidget, QTreeView

from quickreply.core import Library, QuickReplyError, Template
from quickreply.core.folding import shortcut_key
from quickreply.core.library.settings import AGENT_NAME, SHOP_NAME
from quickreply.core.lint import LintRulesError, library_variables, load_rules
from quickreply.core.variables import Context

from ..packs.pack_menu import PackMenu
from ..plain_text import menu_text, tooltip
from ..wording import fill
from .buyer_questions_page import BuyerQuestionsPage
from .category_actions import CategoryActions, category_paths
from .fee_page import FeePage
from .item_models import ALL, ID_ROLE, CategoryModel
from .learned_phrasings import LearnedPhrasings
from .questions import CANCEL, DISCARD, SAVE, Questions
from .template_actions import TemplateActions
from .template_editor import TemplateEditor
from .template_list import TemplateList
from .trash_page import TrashPage
from .usage_page import UsagePage


class ManagerWindow(QMainWindow):
    """Category tree | template list (a category, or a search) | editor; a trash page in place of list and editor.

    Its dialogs are ``questions``, shared with the category and template actions; tests replace them there.
    """

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("QuickReply — manage replies"))
        self.resize(1240, 720)
        self.current_category = ALL
        self.current_id: int | None = None
        self.questions = Questions(self)
        self.fee_page: FeePage | None = None
        self.usage_page: UsagePage | None = None
        self.buyer_questions_page: BuyerQuestionsPage | None = None

        self.categories = CategoryModel()
        self.tree = QTreeView()
        self.tree.setModel(self.categories)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.replies = TemplateList()
        self.search, self.table, self.proxy = self.replies.search, self.replies.table, self.replies.proxy
        self.table_model = self.replies.model
        self.search.textChanged.connect(lambda: self._guarded(self.refresh_list))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.editor = TemplateEditor(self._context, self._shortcut_owner)
        self.learned = LearnedPhrasings(library, self.questions, self.editor.is_dirty)
        self.editor.loaded.connect(lambda t: self.learned.show_for(t.id if t is not None else None))
        self.learned.changed.connect(self.after_change)
        self.learned.told.connect(self.tell)

        self.category_actions = CategoryActions(library, self.questions, self.tree, self.categories)
        self.tree.customContextMenuRequested.connect(self.category_actions.show_menu)
        self.categories.category_moved.connect(self.category_actions.reorder)
        self.category_actions.created.connect(self._category_created)
        self.category_actions.changed.connect(self._categories_changed)
        self.category_actions.told.connect(self.tell)
        self.template_actions = TemplateActions(
            library, self.questions, self.replies, self.editor, lambda: self.current_id, self.default_path
        )
        self.editor.save_requested.connect(self.template_actions.save)
        self.table.customContextMenuRequested.connect(self.template_actions.show_menu)
        self.categories.templates_dropped.connect(self.template_actions.move_to_category)
        self.template_actions.changed.connect(self.after_change)
        self.template_actions.told.connect(self.tell)

        self.trash_page = TrashPage(library)
        self.trash_page.back_requested.connect(lambda: self.show_trash(False))
        self.trash_page.restored.connect(self._restored)
        self.trash_page.told.connect(self.tell)
        self.trash_model, self.trash_table = self.trash_page.model, self.trash_page.table

        work = QSplitter()
        work.addWidget(self.replies)
        editing = QSplitter(Qt.Orientation.Vertical)
        editing.addWidget(self.editor)
        editing.addWidget(self.learned)
        editing.setStretchFactor(0, 1)
        editing.setSizes([560, 160])
        work.addWidget(editing)
        work.setSizes([520, 500])
        self.pages = QStackedWidget()
        self.pages.addWidget(work)
        self.pages.addWidget(self.trash_page)
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

        def action(text: str, keys: QKeySequence.StandardKey | str | None, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            bar.addAction(act)
            return act

        self.new_action = action(self.tr("New"), QKeySequence.StandardKey.New, self.new_template)
        action(self.tr("New from clipboard"), "Ctrl+Shift+V", self.template_actions.new_from_clipboard)
        action(self.tr("Duplicate"), "Ctrl+Shift+D", self.template_actions.duplicate)
        action(self.tr("Save"), QKeySequence.StandardKey.Save, self.template_actions.save)
        action(self.tr("Delete"), QKeySequence.StandardKey.Delete, self.template_actions.delete_selected)
        self.undo_action = action(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo)
        bar.addSeparator()
        action(self.tr("New category"), None, self.category_actions.new)
        self.trash_action = action(self.tr("Trash"), None, lambda: self.show_trash(self.pages.currentIndex() == 0))
        self.fees_action = action(self.tr("Fee tables"), None, self.open_fee_page)
        self.usage_action = action(self.tr("Statistics"), None, self.open_usage_page)
        self.buyer_questions_action = action(self.tr("Buyer questions"), None, self.open_buyer_questions_page)
        self.pack_menu = PackMenu(self, self.library)
        self.pack_menu.library_changed.connect(self._library_changed)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        self.addAction(find)

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def tell(self, message: str) -> None:
        """Say ``message`` in the status bar for a few seconds."""
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
        self.after_change(self.current_id, message)

    def _context(self) -> Context:
        return Context(self.library.settings.get(SHOP_NAME), self.library.settings.get(AGENT_NAME))

    def _shortcut_owner(self, code: str, own_id: int | None) -> str | None:
        key = shortcut_key(code)
        if not key:
            return None
        hits = self.library.search(key, limit=1)  # tier 0 is "this exact shortcut"
        owner = hits[0].template if hits and hits[0].tier == 0 else None
        if owner is None or owner.id == own_id:
            return None
        return fill(self.tr("Shortcut 「%1」 is used by 「%2」 (%3)."), key, owner.title, owner.category)

    def reload(self) -> None:
        """Rebuild tree and list from the library (after any write, or another process's)."""
        self.library.sync()
        current = self.current_category
        self.categories.set_categories(self.library.categories(), len(self.library))
        self.tree.expandAll()
        index = self.categories.index_of(current)
        if not index.isValid():
            self.current_category, index = ALL, self.categories.index_of(ALL)
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self.refresh_list()
        # 撤销：删除分类「…」 quotes a category or a reply: as text, and its tooltip too (a toolbar shows it).
        undo = self.tr("Undo") + (f"：{self.library.can_undo()}" if self.library.can_undo() else "")
        self.undo_action.setText(menu_text(undo))
        self.undo_action.setToolTip(tooltip(undo))
        self.undo_action.setEnabled(self.library.can_undo() is not None)

    def _category_created(self, category_id: int, message: str) -> None:
        self.current_category = category_id
        self.reload()
        self.tell(message)

    def _categories_changed(self, message: str) -> None:
        self.reload()
        if message:  # a reorder by dragging says nothing
            self.tell(message)

    def refresh_list(self) -> None:
        category = None if self.current_category == ALL else self.current_category
        query = self.search.text()
        if query.strip():
            templates = [h.template for h in self.library.search(query, limit=2000, category=category)]
        else:
            templates = self.library.templates(category)
        self.table_model.set_templates(templates)
        self._select(self.current_id)

    def _select(self, template_id: int | None) -> None:
        listed = self.replies.select(template_id)
        if not listed and not self.editor.is_dirty() and (self.editor.template is not None or template_id is None):
            self.current_id = None
            self.editor.clear()

    # --- unsaved changes ---------------------------------------------------------------------------------------

    def _guarded(self, then: Callable[[], object]) -> bool:
        """Run ``then`` unless the editor has changes the agent wants to keep and could not save."""
        if self.editor.is_dirty():
            answer = self.questions.ask_unsaved()
            if answer == CANCEL or (answer == SAVE and not self.template_actions.save()):
                return False
            if answer == DISCARD:
                self.editor.revert()
        then()
        return True

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        template = self.replies.template_at(current)
        if template is not None and template.id == self.current_id:
            return

        def show() -> None:
            self.current_id = template.id if template else None
            if template is not None:
                self.editor.load(template, category_paths(self.library))

        if not self._guarded(show):
            self._select(self.current_id)

    def _category_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        wanted = int(current.data(ID_ROLE) or ALL)

        def show() -> None:
            self.current_category = wanted
            self.refresh_list()

        if not self._guarded(show):
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(self.categories.index_of(self.current_category))
            self.tree.selectionModel().blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._guarded(lambda: None):
            event.accept()
        else:
            event.ignore()

    # --- templates ---------------------------------------------------------------------------------------------

    def default_path(self) -> str:
        """The path of the category chosen in the tree; '' for all replies."""
        cat = self.categories.category(self.tree.currentIndex())
        return cat.path if cat is not None else ""

    def new_template(self) -> None:
        def start() -> None:
            self.current_id = None
            self.table.selectionModel().clearSelection()
            self.editor.load(None, category_paths(self.library), self.default_path())
            self.editor.title.setFocus()

        self._guarded(start)

    def undo(self) -> None:
        try:
            done = self.library.undo()
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self.after_change(self.current_id, done or self.tr("Nothing to undo."))

    def after_change(self, select: int | None, message: str) -> None:
        """Read the library again after a write, make ``select`` current (None: no reply) and say ``message``."""
        self.current_id = select
        self.reload()
        if select is not None:
            self._select(select)
            template = next((t for t in [self.table_model.template(self.table_model.row_of(select))] if t), None)
            if template is not None and not self.editor.is_dirty():
                self.editor.load(template, category_paths(self.library))
        self.learned.reload()  # also under unsaved edits: an attach from the questions page shows at once
        self.tell(message)

    # --- other windows -----------------------------------------------------------------------------------------

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
            self.usage_page.library_changed.connect(lambda message: self.after_change(None, message))
        else:
            self.usage_page.reload()
        self.usage_page.show()
        self.usage_page.raise_()
        self.usage_page.activateWindow()
        return self.usage_page

    def open_buyer_questions_page(self) -> BuyerQuestionsPage:
        """Show the buyer questions window (one per manager, read again each time)."""
        if self.buyer_questions_page is None:
            self.buyer_questions_page = BuyerQuestionsPage(self.library, self._chosen_reply)
            self.buyer_questions_page.library_changed.connect(
                lambda message: self.after_change(self.current_id, message)
            )
        else:
            self.buyer_questions_page.reload()
        self.buyer_questions_page.show()
        self.buyer_questions_page.raise_()
        self.buyer_questions_page.activateWindow()
        return self.buyer_questions_page

    def _chosen_reply(self) -> tuple[int, str] | None:
        """The reply shown in the editor (selected in the list), as ``(id, title)``; None for none or a new one."""
        template = self.editor.template
        if self.current_id is None or template is None or template.id != self.current_id:
            return None
        return template.id, template.title

    def select_templates(self, ids: Sequence[int]) -> None:
        """Show all replies and select these (e.g. the unused ones from the statistics), the first one current."""

        def show() -> None:
            self.pages.setCurrentIndex(0)
            self.trash_action.setText(self.tr("Trash"))
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.current_category = ALL
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(self.categories.index_of(ALL))
            self.tree.selectionModel().blockSignals(False)
            self.refresh_list()
            count = self.replies.select_many(ids)
            self.tell(fill(self.tr("Selected %1 replies."), str(count)))
            self.raise_()
            self.activateWindow()

        self._guarded(show)

    # --- trash -------------------------------------------------------------------------------------------------

    def show_trash(self, show: bool) -> None:
        def switch() -> None:
            self.pages.setCurrentIndex(1 if show else 0)
            if show:
                self.trash_page.reload()
            self.trash_action.setText(self.tr("Back to replies") if show else self.tr("Trash"))

        self._guarded(switch)

    def _restored(self, message: str) -> None:
        self.reload()
        self.tell(message)


def open_manager(library: Library) -> ManagerWindow:
    window = ManagerWindow(library)
    window.show()
    return window


def templates_in(window: ManagerWindow) -> list[Template]:
    """What the list shows, in its current order (for tests and screenshots)."""
    return window.replies.templates()
