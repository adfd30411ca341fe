#pragma once
// Least squares on demeaned columns: which regressors are linearly independent, and
// the solution of the normal equations by Cholesky.
#include <Eigen/Dense>

#include <vector>

namespace aitocracy::core::est {

// Indices of the columns of Xd to keep, in order. Column j is dropped when the fixed
// effects absorbed it (‖Xd_j‖² ≤ tol·‖X_j‖², with rawSquaredNorms[j] = ‖X_j‖² before
// demeaning) or when it is a linear combination of the columns kept before it (its
// squared residual on them is ≤ tol·‖Xd_j‖²) — fixest's collin.tol rule. Weights w
// (IRLS) when non-empty, in both the norms and the products.
std::vector<Eigen::Index> independentColumns(const Eigen::VectorXd& rawSquaredNorms, const Eigen::MatrixXd& Xd, double tol,
                                             const Eigen::VectorXd& w = {});
// The same from the Gram matrix G = Xd′WXd (p × p), when the caller has it already.
std::vector<Eigen::Index> independentColumnsOfGram(const Eigen::VectorXd& rawSquaredNorms, const Eigen::MatrixXd& G, double tol);

// Xd′WXd (W = I when w is empty).
Eigen::MatrixXd gram(const Eigen::MatrixXd& Xd, const Eigen::VectorXd& w = {});

// ‖X_j‖² (weighted by w when non-empty) of every column.
Eigen::VectorXd squaredNorms(const Eigen::MatrixXd& X, const Eigen::VectorXd& w = {});

struct LeastSquaresFit {
    Eigen::VectorXd b;      // p
    Eigen::MatrixXd bread;  // (Xd′WXd)⁻¹, p × p
};

// Solves (Xd′WXd) b = Xd′W y (W = I when w is empty).
LeastSquaresFit solveNormalEquations(const Eigen::MatrixXd& Xd, const Eigen::VectorXd& y, const Eigen::VectorXd& w = {});
// The same with the Gram matrix G = Xd′WXd and Xd′Wy given.
LeastSquaresFit solveWithGram(const Eigen::MatrixXd& G, const Eigen::VectorXd& xty);

Eigen::MatrixXd selectColumns(const Eigen::MatrixXd& m, const std::vector<Eigen::Index>& columns);

}  // namespace aitocracy::core::est
