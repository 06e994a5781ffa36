//! Verdicts: whether two mentions of one claim agree, are compatible, or diverge, under the
//! tolerance rules of `Config`.
