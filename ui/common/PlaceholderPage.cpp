#include "common/PlaceholderPage.h"

#include "common/EmptyState.h"

#include <QCoreApplication>
#include <QVBoxLayout>

namespace cw::ui {

PlaceholderPage::PlaceholderPage(const char* context, const char* title, const char* sentence,
                                 QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_title(title)
    , m_sentence(sentence)
    , m_emptyState(new EmptyState(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    retranslateUi();
}

QString PlaceholderPage::title() const
{
    return QCoreApplication::translate(m_context, m_title);
}

void PlaceholderPage::retranslateUi()
{
    m_emptyState->setTexts(title(), QCoreApplication::translate(m_context, m_sentence));
}

} // namespace cw::ui
