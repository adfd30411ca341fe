#pragma once
// Student t distribution: two-sided p-values and quantiles for coefficient tables.
// Method: the t CDF through the regularized incomplete beta function,
// P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2), evaluated by Lentz's continued fraction
// (Press et al., Numerical Recipes, 3rd ed., §6.4); quantiles by safeguarded Newton.
namespace aitocracy::core::est {

// P(|T| > |t|) for ν degrees of freedom (ν may be fractional, must be > 0; infinite ν
// gives the normal distribution).
double studentTwoSidedP(double t, double df);

// The q-quantile of T (0 < q < 1).
double studentQuantile(double q, double df);

}  // namespace aitocracy::core::est
