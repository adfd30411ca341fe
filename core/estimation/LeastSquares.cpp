#include "estimation/LeastSquares.h"

#include <algorithm>

namespace aitocracy::core::est {

Eigen::VectorXd squaredNorms(const Eigen::MatrixXd& X, const Eigen::VectorXd& w)
{
    Eigen::VectorXd norms(X.cols());
    for (Eigen::Index j = 0; j < X.cols(); ++j) norms[j] = w.size() ? X.col(j).cwiseAbs2().dot(w) : X.col(j).squaredNorm();
    return norms;
}

Eigen::MatrixXd gram(const Eigen::MatrixXd& Xd, const Eigen::VectorXd& w)
{
    // Dot products per pair of columns: for the few, long columns of a regression this
    // beats a general matrix product, whose blocking overhead dominates at p ≈ 10. Taken
    // over blocks of rows that stay in cache, so that long columns are read once, not p times.
    constexpr Eigen::Index kBlock = 4096;
    const Eigen::Index p = Xd.cols(), n = Xd.rows();
    Eigen::MatrixXd G = Eigen::MatrixXd::Zero(p, p);
    Eigen::VectorXd wa;
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        for (Eigen::Index a = 0; a < p; ++a) {
            const auto ca = Xd.col(a).segment(start, rows);
            if (w.size()) wa = ca.cwiseProduct(w.segment(start, rows));
            for (Eigen::Index b = 0; b <= a; ++b) G(a, b) += w.size() ? wa.dot(Xd.col(b).segment(start, rows)) : ca.dot(Xd.col(b).segment(start, rows));
        }
    }
    return G.selfadjointView<Eigen::Lower>();
}

std::vector<Eigen::Index> independentColumns(const Eigen::VectorXd& rawSquaredNorms, const Eigen::MatrixXd& Xd, double tol, const Eigen::VectorXd& w)
{
    return independentColumnsOfGram(rawSquaredNorms, gram(Xd, w), tol);
}

std::vector<Eigen::Index> independentColumnsOfGram(const Eigen::VectorXd& rawSquaredNorms, const Eigen::MatrixXd& G, double tol)
{
    std::vector<Eigen::Index> kept;
    for (Eigen::Index j = 0; j < G.cols(); ++j) {
        const double raw = rawSquaredNorms[j];
        const double gjj = G(j, j);
        if (!(gjj > tol * raw) || gjj <= 0) continue;  // absorbed by the fixed effects (or all zero)
        if (!kept.empty()) {
            const auto k = static_cast<Eigen::Index>(kept.size());
            Eigen::MatrixXd gkk(k, k);
            Eigen::VectorXd gkj(k);
            for (Eigen::Index a = 0; a < k; ++a) {
                gkj[a] = G(kept[static_cast<std::size_t>(a)], j);
                for (Eigen::Index b = 0; b < k; ++b) gkk(a, b) = G(kept[static_cast<std::size_t>(a)], kept[static_cast<std::size_t>(b)]);
            }
            const double residual = gjj - gkj.dot(gkk.ldlt().solve(gkj));
            if (residual <= tol * gjj) continue;  // a combination of the columns before it
        }
        kept.push_back(j);
    }
    return kept;
}

LeastSquaresFit solveNormalEquations(const Eigen::MatrixXd& Xd, const Eigen::VectorXd& y, const Eigen::VectorXd& w)
{
    const Eigen::VectorXd xty = w.size() ? Eigen::VectorXd(Xd.transpose() * w.cwiseProduct(y)) : Eigen::VectorXd(Xd.transpose() * y);
    return solveWithGram(gram(Xd, w), xty);
}

LeastSquaresFit solveWithGram(const Eigen::MatrixXd& xtx, const Eigen::VectorXd& xty)
{
    const Eigen::LLT<Eigen::MatrixXd> llt(xtx);
    LeastSquaresFit fit;
    fit.b = llt.solve(xty);
    fit.bread = llt.solve(Eigen::MatrixXd::Identity(xtx.rows(), xtx.cols()));
    return fit;
}

Eigen::MatrixXd selectColumns(const Eigen::MatrixXd& m, const std::vector<Eigen::Index>& columns)
{
    Eigen::MatrixXd out(m.rows(), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t j = 0; j < columns.size(); ++j) out.col(static_cast<Eigen::Index>(j)) = m.col(columns[j]);
    return out;
}

}  // namespace aitocracy::core::est
