# Times estimatr::lm_robust on the event-study specification of the benchmark.
#
#   Rscript bench/r/time_estimatr.R data.csv unit time reps
#
# Reads a CSV with columns <unit>, <time>, y, unrest; builds l(unrest, -4:4) by exact
# time match (key join on (unit, time - k*step); a gap or the edge gives NA), then runs
#   lm_robust(y ~ f4+f3+f2+f1+unrest+l1+l2+l3+l4, fixed_effects = ~ unit + time,
#             clusters = unit, se_type = "stata")
# once to warm up and `reps` times timed. Prints one line on stdout:
#   estimatr_median_ms=<ms> nobs=<n> unrest_coef=<17 digits> peak_rss_mb=<MB>
# (peak_rss_mb is the process's VmHWM, which includes reading the data).
suppressPackageStartupMessages(library(estimatr))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) stop("usage: Rscript bench/r/time_estimatr.R data.csv unit time reps")
path <- args[1]; unit <- args[2]; time <- args[3]; reps <- as.integer(args[4])
if (is.na(reps) || reps < 1) stop("reps must be a positive integer")

d <- read.csv(path, stringsAsFactors = FALSE)
for (v in c(unit, time, "y", "unrest")) if (!v %in% names(d)) stop("column '", v, "' not in ", path)

period_index <- function(x) {
  if (is.numeric(x)) return(as.integer(x))
  x <- as.character(x)
  q <- grepl("^[0-9]{4}Q[1-4]$", x)
  out <- suppressWarnings(as.integer(x))
  out[q] <- as.integer(substr(x[q], 1, 4)) * 4L + as.integer(substr(x[q], 6, 6)) - 1L
  out
}
tt <- period_index(d[[time]])
d <- d[order(d[[unit]], tt), ]
tt <- period_index(d[[time]])
u <- match(d[[unit]], unique(d[[unit]]))           # integer unit index
ut <- sort(unique(tt))
step <- if (length(ut) > 1) Reduce(function(a, b) { while (b) { r <- a %% b; a <- b; b <- r }; a }, diff(ut)) else 1L
span <- as.numeric(max(tt) - min(tt) + 10 * step + 1)
key <- u * span + (tt - min(tt))
if (anyDuplicated(key)) stop("duplicate (unit, time) pairs in ", path)
lagk <- function(k) d$unrest[match(key - k * step, key)]
for (k in 1:4) {
  d[[paste0("l", k)]] <- lagk(k)
  d[[paste0("f", k)]] <- lagk(-k)
}

fml <- y ~ f4 + f3 + f2 + f1 + unrest + l1 + l2 + l3 + l4
fe <- as.formula(paste("~", unit, "+", time))
d[[time]] <- as.character(d[[time]])
run <- function() {
  do.call(lm_robust, list(formula = fml, data = quote(d), fixed_effects = fe,
                          clusters = as.name(unit), se_type = "stata"))
}
m <- run()                                          # warm-up
ms <- numeric(reps)
for (r in seq_len(reps)) {
  t0 <- proc.time()[["elapsed"]]
  m <- run()
  ms[r] <- 1000 * (proc.time()[["elapsed"]] - t0)
}
hwm <- tryCatch({
  st <- readLines("/proc/self/status")
  l <- grep("^VmHWM:", st, value = TRUE)
  as.numeric(gsub("[^0-9]", "", l)) / 1024
}, error = function(e) NA)
cat(sprintf("estimatr_median_ms=%.3f nobs=%d unrest_coef=%s peak_rss_mb=%.1f\n",
            median(ms), m$nobs, sprintf("%.17g", coef(m)[["unrest"]]), hwm))
