#pragma once

#include "common/BackgroundTask.h"
#include "common/Page.h"

#include "ReportDocument.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QStackedWidget;

namespace cw::ui {

class EmptyState;
class RefreshWhenShown;
class WorkspaceSession;

/// The deliverables: pick a report (readiness, gap analysis, audit, registers, SoA), its language
/// and format, look at a preview, and export it to a file. The report language is independent of
/// the user interface's; it starts as the engagement's language.
class ReportsPage : public Page {
    Q_OBJECT
public:
    explicit ReportsPage(WorkspaceSession& session, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

    /// Asks for a file name and writes the chosen report there on a worker thread while a
    /// progress dialog with Cancel shows; offers to open it. Returns the file written, or an empty
    /// string when cancelled or failed (the failure is shown).
    QString exportReport();
    /// Rebuilds the preview from the current choices: the report is gathered on a worker thread
    /// (its own read-only connection) and laid out when it arrives.
    void updatePreview();
    /// Whether a preview is scheduled or being gathered.
    [[nodiscard]] bool previewBusy() const { return m_previewPending || m_previewTask.running(); }

    /// Test seam: how a written report is opened (default QDesktopServices::openUrl).
    using UrlOpener = std::function<bool(const QUrl&)>;
    static void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    /// The user cancelled an export in progress; nothing was written.
    void exportCancelled();

protected:
    void retranslateUi() override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void updateChoices();
    void updateFormatHint();
    void schedulePreview();
    /// Lays out the report the worker gathered (or starts again when the choices changed).
    void showGatheredPreview();
    [[nodiscard]] QString fileFilter() const;
    [[nodiscard]] QString suffix() const;

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    QLabel* m_heading;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_assessmentLabel;
    QComboBox* m_assessment;
    QLabel* m_auditLabel;
    QComboBox* m_audit;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_formatHint;
    QPushButton* m_export;
    QLabel* m_previewLabel;
    QTextBrowser* m_preview;
    QTimer* m_resizeTimer;
    int m_builtWidth = 0; ///< the preview's layout width
    bool m_previewPending = false;
    bool m_previewAgain = false; ///< the choices changed while the worker gathered
    std::optional<cw::report::ReportDocument> m_previewDoc; ///< written by the worker
    QString m_previewError;                                 ///< written by the worker
    BackgroundTask m_previewTask; ///< gathers the preview; last, so it waits before the fields go
    bool m_languageChosen = false; ///< the user picked the report language for this workspace
};

} // namespace cw::ui
