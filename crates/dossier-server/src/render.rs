//! Turning stored facts into markup: the annotated article text, highlighted snippets and the
//! figure charts. Everything is built as maud markup, so every piece of article text passes
//! through maud's escaping; nothing here writes raw HTML.

use chrono::{Datelike, NaiveDate};
use dossier_store::FigureHit;
use maud::{Markup, html};

/// One highlighted span of the article text, in code points (as stored).
#[derive(Debug, Clone)]
pub(crate) struct Mark {
    pub start: usize,
    pub end: usize,
    /// Anchor id, so `/articles/ID#id` lands on the span.
    pub id: String,
    /// CSS classes (`fact quote`, `fact ent person`, …).
    pub class: String,
    /// Tooltip.
    pub title: String,
    /// Where the span links to (entities link to their page).
    pub href: Option<String>,
    /// Lower sorts outside when two spans start together and end together.
    pub rank: u8,
}

enum Node<'a> {
    Text(&'a str),
    Span(&'a Mark, Vec<Node<'a>>),
}

/// Byte offset of every char index (plus the end), so code-point spans slice safely.
fn char_bytes(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Renders `text` with `marks` as nested elements. Spans that cross another span's end are cut
/// at that end (HTML cannot express crossing elements); spans outside the text are dropped, and
/// an empty span still gets its anchor so a link to it lands in the right place.
pub(crate) fn annotated(text: &str, marks: &mut [Mark]) -> Markup {
    let bytes = char_bytes(text);
    let nchars = bytes.len() - 1;
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.rank.cmp(&b.rank)));
    // Stack of open spans: (mark, children, end in chars).
    let mut stack: Vec<(Option<&Mark>, Vec<Node<'_>>, usize)> = vec![(None, Vec::new(), nchars)];
    let mut pos = 0usize;
    let slice = |a: usize, b: usize| -> &str {
        match (bytes.get(a), bytes.get(b)) {
            (Some(&x), Some(&y)) if x <= y => text.get(x..y).unwrap_or(""),
            _ => "",
        }
    };
    fn close<'a>(stack: &mut Vec<(Option<&'a Mark>, Vec<Node<'a>>, usize)>) {
        if stack.len() > 1
            && let Some((Some(m), children, _)) = stack.pop()
            && let Some(parent) = stack.last_mut()
        {
            parent.1.push(Node::Span(m, children));
        }
    }
    for m in marks.iter() {
        if m.start > nchars || m.end < m.start {
            continue;
        }
        // Close every span that ends before this one starts.
        while stack.len() > 1 && stack.last().is_some_and(|t| t.2 <= m.start) {
            let end = stack.last().map_or(pos, |t| t.2);
            if end > pos {
                let s = slice(pos, end);
                if let Some(top) = stack.last_mut() {
                    top.1.push(Node::Text(s));
                }
                pos = end;
            }
            close(&mut stack);
        }
        if m.start > pos {
            let s = slice(pos, m.start);
            if let Some(top) = stack.last_mut() {
                top.1.push(Node::Text(s));
            }
            pos = m.start;
        }
        let limit = stack.last().map_or(nchars, |t| t.2);
        let end = m.end.min(limit).min(nchars);
        stack.push((Some(m), Vec::new(), end.max(m.start)));
    }
    while let Some(top) = stack.last() {
        let end = top.2;
        if end > pos {
            let s = slice(pos, end);
            if let Some(top) = stack.last_mut() {
                top.1.push(Node::Text(s));
            }
            pos = end;
        }
        if stack.len() == 1 {
            break;
        }
        close(&mut stack);
    }
    let root = stack.pop().map(|t| t.1).unwrap_or_default();
    html! { @for n in &root { (node(n, false)) } }
}

fn node(n: &Node<'_>, in_link: bool) -> Markup {
    match n {
        Node::Text(t) => html! { (t) },
        Node::Span(m, children) => match (&m.href, in_link) {
            // Links never nest: an entity inside another link renders as a plain span.
            (Some(href), false) => html! {
                a id=(m.id) class=(m.class) href=(href) title=(m.title) { @for c in children { (node(c, true)) } }
            },
            _ => html! {
                span id=(m.id) class=(m.class) title=(m.title) { @for c in children { (node(c, in_link)) } }
            },
        },
    }
}

/// A snippet with its matched ranges (code points) wrapped in `<mark>`.
pub(crate) fn highlighted(snippet: &str, ranges: &[[usize; 2]]) -> Markup {
    let bytes = char_bytes(snippet);
    let at = |c: usize| bytes.get(c).copied().unwrap_or(snippet.len());
    let mut parts: Vec<(&str, bool)> = Vec::new();
    let mut pos = 0usize;
    for r in ranges {
        let (s, e) = (at(r[0]).max(pos), at(r[1]));
        if s >= e {
            continue;
        }
        parts.push((snippet.get(pos..s).unwrap_or(""), false));
        parts.push((snippet.get(s..e).unwrap_or(""), true));
        pos = e;
    }
    parts.push((snippet.get(pos..).unwrap_or(""), false));
    html! { @for (t, m) in parts { @if m { mark { (t) } } @else { (t) } } }
}

/// The first day a TIMEX3-ish date value stands for ("2021", "2021-12", "2021-12-09").
pub(crate) fn parse_date(v: &str) -> Option<NaiveDate> {
    let mut it = v.get(..10.min(v.len()))?.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next().and_then(|m| m.parse().ok()).unwrap_or(1);
    let d: u32 = it.next().and_then(|d| d.parse().ok()).unwrap_or(1);
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A number for people: thousands separated, at most two decimals.
pub(crate) fn number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let neg = v < 0.0;
    let a = v.abs();
    let whole = a.trunc() as u128;
    let frac = ((a - a.trunc()) * 100.0).round() as u32;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0 && frac < 100 {
        out.push_str(&format!(".{frac:02}"));
        while out.ends_with('0') {
            out.pop();
        }
    }
    if neg { format!("-{out}") } else { out }
}

/// A small line chart of one figure series: one mark per source, each with a `<title>` tooltip
/// holding the source text and a link to its span. Points without a usable date are left out.
pub(crate) fn chart(label: &str, points: &[FigureHit]) -> Option<Markup> {
    let pts: Vec<(NaiveDate, f64, &FigureHit)> = points
        .iter()
        .filter_map(|f| {
            let d = f.date.as_deref().or(f.article.published.as_deref()).and_then(parse_date)?;
            f.value.is_finite().then_some((d, f.value, f))
        })
        .collect();
    if pts.len() < 2 {
        return None;
    }
    let (w, h, left, right, top, bottom) = (560.0, 220.0, 64.0, 16.0, 16.0, 36.0);
    let x0 = pts.iter().map(|p| p.0).min()?;
    let x1 = pts.iter().map(|p| p.0).max()?;
    let vmax = pts.iter().map(|p| p.1).fold(f64::MIN, f64::max);
    let vmin = pts.iter().map(|p| p.1).fold(f64::MAX, f64::min).min(0.0);
    let span_days = (x1 - x0).num_days().max(1) as f64;
    let vspan = if vmax > vmin { vmax - vmin } else { 1.0 };
    let x = |d: NaiveDate| {
        if x0 == x1 {
            left + (w - left - right) / 2.0
        } else {
            left + (d - x0).num_days() as f64 / span_days * (w - left - right)
        }
    };
    let y = |v: f64| top + (1.0 - (v - vmin) / vspan) * (h - top - bottom);
    let line: Vec<String> = pts.iter().map(|p| format!("{:.1},{:.1}", x(p.0), y(p.1))).collect();
    let desc = format!(
        "{label}: {} values from {} to {}, between {} and {}",
        pts.len(),
        x0,
        x1,
        number(pts.iter().map(|p| p.1).fold(f64::MAX, f64::min)),
        number(vmax)
    );
    Some(html! {
        svg.chart viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(desc) {
            title { (desc) }
            line.axis x1=(left) y1=(h - bottom) x2=(w - right) y2=(h - bottom) {}
            line.axis x1=(left) y1=(top) x2=(left) y2=(h - bottom) {}
            text.tick x=(left - 6.0) y=(y(vmax) + 4.0) text-anchor="end" { (number(vmax)) }
            text.tick x=(left - 6.0) y=(y(vmin) + 4.0) text-anchor="end" { (number(vmin)) }
            text.tick x=(left) y=(h - 12.0) text-anchor="start" { (x0.format("%b %Y").to_string()) }
            @if x1.year() != x0.year() || x1.month() != x0.month() {
                text.tick x=(w - right) y=(h - 12.0) text-anchor="end" { (x1.format("%b %Y").to_string()) }
            }
            polyline.series points=(line.join(" ")) {}
            @for (d, v, f) in &pts {
                a href=(format!("/articles/{}#{}", f.article.id, f.id)) {
                    circle.point cx=(format!("{:.1}", x(*d))) cy=(format!("{:.1}", y(*v))) r="5" {
                        title {
                            (number(*v)) " — “" (f.text) "” — "
                            (f.article.outlet.as_deref().unwrap_or("unknown outlet")) ", " (f.date.as_deref().map_or_else(|| d.to_string(), str::to_string))
                        }
                    }
                }
            }
        }
    })
}

/// Where a point sits on the time axis: the date it holds for, but a year or month that contains
/// its article's publication date is placed on that date (a "2021" figure in a December 2021
/// report is December's figure, not January's).
fn place(date: &str, published: Option<&str>) -> Option<NaiveDate> {
    let d = parse_date(date)?;
    let coarse = date.len() < 10;
    match published.and_then(parse_date) {
        Some(p) if coarse && p.format("%Y-%m-%d").to_string().starts_with(date) => Some(p),
        _ => Some(d),
    }
}

/// A chart of one figure series from the views: one mark per value and place on the axis, marks
/// that would overlap (same value, within a few pixels) merged into one whose tooltip lists every
/// source. With `here`, marks from those articles are emphasised and the others dimmed (a story's
/// share of a corpus-wide series). None when no point has a usable date.
pub(crate) fn series_chart(
    s: &dossier_views::SeriesView,
    here: Option<&std::collections::HashSet<&str>>,
) -> Option<Markup> {
    let pts: Vec<(NaiveDate, &dossier_views::PointView)> = s
        .points
        .iter()
        .filter(|p| p.value.is_finite())
        .filter_map(|p| Some((place(&p.date, p.source.published.as_deref())?, p)))
        .collect();
    if pts.is_empty() {
        return None;
    }
    let (w, h, left, right, top, bottom) = (560.0, 220.0, 64.0, 24.0, 16.0, 36.0);
    let x0 = pts.iter().map(|p| p.0).min()?;
    let x1 = pts.iter().map(|p| p.0).max()?;
    let vmax = pts.iter().map(|p| p.1.value).fold(f64::MIN, f64::max);
    let vmin_data = pts.iter().map(|p| p.1.value).fold(f64::MAX, f64::min);
    let vmin = vmin_data.min(0.0);
    let span_days = (x1 - x0).num_days().max(1) as f64;
    let vspan = if vmax > vmin { vmax - vmin } else { 1.0 };
    let x = |d: NaiveDate| {
        if x0 == x1 {
            left + (w - left - right) / 2.0
        } else {
            left + (d - x0).num_days() as f64 / span_days * (w - left - right)
        }
    };
    let y = |v: f64| top + (1.0 - (v - vmin) / vspan) * (h - top - bottom);
    // Merge marks that would sit on top of each other.
    let mut marks: Vec<(f64, f64, Vec<&dossier_views::PointView>)> = Vec::new();
    for (d, p) in &pts {
        let (px, py) = (x(*d), y(p.value));
        match marks.iter_mut().find(|m| (m.0 - px).abs() < 6.0 && m.2[0].value == p.value) {
            Some(m) => m.2.push(p),
            None => marks.push((px, py, vec![p])),
        }
    }
    marks.sort_by(|a, b| a.0.total_cmp(&b.0));
    let line: Vec<String> = marks.iter().map(|m| format!("{:.1},{:.1}", m.0, m.1)).collect();
    let desc = format!(
        "{}: {} values from {} to {}, between {} and {}",
        s.label,
        s.points.len(),
        x0,
        x1,
        number(vmin_data),
        number(vmax)
    );
    let tip = |p: &dossier_views::PointView| {
        format!(
            "{}{} — “{}” — {}, {}",
            p.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default(),
            number(p.value),
            p.source.text,
            p.source.outlet.as_deref().unwrap_or("unknown outlet"),
            p.source.published.as_deref().unwrap_or(&p.date)
        )
    };
    Some(html! {
        svg.chart viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(desc) {
            title { (desc) }
            line.axis x1=(left) y1=(h - bottom) x2=(w - right) y2=(h - bottom) {}
            line.axis x1=(left) y1=(top) x2=(left) y2=(h - bottom) {}
            text.tick x=(left - 6.0) y=(y(vmax) + 4.0) text-anchor="end" { (number(vmax)) }
            text.tick x=(left - 6.0) y=(y(vmin) + 4.0) text-anchor="end" { (number(vmin)) }
            text.tick x=(left) y=(h - 12.0) text-anchor="start" { (x0.format("%b %Y").to_string()) }
            @if x1.year() != x0.year() || x1.month() != x0.month() {
                text.tick x=(w - right) y=(h - 12.0) text-anchor="end" { (x1.format("%b %Y").to_string()) }
            }
            @if marks.len() > 1 { polyline.series points=(line.join(" ")) {} }
            @for (mx, my, ps) in &marks {
                @let first = ps[0];
                @let mine = here.is_none_or(|h| ps.iter().any(|p| h.contains(p.source.article.as_str())));
                a href=(format!("/articles/{}#{}", crate::pages::enc(&first.source.article), first.figure)) {
                    circle class=(if mine { "point" } else { "point other" }) cx=(format!("{mx:.1}")) cy=(format!("{my:.1}"))
                        r=(if ps.len() > 1 { "6" } else { "5" }) data-value=(first.value) data-date=(first.date) data-sources=(ps.len()) {
                        title {
                            @for (i, p) in ps.iter().enumerate() { @if i > 0 { "\n" } (tip(p)) }
                        }
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, id: &str, href: Option<&str>) -> Mark {
        Mark {
            start,
            end,
            id: id.into(),
            class: "fact".into(),
            title: String::new(),
            href: href.map(str::to_string),
            rank: 0,
        }
    }

    #[test]
    fn nested_and_crossing_spans_render_well_formed() {
        let text = "“We will stay,” said Gen. Kenneth McKenzie on Thursday.";
        // A quote, a name, a date, and a span crossing the quote's end (cut there).
        let mut marks = vec![
            mark(1, 13, "q-1", None),
            mark(25, 42, "m-25-42", Some("/entities/x")),
            mark(43, 54, "t-1", None),
            mark(9, 30, "x", None),
        ];
        let out = annotated(text, &mut marks).into_string();
        assert!(out.contains(r#"<span id="q-1" class="fact" title="">We will <span id="x""#), "{out}");
        assert!(out.contains("McKenzie</a>"), "{out}");
        // The visible text is the whole article, in order, nothing lost or doubled.
        let stripped = strip_tags(&out);
        assert_eq!(stripped, text);
    }

    #[test]
    fn bad_spans_never_panic_or_lose_text() {
        let texts = ["", "é", "日本語のテキスト", "a\u{0}b\u{202e}c", "🇮🇶 flag 👍🏽 <b>&amp;</b>"];
        for t in texts {
            let n = t.chars().count();
            let mut marks: Vec<Mark> = (0..n + 3)
                .flat_map(|s| (0..n + 3).map(move |e| (s, e)))
                .map(|(s, e)| mark(s, e, "z", if s % 2 == 0 { Some("/e") } else { None }))
                .collect();
            let out = annotated(t, &mut marks).into_string();
            assert_eq!(strip_tags(&out), maud::html! { (t) }.into_string(), "text {t:?}");
        }
        let big = "Iraq’s prime minister said. ".repeat(5000);
        let mut marks = vec![mark(5, 100_000, "q", None), mark(0, 3, "a", None)];
        assert_eq!(strip_tags(&annotated(&big, &mut marks).into_string()), big);
    }

    #[test]
    fn snippet_ranges_become_marks() {
        let out = highlighted("US troops <b> in Iraq", &[[3, 9], [17, 21], [40, 50]]).into_string();
        assert_eq!(out, "US <mark>troops</mark> &lt;b&gt; in <mark>Iraq</mark>");
    }

    #[test]
    fn dates_and_numbers() {
        assert_eq!(parse_date("2021-12"), NaiveDate::from_ymd_opt(2021, 12, 1));
        assert_eq!(parse_date("2024"), NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(parse_date("PAST_REF"), None);
        assert_eq!(parse_date("é"), None);
        assert_eq!(number(2500.0), "2,500");
        assert_eq!(number(347_000_000.0), "347,000,000");
        assert_eq!(number(-3.5), "-3.5");
        assert_eq!(number(0.25), "0.25");
    }

    fn strip_tags(s: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }
}
