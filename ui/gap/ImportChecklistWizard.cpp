#include "gap/ImportChecklistWizard.h"

#include "gap/GapNames.h"
#include "shell/WorkspaceSession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <functional>
#include <set>

namespace cw::ui {

namespace {

/// A page whose Next/Finish follows a condition.
class ConditionPage : public QWizardPage {
public:
    explicit ConditionPage(std::function<bool()> complete, QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {}
    [[nodiscard]] bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

const std::vector<cw::ChecklistField>& allFields()
{
    static const std::vector<cw::ChecklistField> fields{
        cw::ChecklistField::Ref,   cw::ChecklistField::Status,         cw::ChecklistField::Maturity,
        cw::ChecklistField::Notes, cw::ChecklistField::Interviewed,    cw::ChecklistField::Evidence,
        cw::ChecklistField::Gap,   cw::ChecklistField::Recommendation, cw::ChecklistField::Justification};
    return fields;
}

const std::vector<cw::AssessmentStatus>& allStatuses()
{
    static const std::vector<cw::AssessmentStatus> statuses{
        cw::AssessmentStatus::NotAssessed, cw::AssessmentStatus::Nonconformant, cw::AssessmentStatus::Partial,
        cw::AssessmentStatus::Conformant, cw::AssessmentStatus::NotApplicable};
    return statuses;
}

QString shortened(const std::string& text, int length = 40)
{
    QString s = QString::fromStdString(text).simplified();
    if (s.size() > length)
        s = s.left(length - 1) + QChar(0x2026);
    return s;
}

} // namespace

ImportChecklistWizard::ImportChecklistWizard(WorkspaceSession& session, std::int64_t assessmentId,
                                             std::vector<std::pair<std::string, QString>> catalogs,
                                             QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_assessmentId(assessmentId)
    , m_catalogs(std::move(catalogs))
{
    setObjectName(QStringLiteral("importChecklistWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(PreviewPage, buildPreviewPage());
    resize(860, 620);
    retranslateUi();
}

QString ImportChecklistWizard::fieldName(std::optional<cw::ChecklistField> field)
{
    if (!field)
        return tr("(ignore)");
    switch (*field) {
    case cw::ChecklistField::Ref:
        return tr("Clause reference");
    case cw::ChecklistField::Status:
        return tr("Status");
    case cw::ChecklistField::Maturity:
        return tr("Maturity (0–5)");
    case cw::ChecklistField::Notes:
        return tr("Findings / notes");
    case cw::ChecklistField::Interviewed:
        return tr("People interviewed");
    case cw::ChecklistField::Evidence:
        return tr("Evidence seen");
    case cw::ChecklistField::Gap:
        return tr("Gap");
    case cw::ChecklistField::Recommendation:
        return tr("Recommended action");
    case cw::ChecklistField::Justification:
        return tr("N/A justification");
    }
    return {};
}

QWizardPage* ImportChecklistWizard::buildFilePage()
{
    auto* page = new ConditionPage([this] { return !m_file->text().trimmed().isEmpty(); }, this);
    page->setObjectName(QStringLiteral("importFilePage"));
    auto* form = new QFormLayout(page);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* browseButton = new QPushButton(page);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browseButton);
    m_sheetName = new QComboBox(page);
    m_sheetName->setObjectName(QStringLiteral("importSheet"));
    m_sheetName->setEnabled(false);
    m_fileError = new QLabel(page);
    m_fileError->setObjectName(QStringLiteral("importFileError"));
    m_fileError->setWordWrap(true);
    QPalette pal = m_fileError->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_fileError->setPalette(pal);
    form->addRow(new QLabel(page), row); // labels set in retranslateUi()
    form->addRow(new QLabel(page), m_sheetName);
    form->addRow(m_fileError);
    connect(m_file, &QLineEdit::textChanged, page, [this, page] {
        m_fileError->clear();
        page->changed();
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportChecklistWizard::loadSheetNames);
    connect(browseButton, &QPushButton::clicked, this, &ImportChecklistWizard::browse);
    return page;
}

QWizardPage* ImportChecklistWizard::buildMappingPage()
{
    auto* page = new ConditionPage(
        [this] {
            const auto m = mapping();
            return m.columnOf(cw::ChecklistField::Ref).has_value();
        },
        this);
    page->setObjectName(QStringLiteral("importMappingPage"));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_header = new QComboBox(page);
    m_header->setObjectName(QStringLiteral("importHeaderRow"));
    m_catalog = new QComboBox(page);
    m_catalog->setObjectName(QStringLiteral("importCatalog"));
    for (const auto& [id, title] : m_catalogs)
        m_catalog->addItem(title, QString::fromStdString(id));
    form->addRow(new QLabel(page), m_header);
    form->addRow(new QLabel(page), m_catalog);
    layout->addLayout(form);
    m_columns = new QTableWidget(page);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setColumnCount(4);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_vocabulary = new QTableWidget(page);
    m_vocabulary->setObjectName(QStringLiteral("importVocabulary"));
    m_vocabulary->setColumnCount(2);
    m_vocabulary->verticalHeader()->hide();
    m_vocabulary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vocabulary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_vocabulary->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* columnsTitle = new QLabel(page);
    columnsTitle->setObjectName(QStringLiteral("importColumnsTitle"));
    auto* vocabularyTitle = new QLabel(page);
    vocabularyTitle->setObjectName(QStringLiteral("importVocabularyTitle"));
    layout->addWidget(columnsTitle);
    layout->addWidget(m_columns, 3);
    layout->addWidget(vocabularyTitle);
    layout->addWidget(m_vocabulary, 2);
    connect(m_header, &QComboBox::activated, this, [this, page] {
        fillColumns();
        fillVocabulary();
        page->changed();
    });
    return page;
}

QWizardPage* ImportChecklistWizard::buildPreviewPage()
{
    auto* page = new ConditionPage([this] { return m_preview.ok() && !m_preview.rows.empty(); }, this);
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_previewTable = new QTableWidget(page);
    m_previewTable->setObjectName(QStringLiteral("importPreview"));
    m_previewTable->setColumnCount(5);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_problems = new QLabel(page);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(pal);
    layout->addWidget(m_summary);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_problems);
    return page;
}

void ImportChecklistWizard::retranslateUi()
{
    setWindowTitle(tr("Import Checklist"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    QWizardPage* file = page(FilePage);
    file->setTitle(tr("Choose the checklist"));
    file->setSubTitle(tr("A CSV file or an Excel workbook (.xlsx) with one requirement per row."));
    auto* form = static_cast<QFormLayout*>(file->layout());
    static_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("&File:"));
    static_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget())->setBuddy(m_file);
    static_cast<QLabel*>(form->itemAt(1, QFormLayout::LabelRole)->widget())->setText(tr("&Worksheet:"));
    static_cast<QLabel*>(form->itemAt(1, QFormLayout::LabelRole)->widget())->setBuddy(m_sheetName);
    file->findChild<QPushButton*>(QStringLiteral("importBrowse"))->setText(tr("&Browse…"));

    QWizardPage* mappingPage = page(MappingPage);
    mappingPage->setTitle(tr("Map the columns"));
    mappingPage->setSubTitle(tr("Say which column holds what. The guesses come from the column headings; "
                                "a clause reference column is required."));
    auto* mform = static_cast<QFormLayout*>(mappingPage->layout()->itemAt(0)->layout());
    static_cast<QLabel*>(mform->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("&Header row:"));
    static_cast<QLabel*>(mform->itemAt(0, QFormLayout::LabelRole)->widget())->setBuddy(m_header);
    static_cast<QLabel*>(mform->itemAt(1, QFormLayout::LabelRole)->widget())->setText(tr("&Clauses of:"));
    static_cast<QLabel*>(mform->itemAt(1, QFormLayout::LabelRole)->widget())->setBuddy(m_catalog);
    mappingPage->findChild<QLabel*>(QStringLiteral("importColumnsTitle"))->setText(tr("Columns"));
    mappingPage->findChild<QLabel*>(QStringLiteral("importVocabularyTitle"))
        ->setText(tr("Status words found in the status column"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Heading"), tr("First value"), tr("Our field")});
    m_vocabulary->setHorizontalHeaderLabels({tr("Word in the sheet"), tr("Status")});

    QWizardPage* previewPage = page(PreviewPage);
    previewPage->setTitle(tr("Preview"));
    previewPage->setSubTitle(tr("What will be recorded. All rows are imported as one step, or none: "
                                "fix every problem first (go back to change the mapping)."));
    m_previewTable->setHorizontalHeaderLabels(
        {tr("Row"), tr("Clause"), tr("Status"), tr("Findings"), tr("Problem")});
}

void ImportChecklistWizard::setFile(const QString& path)
{
    m_file->setText(path);
    loadSheetNames();
}

void ImportChecklistWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Checklist"), m_file->text(),
                                                      tr("Checklists (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportChecklistWizard::loadSheetNames()
{
    m_sheetName->clear();
    m_sheetName->setEnabled(false);
    const QString path = m_file->text().trimmed();
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) || !QFileInfo(path).isFile())
        return;
    try {
        const cw::Sheet sheet = cw::readSheetFile(path.toStdString());
        for (const auto& name : sheet.sheetNames)
            m_sheetName->addItem(QString::fromStdString(name));
        m_sheetName->setEnabled(m_sheetName->count() > 1);
    } catch (const std::exception&) {
        // Reported when the page is validated.
    }
}

bool ImportChecklistWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        const QString path = m_file->text().trimmed();
        try {
            m_sheet = cw::readSheetFile(path.toStdString(), m_sheetName->currentText().toStdString());
        } catch (const std::exception& e) {
            m_fileError->setText(tr("Cannot read %1: %2").arg(path, QString::fromUtf8(e.what())));
            return false;
        }
        if (m_sheet.rows.empty()) {
            m_fileError->setText(tr("%1 holds no rows.").arg(path));
            return false;
        }
        m_fileError->clear();
        fillMapping(cw::detectChecklistMapping(m_sheet));
    }
    return QWizard::validateCurrentPage();
}

void ImportChecklistWizard::initializePage(int id)
{
    if (id == PreviewPage)
        computePreview();
    QWizard::initializePage(id);
}

std::optional<std::size_t> ImportChecklistWizard::headerRow() const
{
    const QVariant v = m_header->currentData();
    if (!v.isValid() || v.toLongLong() < 0)
        return std::nullopt;
    return static_cast<std::size_t>(v.toLongLong());
}

void ImportChecklistWizard::fillMapping(const cw::ChecklistMapping& mapping)
{
    m_header->clear();
    m_header->addItem(tr("None (data from the first row)"), QVariant::fromValue<qlonglong>(-1));
    for (std::size_t i = 0; i < m_sheet.rows.size() && i < 12; ++i) {
        QStringList cells;
        for (const auto& c : m_sheet.rows[i].cells)
            if (cells.size() < 4)
                cells << shortened(c.text, 16);
        m_header->addItem(tr("Row %1: %2").arg(m_sheet.rows[i].line).arg(cells.join(QStringLiteral(" | "))),
                          QVariant::fromValue<qlonglong>(static_cast<qlonglong>(i)));
    }
    m_header->setCurrentIndex(mapping.headerRow ? static_cast<int>(*mapping.headerRow) + 1 : 0);
    if (!mapping.catalogId.empty())
        m_catalog->setCurrentIndex(
            std::max(0, m_catalog->findData(QString::fromStdString(mapping.catalogId))));
    fillColumns();
    for (const auto& [column, field] : mapping.columns)
        setColumnField(column, field);
    fillVocabulary();
}

void ImportChecklistWizard::fillColumns()
{
    // Keep the fields chosen so far.
    std::map<std::size_t, int> chosen;
    for (int r = 0; r < m_columns->rowCount() && r < static_cast<int>(m_shownColumns.size()); ++r)
        if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(r, 3)))
            chosen[m_shownColumns[static_cast<std::size_t>(r)]] = combo->currentIndex();
    const auto header = headerRow();
    // One line per column that holds text (rows are sparse: a stray cell may sit at column XFD).
    m_shownColumns = cw::usedColumns(m_sheet);
    m_columns->setRowCount(0); // the combo boxes belong to columns, which may have moved
    m_columns->setRowCount(static_cast<int>(m_shownColumns.size()));
    for (std::size_t line = 0; line < m_shownColumns.size(); ++line) {
        const std::size_t c = m_shownColumns[line];
        const int r = static_cast<int>(line);
        m_columns->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(cw::columnLetters(c))));
        m_columns->setItem(
            r, 1, new QTableWidgetItem(header ? shortened(m_sheet.rows[*header].cell(c)) : QString()));
        QString first;
        for (std::size_t i = header ? *header + 1 : 0; i < m_sheet.rows.size() && first.isEmpty(); ++i)
            first = shortened(m_sheet.rows[i].cell(c));
        m_columns->setItem(r, 2, new QTableWidgetItem(first));
        auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(r, 3));
        if (!combo) {
            combo = new QComboBox(m_columns);
            combo->setObjectName(
                QStringLiteral("importField%1").arg(QString::fromStdString(cw::columnLetters(c))));
            combo->addItem(fieldName(std::nullopt), -1);
            for (const auto f : allFields())
                combo->addItem(fieldName(f), static_cast<int>(f));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
                // One column per field: the field chosen here leaves any other column.
                const int field = combo->currentData().toInt();
                if (field >= 0)
                    for (int other = 0; other < m_columns->rowCount(); ++other)
                        if (auto* o = qobject_cast<QComboBox*>(m_columns->cellWidget(other, 3));
                            o && o != combo && o->currentData().toInt() == field)
                            o->setCurrentIndex(0);
                if (field == static_cast<int>(cw::ChecklistField::Status) || field < 0)
                    fillVocabulary();
                static_cast<ConditionPage*>(page(MappingPage))->changed();
            });
            m_columns->setCellWidget(r, 3, combo);
        }
        if (const auto it = chosen.find(c); it != chosen.end()) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(it->second);
        }
    }
}

void ImportChecklistWizard::setColumnField(std::size_t column, std::optional<cw::ChecklistField> field)
{
    const auto shown = std::find(m_shownColumns.begin(), m_shownColumns.end(), column);
    if (shown == m_shownColumns.end())
        return;
    auto* combo =
        qobject_cast<QComboBox*>(m_columns->cellWidget(static_cast<int>(shown - m_shownColumns.begin()), 3));
    if (!combo)
        return;
    combo->setCurrentIndex(std::max(0, combo->findData(field ? static_cast<int>(*field) : -1)));
}

void ImportChecklistWizard::fillVocabulary()
{
    // Keep the meanings chosen so far.
    std::map<QString, int> chosen;
    for (int r = 0; r < m_vocabulary->rowCount(); ++r)
        if (auto* combo = qobject_cast<QComboBox*>(m_vocabulary->cellWidget(r, 1)))
            chosen[m_vocabulary->item(r, 0)->text()] = combo->currentIndex();
    m_words.clear();
    m_vocabulary->setRowCount(0);
    const cw::ChecklistMapping m = mapping();
    const auto column = m.columnOf(cw::ChecklistField::Status);
    if (!column)
        return;
    cw::ChecklistMapping builtIn; // the built-in words only, to show what is recognised
    std::set<QString> seen;
    for (std::size_t i = m.headerRow ? *m.headerRow + 1 : 0; i < m_sheet.rows.size(); ++i) {
        const QString word = QString::fromStdString(m_sheet.rows[i].cell(*column)).trimmed();
        if (word.isEmpty() || !seen.insert(word).second)
            continue;
        m_words.emplace_back(word, cw::statusFromWord(word.toStdString(), builtIn));
    }
    m_vocabulary->setRowCount(static_cast<int>(m_words.size()));
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const int r = static_cast<int>(i);
        m_vocabulary->setItem(r, 0, new QTableWidgetItem(m_words[i].first));
        auto* combo = new QComboBox(m_vocabulary);
        combo->addItem(tr("(not recognised)"), -1);
        for (const auto s : allStatuses())
            combo->addItem(GapNames::statusDot(s), GapNames::status(s), static_cast<int>(s));
        const auto known = m_words[i].second;
        combo->setCurrentIndex(known ? combo->findData(static_cast<int>(*known)) : 0);
        if (const auto it = chosen.find(m_words[i].first); it != chosen.end())
            combo->setCurrentIndex(it->second);
        m_vocabulary->setCellWidget(r, 1, combo);
    }
}

void ImportChecklistWizard::setStatusWord(const QString& word, cw::AssessmentStatus status)
{
    for (int r = 0; r < m_vocabulary->rowCount(); ++r)
        if (m_vocabulary->item(r, 0)->text() == word)
            if (auto* combo = qobject_cast<QComboBox*>(m_vocabulary->cellWidget(r, 1)))
                combo->setCurrentIndex(combo->findData(static_cast<int>(status)));
}

cw::ChecklistMapping ImportChecklistWizard::mapping() const
{
    cw::ChecklistMapping m;
    m.headerRow = headerRow();
    for (int r = 0; r < m_columns->rowCount() && r < static_cast<int>(m_shownColumns.size()); ++r)
        if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(r, 3));
            combo && combo->currentData().toInt() >= 0)
            m.columns[m_shownColumns[static_cast<std::size_t>(r)]] =
                static_cast<cw::ChecklistField>(combo->currentData().toInt());
    for (int r = 0; r < m_vocabulary->rowCount(); ++r)
        if (auto* combo = qobject_cast<QComboBox*>(m_vocabulary->cellWidget(r, 1));
            combo && combo->currentData().toInt() >= 0)
            m.statusWords.emplace_back(m_vocabulary->item(r, 0)->text().toStdString(),
                                       static_cast<cw::AssessmentStatus>(combo->currentData().toInt()));
    m.catalogId = m_catalog->currentData().toString().toStdString();
    return m;
}

void ImportChecklistWizard::computePreview()
{
    m_preview = {};
    const cw::ChecklistMapping m = mapping();
    m_session.run(
        [&](cw::Workspace& ws) { m_preview = cw::previewChecklist(ws, m_assessmentId, m_sheet, m); });
    m_previewTable->setRowCount(static_cast<int>(m_preview.rows.size()));
    QStringList bad;
    int replaces = 0;
    for (std::size_t i = 0; i < m_preview.rows.size(); ++i) {
        const cw::PreviewRow& row = m_preview.rows[i];
        const int r = static_cast<int>(i);
        QStringList problems;
        for (const auto& p : row.problems)
            problems << QString::fromStdString(p.column.empty() ? p.problem : p.column + ": " + p.problem);
        if (!problems.isEmpty())
            bad << QString::number(row.line);
        replaces += row.replaces && problems.isEmpty() ? 1 : 0;
        auto* line = new QTableWidgetItem(QString::number(row.line));
        auto* status =
            new QTableWidgetItem(GapNames::statusDot(row.result.status), GapNames::status(row.result.status));
        auto* problem = new QTableWidgetItem(problems.isEmpty()
                                                 ? (row.replaces ? tr("changes what is recorded") : QString())
                                                 : problems.join(QStringLiteral("; ")));
        if (!problems.isEmpty()) {
            problem->setForeground(QColor(0xc6, 0x28, 0x28));
            line->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        m_previewTable->setItem(r, 0, line);
        m_previewTable->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(row.result.key.ref)));
        m_previewTable->setItem(r, 2, status);
        m_previewTable->setItem(r, 3, new QTableWidgetItem(shortened(row.result.notes, 60)));
        m_previewTable->setItem(r, 4, problem);
    }
    QStringList lines;
    for (const auto& p : m_preview.problems)
        lines << QString::fromStdString(p.text());
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    if (m_preview.rows.empty() && m_preview.ok())
        m_summary->setText(tr("No row of the sheet holds a clause reference: nothing to import."));
    else if (m_preview.ok())
        m_summary->setText(tr("Requirements to record: %1, of which %2 change a recorded result. Heading or "
                              "empty rows skipped: %3.")
                               .arg(m_preview.rows.size())
                               .arg(replaces)
                               .arg(m_preview.skippedLines.size()));
    else
        m_summary->setText(tr("Problems that stop the import: %1 (rows: %2). Nothing will be imported until "
                              "they are fixed in the sheet or the mapping.")
                               .arg(m_preview.problems.size())
                               .arg(bad.isEmpty() ? tr("the mapping") : bad.join(QStringLiteral(", "))));
    static_cast<ConditionPage*>(page(PreviewPage))->changed();
}

} // namespace cw::ui
