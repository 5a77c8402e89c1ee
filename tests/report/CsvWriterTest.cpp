#include "CsvWriter.h"

#include <catch2/catch.hpp>

TEST_CASE("CSV starts with a UTF-8 BOM and quotes only where needed", "[csv]")
{
    cw::report::CsvWriter csv;
    csv.addRow({QStringLiteral("ref"), QStringLiteral("title")});
    csv.addRow({QStringLiteral("8.6.1"), QStringLiteral("事件管理, incidents")});
    csv.addRow({QStringLiteral("9.2"), QStringLiteral("He said \"audit\"\nnow")});
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "ref,title\r\n" +
                                QStringLiteral("8.6.1,\"事件管理, incidents\"\r\n").toUtf8() +
                                "9.2,\"He said \"\"audit\"\"\nnow\"\r\n";
    CHECK(csv.data() == expected);
}

TEST_CASE("CSV cells that would start a formula are neutralised with a single quote", "[csv]")
{
    cw::report::CsvWriter csv;
    csv.addRow({QStringLiteral("=1+2"), QStringLiteral("+A1"), QStringLiteral("-2+3"),
                QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("-3"),
                QStringLiteral("事件=1")});
    csv.addRow({QStringLiteral("=HYPERLINK(\"http://x.example\",\"y\")")});
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "'=1+2,'+A1,'-2+3,'@SUM(A1),'\tx,-3," +
                                QStringLiteral("事件=1").toUtf8() + "\r\n" +
                                "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"\r\n";
    CHECK(csv.data() == expected);
}
