"""Replies: an Explanation, a language and a channel in, a customer-safe text out.

`analyse.analyse_paste` runs one paste through reading and the verdict and renders each failure's
reply (`replies`, with `templates` and `money`); `guard` checks any reply text for words that
reveal a confidential reason (`normalise` undoes disguises first, `guard_rules` compiles the
lists into patterns, `guard_match` reads them over a text); `packs` reads a team's reply pack.
"""
