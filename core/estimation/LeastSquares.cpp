#include "estimation/LeastSquares.h"

namespace aitocracy::core::est {

std::vector<Eigen::Index> independentColumns(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Xd, double tol, const Eigen::VectorXd& w)
{
    const Eigen::MatrixXd G = w.size() ? Eigen::MatrixXd(Xd.transpose() * w.asDiagonal() * Xd) : Eigen::MatrixXd(Xd.transpose() * Xd);
    std::vector<Eigen::Index> kept;
    for (Eigen::Index j = 0; j < Xd.cols(); ++j) {
        const double raw = w.size() ? X.col(j).cwiseAbs2().dot(w) : X.col(j).squaredNorm();
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
    Eigen::MatrixXd xtx;
    Eigen::VectorXd xty;
    if (w.size()) {
        const Eigen::MatrixXd wx = w.asDiagonal() * Xd;
        xtx = Xd.transpose() * wx;
        xty = wx.transpose() * y;
    } else {
        xtx = Xd.transpose() * Xd;
        xty = Xd.transpose() * y;
    }
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
