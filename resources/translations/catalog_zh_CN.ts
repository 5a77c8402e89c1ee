<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cw::ui::CatalogAdder</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Add Catalog to Workspace</source>
        <translation>将标准目录添加到工作区</translation>
    </message>
    <message>
        <source>Add %1 to this workspace?

Its requirements, and its mappings to the catalogs already in the workspace, are copied into the workspace file. This cannot be undone: a catalog cannot be removed from a workspace again.</source>
        <translation>是否将 %1 添加到此工作区？

其要求条款以及与工作区中已有标准目录的映射关系将复制到工作区文件中。此操作无法撤销：标准目录添加后不能再从工作区中移除。</translation>
    </message>
    <message>
        <source>Add to Workspace</source>
        <translation>添加到工作区</translation>
    </message>
    <message>
        <source>Catalog Not Added</source>
        <translation>未能添加标准目录</translation>
    </message>
    <message>
        <source>%1 could not be added to the workspace.</source>
        <translation>未能将 %1 添加到工作区。</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>导入标准目录</translation>
    </message>
    <message>
        <source>Catalogs (*.json *.yaml *.yml *.csv);;Catalog JSON (*.json);;CISO Assistant library (*.yaml *.yml);;CSV checklist (*.csv);;All files (*)</source>
        <translation>标准目录 (*.json *.yaml *.yml *.csv);;标准目录 JSON (*.json);;CISO Assistant 框架库 (*.yaml *.yml);;CSV 检查表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Catalog Not Imported</source>
        <translation>未能导入标准目录</translation>
    </message>
    <message>
        <source>The catalog in %1 could not be imported.</source>
        <translation>未能导入 %1 中的标准目录。</translation>
    </message>
</context>
<context>
    <name>cw::ui::CatalogChooser</name>
    <message>
        <source>%1 (built in, not in the workspace)</source>
        <translation>%1（内置，尚未加入工作区）</translation>
    </message>
</context>
<context>
    <name>cw::ui::CatalogNames</name>
    <message>
        <source>copied from the built-in catalog</source>
        <translation>复制自内置标准目录</translation>
    </message>
    <message>
        <source>imported from a catalog file</source>
        <translation>从标准目录文件导入</translation>
    </message>
    <message>
        <source>imported from a CISO Assistant library</source>
        <translation>从 CISO Assistant 框架库导入</translation>
    </message>
    <message>
        <source>imported from a CSV checklist</source>
        <translation>从 CSV 检查表导入</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>service management manual or policy</source>
        <translation>服务管理手册或方针</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <source>work instruction, guide or template</source>
        <translation>作业指导书、指南或模板</translation>
    </message>
    <message>
        <source>record or form</source>
        <translation>记录或表单</translation>
    </message>
    <message>
        <source>equivalent</source>
        <translation>等同</translation>
    </message>
    <message>
        <source>related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Organizational controls</source>
        <translation>组织控制</translation>
    </message>
    <message>
        <source>People controls</source>
        <translation>人员控制</translation>
    </message>
    <message>
        <source>Physical controls</source>
        <translation>物理控制</translation>
    </message>
    <message>
        <source>Technological controls</source>
        <translation>技术控制</translation>
    </message>
</context>
<context>
    <name>cw::ui::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>标准目录</translation>
    </message>
    <message>
        <source>&amp;Catalog:</source>
        <translation>标准目录(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add to Workspace</source>
        <translation>添加到工作区(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>导入标准目录(&amp;I)…</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求条款</translation>
    </message>
    <message>
        <source>There is no catalog to show.</source>
        <translation>没有可显示的标准目录。</translation>
    </message>
    <message>
        <source>Open a workspace holding this catalog to see the clauses of other standards mapped to it.</source>
        <translation>请打开包含此标准目录的工作区，以查看其他标准中与之映射的条款。</translation>
    </message>
    <message>
        <source>Add this catalog to the workspace to see the clauses of the workspace&apos;s other catalogs mapped to it.</source>
        <translation>将此标准目录添加到工作区后，即可查看工作区中其他标准目录与之映射的条款。</translation>
    </message>
    <message>
        <source>Select a clause to see its audit questions, the evidence an auditor expects, the documented information it requires and the clauses of other standards mapped to it.</source>
        <translation>请选择一个条款，以查看其审核提问、审核员期望看到的证据、所要求的成文信息以及其他标准中与之映射的条款。</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>请先打开工作区。</translation>
    </message>
    <message>
        <source>The workspace is opened read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <source>Copy this built-in catalog into the workspace to assess against it</source>
        <translation>将此内置标准目录复制到工作区，以便据此进行评估</translation>
    </message>
    <message>
        <source>Add a catalog from a catalog JSON file, a CISO Assistant library (YAML) or a CSV checklist</source>
        <translation>从标准目录 JSON 文件、CISO Assistant 框架库（YAML）或 CSV 检查表添加标准目录</translation>
    </message>
    <message>
        <source>Required Documented Information (%1)</source>
        <translation>要求的成文信息（%1）</translation>
    </message>
    <message>
        <source>%1 clauses, %2 of them assessable · content version %3</source>
        <translation>共 %1 个条款，其中 %2 个可评估 · 内容版本 %3</translation>
    </message>
    <message>
        <source>Built in and not in this workspace yet: browse it here, or add it to the workspace to assess against it.</source>
        <translation>内置标准目录，尚未加入此工作区：可在此浏览，或将其添加到工作区以便据此进行评估。</translation>
    </message>
    <message>
        <source>Built in. Open a workspace to add it and assess against it.</source>
        <translation>内置标准目录。打开工作区后即可添加并据此进行评估。</translation>
    </message>
</context>
<context>
    <name>cw::ui::CatalogTreeModel</name>
    <message>
        <source>Assessable requirements: %1</source>
        <translation>可评估要求：%1 项</translation>
    </message>
    <message>
        <source>Assessable requirement</source>
        <translation>可评估要求</translation>
    </message>
</context>
<context>
    <name>cw::ui::RequiredDocumentsModel</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation>成文信息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>cw::ui::RequirementDetailsView</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Assessable requirement</source>
        <translation>可评估要求</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题条款</translation>
    </message>
    <message>
        <source>Document level</source>
        <translation>文件层级</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Process group (2011)</source>
        <translation>过程组（2011 版）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Audit questions</source>
        <translation>审核提问</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Required documented information</source>
        <translation>要求的成文信息</translation>
    </message>
    <message>
        <source>The standard asks for no documented information of its own here.</source>
        <translation>标准在此条款中未单独要求成文信息。</translation>
    </message>
    <message>
        <source>No clause of the other catalogs in the workspace is mapped to this one.</source>
        <translation>工作区中其他标准目录没有与此条款映射的条款。</translation>
    </message>
    <message>
        <source>Mapped clauses of other standards</source>
        <translation>其他标准中的映射条款</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Sub-clauses</source>
        <translation>下级条款</translation>
    </message>
    <message>
        <source>Evidence an auditor expects</source>
        <translation>审核员期望看到的证据</translation>
    </message>
    <message>
        <source>A process group of the 2011 edition. Its requirements in the 2018 clauses:</source>
        <translation>2011 版的过程组。其在 2018 版条款中对应的要求：</translation>
    </message>
</context>
<context>
    <name>cw::ui::RequirementTreePane</name>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Clauses (2018)</source>
        <translation>条款（2018 版）</translation>
    </message>
    <message>
        <source>Process groups (2011)</source>
        <translation>过程组（2011 版）</translation>
    </message>
    <message>
        <source>The clause structure of the 2018 edition, or the process groups of the 2011 edition with the 2018 requirements that belong to each</source>
        <translation>按 2018 版的条款结构显示，或按 2011 版的过程组显示各组所属的 2018 版要求</translation>
    </message>
    <message>
        <source>Search clauses, titles and questions (English or 中文)</source>
        <translation>搜索条款号、标题和审核提问（中文或英文）</translation>
    </message>
    <message>
        <source>No clause matches “%1”.</source>
        <translation>没有与“%1”匹配的条款。</translation>
    </message>
    <message>
        <source>Clauses found: %1</source>
        <translation>找到 %1 个条款</translation>
    </message>
</context>
</TS>
