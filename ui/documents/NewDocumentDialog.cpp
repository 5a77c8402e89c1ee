#include "documents/NewDocumentDialog.h"

#include "documents/DocumentNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw::ui {

namespace {
// The type a new document of each level usually has.
const char* typeForLevel(int level)
{
    switch (level) {
    case 1:
        return "manual";
    case 2:
        return "procedure";
    case 3:
        return "instruction";
    default:
        return "record";
    }
}
} // namespace

NewDocumentDialog::NewDocumentDialog(const QString& parentCode, int parentLevel, QWidget* parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_parent(new QLineEdit(parentCode, this))
    , m_owner(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newDocumentDialog"));
    setWindowTitle(tr("New Document"));
    m_code->setObjectName(QStringLiteral("newCode"));
    m_title->setObjectName(QStringLiteral("newTitle"));
    m_level->setObjectName(QStringLiteral("newLevel"));
    m_type->setObjectName(QStringLiteral("newType"));
    m_parent->setObjectName(QStringLiteral("newParent"));
    m_owner->setObjectName(QStringLiteral("newOwner"));
    m_code->setMaxLength(64);
    m_code->setPlaceholderText(QStringLiteral("SMS-L2-INC-01"));
    m_parent->setPlaceholderText(tr("empty for a level-1 manual or policy"));
    for (int level = cw::kMinDocumentLevel; level <= cw::kMaxDocumentLevel; ++level)
        m_level->addItem(DocumentNames::level(level), level);
    for (const auto type : cw::documentTypes())
        m_type->addItem(DocumentNames::type(std::string(type)),
                        QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())));
    const int level = parentCode.isEmpty() ? 1 : std::min(parentLevel + 1, cw::kMaxDocumentLevel);
    m_level->setCurrentIndex(m_level->findData(level));
    m_type->setCurrentIndex(m_type->findData(QLatin1String(typeForLevel(level))));
    connect(m_level, &QComboBox::activated, this, [this] {
        m_type->setCurrentIndex(
            m_type->findData(QLatin1String(typeForLevel(m_level->currentData().toInt()))));
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("Derives &from:"), m_parent);
    form->addRow(tr("&Owner:"), m_owner);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

cw::Document NewDocumentDialog::document() const
{
    cw::Document doc;
    doc.code = m_code->text().trimmed().toStdString();
    doc.title = m_title->text().trimmed().toStdString();
    doc.level = m_level->currentData().toInt();
    doc.type = m_type->currentData().toString().toStdString();
    doc.owner = m_owner->text().trimmed().toStdString();
    return doc;
}

QString NewDocumentDialog::parentCode() const
{
    return m_parent->text().trimmed();
}

} // namespace cw::ui
