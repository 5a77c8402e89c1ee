#include "catalog/RequirementTreePane.h"

#include "catalog/RequirementFilterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw::ui {

RequirementTreePane::RequirementTreePane(QWidget* parent)
    : QWidget(parent)
    , m_model(new CatalogTreeModel(this))
    , m_filter(new RequirementFilterModel(this))
    , m_viewLabel(new QLabel(this))
    , m_viewSwitch(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_matches(new QLabel(this))
{
    m_viewSwitch->setObjectName(QStringLiteral("catalogViewSwitch"));
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_matches->setObjectName(QStringLiteral("catalogMatches"));

    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_search->setClearButtonEnabled(true);
    m_viewSwitch->addItem(QString(), static_cast<int>(CatalogTreeModel::View::Clauses));
    m_viewSwitch->addItem(QString(), static_cast<int>(CatalogTreeModel::View::ProcessGroups));
    m_viewLabel->setBuddy(m_viewSwitch);
    m_matches->setForegroundRole(QPalette::PlaceholderText);
    m_matches->hide();

    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(m_viewLabel);
    viewRow->addWidget(m_viewSwitch, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(viewRow);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_matches);

    connect(m_viewSwitch, &QComboBox::currentIndexChanged, this, [this](int index) {
        setView(static_cast<CatalogTreeModel::View>(m_viewSwitch->itemData(index).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, this, &RequirementTreePane::search);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RequirementTreePane::onCurrentChanged);
    retranslateUi();
}

void RequirementTreePane::retranslateUi()
{
    m_viewLabel->setText(tr("&View:"));
    m_viewSwitch->setItemText(0, tr("Clauses (2018)"));
    m_viewSwitch->setItemText(1, tr("Process groups (2011)"));
    m_viewSwitch->setToolTip(tr("The clause structure of the 2018 edition, or the process groups of the 2011 "
                                "edition with the 2018 requirements that belong to each"));
    m_search->setPlaceholderText(tr("Search clauses, titles and questions (English or 中文)"));
    updateMatches();
}

void RequirementTreePane::setCatalog(std::shared_ptr<const cw::Catalog> catalog)
{
    const cw::Requirement* before = currentRequirement();
    const QString keep = before && catalog && m_model->catalog() && catalog->id == m_model->catalog()->id
                             ? QString::fromStdString(before->ref)
                             : QString();
    const bool groups = catalog && !catalog->processGroups.empty();
    const auto view = m_model->view();
    m_model->setCatalog(std::move(catalog));
    m_model->setView(view);
    m_viewLabel->setVisible(groups);
    m_viewSwitch->setVisible(groups);
    m_viewSwitch->setCurrentIndex(m_viewSwitch->findData(static_cast<int>(m_model->view())));
    m_tree->expandAll();
    updateMatches();
    if (!keep.isEmpty())
        select(keep);
    Q_EMIT currentChanged();
}

void RequirementTreePane::setLanguage(const QString& language)
{
    m_model->setLanguage(language);
}

void RequirementTreePane::setView(CatalogTreeModel::View view)
{
    const cw::Requirement* before = currentRequirement();
    const std::string keep = before ? before->ref : std::string();
    m_model->setView(view);
    m_viewSwitch->setCurrentIndex(m_viewSwitch->findData(static_cast<int>(m_model->view())));
    m_tree->expandAll();
    updateMatches();
    const QModelIndex again = m_filter->mapFromSource(m_model->indexOf(keep));
    if (again.isValid()) {
        m_tree->setCurrentIndex(again);
        m_tree->scrollTo(again);
    }
    Q_EMIT currentChanged();
}

void RequirementTreePane::search(const QString& text)
{
    m_filter->setSearchText(text);
    m_tree->expandAll();
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
    updateMatches();
}

void RequirementTreePane::updateMatches()
{
    m_matches->setVisible(m_filter->isFiltering());
    if (!m_filter->isFiltering())
        return;
    const int count = m_filter->matchCount();
    m_matches->setText(count == 0 ? tr("No clause matches “%1”.").arg(m_search->text().simplified())
                                  : tr("Clauses found: %1").arg(count));
}

bool RequirementTreePane::select(const QString& ref)
{
    QModelIndex source = m_model->indexOf(ref.toStdString());
    if (!source.isValid() && m_model->view() != CatalogTreeModel::View::Clauses) {
        setView(CatalogTreeModel::View::Clauses);
        source = m_model->indexOf(ref.toStdString());
    }
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_search->clear();
        proxy = m_filter->mapFromSource(source);
    }
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    return true;
}

void RequirementTreePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QModelIndex RequirementTreePane::currentSource() const
{
    return m_filter->mapToSource(m_tree->currentIndex());
}

const cw::Requirement* RequirementTreePane::currentRequirement() const
{
    return m_model->requirement(currentSource());
}

const cw::ProcessGroup* RequirementTreePane::currentGroup() const
{
    const QModelIndex source = currentSource();
    const QString id = source.data(CatalogTreeModel::GroupRole).toString();
    if (id.isEmpty() || !m_model->catalog())
        return nullptr;
    for (const cw::ProcessGroup& g : m_model->catalog()->processGroups)
        if (QString::fromStdString(g.id) == id)
            return &g;
    return nullptr;
}

void RequirementTreePane::onCurrentChanged(const QModelIndex& current)
{
    // Filtering may take the selected row away; the details keep showing it until another is chosen.
    if (current.isValid())
        Q_EMIT currentChanged();
}

} // namespace cw::ui
