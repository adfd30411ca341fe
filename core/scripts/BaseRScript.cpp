#include "scripts/BaseRScript.h"

#include "scripts/RText.h"

namespace aitocracy::core::scripts {
namespace {

// The same computation for every specification; only the block above it changes.
constexpr const char* kBody = R"R(
# A variable of the same unit at time t - k*step exactly: a gap or the panel edge gives
# NA, never the previous row (keys printed without exponents so large times still match).
key_of <- function(u, t) paste(u, sprintf("%.0f", t), sep = "\r")
row_key <- key_of(panel[[unit]], panel[[time]])
lagged <- function(v) {
  x <- as.numeric(panel[[v$var]])
  if (v$lag == 0) x else x[match(key_of(panel[[unit]], panel[[time]] - v$lag * time_step), row_key)]
}
# One id per combination of the variables (a^b); NA when any of them is missing.
factor_of <- function(vars) {
  cols <- lapply(vars, function(v) as.character(panel[[v]]))
  id <- do.call(paste, c(cols, sep = "\r"))
  id[Reduce(`|`, lapply(cols, is.na))] <- NA
  id
}

y <- lagged(depvar)
# i() terms keep their variable as text until the sample is known; the others are numbers.
is_dummies <- vapply(terms, function(factors) isTRUE(factors[[1]]$dummies), TRUE)
X <- matrix(as.numeric(unlist(lapply(terms[!is_dummies], function(factors) Reduce(`*`, lapply(factors, lagged))))),
            nrow(panel), sum(!is_dummies), dimnames = list(NULL, names(terms)[!is_dummies]))
dummy_of <- lapply(terms[is_dummies], function(factors) as.character(panel[[factors[[1]]$var]]))
fes <- lapply(fixed_effects, factor_of)
cls <- lapply(clusters, factor_of)

# Sample: the chosen rows (the lags above were built on the whole panel first), less
# those with a missing value in anything used, a fixed effect or a cluster.
keep <- complete.cases(y, X)
for (d in dummy_of) keep <- keep & !is.na(d)
if (!is.null(sample_column)) keep <- keep & panel[[sample_column]] == 1
for (f in c(fes, cls)) keep <- keep & !is.na(f)
y <- y[keep]
X <- X[keep, , drop = FALSE]
dummy_of <- lapply(dummy_of, function(d) d[keep])
fes <- lapply(fes, function(f) f[keep])
cls <- lapply(cls, function(g) g[keep])
n <- length(y)

# i(var, ref = r): a 0/1 column per value present in the sample, in numeric order when all
# are numbers (else in byte order), the reference left out; in the term's place.
dummies <- function(factor, values) {
  lv <- unique(values)
  num <- suppressWarnings(as.numeric(lv))
  numeric <- !anyNA(num)
  lv <- if (numeric) lv[order(num)] else sort(lv, method = "radix")
  if (!is.null(factor$ref)) {
    ref_num <- suppressWarnings(as.numeric(factor$ref))
    lv <- lv[!(lv == factor$ref | (numeric & !is.na(ref_num) & as.numeric(lv) == ref_num))]
  }
  matrix(as.numeric(outer(values, lv, `==`)), length(values), length(lv),
         dimnames = list(NULL, paste0(factor$var, "::", lv)))
}
blocks <- list()
next_numeric <- 0
next_dummies <- 0
for (i in seq_along(terms)) {
  if (is_dummies[i]) {
    next_dummies <- next_dummies + 1
    blocks[[i]] <- dummies(terms[[i]][[1]], dummy_of[[next_dummies]])
  } else {
    next_numeric <- next_numeric + 1
    blocks[[i]] <- X[, next_numeric, drop = FALSE]
  }
}
X <- do.call(cbind, c(list(matrix(0, n, 0)), blocks))

if (length(fes) > 0) {
  fdf <- as.data.frame(lapply(fes, factor))
  names(fdf) <- paste0("fe", seq_along(fes))
  D <- model.matrix(as.formula(paste("~", paste(names(fdf), collapse = " + "))), fdf)
} else {
  D <- NULL
  X <- cbind("(Intercept)" = 1, X)
}

# Dummies first, so that a regressor collinear with them is the one lm() leaves out;
# such regressors are dropped, as the application does.
repeat {
  fit <- if (is.null(D)) lm(y ~ 0 + X) else lm(y ~ 0 + D + X)
  b <- tail(coef(fit), ncol(X))
  if (!anyNA(b)) break
  X <- X[, !is.na(b), drop = FALSE]
}
names(b) <- colnames(X)
e <- resid(fit)

# Frisch-Waugh: the regressors net of the dummies give the bread and the scores.
Xd <- if (is.null(D)) X else qr.resid(qr(D), X)
B <- solve(crossprod(Xd))
S <- Xd * e
p <- ncol(X)

# K: a fixed effect whose every level lies in one cluster is not counted ("nested").
levels_q <- vapply(fes, function(f) length(unique(f)), 1)
k_full <- if (length(fes) > 0) p + sum(levels_q - 1) + 1 else p
K <- k_full
if (vcov_type == "cluster" && length(fes) > 0) {
  nested <- vapply(fes, function(f) {
    any(vapply(cls, function(g) all(tapply(g, f, function(v) length(unique(v))) == 1), TRUE))
  }, TRUE)
  K <- if (all(nested)) p + 1 else max(k_full - sum(levels_q[nested] - 1), p + 1)
}

meat <- function(g) crossprod(rowsum(S, g, reorder = FALSE))
G <- vapply(cls, function(g) length(unique(g)), 1)
V <- switch(vcov_type,
  iid = B * sum(e^2) / (n - k_full),
  hetero = B %*% crossprod(S) %*% B * n / (n - k_full),
  cluster = if (length(cls) == 1) {
    B %*% meat(cls[[1]]) %*% B * G / (G - 1) * (n - 1) / (n - K)
  } else {
    M <- meat(cls[[1]]) + meat(cls[[2]]) - meat(paste(cls[[1]], cls[[2]], sep = "\r"))
    B %*% M %*% B * min(G) / (min(G) - 1) * (n - 1) / (n - K)
  })

terms <- names(b)
estimates <- unname(b)
std_errors <- sqrt(diag(V))
cat(sprintf("%-24s %24.17g %24.17g\n", terms, estimates, std_errors), sep = "")
cat(sprintf("nobs %d, K %g\n", n, K))
)R";

std::string varList(const est::VarRef& v)
{
    return "list(var = " + rString(v.name) + ", lag = " + std::to_string(v.lag) + ")";
}

std::string namesList(const std::vector<std::string>& names)
{
    std::string out = "c(";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + rString(names[i]);
    return out + ")";
}

}  // namespace

Result<std::string> baseRScript(const ScriptSpec& spec)
{
    const auto& f = spec.formula;
    if (spec.model != est::Model::Ols)
        return fail("unsupported", "the base-R script covers OLS only; use --lang r (fixest) for Poisson");
    if (f.isIv()) return fail("unsupported", "the base-R script covers OLS only; use --lang r (fixest) for IV");
    if (spec.dropSingletons)
        return fail("unsupported", "the base-R script keeps singletons; use --lang r to drop them");

    std::string s = "# Replicates: " + spec.formulaText +
                    "\n# Run from this folder: Rscript replicate_base.R  (writes estimates.csv here)\n"
                    "# Base R only: lm() with explicit dummies (slow on large panels; fixest is the fast\n"
                    "# route), variance by the application's small-sample rules (ESTIMATION.md).\n" +
                    rReadPanel(spec) + "unit <- " + rString(spec.unitName) + "\ntime <- " + rString(spec.timeName) +
                    "\ntime_step <- " + std::to_string(spec.timeStep) + "\ndepvar <- " + varList(f.depvar) +
                    "\nterms <- list(";
    for (std::size_t t = 0; t < f.terms.size(); ++t) {
        s += (t ? ",\n  " : "\n  ") + rString(f.terms[t].name()) + " = list(";
        for (std::size_t k = 0; k < f.terms[t].factors.size(); ++k) {
            const auto& factor = f.terms[t].factors[k];
            if (factor.kind == est::Factor::Kind::Dummies)
                s += "list(var = " + rString(factor.var.name) + ", lag = 0, dummies = TRUE, ref = " +
                     (factor.ref ? rString(*factor.ref) : std::string("NULL")) + ")";
            else
                s += (k ? ", " : "") + varList(factor.var);
        }
        s += ")";
    }
    s += ")\nfixed_effects <- list(";
    for (std::size_t q = 0; q < f.fixedEffects.size(); ++q)
        s += (q ? ", " : "") + rString(f.fixedEffects[q].name()) + " = " + namesList(f.fixedEffects[q].vars);
    s += ")\nclusters <- list(";
    for (std::size_t c = 0; c < spec.clusters.size(); ++c)
        s += (c ? ", " : "") + rString(spec.clusters[c].name) + " = " + namesList(spec.clusters[c].vars);
    s += ")\nvcov_type <- ";
    s += spec.vcov == est::VcovType::Iid      ? "\"iid\""
         : spec.vcov == est::VcovType::Hetero ? "\"hetero\""
                                              : "\"cluster\"";
    s += "\nsample_column <- ";
    s += spec.sampleColumn.empty() ? std::string("NULL") : rString(spec.sampleColumn);
    s += "\n";
    return s + kBody + rWriteEstimates();
}

}  // namespace aitocracy::core::scripts
