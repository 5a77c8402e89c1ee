<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>cw::ui::AutoBackup</name>
    <message>
        <source>Automatic backup failed: the folder %1 cannot be created.</source>
        <translation>自动备份失败：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>cw::ui::CommandLine</name>
    <message>
        <source>Open a fresh copy of the demo workspace.</source>
        <translation>打开一份全新的示例工作区。</translation>
    </message>
    <message>
        <source>Workbench for ISO/IEC 20000-1 certification projects.</source>
        <translation>用于 ISO/IEC 20000-1 认证项目的工作台。</translation>
    </message>
    <message>
        <source>The workspace (.cwb) to open.</source>
        <translation>要打开的工作区文件（.cwb）。</translation>
    </message>
    <message>
        <source>Give at most one workspace file.</source>
        <translation>最多只能指定一个工作区文件。</translation>
    </message>
    <message>
        <source>Give either a workspace file or --demo, not both.</source>
        <translation>请指定工作区文件或 --demo，二者不能同时使用。</translation>
    </message>
</context>
<context>
    <name>cw::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>cw::ui::EngagementFieldNames</name>
    <message>
        <source>Engagement name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Organization (English)</source>
        <translation>组织名称（英文）</translation>
    </message>
    <message>
        <source>Organization (Chinese)</source>
        <translation>组织名称（中文）</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>范围声明</translation>
    </message>
    <message>
        <source>Engagement language</source>
        <translation>项目语言</translation>
    </message>
    <message>
        <source>Change Engagement Name</source>
        <translation>修改项目名称</translation>
    </message>
    <message>
        <source>Change Organization (English)</source>
        <translation>修改组织名称（英文）</translation>
    </message>
    <message>
        <source>Change Organization (Chinese)</source>
        <translation>修改组织名称（中文）</translation>
    </message>
    <message>
        <source>Change Scope Statement</source>
        <translation>修改范围声明</translation>
    </message>
    <message>
        <source>Change Engagement Language</source>
        <translation>修改项目语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Services in scope</source>
        <translation>范围内的服务</translation>
    </message>
    <message>
        <source>Sites in scope</source>
        <translation>范围内的场所</translation>
    </message>
    <message>
        <source>CNCA business categories</source>
        <translation>认监委业务类别</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>认证机构</translation>
    </message>
    <message>
        <source>Start of trial operation</source>
        <translation>试运行开始日期</translation>
    </message>
    <message>
        <source>Planned internal audit</source>
        <translation>计划的内部审核</translation>
    </message>
    <message>
        <source>Planned management review</source>
        <translation>计划的管理评审</translation>
    </message>
    <message>
        <source>Planned stage 1 audit</source>
        <translation>计划的一阶段审核</translation>
    </message>
    <message>
        <source>Planned stage 2 audit</source>
        <translation>计划的二阶段审核</translation>
    </message>
    <message>
        <source>Change Services in Scope</source>
        <translation>更改范围内的服务</translation>
    </message>
    <message>
        <source>Change Sites in Scope</source>
        <translation>更改范围内的场所</translation>
    </message>
    <message>
        <source>Change CNCA Business Categories</source>
        <translation>更改认监委业务类别</translation>
    </message>
    <message>
        <source>Change Certification Body</source>
        <translation>更改认证机构</translation>
    </message>
    <message>
        <source>Change Start of Trial Operation</source>
        <translation>更改试运行开始日期</translation>
    </message>
    <message>
        <source>Change Planned Internal Audit</source>
        <translation>更改计划的内部审核</translation>
    </message>
    <message>
        <source>Change Planned Management Review</source>
        <translation>更改计划的管理评审</translation>
    </message>
    <message>
        <source>Change Planned Stage 1 Audit</source>
        <translation>更改计划的一阶段审核</translation>
    </message>
    <message>
        <source>Change Planned Stage 2 Audit</source>
        <translation>更改计划的二阶段审核</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>Change Logo</source>
        <translation>更改标志</translation>
    </message>
</context>
<context>
    <name>cw::ui::EngagementPage</name>
    <message>
        <source>Engagement &amp; scope</source>
        <translation>项目与范围</translation>
    </message>
    <message>
        <source>This workspace is read-only, so the engagement cannot be edited: %1</source>
        <translation>此工作区为只读，无法编辑项目信息：%1</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you leave a field. Edit ▸ Undo takes them back.</source>
        <translation>离开输入框时，更改即自动保存；可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Create or open a workspace to describe the engagement and its certification scope.</source>
        <translation>请新建或打开一个工作区，以描述认证项目及其认证范围。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>For example: ISO/IEC 20000-1 certification 2026</source>
        <translation>例如：ISO/IEC 20000-1 认证项目 2026</translation>
    </message>
    <message>
        <source>Legal name of the organization in English</source>
        <translation>组织的英文法定名称</translation>
    </message>
    <message>
        <source>Legal name of the organization in Chinese</source>
        <translation>组织的中文法定名称</translation>
    </message>
    <message>
        <source>The services, locations and customers the service management system covers</source>
        <translation>服务管理体系所覆盖的服务、地点和客户</translation>
    </message>
</context>
<context>
    <name>cw::ui::EntityCountsModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>cw::ui::EntityNames</name>
    <message>
        <source>Standard catalogs</source>
        <translation>标准目录</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求条款</translation>
    </message>
    <message>
        <source>Catalog mappings</source>
        <translation>目录映射</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>文件版本</translation>
    </message>
    <message>
        <source>Record entries</source>
        <translation>记录条目</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Assessment evidence</source>
        <translation>评估证据</translation>
    </message>
    <message>
        <source>Assessment actions</source>
        <translation>评估措施</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>审计追踪条目</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Standard catalog</source>
        <translation>标准目录</translation>
    </message>
    <message>
        <source>Catalog mapping</source>
        <translation>目录映射</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Assessment action</source>
        <translation>评估措施</translation>
    </message>
    <message>
        <source>Audit programmes</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Audit checklist lines</source>
        <translation>审核检查表条目</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Audit checklist line</source>
        <translation>审核检查表条目</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Management review output</source>
        <translation>管理评审输出</translation>
    </message>
</context>
<context>
    <name>cw::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开示例(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>A workbench for ISO/IEC 20000-1 certification projects: scope, gap analysis, documents, audits, findings and corrective actions.</source>
        <translation>用于 ISO/IEC 20000-1 认证项目的工作台：范围、差距分析、文件、审核、审核发现及纠正措施。</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Another window asked to open this workspace.</source>
        <translation>另一个窗口请求打开此工作区。</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Conformance Workbench developers. Released under the MIT License.</source>
        <translation>版权所有 © 2026 Conformance Workbench 开发者。依据 MIT 许可证发布。</translation>
    </message>
    <message>
        <source>Built with these libraries, under their own licenses:</source>
        <translation>本程序使用以下库构建，各库遵循其自身的许可证：</translation>
    </message>
    <message>
        <source>Reports embed the Noto Sans CJK fonts (SIL Open Font License 1.1). ISO/IEC standards are copyrighted by ISO and IEC; the catalogs hold only clause numbers and titles, with questions and guidance written by us.</source>
        <translation>报告中嵌入 Noto Sans CJK 字体（SIL 开放字体许可证 1.1）。ISO/IEC 标准的版权归 ISO 和 IEC 所有；目录仅包含条款编号和标题，问题与指南均由我们自行编写。</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
</context>
<context>
    <name>cw::ui::PlanSection</name>
    <message>
        <source>Choose Logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot Use Logo</source>
        <translation>无法使用该标志</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image of at most 2 MiB.</source>
        <translation>%1 不是不超过 2 MiB 的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>无法读取的图片</translation>
    </message>
    <message>
        <source>Certification plan</source>
        <translation>认证计划</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>One service per line</source>
        <translation>每行一项服务</translation>
    </message>
    <message>
        <source>One site per line, with its address</source>
        <translation>每行一个场所，含地址</translation>
    </message>
    <message>
        <source>The certification body engaged</source>
        <translation>委托的认证机构</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>cw::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Every change is recorded in the workspace&apos;s audit trail under this name. Leave it empty to use your login name.</source>
        <translation>每项更改都会以此名称记入工作区的审计追踪。留空则使用您的登录名。</translation>
    </message>
    <message>
        <source>Name recorded in the audit trail:</source>
        <translation>审计追踪中记录的姓名：</translation>
    </message>
</context>
<context>
    <name>cw::ui::ReadinessPanel</name>
    <message>
        <source>The readiness could not be evaluated: %1</source>
        <translation>无法评估认证准备度：%1</translation>
    </message>
    <message>
        <source>Certification readiness</source>
        <translation>认证就绪情况</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>尚缺内容</translation>
    </message>
    <message>
        <source>Next milestones</source>
        <translation>下一步里程碑</translation>
    </message>
    <message>
        <source>Not ready for a certification audit</source>
        <translation>尚不具备认证审核条件</translation>
    </message>
    <message>
        <source>Ready for the stage 1 audit</source>
        <translation>具备一阶段审核条件</translation>
    </message>
    <message>
        <source>Ready for the stage 2 audit</source>
        <translation>具备二阶段审核条件</translation>
    </message>
    <message>
        <source>latest assessment: %1 (%2)</source>
        <translation>最新评估：%1（%2）</translation>
    </message>
    <message>
        <source>no assessment yet</source>
        <translation>尚无评估</translation>
    </message>
    <message>
        <source>Readiness %1</source>
        <translation>就绪度 %1</translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation>覆盖率 %1</translation>
    </message>
    <message>
        <source>Open major nonconformities: %1</source>
        <translation>未关闭的严重不符合：%1</translation>
    </message>
    <message>
        <source>overdue corrective actions: %1</source>
        <translation>逾期纠正措施：%1</translation>
    </message>
    <message>
        <source>overdue gap actions: %1</source>
        <translation>逾期差距整改措施：%1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>No dates yet: plan the trial operation and the audits on the Engagement &amp; scope page.</source>
        <translation>尚无日期：请在“项目与范围”页面计划试运行和各次审核。</translation>
    </message>
</context>
<context>
    <name>cw::ui::RecentActivityModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 设为 %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 已移除（原为 %2）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>cw::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SummaryPanel</name>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>此工作区为只读：%1</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
</context>
<context>
    <name>cw::ui::WelcomePanel</name>
    <message>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <source>Each certification project lives in one workspace file (.cwb). Create one, open an existing one, or explore the demo engagement.</source>
        <translation>每个认证项目保存在一个工作区文件（.cwb）中。您可以新建工作区、打开已有工作区，或浏览示例项目。</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>打开示例</translation>
    </message>
</context>
<context>
    <name>cw::ui::WorkspaceController</name>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.cwb)</source>
        <translation>工作区 (*.cwb)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>The workspace could not be created.</source>
        <translation>未能创建工作区。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.cwb);;All files (*)</source>
        <translation>工作区 (*.cwb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>未能打开工作区。</translation>
    </message>
    <message>
        <source>Workspace In Use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <source>%1 is already open for writing in another program.

You can open it read-only to look at it, or close it there first.</source>
        <translation>%1 已在另一个程序中以可写方式打开。

您可以以只读方式打开以查看内容，或先在该程序中将其关闭。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Opened a fresh copy of the demo workspace.</source>
        <translation>已打开一份全新的示例工作区。</translation>
    </message>
    <message>
        <source>Cannot Open Demo</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation>未能创建示例工作区。</translation>
    </message>
    <message>
        <source>The workspace was upgraded from schema version %1 to %2.</source>
        <translation>工作区的数据结构已从版本 %1 升级到版本 %2。</translation>
    </message>
    <message>
        <source>%1 is open in another window; that window was brought to the front.</source>
        <translation>%1 已在另一个窗口中打开；已将该窗口置于前台。</translation>
    </message>
</context>
<context>
    <name>cw::ui::WorkspaceSession</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>cw::ui::LongAction</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
</TS>
