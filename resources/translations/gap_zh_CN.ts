<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cw::ui::ActionDialog</name>
    <message>
        <source>Create Action</source>
        <translation>创建措施</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD，可留空</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>cw::ui::ClauseHeatMap</name>
    <message>
        <source>%1 %2
Readiness %3, coverage %4</source>
        <translation>%1 %2
就绪度 %3，覆盖率 %4</translation>
    </message>
</context>
<context>
    <name>cw::ui::ClauseTreeModel</name>
    <message>
        <source>Readiness: %1</source>
        <translation>就绪度：%1</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Status / readiness</source>
        <translation>状态 / 就绪度</translation>
    </message>
</context>
<context>
    <name>cw::ui::EntryPanel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Press %1 in the clause tree</source>
        <translation>在条款树中按 %1</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Why the requirement does not apply; Enter records it</source>
        <translation>说明该要求为何不适用；按 Enter 记录</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>访谈问题</translation>
    </message>
    <message>
        <source>Evidence to look for</source>
        <translation>应查证据</translation>
    </message>
    <message>
        <source>Maturity (0–5):</source>
        <translation>成熟度（0–5）：</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>发现：</translation>
    </message>
    <message>
        <source>People interviewed:</source>
        <translation>受访人员：</translation>
    </message>
    <message>
        <source>Evidence seen:</source>
        <translation>已查证据：</translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation>差距：</translation>
    </message>
    <message>
        <source>Recommended action:</source>
        <translation>建议措施：</translation>
    </message>
    <message>
        <source>What you found: practice, records, interviews</source>
        <translation>发现的情况：实际做法、记录、访谈</translation>
    </message>
    <message>
        <source>Names and roles</source>
        <translation>姓名和职务</translation>
    </message>
    <message>
        <source>Documents and records seen</source>
        <translation>查阅的文件和记录</translation>
    </message>
    <message>
        <source>What is missing against the requirement</source>
        <translation>与要求相比欠缺什么</translation>
    </message>
    <message>
        <source>What the organization should do</source>
        <translation>组织应采取的措施</translation>
    </message>
    <message>
        <source>In the clause tree: 1–4 set the status (0 clears it), Tab goes to the findings, Enter goes to the next requirement. In a field: Ctrl+Enter saves and goes to the next requirement, Esc goes back to the tree.</source>
        <translation>在条款树中：按 1–4 设置状态（按 0 清除），按 Tab 转到“发现”，按 Enter 转到下一条要求。在输入框中：按 Ctrl+Enter 保存并转到下一条要求，按 Esc 返回条款树。</translation>
    </message>
    <message>
        <source>Select a requirement in the clause tree</source>
        <translation>请在条款树中选择一条要求</translation>
    </message>
    <message>
        <source>A heading: choose one of the requirements under it.</source>
        <translation>这是标题条款：请选择其下的某条要求。</translation>
    </message>
    <message>
        <source>The standard requires documented information for this clause.</source>
        <translation>标准要求本条款具备成文信息。</translation>
    </message>
    <message>
        <source>Marked not applicable, but this standard permits no exclusion here: %1.</source>
        <translation>已标记为不适用，但本标准不允许删减此处要求：%1。</translation>
    </message>
    <message>
        <source>Give the justification and press Enter (Esc cancels).</source>
        <translation>请填写理由并按 Enter（按 Esc 取消）。</translation>
    </message>
    <message>
        <source>Not applicable needs a justification: say why the requirement does not apply.</source>
        <translation>标记为不适用必须给出理由：请说明该要求为何不适用。</translation>
    </message>
    <message>
        <source>Open actions: %1.</source>
        <translation>未关闭措施：%1 项。</translation>
    </message>
</context>
<context>
    <name>cw::ui::GapAnalysisPage</name>
    <message>
        <source>Create Action for %1</source>
        <translation>为 %1 创建措施</translation>
    </message>
    <message>
        <source>Create Assessment “%1”</source>
        <translation>创建评估“%1”</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>差距分析</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Create or open a workspace to assess its requirements against current practice.</source>
        <translation>新建或打开工作区，对照现行做法评估各项要求。</translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation>尚无评估</translation>
    </message>
    <message>
        <source>Start with New assessment…: give it a name, a date and the catalogs it covers. Then go through the clauses and record where the organization stands.</source>
        <translation>先点击“新建评估…”：填写名称、日期和涵盖的目录。然后逐条款记录组织的现状。</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>评估(&amp;A)：</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>覆盖率：</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Readiness by clause</source>
        <translation>各条款就绪度</translation>
    </message>
    <message>
        <source>Heat map of clauses</source>
        <translation>条款热力图</translation>
    </message>
    <message>
        <source>Each cell is a clause, coloured from red (not ready) to green (ready); grey when nothing under it applies. Click a cell to open it.</source>
        <translation>每个方格代表一个条款，颜色从红色（未就绪）到绿色（已就绪）；其下无适用要求时显示为灰色。点击方格可打开该条款。</translation>
    </message>
    <message>
        <source>Create action…</source>
        <translation>创建措施…</translation>
    </message>
    <message>
        <source>%1 of %2 assessed (%3)</source>
        <translation>已评估 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>就绪度：%1</translation>
    </message>
    <message>
        <source>This workspace is read-only, so the assessment cannot be edited.</source>
        <translation>此工作区为只读，无法编辑评估。</translation>
    </message>
    <message>
        <source>Marked not applicable where the standard permits no exclusion (%1): %2.</source>
        <translation>标准不允许删减之处被标记为不适用（%1）：%2。</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为“%2”</translation>
    </message>
    <message>
        <source>Change Maturity of %1</source>
        <translation>更改 %1 的成熟度</translation>
    </message>
    <message>
        <source>Edit Findings of %1</source>
        <translation>编辑 %1 的发现</translation>
    </message>
    <message>
        <source>Edit People Interviewed of %1</source>
        <translation>编辑 %1 的受访人员</translation>
    </message>
    <message>
        <source>Edit Evidence of %1</source>
        <translation>编辑 %1 的证据</translation>
    </message>
    <message>
        <source>Edit Gap of %1</source>
        <translation>编辑 %1 的差距</translation>
    </message>
    <message>
        <source>Edit Recommended Action of %1</source>
        <translation>编辑 %1 的建议措施</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Gaps in priority order: %1 (nonconformant %2, partial %3)</source>
        <translation>按优先级排列的差距：%1 项（不符合 %2 项，部分符合 %3 项）</translation>
    </message>
</context>
<context>
    <name>cw::ui::GapListModel</name>
    <message>
        <source>%1 (no open action sets it)</source>
        <translation>%1（无未关闭措施设定优先级）</translation>
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
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>成熟度</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未关闭措施</translation>
    </message>
</context>
<context>
    <name>cw::ui::GapNames</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Nonconformant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分符合</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not permitted for a conformity claim</source>
        <translation>不允许用于符合性声明</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewAssessmentDialog</name>
    <message>
        <source>New Assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>For example: Baseline gap analysis</source>
        <translation>例如：基线差距分析</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <source>What the assessment covers: services, sites, interviews</source>
        <translation>评估范围：服务、场所、访谈</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>评估人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Catalogs:</source>
        <translation>目录(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Scope note:</source>
        <translation>范围说明(&amp;S)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
</TS>
