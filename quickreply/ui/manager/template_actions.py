"""What a lead does to replies in the manager: save the one in the editor, add one from the clipboard, and move, tag,
favourite, delete or duplicate the ones selected in the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from quickreply.core import Library, QuickReplyError

from ..wording import fill
from .category_actions import category_paths
from .questions import Questions
from .template_editor import TemplateEditor
from .template_list import TemplateList


class TemplateActions(QObject):
    """The actions on the reply in ``editor``, on the replies selected in ``replies`` and in its context menu. They ask
    through ``questions`` and write to the library; the window reads the library again when told.

    Args:
        editor: what ``save`` writes; its unsaved changes to a reply being deleted are dropped.
        current_id: the reply the manager shows (None: none), which stays shown after a move, a tag, a favourite.
        chosen_path: the category chosen in the tree ('' for all replies), where a reply from the clipboard goes.

    Signals:
        changed(object, str): replies were written: the id of the reply to show then (None: none), and what to say.
        told(str): the library refused; why, for the status bar.
    """

    changed = Signal(object, str)
    told = Signal(str)

    def __init__(
        self,
        library: Library,
        questions: Questions,
        replies: TemplateList,
        editor: TemplateEditor,
        current_id: Callable[[], int | None],
        chosen_path: Callable[[], str],
    ) -> None:
        super().__init__(replies)
        self.library = library
        self.questions = questions
        self.replies = replies
        self.editor = editor
        self.current_id = current_id
        self.chosen_path = chosen_path

    def show_menu(self, point: QPoint) -> None:
        """The list's context menu at ``point``, for the selected replies."""
        if not self.replies.selected_ids():
            return
        menu = QMenu(self.replies)
        menu.addAction(self.tr("Move to…"), self.move_selected)
        menu.addAction(self.tr("Add tag…"), self.tag_selected)
        menu.addAction(self.tr("Mark as favourite"), lambda: self.favorite_selected(True))
        menu.addAction(self.tr("Remove from favourites"), lambda: self.favorite_selected(False))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.replies.table.viewport().mapToGlobal(point))

    def save(self) -> bool:
        """Write the editor's reply; False (with the reason shown in the editor) when the library refused it."""
        editor = self.editor
        values = editor.values()
        try:
            if editor.template is None:
                saved = self.library.add(
                    values["category"],
                    values["title"],
                    values["body"],
                    values["shortcut"] or None,
                    editor.tag_list(),
                    phrasings=values["phrasings"],
                )
            else:
                saved = self.library.update(
                    editor.template.id,
                    title=values["title"],
                    body=values["body"],
                    shortcut=values["shortcut"],
                    tags=editor.tag_list(),
                    category=values["category"],
                    phrasings=values["phrasings"],
                )
        except QuickReplyError as exc:
            editor.error.setText(str(exc))
            return False
        editor.mark_saved(saved)
        self.changed.emit(saved.id, fill(self.tr("Saved: %1"), saved.title))
        return True

    def new_from_clipboard(self) -> None:
        """A new reply from the copied text, in the chosen category (未分类 for all replies), shown at once."""
        text = QGuiApplication.clipboard().text()
        try:
            template = self.library.add_from_text(text, self.chosen_path() or "未分类")
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit(template.id, fill(self.tr("New reply from the clipboard: %1"), template.title))

    def duplicate(self) -> None:
        """Copy the reply in the editor and show the copy."""
        current = self.current_id()
        if current is None:
            return
        try:
            copy = self.library.duplicate(current)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit(copy.id, fill(self.tr("Duplicated: %1"), copy.title))

    def delete_selected(self) -> None:
        """Move the selected replies to the trash; unsaved edits of one of them are dropped, not saved."""
        ids = self.replies.selected_ids()
        if not ids:
            return
        if self.current_id() in ids and self.editor.is_dirty():
            self.editor.revert()
        try:
            removed = self.library.remove_many(ids)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit(None, fill(self.tr("Moved %1 replies to the trash (Ctrl+Z undoes)."), str(len(removed))))

    def move_to_category(self, ids: Sequence[int], category_id: int) -> None:
        """Replies dragged onto a category in the tree."""
        try:
            target = self.library.category(category_id).path
            self.library.move_templates(list(ids), target)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit(self.current_id(), fill(self.tr("Moved %1 replies to %2."), str(len(ids)), target))

    def move_selected(self) -> None:
        """Ask for a category (or a new path) and move the selected replies there."""
        ids = self.replies.selected_ids()
        target = self.questions.ask_choice(
            self.tr("Move replies"), fill(self.tr("Move %1 replies to:"), str(len(ids))), category_paths(self.library)
        )
        if target:
            try:
                self.library.move_templates(ids, target)
            except QuickReplyError as exc:
                self.told.emit(str(exc))
                return
            self.changed.emit(self.current_id(), fill(self.tr("Moved %1 replies to %2."), str(len(ids)), target))

    def tag_selected(self) -> None:
        """Ask for a tag and add it to the selected replies."""
        ids = self.replies.selected_ids()
        tag = self.questions.ask_text(self.tr("Add tag"), fill(self.tr("Tag for %1 replies:"), str(len(ids))))
        if tag and tag.strip():
            self.library.tag_many(ids, add=[tag.strip()])
            self.changed.emit(self.current_id(), fill(self.tr("Tagged %1 replies."), str(len(ids))))

    def favorite_selected(self, favorite: bool) -> None:
        """Mark the selected replies as favourites, or unmark them."""
        ids = self.replies.selected_ids()
        self.library.favorite_many(ids, favorite)
        self.changed.emit(self.current_id(), fill(self.tr("Updated %1 replies."), str(len(ids))))
