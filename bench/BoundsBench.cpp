// Bounded time and memory on hostile input (issue 14, docs/reliability.md "Bounded memory and
// time"): validating a catalog whose parent chain is 20,000 and 100,000 deep, and reading an XLSX
// checklist in which every row has one cell at column XFD.
#include "assessment/Spreadsheet.h"
#include "catalog/Catalog.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <string>

namespace {

cw::Catalog deepChain(std::size_t n)
{
    cw::Catalog c;
    c.id = "bench:deep";
    c.languages = {"en"};
    c.title.en = "Deep";
    for (std::size_t i = 0; i < n; ++i) {
        cw::Requirement r;
        r.ref = "r" + std::to_string(i);
        if (i > 0)
            r.parent = "r" + std::to_string(i - 1);
        r.title.en = r.ref;
        c.requirements.push_back(std::move(r));
    }
    return c;
}

void BM_DeepCatalogChain(benchmark::State& state)
{
    const auto chain = deepChain(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        cw::Catalog c = chain;
        state.ResumeTiming();
        cw::finalizeCatalog(c, "deep.json");
        benchmark::DoNotOptimize(c.requirements.data());
    }
    state.counters["depth"] = static_cast<double>(state.range(0));
}

/// A stored (uncompressed) ZIP is enough for the reader; the bytes of a minimal workbook.
std::string storedZip(const std::vector<std::pair<std::string, std::string>>& files);

void BM_XlsxCellAtXfd(benchmark::State& state)
{
    std::string data;
    for (int i = 1; i <= state.range(0); ++i)
        data += "<row r=\"" + std::to_string(i) + "\"><c r=\"XFD" + std::to_string(i) +
                "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string bytes = storedZip(
        {{"xl/workbook.xml",
          "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel +
              "\"><sheets><sheet name=\"Checklist\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
              "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
         {"xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"" + ns + "\"><sheetData>" + data + "</sheetData></worksheet>"}});
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::readXlsx(bytes, "hostile.xlsx"));
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    state.counters["rows"] = static_cast<double>(state.range(0));
    state.counters["peak_rss_mb"] = static_cast<double>(u.ru_maxrss) / 1024.0;
}
BENCHMARK(BM_XlsxCellAtXfd)->Arg(4'000)->Arg(20'000)->Unit(benchmark::kMillisecond)->UseRealTime();
// After the XLSX one, whose peak_rss_mb would otherwise include these catalogs.
BENCHMARK(BM_DeepCatalogChain)->Arg(20'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void putLe(std::string& out, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::uint32_t crc32Of(const std::string& s)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : s) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string storedZip(const std::vector<std::pair<std::string, std::string>>& files)
{
    std::string out, dir;
    for (const auto& [name, data] : files) {
        const auto crc = crc32Of(data);
        const auto offset = static_cast<std::uint32_t>(out.size());
        const auto size = static_cast<std::uint32_t>(data.size());
        const auto nameLen = static_cast<std::uint32_t>(name.size());
        for (auto* part : {&out, &dir}) {
            const bool central = part == &dir;
            putLe(*part, central ? 0x02014b50 : 0x04034b50, 4);
            if (central)
                putLe(*part, 20, 2); // version made by
            putLe(*part, 20, 2);     // version needed
            putLe(*part, 0, 2);      // flags
            putLe(*part, 0, 2);      // stored
            putLe(*part, 0, 4);      // time, date
            putLe(*part, crc, 4);
            putLe(*part, size, 4);
            putLe(*part, size, 4);
            putLe(*part, nameLen, 2);
            putLe(*part, 0, 2); // extra
            if (central) {
                putLe(*part, 0, 2); // comment
                putLe(*part, 0, 2); // disk
                putLe(*part, 0, 2); // internal attributes
                putLe(*part, 0, 4); // external attributes
                putLe(*part, offset, 4);
            }
            *part += name;
        }
        out += data;
    }
    const auto dirOffset = static_cast<std::uint32_t>(out.size());
    out += dir;
    putLe(out, 0x06054b50, 4);
    putLe(out, 0, 4);
    putLe(out, static_cast<std::uint32_t>(files.size()), 2);
    putLe(out, static_cast<std::uint32_t>(files.size()), 2);
    putLe(out, static_cast<std::uint32_t>(dir.size()), 4);
    putLe(out, dirOffset, 4);
    putLe(out, 0, 2);
    return out;
}

} // namespace

BENCHMARK_MAIN();
