# Reference values for presslens's keyness measures, computed independently in R on the BBC corpus
# (2,225 articles, topic in the id: bbc-<topic>-NNN). Not run in CI; rerun by hand:
#
#   apt-get install r-base-core r-cran-tidytext r-cran-dplyr r-cran-jsonlite
#   Rscript test/reference/keyness-bbc.R /work/shared/corpora/news/bbc-news-2225.jsonl test/reference
#
# Writes (no article text, only counts and scores):
#   keyness-bbc-counts.csv     topic, word, n: the word counts both implementations start from
#                              (tidytext's unnest_tokens, Snowball stopwords and words with digits
#                              removed, words counted fewer than 50 times in the corpus dropped)
#   keyness-bbc-reference.csv  for each comparison and target topic, the words of each side's top 25 by
#                              either measure and every 5th other word (alphabetically), to keep the
#                              file small: n_target, n_reference, log_odds_weighted and signed G2
#                              with each correction
#
# The formulas are written out here from the papers, following what the reference packages compute
# (neither tidylo nor quanteda is packaged for Debian):
# - weighted log-odds: tidylo::bind_log_odds(set = topic, feature = word, n) with its default
#   uninformative = FALSE (Monroe, Colaresi & Quinn 2008; the prior of a word is its count in the
#   table), on the table of the topics compared (all five, or the two of a pair);
# - G2: quanteda.textstats::textstat_keyness(measure = "lr") with correction = "default" (which its
#   code applies as Yates's), "williams" and "none"; target = the topic, reference = the other topics
#   compared.
suppressPackageStartupMessages({
  library(jsonlite)
  library(dplyr)
  library(tidytext)
})

args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "../shared/corpora/news/bbc-news-2225.jsonl"
outdir <- if (length(args) >= 2) args[2] else "test/reference"

articles <- stream_in(file(input), verbose = FALSE)
articles <- tibble(id = articles$id, text = articles$text) %>%
  mutate(topic = sub("^bbc-(\\w+)-.*$", "\\1", id))

counts <- articles %>%
  unnest_tokens(word, text) %>%
  anti_join(filter(stop_words, lexicon == "snowball"), by = "word") %>%
  filter(!grepl("[0-9]", word)) %>%
  count(topic, word, name = "n") %>%
  group_by(word) %>%
  filter(sum(n) >= 50) %>%
  ungroup() %>%
  arrange(topic, word)

# tidylo's bind_log_odds, default (informative) prior: alpha_w = the word's count in the table.
log_odds <- function(tbl) {
  tbl %>%
    group_by(word) %>%
    mutate(alpha = sum(n)) %>%
    ungroup() %>%
    mutate(y_wi = n + alpha) %>%
    group_by(word) %>%
    mutate(y_w = sum(y_wi)) %>%
    group_by(topic) %>%
    mutate(n_i = sum(y_wi)) %>%
    ungroup() %>%
    mutate(
      omega_wi = y_wi / (n_i - y_wi),
      omega_w = y_w / (sum(y_wi) - y_w),
      delta = log(omega_wi) - log(omega_w),
      log_odds_weighted = delta / sqrt(1 / y_wi + 1 / y_w)
    ) %>%
    select(topic, word, log_odds_weighted)
}

# quanteda.textstats' lr_lambda for a 2x2 table: a, b = the word in target, reference;
# c, d = other words in target, reference. 1e-9 inside each log as in quanteda.
g2 <- function(a, b, target_total, reference_total, correction) {
  c <- target_total - a
  d <- reference_total - b
  N <- a + b + c + d
  E <- (a + b) * (a + c) / N
  aa <- a; bb <- b; cc <- c; dd <- d
  if (correction == "yates") {
    small <- (a + b) * (a + c) / N < 5 | (a + b) * (b + d) / N < 5 |
      (a + c) * (c + d) / N < 5 | (c + d) * (b + d) / N < 5
    delta <- ifelse(abs(a * d - b * c) >= N / 2 & small, 0.5, 0)
    s <- ifelse(a * d - b * c > 0, -delta, delta)
    aa <- a + s; bb <- b - s; cc <- c - s; dd <- d + s
  }
  eps <- 1e-9
  res <- 2 * (aa * log(aa / ((aa + bb) * (aa + cc) / N) + eps) +
    bb * log(bb / ((aa + bb) * (bb + dd) / N) + eps) +
    cc * log(cc / ((aa + cc) * (cc + dd) / N) + eps) +
    dd * log(dd / ((bb + dd) * (cc + dd) / N) + eps))
  res <- res * ifelse(a > E, 1, -1)
  if (correction == "williams") {
    q <- ifelse(a * b * c * d == 0, 1,
      1 + (N / (a + b) + N / (c + d) - 1) * (N / (a + c) + N / (b + d) - 1) / (6 * N))
    res <- res / q
  }
  res
}

# One comparison: the topics compared, and the targets scored (each against the other topics).
compare <- function(name, topics, targets) {
  tbl <- counts %>% filter(topic %in% topics)
  lo <- log_odds(tbl)
  words <- tbl %>% group_by(word) %>% summarise(total = sum(n), .groups = "drop")
  totals <- tbl %>% group_by(topic) %>% summarise(total = sum(n), .groups = "drop")
  all_total <- sum(totals$total)
  bind_rows(lapply(targets, function(t) {
    target_total <- totals$total[totals$topic == t]
    words %>%
      left_join(tbl %>% filter(topic == t) %>% select(word, n), by = "word") %>%
      mutate(
        comparison = name, group = t, n_target = ifelse(is.na(n), 0, n),
        n_reference = total - n_target
      ) %>%
      left_join(lo %>% filter(topic == t) %>% select(word, log_odds_weighted), by = "word") %>%
      mutate(
        g2_yates = g2(n_target, n_reference, target_total, all_total - target_total, "yates"),
        g2_williams = g2(n_target, n_reference, target_total, all_total - target_total, "williams"),
        g2_none = g2(n_target, n_reference, target_total, all_total - target_total, "none")
      ) %>%
      select(comparison, group, term = word, n_target, n_reference, log_odds_weighted, g2_yates, g2_williams, g2_none)
  }))
}

topics <- sort(unique(counts$topic))
reference <- bind_rows(
  compare("rest", topics, topics),
  compare("business-politics", c("business", "politics"), "business")
) %>%
  arrange(comparison, group, term) %>%
  group_by(comparison, group) %>%
  filter(
    row_number() %% 5 == 1 |
      rank(-log_odds_weighted, na.last = "keep", ties.method = "first") <= 25 |
      rank(log_odds_weighted, na.last = "keep", ties.method = "first") <= 25 |
      rank(-g2_yates, ties.method = "first") <= 25 | rank(g2_yates, ties.method = "first") <= 25
  ) %>%
  ungroup()

dir.create(outdir, showWarnings = FALSE, recursive = TRUE)
write.csv(counts, file.path(outdir, "keyness-bbc-counts.csv"), row.names = FALSE, quote = FALSE)
# 17 significant digits: the doubles round-trip exactly
fmt <- function(x) ifelse(is.na(x), "", formatC(x, digits = 17, format = "g"))
out <- reference %>% mutate(across(c(log_odds_weighted, g2_yates, g2_williams, g2_none), fmt))
write.csv(out, file.path(outdir, "keyness-bbc-reference.csv"), row.names = FALSE, quote = FALSE, na = "")
cat(sprintf("%d counts, %d reference rows\n", nrow(counts), nrow(reference)))
