<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../quickreply/ui/popup/banner.py" line="54"/>
        <source>Suggested for the buyer&apos;s words: “%1”</source>
        <translation>Suggested for the buyer&apos;s words: “%1”</translation>
    </message>
</context>
<context>
    <name>BuyerQuestionsPage</name>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="93"/>
        <source>QuickReply — buyer questions</source>
        <translation>QuickReply — buyer questions</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="97"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="97"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="102"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="108"/>
        <source>Buyers asked these and no reply was copied. Attach one to the reply selected in the manager, and the next buyer who asks like this gets that reply first.</source>
        <translation>Buyers asked these and no reply was copied. Attach one to the reply selected in the manager, and the next buyer who asks like this gets that reply first.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="126"/>
        <source>No unanswered buyer questions</source>
        <translation>No unanswered buyer questions</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="130"/>
        <source>Attach to the selected reply</source>
        <translation>Attach to the selected reply</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="132"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="134"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="136"/>
        <source>Clear all…</source>
        <translation>Clear all…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="169"/>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="191"/>
        <source>Export buyer questions</source>
        <translation>Export buyer questions</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="196"/>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="204"/>
        <source>Select a question first.</source>
        <translation>Select a question first.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="208"/>
        <source>Select a reply in the manager&apos;s list first, then attach the question to it.</source>
        <translation>Select a reply in the manager&apos;s list first, then attach the question to it.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="220"/>
        <source>Attached the question to 「%1」.</source>
        <translation>Attached the question to 「%1」.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="222"/>
        <source>Attached %1 questions to 「%2」.</source>
        <translation>Attached %1 questions to 「%2」.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="239"/>
        <source>Deleted %1 questions.</source>
        <translation>Deleted %1 questions.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="253"/>
        <source>Saved %1 questions to %2.</source>
        <translation>Saved %1 questions to %2.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="260"/>
        <source>Delete all buyer questions and every phrasing learned from buyer messages on this computer? This cannot be undone.</source>
        <translation>Delete all buyer questions and every phrasing learned from buyer messages on this computer? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="271"/>
        <source>Deleted %1 learned phrasings and %2 unanswered questions.</source>
        <translation>Deleted %1 learned phrasings and %2 unanswered questions.</translation>
    </message>
</context>
<context>
    <name>CategoryActions</name>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="49"/>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="51"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="52"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="60"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="60"/>
        <source>Path, e.g. 售后/退款 (two levels at most):</source>
        <translation>Path, e.g. 售后/退款 (two levels at most):</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="69"/>
        <source>Created category %1.</source>
        <translation>Created category %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="75"/>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="75"/>
        <source>New name for 「%1」:</source>
        <translation>New name for 「%1」:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="84"/>
        <source>Renamed to %1.</source>
        <translation>Renamed to %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/category_actions.py" line="104"/>
        <source>Deleted category %1; %2 replies moved (Ctrl+Z undoes).</source>
        <translation>Deleted category %1; %2 replies moved (Ctrl+Z undoes).</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="120"/>
        <source>All replies (%1)</source>
        <translation>All replies (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="33"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="35"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="36"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="37"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="38"/>
        <source>Yours kept</source>
        <translation>Yours kept</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="39"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="40"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>DailyUses</name>
    <message>
        <location filename="../../quickreply/ui/manager/usage_chart.py" line="29"/>
        <source>%1 copies in the last %2 days</source>
        <translation>%1 copies in the last %2 days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_chart.py" line="60"/>
        <source>Copies per day</source>
        <translation>Copies per day</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="69"/>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="223"/>
        <source>Export replies</source>
        <translation>Export replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="74"/>
        <source>Categories to export</source>
        <translation>Categories to export</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="74"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="97"/>
        <source>Template pack (.qrpack)</source>
        <translation>Template pack (.qrpack)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="98"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="99"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="100"/>
        <source>Qianniu quick phrases (.csv)</source>
        <translation>Qianniu quick phrases (.csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="104"/>
        <source>Include fee tables and shipping policy</source>
        <translation>Include fee tables and shipping policy</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="108"/>
        <source>e.g. 1.2 or 2026.11</source>
        <translation>e.g. 1.2 or 2026.11</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="111"/>
        <source>What changed in this version, for the team</source>
        <translation>What changed in this version, for the team</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="114"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="121"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="123"/>
        <source>Pack name:</source>
        <translation>Pack name:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="124"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="125"/>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="126"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="127"/>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="134"/>
        <source>Export even though some replies break platform rules</source>
        <translation>Export even though some replies break platform rules</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="136"/>
        <source>The pack goes to the whole team with those replies in it; they are still marked in the manager.</source>
        <translation>The pack goes to the whole team with those replies in it; they are still marked in the manager.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="142"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="145"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="225"/>
        <source>%1 files (*%1)</source>
        <translation>%1 files (*%1)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="241"/>
        <source>Choose at least one category.</source>
        <translation>Choose at least one category.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="244"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/export_dialog.py" line="271"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FeeAnswer</name>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="169"/>
        <source>No fee table yet: import one in Manage… → Fee tables, or with quickreply fees import.</source>
        <translation>No fee table yet: import one in Manage… → Fee tables, or with quickreply fees import.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="173"/>
        <source>Type 运费, a place and a weight, e.g. 运费 新疆 2.3 (then a size 30x20x10, a courier).</source>
        <translation>Type 运费, a place and a weight, e.g. 运费 新疆 2.3 (then a size 30x20x10, a courier).</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="219"/>
        <source>Delivers to %1: %2.</source>
        <translation>Delivers to %1: %2.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="221"/>
        <source>Not served: %1.</source>
        <translation>Not served: %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="223"/>
        <source>Your shop policy does not ship to %1.</source>
        <translation>Your shop policy does not ship to %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="225"/>
        <source>Sample prices (示例价格): import your shop&apos;s fee table in Manage… → Fee tables.</source>
        <translation>Sample prices (示例价格): import your shop&apos;s fee table in Manage… → Fee tables.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="226"/>
        <source>Enter copies the reply below.</source>
        <translation>Enter copies the reply below.</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="62"/>
        <source>QuickReply — fee tables</source>
        <translation>QuickReply — fee tables</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="88"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="89"/>
        <source>Delete row</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="91"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="103"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="104"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="105"/>
        <source>Load sample rates</source>
        <translation>Load sample rates</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="106"/>
        <source>Remove sample rates</source>
        <translation>Remove sample rates</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="123"/>
        <source>empty: no free shipping by amount</source>
        <translation>empty: no free shipping by amount</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="125"/>
        <source>empty: no free shipping by pieces</source>
        <translation>empty: no free shipping by pieces</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="130"/>
        <source>One line per courier: 顺丰 5, or 顺丰 差价</source>
        <translation>One line per courier: 顺丰 5, or 顺丰 差价</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="137"/>
        <source>Ships from</source>
        <translation>Ships from</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="138"/>
        <source>Default courier</source>
        <translation>Default courier</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="139"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="410"/>
        <source>Free shipping from (yuan)</source>
        <translation>Free shipping from (yuan)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="140"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="385"/>
        <source>Free shipping from (pieces)</source>
        <translation>Free shipping from (pieces)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="141"/>
        <source>No free shipping to (、-separated)</source>
        <translation>No free shipping to (、-separated)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="142"/>
        <source>Remote regions (、-separated)</source>
        <translation>Remote regions (、-separated)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="143"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="414"/>
        <source>Remote regions pay extra (yuan)</source>
        <translation>Remote regions pay extra (yuan)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="144"/>
        <source>Upgrade to another courier</source>
        <translation>Upgrade to another courier</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="145"/>
        <source>Not shipped to (、-separated)</source>
        <translation>Not shipped to (、-separated)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="151"/>
        <source>Save policy</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="156"/>
        <source>Rate table</source>
        <translation>Rate table</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="157"/>
        <source>Shop policy</source>
        <translation>Shop policy</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="168"/>
        <source>Import rate sheet</source>
        <translation>Import rate sheet</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="168"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="174"/>
        <source>Rate sheets (*.csv *.xlsx)</source>
        <translation>Rate sheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="174"/>
        <source>Export rate sheet</source>
        <translation>Export rate sheet</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="207"/>
        <source>Sample prices (示例价格), not your shop&apos;s: %1. Import or edit your own, or remove them.</source>
        <translation>Sample prices (示例价格), not your shop&apos;s: %1. Import or edit your own, or remove them.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="219"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="220"/>
        <source>This courier&apos;s rates have changes that are not saved. Save them?</source>
        <translation>This courier&apos;s rates have changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="256"/>
        <source>No couriers yet: import a rate sheet.</source>
        <translation>No couriers yet: import a rate sheet.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="286"/>
        <source>Row %1, column %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="293"/>
        <source>Saved %1: %2 rows.</source>
        <translation>Saved %1: %2 rows.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="305"/>
        <source>Imported %1 couriers: %2.</source>
        <translation>Imported %1 couriers: %2.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="316"/>
        <source>Loaded the sample rates. They are sample prices: replace them with your contract prices.</source>
        <translation>Loaded the sample rates. They are sample prices: replace them with your contract prices.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="329"/>
        <source>Removed the sample rates of %1 couriers.</source>
        <translation>Removed the sample rates of %1 couriers.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="340"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="374"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="385"/>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="403"/>
        <source>%1: 「%2」 is not a number.</source>
        <translation>%1: 「%2」 is not a number.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="393"/>
        <source>Upgrade line 「%1」: write a courier and an amount or 差价.</source>
        <translation>Upgrade line 「%1」: write a courier and an amount or 差价.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_page.py" line="429"/>
        <source>Saved the shop policy.</source>
        <translation>Saved the shop policy.</translation>
    </message>
</context>
<context>
    <name>FeeResults</name>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="27"/>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="28"/>
        <source>Buyer pays</source>
        <translation>Buyer pays</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="29"/>
        <source>Charged weight</source>
        <translation>Charged weight</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="30"/>
        <source>Courier fee</source>
        <translation>Courier fee</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="31"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="32"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="53"/>
        <source>cheapest</source>
        <translation>cheapest</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="55"/>
        <source>fastest</source>
        <translation>fastest</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="59"/>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="62"/>
        <source>not served</source>
        <translation>not served</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="77"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/fee_results.py" line="79"/>
        <source>%1 (volume)</source>
        <translation>%1 (volume)</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="131"/>
        <source>Reply check is off: %1</source>
        <translation>Reply check is off: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="136"/>
        <source>Reply check: %1</source>
        <translation>Reply check: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="145"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="145"/>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/reply_check.py" line="152"/>
        <source>Change to 「%1」</source>
        <translation>Change to 「%1」</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="41"/>
        <source>Welcome to QuickReply</source>
        <translation>Welcome to QuickReply</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="52"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="59"/>
        <source>Greetings name your shop and you: {店铺} and {客服} in a reply. Enter them once here and replies are filled in with them, without asking. You can change them later under Settings… in the tray menu.</source>
        <translation>Greetings name your shop and you: {店铺} and {客服} in a reply. Enter them once here and replies are filled in with them, without asking. You can change them later under Settings… in the tray menu.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="66"/>
        <source>Press %1 anywhere to open the search box.</source>
        <translation>Press %1 anywhere to open the search box.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/first_start.py" line="70"/>
        <source>The fee tables you start with are samples, marked 示例价格: import your shop&apos;s contract prices (Manage… → Fee tables) before quoting fees to buyers.</source>
        <translation>The fee tables you start with are samples, marked 示例价格: import your shop&apos;s contract prices (Manage… → Fee tables) before quoting fees to buyers.</translation>
    </message>
</context>
<context>
    <name>HitDelegate</name>
    <message>
        <location filename="../../quickreply/ui/popup/results.py" line="170"/>
        <source>Breaks rules</source>
        <extracomment>Words of the query looked for in each painted row&apos;s preview.</extracomment>
        <translation>Breaks rules</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="78"/>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="190"/>
        <source>Import replies</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="83"/>
        <source>A template pack (.qrpack) or a spreadsheet (.xlsx, .csv)</source>
        <translation>A template pack (.qrpack) or a spreadsheet (.xlsx, .csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="87"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="91"/>
        <source>Template pack</source>
        <translation>Template pack</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="98"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="99"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="100"/>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="101"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="106"/>
        <source>Skip it (keep mine)</source>
        <translation>Skip it (keep mine)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="106"/>
        <source>Overwrite mine</source>
        <translation>Overwrite mine</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="106"/>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="110"/>
        <source>What to do when an incoming reply has the same shortcut, or the same title in the same category.</source>
        <translation>What to do when an incoming reply has the same shortcut, or the same title in the same category.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="113"/>
        <source>Show unchanged too</source>
        <translation>Show unchanged too</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="116"/>
        <source>When a reply is already there:</source>
        <translation>When a reply is already there:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="133"/>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="133"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="133"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="138"/>
        <source>Fee tables:</source>
        <translation>Fee tables:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="141"/>
        <source>Wording rules this pack adds (they only add checks; the built-in rules stay as they are):</source>
        <translation>Wording rules this pack adds (they only add checks; the built-in rules stay as they are):</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="156"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="160"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="192"/>
        <source>Template packs and spreadsheets (*.qrpack *.xlsx *.csv);;All files (*)</source>
        <translation>Template packs and spreadsheets (*.qrpack *.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="223"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="245"/>
        <source>%1 (installed: %2)</source>
        <translation>%1 (installed: %2)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="247"/>
        <source>%1 (already installed)</source>
        <translation>%1 (already installed)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="265"/>
        <source>Shipping policy: %1</source>
        <translation>Shipping policy: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="268"/>
        <source>New categories: %1</source>
        <translation>New categories: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="269"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="272"/>
        <source>Nothing to import: the library already has all of it.</source>
        <translation>Nothing to import: the library already has all of it.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="289"/>
        <source>Importing… (a backup is taken first)</source>
        <translation>Importing… (a backup is taken first)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="299"/>
        <source>A backup was taken first: File → Undo last import puts everything back.</source>
        <translation>A backup was taken first: File → Undo last import puts everything back.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InstalledPacksDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="47"/>
        <source>Installed template packs</source>
        <translation>Installed template packs</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="52"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="53"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="54"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="55"/>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="56"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="57"/>
        <source>Edited by you</source>
        <translation>Edited by you</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="68"/>
        <source>No template pack is installed. File → Import… installs one.</source>
        <translation>No template pack is installed. File → Import… installs one.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="71"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="73"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="111"/>
        <source>Remove template pack</source>
        <translation>Remove template pack</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="120"/>
        <source>Remove the pack 「%1」 (version %2)? Its %3 replies go to the trash; the %4 you edited stay as your own.</source>
        <translation>Remove the pack 「%1」 (version %2)? Its %3 replies go to the trash; the %4 you edited stay as your own.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="137"/>
        <source>Removed the pack 「%1」: %2 replies moved to the trash, %3 kept as yours.</source>
        <translation>Removed the pack 「%1」: %2 replies moved to the trash, %3 kept as yours.</translation>
    </message>
</context>
<context>
    <name>LearnedPhrasings</name>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="55"/>
        <source>Learned from buyer messages</source>
        <translation>Learned from buyer messages</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="58"/>
        <source>Buyer&apos;s words</source>
        <translation>Buyer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="58"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="58"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="70"/>
        <source>Nothing learned from buyer messages yet</source>
        <translation>Nothing learned from buyer messages yet</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="72"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="74"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="76"/>
        <source>Make it a buyer phrasing</source>
        <translation>Make it a buyer phrasing</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="77"/>
        <source>It becomes one of the reply&apos;s buyer phrasings, which packs carry.</source>
        <translation>It becomes one of the reply&apos;s buyer phrasings, which packs carry.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="146"/>
        <source>Deleted the learned phrasing “%1”.</source>
        <translation>Deleted the learned phrasing “%1”.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="153"/>
        <source>Edit learned phrasing</source>
        <translation>Edit learned phrasing</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="153"/>
        <source>The buyer&apos;s words:</source>
        <translation>The buyer&apos;s words:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="162"/>
        <source>Changed the learned phrasing to “%1”.</source>
        <translation>Changed the learned phrasing to “%1”.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="171"/>
        <source>Save or discard your changes first: the reply has edits that are not saved.</source>
        <translation>Save or discard your changes first: the reply has edits that are not saved.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/learned_phrasings.py" line="179"/>
        <source>“%1” is now one of the buyer phrasings.</source>
        <translation>“%1” is now one of the buyer phrasings.</translation>
    </message>
</context>
<context>
    <name>LibraryJob</name>
    <message>
        <location filename="../../quickreply/ui/packs/library_job.py" line="71"/>
        <source>Something went wrong (%1). Details are in quickreply.log in the data folder.</source>
        <extracomment>The work: given the worker&apos;s own library and a progress callback ``(done, total)``, return a result.</extracomment>
        <translation>Something went wrong (%1). Details are in quickreply.log in the data folder.</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="42"/>
        <source>QuickReply — manage replies</source>
        <translation>QuickReply — manage replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="393"/>
        <source>Back to replies</source>
        <translation>Back to replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="117"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="128"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="129"/>
        <source>New from clipboard</source>
        <translation>New from clipboard</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="130"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="131"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="132"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="133"/>
        <location filename="../../quickreply/ui/manager/window.py" line="207"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="135"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="136"/>
        <location filename="../../quickreply/ui/manager/window.py" line="370"/>
        <location filename="../../quickreply/ui/manager/window.py" line="393"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="137"/>
        <source>Fee tables</source>
        <translation>Fee tables</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="138"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="139"/>
        <source>Buyer questions</source>
        <translation>Buyer questions</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="191"/>
        <source>Shortcut 「%1」 is used by 「%2」 (%3).</source>
        <translation>Shortcut 「%1」 is used by 「%2」 (%3).</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="304"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/window.py" line="380"/>
        <source>Selected %1 replies.</source>
        <translation>Selected %1 replies.</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="38"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="39"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="41"/>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="66"/>
        <source>Undo last import</source>
        <translation>Undo last import</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="42"/>
        <source>Installed packs…</source>
        <translation>Installed packs…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="43"/>
        <source>Subscribe to a pack…</source>
        <translation>Subscribe to a pack…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="64"/>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="68"/>
        <source>Undo the import of %1 on %2 (%3)? The library goes back to how it was before it.</source>
        <translation>Undo the import of %1 on %2 (%3)? The library goes back to how it was before it.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/pack_menu.py" line="79"/>
        <source>The library was changed after that import. Undoing it also loses those later changes (new, edited or deleted replies). Undo anyway?</source>
        <translation>The library was changed after that import. Undoing it also loses those later changes (new, edited or deleted replies). Undo anyway?</translation>
    </message>
</context>
<context>
    <name>PackRulesTable</name>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="93"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="99"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/import_changes.py" line="99"/>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="126"/>
        <source>QuickReply</source>
        <translation>QuickReply</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="130"/>
        <source>Type pinyin, initials, a shortcut or Chinese; @category to narrow</source>
        <translation>Type pinyin, initials, a shortcut or Chinese; @category to narrow</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="172"/>
        <source>Sample prices (示例价格): import your shop&apos;s fee table in Manage… → Fee tables.</source>
        <translation>Sample prices (示例价格): import your shop&apos;s fee table in Manage… → Fee tables.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="212"/>
        <source>Type Chinese characters through your input method (Ctrl+I). Off: letters search at once and one Enter copies, even with the input method in Chinese mode.</source>
        <translation>Type Chinese characters through your input method (Ctrl+I). Off: letters search at once and one Enter copies, even with the input method in Chinese mode.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="247"/>
        <source>↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close</source>
        <translation>↑↓ choose · Enter copy · Ctrl+Enter copy, keep open · Alt+1…9 pick · Ctrl+D favourite · Esc close</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/window.py" line="395"/>
        <source>For prices add a place and a weight, e.g. 运费 新疆 2.3</source>
        <translation>For prices add a place and a weight, e.g. 运费 新疆 2.3</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="31"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="32"/>
        <source>This reply has changes that are not saved. Save them?</source>
        <translation>This reply has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="55"/>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="57"/>
        <source>Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?</source>
        <translation>Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="63"/>
        <source>To the trash (can be restored)</source>
        <translation>To the trash (can be restored)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="64"/>
        <source>Move to another category…</source>
        <translation>Move to another category…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="70"/>
        <source>Move replies</source>
        <translation>Move replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/questions.py" line="70"/>
        <source>Move the replies to:</source>
        <translation>Move the replies to:</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="60"/>
        <source>Buyer&apos;s words</source>
        <translation>Buyer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="60"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/buyer_questions_page.py" line="60"/>
        <source>Last asked</source>
        <translation>Last asked</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../quickreply/app.py" line="139"/>
        <source>This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show.</source>
        <translation>This desktop has no tray. QuickReply keeps running: press %1, or run quickreply --show.</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="239"/>
        <source>No selected text was fetched.</source>
        <translation>No selected text was fetched.</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="260"/>
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="323"/>
        <source>The two hotkeys must differ: choose another one for answering the selection.</source>
        <translation>The two hotkeys must differ: choose another one for answering the selection.</translation>
    </message>
    <message>
        <location filename="../../quickreply/app.py" line="342"/>
        <source>QuickReply</source>
        <translation>QuickReply</translation>
    </message>
</context>
<context>
    <name>RateRowsModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="51"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="52"/>
        <source>First kg</source>
        <translation>First kg</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="53"/>
        <source>First fee</source>
        <translation>First fee</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="54"/>
        <source>Step kg</source>
        <translation>Step kg</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="55"/>
        <source>Step fee</source>
        <translation>Step fee</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="56"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="57"/>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="144"/>
        <source>「%1」 is not a number.</source>
        <translation>「%1」 is not a number.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="146"/>
        <source>「%1」 must be more than 0.</source>
        <translation>「%1」 must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="146"/>
        <source>「%1」 must not be negative.</source>
        <translation>「%1」 must not be negative.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="161"/>
        <source>Write provinces separated by 、, or 其他.</source>
        <translation>Write provinces separated by 、, or 其他.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="179"/>
        <source>「%1」 should be days like 2-4.</source>
        <translation>「%1」 should be days like 2-4.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/fee_grid.py" line="185"/>
        <source>A reachable row needs every price and the days.</source>
        <translation>A reachable row needs every price and the days.</translation>
    </message>
</context>
<context>
    <name>RuleWarning</name>
    <message>
        <location filename="../../quickreply/ui/popup/rule_warning.py" line="31"/>
        <source> (%1 problems in all)</source>
        <translation> (%1 problems in all)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/rule_warning.py" line="34"/>
        <source>「%1」 breaks platform rules: %2%3
Press Enter again to copy anyway, Esc to go back.</source>
        <translation>「%1」 breaks platform rules: %2%3
Press Enter again to copy anyway, Esc to go back.</translation>
    </message>
</context>
<context>
    <name>SearchAnswer</name>
    <message>
        <location filename="../../quickreply/ui/popup/search_answer.py" line="75"/>
        <source>No favourites or recent replies yet: type to search.</source>
        <translation>No favourites or recent replies yet: type to search.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/search_answer.py" line="79"/>
        <source>Nothing found for this message. Try a few of its words (退款, 发货), initials (tk) or @category.</source>
        <translation>Nothing found for this message. Try a few of its words (退款, 发货), initials (tk) or @category.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/search_answer.py" line="83"/>
        <source>Nothing matches. Try fewer letters, initials (tk) or @category.</source>
        <translation>Nothing matches. Try fewer letters, initials (tk) or @category.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="41"/>
        <source>QuickReply settings</source>
        <extracomment>The settings the dialog shows now, typed (``{AUTO_PASTE: True, …}``). Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.</extracomment>
        <translation>QuickReply settings</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="81"/>
        <source>Also paste into the previous window (sends Ctrl+V)</source>
        <translation>Also paste into the previous window (sends Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="89"/>
        <source>Start QuickReply when I log in</source>
        <translation>Start QuickReply when I log in</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="95"/>
        <source>Over the chat window</source>
        <translation>Over the chat window</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="96"/>
        <source>Next to the mouse</source>
        <translation>Next to the mouse</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="97"/>
        <source>Centre of the screen</source>
        <translation>Centre of the screen</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="112"/>
        <source>Used for {店铺} in replies</source>
        <translation>Used for {店铺} in replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="121"/>
        <source>Used for {客服} in replies</source>
        <translation>Used for {客服} in replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="73"/>
        <source>Hotkey (press the keys)</source>
        <translation>Hotkey (press the keys)</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="103"/>
        <source>Popup position</source>
        <translation>Popup position</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="111"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="120"/>
        <source>Agent nickname</source>
        <translation>Agent nickname</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="129"/>
        <source>Hotkey: answer the selected buyer message</source>
        <translation>Hotkey: answer the selected buyer message</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="137"/>
        <source>Suggest replies for a buyer message I just copied</source>
        <translation>Suggest replies for a buyer message I just copied</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="145"/>
        <source>Search box: type Chinese through my input method (off: letters search at once)</source>
        <translation>Search box: type Chinese through my input method (off: letters search at once)</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="155"/>
        <source>Learn from the buyer messages I answer (only on this computer)</source>
        <translation>Learn from the buyer messages I answer (only on this computer)</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="163"/>
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="172"/>
        <source>Sounds I hear as one</source>
        <translation>Sounds I hear as one</translation>
    </message>
    <message>
        <location filename="../../quickreply/core/library/settings.py" line="173"/>
        <source>Either sound typed finds both; such hits come after exact ones</source>
        <translation>Either sound typed finds both; such hits come after exact ones</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/settings_dialog.py" line="115"/>
        <source>Press a key combination for the hotkey, e.g. Ctrl+Alt+Q.</source>
        <translation>Press a key combination for the hotkey, e.g. Ctrl+Alt+Q.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="161"/>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="205"/>
        <source>Subscribe to a template pack</source>
        <translation>Subscribe to a template pack</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="165"/>
        <source>Choose the pack file your team lead shares (a shared or synced folder). When a newer version is saved there, QuickReply installs it by itself; your own replies are never changed.</source>
        <translation>Choose the pack file your team lead shares (a shared or synced folder). When a newer version is saved there, QuickReply installs it by itself; your own replies are never changed.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="175"/>
        <source>Choose pack file…</source>
        <translation>Choose pack file…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="177"/>
        <source>Stop subscription</source>
        <translation>Stop subscription</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="179"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="197"/>
        <source>Not subscribed to any pack.</source>
        <translation>Not subscribed to any pack.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="199"/>
        <source>Subscribed to: %1</source>
        <translation>Subscribed to: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="205"/>
        <source>Template packs (*.qrpack)</source>
        <translation>Template packs (*.qrpack)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/packs/packs_dialog.py" line="224"/>
        <source>Checking the pack file…</source>
        <translation>Checking the pack file…</translation>
    </message>
</context>
<context>
    <name>SubscriptionWatch</name>
    <message>
        <location filename="../../quickreply/ui/packs/subscription.py" line="142"/>
        <source>Template pack 「%1」 version %2 installed: %3.</source>
        <translation>Template pack 「%1」 version %2 installed: %3.</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="60"/>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="61"/>
        <source>Add tag…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="62"/>
        <source>Mark as favourite</source>
        <translation>Mark as favourite</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="63"/>
        <source>Remove from favourites</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="65"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="96"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="107"/>
        <source>New reply from the clipboard: %1</source>
        <translation>New reply from the clipboard: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="119"/>
        <source>Duplicated: %1</source>
        <translation>Duplicated: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="133"/>
        <source>Moved %1 replies to the trash (Ctrl+Z undoes).</source>
        <translation>Moved %1 replies to the trash (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="143"/>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="157"/>
        <source>Moved %1 replies to %2.</source>
        <translation>Moved %1 replies to %2.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="149"/>
        <source>Move replies</source>
        <translation>Move replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="149"/>
        <source>Move %1 replies to:</source>
        <translation>Move %1 replies to:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="162"/>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="162"/>
        <source>Tag for %1 replies:</source>
        <translation>Tag for %1 replies:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="165"/>
        <source>Tagged %1 replies.</source>
        <translation>Tagged %1 replies.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_actions.py" line="171"/>
        <source>Updated %1 replies.</source>
        <translation>Updated %1 replies.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="75"/>
        <source>e.g. tk (optional)</source>
        <translation>e.g. tk (optional)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="80"/>
        <source>comma separated, e.g. 退款, 到账</source>
        <translation>comma separated, e.g. 退款, 到账</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="83"/>
        <source>One way a buyer might ask per line</source>
        <translation>One way a buyer might ask per line</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="103"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="105"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="108"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="112"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="113"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="115"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="116"/>
        <source>Buyer phrasings</source>
        <translation>Buyer phrasings</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="124"/>
        <source>Reply ({name} asks for a value, {name:default}, {name|a|b})</source>
        <translation>Reply ({name} asks for a value, {name:default}, {name|a|b})</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="127"/>
        <source>Preview with defaults</source>
        <translation>Preview with defaults</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="148"/>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="148"/>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="206"/>
        <source>Edit reply #%1</source>
        <translation>Edit reply #%1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/template_editor.py" line="297"/>
        <source>Change 「%1」 to 「%2」</source>
        <translation>Change 「%1」 to 「%2」</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../../quickreply/ui/manager/template_list.py" line="22"/>
        <source>Search like the popup: pinyin, initials, shortcut, Chinese</source>
        <translation>Search like the popup: pinyin, initials, shortcut, Chinese</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="204"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="205"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="206"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="207"/>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="208"/>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="209"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>TrackingAnswer</name>
    <message>
        <location filename="../../quickreply/ui/popup/answers.py" line="372"/>
        <source>Tracking number of %1 (%2% sure). Enter copies the reply below.</source>
        <translation>Tracking number of %1 (%2% sure). Enter copies the reply below.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="270"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="270"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/item_models.py" line="270"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="38"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="40"/>
        <source>Delete forever</source>
        <translation>Delete forever</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="42"/>
        <source>Back to replies</source>
        <translation>Back to replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="45"/>
        <source>Items older than 30 days are removed for good.</source>
        <translation>Items older than 30 days are removed for good.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="69"/>
        <source>Restored: %1</source>
        <translation>Restored: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/trash_page.py" line="79"/>
        <source>Deleted %1 replies for good.</source>
        <translation>Deleted %1 replies for good.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="55"/>
        <source>QuickReply — press %1 to search</source>
        <extracomment>A submenu longer than this gets a last entry that opens the popup instead.</extracomment>
        <translation>QuickReply — press %1 to search</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="66"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="71"/>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="72"/>
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="84"/>
        <source>Manage…</source>
        <translation>Manage…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="85"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="86"/>
        <source>Pause hotkey</source>
        <translation>Pause hotkey</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="91"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="102"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/tray.py" line="110"/>
        <source>More… (search)</source>
        <translation>More… (search)</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="113"/>
        <source>QuickReply — usage statistics</source>
        <translation>QuickReply — usage statistics</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="117"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="120"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="124"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="135"/>
        <source>Select in the reply list</source>
        <translation>Select in the reply list</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="137"/>
        <source>Move to trash…</source>
        <translation>Move to trash…</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="140"/>
        <source>Acts on the selected rows, or on all of them when none is selected.</source>
        <translation>Acts on the selected rows, or on all of them when none is selected.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="148"/>
        <source>Most used</source>
        <translation>Most used</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="177"/>
        <source>Never used, or not used in the last %1 days: %2 replies</source>
        <translation>Never used, or not used in the last %1 days: %2 replies</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="181"/>
        <source>%1 copies in the last %2 days</source>
        <translation>%1 copies in the last %2 days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="187"/>
        <source>Export usage statistics</source>
        <translation>Export usage statistics</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="187"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="192"/>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="208"/>
        <source>Saved %1 replies to %2.</source>
        <translation>Saved %1 replies to %2.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="225"/>
        <source>Move %1 unused replies to the trash? They can be restored for 30 days.</source>
        <translation>Move %1 unused replies to the trash? They can be restored for 30 days.</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="234"/>
        <source>Moved %1 replies to the trash (Ctrl+Z undoes).</source>
        <translation>Moved %1 replies to the trash (Ctrl+Z undoes).</translation>
    </message>
</context>
<context>
    <name>UsesModel</name>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="62"/>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="63"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="64"/>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="65"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="66"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="67"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/manager/usage_page.py" line="77"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="72"/>
        <source>Tab: next field · Enter: copy · Esc: back</source>
        <translation>Tab: next field · Enter: copy · Esc: back</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="45"/>
        <source>Will be copied as:</source>
        <translation>Will be copied as:</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="73"/>
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
    <message>
        <location filename="../../quickreply/ui/popup/variable_form.py" line="130"/>
        <source>Fill in %1 first · Esc: back</source>
        <translation>Fill in %1 first · Esc: back</translation>
    </message>
</context>
</TS>
