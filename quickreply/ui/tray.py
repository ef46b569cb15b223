"""The tray icon and its menu, rebuilt from the library every time it opens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..core import Library, Template
from .plain_text import menu_text, tooltip
from .wording import fill

#: A submenu longer than this gets a last entry that opens the popup instead.
MENU_LIMIT = 40


def submenu(menu: QMenu, title: str) -> QMenu:
    """A submenu named after a category: its title shown as written, ``&`` too, and so is the tooltip its entry
    would otherwise take from the title."""
    added = menu.addMenu(menu_text(title))
    added.menuAction().setToolTip(tooltip(title))
    return added


class Tray(QSystemTrayIcon):
    """Tray icon. Clicking a template in the menu asks the app to copy it (the app shows the form if needed).

    Signals:
        search_requested, settings_requested, manage_requested, quit_requested: the menu entries.
        template_chosen(int): a template id picked from 收藏 / 最近使用 / a category.
        pause_toggled(bool): 暂停热键.
    """

    search_requested = Signal()
    settings_requested = Signal()
    manage_requested = Signal()
    quit_requested = Signal()
    template_chosen = Signal(int)
    pause_toggled = Signal(bool)

    def __init__(self, library: Library, icon: QIcon, hotkey_text: str) -> None:
        super().__init__(icon)
        self.library = library
        self.paused = False
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild)
        self.setContextMenu(self.menu)
        self.set_hotkey_text(hotkey_text)
        self.activated.connect(self._activated)
        self.rebuild()

    def set_hotkey_text(self, hotkey_text: str) -> None:
        self.setToolTip(fill(self.tr("QuickReply — press %1 to search"), hotkey_text))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.search_requested.emit()

    def rebuild(self) -> None:
        """Fill the menu from the library as it is now."""
        self.library.sync()
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("Search…"), self.search_requested.emit)
        menu.addSeparator()
        hits = self.library.search("", limit=MENU_LIMIT)
        favorites = [h.template for h in hits if h.template.favorite]
        recent = [h.template for h in hits if not h.template.favorite]
        self._templates(menu.addMenu(self.tr("Favourites")), favorites)
        self._templates(menu.addMenu(self.tr("Recently used")), recent)
        menu.addSeparator()
        categories = self.library.categories()
        for top in (c for c in categories if c.parent_id is None):
            top_menu = submenu(menu, top.name)
            for child in (c for c in categories if c.parent_id == top.id):
                self._templates(submenu(top_menu, f"{child.name} ({child.count})"), self._in(child.id))
            direct = self._in(top.id)
            if direct:
                top_menu.addSeparator()
                self._templates(top_menu, direct)
        menu.addSeparator()
        menu.addAction(self.tr("Manage…"), self.manage_requested.emit)
        menu.addAction(self.tr("Settings…"), self.settings_requested.emit)
        pause = QAction(self.tr("Pause hotkey"), menu)
        pause.setCheckable(True)
        pause.setChecked(self.paused)
        pause.toggled.connect(self._pause)
        menu.addAction(pause)
        menu.addAction(self.tr("Quit"), self.quit_requested.emit)

    def _pause(self, paused: bool) -> None:
        self.paused = paused
        self.pause_toggled.emit(paused)

    def _in(self, category_id: int) -> list[Template]:
        return [t for t in self.library.templates(category_id) if t.category_id == category_id]

    def _templates(self, menu: QMenu, templates: Sequence[Template]) -> None:
        if not templates:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
            return
        for template in templates[:MENU_LIMIT]:
            label = f"{template.title}\t{template.shortcut}" if template.shortcut else template.title
            action = menu.addAction(menu_text(label))
            action.setToolTip(tooltip(template.body))
            action.triggered.connect(lambda _=False, tid=template.id: self.template_chosen.emit(tid))
        if len(templates) > MENU_LIMIT:
            menu.addAction(self.tr("More… (search)"), self.search_requested.emit)
