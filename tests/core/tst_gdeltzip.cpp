// ZipReader and Sha256: archives written by ZipWriter read back byte for byte; a text
// file named .zip, a truncated archive and a damaged member are clear errors naming the
// file; SHA-256 against the FIPS 180-4 example vectors.
#include "TestSupport.h"
#include "common/Sha256.h"
#include "common/ZipReader.h"
#include "common/ZipWriter.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::readBytes;
using aitocracy::test::writeBytes;

namespace {

Result<std::string> readAll(const std::string& path, std::size_t chunk)
{
    auto zip = ZipReader::open(path);
    if (!zip) return std::unexpected(zip.error());
    std::string all, buf(chunk, '\0');
    while (true) {
        auto got = zip->read(buf.data(), buf.size());
        if (!got) return std::unexpected(got.error());
        if (*got == 0) break;
        all.append(buf.data(), *got);
    }
    return all;
}

std::string makeText()
{
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i * 7919 % 10007) + "\tprotest\t14\n";
    return text;
}

}  // namespace

class TestGdeltZip : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)).toStdString(); }
    std::string writeZip(const char* name, const std::string& text)
    {
        auto w = ZipWriter::create(path(name));
        if (!w) qFatal("%s", w.error().describe().c_str());
        if (!w->beginMember("member.CSV", CivilDate{2018, 3, 26}) || !w->write(text) || !w->endMember() || !w->finish())
            qFatal("zip write failed");
        return path(name);
    }

private slots:
    void sha256KnownVectors()
    {
        Sha256 empty;
        QCOMPARE(empty.hexDigest(), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 abc;
        abc.update("abc");
        QCOMPARE(abc.hexDigest(), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        // Two blocks, fed in uneven pieces.
        Sha256 two;
        const std::string msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        two.update(msg.substr(0, 5));
        two.update(msg.substr(5));
        QCOMPARE(two.hexDigest(), std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        writeBytes(path("abc.txt"), "abc");
        auto file = sha256OfFile(path("abc.txt"));
        QVERIFY2(file.has_value(), errorText(file).c_str());
        QCOMPARE(*file, std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(!sha256OfFile(path("missing.txt")));
        // A real 613 kB file (many blocks in one update), as sha256sum prints it.
        auto real = sha256OfFile(AITOCRACY_SHARED_DIR "/data/gdelt/epournaras__DIAS-GDELT/b61e972/20180326044500.export.CSV");
        QVERIFY(real.has_value());
        QCOMPARE(*real, std::string("7f1e5571a5975478b4eeb9d4c1f80553cedd8b9526eacd9bdf98278b7b67723d"));
        // The same bytes fed in odd pieces give the same digest.
        const std::string bytes = readBytes(AITOCRACY_SHARED_DIR "/data/gdelt/epournaras__DIAS-GDELT/b61e972/20180326044500.export.CSV");
        Sha256 pieces;
        for (std::size_t at = 0, step = 1; at < bytes.size(); at += step, step = step * 3 % 1000 + 1)
            pieces.update(std::string_view(bytes).substr(at, step));
        QCOMPARE(pieces.hexDigest(), *real);
    }

    void roundTrip()
    {
        const std::string text = makeText();
        const std::string zip = writeZip("good.zip", text);
        QVERIFY(hasZipSignature(zip));
        for (std::size_t chunk : {std::size_t{1000}, std::size_t{1 << 20}}) {
            auto back = readAll(zip, chunk);
            QVERIFY2(back.has_value(), errorText(back).c_str());
            QCOMPARE(back->size(), text.size());
            QVERIFY(*back == text);
        }
        auto reader = ZipReader::open(zip);
        QVERIFY(reader.has_value());
        QCOMPARE(reader->memberName(), std::string("member.CSV"));
        QCOMPARE(reader->uncompressedSize(), static_cast<std::uint64_t>(text.size()));
    }

    void fakeZipNamesTheFile()
    {
        const std::string fake = AITOCRACY_SHARED_DIR "/data/gdelt/epournaras__DIAS-GDELT/b61e972/20180326191500.export.CSV.zip";
        QVERIFY(std::filesystem::exists(fake));
        QVERIFY(!hasZipSignature(fake));
        auto r = ZipReader::open(fake);
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("format"));
        QVERIFY(r.error().describe().find("20180326191500.export.CSV.zip") != std::string::npos);
        QVERIFY(r.error().message.find("signature") != std::string::npos);
    }

    void truncatedZipIsAnError()
    {
        const std::string whole = readBytes(writeZip("whole.zip", makeText()));
        for (std::size_t keep : {whole.size() / 2, whole.size() - 10, std::size_t{40}}) {
            writeBytes(path("cut.zip"), whole.substr(0, keep));
            auto r = readAll(path("cut.zip"), 4096);
            QVERIFY(!r);
            QVERIFY(r.error().describe().find("cut.zip") != std::string::npos);
        }
    }

    void damagedMemberIsAnError()
    {
        std::string bytes = readBytes(writeZip("damaged.zip", makeText()));
        // Flip a bit in the middle of the deflate data (after the 30 + 10 byte header).
        bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x10);
        writeBytes(path("damaged2.zip"), bytes);
        auto r = readAll(path("damaged2.zip"), 4096);
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestGdeltZip)
#include "tst_gdeltzip.moc"
