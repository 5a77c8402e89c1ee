#pragma once

#include "catalog/Catalog.h"

#include <QString>
#include <QStringList>
#include <QTextBrowser>

#include <vector>

namespace cw::ui {

/// A clause of another catalog mapped to the one shown.
struct MappedClause {
    QString catalogId;
    QString ref;
    QString label;    ///< "ISO/IEC 27001:2022 10.2 Nonconformity and corrective action"
    QString relation; ///< "equivalent"
};

/// The right side of the catalog page: everything about the selected requirement (or process
/// group) in the current language with the other language beside it. Clause references in it
/// are links.
class RequirementDetailsView : public QTextBrowser {
    Q_OBJECT
public:
    explicit RequirementDetailsView(QWidget* parent = nullptr);

    void setLanguage(const QString& language) { m_language = language; }
    /// A grey sentence instead of details.
    void showMessage(const QString& text);
    /// `mappingNote` replaces the mapped clauses when not empty (no workspace to read them from).
    void showRequirement(const cw::Catalog& catalog, const cw::Requirement& requirement,
                         const std::vector<MappedClause>& mapped, const QString& mappingNote);
    void showGroup(const cw::Catalog& catalog, const cw::ProcessGroup& group);

Q_SIGNALS:
    /// A clause of the catalog shown was clicked.
    void clauseActivated(const QString& ref);
    /// A mapped clause of another catalog was clicked.
    void mappedClauseActivated(const QString& catalogId, const QString& ref);

private:
    void onAnchor(const QUrl& url);
    [[nodiscard]] QString grey(const QString& html) const;
    [[nodiscard]] QString bothLanguages(const cw::LocalizedText& text) const;
    [[nodiscard]] QString heading(const QString& ref, const cw::LocalizedText& title) const;
    [[nodiscard]] QString facts(const cw::Catalog& catalog, const cw::Requirement& r) const;
    [[nodiscard]] QString questions(const cw::Requirement& r) const;
    [[nodiscard]] QString documents(const cw::Catalog& catalog, const cw::Requirement& r) const;
    [[nodiscard]] QString mappedSection(const std::vector<MappedClause>& mapped, const QString& note);
    [[nodiscard]] QString clauseList(const std::vector<const cw::Requirement*>& requirements);
    void setBody(const QString& html);

    QString m_language = QStringLiteral("en");
    QStringList m_clauseLinks;               ///< by link number
    std::vector<MappedClause> m_mappedLinks; ///< by link number
};

} // namespace cw::ui
