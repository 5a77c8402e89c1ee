#include "documents/AttachmentsPanel.h"

#include "documents/Attachments.h"
#include "documents/DocumentNames.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFrozenRole = Qt::UserRole + 2;
} // namespace

AttachmentsPanel::AttachmentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_export->setObjectName(QStringLiteral("exportAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    setAcceptDrops(true);
    m_list->setAcceptDrops(false); // the panel takes the drop
    m_list->setColumnCount(5);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_export, m_open, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::addRequested);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedAttachment())
            Q_EMIT exportRequested(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedAttachment())
            Q_EMIT openRequested(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const auto id = selectedAttachment())
            Q_EMIT openRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedAttachment())
            Q_EMIT removeRequested(id);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsPanel::updateButtons);
    retranslateUi();
}

void AttachmentsPanel::showVersions(const std::vector<cw::DocumentVersion>& versions)
{
    const std::int64_t selected = selectedAttachment();
    m_versions = versions;
    m_list->clear();
    for (auto v = versions.rbegin(); v != versions.rend(); ++v) {
        const bool frozen =
            v->status == cw::DocumentStatus::Approved || v->status == cw::DocumentStatus::Obsolete;
        for (const auto& a : v->attachments) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, QString::fromStdString(a.fileName));
            item->setText(1, QString::fromStdString(v->number.toString()));
            item->setText(2, DocumentNames::fileSize(a.size));
            item->setToolTip(2, tr("%1 bytes").arg(a.size));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(3, QString::fromStdString(a.sha256));
            item->setFont(3, QFont(QStringLiteral("monospace")));
            item->setText(4, QStringLiteral("%1 · %2").arg(QString::fromStdString(a.addedAt.substr(0, 10)),
                                                           QString::fromStdString(a.addedBy)));
            item->setData(0, kIdRole, QVariant::fromValue<qlonglong>(a.id));
            item->setData(0, kFrozenRole, frozen);
            if (a.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

std::int64_t AttachmentsPanel::selectedAttachment() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

bool AttachmentsPanel::acceptsFiles() const
{
    if (m_readOnly || m_versions.empty())
        return false;
    const auto s = m_versions.back().status;
    return s == cw::DocumentStatus::Draft || s == cw::DocumentStatus::InReview;
}

void AttachmentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void AttachmentsPanel::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_add->setEnabled(acceptsFiles());
    m_export->setEnabled(item != nullptr);
    m_open->setEnabled(item != nullptr);
    m_remove->setEnabled(item && !m_readOnly && !item->data(0, kFrozenRole).toBool());
    if (m_versions.empty())
        m_hint->clear();
    else if (acceptsFiles())
        m_hint->setText(tr("Drop files here to attach them to version %1. Each file may be up to %2.")
                            .arg(QString::fromStdString(m_versions.back().number.toString()),
                                 DocumentNames::fileSize(cw::kMaxAttachmentBytes)));
    else if (m_readOnly)
        m_hint->setText(tr("The workspace is read-only: files can be exported and opened, not changed."));
    else
        m_hint->setText(tr("Version %1 is %2, so its files are frozen. Start a new version to attach files.")
                            .arg(QString::fromStdString(m_versions.back().number.toString()),
                                 DocumentNames::status(m_versions.back().status).toLower()));
}

void AttachmentsPanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("File"), tr("Version"), tr("Size"), tr("SHA-256"), tr("Added")});
    m_add->setText(tr("Add File…"));
    m_export->setText(tr("Export…"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove"));
    if (!m_versions.empty())
        showVersions(std::vector<cw::DocumentVersion>(m_versions));
    updateButtons();
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsFiles() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty() || !acceptsFiles())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(files);
}

} // namespace cw::ui
