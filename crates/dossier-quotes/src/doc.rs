//! Per-token facts: segmenting the text once and the lookups every rule makes.

use super::*;

impl<'a> Doc<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let toks = text::tokenize(text);
        let marked = text::find_marked(text, &toks);
        let mut quote_of = vec![None; toks.len()];
        for (qi, m) in marked.iter().enumerate() {
            for q in quote_of.iter_mut().take(m.close.saturating_add(1)).skip(m.open) {
                *q = Some(qi);
            }
        }
        let inside: Vec<bool> = quote_of.iter().map(|q| q.is_some()).collect();
        let sents = text::sentences(text, &toks, &inside);
        let mut sent_of = vec![0; toks.len()];
        for (si, &(a, b)) in sents.iter().enumerate() {
            for s in sent_of.iter_mut().take(b).skip(a) {
                *s = si;
            }
        }
        let mut para_of = Vec::with_capacity(toks.len());
        let mut p = 0;
        let mut lbuf = String::with_capacity(text.len());
        let mut lower = Vec::with_capacity(toks.len());
        let mut cap = Vec::with_capacity(toks.len());
        for t in &toks {
            if t.kind == Kind::Para {
                p += 1;
            }
            para_of.push(p);
            let s = lbuf.len();
            let w = text.get(t.start..t.end).unwrap_or("");
            let mut is_cap = false;
            if t.kind == Kind::Word {
                if w.is_ascii() {
                    let from = lbuf.len();
                    lbuf.push_str(w);
                    if let Some(tail) = lbuf.get_mut(from..) {
                        tail.make_ascii_lowercase();
                    }
                } else {
                    for c in w.chars() {
                        lbuf.extend(c.to_lowercase());
                    }
                }
                let first = w.chars().next().unwrap_or(' ');
                is_cap = first.is_uppercase();
                if !is_cap {
                    // "al-Araji", "el-Sisi": a particle joined to a capitalised name.
                    // (A byte scan: this runs for nearly every word.)
                    if let Some(p) = w.bytes().position(|b| b == b'-') {
                        let (pre, rest) = (&w[..p], &w[p + 1..]);
                        is_cap = is_particle(pre) && rest.chars().next().is_some_and(|c| c.is_uppercase());
                    }
                }
            }
            lower.push((s, lbuf.len()));
            cap.push(is_cap);
        }
        let map = &sets().flags;
        let fl = lower
            .iter()
            .map(|&(a, b)| {
                let w = lbuf.get(a..b).unwrap_or("");
                if w.is_empty() {
                    return 0;
                }
                let f = map.get(w).copied().unwrap_or(0);
                match w.strip_suffix('.') {
                    Some(bare) => f | (map.get(bare).copied().unwrap_or(0) & F_TITLE),
                    None => f,
                }
            })
            .collect();
        let mut doc = Doc { text, toks, marked, quote_of, sents, sent_of, para_of, lbuf, lower, cap, fl };
        doc.flag_phrasal_cues();
        doc
    }

    /// Cues of two words whose first word alone is no cue: "pointed out", "went on" (before a
    /// colon, a quote, a comma or "to …").
    pub(super) fn flag_phrasal_cues(&mut self) {
        let mut buf = String::new();
        for k in 0..self.toks.len().saturating_sub(1) {
            // (One pass over the tokens, one look at the next word, for both kinds of
            // construction.)
            match self.low(k + 1) {
                "to" => {
                    self.flag_cue_before_to(k, &mut buf);
                    continue;
                }
                "out" | "on" | "back" if self.particle_after(k) => {}
                _ => continue,
            }
            if let Some(f) = self.fl.get_mut(k) {
                *f |= F_PHRASAL;
            }
            // "The meeting went on for hours" reports nothing: "on" must lead to speech.
            let after = k + 2;
            // (A comma only before a quote: "The work would go on, he signaled" is said by "he".)
            let speech = self.low(k + 1) == "out"
                || matches!(self.toks.get(after).map(|t| t.kind), Some(Kind::Punct(':' | '.') | Kind::Mark { .. }))
                || (self.is_punct(after, ',')
                    && matches!(self.toks.get(after + 1).map(|t| t.kind), Some(Kind::Mark { .. })))
                || (self.low(after) == "to" && self.reporting_verb(after + 1));
            let flag = if self.low(k).ends_with("ing") { F_CUE | F_PART } else { F_CUE };
            if speech && let Some(f) = self.fl.get_mut(k) {
                *f |= flag;
            }
        }
    }

    /// Base forms that cue only before "to" (`k` is the word before it): "appear to" / "seem
    /// to", and after an aspect verb ("continued to question whether …") the base of a listed
    /// past-tense cue.
    pub(super) fn flag_cue_before_to(&mut self, k: usize, buf: &mut String) {
        let before = self.low(k);
        // "No major polls appear to have been conducted", "They seem to agree" (alone, "appear"
        // is mostly "appear on stage").
        let cue = if matches!(before, "appear" | "seem") {
            k
        } else if matches!(
            before,
            "continued" | "continues" | "continue" | "began" | "begins" | "begin" | "started" | "starts"
        ) && !self.has(k + 2, F_CUE)
        {
            let w = self.low(k + 2);
            buf.clear();
            buf.push_str(w);
            buf.push_str(if w.ends_with('e') { "d" } else { "ed" });
            if !sets().cues.contains(buf.as_str()) {
                return;
            }
            k + 2
        } else {
            return;
        };
        if let Some(f) = self.fl.get_mut(cue) {
            *f |= F_CUE;
        }
    }

    /// The particle of a phrasal cue ("out" of "pointed out", "on" of "went on"), which belongs
    /// to the cue rather than to what was said.
    pub(super) fn cue_particle(&self, cue: usize) -> bool {
        self.has(cue, F_PHRASAL)
    }

    /// Computes [`Self::cue_particle`] once per token, in `flag_phrasal_cues` (which has already
    /// seen "out", "on" or "back" after `cue`).
    pub(super) fn particle_after(&self, cue: usize) -> bool {
        match self.low(cue) {
            "point" | "points" | "pointed" | "pointing" => self.low(cue + 1) == "out",
            "went" | "goes" | "go" => self.low(cue + 1) == "on",
            // "lashed out at the judge".
            "lashed" | "lashes" | "lashing" | "lash" => self.low(cue + 1) == "out",
            // "came out against the Cadillac tax", "spoke out about …": a stance taken.
            "came" | "come" | "comes" | "coming" => self.low(cue + 1) == "out" && self.stance_prep(cue + 2),
            "spoke" | "speak" | "speaks" | "speaking" => {
                self.low(cue + 1) == "out" && (self.stance_prep(cue + 2) || matches!(self.low(cue + 2), "about" | "on"))
            }
            // "Sanders shot back, “…”".
            "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" => self.low(cue + 1) == "back",
            _ => false,
        }
    }

    /// At `j`: "against", "for", "in favor of", "in support of".
    pub(super) fn stance_prep(&self, j: usize) -> bool {
        matches!(self.low(j), "against" | "for")
            || (self.low(j) == "in" && matches!(self.low(j + 1), "favor" | "favour" | "support"))
    }

    pub(super) fn has(&self, i: usize, f: u16) -> bool {
        self.fl.get(i).is_some_and(|&x| x & f != 0)
    }

    pub(super) fn low(&self, i: usize) -> &str {
        self.lower.get(i).and_then(|&(a, b)| self.lbuf.get(a..b)).unwrap_or("")
    }
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }
    pub(super) fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }
    /// The top-level quote covering token `x`, if any.
    pub(super) fn quote_at(&self, x: usize) -> Option<&Marked> {
        self.quote_of.get(x).copied().flatten().and_then(|q| self.marked.get(q))
    }

    pub(super) fn in_quote(&self, i: usize) -> bool {
        self.quote_of.get(i).is_some_and(|q| q.is_some())
    }
    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        // Token range [a, b) → bytes.
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if b > a => Span::new(x.start, y.end.max(x.start)),
            _ => Span::new(0, 0),
        }
    }
    pub(super) fn slice(&self, a: usize, b: usize) -> &str {
        self.span(a, b).slice(self.text)
    }
    /// A dash between words: "—", "–", or a spaced hyphen ("-", "--").
    pub(super) fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, '—')
            || self.is_punct(i, '–')
            || (self.is_punct(i, '-') && (self.toks[i].space_before || (i > 0 && self.is_punct(i - 1, '-'))))
    }
    pub(super) fn is_close_mark(&self, i: usize) -> bool {
        self.quote_at(i).is_some_and(|m| m.close == i && m.closed)
    }
    /// `x` closes a quote right after its own comma ("… a disgrace,” he said"): the comma sits
    /// inside the marks, so a rule looking for a comma must accept this too.
    pub(super) fn quoted_comma(&self, x: usize) -> bool {
        x >= 1 && self.is_close_mark(x) && self.is_punct(x - 1, ',')
    }
    /// A comma right before `i`, plain or inside a closing quote ("… income,” as …").
    pub(super) fn comma_before(&self, i: usize) -> bool {
        i >= 1 && (self.is_punct(i - 1, ',') || self.quoted_comma(i - 1))
    }
    pub(super) fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b.min(self.toks.len())).filter(|&i| self.is_word(i)).count()
    }
    pub(super) fn possessive(&self, i: usize) -> bool {
        let w = self.low(i);
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
    }

    /// "the hit CW show", "a talk show host", "ABC's TV show", "just for show": "show" after an
    /// article or possessor and up to three singular words is the noun. A base-form verb needs a
    /// plural subject ("polls show", "the statistics show"), so a singular word right before it
    /// rules the verb out; a clause after it ("the 2014 Survey show that …", after "Data from")
    /// keeps the verb unless the article is "a"/"an".
    pub(super) fn show_is_noun(&self, i: usize, s0: usize) -> bool {
        if i > s0 && self.low(i - 1) == "for" {
            return true;
        }
        let mut j = i;
        for _ in 0..4 {
            if j <= s0 || !self.is_word(j - 1) || self.in_quote(j - 1) {
                return false;
            }
            j -= 1;
            let w = self.low(j);
            let article = matches!(w, "a" | "an");
            if determiner_word(w) || self.possessive(j) {
                let clause = matches!(
                    self.low(i + 1),
                    "that"
                        | "whether"
                        | "how"
                        | "what"
                        | "why"
                        | "who"
                        | "if"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                );
                return article || !clause;
            }
            let plural = w.ends_with('s') && !self.is_cap(j);
            if plural || self.has(j, F_FUNC) || self.has(j, F_QUANT) || w.starts_with(|c: char| c.is_ascii_digit()) {
                return false;
            }
        }
        false
    }
}
