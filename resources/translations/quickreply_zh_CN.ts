<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../quickreply/ui/popup/banner.py" line="54"/>
        <source>Suggested for the buyer&apos;s words: “%1”</source>
        <translation>按买家的话推荐：“%1”</translation>
    </message>
</context>
<context>
    <name>BuyerQuestionsPage</name>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="93"/>
        <source>QuickReply — buyer questions</source>
        <translation>快捷回复 — 买家问题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="97"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="97"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="102"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="108"/>
        <source>Buyers asked these and no reply was copied. Attach one to the reply selected in the manager, and the next buyer who asks like this gets that reply first.</source>
        <translation>买家这样问过，但当时没有复制任何回复。把问题归到管理窗口里选中的回复上，下次买家这样问，这条回复就排在最前面。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="126"/>
        <source>No unanswered buyer questions</source>
        <translation>没有没答上的买家问题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="130"/>
        <source>Attach to the selected reply</source>
        <translation>归到所选回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="132"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="134"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="136"/>
        <source>Clear all…</source>
        <translation>全部清除…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="169"/>
        <source>%1 questions</source>
        <translation>共 %1 个问题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="191"/>
        <source>Export buyer questions</source>
        <translation>导出买家问题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="196"/>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="204"/>
        <source>Select a question first.</source>
        <translation>请先选中一个问题。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="208"/>
        <source>Select a reply in the manager&apos;s list first, then attach the question to it.</source>
        <translation>请先在管理窗口的回复列表里选中一条回复，再把问题归到它上面。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="220"/>
        <source>Attached the question to 「%1」.</source>
        <translation>已把问题归到「%1」。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="222"/>
        <source>Attached %1 questions to 「%2」.</source>
        <translation>已把 %1 个问题归到「%2」。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="239"/>
        <source>Deleted %1 questions.</source>
        <translation>已删除 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="253"/>
        <source>Saved %1 questions to %2.</source>
        <translation>已把 %1 个问题导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="260"/>
        <source>Delete all buyer questions and every phrasing learned from buyer messages on this computer? This cannot be undone.</source>
        <translation>删除本机记下的所有买家问题和从买家消息里学到的所有问法？删除后不能恢复。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="271"/>
        <source>Deleted %1 learned phrasings and %2 unanswered questions.</source>
        <translation>已删除本机学到的 %1 条问法和 %2 个没答上的问题。</translation>
    </message>
</context>
<context>
    <name>CategoryActions</name>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="49"/>
        <source>New category…</source>
        <translation>新建分类…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="51"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="52"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="60"/>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="60"/>
        <source>Path, e.g. 售后/退款 (two levels at most):</source>
        <translation>分类路径，例如 售后/退款（最多两级）：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="69"/>
        <source>Created category %1.</source>
        <translation>已新建分类 %1。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="75"/>
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="75"/>
        <source>New name for 「%1」:</source>
        <translation>「%1」的新名称：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="84"/>
        <source>Renamed to %1.</source>
        <translation>已重命名为 %1。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="104"/>
        <source>Deleted category %1; %2 replies moved (Ctrl+Z undoes).</source>
        <translation>已删除分类 %1，移走 %2 条回复（Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="120"/>
        <source>All replies (%1)</source>
        <translation>全部回复（%1）</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="35"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="36"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="37"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="38"/>
        <source>Yours kept</source>
        <translation>保留您的版本</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="39"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="40"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DailyUses</name>
    <message>
        <location filename="../../quickreply/ui/manager/usage_chart.py" line="29"/>
        <source>%1 copies in the last %2 days</source>
        <translation>最近 %2 天共复制 %1 次</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_chart.py" line="60"/>
        <source>Copies per day</source>
        <translation>每天复制次数</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="69"/>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="223"/>
        <source>Export replies</source>
        <translation>导出回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="74"/>
        <source>Categories to export</source>
        <translation>要导出的分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="74"/>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="97"/>
        <source>Template pack (.qrpack)</source>
        <translation>模板包（.qrpack）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="98"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel 表格（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="99"/>
        <source>CSV (.csv)</source>
        <translation>CSV 表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="100"/>
        <source>Qianniu quick phrases (.csv)</source>
        <translation>千牛快捷短语（.csv）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="104"/>
        <source>Include fee tables and shipping policy</source>
        <translation>包含运费表和运费模板</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="108"/>
        <source>e.g. 1.2 or 2026.11</source>
        <translation>如 1.2 或 2026.11</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="111"/>
        <source>What changed in this version, for the team</source>
        <translation>这一版改了什么，写给团队看</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="114"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="121"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="123"/>
        <source>Pack name:</source>
        <translation>模板包名称：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="124"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="125"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="126"/>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="127"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="134"/>
        <source>Export even though some replies break platform rules</source>
        <translation>仍然导出（其中有回复违反平台规则，会一起发给全组）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="136"/>
        <source>The pack goes to the whole team with those replies in it; they are still marked in the manager.</source>
        <translation>模板包会带着这些违规回复发给整个团队；在管理窗口里它们仍会被标出。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="142"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="145"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="225"/>
        <source>%1 files (*%1)</source>
        <translation>%1 文件 (*%1)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="241"/>
        <source>Choose at least one category.</source>
        <translation>请至少选择一个分类。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="244"/>
        <source>Choose where to save the file.</source>
        <translation>请选择文件保存的位置。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="271"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>FeeAnswer</name>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="169"/>
        <source>No fee table yet: import one in Manage… → Fee tables, or with quickreply fees import.</source>
        <translation>还没有运费表：在 管理… → 运费表 里导入，或在命令行运行 quickreply fees import。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="173"/>
        <source>Type 运费, a place and a weight, e.g. 运费 新疆 2.3 (then a size 30x20x10, a courier).</source>
        <translation>输入 运费、地区和重量，例如：运费 新疆 2.3（后面还可以加尺寸 30x20x10 和快递）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="219"/>
        <source>Delivers to %1: %2.</source>
        <translation>送得到%1：%2。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="221"/>
        <source>Not served: %1.</source>
        <translation>不配送：%1。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="223"/>
        <source>Your shop policy does not ship to %1.</source>
        <translation>运费模板里%1是不发货地区。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="225"/>
        <source>Sample prices (示例价格): import your shop&apos;s fee table in Manage… → Fee tables.</source>
        <translation>示例价格，请导入本店运费表（管理… → 运费表）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="226"/>
        <source>Enter copies the reply below.</source>
        <translation>回车复制下面的回复。</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="62"/>
        <source>QuickReply — fee tables</source>
        <translation>快捷回复 — 运费表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="88"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="89"/>
        <source>Delete row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="91"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="103"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="104"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="105"/>
        <source>Load sample rates</source>
        <translation>载入示例运费</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="106"/>
        <source>Remove sample rates</source>
        <translation>删除示例价格</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="123"/>
        <source>empty: no free shipping by amount</source>
        <translation>不填：不按金额包邮</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="125"/>
        <source>empty: no free shipping by pieces</source>
        <translation>不填：不按件数包邮</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="130"/>
        <source>One line per courier: 顺丰 5, or 顺丰 差价</source>
        <translation>每行一家快递：顺丰 5，或 顺丰 差价</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="137"/>
        <source>Ships from</source>
        <translation>发货地</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="138"/>
        <source>Default courier</source>
        <translation>默认快递</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="139"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="410"/>
        <source>Free shipping from (yuan)</source>
        <translation>满多少元包邮</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="140"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="385"/>
        <source>Free shipping from (pieces)</source>
        <translation>满多少件包邮</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="141"/>
        <source>No free shipping to (、-separated)</source>
        <translation>不包邮地区（用 、 分隔）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="142"/>
        <source>Remote regions (、-separated)</source>
        <translation>偏远地区（用 、 分隔）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="143"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="414"/>
        <source>Remote regions pay extra (yuan)</source>
        <translation>偏远地区加收（元）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="144"/>
        <source>Upgrade to another courier</source>
        <translation>升级其他快递</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="145"/>
        <source>Not shipped to (、-separated)</source>
        <translation>不发货地区（用 、 分隔）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="151"/>
        <source>Save policy</source>
        <translation>保存运费模板</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="156"/>
        <source>Rate table</source>
        <translation>运费表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="157"/>
        <source>Shop policy</source>
        <translation>运费模板</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="168"/>
        <source>Import rate sheet</source>
        <translation>导入运费表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="168"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="174"/>
        <source>Rate sheets (*.csv *.xlsx)</source>
        <translation>运费表（*.csv *.xlsx）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="174"/>
        <source>Export rate sheet</source>
        <translation>导出运费表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="207"/>
        <source>Sample prices (示例价格), not your shop&apos;s: %1. Import or edit your own, or remove them.</source>
        <translation>这些快递还是示例价格，不是本店的：%1。请导入或修改成本店的运费，或删除示例价格。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="219"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="220"/>
        <source>This courier&apos;s rates have changes that are not saved. Save them?</source>
        <translation>这家快递的运费有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="256"/>
        <source>No couriers yet: import a rate sheet.</source>
        <translation>还没有快递：请导入运费表。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="286"/>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行「%2」：%3</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="293"/>
        <source>Saved %1: %2 rows.</source>
        <translation>已保存 %1：%2 行。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="305"/>
        <source>Imported %1 couriers: %2.</source>
        <translation>已导入 %1 家快递：%2。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="316"/>
        <source>Loaded the sample rates. They are sample prices: replace them with your contract prices.</source>
        <translation>已载入示例运费。这些是示例价格，请换成贵店的协议价。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="329"/>
        <source>Removed the sample rates of %1 couriers.</source>
        <translation>已删除 %1 家快递的示例价格。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="340"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="374"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="385"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="403"/>
        <source>%1: 「%2」 is not a number.</source>
        <translation>%1：「%2」不是数字。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="393"/>
        <source>Upgrade line 「%1」: write a courier and an amount or 差价.</source>
        <translation>升级「%1」这一行：请写快递和金额，或写 差价。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="429"/>
        <source>Saved the shop policy.</source>
        <translation>已保存运费模板。</translation>
    </message>
</context>
<context>
    <name>FeeResults</name>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="27"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="28"/>
        <source>Buyer pays</source>
        <translation>买家付</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="29"/>
        <source>Charged weight</source>
        <translation>计费重量</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="30"/>
        <source>Courier fee</source>
        <translation>快递运费</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="31"/>
        <source>Days</source>
        <translation>时效（天）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="32"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="53"/>
        <source>cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="55"/>
        <source>fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="59"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="62"/>
        <source>not served</source>
        <translation>不配送</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="77"/>
        <source>%1 kg</source>
        <translation>%1 公斤</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="79"/>
        <source>%1 (volume)</source>
        <translation>%1（按体积）</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="131"/>
        <source>Reply check is off: %1</source>
        <translation>话术检查已关闭：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="136"/>
        <source>Reply check: %1</source>
        <translation>话术检查：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="145"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="145"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="152"/>
        <source>Change to 「%1」</source>
        <translation>改为「%1」</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="41"/>
        <source>Welcome to QuickReply</source>
        <translation>欢迎使用快捷回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="52"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="59"/>
        <source>Greetings name your shop and you: {店铺} and {客服} in a reply. Enter them once here and replies are filled in with them, without asking. You can change them later under Settings… in the tray menu.</source>
        <translation>问候语里会写上店铺名称和您的昵称（回复里的 {店铺} 和 {客服}）。在这里填一次，回复就会自动填好，不再每次询问。以后可以在托盘菜单的 设置… 里修改。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="66"/>
        <source>Press %1 anywhere to open the search box.</source>
        <translation>在任何地方按 %1 打开搜索框。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="70"/>
        <source>The fee tables you start with are samples, marked 示例价格: import your shop&apos;s contract prices (Manage… → Fee tables) before quoting fees to buyers.</source>
        <translation>一开始的运费表是示例价格（标着“示例价格”）：给买家报运费之前，请在 管理… → 运费表 里导入贵店的协议价。</translation>
    </message>
</context>
<context>
    <name>HitDelegate</name>
    <message>
        <location filename="../../quickreply/ui/popup/results.py" line="170"/>
        <source>Breaks rules</source>
        <extracomment>Words of the query looked for in each painted row&apos;s preview.</extracomment>
        <translation>违规</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="78"/>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="190"/>
        <source>Import replies</source>
        <translation>导入回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="83"/>
        <source>A template pack (.qrpack) or a spreadsheet (.xlsx, .csv)</source>
        <translation>模板包（.qrpack）或表格（.xlsx、.csv）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="87"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="91"/>
        <source>Template pack</source>
        <translation>模板包</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="98"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="99"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="100"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="101"/>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="106"/>
        <source>Skip it (keep mine)</source>
        <translation>跳过（保留我的）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="106"/>
        <source>Overwrite mine</source>
        <translation>覆盖我的</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="106"/>
        <source>Keep both</source>
        <translation>两条都保留</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="110"/>
        <source>What to do when an incoming reply has the same shortcut, or the same title in the same category.</source>
        <translation>导入的回复与已有的快捷码相同，或在同一分类里同名时，怎么处理。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="113"/>
        <source>Show unchanged too</source>
        <translation>也显示不变的</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="116"/>
        <source>When a reply is already there:</source>
        <translation>已有同样的回复时：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="133"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="133"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="133"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="138"/>
        <source>Fee tables:</source>
        <translation>运费表：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="141"/>
        <source>Wording rules this pack adds (they only add checks; the built-in rules stay as they are):</source>
        <translation>这个模板包带来的话术规则（只会多加检查，自带的平台规则不变）：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="156"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="160"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="192"/>
        <source>Template packs and spreadsheets (*.qrpack *.xlsx *.csv);;All files (*)</source>
        <translation>模板包和表格 (*.qrpack *.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="223"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="245"/>
        <source>%1 (installed: %2)</source>
        <translation>%1（已安装 %2）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="247"/>
        <source>%1 (already installed)</source>
        <translation>%1（已安装）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="265"/>
        <source>Shipping policy: %1</source>
        <translation>运费模板：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="268"/>
        <source>New categories: %1</source>
        <translation>新分类：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="269"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="272"/>
        <source>Nothing to import: the library already has all of it.</source>
        <translation>没有要导入的：资料库里已经都有了。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="289"/>
        <source>Importing… (a backup is taken first)</source>
        <translation>正在导入…（会先备份资料库）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="299"/>
        <source>A backup was taken first: File → Undo last import puts everything back.</source>
        <translation>导入前已备份：点 文件 → 撤销上次导入 可以全部恢复。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="304"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InstalledPacksDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="47"/>
        <source>Installed template packs</source>
        <translation>已安装的模板包</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="52"/>
        <source>Pack</source>
        <translation>模板包</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="53"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="54"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="55"/>
        <source>Installed</source>
        <translation>安装时间</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="56"/>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="57"/>
        <source>Edited by you</source>
        <translation>您改过的</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="68"/>
        <source>No template pack is installed. File → Import… installs one.</source>
        <translation>还没有安装模板包。点 文件 → 导入… 安装。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="71"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="73"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="111"/>
        <source>Remove template pack</source>
        <translation>移除模板包</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="120"/>
        <source>Remove the pack 「%1」 (version %2)? Its %3 replies go to the trash; the %4 you edited stay as your own.</source>
        <translation>移除模板包「%1」（%2 版）？其中 %3 条回复移到回收站；您改过的 %4 条保留为您自己的回复。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="137"/>
        <source>Removed the pack 「%1」: %2 replies moved to the trash, %3 kept as yours.</source>
        <translation>已移除模板包「%1」：%2 条回复移到回收站，%3 条保留为您自己的。</translation>
    </message>
</context>
<context>
    <name>LearnedPhrasings</name>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="55"/>
        <source>Learned from buyer messages</source>
        <translation>从买家消息里学到的问法</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="58"/>
        <source>Buyer&apos;s words</source>
        <translation>买家的话</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="58"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="58"/>
        <source>Last seen</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="70"/>
        <source>Nothing learned from buyer messages yet</source>
        <translation>还没有从买家消息里学到问法</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="72"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="74"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="76"/>
        <source>Make it a buyer phrasing</source>
        <translation>设为买家问法</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="77"/>
        <source>It becomes one of the reply&apos;s buyer phrasings, which packs carry.</source>
        <translation>转成这条回复自己的买家问法：导出模板包和表格时会带上它。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="146"/>
        <source>Deleted the learned phrasing “%1”.</source>
        <translation>已删除学到的问法“%1”。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="153"/>
        <source>Edit learned phrasing</source>
        <translation>编辑学到的问法</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="153"/>
        <source>The buyer&apos;s words:</source>
        <translation>买家的话：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="162"/>
        <source>Changed the learned phrasing to “%1”.</source>
        <translation>已把学到的问法改为“%1”。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="171"/>
        <source>Save or discard your changes first: the reply has edits that are not saved.</source>
        <translation>先保存或撤销修改：这条回复还有没保存的改动（点「保存」或「放弃修改」）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="179"/>
        <source>“%1” is now one of the buyer phrasings.</source>
        <translation>“%1”已设为买家问法。</translation>
    </message>
</context>
<context>
    <name>LibraryJob</name>
    <message>
        <location filename="../../quickreply/ui/packs/library_job.py" line="71"/>
        <source>Something went wrong (%1). Details are in quickreply.log in the data folder.</source>
        <extracomment>The work: given the worker&apos;s own library and a progress callback ``(done, total)``, return a result.</extracomment>
        <translation>出错了（%1）。详细信息在数据文件夹的 quickreply.log 里。</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="42"/>
        <source>QuickReply — manage replies</source>
        <translation>快捷回复 — 管理回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="393"/>
        <source>Back to replies</source>
        <translation>返回回复列表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="117"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="128"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="129"/>
        <source>New from clipboard</source>
        <translation>新建自剪贴板</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="130"/>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="131"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="132"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="133"/>
        <location filename="../../quickreply/ui/manager/window.py" line="207"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="135"/>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="136"/>
        <location filename="../../quickreply/ui/manager/window.py" line="370"/>
        <location filename="../../quickreply/ui/manager/window.py" line="393"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="137"/>
        <source>Fee tables</source>
        <translation>运费表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="138"/>
        <source>Statistics</source>
        <translation>使用统计</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="139"/>
        <source>Buyer questions</source>
        <translation>买家问题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="191"/>
        <source>Shortcut 「%1」 is used by 「%2」 (%3).</source>
        <translation>快捷码「%1」已被「%2」（%3）使用。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="304"/>
        <source>Nothing to undo.</source>
        <translation>没有可以撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="380"/>
        <source>Selected %1 replies.</source>
        <translation>已选中 %1 条回复。</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="37"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="38"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="39"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="41"/>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="66"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="42"/>
        <source>Installed packs…</source>
        <translation>已安装的模板包…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="43"/>
        <source>Subscribe to a pack…</source>
        <translation>订阅模板包…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="64"/>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="68"/>
        <source>Undo the import of %1 on %2 (%3)? The library goes back to how it was before it.</source>
        <translation>撤销 %2 导入的%1（%3）？资料库会恢复到导入之前的样子。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="79"/>
        <source>The library was changed after that import. Undoing it also loses those later changes (new, edited or deleted replies). Undo anyway?</source>
        <translation>那次导入之后资料库又有了改动。撤销导入会把这些后来的改动（新建、修改或删除的回复）一起撤掉。仍然撤销吗？</translation>
    </message>
</context>
<context>
    <name>PackRulesTable</name>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="99"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="99"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="126"/>
        <source>QuickReply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="130"/>
        <source>Type pinyin, initials, a shortcut or Chinese; @category to narrow</source>
        <translation>输入拼音、首字母、快捷码或中文；@分类 可缩小范围</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="172"/>
        <source>Sample prices (示例价格): import your shop&apos;s fee table in Manage… → Fee tables.</source>
        <translation>示例价格，请导入本店运费表（管理… → 运费表）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="212"/>
        <source>Type Chinese characters through your input method (Ctrl+I). Off: letters search at once and one Enter copies, even with the input method in Chinese mode.</source>
        <translation>用输入法在搜索框里打汉字（Ctrl+I）。关着时，字母不经输入法直接搜索，一次回车就复制，输入法开着中文也一样。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="247"/>
        <source>↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close</source>
        <translation>↑↓ 选择 · Enter 复制 · Ctrl+Enter 复制不关闭 · Alt+1…9 直接选 · Ctrl+D 收藏 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="395"/>
        <source>For prices add a place and a weight, e.g. 运费 新疆 2.3</source>
        <translation>查运费请加上地区和重量，如：运费 新疆 2.3</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="31"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="32"/>
        <source>This reply has changes that are not saved. Save them?</source>
        <translation>这条回复有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="55"/>
        <source>Delete category</source>
        <translation>删除分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="57"/>
        <source>Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?</source>
        <translation>分类「%1」里有 %2 条回复和 %3 个子分类。这些回复要放到哪里？</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="63"/>
        <source>To the trash (can be restored)</source>
        <translation>移到回收站（可恢复）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="64"/>
        <source>Move to another category…</source>
        <translation>移到其他分类…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="70"/>
        <source>Move replies</source>
        <translation>移动回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="70"/>
        <source>Move the replies to:</source>
        <translation>把这些回复移到：</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="60"/>
        <source>Buyer&apos;s words</source>
        <translation>买家的话</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="60"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="60"/>
        <source>Last asked</source>
        <translation>最近一次</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../quickreply/app.py" line="139"/>
        <source>This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show.</source>
        <translation>这个桌面没有系统托盘。快捷回复仍在运行：按 %1，或在终端运行 quickreply --show 打开搜索框。</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="239"/>
        <source>No selected text was fetched.</source>
        <translation>没有取到选中的文字。</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="260"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="323"/>
        <source>The two hotkeys must differ: choose another one for answering the selection.</source>
        <translation>两个快捷键不能相同：请给“按选中的买家消息推荐”换一个组合。</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="342"/>
        <source>QuickReply</source>
        <translation>快捷回复</translation>
    </message>
</context>
<context>
    <name>RateRowsModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="51"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="52"/>
        <source>First kg</source>
        <translation>首重kg</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="53"/>
        <source>First fee</source>
        <translation>首重价</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="54"/>
        <source>Step kg</source>
        <translation>续重kg</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="55"/>
        <source>Step fee</source>
        <translation>续重价</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="56"/>
        <source>Days</source>
        <translation>时效（天）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="57"/>
        <source>Reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="144"/>
        <source>「%1」 is not a number.</source>
        <translation>「%1」不是数字。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="146"/>
        <source>「%1」 must be more than 0.</source>
        <translation>「%1」必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="146"/>
        <source>「%1」 must not be negative.</source>
        <translation>「%1」不能是负数。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="161"/>
        <source>Write provinces separated by 、, or 其他.</source>
        <translation>请写省份，用 、 分隔，或写 其他。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="179"/>
        <source>「%1」 should be days like 2-4.</source>
        <translation>「%1」应写成天数，如 2-4。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="185"/>
        <source>A reachable row needs every price and the days.</source>
        <translation>可达的行要填齐所有价格和时效。</translation>
    </message>
</context>
<context>
    <name>RuleWarning</name>
    <message>
        <location filename="../../quickreply/ui/popup/rule_warning.py" line="31"/>
        <source> (%1 problems in all)</source>
        <translation>（共 %1 处问题）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/rule_warning.py" line="34"/>
        <source>「%1」 breaks platform rules: %2%3
Press Enter again to copy anyway, Esc to go back.</source>
        <translation>「%1」违反平台规则：%2%3
再按一次 Enter 仍然复制，按 Esc 返回。</translation>
    </message>
</context>
<context>
    <name>SearchAnswer</name>
    <message>
        <location filename="../../quickreply/ui/popup/search_answer.py" line="75"/>
        <source>No favourites or recent replies yet: type to search.</source>
        <translation>还没有收藏或最近使用的回复：输入文字开始搜索。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/search_answer.py" line="79"/>
        <source>Nothing found for this message. Try a few of its words (退款, 发货), initials (tk) or @category.</source>
        <translation>没有找到适合这句话的回复。试试其中几个关键词（如 退款、发货）、拼音首字母（如 tk）或 @分类。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/search_answer.py" line="83"/>
        <source>Nothing matches. Try fewer letters, initials (tk) or @category.</source>
        <translation>没有匹配的回复。试试少打几个字、拼音首字母（如 tk）或 @分类。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="41"/>
        <source>QuickReply settings</source>
        <extracomment>The settings the dialog shows now, typed (``{AUTO_PASTE: True, …}``). Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.</extracomment>
        <translation>快捷回复设置</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="81"/>
        <source>Also paste into the previous window (sends Ctrl+V)</source>
        <translation>复制后自动粘贴到原来的窗口（发送 Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="89"/>
        <source>Start QuickReply when I log in</source>
        <translation>开机登录后自动启动快捷回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="95"/>
        <source>Over the chat window</source>
        <translation>聊天窗口上方</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="96"/>
        <source>Next to the mouse</source>
        <translation>鼠标旁边</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="97"/>
        <source>Centre of the screen</source>
        <translation>屏幕中央</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="112"/>
        <source>Used for {店铺} in replies</source>
        <translation>用于回复中的 {店铺}</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="121"/>
        <source>Used for {客服} in replies</source>
        <translation>用于回复中的 {客服}</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="73"/>
        <source>Hotkey (press the keys)</source>
        <translation>快捷键（直接按下组合键）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="103"/>
        <source>Popup position</source>
        <translation>搜索框位置</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="111"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="120"/>
        <source>Agent nickname</source>
        <translation>客服昵称</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="129"/>
        <source>Hotkey: answer the selected buyer message</source>
        <translation>按买家消息推荐的快捷键（先选中消息）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="137"/>
        <source>Suggest replies for a buyer message I just copied</source>
        <translation>打开搜索框时，按刚复制的买家消息推荐回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="145"/>
        <source>Search box: type Chinese through my input method (off: letters search at once)</source>
        <translation>搜索框里用输入法打汉字（关：字母直接搜索，不用先上屏）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="155"/>
        <source>Learn from the buyer messages I answer (only on this computer)</source>
        <translation>记住买家的问法和没答上的问题（只存在本机）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="163"/>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="172"/>
        <source>Sounds I hear as one</source>
        <translation>模糊音（当成一样的音）</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="173"/>
        <source>Either sound typed finds both; such hits come after exact ones</source>
        <translation>拼音里这两个音打哪个都能找到，这样找到的排在拼对的后面</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="115"/>
        <source>Press a key combination for the hotkey, e.g. Ctrl+Alt+Q.</source>
        <translation>请按下一个组合键作为快捷键，例如 Ctrl+Alt+Q。</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="161"/>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="205"/>
        <source>Subscribe to a template pack</source>
        <translation>订阅模板包</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="165"/>
        <source>Choose the pack file your team lead shares (a shared or synced folder). When a newer version is saved there, QuickReply installs it by itself; your own replies are never changed.</source>
        <translation>选择组长共享的模板包文件（放在共享或同步的文件夹里）。那里保存了新版本时，快捷回复会自动安装；您自己的回复不会被改动。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="175"/>
        <source>Choose pack file…</source>
        <translation>选择模板包文件…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="177"/>
        <source>Stop subscription</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="179"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="197"/>
        <source>Not subscribed to any pack.</source>
        <translation>没有订阅模板包。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="199"/>
        <source>Subscribed to: %1</source>
        <translation>已订阅：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="205"/>
        <source>Template packs (*.qrpack)</source>
        <translation>模板包 (*.qrpack)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="224"/>
        <source>Checking the pack file…</source>
        <translation>正在检查模板包文件…</translation>
    </message>
</context>
<context>
    <name>SubscriptionWatch</name>
    <message>
        <location filename="../../quickreply/ui/packs/subscription.py" line="142"/>
        <source>Template pack 「%1」 version %2 installed: %3.</source>
        <translation>已安装模板包「%1」%2 版：%3。</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="60"/>
        <source>Move to…</source>
        <translation>移到…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="61"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="62"/>
        <source>Mark as favourite</source>
        <translation>设为收藏</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="63"/>
        <source>Remove from favourites</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="65"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="96"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="107"/>
        <source>New reply from the clipboard: %1</source>
        <translation>已从剪贴板新建：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="119"/>
        <source>Duplicated: %1</source>
        <translation>已复制一份：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="133"/>
        <source>Moved %1 replies to the trash (Ctrl+Z undoes).</source>
        <translation>已把 %1 条回复移到回收站（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="143"/>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="157"/>
        <source>Moved %1 replies to %2.</source>
        <translation>已把 %1 条回复移到 %2。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="149"/>
        <source>Move replies</source>
        <translation>移动回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="149"/>
        <source>Move %1 replies to:</source>
        <translation>把 %1 条回复移到：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="162"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="162"/>
        <source>Tag for %1 replies:</source>
        <translation>给 %1 条回复添加的标签：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="165"/>
        <source>Tagged %1 replies.</source>
        <translation>已给 %1 条回复添加标签。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="171"/>
        <source>Updated %1 replies.</source>
        <translation>已更新 %1 条回复。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="75"/>
        <source>e.g. tk (optional)</source>
        <translation>例如 tk（可不填）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="80"/>
        <source>comma separated, e.g. 退款, 到账</source>
        <translation>用逗号分隔，例如 退款, 到账</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="83"/>
        <source>One way a buyer might ask per line</source>
        <translation>每行一个买家可能的问法</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="103"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="105"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="108"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="112"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="113"/>
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="115"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="116"/>
        <source>Buyer phrasings</source>
        <translation>买家问法</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="124"/>
        <source>Reply ({name} asks for a value, {name:default}, {name|a|b})</source>
        <translation>回复内容（{名称} 需要填写，{名称:默认值}，{名称|选项一|选项二}）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="127"/>
        <source>Preview with defaults</source>
        <translation>按默认值预览</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="148"/>
        <source>New reply</source>
        <translation>新回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="148"/>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="206"/>
        <source>Edit reply #%1</source>
        <translation>编辑回复 #%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="297"/>
        <source>Change 「%1」 to 「%2」</source>
        <translation>把「%1」改为「%2」</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../../quickreply/ui/manager/template_list.py" line="22"/>
        <source>Search like the popup: pinyin, initials, shortcut, Chinese</source>
        <translation>搜索（与弹窗相同）：拼音、首字母、快捷码、中文</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="204"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="205"/>
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="206"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="207"/>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="208"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="209"/>
        <source>Updated</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>TrackingAnswer</name>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="372"/>
        <source>Tracking number of %1 (%2% sure). Enter copies the reply below.</source>
        <translation>这是%1的运单号（可能性 %2%）。按 Enter 复制下面的物流回复。</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="270"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="270"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="270"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="38"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="40"/>
        <source>Delete forever</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="42"/>
        <source>Back to replies</source>
        <translation>返回回复列表</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="45"/>
        <source>Items older than 30 days are removed for good.</source>
        <translation>回收站里超过 30 天的回复会被彻底删除。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="69"/>
        <source>Restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="79"/>
        <source>Deleted %1 replies for good.</source>
        <translation>已彻底删除 %1 条回复。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="55"/>
        <source>QuickReply — press %1 to search</source>
        <extracomment>A submenu longer than this gets a last entry that opens the popup instead.</extracomment>
        <translation>快捷回复 — 按 %1 搜索</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="66"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="71"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="72"/>
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="84"/>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="85"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="86"/>
        <source>Pause hotkey</source>
        <translation>暂停热键</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="91"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="102"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="110"/>
        <source>More… (search)</source>
        <translation>更多…（搜索）</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="113"/>
        <source>QuickReply — usage statistics</source>
        <translation>快捷回复 — 使用统计</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="117"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="120"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="124"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="135"/>
        <source>Select in the reply list</source>
        <translation>在回复列表中选中</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="137"/>
        <source>Move to trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="140"/>
        <source>Acts on the selected rows, or on all of them when none is selected.</source>
        <translation>只处理选中的行；一行都没选时处理全部。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="148"/>
        <source>Most used</source>
        <translation>最常用</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="177"/>
        <source>Never used, or not used in the last %1 days: %2 replies</source>
        <translation>从没用过或最近 %1 天没用过：%2 条回复</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="181"/>
        <source>%1 copies in the last %2 days</source>
        <translation>最近 %2 天共复制 %1 次</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="187"/>
        <source>Export usage statistics</source>
        <translation>导出使用统计</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="187"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="192"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="208"/>
        <source>Saved %1 replies to %2.</source>
        <translation>已把 %1 条回复的统计保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="225"/>
        <source>Move %1 unused replies to the trash? They can be restored for 30 days.</source>
        <translation>把 %1 条没用过的回复移到回收站吗？30 天内可以恢复。</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="234"/>
        <source>Moved %1 replies to the trash (Ctrl+Z undoes).</source>
        <translation>已把 %1 条回复移到回收站（Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>UsesModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="62"/>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="63"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="64"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="65"/>
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="66"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="67"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="77"/>
        <source>never</source>
        <translation>从未使用</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="72"/>
        <source>Tab: next field · Enter: copy · Esc: back</source>
        <translation>Tab 下一项 · Enter 复制 · Esc 返回</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="45"/>
        <source>Will be copied as:</source>
        <translation>将复制为：</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="73"/>
        <source>Fill in: %1</source>
        <translation>填写：%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="130"/>
        <source>Fill in %1 first · Esc: back</source>
        <translation>请先填写「%1」 · Esc 返回</translation>
    </message>
</context>
</TS>
