"""Wires the GUI: QApplication, translations, single instance, tray, global hotkey → popup → clipboard."""

from __future__ import annotations

import getpass
import hashlib
import logging
import logging.handlers
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QLibraryInfo,
    QObject,
    QRect,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from . import __version__
from .core import Library, QuickReplyError
from .core.library import running, transactions
from .core.library.settings import AUTO_PASTE, AUTOSTART, BUYER_HOTKEY, HOTKEY, LANGUAGE, TOLD_NO_TRAY
from .desktop import autostart, focus, paste, selection
from .desktop.hotkey import HotkeyError, Registration, parse_hotkey, register
from .paths import data_home, resources
from .ui.damaged_library import ask_restore, open_or_recover
from .ui.first_start import FirstStartDialog
from .ui.packs.subscription import SubscriptionWatch
from .ui.plain_text import notification_text
from .ui.popup.copied_notice import Notice
from .ui.popup.window import Popup
from .ui.settings_dialog import Chosen, SettingsDialog
from .ui.tray import Tray
from .ui.wording import fill

SHOW = b"show\n"
MANAGE = b"manage\n"


def instance_name(home: Path) -> str:
    """One running QuickReply per user and data home."""
    digest = hashlib.sha1(str(home.resolve()).encode()).hexdigest()[:12]
    return f"quickreply-{getpass.getuser()}-{digest}"


def hand_over(name: str, request: bytes = SHOW) -> bool:
    """If QuickReply already runs for this home, ask it to show the popup (or the manager); True when it did."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300):
        return False
    socket.write(QByteArray(request))
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


class NativeHotkeyFilter(QAbstractNativeEventFilter):
    """Windows delivers RegisterHotKey presses as messages of the GUI thread: hand them to the registration."""

    def __init__(self, owner: QuickReplyApp) -> None:
        super().__init__()
        self.owner = owner

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int) -> tuple[bool, int]:
        for registration in (self.owner.registration, self.owner.buyer_registration):
            if registration is not None and registration.handle_native_message(bytes(event_type), int(message)):
                return True, 0
        return False, 0


class QuickReplyApp(QObject):
    """The running application: one popup, one tray icon, two hotkeys (open the popup; answer the selected text).

    Signals:
        hotkey_pressed: the global hotkey, from whatever thread the desktop reports it on (delivered queued).
        buyer_hotkey_pressed: the second hotkey, likewise.
        selection_fetched(str): the text selected in the chat window ("" when none), from the thread that fetched it.
    """

    hotkey_pressed = Signal()
    buyer_hotkey_pressed = Signal()
    selection_fetched = Signal(str)

    def __init__(self, app: QApplication, library: Library, name: str) -> None:
        super().__init__()
        self.app = app
        self.library = library
        self.registration: Registration | None = None
        self.buyer_registration: Registration | None = None
        self._fetching = False
        self.manager: QWidget | None = None
        self.first_start: FirstStartDialog | None = None
        self._previous: focus.WindowRef | None = None
        self.icon = QIcon(str(resources() / "icons" / "quickreply.svg"))
        app.setWindowIcon(self.icon)
        self.popup = Popup(library)
        self.popup.copied.connect(self._copied)
        self.notice = Notice()
        self.hotkey_pressed.connect(self.toggle_popup, Qt.ConnectionType.QueuedConnection)
        self.buyer_hotkey_pressed.connect(self.answer_selection, Qt.ConnectionType.QueuedConnection)
        self.selection_fetched.connect(self._show_for_selection, Qt.ConnectionType.QueuedConnection)
        self._native = NativeHotkeyFilter(self)
        app.installNativeEventFilter(self._native)
        hotkey_text = library.settings.get(HOTKEY)
        self.tray: Tray | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = Tray(library, self.icon, hotkey_text)
            self.tray.search_requested.connect(self.show_popup)
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.manage_requested.connect(self.open_manager)
            self.tray.quit_requested.connect(self.quit)
            self.tray.template_chosen.connect(self.copy_from_menu)
            self.tray.pause_toggled.connect(self.pause)
            self.tray.show()
        for apply, setting in ((self.apply_hotkey, HOTKEY), (self.apply_buyer_hotkey, BUYER_HOTKEY)):
            try:
                apply(library.settings.get(setting))
            except HotkeyError as exc:
                self.tell(str(exc))
        if self.tray is None and not library.settings.get(TOLD_NO_TRAY):
            self.tell(
                fill(
                    self.tr("This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show."),
                    hotkey_text,
                )
            )
            with transactions.write(library.db):
                library.settings.put(TOLD_NO_TRAY, True)
        self.subscription = SubscriptionWatch(library, self)
        self.subscription.installed.connect(self._pack_installed)
        self.subscription.problem.connect(self.tell)
        self.subscription.start()
        QTimer.singleShot(0, self.ask_first_start)  # once the tray is up and the start (--show, --manage) is done
        # Listening last: once a second start can hand over to us, everything (the hotkey too) is ready.
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left over by a crash
            self.server.listen(name)

    # --- hotkey ----------------------------------------------------------------------------------------------

    def apply_hotkey(self, text: str) -> None:
        """Hold ``text`` as the hotkey instead of the current one; on failure the current one stays."""
        self.registration = self._hold(self.registration, text, self.hotkey_pressed.emit)
        if self.tray is not None:
            self.tray.set_hotkey_text(text)

    def apply_buyer_hotkey(self, text: str) -> None:
        """Hold ``text`` as the second hotkey (answer the selected buyer message); "" holds none."""
        if not text.strip():
            if self.buyer_registration is not None:
                self.buyer_registration.unregister()
            self.buyer_registration = None
            return
        self.buyer_registration = self._hold(self.buyer_registration, text, self.buyer_hotkey_pressed.emit)

    @staticmethod
    def _hold(current: Registration | None, text: str, pressed: Callable[[], None]) -> Registration:
        """``text`` held instead of ``current``: a new registration, or ``current`` when it is the same keys."""
        hotkey = parse_hotkey(text)
        if current is not None and current.hotkey == hotkey:
            return current
        new = register(hotkey, pressed)
        if current is not None:
            current.unregister()
        return new

    def pause(self, paused: bool) -> None:
        if paused:
            for registration in (self.registration, self.buyer_registration):
                if registration is not None:
                    registration.unregister()
            self.registration = self.buyer_registration = None
            return
        for apply, setting in ((self.apply_hotkey, HOTKEY), (self.apply_buyer_hotkey, BUYER_HOTKEY)):
            try:
                apply(self.library.settings.get(setting))
            except HotkeyError as exc:
                self.tell(str(exc))

    # --- popup and copying -----------------------------------------------------------------------------------

    def toggle_popup(self) -> None:
        """The hotkey: open the popup, or close it when it is already in front (the agent changed their mind)."""
        if self.popup.isVisible() and self.popup.isActiveWindow():
            self.popup.hide()
            focus.activate(self._previous)
        else:
            self.show_popup()

    def show_popup(self) -> None:
        if not self.popup.isVisible():
            self._previous = focus.active_window()
        self.popup.show_popup(self._near(self._previous))

    def answer_selection(self) -> None:
        """The second hotkey: copy the text selected in the chat window, then open the popup on it. The copy waits
        for the chat program (up to ``selection.WAIT_S``): on a thread of its own, so the app never stops."""
        if self.popup.isVisible() and self.popup.isActiveWindow():
            self.toggle_popup()  # the selection would be ours
            return
        if self._fetching:
            return
        self._fetching = True
        self._previous = focus.active_window()
        threading.Thread(target=self._fetch_selection, name="selection", daemon=True).start()

    def _fetch_selection(self) -> None:
        try:
            text = selection.selected_text()
        except QuickReplyError as exc:
            logging.getLogger(__name__).warning("%s", exc)
            text = ""
        self.selection_fetched.emit(text)

    def _show_for_selection(self, text: str) -> None:
        self._fetching = False
        near = self._near(self._previous)
        if text.strip():
            self.popup.show_popup(near, message=text)
        else:
            self.popup.show_popup(near, note=self.tr("No selected text was fetched."))

    def _near(self, window: focus.WindowRef | None) -> QRect | None:
        """The chat window's place in Qt's coordinates (the desktop reports physical pixels)."""
        rect = focus.window_rect(window)
        if rect is None:
            return None
        ratio = self.app.primaryScreen().devicePixelRatio() or 1.0
        return QRect(*(round(v / ratio) for v in rect))

    def copy_from_menu(self, template_id: int) -> None:
        try:
            template = self.library.get(template_id)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self._previous = focus.active_window()
        self.popup.show_popup(self._near(self._previous))
        self.popup.copy_template(template)

    def _copied(self, text: str, keep_open: bool) -> None:
        self.notice.flash(fill(self.tr("Copied: %1"), " ".join(text.split())[:24]))
        if keep_open:
            return
        focus.activate(self._previous)
        if self.library.settings.get(AUTO_PASTE):
            QTimer.singleShot(150, self._paste)

    def _paste(self) -> None:
        try:
            paste.send_paste()
        except QuickReplyError as exc:
            self.tell(str(exc))

    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        socket.waitForReadyRead(300)
        request = bytes(socket.readAll().data())
        if request.startswith(MANAGE.strip()):
            self.open_manager()
        elif request.startswith(SHOW.strip()):
            self.show_popup()
        socket.disconnectFromServer()

    # --- settings, manager and messages ----------------------------------------------------------------------

    def ask_first_start(self) -> None:
        """At the first start, ask for the shop and agent names (``FirstStartDialog``), beside the app: the hotkey
        works meanwhile. Not over the popup or the manager opened at start: then at the next start."""
        if self.popup.isVisible() or self.manager is not None or not self.library.settings.first_start_due():
            return
        self.first_start = FirstStartDialog(self.library, self.library.settings.get(HOTKEY))
        self.first_start.setWindowIcon(self.icon)
        self.first_start.show()

    def open_manager(self) -> None:
        """One manager window, created on first use; it edits the same library the popup searches."""
        from .ui.manager.window import ManagerWindow  # the manager is big; the popup should not wait for it at start

        if self.manager is None:
            self.manager = ManagerWindow(self.library)
            self.manager.setWindowIcon(self.icon)
            self.manager.pack_menu.subscription_changed.connect(self.subscription.refresh)
        self.popup.hide()
        self.manager.show()
        self.manager.raise_()
        self.manager.activateWindow()

    def _pack_installed(self, message: str) -> None:
        """The subscribed pack's newer version is in the library: say so, and show it where the library is open."""
        self.library.sync()
        if self.manager is not None:
            self.manager.reload()  # type: ignore[attr-defined]
        self.tell(message)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.library, self.apply_settings)
        dialog.setWindowIcon(self.icon)
        dialog.exec()

    def apply_settings(self, chosen: Chosen) -> None:
        """Make the chosen settings real before they are saved; a taken hotkey raises and nothing is saved."""
        buyer = chosen[BUYER_HOTKEY]
        if buyer.strip() and parse_hotkey(buyer) == parse_hotkey(chosen[HOTKEY]):
            raise HotkeyError(self.tr("The two hotkeys must differ: choose another one for answering the selection."))
        self.apply_hotkey(chosen[HOTKEY])
        try:
            self.apply_buyer_hotkey(buyer)
        except HotkeyError:
            self.apply_hotkey(self.library.settings.get(HOTKEY))  # nothing is saved: the saved hotkey is held again
            raise
        autostart.apply(chosen[AUTOSTART])

    def tell(self, message: str) -> None:
        """A message the agent should see once: a tray balloon, or the notice when there is no tray."""
        print(message, file=sys.stderr)
        if self.tray is not None:
            # Pack names and file names in it: a Linux notification server would read them as markup.
            self.tray.showMessage(self.tr("QuickReply"), notification_text(message), self.icon, 8000)
        else:
            self.notice.flash(message, 8000)

    def stop(self) -> None:
        """Let go of what the app holds outside itself: the hotkey, the single-instance name, the pack file it
        follows (whose timer would otherwise read a library that is about to be closed)."""
        for registration in (self.registration, self.buyer_registration):
            if registration is not None:
                registration.unregister()
        self.subscription.stop()
        self.server.close()

    def quit(self) -> None:
        self.stop()
        self.app.quit()


def install_translator(app: QApplication, language: str) -> None:
    """Our strings (English in the source) in the chosen language, and Qt's own (OK, Cancel) to match."""
    for name, folder in (
        (f"quickreply_{language}", str(resources() / "translations")),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def start_logging(home: Path) -> Path:
    """Log to ``quickreply.log`` in the data home (kept small), Qt's own messages included; nothing to the terminal.

    A support request can then come with the log, and no traceback ever lands in front of an agent.
    """
    log_file = home / "quickreply.log"
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qInstallMessageHandler(lambda kind, context, message: qt_log.log(levels.get(kind, logging.WARNING), message))
    return log_file


def no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def run(home: str | None, show: bool, manage: bool = False, argv: Sequence[str] = ()) -> int:
    """Start the tray app (or hand over to the one already running). Returns the exit code."""
    if no_display():
        print(
            "快捷回复：找不到图形界面（没有 DISPLAY）。托盘程序需要桌面环境；命令行用法见 quickreply --help。",
            file=sys.stderr,
        )
        return 1
    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("QuickReply")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    where = data_home(home)
    name = instance_name(where)
    request = MANAGE if manage else SHOW
    if hand_over(name, request):
        return 0
    try:
        lock = hold_home(where, name, request)
    except running.AppRunning:
        print(
            f"快捷回复：数据目录 {where} 正被另一个快捷回复（或一次正在进行的备份恢复）占用，请稍等一会儿再启动。",
            file=sys.stderr,
        )
        return 1
    if lock is None:
        return 0
    try:
        return _run(app, where, name, lock, show, manage)
    finally:
        lock.release()


def hold_home(where: Path, name: str, request: bytes, wait: float = 5.0) -> running.AppLock | None:
    """The home's lock (``running``), held while the app runs: ``restore-backup`` is refused meanwhile.

    Another process holding it is a QuickReply still starting (asked to show itself once it listens: None) or a
    restore at work (waited for, up to ``wait`` seconds).

    Raises:
        AppRunning: not let go in time.
    """
    with suppress(OSError):
        where.mkdir(parents=True, exist_ok=True)  # the lock file lives in the home
    deadline = time.monotonic() + wait
    while True:
        try:
            return running.hold(where)
        except running.AppRunning:
            if hand_over(name, request):
                return None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _run(app: QApplication, where: Path, name: str, lock: running.AppLock, show: bool, manage: bool) -> int:
    library = open_or_recover(where, ask_restore, lock)
    if library is None:
        return 1
    start_logging(where)
    logging.getLogger(__name__).info("QuickReply %s started on %s", __version__, where)
    install_translator(app, library.settings.get(LANGUAGE))
    window = QuickReplyApp(app, library, name)
    # Once the tray is up, the index for pasted buyer messages is built in a background thread (about a second at
    # 100,000 templates), never on the start-up path or on a keystroke.
    QTimer.singleShot(0, library.prepare_meaning)
    if manage:
        window.open_manager()
    elif show:
        window.show_popup()
    return app.exec()
