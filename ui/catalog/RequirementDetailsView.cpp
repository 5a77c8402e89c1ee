#include "catalog/RequirementDetailsView.h"

#include "catalog/CatalogNames.h"

#include <QColor>
#include <QScrollBar>
#include <QUrl>

#include <algorithm>

namespace cw::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString section(const QString& title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

const QLatin1String kClauseScheme("clause");
const QLatin1String kMappedScheme("mapped");
} // namespace

RequirementDetailsView::RequirementDetailsView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("requirementDetails"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    document()->setDefaultStyleSheet(QStringLiteral("h2 { margin-top: 0px; margin-bottom: 2px; }"
                                                    "h3 { margin-top: 18px; margin-bottom: 6px; }"
                                                    "li { margin-bottom: 6px; }"
                                                    "td { padding-right: 12px; padding-bottom: 2px; }"));
    connect(this, &QTextBrowser::anchorClicked, this, &RequirementDetailsView::onAnchor);
}

void RequirementDetailsView::onAnchor(const QUrl& url)
{
    const qsizetype n = url.path().toLongLong();
    if (url.scheme() == kClauseScheme && n >= 0 && n < m_clauseLinks.size())
        Q_EMIT clauseActivated(m_clauseLinks[n]);
    else if (url.scheme() == kMappedScheme && n >= 0 && n < static_cast<qsizetype>(m_mappedLinks.size())) {
        const MappedClause target = m_mappedLinks[static_cast<std::size_t>(n)]; // the slot may replace them
        Q_EMIT mappedClauseActivated(target.catalogId, target.ref);
    }
}

QString RequirementDetailsView::grey(const QString& html) const
{
    // Between text and background: the placeholder colour may carry its greyness in alpha only.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const auto mix = [](int t, int b) {
        return (t * 55 + b * 45) / 100;
    };
    const QColor colour(mix(text.red(), base.red()), mix(text.green(), base.green()),
                        mix(text.blue(), base.blue()));
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

QString RequirementDetailsView::bothLanguages(const cw::LocalizedText& text) const
{
    QString html = esc(CatalogNames::in(text, m_language));
    if (const QString other = CatalogNames::other(text, m_language); !other.isEmpty())
        html += QStringLiteral("<br>") + grey(esc(other));
    return html;
}

QString RequirementDetailsView::heading(const QString& ref, const cw::LocalizedText& title) const
{
    QString html = QStringLiteral("<h2>%1%2</h2>")
                       .arg(ref.isEmpty() ? QString() : esc(ref) + QStringLiteral("&nbsp;&nbsp;"),
                            esc(CatalogNames::in(title, m_language)));
    if (const QString other = CatalogNames::other(title, m_language); !other.isEmpty())
        html += QStringLiteral("<p style=\"font-size:large\">%1</p>").arg(grey(esc(other)));
    return html;
}

QString RequirementDetailsView::facts(const cw::Catalog& catalog, const cw::Requirement& r) const
{
    QString rows;
    const auto row = [&](const QString& label, const QString& value) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(grey(esc(label)), esc(value));
    };
    row(tr("Type"), r.assessable ? tr("Assessable requirement") : tr("Heading"));
    if (r.level)
        row(tr("Document level"),
            tr("%1 (%2)").arg(CatalogNames::level(*r.level), CatalogNames::levelMeaning(*r.level)));
    for (const cw::ProcessGroup& g : catalog.processGroups)
        if (g.id == r.processGroup)
            row(tr("Process group (2011)"), CatalogNames::in(g.title, m_language));
    if (!r.theme.empty())
        row(tr("Theme"), CatalogNames::theme(r.theme));
    return QStringLiteral("<table>%1</table>").arg(rows);
}

QString RequirementDetailsView::questions(const cw::Requirement& r) const
{
    if (r.questions.empty())
        return {};
    QString items;
    for (const cw::LocalizedText& q : r.questions)
        items += QStringLiteral("<li>%1</li>").arg(bothLanguages(q));
    return section(tr("Audit questions")) + QStringLiteral("<ol>%1</ol>").arg(items);
}

QString RequirementDetailsView::documents(const cw::Catalog& catalog, const cw::Requirement& r) const
{
    QString items;
    for (const cw::RequiredDocument& d : catalog.requiredDocuments)
        if (d.clause == r.ref)
            items += QStringLiteral("<li>%1<br>%2</li>")
                         .arg(esc(CatalogNames::in(d.title, m_language)),
                              grey(esc(tr("%1, %2 (%3)")
                                           .arg(CatalogNames::kind(d.kind), CatalogNames::level(d.level),
                                                CatalogNames::levelMeaning(d.level)))));
    if (items.isEmpty() && catalog.requiredDocuments.empty())
        return {}; // the catalog does not list them at all
    if (items.isEmpty())
        return r.assessable
                   ? section(tr("Required documented information")) +
                         QStringLiteral("<p>%1</p>")
                             .arg(grey(
                                 esc(tr("The standard asks for no documented information of its own here."))))
                   : QString();
    return section(tr("Required documented information")) + QStringLiteral("<ul>%1</ul>").arg(items);
}

QString RequirementDetailsView::mappedSection(const std::vector<MappedClause>& mapped, const QString& note)
{
    QString body;
    if (!note.isEmpty())
        body = QStringLiteral("<p>%1</p>").arg(grey(esc(note)));
    else if (mapped.empty())
        body = QStringLiteral("<p>%1</p>")
                   .arg(grey(esc(tr("No clause of the other catalogs in the workspace is "
                                    "mapped to this one."))));
    else {
        QString items;
        for (const MappedClause& m : mapped) {
            items += QStringLiteral("<li><a href=\"%1:%2\">%3</a> — %4</li>")
                         .arg(kMappedScheme)
                         .arg(m_mappedLinks.size())
                         .arg(esc(m.label), esc(m.relation));
            m_mappedLinks.push_back(m);
        }
        body = QStringLiteral("<ul>%1</ul>").arg(items);
    }
    return section(tr("Mapped clauses of other standards")) + body;
}

QString RequirementDetailsView::clauseList(const std::vector<const cw::Requirement*>& requirements)
{
    QString items;
    for (const cw::Requirement* r : requirements) {
        items += QStringLiteral("<li><a href=\"%1:%2\">%3</a>&nbsp;&nbsp;%4</li>")
                     .arg(kClauseScheme)
                     .arg(m_clauseLinks.size())
                     .arg(esc(QString::fromStdString(r->ref)), esc(CatalogNames::in(r->title, m_language)));
        m_clauseLinks.append(QString::fromStdString(r->ref));
    }
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

void RequirementDetailsView::setBody(const QString& html)
{
    setHtml(html);
    verticalScrollBar()->setValue(0);
}

void RequirementDetailsView::showMessage(const QString& text)
{
    m_clauseLinks.clear();
    m_mappedLinks.clear();
    setBody(QStringLiteral("<p>%1</p>").arg(grey(esc(text))));
}

void RequirementDetailsView::showRequirement(const cw::Catalog& catalog, const cw::Requirement& r,
                                             const std::vector<MappedClause>& mapped,
                                             const QString& mappingNote)
{
    m_clauseLinks.clear();
    m_mappedLinks.clear();
    QString html = heading(QString::fromStdString(r.ref), r.title) + facts(catalog, r);
    if (!r.description.empty())
        html += section(tr("Description")) + QStringLiteral("<p>%1</p>").arg(bothLanguages(r.description));
    if (!r.assessable) {
        const auto children = catalog.children(r.ref);
        if (!children.empty())
            html += section(tr("Sub-clauses")) + clauseList(children);
    }
    html += questions(r);
    if (!r.evidence.empty())
        html += section(tr("Evidence an auditor expects")) +
                QStringLiteral("<p>%1</p>").arg(bothLanguages(r.evidence));
    html += documents(catalog, r);
    if (r.assessable || !mapped.empty())
        html += mappedSection(mapped, mappingNote);
    setBody(html);
}

void RequirementDetailsView::showGroup(const cw::Catalog& catalog, const cw::ProcessGroup& group)
{
    m_clauseLinks.clear();
    m_mappedLinks.clear();
    std::vector<const cw::Requirement*> members;
    for (const cw::Requirement& r : catalog.requirements)
        if (r.assessable && r.processGroup == group.id)
            members.push_back(&r);
    std::stable_sort(members.begin(), members.end(), [](const cw::Requirement* a, const cw::Requirement* b) {
        return cw::refLess(a->ref, b->ref);
    });
    const QString intro = tr("A process group of the 2011 edition. Its requirements in the 2018 clauses:");
    setBody(heading({}, group.title) + QStringLiteral("<p>%1</p>").arg(esc(intro)) + clauseList(members));
}

} // namespace cw::ui
