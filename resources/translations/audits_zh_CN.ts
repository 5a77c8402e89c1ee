<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cw::ui::AuditDetailPanel</name>
    <message>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>e.g. 8.1, 8.2, iso27001:2022 A.5.18</source>
        <translation>例如 8.1, 8.2, iso27001:2022 A.5.18</translation>
    </message>
    <message>
        <source>Comment for the next step:</source>
        <translation>下一步的说明：</translation>
    </message>
    <message>
        <source>optional, kept with who and when</source>
        <translation>可选，与操作人和时间一起记录</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Generate from catalog</source>
        <translation>从标准目录生成</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Raise finding…</source>
        <translation>提出发现项…</translation>
    </message>
    <message>
        <source>In the checklist: 1 conforming, 2 nonconformity, 3 observation, 4 not audited, 0 pending; F2 edits a cell.</source>
        <translation>在检查表中：1 符合，2 不符合，3 观察项，4 未审核，0 待定；F2 编辑单元格。</translation>
    </message>
    <message>
        <source>No audit selected</source>
        <translation>未选择审核</translation>
    </message>
    <message>
        <source>Independence: %1.</source>
        <translation>独立性：%1。</translation>
    </message>
    <message>
        <source>%1 lines: %2 conforming, %3 nonconformity, %4 observation, %5 not audited, %6 pending</source>
        <translation>共 %1 条：符合 %2，不符合 %3，观察项 %4，未审核 %5，待定 %6</translation>
    </message>
    <message>
        <source>Step Refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
</context>
<context>
    <name>cw::ui::AuditEdits</name>
    <message>
        <source>Programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>审核准则</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation>受审核方</translation>
    </message>
    <message>
        <source>Process owners</source>
        <translation>过程负责人</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>New Audit “%1”</source>
        <translation>新建审核“%1”</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Change Clauses of %1</source>
        <translation>更改 %1 的条款</translation>
    </message>
    <message>
        <source>Generate Checklist of %1</source>
        <translation>生成 %1 的检查表</translation>
    </message>
    <message>
        <source>Add Checklist Line to %1</source>
        <translation>向 %1 添加检查表条目</translation>
    </message>
    <message>
        <source>Remove Checklist Line %1</source>
        <translation>删除检查表条目 %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::AuditListModel</name>
    <message>
        <source>Planned %1; carried out %2</source>
        <translation>计划 %1；实施 %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未实施</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Clauses in scope</source>
        <translation>审核条款</translation>
    </message>
</context>
<context>
    <name>cw::ui::AuditNames</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Start audit</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>提交报告</translation>
    </message>
    <message>
        <source>Close audit</source>
        <translation>关闭审核</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>开始 %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>提交 %1 的报告</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <source>%1 is a declared owner of an audited process</source>
        <translation>%1 是受审核过程的已声明负责人</translation>
    </message>
    <message>
        <source>%1 audits %2 but owns %3 (linked to %4)</source>
        <translation>%1 审核 %2，但其负责 %3（关联 %4）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>cw::ui::AuditsPage</name>
    <message>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Create or open a workspace to plan internal audits, record their checklists and hold management reviews.</source>
        <translation>新建或打开工作区，以策划内部审核、记录检查表并开展管理评审。</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>审核方案(&amp;P)：</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新建审核方案</translation>
    </message>
    <message>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Audits (double-click or Enter opens one)</source>
        <translation>审核（双击或按回车键打开）</translation>
    </message>
    <message>
        <source>Coverage of clauses 4–10</source>
        <translation>第4–10章条款覆盖情况</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No audit programme yet: start with New programme.</source>
        <translation>尚无审核方案：请先点击“新建审核方案”。</translation>
    </message>
    <message>
        <source>This workspace is read-only, so audits and reviews cannot be edited.</source>
        <translation>此工作区为只读，无法编辑审核和评审。</translation>
    </message>
    <message>
        <source>No independence conflicts: no auditor audits a process they own.</source>
        <translation>无独立性冲突：没有审核员审核自己负责的过程。</translation>
    </message>
    <message>
        <source>Independence warnings:</source>
        <translation>独立性警告：</translation>
    </message>
    <message>
        <source>%1 of %2 clauses audited within the last 12 months (since %3); %4 planned, %5 not planned.</source>
        <translation>%2 个条款中有 %1 个在过去12个月内（自 %3 起）已审核；%4 个已计划，%5 个未计划。</translation>
    </message>
    <message>
        <source>Every clause 4–10 has been audited since %1.</source>
        <translation>自 %1 起第4–10章全部条款均已审核。</translation>
    </message>
    <message>
        <source>Internal audit programme %1</source>
        <translation>%1年度内部审核方案</translation>
    </message>
    <message>
        <source>New Audit Programme</source>
        <translation>新建审核方案</translation>
    </message>
</context>
<context>
    <name>cw::ui::ChecklistModel</name>
    <message>
        <source>Edit Question of Checklist Line %1</source>
        <translation>编辑检查表条目 %1 的问题</translation>
    </message>
    <message>
        <source>Set Result of Checklist Line %1</source>
        <translation>设置检查表条目 %1 的结果</translation>
    </message>
    <message>
        <source>Edit Notes of Checklist Line %1</source>
        <translation>编辑检查表条目 %1 的记录</translation>
    </message>
    <message>
        <source>Edit Evidence of Checklist Line %1</source>
        <translation>编辑检查表条目 %1 的证据</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>cw::ui::CorrectiveActionModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cw::ui::CoverageModel</name>
    <message>
        <source>Audited over 12 months ago</source>
        <translation>审核已超过12个月</translation>
    </message>
    <message>
        <source>%1: the weakest status of the clauses under it</source>
        <translation>%1：取其下属条款中最弱的状态</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Last audited</source>
        <translation>最近审核</translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingDetailPanel</name>
    <message>
        <source>New corrective action</source>
        <translation>新纠正措施</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Auditee:</source>
        <translation>受审核方：</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>提出人：</translation>
    </message>
    <message>
        <source>Raised on:</source>
        <translation>提出日期：</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>要求：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>纠正：</translation>
    </message>
    <message>
        <source>Root-cause method:</source>
        <translation>根本原因分析方法：</translation>
    </message>
    <message>
        <source>Fishbone category:</source>
        <translation>鱼骨图类别：</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>e.g. 8.7.3.2, iso27001:2022 A.5.18</source>
        <translation>例如 8.7.3.2, iso27001:2022 A.5.18</translation>
    </message>
    <message>
        <source>Five whys: one “why” per line</source>
        <translation>五个为什么：每行一个“为什么”</translation>
    </message>
    <message>
        <source>Comment for the next step:</source>
        <translation>下一步的说明：</translation>
    </message>
    <message>
        <source>optional, kept with who and when</source>
        <translation>可选，与操作人和时间一起记录</translation>
    </message>
    <message>
        <source>Correction and root cause</source>
        <translation>纠正与根本原因</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>标记为已实施</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>删除措施</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>未选择发现项</translation>
    </message>
    <message>
        <source>Internal audit %1</source>
        <translation>内部审核 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Moves the finding to “%1”</source>
        <translation>将发现项转为“%1”</translation>
    </message>
    <message>
        <source>Step Refused</source>
        <translation>操作被拒绝</translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingEdits</name>
    <message>
        <source>Change Type of %1</source>
        <translation>更改 %1 的类型</translation>
    </message>
    <message>
        <source>Change Source of %1</source>
        <translation>更改 %1 的来源</translation>
    </message>
    <message>
        <source>Change Audit of %1</source>
        <translation>更改 %1 的审核</translation>
    </message>
    <message>
        <source>Edit Source Reference of %1</source>
        <translation>编辑 %1 的来源编号</translation>
    </message>
    <message>
        <source>Edit Title of %1</source>
        <translation>编辑 %1 的标题</translation>
    </message>
    <message>
        <source>Edit Requirement of %1</source>
        <translation>编辑 %1 的要求</translation>
    </message>
    <message>
        <source>Edit Description of %1</source>
        <translation>编辑 %1 的描述</translation>
    </message>
    <message>
        <source>Edit Evidence of %1</source>
        <translation>编辑 %1 的证据</translation>
    </message>
    <message>
        <source>Edit Raised By of %1</source>
        <translation>编辑 %1 的提出人</translation>
    </message>
    <message>
        <source>Edit Raised On of %1</source>
        <translation>编辑 %1 的提出日期</translation>
    </message>
    <message>
        <source>Edit Auditee of %1</source>
        <translation>编辑 %1 的受审核方</translation>
    </message>
    <message>
        <source>Edit Correction of %1</source>
        <translation>编辑 %1 的纠正</translation>
    </message>
    <message>
        <source>Change Root-Cause Method of %1</source>
        <translation>更改 %1 的根本原因分析方法</translation>
    </message>
    <message>
        <source>Change Fishbone Category of %1</source>
        <translation>更改 %1 的鱼骨图类别</translation>
    </message>
    <message>
        <source>Edit Root Cause of %1</source>
        <translation>编辑 %1 的根本原因</translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation>新建发现项</translation>
    </message>
    <message>
        <source>New Finding “%1”</source>
        <translation>新建发现项“%1”</translation>
    </message>
    <message>
        <source>Change Clauses of %1</source>
        <translation>更改 %1 的条款</translation>
    </message>
    <message>
        <source>Add Corrective Action to %1</source>
        <translation>为 %1 添加纠正措施</translation>
    </message>
    <message>
        <source>Edit Corrective Action</source>
        <translation>编辑纠正措施</translation>
    </message>
    <message>
        <source>Mark Corrective Action Implemented</source>
        <translation>将纠正措施标记为已实施</translation>
    </message>
    <message>
        <source>Delete Corrective Action</source>
        <translation>删除纠正措施</translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingListModel</name>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Audit / source</source>
        <translation>审核/来源</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一到期日</translation>
    </message>
    <message>
        <source>Corrective actions overdue: %1</source>
        <translation>逾期纠正措施：%1 项</translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingNames</name>
    <message>
        <source>Major nonconformity</source>
        <translation>严重不符合</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>一般不符合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Positive finding</source>
        <translation>正面发现</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>外部审核</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation>事件回顾</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Correction recorded</source>
        <translation>已记录纠正</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>已策划措施</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>已验证有效</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>记录纠正</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>策划措施</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>标记为已实施</translation>
    </message>
    <message>
        <source>Verify effectiveness…</source>
        <translation>验证有效性…</translation>
    </message>
    <message>
        <source>Close finding</source>
        <translation>关闭发现项</translation>
    </message>
    <message>
        <source>Record Correction of %1</source>
        <translation>记录 %1 的纠正</translation>
    </message>
    <message>
        <source>Plan Action of %1</source>
        <translation>策划 %1 的措施</translation>
    </message>
    <message>
        <source>Mark %1 Implemented</source>
        <translation>将 %1 标记为已实施</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>5 whys</source>
        <translation>五个为什么</translation>
    </message>
    <message>
        <source>Fishbone</source>
        <translation>鱼骨图</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供方</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Raised by %1 on %2</source>
        <translation>由 %1 于 %2 提出</translation>
    </message>
    <message>
        <source>Verified by %1 on %2: &lt;b&gt;%3&lt;/b&gt; %4</source>
        <translation>由 %1 于 %2 验证：&lt;b&gt;%3&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not effective</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;, %3, %4</source>
        <translation>%1 → &lt;b&gt;%2&lt;/b&gt;，%3，%4</translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingsPage</name>
    <message>
        <source>Findings &amp; actions</source>
        <translation>发现项与措施</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Create or open a workspace to record audit findings and follow corrective actions to verified closure.</source>
        <translation>新建或打开工作区，以记录审核发现项并跟踪纠正措施直至验证关闭。</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未关闭(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅逾期(&amp;V)</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>新建发现项…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>This workspace is read-only, so findings and corrective actions cannot be edited.</source>
        <translation>此工作区为只读，无法编辑发现项和纠正措施。</translation>
    </message>
    <message>
        <source>No open major nonconformity.</source>
        <translation>没有未关闭的严重不符合。</translation>
    </message>
    <message>
        <source>, next due %1</source>
        <translation>，下一到期日 %1</translation>
    </message>
    <message>
        <source>%1 shown · %2 open · %3 overdue corrective actions</source>
        <translation>显示 %1 项 · 未关闭 %2 项 · 逾期纠正措施 %3 项</translation>
    </message>
    <message>
        <source>Open major nonconformities: %1.</source>
        <translation>未关闭的严重不符合：%1 项。</translation>
    </message>
    <message>
        <source>and %1 more: show them all</source>
        <translation>另有 %1 项：全部显示</translation>
    </message>
    <message>
        <source>C&amp;lause:</source>
        <translation>条款(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 8.6</source>
        <translation>例如 8.6</translation>
    </message>
    <message>
        <source>Only findings citing this clause or one under it. Put the catalog first to limit it to one standard: iso27001:2022 A.5</source>
        <translation>仅显示引用该条款或其下级条款的审核发现。在前面加上目录标识可限定为某一标准，例如：iso27001:2022 A.5</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewFindingDialog</name>
    <message>
        <source>New Finding</source>
        <translation>新建发现项</translation>
    </message>
    <message>
        <source>e.g. 8.7.3.2, iso27001:2022 A.5.18</source>
        <translation>例如 8.7.3.2, iso27001:2022 A.5.18</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Audit:</source>
        <translation>审核(&amp;A)：</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>来源编号(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Clauses:</source>
        <translation>条款(&amp;C)：</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>要求(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>Audit&amp;ee:</source>
        <translation>受审核方(&amp;E)：</translation>
    </message>
    <message>
        <source>A finding needs a title</source>
        <translation>发现项需要标题</translation>
    </message>
</context>
<context>
    <name>cw::ui::ReviewEdits</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>New Management Review</source>
        <translation>新建管理评审</translation>
    </message>
    <message>
        <source>Edit %1 of the Management Review</source>
        <translation>编辑管理评审的%1</translation>
    </message>
    <message>
        <source>Edit Review Input “%1”</source>
        <translation>编辑评审输入“%1”</translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation>添加决定</translation>
    </message>
    <message>
        <source>Add Review Action</source>
        <translation>添加评审措施</translation>
    </message>
    <message>
        <source>Edit Review Output</source>
        <translation>编辑评审输出</translation>
    </message>
    <message>
        <source>Delete Review Output</source>
        <translation>删除评审输出</translation>
    </message>
</context>
<context>
    <name>cw::ui::ReviewOutputModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>决定或措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cw::ui::ReviewPanel</name>
    <message>
        <source>Management &amp;review:</source>
        <translation>管理评审(&amp;R)：</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <source>No management review yet. New review records one dated today, its inputs pre-filled from the audits, findings and gap analyses of this workspace.</source>
        <translation>尚无管理评审。“新建评审”将以今天为日期创建一次评审，其输入根据本工作区的审核、发现项和差距分析预先填写。</translation>
    </message>
    <message>
        <source>Inputs (clause 9.3)</source>
        <translation>输入（第9.3条）</translation>
    </message>
    <message>
        <source>Pre-filled from this workspace&apos;s data as of the review date when the review was created; edit them freely. “Fill from data” writes the figures again.</source>
        <translation>创建评审时已根据本工作区截至评审日期的数据预先填写，可自由编辑。“从数据填写”会重新写入这些数据。</translation>
    </message>
    <message>
        <source>Fill from data</source>
        <translation>从数据填写</translation>
    </message>
    <message>
        <source>Outputs: decisions and actions</source>
        <translation>输出：决定和措施</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决定</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>新决定</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新措施</translation>
    </message>
</context>
<context>
    <name>cw::ui::VerificationDialog</name>
    <message>
        <source>Verify Effectiveness of %1</source>
        <translation>验证 %1 的有效性</translation>
    </message>
    <message>
        <source>The corrective actions were &amp;effective</source>
        <translation>纠正措施有效(&amp;E)</translation>
    </message>
    <message>
        <source>Not effective sends the finding back to “action planned” for a new round of corrective actions.</source>
        <translation>若无效，发现项将退回“已策划措施”，开始新一轮纠正措施。</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>验证人(&amp;B)：</translation>
    </message>
    <message>
        <source>Verified &amp;on:</source>
        <translation>验证日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
</context>
</TS>
