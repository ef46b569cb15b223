<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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