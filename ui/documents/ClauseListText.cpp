#include "documents/ClauseListText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace cw::ui {

QString ClauseListText::format(const std::vector<cw::ClauseLink>& links, const std::string& mainCatalog)
{
    QStringList parts;
    for (const auto& l : links)
        parts << (l.catalogId == mainCatalog
                      ? QString::fromStdString(l.ref)
                      : QStringLiteral("%1 %2").arg(QString::fromStdString(l.catalogId),
                                                    QString::fromStdString(l.ref)));
    return parts.join(QStringLiteral(", "));
}

std::vector<cw::ClauseLink> ClauseListText::parse(const QString& text, const std::string& mainCatalog)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n，；、]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    std::vector<cw::ClauseLink> links;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(spaces, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        cw::ClauseLink link;
        if (words.size() >= 2) {
            link.catalogId = words.front().toStdString();
            link.ref = words.mid(1).join(QLatin1Char(' ')).toStdString();
        } else {
            link.catalogId = mainCatalog;
            link.ref = words.front().toStdString();
        }
        if (std::find(links.begin(), links.end(), link) == links.end())
            links.push_back(std::move(link));
    }
    return links;
}

} // namespace cw::ui
