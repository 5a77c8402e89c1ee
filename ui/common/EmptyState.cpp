#include "common/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cw::ui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sentence(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_sentence->setObjectName(QStringLiteral("emptyStateSentence"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_sentence->setAlignment(Qt::AlignCenter);
    m_sentence->setWordWrap(true);
    m_sentence->setMaximumWidth(560);
    m_sentence->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    // Centred without an alignment flag, which would cost the wrapped label its height-for-width.
    auto* sentenceRow = new QHBoxLayout;
    sentenceRow->addStretch();
    sentenceRow->addWidget(m_sentence, 1);
    sentenceRow->addStretch();
    layout->addLayout(sentenceRow);
    layout->addStretch(3);
}

void EmptyState::setTexts(const QString& title, const QString& sentence)
{
    m_title->setText(title);
    m_sentence->setText(sentence);
}

QString EmptyState::titleText() const
{
    return m_title->text();
}

QString EmptyState::sentenceText() const
{
    return m_sentence->text();
}

} // namespace cw::ui
