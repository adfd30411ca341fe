#pragma once
// Running the built aitocracy-cli from a test, writing input files for it and reading what
// it (or a replication script) wrote.
#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace aitocracy::test {

struct CliRun {
    int exitCode;
    QString out, err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(AITOCRACY_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Writes `bytes` to `name` inside `dir` and returns the file's path.
inline QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

inline QString readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

// A replication script's estimates.csv: "term",estimate,std_error per line after the header.
inline QMap<QString, QPair<double, double>> readEstimates(const QString& path)
{
    QMap<QString, QPair<double, double>> out;
    const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype close = lines[i].lastIndexOf(QLatin1Char('"'));
        const QStringList numbers = lines[i].mid(close + 2).split(QLatin1Char(','));
        out[lines[i].mid(1, close - 1)] = {numbers.value(0).toDouble(), numbers.value(1).toDouble()};
    }
    return out;
}

}  // namespace aitocracy::test
