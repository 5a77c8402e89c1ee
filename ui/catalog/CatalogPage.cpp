#include "catalog/CatalogPage.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogAdder.h"
#include "catalog/CatalogChooser.h"
#include "catalog/CatalogNames.h"
#include "catalog/CatalogStore.h"
#include "catalog/RequiredDocumentsModel.h"
#include "catalog/RequirementDetailsView.h"
#include "catalog/RequirementTreePane.h"
#include "common/RefreshWhenShown.h"
#include "shell/LanguageManager.h"
#include "shell/WorkspaceSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace cw::ui {

namespace {
std::string cacheKey(const std::string& id, bool inWorkspace)
{
    return (inWorkspace ? "workspace/" : "builtin/") + id;
}
} // namespace

CatalogPage::CatalogPage(WorkspaceSession& session, const LanguageManager& languages, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_languages(languages)
    , m_catalogLabel(new QLabel(this))
    , m_chooser(new CatalogChooser(this))
    , m_add(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_info(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_tabs))
    , m_tree(new RequirementTreePane(m_splitter))
    , m_details(new RequirementDetailsView(m_splitter))
    , m_documentsView(new QTableView(m_tabs))
    , m_documents(new RequiredDocumentsModel(this))
{
    setObjectName(QStringLiteral("catalogPage"));
    m_add->setObjectName(QStringLiteral("addCatalogButton"));
    m_import->setObjectName(QStringLiteral("importCatalogButton"));
    m_info->setObjectName(QStringLiteral("catalogInfo"));
    m_tabs->setObjectName(QStringLiteral("catalogTabs"));
    m_documentsView->setObjectName(QStringLiteral("requiredDocumentsView"));

    m_catalogLabel->setBuddy(m_chooser);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({420, 630});
    m_tree->setMinimumWidth(260);
    m_details->setMinimumWidth(320);

    m_documentsView->setModel(m_documents);
    m_documentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentsView->setAlternatingRowColors(true);
    m_documentsView->setShowGrid(false);
    m_documentsView->setWordWrap(false);
    m_documentsView->verticalHeader()->hide();
    m_documentsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_documentsView->verticalHeader()->setDefaultSectionSize(m_documentsView->fontMetrics().height() + 10);
    m_documentsView->horizontalHeader()->setMinimumSectionSize(72);
    m_documentsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_documentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documentsView->horizontalHeader()->setSectionResizeMode(RequiredDocumentsModel::Title,
                                                              QHeaderView::Stretch);
    m_documentsView->horizontalHeader()->setHighlightSections(false);

    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_documentsView, QString());
    m_tabs->setDocumentMode(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_catalogLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_add);
    top->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_info);
    layout->addWidget(m_tabs, 1);

    auto* find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_tree->focusSearch();
    });

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &CatalogPage::showCurrentCatalog);
    connect(m_add, &QPushButton::clicked, this, &CatalogPage::addBuiltin);
    connect(m_import, &QPushButton::clicked, this, &CatalogPage::importCatalog);
    connect(m_tree, &RequirementTreePane::currentChanged, this, &CatalogPage::showSelection);
    connect(m_details, &RequirementDetailsView::clauseActivated, this,
            [this](const QString& ref) { m_tree->select(ref); });
    connect(m_details, &RequirementDetailsView::mappedClauseActivated, this, &CatalogPage::selectRequirement);
    connect(m_documentsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        selectRequirement(currentCatalogId(), index.data(RequiredDocumentsModel::RefRole).toString());
    });
    m_refresher = new RefreshWhenShown(
        *this, m_session, [this] { refreshCatalogs(true); }, [this] { refreshCatalogs(false); });
    connect(&m_languages, &LanguageManager::languageChanged, this, &CatalogPage::applyLanguage);

    retranslateUi();
    refreshCatalogs(true);
}

CatalogPage::~CatalogPage() = default;

QString CatalogPage::title() const
{
    return tr("Catalog");
}

QString CatalogPage::language() const
{
    return m_languages.language();
}

QString CatalogPage::currentCatalogId() const
{
    return m_shown ? QString::fromStdString(m_shown->id) : QString();
}

void CatalogPage::retranslateUi()
{
    m_catalogLabel->setText(tr("&Catalog:"));
    m_add->setText(tr("&Add to Workspace"));
    m_import->setText(tr("&Import Catalog…"));
    m_tabs->setTabText(0, tr("Requirements"));
    m_tree->retranslateUi();
    m_documents->retranslate();
    applyLanguage(); // also the texts that mix translations and catalog content
}

void CatalogPage::applyLanguage()
{
    const QString lang = language();
    m_tree->setLanguage(lang);
    m_documents->setLanguage(lang);
    m_details->setLanguage(lang);
    m_chooser->setLanguage(lang);
    showSelection();
    updateInfo();
}

std::shared_ptr<const cw::Catalog> CatalogPage::catalog(const std::string& id, bool inWorkspace)
{
    const std::string key = cacheKey(id, inWorkspace);
    if (auto it = m_cache.find(key); it != m_cache.end())
        return it->second;
    std::shared_ptr<const cw::Catalog> loaded;
    if (inWorkspace) {
        if (!m_session.run([&](cw::Workspace& ws) {
                loaded = std::make_shared<const cw::Catalog>(cw::loadWorkspaceCatalog(ws, id));
            }))
            return nullptr;
    } else {
        try {
            loaded = std::make_shared<const cw::Catalog>(cw::builtinCatalog(id));
        } catch (const std::exception&) {
            return nullptr; // not listed: see refreshCatalogs()
        }
    }
    m_cache[key] = loaded;
    return loaded;
}

void CatalogPage::refreshCatalogs(bool reload)
{
    std::vector<cw::CatalogSummary> summaries;
    if (m_session.isOpen())
        (void)m_session.run([&](cw::Workspace& ws) { summaries = cw::listWorkspaceCatalogs(ws); });
    std::vector<std::string> ids;
    for (const cw::CatalogSummary& s : summaries)
        ids.push_back(s.id);
    if (!reload && ids == m_workspaceIds)
        return; // another kind of change: catalogs are only ever added
    m_workspaceIds = ids;
    m_cache.clear(); // the mappings of the catalogs already there may have grown too

    std::vector<CatalogChooser::Entry> entries;
    for (const cw::CatalogSummary& s : summaries)
        entries.push_back({s.id, s.title, true});
    for (const std::string& id : cw::builtinCatalogIds()) {
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            continue;
        if (auto builtin = catalog(id, false))
            entries.push_back({id, builtin->title, false});
    }
    m_chooser->setEntries(std::move(entries));
    showCurrentCatalog();
}

void CatalogPage::showCurrentCatalog()
{
    const CatalogChooser::Entry* entry = m_chooser->current();
    std::shared_ptr<const cw::Catalog> shown = entry ? catalog(entry->id, entry->inWorkspace) : nullptr;
    if (!shown || !m_shown || shown->id != m_shown->id)
        m_shownRef.clear();
    m_shown = shown;
    m_shownInWorkspace = entry && entry->inWorkspace;
    m_documents->setCatalog(shown);
    m_tree->setCatalog(std::move(shown)); // shows the selection, kept when it is the same catalog
    updateInfo();
}

void CatalogPage::showSelection()
{
    if (!m_shown) {
        m_shownRef.clear();
        m_details->showMessage(tr("There is no catalog to show."));
        return;
    }
    if (const cw::Requirement* r = m_tree->currentRequirement()) {
        m_shownRef = QString::fromStdString(r->ref);
        QString note;
        if (!m_session.isOpen())
            note = tr(
                "Open a workspace holding this catalog to see the clauses of other standards mapped to it.");
        else if (!m_shownInWorkspace)
            note =
                tr("Add this catalog to the workspace to see the clauses of the workspace's other catalogs "
                   "mapped to it.");
        m_details->showRequirement(
            *m_shown, *r, note.isEmpty() ? mappedClauses(r->ref) : std::vector<MappedClause>{}, note);
        return;
    }
    m_shownRef.clear();
    if (const cw::ProcessGroup* g = m_tree->currentGroup())
        m_details->showGroup(*m_shown, *g);
    else
        m_details->showMessage(
            tr("Select a clause to see its audit questions, the evidence an auditor expects, "
               "the documented information it requires and the clauses of other standards "
               "mapped to it."));
}

std::vector<MappedClause> CatalogPage::mappedClauses(const std::string& ref)
{
    std::vector<cw::MappingLink> links;
    if (!m_session.run([&](cw::Workspace& ws) { links = cw::mappedRequirements(ws, m_shown->id, ref); }))
        return {};
    std::vector<MappedClause> out;
    const QString lang = language();
    for (const cw::MappingLink& link : links) {
        const auto target = catalog(link.targetCatalog, true);
        const QString targetRef = QString::fromStdString(link.targetRef);
        QString label =
            target ? QStringLiteral("%1 %2").arg(
                         CatalogNames::shortName(target->title, target->edition, lang), targetRef)
                   : QStringLiteral("%1 %2").arg(QString::fromStdString(link.targetCatalog), targetRef);
        if (const cw::Requirement* r = target ? target->find(link.targetRef) : nullptr)
            label += QLatin1Char(' ') + CatalogNames::in(r->title, lang);
        out.push_back({QString::fromStdString(link.targetCatalog), targetRef, label,
                       CatalogNames::relation(link.relation)});
    }
    return out;
}

void CatalogPage::updateInfo()
{
    const bool open = m_session.isOpen();
    const bool writable = open && !m_session.isReadOnly();
    const QString why = !open ? tr("Open a workspace first.")
                              : (writable ? QString() : tr("The workspace is opened read-only."));
    m_add->setVisible(m_shown && !m_shownInWorkspace);
    m_add->setEnabled(writable);
    m_add->setToolTip(writable ? tr("Copy this built-in catalog into the workspace to assess against it")
                               : why);
    m_import->setEnabled(writable);
    m_import->setToolTip(writable
                             ? tr("Add a catalog from a catalog JSON file, a CISO Assistant library (YAML) "
                                  "or a CSV checklist")
                             : why);
    const int documents = m_shown ? static_cast<int>(m_shown->requiredDocuments.size()) : 0;
    m_tabs->setTabText(1, tr("Required Documented Information (%1)").arg(documents));
    if (!m_shown) {
        m_info->clear();
        return;
    }
    QString text = tr("%1 clauses, %2 of them assessable · content version %3")
                       .arg(m_shown->requirements.size())
                       .arg(m_shown->assessableCount())
                       .arg(QString::fromStdString(m_shown->contentVersion));
    if (m_shownInWorkspace)
        text += QStringLiteral(" · ") + CatalogNames::origin(m_shown->origin);
    else if (open)
        text +=
            QStringLiteral(" · ") + tr("Built in and not in this workspace yet: browse it here, or add it to "
                                       "the workspace to assess against it.");
    else
        text += QStringLiteral(" · ") + tr("Built in. Open a workspace to add it and assess against it.");
    m_info->setText(text);
}

void CatalogPage::addBuiltin()
{
    if (!m_shown || m_shownInWorkspace)
        return;
    const QString id = currentCatalogId();
    const QString name = CatalogNames::shortName(m_shown->title, m_shown->edition, language());
    if (CatalogAdder(m_session, window()).addBuiltin(id, name)) {
        refreshCatalogs(false); // normally done already, on the workspace's change notice
        m_chooser->select(id);
    }
}

void CatalogPage::importCatalog()
{
    const QString id = CatalogAdder(m_session, window()).importCatalog();
    if (id.isEmpty())
        return;
    refreshCatalogs(false);
    m_chooser->select(id);
}

bool CatalogPage::selectRequirement(const QString& catalogId, const QString& ref)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    if (catalogId != currentCatalogId() && !m_chooser->select(catalogId))
        return false;
    m_tabs->setCurrentIndex(0);
    return m_tree->select(ref);
}

} // namespace cw::ui
