#include "common/EntityNames.h"

#include <array>
#include <string_view>

namespace cw::ui {

namespace {
struct Name {
    std::string_view key;
    const char* text;
};

constexpr std::array<Name, 18> kPlural{{
    {"catalogs", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Standard catalogs")},
    {"requirements", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Requirements")},
    {"catalog_mappings", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Catalog mappings")},
    {"documents", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Documents")},
    {"document_versions", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Document versions")},
    {"record_entries", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Record entries")},
    {"attachments", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Attachments")},
    {"assessments", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessments")},
    {"assessment_results", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessment results")},
    {"assessment_evidence", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessment evidence")},
    {"assessment_actions", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessment actions")},
    {"audit_programmes", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audit programmes")},
    {"audits", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audits")},
    {"audit_checklist_lines", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audit checklist lines")},
    {"findings", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Findings")},
    {"corrective_actions", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Corrective actions")},
    {"management_reviews", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Management reviews")},
    {"audit_trail", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audit trail entries")},
}};

constexpr std::array<Name, 14> kSingular{{
    {"engagement", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Engagement")},
    {"catalog", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Standard catalog")},
    {"catalog_mapping", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Catalog mapping")},
    {"document", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Document")},
    {"assessment", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessment")},
    {"assessment_result", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessment result")},
    {"assessment_action", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Assessment action")},
    {"audit_programme", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audit programme")},
    {"audit", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audit")},
    {"audit_checklist_line", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Audit checklist line")},
    {"finding", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Finding")},
    {"corrective_action", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Corrective action")},
    {"management_review", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Management review")},
    {"review_output", QT_TRANSLATE_NOOP("cw::ui::EntityNames", "Management review output")},
}};

template <std::size_t N> const char* find(const std::array<Name, N>& names, const std::string& key)
{
    for (const Name& name : names)
        if (name.key == key)
            return name.text;
    return nullptr;
}
} // namespace

QString EntityNames::plural(const std::string& key)
{
    const char* text = find(kPlural, key);
    return text ? tr(text) : humanized(key);
}

QString EntityNames::singular(const std::string& key)
{
    const char* text = find(kSingular, key);
    return text ? tr(text) : humanized(key);
}

QString EntityNames::humanized(const std::string& key)
{
    QString name = QString::fromStdString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace cw::ui
