#include "csvcodec.h"

#include <catch2/catch.hpp>

#include "tst_importfixture.h"

#include <QFile>

using namespace tw;

TEST_CASE("a CSV field in quotes keeps its commas, doubled quotes and line breaks")
{
    const auto table = CsvCodec::parse("name,note\r\n\"a, b\",\"say \"\"hi\"\"\nagain\"\r\nc,d\r\n", QStringLiteral("t.csv"));
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("name"), QStringLiteral("note")});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].cells == QStringList{QStringLiteral("a, b"), QStringLiteral("say \"hi\"\nagain")});
    CHECK(table->rows[0].line == 2);
    // The quoted line break moves the next record to line 4.
    CHECK(table->rows[1].line == 4);
}

TEST_CASE("the same CSV reads the same with or without a byte-order mark and with CRLF or LF")
{
    const auto reference = CsvCodec::parse(test::importFixtureBytes("teams.csv"), QStringLiteral("teams.csv"));
    REQUIRE(reference.ok());
    REQUIRE(reference->rows.size() == 3);
    CHECK(reference->header.first() == QStringLiteral("id"));
    for (const char *name : {"teams-nobom-lf.csv", "teams-bom-lf.csv", "teams-nobom-crlf.csv"}) {
        INFO(name);
        const auto variant = CsvCodec::parse(test::importFixtureBytes(name), QString::fromLatin1(name));
        REQUIRE(variant.ok());
        CHECK(variant->header == reference->header);
        REQUIRE(variant->rows.size() == reference->rows.size());
        for (int i = 0; i < variant->rows.size(); ++i) {
            CHECK(variant->rows[i].cells == reference->rows[i].cells);
            CHECK(variant->rows[i].line == reference->rows[i].line);
        }
    }
    CHECK(reference->rows[1].cells[3] == QStringLiteral("滨江区\"蓝天\"救援队"));
    CHECK(reference->rows[1].cells[5] == QStringLiteral("水域救援\n山地搜救"));
}

TEST_CASE("a quote that is never closed is reported on the line where it opens")
{
    const auto table = CsvCodec::parse(test::importFixtureBytes("teams-broken-quote.csv"), QStringLiteral("teams-broken-quote.csv"));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().where == QStringLiteral("teams-broken-quote.csv:line 3"));
    CHECK(table.error().message.contains(QStringLiteral("never closed")));
}

TEST_CASE("text after a closing quote or a quote inside an unquoted field is an error naming the line")
{
    const auto after = CsvCodec::parse("a,b\n\"x\"y,z\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().where == QStringLiteral("t.csv:line 2"));
    const auto inside = CsvCodec::parse("a,b\nx,y\n1,2\"3\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(inside.ok());
    CHECK(inside.error().where == QStringLiteral("t.csv:line 3"));
}

TEST_CASE("text that is not UTF-8 is refused with the line it is on")
{
    const auto gbk = CsvCodec::parse(test::importFixtureBytes("teams-gbk.csv"), QStringLiteral("teams-gbk.csv"));
    REQUIRE_FALSE(gbk.ok());
    CHECK(gbk.error().where == QStringLiteral("teams-gbk.csv:line 3"));
    CHECK(gbk.error().message.contains(QStringLiteral("UTF-8")));

    const auto utf16 = CsvCodec::parse(test::importFixtureBytes("teams-utf16.csv"), QStringLiteral("teams-utf16.csv"));
    REQUIRE_FALSE(utf16.ok());
    CHECK(utf16.error().message.contains(QStringLiteral("UTF-16")));
}

TEST_CASE("blank lines stay in the row numbering but a final line end adds no row")
{
    const auto table = CsvCodec::parse("a,b\n1,2\n\n3,4\n", QStringLiteral("t.csv"));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows[1].cells.isEmpty());
    CHECK(table->rows[2].cells == QStringList{QStringLiteral("3"), QStringLiteral("4")});
    CHECK(table->rows[2].line == 4);
}

TEST_CASE("an empty file is an error asking for a header row")
{
    const auto table = CsvCodec::parse("\xEF\xBB\xBF\r\n", QStringLiteral("empty.csv"));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().where == QStringLiteral("empty.csv"));
}

TEST_CASE("written CSV starts with a byte-order mark, uses CRLF and reads back to the same cells")
{
    const QStringList header{QStringLiteral("name"), QStringLiteral("note")};
    const QList<QStringList> rows{{QStringLiteral("西湖, \"东\""), QStringLiteral("line1\nline2")},
                                  {QStringLiteral(" padded "), QString()}};
    const QByteArray bytes = CsvCodec::write(header, rows);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const auto table = CsvCodec::parse(bytes, QStringLiteral("t.csv"));
    REQUIRE(table.ok());
    CHECK(table->header == header);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].cells == rows[0]);
    CHECK(table->rows[1].cells == rows[1]);
}
