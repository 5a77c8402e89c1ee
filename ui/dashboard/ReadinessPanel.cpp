#include "dashboard/ReadinessPanel.h"

#include "ChartPainter.h"
#include "common/Clock.h"
#include "common/RefreshWhenShown.h"
#include "readiness/CertificationTimeline.h"
#include "readiness/Readiness.h"
#include "readiness/ReadinessFacts.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QVBoxLayout>

#include <utility>

namespace cw::ui {

namespace {

QLabel* textLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    return label;
}

std::string uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? "zh" : "en";
}

QString text(const cw::LocalizedText& t)
{
    return QString::fromStdString(t.in(uiLanguage()));
}

QString percent(const std::optional<double>& ratio)
{
    return ratio ? QStringLiteral("%1 %").arg(QLocale().toString(*ratio * 100.0, 'f', 0))
                 : QStringLiteral("–");
}

QString boldHtml(const QString& s)
{
    return QStringLiteral("<b>%1</b>").arg(s.toHtmlEscaped());
}

constexpr int kMilestonesShown = 5;
constexpr int kChartWidth = 560; ///< logical pixels; the panel is about as wide on a laptop

} // namespace

ReadinessPanel::ReadinessPanel(WorkspaceSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_verdict(textLabel(this, "readinessVerdict"))
    , m_figures(textLabel(this, "readinessFigures"))
    , m_unmetTitle(new QLabel(this))
    , m_unmet(textLabel(this, "readinessUnmet"))
    , m_milestonesTitle(new QLabel(this))
    , m_milestones(textLabel(this, "readinessMilestones"))
    , m_timelineChart(new QLabel(this))
{
    m_timelineChart->setObjectName(QStringLiteral("readinessTimelineChart"));
    setObjectName(QStringLiteral("readinessPanel"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.35);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    QFont bold = m_unmetTitle->font();
    bold.setBold(true);
    m_unmetTitle->setFont(bold);
    m_milestonesTitle->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_figures);
    layout->addSpacing(4);
    layout->addWidget(m_unmetTitle);
    layout->addWidget(m_unmet);
    layout->addSpacing(4);
    layout->addWidget(m_milestonesTitle);
    layout->addWidget(m_milestones);
    layout->addWidget(m_timelineChart);

    m_refresher = new RefreshWhenShown(*this, m_session, [this] { refresh(); }, [this] { refresh(); });
    refresh();
}

void ReadinessPanel::refresh()
{
    setTitle(tr("Certification readiness"));
    m_unmetTitle->setText(tr("What is still missing"));
    m_milestonesTitle->setText(tr("Next milestones"));
    if (!m_session.isOpen()) {
        m_level.clear();
        m_unmetIds.clear();
        m_timelineChart->clear();
        m_timelineChart->hide();
        return;
    }
    if (window()->isVisible()) {
        // Gathered on a worker; the labels keep their text until the facts arrive.
        if (m_gather.running()) {
            m_again = true;
            return;
        }
        cw::Workspace* ws = m_session.workspace();
        m_result.reset();
        m_error.clear();
        m_gather.start(
            [this, file = ws->file(), clock = std::make_shared<cw::FixedClock>(ws->clock().now())] {
                try {
                    auto reader = cw::Workspace::open(file, cw::OpenMode::ReadOnly, clock, cw::OpenCheck::Deferred);
                    Gathered g;
                    g.facts = cw::gatherReadinessFacts(*reader);
                    g.verdict = cw::evaluateReadiness(g.facts);
                    g.timeline = cw::certificationTimeline(g.facts, g.verdict);
                    m_result = std::move(g);
                } catch (const std::exception& e) {
                    m_error = QString::fromUtf8(e.what());
                }
            },
            [this] { gathered(); });
        return;
    }
    Gathered g;
    if (!m_session.run([&](cw::Workspace& ws) {
            g.facts = cw::gatherReadinessFacts(ws);
            g.verdict = cw::evaluateReadiness(g.facts);
            g.timeline = cw::certificationTimeline(g.facts, g.verdict);
        }))
        return;
    present(g.facts, g.verdict, g.timeline);
}

void ReadinessPanel::gathered()
{
    if (std::exchange(m_again, false)) {
        refresh();
        return;
    }
    if (!m_session.isOpen())
        return;
    if (!m_result) {
        m_verdict->setText(tr("The readiness could not be evaluated: %1").arg(m_error).toHtmlEscaped());
        return;
    }
    const Gathered g = std::move(*m_result);
    m_result.reset();
    present(g.facts, g.verdict, g.timeline);
}

void ReadinessPanel::present(const cw::ReadinessFacts& facts, const cw::Verdict& verdict,
                             const cw::CertificationTimeline& timeline)
{
    m_level.clear();
    m_unmetIds.clear();
    m_timelineChart->clear();
    m_timelineChart->hide();
    int overdueGapActions = 0;
    for (const cw::ActionListItem& a : facts.activeActions)
        if (a.overdue)
            ++overdueGapActions;

    m_level = QString::fromLatin1(cw::toString(verdict.level));
    QString verdictText;
    QString colour;
    switch (verdict.level) {
    case cw::ReadinessLevel::NotReady:
        verdictText = tr("Not ready for a certification audit");
        colour = QStringLiteral("#b3261e");
        break;
    case cw::ReadinessLevel::Stage1:
        verdictText = tr("Ready for the stage 1 audit");
        colour = QStringLiteral("#9a6700");
        break;
    case cw::ReadinessLevel::Stage2:
        verdictText = tr("Ready for the stage 2 audit");
        colour = QStringLiteral("#1a7f37");
        break;
    }
    m_verdict->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, verdictText.toHtmlEscaped()));

    QString assessment = facts.assessment
                             ? tr("latest assessment: %1 (%2)")
                                   .arg(QString::fromStdString(facts.assessment->assessment.name),
                                        QString::fromStdString(facts.assessment->assessment.date))
                             : tr("no assessment yet");
    QStringList figures;
    figures << tr("Readiness %1").arg(boldHtml(percent(facts.score.readiness())))
            << tr("coverage %1").arg(boldHtml(percent(facts.score.coverage()))) << assessment.toHtmlEscaped();
    QStringList counts;
    counts << tr("Open major nonconformities: %1").arg(boldHtml(QLocale().toString(facts.findings.openMajor)))
           << tr("overdue corrective actions: %1")
                  .arg(boldHtml(QLocale().toString(facts.findings.overdueActions)))
           << tr("overdue gap actions: %1").arg(boldHtml(QLocale().toString(overdueGapActions)));
    m_figures->setText(figures.join(QStringLiteral(" · ")) + QStringLiteral("<br>") +
                       counts.join(QStringLiteral(" · ")));

    const auto unmet = verdict.unmet();
    QStringList rows;
    for (const cw::Criterion& c : unmet) {
        m_unmetIds << QString::fromStdString(c.id);
        rows << QStringLiteral("<tr><td style=\"padding-right:8px\"><b>%1</b></td><td>%2<br>"
                               "<span style=\"color:#666666\">%3</span></td></tr>")
                    .arg(QString::fromStdString(c.id).toHtmlEscaped(), text(c.title).toHtmlEscaped(),
                         text(c.reason).toHtmlEscaped());
    }
    m_unmetTitle->setVisible(!unmet.empty());
    m_unmet->setVisible(!unmet.empty());
    m_unmet->setText(QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows.join(QString())));

    const std::string today = cw::formatDate(facts.today);
    QStringList milestones;
    for (const cw::Milestone& m : timeline.milestones) {
        if (m.date < today)
            continue;
        milestones << QStringLiteral("<tr><td style=\"padding-right:8px\">%1</td><td>%2%3</td></tr>")
                          .arg(QString::fromStdString(m.date), text(m.label).toHtmlEscaped(),
                               m.planned ? QString(QStringLiteral(" <i>(%1)</i>")).arg(tr("planned"))
                                         : QString());
        if (milestones.size() == kMilestonesShown)
            break;
    }
    // The whole cycle as a chart: stage audits, decision, surveillance, recertification.
    cw::report::Timeline chart;
    for (const cw::Milestone& m : timeline.milestones)
        chart.milestones << qMakePair(QString::fromStdString(m.date), text(m.label));
    if (!chart.milestones.isEmpty()) {
        // Drawn at twice the resolution (device pixel ratio 2), so it stays sharp on HiDPI screens.
        const QImage image = cw::report::ChartPainter::timeline(chart, kChartWidth, font().family());
        m_timelineChart->setPixmap(QPixmap::fromImage(image));
        m_timelineChart->show();
    }
    if (milestones.isEmpty())
        m_milestones->setText(
            tr("No dates yet: plan the trial operation and the audits on the Engagement & scope page.")
                .toHtmlEscaped());
    else
        m_milestones->setText(
            QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(milestones.join(QString())));
}

void ReadinessPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QGroupBox::changeEvent(event);
}

} // namespace cw::ui
