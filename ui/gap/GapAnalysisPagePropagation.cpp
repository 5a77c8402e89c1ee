// GapAnalysisPage: offering a recorded status to the mapped clauses of the other standards.
#include "gap/GapAnalysisPage.h"

#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "assessment/Propagation.h"
#include "assessment/Scoring.h"
#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Banner.h"
#include "common/EmptyState.h"
#include "gap/ActionDialog.h"
#include "gap/ClauseHeatMap.h"
#include "gap/ClauseTreeModel.h"
#include "gap/ClauseTreeView.h"
#include "gap/CompareView.h"
#include "gap/CreateActionCommand.h"
#include "gap/CreateAssessmentCommand.h"
#include "gap/EntryPanel.h"
#include "gap/GapListModel.h"
#include "gap/GapNames.h"
#include "gap/ImportChecklistCommand.h"
#include "gap/ImportChecklistWizard.h"
#include "gap/NewAssessmentDialog.h"
#include "gap/PropagationCommand.h"
#include "gap/ReadinessChart.h"
#include "gap/ResultEditCommand.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cw::ui {

void GapAnalysisPage::buildOfferBar(QWidget* parent, QVBoxLayout* layout)
{
    m_offerBar = new QFrame(parent);
    m_offerBar->setObjectName(QStringLiteral("propagationBar"));
    m_offerBar->setFrameShape(QFrame::StyledPanel);
    m_offerBar->setAutoFillBackground(true);
    QPalette pal = m_offerBar->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    m_offerBar->setPalette(pal);
    auto* row = new QHBoxLayout(m_offerBar);
    row->setContentsMargins(16, 6, 16, 6);
    m_offerText = new QLabel(m_offerBar);
    m_offerText->setObjectName(QStringLiteral("propagationText"));
    m_offerText->setWordWrap(true);
    m_offerApply = new QPushButton(m_offerBar);
    m_offerApply->setObjectName(QStringLiteral("propagationApply"));
    m_offerDismiss = new QPushButton(m_offerBar);
    m_offerDismiss->setObjectName(QStringLiteral("propagationDismiss"));
    row->addWidget(m_offerText, 1);
    row->addWidget(m_offerApply);
    row->addWidget(m_offerDismiss);
    m_offerBar->hide();
    layout->addWidget(m_offerBar);
    connect(m_offerApply, &QPushButton::clicked, this, [this] { applyPropagation(); });
    connect(m_offerDismiss, &QPushButton::clicked, this, &GapAnalysisPage::dismissPropagation);
}

void GapAnalysisPage::offerPropagation(const cw::RequirementKey& source)
{
    m_offerSource = source;
    updatePropagationOffer();
}

void GapAnalysisPage::updatePropagationOffer()
{
    m_offerTargets.clear();
    std::vector<cw::PropagationCandidate> candidates;
    cw::AssessmentStatus status = cw::AssessmentStatus::NotAssessed;
    if (m_offerSource && m_assessmentId != 0 && m_session.isOpen() && !m_session.isReadOnly()) {
        m_session.run([&](cw::Workspace& ws) {
            status = cw::loadResult(ws, m_assessmentId, *m_offerSource).status;
            if (status != cw::AssessmentStatus::NotAssessed)
                candidates = cw::proposePropagation(ws, m_assessmentId, *m_offerSource);
        });
    }
    QStringList items;
    const auto titles = candidates.empty() ? std::map<std::string, QString>{} : catalogTitles();
    for (const auto& c : candidates) {
        if (!c.differs)
            continue;
        m_offerTargets.push_back(c.target);
        const auto t = titles.find(c.target.catalogId);
        // "ISO/IEC 27001:2022 Information security ..." -> "ISO/IEC 27001:2022"
        QString standard = t == titles.end() ? QString::fromStdString(c.target.catalogId) : t->second;
        const QStringList words = standard.split(QLatin1Char(' '));
        for (int w = 0; w < std::min<int>(3, words.size()); ++w)
            if (words[w].contains(QLatin1Char(':'))) {
                standard = words.mid(0, w + 1).join(QLatin1Char(' '));
                break;
            }
        items << tr("%1 %2 %3 (now %4)")
                     .arg(standard, QString::fromStdString(c.target.ref),
                          GapNames::pick(c.titleEn, c.titleZh), GapNames::status(c.currentStatus));
    }
    if (m_offerTargets.empty()) {
        m_offerBar->hide();
        return;
    }
    m_offerText->setText(tr("%1 is now %2. Mapped in the other standards of this assessment: %3. "
                            "Give them the same status and evidence?")
                             .arg(QString::fromStdString(m_offerSource->ref), GapNames::status(status),
                                  items.join(QStringLiteral("; "))));
    m_offerApply->setText(tr("A&pply to mapped (%1)").arg(m_offerTargets.size()));
    m_offerBar->show();
}

bool GapAnalysisPage::applyPropagation()
{
    if (!m_offerSource || m_offerTargets.empty() || m_session.isReadOnly() || m_assessmentId == 0)
        return false;
    const int index = m_session.undoStack()->index();
    m_session.undoStack()->push(
        new PropagationCommand(m_session, m_assessmentId, *m_offerSource, m_offerTargets));
    const bool applied = m_session.undoStack()->index() > index;
    m_offerSource.reset();
    updatePropagationOffer();
    return applied;
}

void GapAnalysisPage::dismissPropagation()
{
    m_offerSource.reset();
    updatePropagationOffer();
}

} // namespace cw::ui
