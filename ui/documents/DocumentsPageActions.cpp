// The editing actions of the Documents page: each turns a request into one undoable step.
#include "documents/DocumentsPage.h"

#include "catalog/CatalogStore.h"
#include "common/Paths.h"
#include "documents/Attachments.h"
#include "documents/AttachmentsPanel.h"
#include "documents/ClauseListText.h"
#include "documents/DocumentCommand.h"
#include "documents/DocumentNames.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentTreeModel.h"
#include "documents/FolderDialog.h"
#include "documents/NewDocumentDialog.h"
#include "documents/RecordEntries.h"
#include "documents/RecordEntryDialog.h"
#include "documents/StarterSet.h"
#include "documents/TransitionDialog.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

namespace cw::ui {

namespace {
QString fieldName(cw::DocumentField f)
{
    switch (f) {
    case cw::DocumentField::Code:
        return DocumentsPage::tr("Code");
    case cw::DocumentField::Title:
        return DocumentsPage::tr("Title");
    case cw::DocumentField::Level:
        return DocumentsPage::tr("Level");
    case cw::DocumentField::Type:
        return DocumentsPage::tr("Type");
    case cw::DocumentField::Parent:
        return DocumentsPage::tr("Parent");
    case cw::DocumentField::Owner:
        return DocumentsPage::tr("Owner");
    case cw::DocumentField::Approver:
        return DocumentsPage::tr("Approver");
    case cw::DocumentField::ReviewMonths:
        return DocumentsPage::tr("Review Interval");
    case cw::DocumentField::NextReview:
        return DocumentsPage::tr("Next Review");
    case cw::DocumentField::RetentionMonths:
        return DocumentsPage::tr("Retention");
    }
    return {};
}
} // namespace

bool DocumentsPage::push(DocumentCommand* command)
{
    // Run first, stack after: a refused step leaves the undo history (and its redo steps) alone.
    std::unique_ptr<DocumentCommand> owned(command);
    if (!owned->execute())
        return false;
    m_session.undoStack()->push(owned.release());
    return true;
}

bool DocumentsPage::snapshotStep(std::int64_t id, bool withContent,
                                 const std::function<void(cw::Workspace&)>& action, const QString& text)
{
    if (!editable() || id == 0)
        return false;
    return push(DocumentCommand::snapshotEdit(
        m_session, id, withContent ? cw::WithContent::Yes : cw::WithContent::No, action, text));
}

QString DocumentsPage::today()
{
    QString day;
    m_session.run(
        [&](cw::Workspace& ws) { day = QString::fromStdString(cw::formatDate(ws.clock().today())); });
    return day;
}

bool DocumentsPage::editField(cw::DocumentField field, const QString& value)
{
    if (!editable() || m_currentId == 0)
        return false;
    const std::int64_t id = m_currentId;
    std::string before;
    if (!m_session.run(
            [&](cw::Workspace& ws) { before = cw::documentField(ws, cw::loadDocument(ws, id), field); }))
        return false;
    const std::string after = value.trimmed().toStdString();
    if (after == before)
        return false;
    const bool done = push(DocumentCommand::fieldEdit(
        m_session, id, field, before, after, tr("Edit %1 of %2").arg(fieldName(field), currentCode())));
    if (!done)
        showCurrent(); // the stored value again
    return done;
}

bool DocumentsPage::editClauses(const QString& text)
{
    if (!editable() || m_currentId == 0)
        return false;
    const std::int64_t id = m_currentId;
    std::vector<cw::ClauseLink> before;
    if (!m_session.run([&](cw::Workspace& ws) { before = cw::loadDocument(ws, id).clauses; }))
        return false;
    std::vector<cw::ClauseLink> after = ClauseListText::parse(text, m_mainCatalog);
    std::vector<cw::ClauseLink> sortedAfter = after;
    std::sort(sortedAfter.begin(), sortedAfter.end());
    std::vector<cw::ClauseLink> sortedBefore = before;
    std::sort(sortedBefore.begin(), sortedBefore.end());
    if (sortedAfter == sortedBefore) {
        showCurrent();
        return false;
    }
    const bool done = push(DocumentCommand::clausesEdit(m_session, id, std::move(before), std::move(after),
                                                        tr("Edit Clauses of %1").arg(currentCode())));
    if (!done)
        showCurrent();
    return done;
}

void DocumentsPage::requestTransition(cw::DocumentStatus to)
{
    if (!editable() || !m_currentRow)
        return;
    TransitionDialog dialog(currentCode() + QStringLiteral(" ") + QString::fromStdString(m_currentRow->title),
                            m_currentRow->status, to, today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (changeStatus(to, dialog.comment(), dialog.effectiveDate()))
            return;
    }
}

bool DocumentsPage::changeStatus(cw::DocumentStatus to, const QString& comment, const QString& effectiveDate)
{
    if (!editable() || !m_currentRow)
        return false;
    const std::int64_t id = m_currentId;
    const std::string c = comment.trimmed().toStdString();
    const std::string e = effectiveDate.trimmed().toStdString();
    return snapshotStep(
        id, false, [=](cw::Workspace& ws) { cw::changeDocumentStatus(ws, id, to, c, e); },
        tr("%1: %2").arg(DocumentNames::transitionVerb(m_currentRow->status, to), currentCode()));
}

void DocumentsPage::requestNewVersion(cw::VersionStep step)
{
    if (!editable() || !m_currentRow)
        return;
    bool ok = false;
    const QString summary = QInputDialog::getMultiLineText(
        this, step == cw::VersionStep::Major ? tr("New Major Version") : tr("New Minor Version"),
        tr("What changes in the new version of %1?").arg(currentCode()), QString(), &ok);
    if (ok)
        startNewVersion(step, summary);
}

bool DocumentsPage::startNewVersion(cw::VersionStep step, const QString& changeSummary)
{
    const std::int64_t id = m_currentId;
    const std::string summary = changeSummary.trimmed().toStdString();
    return snapshotStep(
        id, false, [=](cw::Workspace& ws) { (void)cw::startNewVersion(ws, id, step, summary); },
        (step == cw::VersionStep::Major ? tr("New Major Version of %1") : tr("New Minor Version of %1"))
            .arg(currentCode()));
}

void DocumentsPage::requestSummaryEdit(std::int64_t versionId, const QString& current)
{
    bool ok = false;
    const QString summary = QInputDialog::getMultiLineText(
        this, tr("Edit Change Summary"), tr("Change summary of %1:").arg(currentCode()), current, &ok);
    if (ok && summary.trimmed() != current.trimmed())
        editChangeSummary(versionId, summary);
}

bool DocumentsPage::editChangeSummary(std::int64_t versionId, const QString& changeSummary)
{
    const std::string summary = changeSummary.trimmed().toStdString();
    return snapshotStep(
        m_currentId, false, [=](cw::Workspace& ws) { cw::setChangeSummary(ws, versionId, summary); },
        tr("Edit Change Summary of %1").arg(currentCode()));
}

void DocumentsPage::newDocument()
{
    if (!editable())
        return;
    NewDocumentDialog dialog(currentCode(), m_currentRow ? m_currentRow->level : 0, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (createDocument(dialog.document(), dialog.parentCode()))
            return;
    }
}

std::optional<std::int64_t> DocumentsPage::createDocument(cw::Document doc, const QString& parentCode)
{
    if (!editable())
        return std::nullopt;
    if (!parentCode.trimmed().isEmpty()) {
        std::optional<std::int64_t> parent;
        if (!m_session.run([&](cw::Workspace& ws) {
                parent = cw::findDocument(ws, parentCode.trimmed().toStdString());
            }))
            return std::nullopt;
        if (!parent) {
            MessageBoxes::critical(
                this, tr("Document Not Created"),
                tr("Derives from: there is no document with the code '%1'.").arg(parentCode.trimmed()));
            return std::nullopt;
        }
        doc.parentId = parent;
    }
    auto id = std::make_shared<std::int64_t>(0);
    const QString code = QString::fromStdString(doc.code);
    if (!push(DocumentCommand::create(m_session, std::move(doc), id, tr("New Document %1").arg(code))))
        return std::nullopt;
    m_search->clear();
    m_views->setCurrentIndex(0);
    selectDocument(*id);
    return *id;
}

bool DocumentsPage::deleteCurrent()
{
    if (!editable() || !m_currentRow)
        return false;
    if (m_currentRow->childCount > 0) {
        MessageBoxes::critical(
            this, tr("Document Not Deleted"),
            tr("%1 cannot be deleted: %2 documents derive from it. Delete them or link them to another "
               "document first.")
                .arg(currentCode())
                .arg(m_currentRow->childCount));
        return false;
    }
    const auto answer = MessageBoxes::warning(
        this, tr("Delete Document"),
        tr("Delete %1 “%2” with all its versions, status history, clause links, attachments and record "
           "entries?\n\n"
           "Edit ▸ Undo puts it back completely, files included, for as long as this workspace stays open.")
            .arg(currentCode(), QString::fromStdString(m_currentRow->title)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return false;
    return push(DocumentCommand::remove(m_session, m_currentId, tr("Delete %1").arg(currentCode())));
}

void DocumentsPage::requestAttach()
{
    const QString file = FileDialogs::getOpenFileName(this, tr("Attach File"), tr("All files (*)"));
    if (!file.isEmpty())
        attachFiles({file});
}

bool DocumentsPage::attachFiles(const QStringList& files)
{
    if (!editable() || !m_currentRow || files.isEmpty())
        return false;
    const std::int64_t id = m_currentId;
    std::vector<std::filesystem::path> paths;
    QStringList names;
    for (const QString& f : files) {
        paths.push_back(toPath(f));
        names << QFileInfo(f).fileName();
    }
    // All files in one step: one transaction, so a refused file adds none of them.
    return snapshotStep(
        id, false,
        [=](cw::Workspace& ws) {
            ws.write("Attach files", [&](cw::WriteContext&) {
                const std::int64_t version = cw::currentDocumentVersion(ws, id).id;
                for (const auto& p : paths)
                    (void)cw::attachFile(ws, version, p);
            });
        },
        tr("Attach %1 to %2").arg(names.join(QStringLiteral(", ")), currentCode()));
}

bool DocumentsPage::removeAttachment(std::int64_t attachmentId)
{
    if (!editable() || !m_currentRow)
        return false;
    cw::AttachmentInfo info;
    if (!m_session.run([&](cw::Workspace& ws) { info = cw::loadAttachment(ws, attachmentId); }))
        return false;
    return snapshotStep(
        m_currentId, true, [=](cw::Workspace& ws) { cw::removeAttachment(ws, attachmentId); },
        tr("Remove %1 from %2").arg(QString::fromStdString(info.fileName), currentCode()));
}

void DocumentsPage::requestExport(std::int64_t attachmentId)
{
    const QString folder = FolderDialog::getExistingDirectory(this, tr("Export File to Folder"));
    if (folder.isEmpty())
        return;
    const QString written = exportAttachment(attachmentId, folder);
    if (!written.isEmpty())
        MessageBoxes::show(this, QMessageBox::Information, tr("File Exported"),
                           tr("Written to %1, checked against its SHA-256.").arg(written), QMessageBox::Ok,
                           QMessageBox::Ok);
}

QString DocumentsPage::exportAttachment(std::int64_t attachmentId, const QString& folder)
{
    std::filesystem::path written;
    if (!m_session.run(
            [&](cw::Workspace& ws) { written = cw::extractAttachment(ws, attachmentId, toPath(folder)); }))
        return {};
    return fromPath(written);
}

void DocumentsPage::openAttachment(std::int64_t attachmentId)
{
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>();
        if (!m_openDir->isValid())
            return;
    }
    // A folder of its own each time: extraction never replaces a file.
    static int opened = 0;
    const QString folder = m_openDir->filePath(QString::number(++opened));
    QDir().mkpath(folder);
    const QString file = exportAttachment(attachmentId, folder);
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

void DocumentsPage::requestRecordEntry()
{
    if (!editable() || !m_currentRow)
        return;
    RecordEntryDialog dialog(currentCode(), today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addRecordEntry(dialog.entry()))
            return;
    }
}

bool DocumentsPage::addRecordEntry(const cw::RecordEntry& entry)
{
    const std::int64_t id = m_currentId;
    return snapshotStep(
        id, false, [=](cw::Workspace& ws) { (void)cw::addRecordEntry(ws, id, entry); },
        tr("Add Record Entry %1 to %2").arg(QString::fromStdString(entry.date), currentCode()));
}

bool DocumentsPage::removeRecordEntry(std::int64_t entryId)
{
    return snapshotStep(
        m_currentId, false, [=](cw::Workspace& ws) { (void)cw::removeRecordEntry(ws, entryId); },
        tr("Remove Record Entry from %1").arg(currentCode()));
}

bool DocumentsPage::createStarterSet()
{
    if (!editable())
        return false;
    const cw::StarterSet& set = cw::builtinStarterSet();
    bool catalogPresent = false;
    m_session.run([&](cw::Workspace& ws) {
        for (const auto& c : cw::listWorkspaceCatalogs(ws))
            catalogPresent = catalogPresent || c.id == set.catalogId;
    });
    QString text =
        tr("Create the starter register of %1 documents as drafts, with codes, levels, parents and "
           "clause links? Edit ▸ Undo removes them again.")
            .arg(set.documents.size());
    if (!catalogPresent)
        text += QStringLiteral("\n\n") +
                tr("The catalog %1 is copied into the workspace first; undo leaves that copy in place.")
                    .arg(QString::fromStdString(set.catalogId));
    const auto answer = MessageBoxes::show(this, QMessageBox::Question, tr("Create Starter Set"), text,
                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
                                           {{QMessageBox::Yes, tr("Create")}});
    if (answer != QMessageBox::Yes)
        return false;
    if (!push(DocumentCommand::starterSet(m_session, tr("Create Starter Set"))))
        return false;
    m_tree->expandToDepth(0);
    return true;
}

} // namespace cw::ui
