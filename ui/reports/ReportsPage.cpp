#include "reports/ReportsPage.h"

#include "assessment/Assessment.h"
#include "audit/Audit.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "common/Error.h"
#include "common/RefreshWhenShown.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementFieldNames.h"
#include "reports/ExportJob.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceSession.h"
#include "signing/KeyStore.h"
#include "storage/Checkpoint.h"
#include "storage/Workspace.h"

#include "TextDocumentBuilder.h"
#include "builders/ReportExport.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <cstdlib>
#include <exception>
#include <utility>

namespace cw::ui {

namespace {

/// Rows of each table shown in the preview; the written report has them all.
constexpr int kPreviewRows = 100;

using cw::report::ReportFormat;
using cw::report::ReportKind;

ReportsPage::UrlOpener& urlOpener()
{
    static ReportsPage::UrlOpener opener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

QString message(const std::exception& e)
{
    return QString::fromUtf8(e.what());
}

/// Which audits the audit report can be about: the completed ones (reported or closed) first.
bool isCompleted(const cw::Audit& a)
{
    return a.status == cw::AuditStatus::Reported || a.status == cw::AuditStatus::Closed;
}

} // namespace

ReportsPage::ReportsPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_heading(new QLabel(m_content))
    , m_kindLabel(new QLabel(m_content))
    , m_kind(new QComboBox(m_content))
    , m_assessmentLabel(new QLabel(m_content))
    , m_assessment(new QComboBox(m_content))
    , m_auditLabel(new QLabel(m_content))
    , m_audit(new QComboBox(m_content))
    , m_languageLabel(new QLabel(m_content))
    , m_language(new QComboBox(m_content))
    , m_formatLabel(new QLabel(m_content))
    , m_format(new QComboBox(m_content))
    , m_formatHint(new QLabel(m_content))
    , m_export(new QPushButton(m_content))
    , m_previewLabel(new QLabel(m_content))
    , m_preview(new QTextBrowser(m_content))
    , m_resizeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_assessment->setObjectName(QStringLiteral("reportAssessment"));
    m_audit->setObjectName(QStringLiteral("reportAudit"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.7);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont bold = m_previewLabel->font();
    bold.setBold(true);
    m_previewLabel->setFont(bold);
    m_formatHint->setWordWrap(true);
    m_formatHint->setForegroundRole(QPalette::PlaceholderText);

    for (const ReportKind kind : {ReportKind::Readiness, ReportKind::Gap, ReportKind::Audit,
                                  ReportKind::Documents, ReportKind::Findings, ReportKind::Soa})
        m_kind->addItem(QString(), QString::fromLatin1(cw::report::toString(kind)));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("zh"));
    for (const ReportFormat format : {ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Html,
                                      ReportFormat::Xlsx, ReportFormat::Csv, ReportFormat::Json})
        m_format->addItem(QString::fromLatin1(cw::report::toString(format)).toUpper(),
                          QString::fromLatin1(cw::report::toString(format)));
    m_export->setDefault(true);
    // The preview is laid out for the browser's width (tables in percent, charts scaled to fit);
    // table borders overflow it by a pixel, which is no reason for a scroll bar.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The preview's tables are laid out for a width: lay it out again once a resize settles.
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(250);
    connect(m_resizeTimer, &QTimer::timeout, this, &ReportsPage::schedulePreview);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_assessmentLabel, m_assessment);
    form->addRow(m_auditLabel, m_audit);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_formatLabel, m_format);
    for (QLabel* label : {m_kindLabel, m_assessmentLabel, m_auditLabel, m_languageLabel, m_formatLabel})
        label->setBuddy(form->itemAt(form->indexOf(label) + 1)->widget());

    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_formatHint);
    side->addSpacing(8);
    side->addWidget(m_export, 0, Qt::AlignLeft);
    side->addStretch();
    auto* sideWidget = new QWidget(m_content);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(320);
    side->setContentsMargins(0, 0, 0, 0);

    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewLabel);
    previewColumn->addWidget(m_preview, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(sideWidget);
    columns->addSpacing(16);
    columns->addLayout(previewColumn, 1);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(24, 20, 24, 20);
    contentLayout->addWidget(m_heading);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(columns, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateChoices();
        schedulePreview();
    });
    connect(m_assessment, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_audit, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsPage::updateFormatHint);
    connect(m_export, &QPushButton::clicked, this, [this] { exportReport(); });
    m_refresher = new RefreshWhenShown(
        *this, m_session,
        [this] {
            m_languageChosen = false;
            refresh();
        },
        [this] { refresh(); });

    retranslateUi();
    refresh();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

void ReportsPage::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void ReportsPage::refresh()
{
    const bool open = m_session.isOpen();
    m_stack->setCurrentWidget(open ? m_content : static_cast<QWidget*>(m_empty));
    if (!open) {
        m_preview->clear();
        return;
    }
    std::string language;
    std::vector<cw::Assessment> assessments;
    std::vector<cw::Audit> audits;
    if (!m_session.run([&](cw::Workspace& ws) {
            language = cw::loadEngagement(ws).language;
            assessments = cw::listAssessments(ws);
            audits = cw::listAudits(ws);
        }))
        return;
    if (!m_languageChosen) {
        const int index = m_language->findData(QString::fromStdString(language));
        if (index >= 0)
            m_language->setCurrentIndex(index);
    }

    // Keep the choices by their data across a re-read.
    const QSignalBlocker assessmentBlocker(m_assessment);
    const QSignalBlocker auditBlocker(m_audit);
    const QString assessment = m_assessment->currentData().toString();
    const QString audit = m_audit->currentData().toString();
    m_assessment->clear();
    m_assessment->addItem(tr("Latest assessment"), QString());
    for (const cw::Assessment& a : assessments)
        m_assessment->addItem(
            tr("%1 (%2)").arg(QString::fromStdString(a.name), QString::fromStdString(a.date)),
            QString::fromStdString(a.name));
    m_assessment->setCurrentIndex(std::max(0, m_assessment->findData(assessment)));
    m_audit->clear();
    m_audit->addItem(tr("Latest completed audit"), QString());
    for (const cw::Audit& a : audits)
        if (isCompleted(a))
            m_audit->addItem(tr("%1 %2").arg(QString::fromStdString(a.code), QString::fromStdString(a.title)),
                             QString::fromStdString(a.code));
    m_audit->setCurrentIndex(std::max(0, m_audit->findData(audit)));
    updateChoices();
    schedulePreview();
}

void ReportsPage::updateChoices()
{
    const QString kind = m_kind->currentData().toString();
    const bool gap = kind == QLatin1String("gap");
    const bool audit = kind == QLatin1String("audit");
    m_assessmentLabel->setVisible(gap);
    m_assessment->setVisible(gap);
    m_auditLabel->setVisible(audit);
    m_audit->setVisible(audit);
}

void ReportsPage::schedulePreview()
{
    if (m_previewPending)
        return;
    m_previewPending = true;
    QTimer::singleShot(0, this, [this] { updatePreview(); });
}

namespace {
cw::report::ReportRequest requestFrom(const QComboBox* kind, const QComboBox* format,
                                      const QComboBox* language, const QComboBox* assessment,
                                      const QComboBox* audit)
{
    cw::report::ReportRequest request;
    request.kind = cw::report::reportKindFromString(kind->currentData().toString().toStdString())
                       .value_or(ReportKind::Readiness);
    request.format = cw::report::reportFormatFromString(format->currentData().toString().toStdString())
                         .value_or(ReportFormat::Pdf);
    request.language = language->currentData().toString();
    if (request.kind == ReportKind::Gap)
        request.assessment = assessment->currentData().toString().toStdString();
    if (request.kind == ReportKind::Audit)
        request.audit = audit->currentData().toString().toStdString();
    return request;
}
} // namespace

void ReportsPage::updatePreview()
{
    m_previewPending = false;
    cw::Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    if (m_previewTask.running()) {
        m_previewAgain = true; // gathered with old choices: start again when it arrives
        return;
    }
    const auto request = requestFrom(m_kind, m_format, m_language, m_assessment, m_audit);
    m_previewDoc.reset();
    m_previewError.clear();
    // Gathering a large engagement's readiness report takes longer than a frame: a connection of
    // its own on a worker thread, as for the export.
    m_previewTask.start(
        [this, file = ws->file(), clock = std::make_shared<cw::FixedClock>(ws->clock().now()), request] {
            try {
                auto reader =
                    cw::Workspace::open(file, cw::OpenMode::ReadOnly, clock, cw::OpenCheck::Deferred);
                m_previewDoc = cw::report::buildReportDocument(*reader, request);
            } catch (const std::exception& e) {
                m_previewError = message(e);
            }
        },
        [this] { showGatheredPreview(); });
}

void ReportsPage::showGatheredPreview()
{
    if (std::exchange(m_previewAgain, false) || !m_session.isOpen()) {
        if (m_session.isOpen())
            updatePreview();
        return;
    }
    // The browser deletes its own first document; the previews are the page's to delete.
    const QPointer<QTextDocument> old = m_preview->document();
    if (m_previewDoc) {
        cw::report::TextDocumentBuilder::Options options;
        options.pageBreaks = false;
        options.maxTableRows = kPreviewRows; // the appendix of a large engagement has over 1,000
        m_builtWidth = m_preview->viewport()->width();
        options.contentWidth = std::max(240, m_builtWidth - 40);
        std::unique_ptr<QTextDocument> text = cw::report::TextDocumentBuilder::build(*m_previewDoc, options);
        text->setParent(m_preview);
        m_preview->setDocument(text.release());
    } else {
        auto* text = new QTextDocument(m_preview);
        text->setPlainText(tr("No preview: %1").arg(m_previewError));
        m_preview->setDocument(text);
    }
    m_previewDoc.reset();
    if (old && old->parent() == m_preview)
        old->deleteLater();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_session.isOpen() && std::abs(m_preview->viewport()->width() - m_builtWidth) > 16)
        schedulePreview();
}

void ReportsPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    if (m_session.isOpen() && std::abs(m_preview->viewport()->width() - m_builtWidth) > 16)
        m_resizeTimer->start();
}

QString ReportsPage::suffix() const
{
    return QLatin1Char('.') + m_format->currentData().toString();
}

QString ReportsPage::fileFilter() const
{
    return tr("%1 files (*%2)").arg(m_format->currentText(), suffix());
}

QString ReportsPage::exportReport()
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    cw::Workspace* ws = m_session.workspace();
    if (!ws)
        return {};
    QString file = FileDialogs::getSaveFileName(this, tr("Export Report"), fileFilter());
    if (file.isEmpty())
        return {};
    if (!file.endsWith(suffix(), Qt::CaseInsensitive))
        file += suffix();
    const QString shown = QDir::toNativeSeparators(file);
    if (QFileInfo::exists(file) &&
        MessageBoxes::warning(this, tr("Export Report"), tr("%1 already exists. Replace it?").arg(shown),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                              {{QMessageBox::Yes, tr("Replace")}}) != QMessageBox::Yes)
        return {};

    // The report states the trail head it was made from, signed here (a checkpoint) unless this
    // user's key signed that head already; a read-only workspace is stated unsigned.
    if (!ws->isReadOnly()) {
        try {
            (void)cw::writeCheckpointIfMoved(*ws, cw::signing::loadOrCreateUserKey());
        } catch (const cw::Error& e) {
            MessageBoxes::critical(this, tr("Cannot Export Report"),
                                   tr("The audit trail could not be signed for the report.\n\n%1")
                                       .arg(QString::fromStdString(e.what())));
            return {};
        }
    }
    const auto request = requestFrom(m_kind, m_format, m_language, m_assessment, m_audit);
    // Written on a worker thread through a connection of its own (the readiness PDF of a large
    // workspace takes over a second); the window stays responsive and Cancel stops waiting.
    auto* job =
        new ExportJob(ws->file(), std::make_shared<cw::FixedClock>(ws->clock().now()), request, file, this);
    QProgressDialog progress(tr("Writing %1…").arg(shown), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QEventLoop wait;
    bool done = false;
    QString failure;
    connect(job, &ExportJob::finished, &wait, [&](const QString& error) {
        done = true;
        failure = error;
        wait.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &wait, [&] { wait.quit(); });
    job->start();
    progress.show();
    wait.exec();
    progress.close();
    if (!done) {
        job->cancel(); // it removes what it wrote and deletes itself when the worker ends
        Q_EMIT exportCancelled();
        return {};
    }
    job->deleteLater();
    if (!failure.isEmpty()) {
        MessageBoxes::critical(this, tr("Cannot Export Report"),
                               tr("The report could not be written to %1.\n\n%2").arg(shown, failure));
        return {};
    }
    if (MessageBoxes::show(this, QMessageBox::Information, tr("Report Exported"),
                           tr("The report was written to %1.").arg(shown),
                           QMessageBox::Open | QMessageBox::Close, QMessageBox::Open) == QMessageBox::Open &&
        !urlOpener()(QUrl::fromLocalFile(file)))
        MessageBoxes::warning(this, tr("Export Report"),
                              tr("No program could open %1. The file has been written.").arg(shown),
                              QMessageBox::Ok, QMessageBox::Ok);
    return file;
}

void ReportsPage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setTexts(tr("No workspace is open"),
                      tr("Open a workspace to preview and export its readiness report, gap analysis, audit "
                         "reports and registers."));
    m_kindLabel->setText(tr("Report:"));
    m_assessmentLabel->setText(tr("Assessment:"));
    m_auditLabel->setText(tr("Audit:"));
    m_languageLabel->setText(tr("Language:"));
    m_formatLabel->setText(tr("Format:"));
    m_previewLabel->setText(tr("Preview"));
    m_export->setText(tr("Export…"));
    const char* kinds[] = {
        QT_TR_NOOP("Readiness report"),  QT_TR_NOOP("Gap analysis"),
        QT_TR_NOOP("Audit report"),      QT_TR_NOOP("Document register"),
        QT_TR_NOOP("Findings register"), QT_TR_NOOP("Statement of Applicability (ISO/IEC 27001)")};
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, tr(kinds[i]));
    m_language->setItemText(0, EngagementFieldNames::languageName("en"));
    m_language->setItemText(1, EngagementFieldNames::languageName("zh"));
    updateFormatHint();
    if (m_session.isOpen())
        refresh(); // the assessment and audit choices' wording
}

void ReportsPage::updateFormatHint()
{
    const QString format = m_format->currentData().toString();
    QString hint;
    if (format == QLatin1String("pdf"))
        hint = tr("PDF: A4 pages with a table of contents, page numbers and embedded fonts.");
    else if (format == QLatin1String("odt"))
        hint = tr("ODT: an editable document for LibreOffice and Word.");
    else if (format == QLatin1String("html"))
        hint = tr("HTML: one self-contained file for a browser.");
    else if (format == QLatin1String("xlsx"))
        hint = tr("XLSX: a summary sheet and every table as its own sheet with filters.");
    else if (format == QLatin1String("csv"))
        hint = tr("CSV: the report's main table, UTF-8 for Excel.");
    else
        hint = tr("JSON: the report's data for other programs (docs/report-format.md).");
    m_formatHint->setText(hint);
}

} // namespace cw::ui
