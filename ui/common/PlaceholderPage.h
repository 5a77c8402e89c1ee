#pragma once

#include "common/Page.h"

namespace cw::ui {

class EmptyState;

/// A page whose feature is not built yet: its title and one sentence saying so. The texts are
/// untranslated source strings marked with QT_TRANSLATE_NOOP in `context`, translated on display.
class PlaceholderPage : public Page {
    Q_OBJECT
public:
    PlaceholderPage(const char* context, const char* title, const char* sentence, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

protected:
    void retranslateUi() override;

private:
    const char* m_context;
    const char* m_title;
    const char* m_sentence;
    EmptyState* m_emptyState;
};

} // namespace cw::ui
