// The import wizard on hand-written files: a GB18030 contracts table with Chinese headers
// is recognised, decoded and mapped; switching the encoding re-reads it; a header the
// importer cannot map blocks the start until the user maps it, and that mapping is
// remembered for the next file with the same header; GDELT files are grouped.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

#include "AppSettings.h"
#include "ImportFixtures.h"
#include "ImportWizard.h"

using namespace aitocracy;
using namespace aitocracy::gui;

class TestImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString project_;

    static QString cell(const ImportWizard& w, int row, int column)
    {
        return w.previewView()->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = test::newProject(dir_, u"p.aitocracy"_qs);
    }

    void contractsInGb18030AreDecodedAndMapped()
    {
        const QString file = dir_.filePath(u"portal.csv"_qs);
        test::writeFile(file, test::toGb18030(test::contractsTable(20)));
        AppSettings settings(dir_.filePath(u"s1.ini"_qs));
        ImportWizard w({file}, project_, &settings);
        QCOMPARE(w.kindCombo()->currentData().toInt(), static_cast<int>(core::ImportKind::Contracts));
        QVERIFY2(w.encodingLabel()->text().contains(u"GB18030"_qs), qPrintable(w.encodingLabel()->text()));
        const auto* model = w.previewView()->model();
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"采购人"_qs);
        QCOMPARE(model->rowCount(), 20);
        QCOMPARE(cell(w, 0, 0), u"HT-00001"_qs);
        QCOMPARE(cell(w, 0, 2), u"北京市公安局"_qs);
        QCOMPARE(cell(w, 0, 5), u"人脸识别系统采购"_qs);
        QCOMPARE(w.mappingCombo(u"buyer"_qs)->currentText(), u"采购人"_qs);
        QCOMPARE(w.mappingCombo(u"contract_id"_qs)->currentText(), u"合同编号"_qs);
        QCOMPARE(w.mappingCombo(u"amount"_qs)->currentText(), u"合同金额(万元)"_qs);
        QVERIFY2(w.problems().isEmpty(), qPrintable(w.problems().join(u'\n')));
        QVERIFY(w.startButton()->isEnabled());
        QVERIFY(w.estimateLabel()->text().contains(u"20 rows"_qs));

        // Read as UTF-8 the same bytes are not the buyer's name any more.
        w.encodingCombo()->setCurrentIndex(w.encodingCombo()->findData(static_cast<int>(core::TextEncoding::Utf8)));
        QVERIFY(w.encodingLabel()->text().contains(u"UTF-8"_qs));
        QVERIFY(cell(w, 0, 2) != u"北京市公安局"_qs);
        QVERIFY2(cell(w, 0, 2).contains(QChar(0xFFFD)), qPrintable(cell(w, 0, 2)));
        // and back
        w.encodingCombo()->setCurrentIndex(w.encodingCombo()->findData(static_cast<int>(core::TextEncoding::Gb18030)));
        QCOMPARE(cell(w, 0, 2), u"北京市公安局"_qs);

        const auto requests = w.requests();
        QCOMPARE(requests.size(), std::size_t{1});
        QCOMPARE(requests[0].kind, core::ImportKind::Contracts);
        QCOMPARE(requests[0].encoding, std::optional(core::TextEncoding::Gb18030));
        QCOMPARE(requests[0].columnMap.at("buyer"), std::string("采购人"));
    }

    void unmappedFieldsBlockTheStartAndTheMappingIsRemembered()
    {
        const std::string table = "合同编号,日期,单位,项目名称\nA-1,2016-01-02,北京市公安局,人脸识别\n";
        const QString first = dir_.filePath(u"odd1.csv"_qs), second = dir_.filePath(u"odd2.csv"_qs);
        test::writeFile(first, table);
        test::writeFile(second, table + "A-2,2016-01-03,天津市公安局,视频监控\n");
        AppSettings settings(dir_.filePath(u"s2.ini"_qs));
        {
            ImportWizard w({first}, project_, &settings);
            w.setCurrentFile(0);
            w.kindCombo()->setCurrentIndex(w.kindCombo()->findData(static_cast<int>(core::ImportKind::Contracts)));
            QVERIFY(!w.startButton()->isEnabled());
            QVERIFY2(w.problemLabel()->text().contains(u"Cannot start: map date, buyer"_qs),
                     qPrintable(w.problemLabel()->text()));
            w.mappingCombo(u"date"_qs)->setCurrentText(u"日期"_qs);
            QVERIFY(!w.startButton()->isEnabled());
            w.mappingCombo(u"buyer"_qs)->setCurrentText(u"单位"_qs);
            QVERIFY2(w.startButton()->isEnabled(), qPrintable(w.problemLabel()->text()));
            w.accept();
            QCOMPARE(w.result(), int(QDialog::Accepted));
        }
        const std::vector<std::string> header{"合同编号", "日期", "单位", "项目名称"};
        const auto remembered = settings.columnMapping(u"contracts"_qs, header);
        QCOMPARE(remembered.at("date"), std::string("日期"));
        QCOMPARE(remembered.at("buyer"), std::string("单位"));

        ImportWizard again({second}, project_, &settings);
        again.kindCombo()->setCurrentIndex(again.kindCombo()->findData(static_cast<int>(core::ImportKind::Contracts)));
        QCOMPARE(again.mappingCombo(u"date"_qs)->currentText(), u"日期"_qs);
        QCOMPARE(again.mappingCombo(u"buyer"_qs)->currentText(), u"单位"_qs);
        QVERIFY2(again.startButton()->isEnabled(), qPrintable(again.problemLabel()->text()));
        QCOMPARE(again.requests().at(0).columnMap.at("buyer"), std::string("单位"));
    }

    void withoutAProjectNothingStarts()
    {
        const QString file = dir_.filePath(u"np.csv"_qs);
        test::writeFile(file, test::contractsTable(3));
        ImportWizard w({file}, QString(), nullptr);
        QVERIFY(!w.startButton()->isEnabled());
        QVERIFY(w.problemLabel()->text().contains(u"No project is open"_qs));
    }

    void boundaryFileCreatesAProject()
    {
        const QString file = dir_.filePath(u"two.geojson"_qs);
        test::writeFile(file, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"adcode":"110100","mc":"北京市","en":"Beijing"},"geometry":{"type":"Polygon","coordinates":[[[115,39],[116,39],[116,40],[115,40],[115,39]]]}},
{"type":"Feature","properties":{"adcode":"120100","mc":"天津市","en":"Tianjin"},"geometry":{"type":"Polygon","coordinates":[[[116,39],[117,39],[117,40],[116,40],[116,39]]]}}]})");
        ImportWizard w({file}, QString(), nullptr);
        QCOMPARE(w.kindCombo()->currentData().toInt(), static_cast<int>(core::ImportKind::Boundaries));
        QCOMPARE(w.previewView()->model()->rowCount(), 2);
        QVERIFY(!w.startButton()->isEnabled());  // nothing to import into a project
        QVERIFY(!w.createProjectButton()->isHidden());
        w.mappingCombo(u"code"_qs)->setCurrentText(u"adcode"_qs);
        w.mappingCombo(u"name"_qs)->setCurrentText(u"mc"_qs);
        w.mappingCombo(u"name_en"_qs)->setCurrentText(u"en"_qs);
        QVERIFY(w.createProjectButton()->isEnabled());
        QSignalSpy created(&w, &ImportWizard::projectCreated);
        const QString project = dir_.filePath(u"from-boundaries.aitocracy"_qs);
        QSignalSpy failed(&w, &ImportWizard::projectCreationFailed);
        w.createProjectFromBoundaries(project);
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(created.at(0).at(0).toString(), project);
        auto store = core::ProjectStore::open(project.toStdString());
        QVERIFY(store);
        auto units = store->loadUnits();
        QVERIFY(units);
        QCOMPARE(units->units.size(), std::size_t{2});
        QCOMPARE(units->units[0].code, std::string("110100"));
        QCOMPARE(units->units[1].nameZh, std::string("天津市"));
        QCOMPARE(units->units[1].nameEn, std::string("Tianjin"));
        // The file is taken: a second project there is refused, never overwritten.
        w.createProjectFromBoundaries(project);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"exists"_qs));
        QCOMPARE(created.count(), 1);
    }

    void gdeltFilesMakeOneImport()
    {
        // Two tab-separated 58-field lines per file (GDELT 1.0 layout).
        const auto line = [](int id) {
            std::string fields[58];
            fields[0] = std::to_string(id);
            fields[1] = "20160305";
            std::string out;
            for (int i = 0; i < 58; ++i) out += (i ? "\t" : "") + fields[i];
            return out + "\n";
        };
        const QString a = dir_.filePath(u"20160305.export.CSV"_qs), b = dir_.filePath(u"20160306.export.CSV"_qs);
        test::writeFile(a, line(1) + line(2));
        test::writeFile(b, line(3));
        const QString csv = dir_.filePath(u"c.csv"_qs);
        test::writeFile(csv, test::contractsTable(2));
        ImportWizard w({a, csv, b}, project_, nullptr);
        QCOMPARE(w.fileCount(), 3);
        QCOMPARE(w.kindCombo()->currentData().toInt(), static_cast<int>(core::ImportKind::Gdelt));
        QCOMPARE(w.previewView()->model()->rowCount(), 2);
        QCOMPARE(w.previewView()->model()->columnCount(), 58);
        // The estimate covers both GDELT files: 3 lines of equal length, 2 of them in a.
        QVERIFY2(w.estimateLabel()->text().contains(u"All 2 GDELT files"_qs), qPrintable(w.estimateLabel()->text()));
        QVERIFY2(w.estimateLabel()->text().contains(u"about 3 rows"_qs), qPrintable(w.estimateLabel()->text()));
        const auto requests = w.requests();
        QCOMPARE(requests.size(), std::size_t{2});
        QCOMPARE(requests[0].kind, core::ImportKind::Gdelt);
        QCOMPARE(requests[0].files, QStringList({a, b}));
        QCOMPARE(requests[0].gdelt.country, std::string("CH"));
        QCOMPARE(requests[1].kind, core::ImportKind::Contracts);
        w.setFileIncluded(1, false);
        QCOMPARE(w.requests().size(), std::size_t{1});
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
