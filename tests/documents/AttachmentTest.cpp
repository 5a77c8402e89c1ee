#include "DocumentFixtures.h"

#include "common/Error.h"
#include "common/Sha256.h"
#include "documents/Attachments.h"
#include "documents/DocumentVersions.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <unistd.h>

using registertest::Register;

namespace fs = std::filesystem;

namespace {

std::string binaryContent(std::size_t n)
{
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += static_cast<char>((i * 131 + i / 256) % 256);
    return s;
}

std::int64_t draftVersion(Register& r, const std::string& code)
{
    return cw::currentDocumentVersion(*r.ws, r.add(code, 1, "policy")).id;
}

} // namespace

TEST_CASE("an attached file is stored with size and SHA-256 and extracted byte for byte",
          "[documents][attachments]")
{
    Register r;
    const auto v = draftVersion(r, "POL");
    fs::create_directories(r.dir / "in" / "sub");
    const auto abc = r.dir / "in" / "sub" / "abc.txt";
    cwtest::writeFile(abc, "abc");
    const std::string bytes = binaryContent(200000);
    cwtest::writeFile(r.dir / "in" / "scan 扫描件.pdf", bytes);

    const auto a = cw::loadAttachment(*r.ws, cw::attachFile(*r.ws, v, abc));
    CHECK(a.fileName == "abc.txt"); // the base name only
    CHECK(a.size == 3);
    CHECK(a.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(a.addedBy == "chen.jing");
    CHECK(a.addedAt == "2026-11-22T08:00:00Z");
    const auto b = cw::loadAttachment(*r.ws, cw::attachFile(*r.ws, v, r.dir / "in" / "scan 扫描件.pdf"));
    CHECK(b.size == 200000);
    CHECK(b.sha256 == cw::Sha256::hex(bytes));
    REQUIRE(cw::listAttachments(*r.ws, v).size() == 2);
    CHECK(cw::listAttachments(*r.ws, v)[0].fileName == "abc.txt"); // by name

    fs::create_directories(r.dir / "out");
    const auto written = cw::extractAttachment(*r.ws, b.id, r.dir / "out");
    CHECK(written == r.dir / "out" / "scan 扫描件.pdf");
    CHECK(cwtest::readFile(written) == bytes);

    // Never overwritten silently.
    cwtest::writeFile(r.dir / "out" / "abc.txt", "mine");
    CHECK_THROWS_WITH(cw::extractAttachment(*r.ws, a.id, r.dir / "out"),
                      Catch::Contains("a file of that name already exists; it is not overwritten"));
    CHECK(cwtest::readFile(r.dir / "out" / "abc.txt") == "mine");
    CHECK_THROWS_WITH(cw::extractAttachment(*r.ws, a.id, r.dir / "missing"),
                      Catch::Contains("no such folder"));

    const auto trail = cw::listAuditTrail(*r.ws, {"document", "1", 1});
    CHECK(trail.back().field == "attachment");
    CHECK_THAT(*trail.back().newValue, Catch::Contains("1.0/scan 扫描件.pdf (200000 bytes, sha256 "));
}

TEST_CASE("attachment failures are refused with a clear message and change nothing",
          "[documents][attachments][failure]")
{
    Register r;
    const auto v = draftVersion(r, "POL");
    auto refused = [&](auto&& action, cw::ErrorCode code, const std::string& message) {
        const auto before = r.state();
        try {
            action();
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == code);
            CHECK_THAT(e.what(), Catch::Contains(message));
        }
        CHECK(r.state() == before);
    };

    // Over the 50 MiB limit: a sparse file, refused before it is read.
    const auto big = r.dir / "big.iso";
    cwtest::writeFile(big, "");
    fs::resize_file(big, cw::kMaxAttachmentBytes + 1);
    refused([&] { (void)cw::attachFile(*r.ws, v, big); }, cw::ErrorCode::InvalidInput,
            "the file is 50.0 MiB (52428801 bytes), over the attachment limit of 50 MiB");
    refused([&] { (void)cw::attachData(*r.ws, v, "big.bin", std::string(cw::kMaxAttachmentBytes + 1, 'x')); },
            cw::ErrorCode::InvalidInput, "over the attachment limit of 50 MiB");

    // Unreadable files.
    refused([&] { (void)cw::attachFile(*r.ws, v, r.dir / "nope.pdf"); }, cw::ErrorCode::CannotOpen,
            "nope.pdf: no such file");
    refused([&] { (void)cw::attachFile(*r.ws, v, r.dir.path()); }, cw::ErrorCode::CannotOpen,
            "not a regular file");
    if (::geteuid() != 0) { // root reads anything
        const auto locked = r.dir / "locked.pdf";
        cwtest::writeFile(locked, "secret");
        fs::permissions(locked, fs::perms::none);
        refused([&] { (void)cw::attachFile(*r.ws, v, locked); }, cw::ErrorCode::CannotOpen, "cannot be read");
    }

    // Names that could escape a folder, or mean nothing.
    for (const std::string name :
         {"../evil.txt", "a/b.txt", "a\\b.txt", "..", ".", "", "C:evil.txt", "line\nbreak"}) {
        INFO(name);
        CHECK_FALSE(cw::isSafeAttachmentName(name));
        refused([&] { (void)cw::attachData(*r.ws, v, name, "x"); }, cw::ErrorCode::InvalidInput,
                "cannot name an attachment");
    }
    CHECK(cw::isSafeAttachmentName("报告 v1.2 (final).docx"));

    (void)cw::attachData(*r.ws, v, "form.pdf", "%PDF");
    refused([&] { (void)cw::attachData(*r.ws, v, "form.pdf", "other"); }, cw::ErrorCode::InvalidInput,
            "'POL' version 1.0 already has a file named 'form.pdf'");

    // An approved version is frozen.
    const auto id = *cw::findDocument(*r.ws, "POL");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "");
    refused([&] { (void)cw::attachData(*r.ws, v, "late.pdf", "x"); }, cw::ErrorCode::InvalidInput,
            "'POL' version 1.0 is approved; its files cannot change (start a new version first)");
    const auto file = cw::listAttachments(*r.ws, v).front().id;
    refused([&] { cw::removeAttachment(*r.ws, file); }, cw::ErrorCode::InvalidInput, "is approved");
    refused([&] { (void)cw::attachData(*r.ws, 777, "x.pdf", "x"); }, cw::ErrorCode::NotFound,
            "no document version with id 777");
}

TEST_CASE("a damaged stored file is detected on the way out", "[documents][attachments][failure]")
{
    Register r;
    const auto v = draftVersion(r, "POL");
    const auto id = cw::attachData(*r.ws, v, "evidence.txt", "original bytes");
    CHECK(cw::attachmentContent(*r.ws, id) == "original bytes");
    r.ws->db().exec("UPDATE document_attachment SET content = CAST('tampered bytes' AS BLOB)");
    CHECK_THROWS_WITH(cw::attachmentContent(*r.ws, id),
                      Catch::Contains("does not match its recorded size and SHA-256"));
    fs::create_directories(r.dir / "out");
    CHECK_THROWS_AS(cw::extractAttachment(*r.ws, id, r.dir / "out"), cw::Error);
    CHECK_FALSE(fs::exists(r.dir / "out" / "evidence.txt"));
}

TEST_CASE("an attachment of a draft can be removed, and an empty file attached", "[documents][attachments]")
{
    Register r;
    const auto v = draftVersion(r, "POL");
    const auto empty = cw::attachData(*r.ws, v, "empty.txt", "");
    CHECK(cw::loadAttachment(*r.ws, empty).sha256 ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(cw::attachmentContent(*r.ws, empty).empty());
    cw::removeAttachment(*r.ws, empty);
    CHECK(cw::listAttachments(*r.ws, v).empty());
    CHECK_THROWS_AS(cw::loadAttachment(*r.ws, empty), cw::Error);
}
