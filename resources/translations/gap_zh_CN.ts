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
    <name>cw::ui::ClauseCompareModel</name>
    <message>
        <source>Improved by %1 percentage points</source>
        <translation>提高了 %1 个百分点</translation>
    </message>
    <message>
        <source>Regressed by %1 percentage points</source>
        <translation>下降了 %1 个百分点</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Not covered, or nothing under this clause applies</source>
        <translation>未覆盖，或此条款下没有适用的要求</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Readiness A</source>
        <translation>就绪度 A</translation>
    </message>
    <message>
        <source>Readiness B</source>
        <translation>就绪度 B</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>变化（百分点）</translation>
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
    <name>cw::ui::CompareView</name>
    <message>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>与(&amp;W)：</translation>
    </message>
    <message>
        <source>Readiness by clause</source>
        <translation>各条款就绪度</translation>
    </message>
    <message>
        <source>Requirements whose status changed</source>
        <translation>状态发生变化的要求</translation>
    </message>
    <message>
        <source>Create a second assessment (for example a follow-up) to compare it with this one.</source>
        <translation>再创建一个评估（例如跟踪评估），即可与此评估进行比较。</translation>
    </message>
    <message>
        <source>%1 readiness</source>
        <translation>%1 就绪度</translation>
    </message>
    <message>
        <source>Overall readiness %1 → %2 (%3 points). Improved: %4, regressed: %5, applicability changed: %6.</source>
        <translation>总体就绪度 %1 → %2（%3 个百分点）。改进：%4，退步：%5，适用性变化：%6。</translation>
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
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>正在撤销 %1 的导入…</translation>
    </message>
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
    <message>
        <source>Import checklist…</source>
        <translation>导入检查表…</translation>
    </message>
    <message>
        <source>Record results from a CSV or Excel checklist into this assessment</source>
        <translation>将 CSV 或 Excel 检查表中的结果记录到此评估中</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Give the mapped requirements the same status and evidence (Alt+P; undoable)</source>
        <translation>为映射的要求设置相同的状态和证据（Alt+P；可撤销）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 %2 %3 (now %4)</source>
        <translation>%1 %2 %3（当前：%4）</translation>
    </message>
    <message>
        <source>%1 is now %2. Mapped in the other standards of this assessment: %3. Give them the same status and evidence?</source>
        <translation>%1 现为%2。此评估中其他标准的映射要求：%3。是否为它们设置相同的状态和证据？</translation>
    </message>
    <message>
        <source>Import Checklist %1</source>
        <translation>导入检查表 %1</translation>
    </message>
    <message>
        <source>A&amp;pply to mapped (%1)</source>
        <translation>应用到映射要求（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>Apply %1 to Mapped Requirements (%2)</source>
        <translation>将 %1 应用到映射要求（%2）</translation>
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
    <name>cw::ui::ImportChecklistWizard</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Clause reference</source>
        <translation>条款编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Maturity (0–5)</source>
        <translation>成熟度（0–5）</translation>
    </message>
    <message>
        <source>Findings / notes</source>
        <translation>发现 / 备注</translation>
    </message>
    <message>
        <source>People interviewed</source>
        <translation>访谈人员</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>查看的证据</translation>
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
        <source>N/A justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>Import Checklist</source>
        <translation>导入检查表</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the checklist</source>
        <translation>选择检查表</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one requirement per row.</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx），每行一个要求。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>工作表(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>Say which column holds what. The guesses come from the column headings; a clause reference column is required.</source>
        <translation>指定每一列的内容。预填内容根据列标题推测；必须有一列条款编号。</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Clauses of:</source>
        <translation>条款所属(&amp;C)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Status words found in the status column</source>
        <translation>状态列中出现的状态用语</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Our field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <source>Word in the sheet</source>
        <translation>表格中的用语</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What will be recorded. All rows are imported as one step, or none: fix every problem first (go back to change the mapping).</source>
        <translation>将要记录的内容。所有行作为一步全部导入，否则一行也不导入：请先解决所有问题（可返回修改映射）。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Checklists (*.csv *.xlsx);;All files (*)</source>
        <translation>检查表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有任何行。</translation>
    </message>
    <message>
        <source>None (data from the first row)</source>
        <translation>无（数据从第一行开始）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>（无法识别）</translation>
    </message>
    <message>
        <source>changes what is recorded</source>
        <translation>将更改已记录的结果</translation>
    </message>
    <message>
        <source>No row of the sheet holds a clause reference: nothing to import.</source>
        <translation>表格中没有任何行包含条款编号：没有可导入的内容。</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>Requirements to record: %1, of which %2 change a recorded result. Heading or empty rows skipped: %3.</source>
        <translation>将记录的要求：%1 个，其中 %2 个会更改已记录的结果。跳过的标题行或空行：%3 个。</translation>
    </message>
    <message>
        <source>Problems that stop the import: %1 (rows: %2). Nothing will be imported until they are fixed in the sheet or the mapping.</source>
        <translation>导致无法导入的问题：%1 个（行：%2）。在表格或映射中解决这些问题之前，不会导入任何内容。</translation>
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
<context>
    <name>cw::ui::StatusChangeModel</name>
    <message>
        <source>Improved</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>退步</translation>
    </message>
    <message>
        <source>Applicability changed</source>
        <translation>适用性变化</translation>
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
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
</TS>
