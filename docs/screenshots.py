"""Render the README's screenshots from the real widgets on the bundled library.

Run:  QT_QPA_PLATFORM=offscreen python docs/screenshots.py   (writes docs/images/*.png)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quickreply.app import install_translator  # noqa: E402
from quickreply.core import open_library  # noqa: E402
from quickreply.core.packs.exports import PackDetails, Selection, export_pack  # noqa: E402
from quickreply.core.packs.import_apply import apply_import, plan_import, read_incoming  # noqa: E402
from quickreply.paths import resources  # noqa: E402
from quickreply.ui.manager.fee_page import FeePage  # noqa: E402
from quickreply.ui.manager.usage_page import UsagePage  # noqa: E402
from quickreply.ui.manager.window import ManagerWindow  # noqa: E402
from quickreply.ui.packs.export_dialog import ExportDialog  # noqa: E402
from quickreply.ui.packs.import_dialog import ImportDialog  # noqa: E402
from quickreply.ui.popup.window import Popup  # noqa: E402
from quickreply.ui.settings_dialog import SettingsDialog  # noqa: E402
from quickreply.ui.tray import Tray  # noqa: E402

OUT = ROOT / "docs" / "images"


def main() -> None:
    app = QApplication(sys.argv)
    install_translator(app, "zh_CN")
    library = open_library(tempfile.mkdtemp())
    library.settings.set("shop_name", "小满家居旗舰店")
    library.settings.set("agent_name", "阿青")
    for code in ("tk", "wl", "hp"):
        library.set_favorite(code, True)
    library.record_use("fhsj")
    OUT.mkdir(parents=True, exist_ok=True)

    popup = Popup(library)
    popup.close_on_focus_loss = False
    popup.resize(680, 500)
    popup.show_popup()
    popup.search.setText("tk")
    app.processEvents()
    popup.grab().save(str(OUT / "popup.png"))

    popup.search.setText("退款 到账")
    app.processEvents()
    popup.grab().save(str(OUT / "popup-words.png"))

    popup.search.setText("wl")
    popup.copy_row(0, keep_open=True)
    popup.form.editor("单号").setText("SF1234567890123")
    app.processEvents()
    popup.grab().save(str(OUT / "form.png"))
    popup.hide()

    tray = Tray(library, QIcon(str(resources() / "icons" / "quickreply.svg")), "Ctrl+Alt+Q")
    tray.menu.aboutToShow.emit()
    tray.menu.popup(QPoint(0, 0))
    after_sale = next(a for a in tray.menu.actions() if a.text() == "售后").menu()
    after_sale.popup(QPoint(tray.menu.width(), 0))
    app.processEvents()
    menu_image = tray.menu.grab()
    sub_image = after_sale.grab()
    from PySide6.QtGui import QPainter, QPixmap

    canvas = QPixmap(menu_image.width() + sub_image.width(), max(menu_image.height(), sub_image.height()))
    canvas.fill()
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, menu_image)
    painter.drawPixmap(menu_image.width(), 0, sub_image)
    painter.end()
    canvas.save(str(OUT / "tray-menu.png"))

    # A new home's fee table is the bundled sample, marked 示例价格 until the lead imports the shop's own.
    popup.show_popup()
    popup.search.setText("运费 北京 1 40x30x30")  # a box: the charged-weight column shows its volume weight
    app.processEvents()
    popup.grab().save(str(OUT / "popup-fee.png"))
    popup.hide()
    fees = FeePage(library)
    fees.resize(1200, 660)
    fees.show()
    fees.reload()
    app.processEvents()
    fees.grab().save(str(OUT / "fee-page.png"))
    fees.hide()

    manager = ManagerWindow(library)
    manager.resize(1366, 768)
    manager.show()
    manager.tree.setCurrentIndex(manager.categories.index_of(library.category("售后/物流查询").id))
    manager.table.selectRow(0)
    app.processEvents()
    manager.grab().save(str(OUT / "manager.png"))
    library.remove_many([t.id for t in library.templates("售中/预售")][:3])
    manager.reload()
    manager.show_trash(True)
    app.processEvents()
    manager.grab().save(str(OUT / "manager-trash.png"))
    manager.show_trash(False)

    # The reply check while a lead writes a reply: an absolute term, a run of ！, a fix offered.
    bad = library.add("售前/商品咨询", "价格说明", "亲，这款是全网最低价！！绝对正品，放心拍～", "jgsm")
    manager.reload()
    manager.select_templates([bad.id])
    manager.table.setCurrentIndex(manager.table.selectionModel().selectedRows()[0])
    app.processEvents()
    manager.grab().save(str(OUT / "manager-check.png"))

    popup.show_popup()
    popup.search.setText("jgsm")
    app.processEvents()
    popup.copy_row(0, keep_open=False)  # the first Enter: the popup says what is wrong and waits
    app.processEvents()
    popup.grab().save(str(OUT / "popup-rules.png"))
    popup.hide()

    # Three weeks of a team's copies, for the statistics page.
    now = time.time()
    for days_ago, shortcuts in enumerate([["tk", "wl", "wl"], ["tk", "hp"], [], ["tk", "fhsj", "wl"], ["tk"]] * 4):
        for n, code in enumerate(shortcuts):
            library.record_use(code, when=now - days_ago * 86400 - n * 60)
    usage = UsagePage(library)
    usage.resize(1100, 760)
    usage.show()
    app.processEvents()
    usage.grab().save(str(OUT / "usage.png"))
    usage.hide()

    dialog = SettingsDialog(library, lambda chosen: None)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "settings.png"))
    dialog.hide()

    # A team lead's pack, version 2: one reply changed, one added, one removed since version 1 (installed).
    lead = open_library(tempfile.mkdtemp())
    folder = Path(tempfile.mkdtemp())
    notes = "双十一前更新：发货时间改为 48 小时内。"
    details = {"name": "小满家居售后话术", "author": "组长 小林", "description": notes}
    export_pack(lead, folder / "v1.qrpack", Selection(["售后"]), PackDetails(version="1.2", **details))
    apply_import(library, plan_import(library, read_incoming(folder / "v1.qrpack")))
    after_sale = lead.templates("售后")
    lead.update(after_sale[0].id, body=after_sale[0].body + "如有疑问请随时联系我们～")
    lead.remove(after_sale[1].id)
    lead.add("售后/物流查询", "催件话术", "亲，已经帮您联系快递加急派送，请耐心等待～", "cjhs")
    export_pack(
        lead, folder / "小满家居售后话术-1.3.qrpack", Selection(["售后"]), PackDetails(version="1.3", **details)
    )
    preview = ImportDialog(library)
    preview.show()
    preview.load(folder / "小满家居售后话术-1.3.qrpack")
    while preview.plan is None:
        app.processEvents()
    app.processEvents()
    preview.grab().save(str(OUT / "import-preview.png"))
    preview.hide()

    exporting = ExportDialog(library)
    exporting.tree.topLevelItem(2).setCheckState(0, Qt.CheckState.Unchecked)
    exporting.notes.setPlainText("双十一前更新：发货时间改为 48 小时内。")
    exporting.show()
    app.processEvents()
    exporting.grab().save(str(OUT / "export.png"))
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
    # Offscreen, Qt frees the clipboard's data after Python is gone: a copied reply would crash the exit.
    QApplication.clipboard().clear()
