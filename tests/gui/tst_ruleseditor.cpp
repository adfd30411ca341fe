// The rules editor on the eight hand-classified contracts of tests/core/HandContracts.h:
// removing 人脸识别 through the list's Remove button previews the three changes worked out
// by hand, Apply stores the rules (read back from a fresh connection) and re-classifies,
// Undo stores the earlier rules and classes again, Redo and Reset do what they say.
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "../core/HandContracts.h"
#include "../core/SqliteQuery.h"
#include "KeywordList.h"
#include "RulesEditor.h"
#include "contracts/ProjectRules.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

std::map<std::string, std::int64_t> classes(const std::string& path)
{
    std::map<std::string, std::int64_t> n;
    test::query(path, "SELECT class, count(*) FROM contracts GROUP BY class",
                [&](const std::vector<std::string>& row) { n[row[0]] = std::stoll(row[1]); });
    return n;
}

core::ClassificationRules storedRules(const std::string& path)
{
    auto store = core::ProjectStore::open(path);  // a connection of its own
    if (!store) qFatal("%s", store.error().describe().c_str());
    auto rules = core::loadProjectRules(store->handle());
    if (!rules) qFatal("%s", rules.error().describe().c_str());
    return *rules;
}

using Counts = std::map<std::string, std::int64_t>;
const Counts kDefaultClasses{{"ai_public_security", 4}, {"ai_other", 1}, {"surveillance", 2}, {"other", 1}};
const Counts kWithoutFaces{{"ai_public_security", 2}, {"surveillance", 3}, {"other", 3}};

}  // namespace

class TestRulesEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void editPreviewApplyUndo()
    {
        const std::string path = dir_.filePath(QStringLiteral("contracts.aitocracy")).toStdString();
        test::handContractsProject(path);
        RulesEditor editor;
        QSignalSpy applied(&editor, &RulesEditor::rulesApplied);
        editor.setProject(QString::fromStdString(path));
        QTRY_VERIFY(editor.storedRules().has_value());
        QCOMPARE(*editor.storedRules(), core::ClassificationRules::defaults());
        QTRY_VERIFY(editor.preview().has_value());
        QCOMPARE(editor.preview()->changed, std::int64_t{0});

        // Select 人脸识别 in the AI list and press Remove.
        KeywordList* ai = editor.keywordList(RulesEditor::Set::Ai);
        auto* list = ai->findChild<QListWidget*>(QStringLiteral("keywords"));
        auto* remove = ai->findChild<QPushButton*>(QStringLiteral("removeKeyword"));
        QVERIFY(list && remove);
        const auto found = list->findItems(QStringLiteral("人脸识别"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        list->setCurrentItem(found.front());
        QVERIFY(remove->isEnabled());
        remove->click();
        QVERIFY(!ai->keywords().contains(QStringLiteral("人脸识别")));
        QTRY_VERIFY(editor.preview().has_value());
        QCOMPARE(editor.preview()->changed, std::int64_t{3});
        auto* examples = editor.findChild<QTableWidget*>(QStringLiteral("changedExamples"));
        auto* counts = editor.findChild<QTableWidget*>(QStringLiteral("classCounts"));
        QCOMPARE(examples->rowCount(), 3);
        QCOMPARE(examples->item(0, 0)->text(), QStringLiteral("人脸识别系统采购"));
        QCOMPARE(examples->item(0, 1)->text(), QStringLiteral("合肥市公安局"));
        QCOMPARE(examples->item(2, 3)->text(), QStringLiteral("Surveillance"));
        QCOMPARE(counts->item(0, 1)->text(), QStringLiteral("4"));  // public-security AI now
        QCOMPARE(counts->item(0, 2)->text(), QStringLiteral("2"));  // and then
        QCOMPARE(counts->item(3, 3)->text(), QStringLiteral("+2"));  // other
        QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("previewSummary"))->text(),
                 QStringLiteral("3 of 8 contracts would change class: Other AI → Other: 1; Public-security AI → Other: 1; "
                                "Public-security AI → Surveillance: 1."));
        QCOMPARE(classes(path), kDefaultClasses);  // a preview writes nothing

        core::ClassificationRules withoutFaces = core::ClassificationRules::defaults();
        std::erase(withoutFaces.ai, std::string("人脸识别"));
        QCOMPARE(editor.rules(), withoutFaces);
        auto* apply = editor.findChild<QPushButton*>(QStringLiteral("applyRules"));
        QVERIFY(apply->isEnabled());
        apply->click();
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!editor.isApplying());
        QCOMPARE(storedRules(path), withoutFaces);
        QCOMPARE(classes(path), kWithoutFaces);
        QVERIFY(!apply->isEnabled());
        QTRY_VERIFY(editor.preview().has_value());
        QCOMPARE(editor.preview()->changed, std::int64_t{0});  // the stored classes are the edited rules' now

        editor.undoStack()->undo();  // the Apply
        QTRY_COMPARE(applied.count(), 2);
        QCOMPARE(storedRules(path), core::ClassificationRules::defaults());
        QCOMPARE(classes(path), kDefaultClasses);
        QCOMPARE(editor.rules(), withoutFaces);  // the edit itself stays
        QTRY_VERIFY(editor.preview().has_value());
        QCOMPARE(editor.preview()->changed, std::int64_t{3});

        editor.undoStack()->undo();  // the removal
        QCOMPARE(editor.rules(), core::ClassificationRules::defaults());
        QVERIFY(ai->keywords().contains(QStringLiteral("人脸识别")));
        QTRY_VERIFY(editor.preview().has_value());
        QCOMPARE(editor.preview()->changed, std::int64_t{0});

        editor.undoStack()->redo();
        editor.undoStack()->redo();
        QTRY_COMPARE(applied.count(), 3);
        QCOMPARE(storedRules(path), withoutFaces);
        QCOMPARE(classes(path), kWithoutFaces);

        // Adding through the entry, then the study's defaults back.
        KeywordList* exclude = editor.keywordList(RulesEditor::Set::Exclude);
        exclude->addKeyword(QStringLiteral("门禁"));
        QCOMPARE(editor.rules().exclude, std::vector<std::string>{"门禁"});
        editor.findChild<QPushButton*>(QStringLiteral("resetRules"))->click();
        QCOMPARE(editor.rules(), core::ClassificationRules::defaults());
        QTRY_VERIFY(editor.preview().has_value());
        QCOMPARE(editor.preview()->changed, std::int64_t{3});  // back to the stored-before classes
        editor.undoStack()->undo();
        QCOMPARE(editor.rules().exclude, std::vector<std::string>{"门禁"});
    }
};

QTEST_MAIN(TestRulesEditor)
#include "tst_ruleseditor.moc"
