// The import history: after two imports (contracts with two bad rows, then firms) the
// panel lists both, newest first, with file, size, SHA-256 and status; selecting the
// contracts import shows its counts, settings and the two refused rows with their text.
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

#include "ImportFixtures.h"
#include "ImportReportView.h"
#include "ProvenancePanel.h"
#include "import/ContractImporter.h"
#include "import/TableImport.h"

using namespace aitocracy;
using namespace aitocracy::gui;

class TestProvenancePanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void listsImportsAndTheirRejectedRows()
    {
        QVERIFY(dir_.isValid());
        const QString project = test::newProject(dir_, u"p.aitocracy"_qs);
        ProvenancePanel panel;
        panel.setProject(project);
        QVERIFY(panel.isOpening());
        QTRY_VERIFY(!panel.isOpening());
        QCOMPARE(panel.importsView()->model()->rowCount(), 0);

        const QString contracts = dir_.filePath(u"portal.csv"_qs), firms = dir_.filePath(u"firms.csv"_qs);
        const std::string bytes = test::toGb18030(test::contractsTable(20));
        test::writeFile(contracts, bytes);
        test::writeFile(firms, "firm_id,name,is_ai\nF1,商汤,1\n");
        {
            auto store = core::ProjectStore::open(project.toStdString());
            QVERIFY(store);
            QVERIFY(core::importContracts(*store, contracts.toStdString(), {}));
            QVERIFY(core::importTable(*store, core::TableKind::Firms, firms.toStdString(), {}));
        }
        panel.refresh();
        const QAbstractItemModel* model = panel.importsView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), u"Firms"_qs);
        QCOMPARE(model->index(1, 0).data().toString(), u"Contracts"_qs);
        QCOMPARE(model->index(1, 1).data().toString(), u"portal.csv"_qs);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex());
        QCOMPARE(model->index(1, 3).data().toString(), sha);
        QCOMPARE(model->index(1, 6).data().toString(), u"ok"_qs);
        QCOMPARE(model->index(1, 7).data().toString(), u"20 read · 18 stored · 2 rejected"_qs);
        QCOMPARE(model->index(0, 7).data().toString(), u"1 read · 1 stored · 0 rejected"_qs);
        // Times in the user's zone, to the second.
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_qs).match(model->index(1, 4).data().toString()).hasMatch());
        // The newest import is selected, its details shown.
        QCOMPARE(panel.importsView()->currentIndex().row(), 0);
        QVERIFY(panel.detailsView()->toPlainText().contains(u"firms"_qs, Qt::CaseInsensitive));

        panel.selectImport(1);
        QVERIFY(panel.detailsView()->toPlainText().contains(sha));
        QVERIFY(panel.detailsView()->toPlainText().contains(u"Settings:"_qs));
        const QAbstractItemModel* rejected = panel.reportView()->rejectedView()->model();
        QCOMPARE(rejected->rowCount(), 2);
        QCOMPARE(rejected->index(0, 1).data().toInt(), 9);
        QVERIFY(rejected->index(0, 4).data().toString().startsWith(u"HT-00008,2016-02-30"_qs));
        QCOMPARE(rejected->index(1, 1).data().toInt(), 16);

        panel.selectImport(0);
        QCOMPARE(rejected->rowCount(), 0);
        panel.setProject(QString());
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestProvenancePanel)
#include "tst_provenancepanel.moc"
