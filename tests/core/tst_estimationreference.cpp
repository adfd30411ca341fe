// The estimator against an independent implementation: tests/r/reference.R generates
// panels and computes every estimate in R (lm/glm with explicit dummies, a hand-written
// sandwich under fixest's rules, cross-checked there with estimatr and sandwich).
// Coefficients must agree to 1e-8 relative, standard errors to 1e-6, counts exactly.
#include "TestSupport.h"
#include "estimation/Estimator.h"

#include <QtTest>

#include <QProcess>

#include <fstream>
#include <map>
#include <sstream>

using namespace aitocracy::core;
using namespace aitocracy::core::est;
using aitocracy::test::errorText;

namespace {

std::vector<std::string> splitTabs(const std::string& line)
{
    std::vector<std::string> out;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) out.push_back(field);
    if (!line.empty() && line.back() == '\t') out.emplace_back();
    return out;
}

struct RefCoefficient {
    std::string term;
    double estimate, stdError, t, p;
};

// "term",estimate,std_error,t,p — the term is quoted (it may hold commas).
std::vector<RefCoefficient> readCoefficients(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    std::vector<RefCoefficient> out;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto close = line.find('"', 1);
        RefCoefficient c;
        c.term = line.substr(1, close - 1);
        std::stringstream rest(line.substr(close + 2));
        std::string v;
        std::vector<double> values;
        while (std::getline(rest, v, ',')) values.push_back(std::stod(v));
        c.estimate = values.at(0);
        c.stdError = values.at(1);
        c.t = values.at(2);
        c.p = values.at(3);
        out.push_back(c);
    }
    return out;
}

std::map<std::string, std::string> readMeta(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    std::map<std::string, std::string> meta;
    while (std::getline(in, line)) {
        const auto comma = line.find(',');
        if (comma != std::string::npos) meta[line.substr(0, comma)] = line.substr(comma + 1);
    }
    return meta;
}

bool closeRelative(double a, double b, double tol) { return std::abs(a - b) <= tol * std::max(std::abs(b), 1e-300) || a == b; }

}  // namespace

class TestEstimationReference : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::vector<std::vector<std::string>> scenarios_;

private Q_SLOTS:
    void initTestCase()
    {
        QProcess r;
        r.start(QStringLiteral("Rscript"), {QStringLiteral(AITOCRACY_SOURCE_DIR "/tests/r/reference.R"), dir_.path()});
        QVERIFY2(r.waitForStarted(), "Rscript is missing: ./test.sh installs r-base-core, r-cran-sandwich and r-cran-estimatr");
        QVERIFY(r.waitForFinished(300000));
        QVERIFY2(r.exitCode() == 0, r.readAllStandardError().constData());
        std::ifstream manifest(dir_.filePath(QStringLiteral("manifest.tsv")).toStdString());
        std::string line;
        std::getline(manifest, line);
        while (std::getline(manifest, line))
            if (!line.empty()) scenarios_.push_back(splitTabs(line));
        QVERIFY(scenarios_.size() >= 12);
    }

    void scenarios_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < scenarios_.size(); ++i) QTest::newRow(scenarios_[i][0].c_str()) << static_cast<int>(i);
    }

    void scenarios()
    {
        QFETCH(int, index);
        const auto& s = scenarios_[static_cast<std::size_t>(index)];
        const std::string name = s[0], dataFile = s[1], unit = s[2], time = s[3], formula = s[4], model = s[5], vcov = s[6];
        const std::string cluster = s.size() > 7 ? s[7] : std::string();
        const std::string base = dir_.path().toStdString() + "/";

        auto panel = readPanelCsv(base + dataFile, unit, time);
        QVERIFY2(panel, errorText(panel).c_str());
        EstimationOptions options;
        options.model = model == "poisson" ? Model::Poisson : Model::Ols;
        options.vcov = vcov == "iid" ? VcovType::Iid : vcov == "hetero" ? VcovType::Hetero : VcovType::Cluster;
        if (!cluster.empty()) options.clusters = {cluster};
        auto result = estimate(*panel, formula, options);
        QVERIFY2(result, errorText(result).c_str());

        const auto meta = readMeta(base + name + ".meta.csv");
        QCOMPARE(result->nobs, static_cast<std::size_t>(std::stoul(meta.at("nobs"))));
        QCOMPARE(result->droppedMissing, static_cast<std::size_t>(std::stoul(meta.at("dropped_missing"))));
        QCOMPARE(result->dofK, std::stod(meta.at("dof_k")));
        QCOMPARE(result->kFull, std::stod(meta.at("k_full")));
        if (meta.count("fe_all_zero_dropped")) QCOMPARE(result->droppedFeAllZero, static_cast<std::size_t>(std::stoul(meta.at("fe_all_zero_dropped"))));
        for (const auto& c : result->clusters)
            QCOMPARE(c.groups, static_cast<std::size_t>(std::stoul(meta.at("groups_" + c.name))));
        for (const char* key : {"r2", "r2_within"}) {
            const std::string v = meta.count(key) ? meta.at(key) : "NA";
            const double mine = std::string(key) == "r2" ? result->r2 : result->r2Within;
            if (v == "NA")
                QVERIFY2(std::isnan(mine), key);
            else
                QVERIFY2(closeRelative(mine, std::stod(v), 1e-8), (std::string(key) + " " + std::to_string(mine) + " vs " + v).c_str());
        }
        for (const auto& fs : result->firstStages) {
            const double ref = std::stod(meta.at("first_stage_f_" + fs.endogenous));
            QVERIFY2(closeRelative(fs.f, ref, 1e-8), ("first-stage F " + std::to_string(fs.f) + " vs " + std::to_string(ref)).c_str());
        }

        const auto ref = readCoefficients(base + name + ".ref.csv");
        QCOMPARE(result->coefficients.size(), ref.size());
        for (std::size_t j = 0; j < ref.size(); ++j) {
            const auto& mine = result->coefficients[j];
            QCOMPARE(mine.term, ref[j].term);
            const std::string at = mine.term + ": ";
            QVERIFY2(closeRelative(mine.estimate, ref[j].estimate, 1e-8), (at + std::to_string(mine.estimate) + " vs " + std::to_string(ref[j].estimate)).c_str());
            QVERIFY2(closeRelative(mine.stdError, ref[j].stdError, 1e-6), (at + std::to_string(mine.stdError) + " vs " + std::to_string(ref[j].stdError)).c_str());
            QVERIFY2(closeRelative(mine.p, ref[j].p, 1e-6), (at + "p " + std::to_string(mine.p) + " vs " + std::to_string(ref[j].p)).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestEstimationReference)
#include "tst_estimationreference.moc"
