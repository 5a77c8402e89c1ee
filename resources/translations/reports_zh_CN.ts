<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cw::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>最新评估</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Latest completed audit</source>
        <translation>最近完成的审核</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>%1 files (*%2)</source>
        <translation>%1 文件 (*%2)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation>无法将报告写入 %1。

%2</translation>
    </message>
    <message>
        <source>Report Exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>No program could open %1. The file has been written.</source>
        <translation>没有可打开 %1 的程序。文件已写入。</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Open a workspace to preview and export its readiness report, gap analysis, audit reports and registers.</source>
        <translation>打开工作区后即可预览并导出认证就绪报告、差距分析、审核报告和登记册。</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>认证就绪报告</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>差距分析</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>文件登记册</translation>
    </message>
    <message>
        <source>Findings register</source>
        <translation>审核发现登记册</translation>
    </message>
    <message>
        <source>Statement of Applicability (ISO/IEC 27001)</source>
        <translation>适用性声明（ISO/IEC 27001）</translation>
    </message>
    <message>
        <source>PDF: A4 pages with a table of contents, page numbers and embedded fonts.</source>
        <translation>PDF：A4 页面，含目录、页码和嵌入字体。</translation>
    </message>
    <message>
        <source>ODT: an editable document for LibreOffice and Word.</source>
        <translation>ODT：可在 LibreOffice 和 Word 中编辑的文档。</translation>
    </message>
    <message>
        <source>HTML: one self-contained file for a browser.</source>
        <translation>HTML：可在浏览器中打开的单一自包含文件。</translation>
    </message>
    <message>
        <source>XLSX: a summary sheet and every table as its own sheet with filters.</source>
        <translation>XLSX：一个摘要工作表，每个表格各占一个带筛选的工作表。</translation>
    </message>
    <message>
        <source>CSV: the report&apos;s main table, UTF-8 for Excel.</source>
        <translation>CSV：报告的主表，UTF-8 编码，可用 Excel 打开。</translation>
    </message>
    <message>
        <source>JSON: the report&apos;s data for other programs (docs/report-format.md).</source>
        <translation>JSON：供其他程序使用的报告数据（docs/report-format.md）。</translation>
    </message>
</context>
</TS>
