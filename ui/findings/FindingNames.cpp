#include "findings/FindingNames.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace cw::ui {

QString FindingNames::type(cw::FindingType t)
{
    switch (t) {
    case cw::FindingType::Major:
        return tr("Major nonconformity");
    case cw::FindingType::Minor:
        return tr("Minor nonconformity");
    case cw::FindingType::Observation:
        return tr("Observation");
    case cw::FindingType::Improvement:
        return tr("Opportunity for improvement");
    case cw::FindingType::Positive:
        return tr("Positive finding");
    }
    return {};
}

QColor FindingNames::typeColor(cw::FindingType t)
{
    switch (t) {
    case cw::FindingType::Major:
        return QColor(0xc0, 0x2b, 0x2b);
    case cw::FindingType::Minor:
        return QColor(0xe8, 0x7d, 0x24);
    case cw::FindingType::Observation:
        return QColor(0xd9, 0xb1, 0x2a);
    case cw::FindingType::Improvement:
        return QColor(0x4a, 0x90, 0xc8);
    case cw::FindingType::Positive:
        return QColor(0x3a, 0x9d, 0x5d);
    }
    return {};
}

QString FindingNames::source(cw::FindingSource s)
{
    switch (s) {
    case cw::FindingSource::InternalAudit:
        return tr("Internal audit");
    case cw::FindingSource::ExternalAudit:
        return tr("External audit");
    case cw::FindingSource::Complaint:
        return tr("Complaint");
    case cw::FindingSource::IncidentReview:
        return tr("Incident review");
    case cw::FindingSource::Other:
        return tr("Other");
    }
    return {};
}

QString FindingNames::state(cw::FindingState s)
{
    switch (s) {
    case cw::FindingState::Open:
        return tr("Open");
    case cw::FindingState::CorrectionRecorded:
        return tr("Correction recorded");
    case cw::FindingState::ActionPlanned:
        return tr("Action planned");
    case cw::FindingState::Implemented:
        return tr("Implemented");
    case cw::FindingState::Verified:
        return tr("Verified effective");
    case cw::FindingState::Closed:
        return tr("Closed");
    }
    return {};
}

QString FindingNames::step(cw::FindingStep s)
{
    switch (s) {
    case cw::FindingStep::RecordCorrection:
        return tr("Record correction");
    case cw::FindingStep::PlanAction:
        return tr("Plan action");
    case cw::FindingStep::Implement:
        return tr("Mark implemented");
    case cw::FindingStep::Verify:
        return tr("Verify effectiveness…");
    case cw::FindingStep::Close:
        return tr("Close finding");
    }
    return {};
}

QString FindingNames::stepCommand(cw::FindingStep s, const QString& code)
{
    switch (s) {
    case cw::FindingStep::RecordCorrection:
        return tr("Record Correction of %1").arg(code);
    case cw::FindingStep::PlanAction:
        return tr("Plan Action of %1").arg(code);
    case cw::FindingStep::Implement:
        return tr("Mark %1 Implemented").arg(code);
    case cw::FindingStep::Verify:
        return tr("Verify %1").arg(code);
    case cw::FindingStep::Close:
        return tr("Close %1").arg(code);
    }
    return {};
}

QString FindingNames::rcaMethod(cw::RcaMethod m)
{
    switch (m) {
    case cw::RcaMethod::None:
        return tr("(none)");
    case cw::RcaMethod::FiveWhys:
        return tr("5 whys");
    case cw::RcaMethod::Fishbone:
        return tr("Fishbone");
    case cw::RcaMethod::FreeText:
        return tr("Free text");
    }
    return {};
}

QString FindingNames::fishboneCategory(std::string_view key)
{
    if (key == "people")
        return tr("People");
    if (key == "process")
        return tr("Process");
    if (key == "technology")
        return tr("Technology");
    if (key == "information")
        return tr("Information");
    if (key == "suppliers")
        return tr("Suppliers");
    if (key == "environment")
        return tr("Environment");
    if (key == "measurement")
        return tr("Measurement");
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString FindingNames::actionState(cw::ActionState s)
{
    switch (s) {
    case cw::ActionState::Planned:
        return tr("Planned");
    case cw::ActionState::Implemented:
        return tr("Implemented");
    case cw::ActionState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString FindingNames::history(const cw::FindingSnapshot& s)
{
    const auto when = [](const std::string& utc) {
        const QDateTime at = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : QString::fromStdString(utc);
    };
    const cw::Finding& f = s.finding;
    QStringList lines;
    lines << tr("Raised by %1 on %2")
                 .arg(QString::fromStdString(f.raisedBy).toHtmlEscaped(), QString::fromStdString(f.raisedOn));
    for (const auto& v : s.verifications)
        lines << tr("Verified by %1 on %2: <b>%3</b> %4")
                     .arg(QString::fromStdString(v.verifiedBy).toHtmlEscaped(),
                          QString::fromStdString(v.verifiedOn),
                          v.effective ? tr("effective") : tr("not effective"),
                          QString::fromStdString(v.notes).toHtmlEscaped());
    for (const auto& t : s.transitions) {
        QString line = tr("%1 → <b>%2</b>, %3, %4")
                           .arg(state(t.from), state(t.to), when(t.atUtc),
                                QString::fromStdString(t.actor).toHtmlEscaped());
        if (!t.comment.empty())
            line += QStringLiteral(": <i>%1</i>").arg(QString::fromStdString(t.comment).toHtmlEscaped());
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

QColor FindingNames::overdueColor()
{
    return QColor(0xc0, 0x2b, 0x2b);
}

} // namespace cw::ui
