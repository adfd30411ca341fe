# Independent reference computations for the estimation engine.
#
#   Rscript tests/r/reference.R OUTDIR
#
# Writes, for every scenario, OUTDIR/<scenario>.csv (the panel the engine reads),
# OUTDIR/<scenario>.ref.csv (term,estimate,std_error,t,p), OUTDIR/<scenario>.meta.csv
# (key,value) and OUTDIR/manifest.tsv. Numbers carry 17 significant digits.
#
# Everything is computed the slow, explicit way (docs: /work/shared/docs/ESTIMATION.md,
# the estimation contract): lags by a keyed join on (unit, time - k*step), coefficients
# from lm()/glm() with explicit dummy variables, demeaned regressors as residuals on the
# dummies, and the variance built from the scores by the contract's formulas. Each
# scenario is then cross-checked against sandwich and estimatr (stop() on mismatch).
# Only base R, sandwich and estimatr are used: they are what the test machine has.

suppressPackageStartupMessages({
  library(sandwich)
  library(estimatr)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript tests/r/reference.R OUTDIR")
outdir <- args[1]
dir.create(outdir, showWarnings = FALSE, recursive = TRUE)

fmt <- function(v) {
  out <- formatC(as.numeric(v), digits = 17, format = "g")
  out[is.na(v)] <- "NA"
  trimws(out)
}

rel_diff <- function(a, b) {
  a <- as.numeric(a); b <- as.numeric(b)
  scale <- max(abs(c(a, b)), .Machine$double.xmin)
  max(abs(a - b)) / scale
}

check <- function(label, a, b, tol = 1e-8) {
  d <- rel_diff(a, b)
  cat(sprintf("  check %-58s rel.diff = %.3e %s\n", label, d, if (d <= tol) "ok" else "FAIL"))
  if (!is.finite(d) || d > tol) stop(sprintf("cross-check failed: %s (rel.diff %.3e > %.1e)", label, d, tol))
  invisible(d)
}

# ---------------------------------------------------------------------------
# Panel helpers
# ---------------------------------------------------------------------------

# Periods written as "2016Q3" map to consecutive integers (year*4 + quarter - 1);
# anything else must be an integer already.
period_index <- function(x) {
  x <- as.character(x)
  q <- grepl("^[0-9]{4}Q[1-4]$", x)
  out <- rep(NA_integer_, length(x))
  out[q] <- as.integer(substr(x[q], 1, 4)) * 4L + as.integer(substr(x[q], 6, 6)) - 1L
  out[!q & !is.na(x)] <- as.integer(x[!q & !is.na(x)])
  out
}

gcd2 <- function(a, b) if (b == 0) abs(a) else gcd2(b, a %% b)

time_step <- function(tt) {
  u <- sort(unique(tt[!is.na(tt)]))
  if (length(u) < 2) return(1L)
  Reduce(gcd2, diff(u))
}

# x from the same unit at time t - k*step exactly (k < 0: a lead). A keyed join: the
# key of every row is (unit, time); the wanted key is (unit, time - k*step); no match
# (a gap or the panel edge) gives NA, never the previous row.
lag_by_time <- function(d, unit, time, var, k) {
  tt <- period_index(d[[time]])
  step <- time_step(tt)
  key <- paste(d[[unit]], tt, sep = "\r")
  if (anyDuplicated(key)) stop("duplicate (unit, time) pairs in scenario data")
  want <- paste(d[[unit]], tt - k * step, sep = "\r")
  out <- d[[var]][match(want, key)]
  # The same join written with merge(), as a check on the one above.
  left <- data.frame(.row = seq_len(nrow(d)), .u = d[[unit]], .t = tt - k * step)
  right <- data.frame(.u = d[[unit]], .t = tt, .v = d[[var]])
  m <- merge(left, right, by = c(".u", ".t"), all.x = TRUE, sort = FALSE)
  m <- m[order(m$.row), ]
  if (!identical(m$.v, out)) stop("lag ", lag_name(var, k), ": match() and merge() disagree")
  # Rows where lagging by 'the k-th previous row of the unit' would give something
  # else than the exact-time lag (gaps): printed so one sees the scenario tests it.
  if (k != 0) {
    o <- order(d[[unit]], tt)
    uo <- d[[unit]][o]; vo <- d[[var]][o]; m <- length(o)
    src <- seq_len(m) - k
    src[src < 1 | src > m] <- NA
    same <- !is.na(src) & uo[pmax(1, pmin(m, src))] == uo
    naive <- rep(NA_real_, m)
    naive[same] <- vo[src[same]]
    exact <- out[o]
    differ <- xor(is.na(naive), is.na(exact)) | (!is.na(naive) & !is.na(exact) & naive != exact)
    attr(out, "lag_note") <- sprintf("  lag %-9s (step %d): %d rows where the previous-row lag would differ",
                                     lag_name(var, k), step, sum(differ))
  }
  out
}

lag_name <- function(var, k) {
  if (k == 0) var else if (k > 0) sprintf("l(%s, %d)", var, k) else sprintf("f(%s, %d)", var, -k)
}

# Named list of lag columns for l(var, ks), in the order fixest prints them.
lag_terms <- function(d, unit, time, var, ks) {
  out <- lapply(ks, function(k) lag_by_time(d, unit, time, var, k))
  names(out) <- vapply(ks, function(k) lag_name(var, k), "")
  out
}

# Iteratively count observations in singleton fixed-effect levels (as reghdfe /
# fixest's fixef.rm = "singleton" would remove them). Informative only.
count_singletons <- function(fes) {
  if (length(fes) == 0) return(0L)
  keep <- rep(TRUE, length(fes[[1]]))
  repeat {
    drop <- rep(FALSE, length(keep))
    for (f in fes) {
      cnt <- table(f[keep])
      drop[keep] <- drop[keep] | (cnt[as.character(f[keep])] == 1)
    }
    if (!any(drop)) break
    keep <- keep & !drop
  }
  sum(!keep)
}

# ---------------------------------------------------------------------------
# The estimator (explicit dummies; contract's variance formulas)
# ---------------------------------------------------------------------------
#
# sc: list(name, data, unit, time, formula, model, vcov, cluster (character vector of
#     cluster dims, names of data columns or of fe entries), y (column name),
#     terms (named list of regressor vectors, full length of data), fe (named list of
#     full-length vectors; names as in the formula, e.g. "prov^t"), iv = NULL or
#     list(endo = named list, inst = named list), intercept = TRUE when no FE)
estimate <- function(sc) {
  d <- sc$data
  n0 <- nrow(d)
  y <- as.numeric(d[[sc$y]])
  X <- do.call(cbind, lapply(sc$terms, as.numeric))
  if (is.null(X)) X <- matrix(numeric(0), n0, 0)
  colnames(X) <- names(sc$terms)
  is_iv <- !is.null(sc$iv)
  if (is_iv) {
    En <- do.call(cbind, lapply(sc$iv$endo, as.numeric)); colnames(En) <- names(sc$iv$endo)
    Z <- do.call(cbind, lapply(sc$iv$inst, as.numeric)); colnames(Z) <- names(sc$iv$inst)
  }
  fes <- lapply(sc$fe, as.character)
  cl <- lapply(sc$cluster, function(c) as.character(if (!is.null(sc$fe[[c]])) sc$fe[[c]] else d[[c]]))
  names(cl) <- sc$cluster

  # --- estimation sample: drop rows with NA in anything used
  used <- cbind(y, X)
  if (is_iv) used <- cbind(used, En, Z)
  ok <- complete.cases(used)
  for (f in fes) ok <- ok & !is.na(f)
  for (c in cl) ok <- ok & !is.na(c)
  dropped_missing <- sum(!ok)

  # --- Poisson: drop FE levels whose outcome sums to zero, one pass per dimension
  fe_zero_rows <- 0L
  fe_zero_levels <- list()
  if (sc$model == "poisson") {
    for (q in names(fes)) {
      s <- tapply(y[ok], fes[[q]][ok], sum)
      zero <- names(s)[s == 0]
      fe_zero_levels[[q]] <- length(zero)
      drop <- ok & fes[[q]] %in% zero
      fe_zero_rows <- fe_zero_rows + sum(drop)
      ok <- ok & !drop
    }
  }

  y <- y[ok]; X <- X[ok, , drop = FALSE]
  if (is_iv) { En <- En[ok, , drop = FALSE]; Z <- Z[ok, , drop = FALSE] }
  fes <- lapply(fes, function(f) f[ok]); cl <- lapply(cl, function(c) c[ok])
  n <- length(y)
  has_fe <- length(fes) > 0
  levels_q <- vapply(fes, function(f) length(unique(f)), 1L)
  singletons <- count_singletons(fes)

  # --- explicit dummies
  if (has_fe) {
    fdf <- as.data.frame(lapply(fes, factor), stringsAsFactors = TRUE)
    names(fdf) <- paste0("fe", seq_along(fes))
    D <- model.matrix(as.formula(paste("~", paste(names(fdf), collapse = " + "))), fdf)
  } else {
    D <- matrix(1, n, 1, dimnames = list(NULL, "(Intercept)"))
    X <- cbind("(Intercept)" = 1, X)
  }
  # Regressor matrix of the (second stage) model, in coefficient order.
  if (is_iv) {
    Xhat <- En
    for (j in seq_len(ncol(En))) {
      fs <- lm(En[, j] ~ 0 + Z + X + D)
      Xhat[, j] <- fitted(fs)
    }
    colnames(Xhat) <- paste0("fit_", colnames(En))
    R <- cbind(Xhat, X)              # regressors of the second stage
    Ract <- cbind(En, X)             # same with the actual endogenous values
  } else {
    R <- X; Ract <- X
  }
  p <- ncol(R)
  terms <- colnames(R)

  # --- coefficients with explicit dummies
  if (sc$model == "ols") {
    fit <- if (has_fe) lm(y ~ 0 + R + D) else lm(y ~ 0 + R)
    b <- coef(fit)[seq_len(p)]
    if (anyNA(b)) stop(sc$name, ": a regressor is collinear with the dummies")
    names(b) <- terms
    # structural residuals (equal to lm's residuals when not IV)
    e <- y - as.vector(Ract %*% b) - (fitted(fit) - as.vector(R %*% b))
    if (!is_iv) check("residuals equal lm residuals", e, resid(fit), 1e-9 * max(1, sd(y)))
    w <- rep(1, n)
    rank_full <- fit$rank
  } else {
    fit <- glm(y ~ 0 + R + D, family = poisson(),
               control = glm.control(epsilon = 1e-14, maxit = 200))
    if (!fit$converged) stop(sc$name, ": glm did not converge")
    # Polish: glm's working weights (hence vcov(glm)) lag one IRLS step behind the
    # final coefficients; restarting from the solution adds Newton steps until the
    # coefficients stop moving.
    for (it in 1:5) {
      fit2 <- glm(y ~ 0 + R + D, family = poisson(), start = coef(fit),
                  control = glm.control(epsilon = 1e-14, maxit = 200))
      moved <- rel_diff(coef(fit2), coef(fit))
      fit <- fit2
      if (moved < 1e-15) break
    }
    cat(sprintf("  glm polished: last relative coefficient change %.3e\n", moved))
    b <- coef(fit)[seq_len(p)]
    if (anyNA(b)) stop(sc$name, ": a regressor is collinear with the dummies")
    names(b) <- terms
    mu <- fitted(fit)
    e <- y - mu
    w <- mu
    rank_full <- fit$rank
  }

  # --- demeaned regressors (weighted for Poisson): residuals on the dummies
  if (has_fe) {
    sw <- sqrt(w)
    qD <- qr(D * sw)
    Xd <- qr.resid(qD, R * sw) / sw
    yd <- qr.resid(qr(D), y)
  } else {
    Xd <- R
    yd <- y - mean(y)
  }
  colnames(Xd) <- terms
  B <- solve(crossprod(Xd * sqrt(w)))
  dimnames(B) <- list(terms, terms)

  # FWL sanity checks: bread equals the regressor block of lm's (X'X)^-1, and the
  # coefficients come back from the demeaned regression.
  if (sc$model == "ols") {
    s2_lm <- sum(resid(fit)^2) / fit$df.residual
    check("FWL: (Xd'Xd)^-1 == vcov(lm)/sigma^2 block", B, vcov(fit)[seq_len(p), seq_len(p)] / s2_lm)
    check("FWL: b == (Xd'Xd)^-1 Xd'y", b, B %*% crossprod(Xd, y))
  } else {
    check("(Xd'WXd)^-1 == vcov(glm) block", B, vcov(fit)[seq_len(p), seq_len(p)])
  }

  # --- degrees of freedom: K_full and the nested rule
  k_full <- if (has_fe) p + sum(levels_q - 1) + 1 else p
  nested <- setNames(rep(FALSE, length(fes)), names(fes))
  if (sc$vcov == "cluster") {
    for (q in names(fes)) {
      parts <- strsplit(q, "^", fixed = TRUE)[[1]]
      by_name <- any(parts %in% names(cl)) || q %in% names(cl)
      by_levels <- any(vapply(cl, function(c) {
        all(tapply(c, fes[[q]], function(v) length(unique(v))) == 1)
      }, TRUE))
      nested[q] <- by_name || by_levels
    }
  }
  if (!has_fe) {
    K <- k_full
  } else if (sc$vcov != "cluster") {
    K <- k_full
  } else if (all(nested)) {
    K <- p + 1
  } else {
    K <- max(k_full - sum(levels_q[nested] - 1), p + 1)
  }

  # --- variance
  S <- Xd * e
  G <- vapply(cl, function(c) length(unique(c)), 1L)
  meat_cl <- function(g) { Sg <- rowsum(S, g, reorder = FALSE); crossprod(Sg) }
  if (sc$vcov == "iid") {
    if (sc$model == "ols") {
      V <- B * sum(e^2) / (n - k_full)
    } else {
      V <- B * (n - 1) / (n - k_full)
    }
    t_df <- n - k_full
  } else if (sc$vcov == "hetero") {
    V <- B %*% crossprod(S) %*% B * n / (n - k_full)
    t_df <- n - k_full
  } else if (length(cl) == 1) {
    V <- B %*% meat_cl(cl[[1]]) %*% B * G[1] / (G[1] - 1) * (n - 1) / (n - K)
    t_df <- G[1] - 1
  } else if (length(cl) == 2) {
    inter <- paste(cl[[1]], cl[[2]], sep = "\r")
    M <- meat_cl(cl[[1]]) + meat_cl(cl[[2]]) - meat_cl(inter)
    Gmin <- min(G)
    V <- B %*% M %*% B * Gmin / (Gmin - 1) * (n - 1) / (n - K)
    t_df <- Gmin - 1
  } else stop("at most two cluster dimensions")
  dimnames(V) <- list(terms, terms)
  ev <- eigen(V, symmetric = TRUE, only.values = TRUE)$values
  if (min(ev) < -1e-12 * max(abs(ev))) warning(sc$name, ": variance matrix is not PSD")

  se <- sqrt(diag(V))
  tt <- b / se
  p_dist <- if (sc$model == "poisson") "normal" else "t"
  pv <- if (p_dist == "t") 2 * pt(-abs(tt), t_df) else 2 * pnorm(-abs(tt))

  # --- fit statistics
  ssr <- sum(e^2)
  r2 <- if (sc$model == "ols") 1 - ssr / sum((y - mean(y))^2) else NA
  r2w <- if (sc$model == "ols" && has_fe) 1 - ssr / sum(yd^2) else NA

  meta <- list(nobs = n, dropped_missing = dropped_missing, dof_k = K, k_full = k_full)
  for (c in names(cl)) meta[[paste0("groups_", c)]] <- G[[c]]
  meta$t_df <- t_df
  meta$p_distribution <- p_dist
  meta$r2 <- r2
  meta$r2_within <- r2w
  meta$ssr <- ssr
  for (q in names(fes)) meta[[paste0("levels_", q)]] <- levels_q[[q]]
  for (q in names(fes)) meta[[paste0("nested_", q)]] <- as.integer(nested[[q]])
  meta$singletons <- singletons
  if (sc$model == "poisson") {
    meta$fe_all_zero_dropped <- fe_zero_rows
    for (q in names(fe_zero_levels)) meta[[paste0("fe_all_zero_levels_", q)]] <- fe_zero_levels[[q]]
    meta$loglik <- as.numeric(logLik(fit))
    meta$deviance <- deviance(fit)
  }

  # --- IV: first-stage F of the excluded instruments (iid), one per endogenous var
  if (is_iv) {
    for (j in seq_len(ncol(En))) {
      full <- lm(En[, j] ~ 0 + Z + X + D)
      restr <- lm(En[, j] ~ 0 + X + D)
      ssr_f <- sum(resid(full)^2); ssr_r <- sum(resid(restr)^2)
      q <- ncol(Z); k_first <- full$rank
      Fst <- ((ssr_r - ssr_f) / q) / (ssr_f / (n - k_first))
      check(sprintf("first-stage F (%s) == anova()", colnames(En)[j]), Fst, anova(restr, full)$F[2])
      meta[[paste0("first_stage_f_", colnames(En)[j])]] <- Fst
    }
  }

  # -------------------------------------------------------------------------
  # Cross-checks against sandwich / estimatr
  # -------------------------------------------------------------------------
  blk <- function(M) M[seq_len(p), seq_len(p), drop = FALSE]
  if (!is_iv) {
    # sandwich on the explicit-dummy model uses k = rank of the dummy model.
    if (sc$vcov == "iid" && sc$model == "ols") {
      check("iid: vcov(lm) block rescaled to n-K_full", V, blk(vcov(fit)) * fit$df.residual / (n - k_full))
    }
    if (sc$vcov == "iid" && sc$model == "poisson") {
      check("iid: vcov(glm) block * (n-1)/(n-K_full)", V, blk(vcov(fit)) * (n - 1) / (n - k_full))
    }
    if (sc$vcov == "hetero") {
      check("hetero: sandwich::vcovHC(HC1) block", V,
            blk(vcovHC(fit, type = "HC1")) * (n - rank_full) / (n - k_full))
    }
    if (sc$vcov == "cluster" && length(cl) == 1) {
      vs <- blk(vcovCL(fit, cluster = cl[[1]], type = "HC1", cadjust = TRUE))
      check("cluster: sandwich::vcovCL(HC1) block", V, vs * (n - rank_full) / (n - K))
    }
    if (sc$vcov == "cluster" && length(cl) == 2) {
      v0 <- function(g) blk(vcovCL(fit, cluster = g, type = "HC0", cadjust = FALSE))
      inter <- paste(cl[[1]], cl[[2]], sep = "\r")
      vs <- (v0(cl[[1]]) + v0(cl[[2]]) - v0(inter)) * min(G) / (min(G) - 1) * (n - 1) / (n - K)
      check("two-way cluster: sandwich::vcovCL(HC0) pieces", V, vs)
    }
  }
  # estimatr (it counts K = K_full, every FE level, as Stata's areg does).
  if (sc$model == "ols" && length(cl) <= 1) {
    ed <- data.frame(yy = y)
    Xe <- if (has_fe) X else X[, -1, drop = FALSE]
    vn <- paste0("v", seq_len(ncol(Xe)))
    for (j in seq_along(vn)) ed[[vn[j]]] <- Xe[, j]
    if (is_iv) {
      en <- paste0("en", seq_len(ncol(En))); zn <- paste0("z", seq_len(ncol(Z)))
      for (j in seq_along(en)) ed[[en[j]]] <- En[, j]
      for (j in seq_along(zn)) ed[[zn[j]]] <- Z[, j]
      rhs <- paste(c(en, vn), collapse = " + ")
      inst <- paste(c(zn, vn), collapse = " + ")
      fml <- as.formula(paste("yy ~", rhs, "|", inst))
    } else {
      rhs <- if (length(vn)) paste(vn, collapse = " + ") else "1"
      fml <- as.formula(paste("yy ~", rhs))
    }
    fe_f <- NULL
    if (has_fe) {
      fn <- paste0("fe", seq_along(fes))
      for (j in seq_along(fn)) ed[[fn[j]]] <- fes[[j]]
      fe_f <- as.formula(paste("~", paste(fn, collapse = " + ")))
    }
    se_type <- switch(sc$vcov, iid = "classical", hetero = "HC1", cluster = "stata")
    cl_arg <- if (sc$vcov == "cluster") cl[[1]] else NULL
    ed$.cl <- if (is.null(cl_arg)) NA else cl_arg
    call_args <- list(formula = fml, data = ed, se_type = se_type)
    if (!is.null(fe_f)) call_args$fixed_effects <- fe_f
    if (!is.null(cl_arg)) call_args$clusters <- quote(.cl)
    m <- do.call(if (is_iv) iv_robust else lm_robust, call_args)
    check("estimatr coefficients", unname(coef(m)), unname(b))
    scale <- sqrt((n - k_full) / (n - K))
    check(sprintf("estimatr %s SE (x sqrt((n-K_full)/(n-K)) = %.6f)", se_type, scale),
          unname(m$std.error) * scale, unname(se))
  }

  list(coef = data.frame(term = terms, estimate = unname(b), std_error = unname(se),
                         t = unname(tt), p = unname(pv), stringsAsFactors = FALSE),
       meta = meta)
}

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
manifest <- data.frame()

write_scenario <- function(sc, csv) {
  cat(sprintf("[%s] %s  (model %s, vcov %s%s)\n", sc$name, sc$formula, sc$model, sc$vcov,
              if (length(sc$cluster)) paste0(", cluster ", paste(sc$cluster, collapse = "+")) else ""))
  for (tv in c(sc$terms, sc$iv$endo, sc$iv$inst)) if (!is.null(attr(tv, "lag_note"))) cat(attr(tv, "lag_note"), "\n")
  res <- estimate(sc)
  # Numbers in the panel file with 17 significant digits too.
  out <- csv
  for (nm in names(out)) if (is.double(out[[nm]])) out[[nm]] <- fmt(out[[nm]])
  write.csv(out, file.path(outdir, paste0(sc$name, ".csv")), row.names = FALSE, quote = FALSE, na = "NA")
  cf <- res$coef
  ref <- data.frame(term = cf$term, estimate = fmt(cf$estimate), std_error = fmt(cf$std_error),
                    t = fmt(cf$t), p = fmt(cf$p))
  # Terms contain commas ("l(x, 1)"): quote the term column.
  lines <- c("term,estimate,std_error,t,p",
             sprintf("\"%s\",%s,%s,%s,%s", ref$term, ref$estimate, ref$std_error, ref$t, ref$p))
  writeLines(lines, file.path(outdir, paste0(sc$name, ".ref.csv")))
  mv <- vapply(res$meta, function(v) if (is.character(v)) v else fmt(v), "")
  writeLines(c("key,value", paste0(names(res$meta), ",", mv)),
             file.path(outdir, paste0(sc$name, ".meta.csv")))
  for (i in seq_len(nrow(cf))) {
    cat(sprintf("    %-16s % .17g  se % .17g  p %.6g\n", cf$term[i], cf$estimate[i], cf$std_error[i], cf$p[i]))
  }
  cat(sprintf("    nobs %d, dropped_missing %d, dof_k %s, k_full %s\n", res$meta$nobs,
              res$meta$dropped_missing, fmt(res$meta$dof_k), fmt(res$meta$k_full)))
  manifest <<- rbind(manifest, data.frame(
    scenario = sc$name, data = paste0(sc$name, ".csv"), unit = sc$unit, time = sc$time,
    formula = sc$formula, model = sc$model, vcov = sc$vcov,
    cluster = paste(sc$cluster, collapse = "+"), stringsAsFactors = FALSE))
}

unit_ids <- function(n, prefix = "u") sprintf("%s%03d", prefix, seq_len(n))

# A balanced panel with unit and time effects, x correlated with the unit effect, and
# errors correlated within unit (AR(1)) and heteroskedastic.
base_panel <- function(N, T, ids, t0 = 1L) {
  d <- expand.grid(t = t0 + seq_len(T) - 1L, k = seq_len(N))
  d$unit <- ids[d$k]
  a <- rnorm(N); g <- rnorm(T, sd = 0.5)
  d$a <- a[d$k]; d$g <- g[d$t - t0 + 1L]
  d$x <- 0.6 * d$a + rnorm(nrow(d))
  d$w <- rnorm(nrow(d)) + 0.3 * d$g
  u <- numeric(nrow(d))
  for (k in seq_len(N)) {
    idx <- which(d$k == k); z <- rnorm(length(idx)) * (1 + 0.5 * abs(d$x[idx]))
    u[idx] <- stats::filter(z, 0.5, method = "recursive")
  }
  d$u <- u
  d
}

# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------
t_start <- proc.time()

## 1. balanced, two-way FE, cluster by unit
set.seed(101)
d <- base_panel(50, 16, unit_ids(50))
d$y <- 0.8 * d$x - 0.3 * d$w + d$a + d$g + d$u
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w)
write_scenario(list(
  name = "ols_balanced_twoway_cluster", data = csv, unit = "pref", time = "t",
  formula = "y ~ x + w | pref + t", model = "ols", vcov = "cluster", cluster = "pref",
  y = "y", terms = list(x = csv$x, w = csv$w), fe = list(pref = csv$pref, t = csv$t)), csv)

## 2. unbalanced with gaps and NA cells; leads and lags by exact time match
set.seed(202)
d <- base_panel(45, 18, unit_ids(45), t0 = 2001L)
d$id <- d$k                                   # numeric unit ids
d$xl1 <- ave(d$x, d$k, FUN = function(v) c(NA, v[-length(v)]))
d$xl1[is.na(d$xl1)] <- 0
d$y <- 0.5 * d$x + 0.25 * d$xl1 - 0.4 * d$w + d$a + d$g + d$u
keep <- runif(nrow(d)) > 0.07                 # random missing rows: gaps within units
keep[d$k == 3] <- TRUE
keep[d$k == 3 & d$t %in% c(2005, 2006, 2011)] <- FALSE  # a sure gap of two and of one
d <- d[keep, ]
d <- d[sample(nrow(d)), ]                     # rows not sorted in the file
d$x[sample(nrow(d), 12)] <- NA
d$w[sample(nrow(d), 10)] <- NA
d$y[sample(nrow(d), 8)] <- NA
csv <- data.frame(id = d$id, year = d$t, y = d$y, x = d$x, w = d$w)
tl <- c(lag_terms(csv, "id", "year", "x", -2:2), list(w = csv$w))
write_scenario(list(
  name = "ols_unbalanced_gaps_lags", data = csv, unit = "id", time = "year",
  formula = "y ~ l(x, -2:2) + w | id + year", model = "ols", vcov = "cluster", cluster = "id",
  y = "y", terms = tl, fe = list(id = csv$id, year = csv$year)), csv)

## 3. two-way clustering (unit + time)
set.seed(303)
d <- base_panel(40, 15, unit_ids(40))
shock <- rnorm(15)
d$y <- 0.7 * d$x + 0.2 * d$w + d$a + d$g + d$u + shock[d$t] * (0.5 + 0.5 * d$x)
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w)
write_scenario(list(
  name = "ols_twoway_cluster", data = csv, unit = "pref", time = "t",
  formula = "y ~ x + w | pref + t", model = "ols", vcov = "cluster", cluster = c("pref", "t"),
  y = "y", terms = list(x = csv$x, w = csv$w), fe = list(pref = csv$pref, t = csv$t)), csv)

## 4. unit + province-by-time FE, cluster by province (unit FE nested in province)
set.seed(404)
provs <- c("Anhui", "Fujian", "Gansu", "Hebei", "Hunan", "Jilin", "Shanxi", "Yunnan")
d <- base_panel(48, 15, unit_ids(48, "c"))
d$prov <- provs[(d$k - 1) %% 8 + 1]
pt <- matrix(rnorm(8 * 15), 8, 15)
d$y <- 0.9 * d$x - 0.5 * d$w + d$a + pt[cbind(match(d$prov, provs), d$t)] + d$u
d$prov[sample(nrow(d), 3)] <- NA              # NA in a FE / cluster variable
csv <- data.frame(city = d$unit, t = d$t, prov = d$prov, y = d$y, x = d$x, w = d$w)
write_scenario(list(
  name = "ols_prov_time_fe", data = csv, unit = "city", time = "t",
  formula = "y ~ x + w | city + prov^t", model = "ols", vcov = "cluster", cluster = "prov",
  y = "y", terms = list(x = csv$x, w = csv$w),
  fe = list(city = csv$city, "prov^t" = ifelse(is.na(csv$prov), NA, paste(csv$prov, csv$t, sep = "^")))),
  csv)

## 5. one FE, hetero and iid
for (vc in c("hetero", "iid")) {
  set.seed(if (vc == "hetero") 505 else 506)
  d <- base_panel(55, 12, unit_ids(55))
  d$y <- 1.1 * d$x + 0.3 * d$w + d$a + d$u
  csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w)
  write_scenario(list(
    name = paste0("ols_", vc), data = csv, unit = "pref", time = "t",
    formula = "y ~ x + w | pref", model = "ols", vcov = vc, cluster = character(0),
    y = "y", terms = list(x = csv$x, w = csv$w), fe = list(pref = csv$pref)), csv)
}

## 6. no FE, intercept, iid
set.seed(606)
d <- base_panel(40, 12, unit_ids(40))
d$y <- 2 + 0.4 * d$x - 0.7 * d$w + d$a + d$u
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w)
csv$x[c(5, 77)] <- NA
write_scenario(list(
  name = "ols_no_fe", data = csv, unit = "pref", time = "t",
  formula = "y ~ x + w", model = "ols", vcov = "iid", cluster = character(0),
  y = "y", terms = list(x = csv$x, w = csv$w), fe = list()), csv)

## 7. interaction with a lag
set.seed(707)
d <- base_panel(50, 14, unit_ids(50))
d$rain <- rnorm(nrow(d), 5, 2)
d$ai <- ave(pmax(rnorm(nrow(d), 0.3 + 0.2 * d$a), 0), d$k, FUN = cumsum)
ail <- ave(d$ai, d$k, FUN = function(v) c(NA, v[-length(v)]))
d$y <- 0.2 * d$rain + 0.5 * ifelse(is.na(ail), 0, ail) - 0.05 * d$rain * ifelse(is.na(ail), 0, ail) +
  d$a + d$g + d$u
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, rain = d$rain, ai = d$ai)
lai <- lag_by_time(csv, "pref", "t", "ai", 1)
write_scenario(list(
  name = "ols_interaction", data = csv, unit = "pref", time = "t",
  formula = "y ~ rain + l(ai, 1) + rain:l(ai, 1) | pref + t", model = "ols", vcov = "cluster",
  cluster = "pref", y = "y",
  terms = list(rain = csv$rain, "l(ai, 1)" = lai, "rain:l(ai, 1)" = as.numeric(csv$rain * lai)),
  fe = list(pref = csv$pref, t = csv$t)), csv)

## 8. event study with binned relative time (never treated: rel = -1, the reference)
set.seed(808)
N <- 50; T <- 16
d <- base_panel(N, T, unit_ids(N))
tev <- ifelse(seq_len(N) <= 35, sample(4:13, N, replace = TRUE), NA)
d$rel <- pmin(pmax(d$t - tev[d$k], -4L), 4L)
d$rel[is.na(d$rel)] <- -1L
eff <- c("-4" = 0.1, "-3" = 0, "-2" = -0.1, "-1" = 0, "0" = 0.5, "1" = 0.8, "2" = 1, "3" = 1.1, "4" = 1.2)
d$y <- eff[as.character(d$rel)] + d$a + d$g + d$u
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, rel = as.integer(d$rel))
relv <- setdiff(sort(unique(csv$rel)), -1L)
tl <- lapply(relv, function(r) as.numeric(csv$rel == r))
names(tl) <- paste0("rel::", relv)
write_scenario(list(
  name = "ols_event_study", data = csv, unit = "pref", time = "t",
  formula = "y ~ i(rel, ref = -1) | pref + t", model = "ols", vcov = "cluster", cluster = "pref",
  y = "y", terms = tl, fe = list(pref = csv$pref, t = csv$t)), csv)

## 9. IV with FE
set.seed(909)
d <- base_panel(50, 14, unit_ids(50))
d$z1 <- rnorm(nrow(d)); d$z2 <- rnorm(nrow(d)) + 0.2 * d$a
v <- rnorm(nrow(d))
d$x <- 0.6 * d$z1 + 0.4 * d$z2 + 0.3 * d$w + d$a + v
d$y <- 1.0 * d$x + 0.5 * d$w + d$a + d$g + 0.8 * v + d$u
d$z2[c(3, 100)] <- NA
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w, z1 = d$z1, z2 = d$z2)
write_scenario(list(
  name = "iv_fe", data = csv, unit = "pref", time = "t",
  formula = "y ~ w | pref + t | x ~ z1 + z2", model = "ols", vcov = "cluster", cluster = "pref",
  y = "y", terms = list(w = csv$w), fe = list(pref = csv$pref, t = csv$t),
  iv = list(endo = list(x = csv$x), inst = list(z1 = csv$z1, z2 = csv$z2))), csv)

## 10. Poisson with FE; some units with an all-zero outcome
set.seed(1010)
d <- base_panel(50, 12, unit_ids(50))
mu <- exp(0.3 * d$x - 0.2 * d$w + 0.5 * d$a + d$g)
d$y <- rpois(nrow(d), mu)
d$y[d$k %in% c(4, 17, 33, 41)] <- 0
d$x[c(10, 200, 333)] <- NA
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w)
write_scenario(list(
  name = "poisson_fe", data = csv, unit = "pref", time = "t",
  formula = "y ~ x + w | pref + t", model = "poisson", vcov = "cluster", cluster = "pref",
  y = "y", terms = list(x = csv$x, w = csv$w), fe = list(pref = csv$pref, t = csv$t)), csv)

## 11. quarterly periods written as "2016Q1"; some units miss a quarter
set.seed(1111)
d <- base_panel(40, 16, unit_ids(40))
d$quarter <- sprintf("%dQ%d", 2016 + (d$t - 1) %/% 4, (d$t - 1) %% 4 + 1)
xl <- ave(d$x, d$k, FUN = function(v) c(0, v[-length(v)]))
d$y <- 0.6 * d$x + 0.3 * xl + d$a + d$g + d$u
drop <- d$k %in% sample(40, 10) & d$t == sample(2:15, 1)   # one quarter missing for ten units
drop <- drop | (d$k == 7 & d$t == 9)
d <- d[!drop, ]
csv <- data.frame(pref = d$unit, quarter = d$quarter, y = d$y, x = d$x)
write_scenario(list(
  name = "ols_quarter_periods", data = csv, unit = "pref", time = "quarter",
  formula = "y ~ x + l(x, 1) | pref + quarter", model = "ols", vcov = "cluster", cluster = "pref",
  y = "y", terms = c(list(x = csv$x), lag_terms(csv, "pref", "quarter", "x", 1)),
  fe = list(pref = csv$pref, quarter = csv$quarter)), csv)

## 12. singleton FE levels (kept): units seen once, and a period with one observation
set.seed(1212)
d <- base_panel(40, 10, unit_ids(45))
extra <- data.frame(t = c(3L, 5L, 6L, 8L, 11L), k = 41:45)
extra$unit <- unit_ids(45)[extra$k]
extra$a <- rnorm(5); extra$g <- c(d$g[match(c(3, 5, 6, 8), d$t)], 0.4)
extra$x <- rnorm(5); extra$w <- rnorm(5); extra$u <- rnorm(5)
d <- rbind(d, extra)
d$y <- 0.5 * d$x + 0.5 * d$w + d$a + d$g + d$u
csv <- data.frame(pref = d$unit, t = d$t, y = d$y, x = d$x, w = d$w)
write_scenario(list(
  name = "ols_singletons", data = csv, unit = "pref", time = "t",
  formula = "y ~ x + w | pref + t", model = "ols", vcov = "iid", cluster = character(0),
  y = "y", terms = list(x = csv$x, w = csv$w), fe = list(pref = csv$pref, t = csv$t)), csv)

## 13. time step 2 (even years only): l(x, 1) is x two years earlier; f() syntax
set.seed(1313)
d <- base_panel(40, 14, unit_ids(40), t0 = 1L)
d$year <- 1990L + 2L * (d$t - 1L)
d$y <- 0.4 * d$x + 0.2 * d$w + d$a + d$g + d$u
d <- d[!(runif(nrow(d)) < 0.08), ]
csv <- data.frame(pref = d$unit, year = d$year, y = d$y, x = d$x, w = d$w)
write_scenario(list(
  name = "ols_time_step2", data = csv, unit = "pref", time = "year",
  formula = "y ~ f(x, 1) + x + l(x, 1) + w | pref + year", model = "ols", vcov = "cluster",
  cluster = "pref", y = "y",
  terms = c(lag_terms(csv, "pref", "year", "x", -1:1), list(w = csv$w)),
  fe = list(pref = csv$pref, year = csv$year)), csv)

write.table(manifest, file.path(outdir, "manifest.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
el <- (proc.time() - t_start)[["elapsed"]]
cat(sprintf("wrote %d scenarios to %s in %.1f s; all cross-checks passed\n", nrow(manifest), outdir, el))
