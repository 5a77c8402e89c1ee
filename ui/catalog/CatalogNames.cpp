#include "catalog/CatalogNames.h"

namespace cw::ui {

QString CatalogNames::in(const cw::LocalizedText& text, const QString& language)
{
    return QString::fromStdString(text.in(language.toStdString()));
}

QString CatalogNames::other(const cw::LocalizedText& text, const QString& language)
{
    const std::string& value = language == QLatin1String("zh") ? text.en : text.zh;
    if (value.empty() || value == text.in(language.toStdString()))
        return {};
    return QString::fromStdString(value);
}

QString CatalogNames::shortName(const cw::LocalizedText& title, const std::string& edition,
                                const QString& language)
{
    const QString full = in(title, language);
    if (edition.empty())
        return full;
    const QString ed = QString::fromStdString(edition);
    const qsizetype at = full.indexOf(QLatin1Char(':') + ed);
    if (at <= 0)
        return full;
    return full.left(at + 1 + ed.size());
}

QString CatalogNames::origin(cw::CatalogOrigin origin)
{
    switch (origin) {
    case cw::CatalogOrigin::Builtin:
        return tr("copied from the built-in catalog");
    case cw::CatalogOrigin::Json:
        return tr("imported from a catalog file");
    case cw::CatalogOrigin::CisoAssistant:
        return tr("imported from a CISO Assistant library");
    case cw::CatalogOrigin::Csv:
        return tr("imported from a CSV checklist");
    }
    return {};
}

QString CatalogNames::kind(cw::DocumentKind kind)
{
    return kind == cw::DocumentKind::Record ? tr("Record") : tr("Document");
}

QString CatalogNames::level(int level)
{
    return tr("Level %1").arg(level);
}

QString CatalogNames::levelMeaning(int level)
{
    switch (level) {
    case 1:
        return tr("service management manual or policy");
    case 2:
        return tr("procedure");
    case 3:
        return tr("work instruction, guide or template");
    case 4:
        return tr("record or form");
    default:
        return {};
    }
}

QString CatalogNames::relation(cw::MappingRelation relation)
{
    return relation == cw::MappingRelation::Equivalent ? tr("equivalent") : tr("related");
}

QString CatalogNames::theme(const std::string& theme)
{
    if (theme == "organizational")
        return tr("Organizational controls");
    if (theme == "people")
        return tr("People controls");
    if (theme == "physical")
        return tr("Physical controls");
    if (theme == "technological")
        return tr("Technological controls");
    return QString::fromStdString(theme);
}

} // namespace cw::ui
