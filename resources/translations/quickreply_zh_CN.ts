<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CategoryModel</name>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="118" />
        <source>All replies (%1)</source>
        <translation>全部回复（%1）</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="46" />
        <source>QuickReply — manage replies</source>
        <translation>快捷回复 — 管理回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="63" />
        <source>Search like the popup: pinyin, initials, shortcut, Chinese</source>
        <translation>搜索（与弹窗相同）：拼音、首字母、快捷码、中文</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="102" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="104" />
        <source>Delete forever</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="106" />
        <location filename="../../quickreply/ui/manager.py" line="531" />
        <source>Back to replies</source>
        <translation>返回回复列表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="109" />
        <source>Items older than 30 days are removed for good.</source>
        <translation>回收站里超过 30 天的回复会被彻底删除。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="138" />
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="149" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="150" />
        <source>New from clipboard</source>
        <translation>新建自剪贴板</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="151" />
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="152" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="153" />
        <location filename="../../quickreply/ui/manager.py" line="432" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="154" />
        <location filename="../../quickreply/ui/manager.py" line="242" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="156" />
        <location filename="../../quickreply/ui/manager.py" line="474" />
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="157" />
        <location filename="../../quickreply/ui/manager.py" line="531" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="168" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="169" />
        <source>This reply has changes that are not saved. Save them?</source>
        <translation>这条回复有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="185" />
        <source>Delete category</source>
        <translation>删除分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="188" />
        <source>Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?</source>
        <translation>分类「%1」里有 %2 条回复和 %3 个子分类。这些回复要放到哪里？</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="194" />
        <source>To the trash (can be restored)</source>
        <translation>移到回收站（可恢复）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="195" />
        <source>Move to another category…</source>
        <translation>移到其他分类…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="201" />
        <location filename="../../quickreply/ui/manager.py" line="438" />
        <source>Move replies</source>
        <translation>移动回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="201" />
        <source>Move the replies to:</source>
        <translation>把这些回复移到：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="220" />
        <source>Shortcut 「%1」 is used by 「%2」 (%3).</source>
        <translation>快捷码「%1」已被「%2」（%3）使用。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="341" />
        <source>New reply from the clipboard: %1</source>
        <translation>已从剪贴板新建：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="351" />
        <source>Duplicated: %1</source>
        <translation>已复制一份：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="378" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="393" />
        <source>Moved %1 replies to the trash (Ctrl+Z undoes).</source>
        <translation>已把 %1 条回复移到回收站（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="402" />
        <location filename="../../quickreply/ui/manager.py" line="446" />
        <source>Moved %1 replies to %2.</source>
        <translation>已把 %1 条回复移到 %2。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="410" />
        <source>Nothing to undo.</source>
        <translation>没有可以撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="427" />
        <source>Move to…</source>
        <translation>移到…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="428" />
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="429" />
        <source>Mark as favourite</source>
        <translation>设为收藏</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="430" />
        <source>Remove from favourites</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="438" />
        <source>Move %1 replies to:</source>
        <translation>把 %1 条回复移到：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="450" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="450" />
        <source>Tag for %1 replies:</source>
        <translation>给 %1 条回复添加的标签：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="453" />
        <source>Tagged %1 replies.</source>
        <translation>已给 %1 条回复添加标签。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="458" />
        <source>Updated %1 replies.</source>
        <translation>已更新 %1 条回复。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="466" />
        <source>New category…</source>
        <translation>新建分类…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="468" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="469" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="474" />
        <source>Path, e.g. 售后/退款 (two levels at most):</source>
        <translation>分类路径，例如 售后/退款（最多两级）：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="484" />
        <source>Created category %1.</source>
        <translation>已新建分类 %1。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="488" />
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="488" />
        <source>New name for 「%1」:</source>
        <translation>「%1」的新名称：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="497" />
        <source>Renamed to %1.</source>
        <translation>已重命名为 %1。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="511" />
        <source>Deleted category %1; %2 replies moved (Ctrl+Z undoes).</source>
        <translation>已删除分类 %1，移走 %2 条回复（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="547" />
        <source>Restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager.py" line="558" />
        <source>Deleted %1 replies for good.</source>
        <translation>已彻底删除 %1 条回复。</translation>
    </message>
</context>
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
    <name>TemplateEditor</name>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="71" />
        <source>e.g. tk (optional)</source>
        <translation>例如 tk（可不填）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="76" />
        <source>comma separated, e.g. 退款, 到账</source>
        <translation>用逗号分隔，例如 退款, 到账</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="86" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="88" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="91" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="92" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="93" />
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="95" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="103" />
        <source>Reply ({name} asks for a value, {name:default}, {name|a|b})</source>
        <translation>回复内容（{名称} 需要填写，{名称:默认值}，{名称|选项一|选项二}）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="105" />
        <source>Preview with defaults</source>
        <translation>按默认值预览</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="125" />
        <source>New reply</source>
        <translation>新回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/template_editor.py" line="125" />
        <location filename="../../quickreply/ui/template_editor.py" line="176" />
        <source>Edit reply #%1</source>
        <translation>编辑回复 #%1</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="183" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="184" />
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="185" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="186" />
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="187" />
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="188" />
        <source>Updated</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="260" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="260" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager_models.py" line="260" />
        <source>Deleted</source>
        <translation>删除时间</translation>
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