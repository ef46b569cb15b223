<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Popup</name>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="60" />
        <source>QuickReply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="64" />
        <source>Type pinyin, initials, a shortcut or Chinese; @category to narrow</source>
        <translation>输入拼音、首字母、快捷码或中文；@分类 可缩小范围</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="93" />
        <source>↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close</source>
        <translation>↑↓ 选择 · Enter 复制 · Ctrl+Enter 复制不关闭 · Alt+1…9 直接选 · Ctrl+D 收藏 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="189" />
        <source>No favourites or recent replies yet: type to search.</source>
        <translation>还没有收藏或最近使用的回复：输入文字开始搜索。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup.py" line="191" />
        <source>Nothing matches. Try fewer letters, initials (tk) or @category.</source>
        <translation>没有匹配的回复。试试少打几个字、拼音首字母（如 tk）或 @分类。</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../quickreply/app.py" line="120" />
        <source>This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show.</source>
        <translation>这个桌面没有系统托盘。快捷回复仍在运行：按 %1，或在终端运行 quickreply --show 打开搜索框。</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="191" />
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="247" />
        <source>QuickReply</source>
        <translation>快捷回复</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="34" />
        <source>QuickReply settings</source>
        <extracomment>Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.</extracomment>
        <translation>快捷回复设置</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="38" />
        <source>Also paste into the previous window (sends Ctrl+V)</source>
        <translation>复制后自动粘贴到原来的窗口（发送 Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="40" />
        <source>Start QuickReply when I log in</source>
        <translation>开机登录后自动启动快捷回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="43" />
        <source>Over the chat window</source>
        <translation>聊天窗口上方</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="44" />
        <source>Next to the mouse</source>
        <translation>鼠标旁边</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="45" />
        <source>Centre of the screen</source>
        <translation>屏幕中央</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="48" />
        <source>Used for {店铺} in replies</source>
        <translation>用于回复中的 {店铺}</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="50" />
        <source>Used for {客服} in replies</source>
        <translation>用于回复中的 {客服}</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="60" />
        <source>Hotkey (press the keys)</source>
        <translation>快捷键（直接按下组合键）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="63" />
        <source>Popup position</source>
        <translation>搜索框位置</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="64" />
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="65" />
        <source>Agent nickname</source>
        <translation>客服昵称</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="66" />
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="92" />
        <source>Press a key combination for the hotkey, e.g. Ctrl+Alt+Q.</source>
        <translation>请按下一个组合键作为快捷键，例如 Ctrl+Alt+Q。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="46" />
        <source>QuickReply — press %1 to search</source>
        <extracomment>A submenu longer than this gets a last entry that opens the popup instead.</extracomment>
        <translation>快捷回复 — 按 %1 搜索</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="57" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="62" />
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="63" />
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="75" />
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="76" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="77" />
        <source>Pause hotkey</source>
        <translation>暂停热键</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="82" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="93" />
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="101" />
        <source>More… (search)</source>
        <translation>更多…（搜索）</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../quickreply/ui/variable_form.py" line="32" />
        <source>Tab: next field · Enter: copy · Esc: back</source>
        <translation>Tab 下一项 · Enter 复制 · Esc 返回</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/variable_form.py" line="40" />
        <source>Will be copied as:</source>
        <translation>将复制为：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/variable_form.py" line="62" />
        <source>Fill in: %1</source>
        <translation>填写：%1</translation>
    </message>
</context>
</TS>