// Coefficient tables: the exact LaTeX and CSV of a hand-made two-column table (p-values
// chosen so every star level and its boundary shows), LaTeX escaping of every special
// character, the options, and that the LaTeX compiles where pdflatex is installed.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>

#include "report/CoefficientTable.h"
#include "report/LatexText.h"

using namespace aitocracy::core;
using namespace aitocracy::core::report;

namespace {

est::Coefficient coefficient(std::string term, double estimate, double stdError, double p)
{
    est::Coefficient c;
    c.term = std::move(term);
    c.estimate = estimate;
    c.stdError = stdError;
    c.p = p;
    return c;
}

// An IV regression with firm and year effects, clustered by firm.
est::EstimationResult ivColumn()
{
    est::EstimationResult r;
    r.nobs = 120;
    r.r2 = 0.5;
    r.r2Within = 0.25;
    r.vcov = est::VcovType::Cluster;
    r.fixedEffects = {{"firm", 20, true}, {"year", 6, false}};
    r.clusters = {{"firm", 20}};
    r.firstStages = {{"l(unrest, 1)", 23.456, 1, 100}};
    r.coefficients = {coefficient("fit_l(unrest, 1)", 0.4, 0.1, 0.004),  // ***
                      coefficient("treated_high", -0.25, 0.12, 0.01)};   // ** (0.01 is not below 0.01)
    return r;
}

// A Poisson regression with firm effects and robust standard errors.
est::EstimationResult poissonColumn()
{
    est::EstimationResult r;
    r.model = est::Model::Poisson;
    r.nobs = 100;
    r.r2 = r.r2Within = std::numeric_limits<double>::quiet_NaN();
    r.vcov = est::VcovType::Hetero;
    r.fixedEffects = {{"firm", 18, false}};
    r.coefficients = {coefficient("treated_high", 0.123456, 0.0654, 0.07),                 // *
                      coefficient("contracts_ai_public_security", -0.0004, 0.002, 0.84)};  // rounds to 0.000
    return r;
}

}  // namespace

class TestCoefficientTable : public QObject {
    Q_OBJECT

private:
    est::EstimationResult iv_ = ivColumn(), poisson_ = poissonColumn();
    std::vector<TableColumn> columns_{{"Total", &iv_}, {"政府", &poisson_}};

private Q_SLOTS:
    void latexOfTwoColumns()
    {
        TableOptions options;
        options.caption = "Innovation & unrest";
        options.label = "tab:innovation";
        const std::string expected =
            "% Needs \\usepackage{booktabs}; Chinese text: XeLaTeX with \\usepackage{xeCJK} or a ctex class.\n"
            "\\begin{table}[htbp]\n"
            "\\centering\n"
            "\\caption{Innovation \\& unrest}\n"
            "\\label{tab:innovation}\n"
            "\\begin{tabular}{lcc}\n"
            "\\toprule\n"
            " & Total & 政府 \\\\\n"
            "\\midrule\n"
            "fit\\_l(unrest, 1) & 0.400$^{***}$ & \\\\\n"
            " & (0.100) & \\\\\n"
            "treated\\_high & $-$0.250$^{**}$ & 0.123$^{*}$ \\\\\n"
            " & (0.120) & (0.065) \\\\\n"
            "contracts\\_ai\\_public\\_security & & 0.000 \\\\\n"
            " & & (0.002) \\\\\n"
            "\\midrule\n"
            "Observations & 120 & 100 \\\\\n"
            "R$^2$ & 0.500 & \\\\\n"
            "Within R$^2$ & 0.250 & \\\\\n"
            "Fixed effects: firm & Yes & Yes \\\\\n"
            "Fixed effects: year & Yes & No \\\\\n"
            "Standard errors & Clustered & Robust (HC1) \\\\\n"
            "Clusters & firm (20) & \\\\\n"
            "First-stage F: l(unrest, 1) & 23.456 & \\\\\n"
            "Model & IV (2SLS) & Poisson \\\\\n"
            "\\bottomrule\n"
            "\\multicolumn{3}{l}{\\footnotesize Standard errors in parentheses. $^{*}$ $p<0.1$, $^{**}$ $p<0.05$, "
            "$^{***}$ $p<0.01$.} \\\\\n"
            "\\end{tabular}\n"
            "\\end{table}\n";
        QCOMPARE(QString::fromStdString(latexTable(columns_, options)), QString::fromStdString(expected));
    }

    void csvOfTwoColumns()
    {
        const std::string expected =
            "term,Total estimate,Total std_error,政府 estimate,政府 std_error\n"
            "\"fit_l(unrest, 1)\",0.40000000000000002,0.10000000000000001,,\n"
            "treated_high,-0.25,0.12,0.123456,0.0654\n"
            "contracts_ai_public_security,,,-0.00040000000000000002,0.002\n"
            "Observations,120,,100,\n"
            "R2,0.5,,,\n"
            "Within R2,0.25,,,\n"
            "Fixed effects: firm,Yes,,Yes,\n"
            "Fixed effects: year,Yes,,No,\n"
            "Standard errors,Clustered,,Robust (HC1),\n"
            "Clusters,firm (20),,,\n"
            "\"First-stage F: l(unrest, 1)\",23.456,,,\n"
            "Model,IV (2SLS),,Poisson,\n";
        QCOMPARE(QString::fromStdString(csvTable(columns_, {})), QString::fromStdString(expected));
    }

    void termOrderPicksAndOrdersRows()
    {
        TableOptions options;
        options.termOrder = {"treated_high", "not_estimated", "fit_l(unrest, 1)"};
        const std::string csv = csvTable(columns_, options);
        const auto high = csv.find("\ntreated_high,"), fit = csv.find("\n\"fit_l(unrest, 1)\",");
        QVERIFY(high != std::string::npos && fit != std::string::npos && high < fit);
        QVERIFY(csv.find("not_estimated") == std::string::npos);
        QVERIFY(csv.find("contracts_ai_public_security") == std::string::npos);
    }

    void starsAndBracketsAreOptions()
    {
        TableOptions options;
        options.stars = false;
        options.standardErrorsInParentheses = false;
        options.digits = 2;
        const std::string latex = latexTable({{"", &iv_}}, options);
        QVERIFY(latex.find("$^{") == std::string::npos);
        QVERIFY(latex.find("p<") == std::string::npos);
        QVERIFY(latex.find(" & (1) \\\\\n") != std::string::npos);  // an empty title numbers the column
        QVERIFY(latex.find("fit\\_l(unrest, 1) & 0.40 \\\\\n & [0.10] \\\\\n") != std::string::npos);
        QVERIFY(latex.find("Standard errors in brackets.}") != std::string::npos);
        QVERIFY(latex.find("Chinese") == std::string::npos);  // all ASCII: no CJK note
    }

    void escapesEverySpecialCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("latex");
        QTest::newRow("lag stays readable") << "l(unrest, 1)"
                                            << "l(unrest, 1)";
        QTest::newRow("underscore") << "contracts_ai_public_security"
                                    << "contracts\\_ai\\_public\\_security";
        QTest::newRow("caret") << "prov^t"
                               << "prov\\textasciicircum{}t";
        QTest::newRow("interaction") << "rain:l(ai_stock, 1)"
                                     << "rain:l(ai\\_stock, 1)";
        QTest::newRow("ampersand") << "a&b"
                                   << "a\\&b";
        QTest::newRow("percent") << "50%"
                                 << "50\\%";
        QTest::newRow("dollar") << "$x"
                                << "\\$x";
        QTest::newRow("hash") << "#1"
                              << "\\#1";
        QTest::newRow("braces") << "{x}"
                                << "\\{x\\}";
        QTest::newRow("tilde") << "a~b"
                               << "a\\textasciitilde{}b";
        QTest::newRow("backslash") << "a\\b"
                                   << "a\\textbackslash{}b";
        QTest::newRow("less, greater, bar") << "a<b>c|d"
                                            << "a\\textless{}b\\textgreater{}c\\textbar{}d";
        QTest::newRow("chinese passes through") << "公安局_2016"
                                                << "公安局\\_2016";
    }

    void escapesEverySpecialCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, latex);
        QCOMPARE(QString::fromStdString(latexEscape(text.toStdString())), latex);
    }

    void numbers()
    {
        QCOMPARE(latexNumber(-1.5, 3), std::string("$-$1.500"));
        QCOMPARE(latexNumber(-0.0004, 3), std::string("0.000"));  // no "-0.000"
        QCOMPARE(latexNumber(2.0 / 3, 2), std::string("0.67"));
        QCOMPARE(latexNumber(std::nan(""), 3), std::string());
    }

    void latexCompiles()
    {
        const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
        if (pdflatex.isEmpty()) QSKIP("pdflatex is not installed");
        QTemporaryDir dir;
        // Every special character in a term, title and caption; ASCII only (pdflatex has no CJK).
        est::EstimationResult r = ivColumn();
        r.coefficients.push_back(coefficient("a_b&c%d$e#f{g}h~i^j\\k<l>m|n", 1, 0.5, 0.2));
        TableOptions options;
        options.caption = "50% of {all} $ & # ~ ^ \\ _";
        options.label = "tab:x";
        std::ofstream(dir.filePath(QStringLiteral("t.tex")).toStdString())
            << "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{booktabs}\n\\begin{document}\n"
            << latexTable({{"Total & more_1", &r}, {"(2)", &poisson_}}, options) << "\\end{document}\n";
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(pdflatex, {QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
                           QStringLiteral("t.tex")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestCoefficientTable)
#include "tst_coefficienttable.moc"
