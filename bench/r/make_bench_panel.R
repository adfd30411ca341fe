# Writes a balanced benchmark panel with columns pref,t,y,unrest.
#
#   Rscript bench/r/make_bench_panel.R OUT.csv units periods seed
#
# unrest is a count (Poisson with unit- and time-varying intensity); y depends on
# unrest's leads and lags (a pre-trend of zero, effects from t to t-4), on unit and
# period effects and on AR(1) noise within unit. Rows are written sorted by pref, t.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) stop("usage: Rscript bench/r/make_bench_panel.R OUT.csv units periods seed")
out <- args[1]
N <- as.integer(args[2]); T <- as.integer(args[3]); seed <- as.integer(args[4])
if (is.na(N) || is.na(T) || N < 1 || T < 1) stop("units and periods must be positive integers")
set.seed(seed)

n <- N * T
unit <- rep(seq_len(N), each = T)
t <- rep(seq_len(T), times = N)
a <- rnorm(N)
g <- rnorm(T, sd = 0.5)
lambda <- exp(-1 + 0.5 * a[unit] + 0.3 * sin(t / 7))
unrest <- rpois(n, lambda)

# Lags of unrest within unit (the panel is sorted by unit, then t).
lagv <- function(v, k) {
  out <- rep(0, n)
  idx <- seq_len(n) - k
  ok <- idx >= 1 & idx <= n
  ok[ok] <- unit[idx[ok]] == unit[ok]
  out[ok] <- v[idx[ok]]
  out
}
beta <- c(0, 0, 0, 0, 0.5, 0.3, 0.2, 0.1, 0.05)   # k = -4..4
y <- a[unit] + g[t]
for (j in seq_along(beta)) if (beta[j] != 0) y <- y + beta[j] * lagv(unrest, j - 5L)
e <- rnorm(n)
for (k in 2:T) {                        # AR(1) noise within unit, vectorised over units
  i <- seq(k, n, by = T)
  e[i] <- 0.4 * e[i - 1] + e[i]
}
y <- y + e

d <- data.frame(pref = sprintf("p%03d", unit), t = t, y = sprintf("%.12g", y), unrest = unrest)
write.csv(d, out, row.names = FALSE, quote = FALSE)
cat(sprintf("wrote %s: %d units x %d periods = %d rows\n", out, N, T, n))
