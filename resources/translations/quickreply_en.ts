<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CategoryModel</name>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="118" />
        <source>All replies (%1)</source>
        <translation>All replies (%1)</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="46" />
        <source>QuickReply — manage replies</source>
        <translation>QuickReply — manage replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="63" />
        <source>Search like the popup: pinyin, initials, shortcut, Chinese</source>
        <translation>Search like the popup: pinyin, initials, shortcut, Chinese</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="102" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="104" />
        <source>Delete forever</source>
        <translation>Delete forever</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="106" />
        <location filename="../../quickreply/ui/manager.py" line="531" />
        <source>Back to replies</source>
        <translation>Back to replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="109" />
        <source>Items older than 30 days are removed for good.</source>
        <translation>Items older than 30 days are removed for good.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="138" />
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="149" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="150" />
        <source>New from clipboard</source>
        <translation>New from clipboard</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="151" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="152" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="153" />
        <location filename="../../quickreply/ui/manager.py" line="432" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="154" />
        <location filename="../../quickreply/ui/manager.py" line="242" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="156" />
        <location filename="../../quickreply/ui/manager.py" line="474" />
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="157" />
        <location filename="../../quickreply/ui/manager.py" line="531" />
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="168" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="169" />
        <source>This reply has changes that are not saved. Save them?</source>
        <translation>This reply has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="185" />
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="188" />
        <source>Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?</source>
        <translation>Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="194" />
        <source>To the trash (can be restored)</source>
        <translation>To the trash (can be restored)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="195" />
        <source>Move to another category…</source>
        <translation>Move to another category…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="201" />
        <location filename="../../quickreply/ui/manager.py" line="438" />
        <source>Move replies</source>
        <translation>Move replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="201" />
        <source>Move the replies to:</source>
        <translation>Move the replies to:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="220" />
        <source>Shortcut 「%1」 is used by 「%2」 (%3).</source>
        <translation>Shortcut 「%1」 is used by 「%2」 (%3).</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="341" />
        <source>New reply from the clipboard: %1</source>
        <translation>New reply from the clipboard: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="351" />
        <source>Duplicated: %1</source>
        <translation>Duplicated: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="378" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="393" />
        <source>Moved %1 replies to the trash (Ctrl+Z undoes).</source>
        <translation>Moved %1 replies to the trash (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="402" />
        <location filename="../../quickreply/ui/manager.py" line="446" />
        <source>Moved %1 replies to %2.</source>
        <translation>Moved %1 replies to %2.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="410" />
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="427" />
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="428" />
        <source>Add tag…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="429" />
        <source>Mark as favourite</source>
        <translation>Mark as favourite</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="430" />
        <source>Remove from favourites</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="438" />
        <source>Move %1 replies to:</source>
        <translation>Move %1 replies to:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="450" />
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="450" />
        <source>Tag for %1 replies:</source>
        <translation>Tag for %1 replies:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="453" />
        <source>Tagged %1 replies.</source>
        <translation>Tagged %1 replies.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="458" />
        <source>Updated %1 replies.</source>
        <translation>Updated %1 replies.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="466" />
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="468" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="469" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="474" />
        <source>Path, e.g. 售后/退款 (two levels at most):</source>
        <translation>Path, e.g. 售后/退款 (two levels at most):</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="484" />
        <source>Created category %1.</source>
        <translation>Created category %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="488" />
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="488" />
        <source>New name for 「%1」:</source>
        <translation>New name for 「%1」:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="497" />
        <source>Renamed to %1.</source>
        <translation>Renamed to %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="511" />
        <source>Deleted category %1; %2 replies moved (Ctrl+Z undoes).</source>
        <translation>Deleted category %1; %2 replies moved (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="547" />
        <source>Restored: %1</source>
        <translation>Restored: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="558" />
        <source>Deleted %1 replies for good.</source>
        <translation>Deleted %1 replies for good.</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="60" />
        <source>QuickReply</source>
        <translation>QuickReply</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="64" />
        <source>Type pinyin, initials, a shortcut or Chinese; @category to narrow</source>
        <translation>Type pinyin, initials, a shortcut or Chinese; @category to narrow</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="93" />
        <source>↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close</source>
        <translation>↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="189" />
        <source>No favourites or recent replies yet: type to search.</source>
        <translation>No favourites or recent replies yet: type to search.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="191" />
        <source>Nothing matches. Try fewer letters, initials (tk) or @category.</source>
        <translation>Nothing matches. Try fewer letters, initials (tk) or @category.</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../quickreply/app.py" line="120" />
        <source>This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show.</source>
        <translation>This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show.</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="191" />
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="247" />
        <source>QuickReply</source>
        <translation>QuickReply</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="34" />
        <source>QuickReply settings</source>
        <extracomment>Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.</extracomment>
        <translation>QuickReply settings</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="38" />
        <source>Also paste into the previous window (sends Ctrl+V)</source>
        <translation>Also paste into the previous window (sends Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="40" />
        <source>Start QuickReply when I log in</source>
        <translation>Start QuickReply when I log in</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="43" />
        <source>Over the chat window</source>
        <translation>Over the chat window</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="44" />
        <source>Next to the mouse</source>
        <translation>Next to the mouse</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="45" />
        <source>Centre of the screen</source>
        <translation>Centre of the screen</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="48" />
        <source>Used for {店铺} in replies</source>
        <translation>Used for {店铺} in replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="50" />
        <source>Used for {客服} in replies</source>
        <translation>Used for {客服} in replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="60" />
        <source>Hotkey (press the keys)</source>
        <translation>Hotkey (press the keys)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="63" />
        <source>Popup position</source>
        <translation>Popup position</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="64" />
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="65" />
        <source>Agent nickname</source>
        <translation>Agent nickname</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="66" />
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="92" />
        <source>Press a key combination for the hotkey, e.g. Ctrl+Alt+Q.</source>
        <translation>Press a key combination for the hotkey, e.g. Ctrl+Alt+Q.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="71" />
        <source>e.g. tk (optional)</source>
        <translation>e.g. tk (optional)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="76" />
        <source>comma separated, e.g. 退款, 到账</source>
        <translation>comma separated, e.g. 退款, 到账</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="86" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="88" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="91" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="92" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="93" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="95" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="103" />
        <source>Reply ({name} asks for a value, {name:default}, {name|a|b})</source>
        <translation>Reply ({name} asks for a value, {name:default}, {name|a|b})</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="105" />
        <source>Preview with defaults</source>
        <translation>Preview with defaults</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="125" />
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="125" />
        <location filename="../../quickreply/ui/template_editor.py" line="176" />
        <source>Edit reply #%1</source>
        <translation>Edit reply #%1</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="183" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="184" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="185" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="186" />
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="187" />
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="188" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="260" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="260" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="260" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="46" />
        <source>QuickReply — press %1 to search</source>
        <extracomment>A submenu longer than this gets a last entry that opens the popup instead.</extracomment>
        <translation>QuickReply — press %1 to search</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="57" />
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="62" />
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="63" />
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="75" />
        <source>Manage…</source>
        <translation>Manage…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="76" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="77" />
        <source>Pause hotkey</source>
        <translation>Pause hotkey</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="82" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="93" />
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="101" />
        <source>More… (search)</source>
        <translation>More… (search)</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../quickreply/ui/variable_form.py" line="32" />
        <source>Tab: next field · Enter: copy · Esc: back</source>
        <translation>Tab: next field · Enter: copy · Esc: back</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/variable_form.py" line="40" />
        <source>Will be copied as:</source>
        <translation>Will be copied as:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/variable_form.py" line="62" />
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
</context>
</TS>