#include "audits/AuditNames.h"

#include "gap/GapNames.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

namespace cw::ui {

QString AuditNames::status(cw::AuditStatus s)
{
    switch (s) {
    case cw::AuditStatus::Planned:
        return tr("Planned");
    case cw::AuditStatus::InProgress:
        return tr("In progress");
    case cw::AuditStatus::Reported:
        return tr("Reported");
    case cw::AuditStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QColor AuditNames::statusColor(cw::AuditStatus s)
{
    switch (s) {
    case cw::AuditStatus::Planned:
        return QColor(0x6f, 0x86, 0xa8);
    case cw::AuditStatus::InProgress:
        return QColor(0xe8, 0x9a, 0x24);
    case cw::AuditStatus::Reported:
        return QColor(0x4a, 0x90, 0xc8);
    case cw::AuditStatus::Closed:
        return QColor(0x3a, 0x9d, 0x5d);
    }
    return {};
}

QString AuditNames::result(cw::ChecklistResult r)
{
    switch (r) {
    case cw::ChecklistResult::Pending:
        return tr("Pending");
    case cw::ChecklistResult::Conforming:
        return tr("Conforming");
    case cw::ChecklistResult::Nonconformity:
        return tr("Nonconformity");
    case cw::ChecklistResult::Observation:
        return tr("Observation");
    case cw::ChecklistResult::NotAudited:
        return tr("Not audited");
    }
    return {};
}

QColor AuditNames::resultColor(cw::ChecklistResult r)
{
    switch (r) {
    case cw::ChecklistResult::Pending:
        return QColor(0xb0, 0xb6, 0xbe);
    case cw::ChecklistResult::Conforming:
        return QColor(0x3a, 0x9d, 0x5d);
    case cw::ChecklistResult::Nonconformity:
        return QColor(0xd6, 0x45, 0x41);
    case cw::ChecklistResult::Observation:
        return QColor(0xe8, 0x9a, 0x24);
    case cw::ChecklistResult::NotAudited:
        return QColor(0x6f, 0x86, 0xa8);
    }
    return {};
}

int AuditNames::resultKey(cw::ChecklistResult r)
{
    return static_cast<int>(r);
}

QString AuditNames::coverage(cw::CoverageStatus s)
{
    switch (s) {
    case cw::CoverageStatus::NotPlanned:
        return tr("Not planned");
    case cw::CoverageStatus::Planned:
        return tr("Planned");
    case cw::CoverageStatus::Audited:
        return tr("Audited");
    }
    return {};
}

QColor AuditNames::coverageColor(cw::CoverageStatus s)
{
    switch (s) {
    case cw::CoverageStatus::NotPlanned:
        return QColor(0xd6, 0x45, 0x41);
    case cw::CoverageStatus::Planned:
        return QColor(0xe8, 0x9a, 0x24);
    case cw::CoverageStatus::Audited:
        return QColor(0x3a, 0x9d, 0x5d);
    }
    return {};
}

QString AuditNames::step(cw::AuditStep s)
{
    switch (s) {
    case cw::AuditStep::Start:
        return tr("Start audit");
    case cw::AuditStep::Report:
        return tr("Report");
    case cw::AuditStep::Close:
        return tr("Close audit");
    case cw::AuditStep::Reopen:
        return tr("Reopen");
    }
    return {};
}

QString AuditNames::stepCommand(cw::AuditStep s, const QString& code)
{
    switch (s) {
    case cw::AuditStep::Start:
        return tr("Start %1").arg(code);
    case cw::AuditStep::Report:
        return tr("Report %1").arg(code);
    case cw::AuditStep::Close:
        return tr("Close %1").arg(code);
    case cw::AuditStep::Reopen:
        return tr("Reopen %1").arg(code);
    }
    return {};
}

QString AuditNames::independence(const cw::IndependenceFlag& flag)
{
    const QString auditor = QString::fromStdString(flag.auditor);
    if (flag.documentCode.empty())
        return tr("%1 is a declared owner of an audited process").arg(auditor);
    const QString audited = flag.auditedClause ? QString::fromStdString(flag.auditedClause->ref) : QString();
    const QString linked = flag.documentClause ? QString::fromStdString(flag.documentClause->ref) : QString();
    return tr("%1 audits %2 but owns %3 (linked to %4)")
        .arg(auditor, audited, QString::fromStdString(flag.documentCode), linked);
}

QString AuditNames::reviewInput(cw::ReviewInput i)
{
    return QString::fromStdString(cw::reviewInputTitle(i, GapNames::chinese() ? "zh" : "en"));
}

QString AuditNames::outputKind(cw::OutputKind k)
{
    return k == cw::OutputKind::Decision ? tr("Decision") : tr("Action");
}

QString AuditNames::outputState(cw::OutputState s)
{
    switch (s) {
    case cw::OutputState::Open:
        return tr("Open");
    case cw::OutputState::Done:
        return tr("Done");
    case cw::OutputState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QIcon AuditNames::dot(const QColor& color)
{
    static QHash<QRgb, QIcon> cache;
    auto it = cache.find(color.rgb());
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal margin = size / 5.0;
        p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(color.rgb(), icon);
    return icon;
}

QString AuditNames::clauses(const std::vector<cw::ClauseLink>& list, const std::string& defaultCatalog)
{
    QStringList parts;
    for (const auto& c : list)
        parts << (c.catalogId == defaultCatalog
                      ? QString::fromStdString(c.ref)
                      : QStringLiteral("%1 %2").arg(QString::fromStdString(c.catalogId),
                                                    QString::fromStdString(c.ref)));
    return parts.join(QStringLiteral(", "));
}

std::vector<cw::ClauseLink> AuditNames::parseClauses(const QString& text, const std::string& defaultCatalog)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；]"));
    std::vector<cw::ClauseLink> result;
    for (const QString& token : text.split(separators, Qt::SkipEmptyParts)) {
        const QStringList words = token.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 1)
            result.push_back({defaultCatalog, words[0].toStdString()});
        else if (words.size() >= 2)
            result.push_back({words[0].toStdString(), words.mid(1).join(QLatin1Char(' ')).toStdString()});
    }
    return result;
}

} // namespace cw::ui
