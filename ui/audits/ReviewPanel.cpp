#include "audits/ReviewPanel.h"

#include "audits/AuditNames.h"
#include "audits/ChoiceDelegate.h"
#include "audits/ReviewEdits.h"
#include "audits/ReviewOutputModel.h"
#include "common/CommittingTextEdit.h"
#include "common/PageWidgets.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QString names(const std::string& text)
{
    return QString::fromStdString(text)
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        .join(QStringLiteral(", "));
}
} // namespace

ReviewPanel::ReviewPanel(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_reviewLabel(new QLabel(this))
    , m_reviews(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_conclusions(new CommittingTextEdit(m_body))
    , m_inputsTitle(headingLabel(m_body))
    , m_inputsHint(new QLabel(m_body))
    , m_outputsTitle(headingLabel(m_body))
    , m_outputTable(new QTableView(m_body))
    , m_outputs(new ReviewOutputModel(session, this))
    , m_addDecision(new QPushButton(m_body))
    , m_addAction(new QPushButton(m_body))
    , m_removeOutput(new QPushButton(m_body))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_reviews->setObjectName(QStringLiteral("reviewSelector"));
    m_reviews->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_new->setObjectName(QStringLiteral("newReview"));
    m_reviewLabel->setBuddy(m_reviews);
    m_outputTable->setObjectName(QStringLiteral("reviewOutputs"));
    m_conclusions->setObjectName(QStringLiteral("review_conclusions"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_inputsHint->setWordWrap(true);
    m_inputsHint->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_reviewLabel);
    top->addWidget(m_reviews);
    top->addWidget(m_new);
    top->addStretch();

    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    const auto addLine = [&](cw::ReviewField field, int row, int column, int span) {
        auto* label = new QLabel(m_body);
        auto* edit = new QLineEdit(m_body);
        edit->setObjectName(QStringLiteral("review_") + QString::fromUtf8(cw::fieldKey(field).data()));
        label->setBuddy(edit);
        form->addWidget(label, row, column);
        form->addWidget(edit, row, column + 1, 1, span);
        m_labels[field] = label;
        m_lines[field] = edit;
        connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
            if (!edit->isModified() || !m_review)
                return;
            edit->setModified(false);
            QString value = edit->text();
            if (field == cw::ReviewField::Attendees)
                value = value.split(QRegularExpression(QStringLiteral("[,;，；、]")), Qt::SkipEmptyParts)
                            .join(QLatin1Char('\n'));
            if (!ReviewEdits::setField(m_session, m_reviewId, field, value))
                reload();
        });
    };
    addLine(cw::ReviewField::Title, 0, 0, 1);
    addLine(cw::ReviewField::HeldOn, 0, 2, 1);
    addLine(cw::ReviewField::Chair, 1, 0, 1);
    addLine(cw::ReviewField::Attendees, 1, 2, 1);
    m_labels[cw::ReviewField::Conclusions] = new QLabel(m_body);
    m_conclusions->setFixedHeight(m_conclusions->fontMetrics().lineSpacing() * 3 + 12);
    form->addWidget(m_labels[cw::ReviewField::Conclusions], 2, 0, Qt::AlignTop);
    form->addWidget(m_conclusions, 2, 1, 1, 3);
    connect(m_conclusions, &CommittingTextEdit::editingFinished, this, [this] {
        ReviewEdits::setField(m_session, m_reviewId, cw::ReviewField::Conclusions,
                              m_conclusions->toPlainText());
    });

    auto* inputs = new QGridLayout;
    inputs->setColumnStretch(1, 1);
    int row = 0;
    for (const cw::ReviewInput input : cw::allReviewInputs()) {
        InputRow r;
        r.label = new QLabel(m_body);
        r.label->setWordWrap(true);
        r.label->setMinimumWidth(180);
        r.label->setMaximumWidth(240);
        r.text = new CommittingTextEdit(m_body);
        r.text->setObjectName(QStringLiteral("input_") + QString::fromUtf8(cw::toString(input).data()));
        r.text->setFixedHeight(r.text->fontMetrics().lineSpacing() * 4 + 12);
        r.refill = new QPushButton(m_body);
        // Only the inputs the core has figures for (docs/audits.md); the others start empty.
        r.refill->setVisible(
            input == cw::ReviewInput::PreviousActions || input == cw::ReviewInput::Performance ||
            input == cw::ReviewInput::AuditResults || input == cw::ReviewInput::Nonconformities ||
            input == cw::ReviewInput::Improvement);
        r.refill->setObjectName(QStringLiteral("refill_") + QString::fromUtf8(cw::toString(input).data()));
        inputs->addWidget(r.label, row, 0, Qt::AlignTop);
        inputs->addWidget(r.text, row, 1);
        inputs->addWidget(r.refill, row, 2, Qt::AlignTop);
        CommittingTextEdit* text = r.text;
        connect(text, &CommittingTextEdit::editingFinished, this,
                [this, input, text] { setInput(input, text->toPlainText()); });
        connect(r.refill, &QPushButton::clicked, this, [this, input] {
            commitPending();
            ReviewEdits::refillInput(m_session, m_reviewId, input);
        });
        m_inputs[input] = r;
        ++row;
    }

    m_outputTable->setModel(m_outputs);
    m_outputTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outputTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outputTable->verticalHeader()->hide();
    m_outputTable->setAlternatingRowColors(true);
    m_outputTable->setMinimumHeight(200);
    m_outputTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_outputTable->horizontalHeader()->setSectionResizeMode(ReviewOutputModel::TextColumn,
                                                            QHeaderView::Stretch);
    m_outputTable->setItemDelegateForColumn(
        ReviewOutputModel::KindColumn,
        new ChoiceDelegate(
            [] {
                return ChoiceDelegate::Choices{
                    {AuditNames::outputKind(cw::OutputKind::Decision), QStringLiteral("decision")},
                    {AuditNames::outputKind(cw::OutputKind::Action), QStringLiteral("action")}};
            },
            this));
    m_outputTable->setItemDelegateForColumn(
        ReviewOutputModel::StateColumn,
        new ChoiceDelegate(
            [] {
                ChoiceDelegate::Choices c;
                for (const auto s :
                     {cw::OutputState::Open, cw::OutputState::Done, cw::OutputState::Cancelled})
                    c.emplace_back(AuditNames::outputState(s), QString::fromUtf8(cw::toString(s).data()));
                return c;
            },
            this));
    auto* outputBar = new QHBoxLayout;
    outputBar->addWidget(m_outputsTitle, 1);
    outputBar->addWidget(m_addDecision);
    outputBar->addWidget(m_addAction);
    outputBar->addWidget(m_removeOutput);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(form);
    bodyLayout->addSpacing(8);
    bodyLayout->addWidget(m_inputsTitle);
    bodyLayout->addWidget(m_inputsHint);
    bodyLayout->addLayout(inputs);
    bodyLayout->addSpacing(8);
    bodyLayout->addLayout(outputBar);
    bodyLayout->addWidget(m_outputTable);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);

    connect(m_reviews, &QComboBox::activated, this,
            [this](int index) { selectReview(m_reviews->itemData(index).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &ReviewPanel::newReview);
    connect(m_addDecision, &QPushButton::clicked, this, [this] { addOutput(cw::OutputKind::Decision); });
    connect(m_addAction, &QPushButton::clicked, this, [this] { addOutput(cw::OutputKind::Action); });
    connect(m_removeOutput, &QPushButton::clicked, this, [this] {
        if (const cw::ReviewOutput* o = m_outputs->output(m_outputTable->currentIndex().row()))
            ReviewEdits::deleteOutput(m_session, o->id);
    });
    retranslateUi();
}

void ReviewPanel::retranslateUi()
{
    m_reviewLabel->setText(tr("Management &review:"));
    m_new->setText(tr("New review"));
    m_empty->setText(tr("No management review yet. New review records one dated today, its inputs pre-filled "
                        "from the audits, findings and gap analyses of this workspace."));
    for (auto& [field, label] : m_labels)
        label->setText(ReviewEdits::fieldName(field) + QLatin1Char(':'));
    m_lines[cw::ReviewField::HeldOn]->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_inputsTitle->setText(tr("Inputs (clause 9.3)"));
    m_inputsHint->setText(
        tr("Pre-filled from this workspace's data as of the review date when the review was "
           "created; edit them freely. “Fill from data” writes the figures again."));
    for (auto& [input, r] : m_inputs) {
        r.label->setText(AuditNames::reviewInput(input));
        r.refill->setText(tr("Fill from data"));
    }
    m_outputsTitle->setText(tr("Outputs: decisions and actions"));
    m_addDecision->setText(tr("Add decision"));
    m_addAction->setText(tr("Add action"));
    m_removeOutput->setText(tr("Remove"));
    m_outputs->languageChanged();
    reload();
}

void ReviewPanel::reload()
{
    std::vector<cw::ManagementReview> list;
    std::vector<cw::ReviewOutput> outputs;
    std::string today;
    m_review.reset();
    if (m_session.isOpen())
        m_session.run([&](cw::Workspace& ws) {
            list = cw::listReviews(ws);
            today = cw::formatDate(ws.clock().today());
        });
    bool found = false;
    for (const auto& r : list)
        if (r.id == m_reviewId) {
            found = true;
            m_review = r;
        }
    if (!found && !list.empty()) {
        m_review = list.back(); // the latest
        m_reviewId = m_review->id;
    } else if (!found) {
        m_reviewId = 0;
    }
    {
        const QSignalBlocker block(m_reviews);
        m_reviews->clear();
        for (const auto& r : list)
            m_reviews->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(r.title),
                                                             QString::fromStdString(r.heldOn)),
                               QVariant::fromValue<qlonglong>(r.id));
        m_reviews->setCurrentIndex(m_reviews->findData(QVariant::fromValue<qlonglong>(m_reviewId)));
    }
    const bool edit = m_session.isOpen() && !m_session.isReadOnly();
    m_reviews->setEnabled(!list.empty());
    m_new->setEnabled(edit);
    m_body->setVisible(m_review.has_value());
    m_empty->setVisible(m_session.isOpen() && !m_review);
    if (!m_review) {
        m_outputs->setOutputs({}, today, false);
        return;
    }
    m_session.run([&](cw::Workspace& ws) { outputs = cw::listReviewOutputs(ws, m_reviewId); });
    for (auto& [field, line] : m_lines) {
        const std::string v = cw::reviewField(*m_review, field);
        const QString text = field == cw::ReviewField::Attendees ? names(v) : QString::fromStdString(v);
        if (line->text() != text && !(line->hasFocus() && line->isModified()))
            line->setText(text);
        line->setReadOnly(!edit);
    }
    if (!(m_conclusions->hasFocus() && m_conclusions->isEdited()))
        m_conclusions->setTextQuietly(QString::fromStdString(m_review->conclusions));
    m_conclusions->setReadOnly(!edit);
    for (auto& [input, r] : m_inputs) {
        const auto it = m_review->inputs.find(input);
        if (!(r.text->hasFocus() && r.text->isEdited()))
            r.text->setTextQuietly(it == m_review->inputs.end() ? QString()
                                                                : QString::fromStdString(it->second));
        r.text->setReadOnly(!edit);
        r.refill->setEnabled(edit);
    }
    m_outputs->setOutputs(std::move(outputs), today, edit);
    m_addDecision->setEnabled(edit);
    m_addAction->setEnabled(edit);
    m_removeOutput->setEnabled(edit);
}

void ReviewPanel::commitPending()
{
    for (auto& [input, r] : m_inputs)
        if (r.text->isEdited())
            setInput(input, r.text->toPlainText());
    if (m_conclusions->isEdited())
        ReviewEdits::setField(m_session, m_reviewId, cw::ReviewField::Conclusions,
                              m_conclusions->toPlainText());
    for (auto& [field, line] : m_lines)
        if (line->isModified())
            Q_EMIT line->editingFinished();
}

void ReviewPanel::selectReview(std::int64_t id)
{
    if (id == m_reviewId)
        return;
    commitPending();
    m_reviewId = id;
    reload();
}

bool ReviewPanel::newReview()
{
    commitPending();
    cw::NewReview init;
    init.title = tr("Management review").toStdString();
    std::int64_t id = 0;
    if (!ReviewEdits::create(m_session, init, &id))
        return false;
    selectReview(id);
    return true;
}

bool ReviewPanel::setInput(cw::ReviewInput input, const QString& text)
{
    if (m_reviewId == 0)
        return false;
    return ReviewEdits::setInput(m_session, m_reviewId, input, text);
}

void ReviewPanel::addOutput(cw::OutputKind kind)
{
    cw::ReviewOutput o;
    o.kind = kind;
    o.text = (kind == cw::OutputKind::Decision ? tr("New decision") : tr("New action")).toStdString();
    if (ReviewEdits::addOutput(m_session, m_reviewId, o)) {
        const QModelIndex index = m_outputs->index(m_outputs->rowCount() - 1, ReviewOutputModel::TextColumn);
        m_outputTable->setCurrentIndex(index);
        m_outputTable->edit(index);
    }
}

} // namespace cw::ui
