<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cw::ui::AttachmentsPanel</name>
    <message>
        <source>Drop files here to attach them to version %1. Each file may be up to %2.</source>
        <translation>将文件拖放到此处即可附加到 %1 版。每个文件最大 %2。</translation>
    </message>
    <message>
        <source>The workspace is read-only: files can be exported and opened, not changed.</source>
        <translation>工作区为只读：文件可以导出和打开，但不能更改。</translation>
    </message>
    <message>
        <source>Version %1 is %2, so its files are frozen. Start a new version to attach files.</source>
        <translation>%1 版的状态为“%2”，其文件已冻结。如需附加文件，请新建版本。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>cw::ui::CoveragePanel</name>
    <message>
        <source>Covered by an approved document</source>
        <translation>已有批准的文件覆盖</translation>
    </message>
    <message>
        <source>Draft only</source>
        <translation>仅有草稿</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Required documented information: %1 items — %2 covered, %3 in draft only, %4 missing.</source>
        <translation>要求的成文信息：共 %1 项 — 已覆盖 %2 项，仅有草稿 %3 项，缺失 %4 项。</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Required documented information</source>
        <translation>要求的成文信息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The register is empty. The starter set creates a recommended skeleton register for ISO/IEC 20000-1:2018 — the manual, a procedure for each process, key templates and records — as drafts, titled in the engagement&apos;s language.</source>
        <translation>文件清单为空。初始文件集会为 ISO/IEC 20000-1:2018 创建推荐的文件清单框架——手册、各过程的程序、关键模板和记录——均为草稿，标题使用项目语言。</translation>
    </message>
    <message>
        <source>Create Starter Set</source>
        <translation>创建初始文件集</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentDetailsPanel</name>
    <message>
        <source>No document selected</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · 版本 %3</translation>
    </message>
    <message>
        <source>⚠ Review overdue: the next review was due on %1.</source>
        <translation>⚠ 评审已逾期：下次评审应于 %1 进行。</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Derives &amp;from:</source>
        <translation>上级文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation>评审周期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>下次评审(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation>保存期限(&amp;T)：</translation>
    </message>
    <message>
        <source>Cla&amp;uses:</source>
        <translation>条款(&amp;U)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>no periodic review</source>
        <translation>无定期评审</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>code of the document it derives from; empty for level 1</source>
        <translation>上级文件的编号；一级文件留空</translation>
    </message>
    <message>
        <source>e.g. 8.6.1, 8.6.2, iso27001:2022 A.5.24</source>
        <translation>例如 8.6.1, 8.6.2, iso27001:2022 A.5.24</translation>
    </message>
    <message>
        <source>Clause references separated by commas. A reference without a catalog is of the workspace&apos;s main catalog; write the catalog id before it for another one.</source>
        <translation>条款号以逗号分隔。未写目录的条款属于工作区的主目录；其他目录的条款请在前面写上目录标识。</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field and can be undone with Edit ▸ Undo.</source>
        <translation>离开字段时即保存每项更改，可通过“编辑 ▸ 撤销”撤销。</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentFilterBar</name>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>Cla&amp;use:</source>
        <translation>条款(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. 8.6</source>
        <translation>例如 8.6</translation>
    </message>
    <message>
        <source>Documents linked to this clause or one below it, in any catalog.</source>
        <translation>关联到此条款或其下级条款的文件（任一目录）。</translation>
    </message>
    <message>
        <source>Overdue reviews only</source>
        <translation>仅显示评审逾期</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentNames</name>
    <message>
        <source>Manual</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>方针</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Work instruction</source>
        <translation>作业指导书</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>文件清单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交评审</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Make obsolete</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>1 Manual / policy</source>
        <translation>1 手册 / 方针</translation>
    </message>
    <message>
        <source>2 Procedure</source>
        <translation>2 程序</translation>
    </message>
    <message>
        <source>3 Instruction / template</source>
        <translation>3 作业指导书 / 模板</translation>
    </message>
    <message>
        <source>4 Record / form</source>
        <translation>4 记录 / 表单</translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation>%1 — 评审已逾期</translation>
    </message>
    <message>
        <source>%1 (%2 in force)</source>
        <translation>%1（%2 版生效中）</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentTableModel</name>
    <message>
        <source>The review of %1 was due on %2.</source>
        <translation>%1 的评审应于 %2 进行。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentTreeModel</name>
    <message>
        <source>The review of %1 was due on %2.</source>
        <translation>%1 的评审应于 %2 进行。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Create or open a workspace to keep its register of documents under control.</source>
        <translation>新建或打开工作区，对其文件清单进行受控管理。</translation>
    </message>
    <message>
        <source>Search codes, titles, change summaries and comments (中文 or English)…</source>
        <translation>搜索编号、标题、变更说明和备注（中文或英文）…</translation>
    </message>
    <message>
        <source>New Document…</source>
        <translation>新建文件…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>文件清单</translation>
    </message>
    <message>
        <source>Required Documents Coverage</source>
        <translation>要求文件覆盖情况</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>层级结构</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Record Entries</source>
        <translation>记录条目</translation>
    </message>
    <message>
        <source>This workspace is read-only: the register can be viewed, searched and exported, not changed.</source>
        <translation>此工作区为只读：文件清单可以查看、搜索和导出，但不能更改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级文件</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Review Interval</source>
        <translation>评审周期</translation>
    </message>
    <message>
        <source>Next Review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Edit Clauses of %1</source>
        <translation>编辑 %1 的条款</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New Major Version</source>
        <translation>新建主版本</translation>
    </message>
    <message>
        <source>New Minor Version</source>
        <translation>新建次版本</translation>
    </message>
    <message>
        <source>What changes in the new version of %1?</source>
        <translation>%1 的新版本有哪些变更？</translation>
    </message>
    <message>
        <source>New Major Version of %1</source>
        <translation>新建 %1 的主版本</translation>
    </message>
    <message>
        <source>New Minor Version of %1</source>
        <translation>新建 %1 的次版本</translation>
    </message>
    <message>
        <source>Edit Change Summary</source>
        <translation>编辑变更说明</translation>
    </message>
    <message>
        <source>Change summary of %1:</source>
        <translation>%1 的变更说明：</translation>
    </message>
    <message>
        <source>Edit Change Summary of %1</source>
        <translation>编辑 %1 的变更说明</translation>
    </message>
    <message>
        <source>Document Not Created</source>
        <translation>未创建文件</translation>
    </message>
    <message>
        <source>Derives from: there is no document with the code &apos;%1&apos;.</source>
        <translation>上级文件：不存在编号为“%1”的文件。</translation>
    </message>
    <message>
        <source>New Document %1</source>
        <translation>新建文件 %1</translation>
    </message>
    <message>
        <source>Document Not Deleted</source>
        <translation>未删除文件</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Delete %1 “%2” with all its versions, status history, clause links, attachments and record entries?

Edit ▸ Undo puts it back completely, files included, for as long as this workspace stays open.</source>
        <translation>删除 %1“%2”及其全部版本、状态历史、条款关联、附件和记录条目吗？

在此工作区保持打开期间，“编辑 ▸ 撤销”可将其完整恢复，包括文件。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>将 %1 附加到 %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
    <message>
        <source>Export File to Folder</source>
        <translation>将文件导出到文件夹</translation>
    </message>
    <message>
        <source>File Exported</source>
        <translation>文件已导出</translation>
    </message>
    <message>
        <source>Written to %1, checked against its SHA-256.</source>
        <translation>已写入 %1，并已按 SHA-256 校验。</translation>
    </message>
    <message>
        <source>Add Record Entry %1 to %2</source>
        <translation>为 %2 添加记录条目 %1</translation>
    </message>
    <message>
        <source>Remove Record Entry from %1</source>
        <translation>移除 %1 的记录条目</translation>
    </message>
    <message>
        <source>The catalog %1 is copied into the workspace first; undo leaves that copy in place.</source>
        <translation>会先将目录 %1 复制到工作区；撤销时该副本保留。</translation>
    </message>
    <message>
        <source>Create Starter Set</source>
        <translation>创建初始文件集</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Documents shown: %1</source>
        <translation>显示的文件：%1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 documents derive from it. Delete them or link them to another document first.</source>
        <translation>无法删除 %1：有 %2 个文件以它为上级。请先删除这些文件或将其关联到其他文件。</translation>
    </message>
    <message>
        <source>Create the starter register of %1 documents as drafts, with codes, levels, parents and clause links? Edit ▸ Undo removes them again.</source>
        <translation>以草稿形式创建包含 %1 个文件的初始文件清单（含编号、层级、上级文件和条款关联）吗？“编辑 ▸ 撤销”可将其再次移除。</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewDocumentDialog</name>
    <message>
        <source>New Document</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>empty for a level-1 manual or policy</source>
        <translation>一级手册或方针留空</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Derives &amp;from:</source>
        <translation>上级文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>cw::ui::RecordEntryDialog</name>
    <message>
        <source>Add Record Entry</source>
        <translation>添加记录条目</translation>
    </message>
    <message>
        <source>e.g. INC-2026-11 sample</source>
        <translation>例如 INC-2026-11 抽样</translation>
    </message>
    <message>
        <source>A dated sample of the records %1 stands for.</source>
        <translation>%1 所代表记录的一次带日期的抽样。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>编号/引用(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>cw::ui::RecordsPanel</name>
    <message>
        <source>Record entries belong to level-4 records and forms; this document is of level %1.</source>
        <translation>记录条目属于四级记录和表单；此文件为 %1 级。</translation>
    </message>
    <message>
        <source>No record entries yet. Add a dated sample of the records each month to show how long the process has been producing them.</source>
        <translation>尚无记录条目。每月添加一次带日期的记录抽样，以表明该过程已产生记录多长时间。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号/引用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add Entry…</source>
        <translation>添加条目…</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>移除条目</translation>
    </message>
    <message>
        <source>Months with records: %1 · entries: %2 · from %3 to %4</source>
        <translation>有记录的月数：%1 · 条目：%2 · 从 %3 到 %4</translation>
    </message>
</context>
<context>
    <name>cw::ui::TransitionDialog</name>
    <message>
        <source>%1: from %2 to %3. The move is recorded with your name, the time and this comment.</source>
        <translation>%1：从“%2”变为“%3”。此变更将连同您的姓名、时间和此备注一起记录。</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>cw::ui::VersionsPanel</name>
    <message>
        <source>Change summary / comment</source>
        <translation>变更说明 / 备注</translation>
    </message>
    <message>
        <source>When · who</source>
        <translation>时间 · 人员</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>New Minor Version…</source>
        <translation>新建次版本…</translation>
    </message>
    <message>
        <source>New Major Version…</source>
        <translation>新建主版本…</translation>
    </message>
    <message>
        <source>Edit Change Summary…</source>
        <translation>编辑变更说明…</translation>
    </message>
    <message>
        <source>A new version can be started once the current one is approved or obsolete; the version in force stays in force until the new one is approved.</source>
        <translation>当前版本已批准或已作废后才能新建版本；在新版本批准之前，现行版本保持有效。</translation>
    </message>
    <message>
        <source>Version / status</source>
        <translation>版本 / 状态</translation>
    </message>
</context>
</TS>
