//! The web UI: server-rendered pages over the same queries as the API. Each page works without
//! JavaScript; `app.js` only adds keyboard conveniences.

use crate::api::{ApiError, Params, mention_id};
use crate::render::{Mark, annotated, chart, highlighted, number};
use crate::{DbFailure, Shared};
use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use dossier_store::{ArticleRef, FigureHit, Page, QuoteHit, Store};
use maud::{DOCTYPE, Markup, html};
use std::collections::HashMap;

type Q = Result<Query<HashMap<String, String>>, QueryRejection>;

pub(crate) fn router() -> Router<Shared> {
    Router::new()
        .route("/", get(home))
        .route("/articles", get(articles))
        .route("/articles/{id}", get(article))
        .route("/search", get(search))
        .route("/entities", get(entities))
        .route("/entities/{name}", get(entity))
        .route("/quotes", get(quotes))
        .route("/figures", get(figures))
        .route("/static/app.css", get(|| async { asset("text/css; charset=utf-8", include_str!("static/app.css")) }))
        .route(
            "/static/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("static/app.js")) }),
        )
        .fallback(|| async { PageError(StatusCode::NOT_FOUND, "There is no page at this address.".into()) })
}

fn asset(ctype: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, ctype), (header::CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// An error page with its status.
pub(crate) struct PageError(StatusCode, String);

impl PageError {
    pub(crate) fn new(status: StatusCode, msg: &str) -> Self {
        PageError(status, msg.into())
    }
}

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e.0, e.1)
    }
}

impl From<DbFailure> for PageError {
    fn from(e: DbFailure) -> Self {
        ApiError::from(e).into()
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let title = self.0.canonical_reason().unwrap_or("Error");
        let body = layout(
            title,
            "",
            html! {
                h1 { (title) }
                p { (self.1) }
                p { a href="/" { "Back to the overview" } }
            },
        );
        (self.0, body).into_response()
    }
}

type PageResult = Result<Html<String>, PageError>;

/// Percent-encodes a path segment or query value (everything but unreserved characters).
pub(crate) fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(crate) fn entity_href(name: &str) -> String {
    format!("/entities/{}", enc(name))
}

pub(crate) fn fact_href(article: &str, anchor: &str) -> String {
    format!("/articles/{}#{}", enc(article), anchor)
}

/// The frame of every page: skip link, header with navigation and search, main, footer.
pub(crate) fn layout(title: &str, current: &str, content: Markup) -> Html<String> {
    let nav = [
        ("/", "Home"),
        ("/stories", "Stories"),
        ("/overview", "Overview"),
        ("/articles", "Articles"),
        ("/entities", "Entities"),
        ("/quotes", "Quotes"),
        ("/figures", "Figures"),
    ];
    Html(
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · dossier" }
                    link rel="stylesheet" href="/static/app.css";
                    script src="/static/app.js" defer {}
                }
                body {
                    a.skip href="#main" { "Skip to content" }
                    header.site {
                        a.brand href="/" { "dossier" }
                        nav aria-label="Main" {
                            ul {
                                @for (href, label) in nav {
                                    li { a href=(href) aria-current=[(href == current).then_some("page")] { (label) } }
                                }
                            }
                        }
                        form.search role="search" action="/search" method="get" {
                            label.visually-hidden for="site-q" { "Search articles" }
                            input #site-q type="search" name="q" placeholder="Search articles  ( / )" autocomplete="off";
                            button type="submit" { "Search" }
                        }
                    }
                    main #main tabindex="-1" { (content) }
                    footer.site { p { "dossier — every fact links to the sentence it came from." } }
                }
            }
        }
        .into_string(),
    )
}

fn byline(a: &ArticleRef) -> Markup {
    html! {
        span.byline {
            (a.outlet.as_deref().unwrap_or("Unknown outlet"))
            @if let Some(d) = &a.published { " · " time datetime=(d) { (d) } }
        }
    }
}

pub(crate) fn title_or_id<'a>(title: Option<&'a str>, id: &'a str) -> &'a str {
    title.filter(|t| !t.trim().is_empty()).unwrap_or(id)
}

/// Previous / next links that keep the other query parameters.
pub(crate) fn pager(base: &str, params: &[(&str, Option<String>)], total: i64, limit: usize, offset: usize) -> Markup {
    let link = |off: usize| {
        let mut q: Vec<String> =
            params.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", enc(v)))).collect();
        q.push(format!("limit={limit}"));
        if off > 0 {
            q.push(format!("offset={off}"));
        }
        if q.is_empty() { base.to_string() } else { format!("{base}?{}", q.join("&")) }
    };
    let total = total.max(0) as usize;
    let shown_to = (offset + limit).min(total);
    html! {
        nav.pager aria-label="Pages" {
            @if offset > 0 { a rel="prev" href=(link(offset.saturating_sub(limit))) { "← Previous" } }
            span { @if total == 0 { "Nothing found" } @else { (offset + 1) "–" (shown_to) " of " (total) } }
            @if shown_to < total { a rel="next" href=(link(offset + limit)) { "Next →" } }
        }
    }
}

async fn home(State(st): State<Shared>) -> PageResult {
    let (stats, recent, outlets, names, counts, stories) = st
        .read(|s, state| {
            let recent = state.list_articles(
                s,
                &dossier_store::ArticleFilter { limit: Some(12), ..Default::default() },
                None,
            )?;
            let names = s.entities_page(None, None, 12, 0)?.items;
            Ok((state.stats(s)?, recent, state.outlets(s)?, names, state.figure_counts(s)?, state.stories(s)?))
        })
        .await?;
    let span = match (&stats.first_published, &stats.last_published) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "no dates".into(),
    };
    Ok(layout(
        "Home",
        "/",
        html! {
            h1 { "dossier" }
            p.lead {
                (number(stats.articles as f64)) " articles from " (number(stats.outlets_total as f64)) " outlets, " (span) ". "
                (number(stats.mentions as f64)) " mentions, " (number(stats.quotes as f64)) " quotes, "
                (number(stats.figures as f64)) " figures, " (number(stats.times as f64)) " dates."
            }
            form.bigsearch role="search" action="/search" method="get" {
                label for="home-q" { "Search the corpus" }
                div.row {
                    input #home-q type="search" name="q" placeholder="e.g. troops Iraq";
                    button type="submit" { "Search" }
                }
            }
            (crate::views::stories_section(&stories[..stories.len().min(15)], stories.len()))
            div.grid {
                section aria-labelledby="recent-h" {
                    h2 #recent-h { "Latest articles" }
                    ul.items {
                        @for a in &recent.items {
                            li {
                                a href=(format!("/articles/{}", enc(&a.id))) { (title_or_id(a.title.as_deref(), &a.id)) }
                                br;
                                (byline(&ArticleRef { id: a.id.clone(), title: None, outlet: a.outlet.clone(), published: a.published.clone() }))
                            }
                        }
                    }
                    p { a href="/articles" { "All " (recent.total) " articles →" } }
                }
                section aria-labelledby="outlets-h" {
                    h2 #outlets-h { "Outlets" }
                    ul.counts {
                        @for o in outlets.iter().take(15) {
                            li { a href=(format!("/articles?outlet={}", enc(&o.label))) { (o.label) } " " span.n { (o.count) } }
                        }
                    }
                    h2 { "Most mentioned" }
                    ul.counts {
                        @for n in &names {
                            li { a href=(entity_href(&n.id)) { (n.name) } " " span.n { (n.mentions) } }
                        }
                    }
                    @if !counts.is_empty() {
                        h2 { "Figures" }
                        ul.counts {
                            @for c in counts.iter().take(8) {
                                li { a href=(format!("/figures?counts={}", enc(&c.label))) { (c.label) } " " span.n { (c.count) } }
                            }
                        }
                    }
                }
            }
        },
    ))
}

async fn articles(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let filter = p.article_filter(limit, offset)?;
    let text = p.str("q");
    let (f2, t2) = (filter.clone(), text.clone());
    let (page, outlets) =
        st.read(move |s, state| Ok((state.list_articles(s, &f2, t2.as_deref())?, state.outlets(s)?))).await?;
    let keep = [
        ("q", text.clone()),
        ("outlet", filter.outlet.clone()),
        ("since", filter.since.map(|d| d.to_string())),
        ("until", filter.until.map(|d| d.to_string())),
        ("language", filter.language.clone()),
    ];
    Ok(layout(
        "Articles",
        "/articles",
        html! {
            h1 { "Articles" }
            form.filters method="get" action="/articles" {
                label { "Words " input type="search" name="q" value=[text.as_deref()]; }
                label { "Outlet "
                    select name="outlet" {
                        option value="" { "Any" }
                        @for o in outlets.iter() {
                            option value=(o.label) selected[filter.outlet.as_deref() == Some(o.label.as_str())] { (o.label) }
                        }
                    }
                }
                label { "From " input type="date" name="since" value=[filter.since.map(|d| d.to_string())]; }
                label { "To " input type="date" name="until" value=[filter.until.map(|d| d.to_string())]; }
                button type="submit" { "Filter" }
            }
            (pager("/articles", &keep, page.total, limit, offset))
            table.list {
                thead { tr { th scope="col" { "Title" } th scope="col" { "Outlet" } th scope="col" { "Published" } } }
                tbody {
                    @for a in &page.items {
                        tr {
                            td { a href=(format!("/articles/{}", enc(&a.id))) { (title_or_id(a.title.as_deref(), &a.id)) } }
                            td { (a.outlet.as_deref().unwrap_or("—")) }
                            td { (a.published.as_deref().unwrap_or("—")) }
                        }
                    }
                }
            }
            (pager("/articles", &keep, page.total, limit, offset))
        },
    ))
}

async fn search(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(20)?;
    let query = p.str("q");
    let qq = query.clone();
    let page = match qq {
        Some(q) => st.read(move |s, _| s.search_page(&q, limit, offset)).await?,
        None => Page { total: 0, items: Vec::new() },
    };
    let title = query.as_deref().map_or("Search".to_string(), |q| format!("Search: {q}"));
    Ok(layout(
        &title,
        "",
        html! {
            h1 { "Search" }
            form.bigsearch role="search" action="/search" method="get" {
                label for="page-q" { "Words to find (all must occur; \"quoted phrases\" stay together)" }
                div.row {
                    input #page-q type="search" name="q" value=[query.as_deref()];
                    button type="submit" { "Search" }
                }
            }
            @if query.is_some() {
                (pager("/search", &[("q", query.clone())], page.total, limit, offset))
                ol.results start=(offset + 1) {
                    @for h in &page.items {
                        li {
                            h2 { a href=(format!("/articles/{}", enc(&h.id))) { (title_or_id(h.title.as_deref(), &h.id)) } }
                            (byline(&ArticleRef { id: h.id.clone(), title: None, outlet: h.outlet.clone(), published: h.published.clone() }))
                            p.snippet { (highlighted(&h.snippet, &h.highlights)) }
                        }
                    }
                }
                (pager("/search", &[("q", query.clone())], page.total, limit, offset))
            }
        },
    ))
}

async fn article(State(st): State<Shared>, Path(id): Path<String>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    // `?span=START-END`: a passage another page cites (a sentence of the timeline, a side of a
    // disagreement), marked so the link's fragment lands on it.
    let cited: Option<(usize, usize)> = p.str("span").and_then(|v| {
        let (a, b) = v.split_once('-')?;
        let (a, b) = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
        (a <= b).then_some((a, b))
    });
    let found = st
        .read(move |s, _| Ok(s.article_with_facts(&id)?.map(|f| (f.mentions, f.quotes, f.times, f.figures, f.article))))
        .await?;
    let Some((mentions, quotes, times, figures, a)) = found else {
        return Err(PageError(StatusCode::NOT_FOUND, "No article has this id.".into()));
    };
    let u = |v: i64| v.max(0) as usize;
    let mut marks = Vec::new();
    if let Some((start, end)) = cited {
        marks.push(Mark {
            start,
            end,
            id: crate::views::span_anchor(start as i64, end as i64),
            class: "fact cited".into(),
            title: "The cited passage".into(),
            href: None,
            rank: 0,
        });
    }
    for q in &quotes {
        marks.push(Mark {
            start: u(q.start),
            end: u(q.end),
            id: q.id.clone(),
            class: format!("fact quote{}", if q.direct { " direct" } else { " reported" }),
            title: format!(
                "{} quote{}",
                if q.direct { "Direct" } else { "Reported" },
                q.speaker_name.as_deref().map(|s| format!(" by {s}")).unwrap_or_default()
            ),
            href: None,
            rank: 0,
        });
    }
    for f in &figures {
        let mut title = format!("Figure: {}", number(f.value));
        if let Some(unit) = &f.unit {
            title.push_str(&format!(" {unit}"));
        }
        if let Some(c) = &f.counts {
            title.push_str(&format!(" — {c}"));
        }
        if let Some(d) = &f.date {
            title.push_str(&format!(" (as of {d})"));
        }
        marks.push(Mark {
            start: u(f.start),
            end: u(f.end),
            id: f.id.clone(),
            class: "fact figure".into(),
            title,
            href: None,
            rank: 1,
        });
    }
    for t in &times {
        marks.push(Mark {
            start: u(t.start),
            end: u(t.end),
            id: t.id.clone(),
            class: "fact time".into(),
            title: format!("{}: {}", t.kind, t.value.as_deref().unwrap_or("unresolved")),
            href: None,
            rank: 2,
        });
    }
    for m in &mentions {
        marks.push(Mark {
            start: u(m.start),
            end: u(m.end),
            id: mention_id(m.start, m.end),
            class: format!("fact ent {}", m.kind),
            title: format!(
                "{} ({}){}",
                m.name,
                m.kind,
                m.role.as_deref().map(|r| format!(" — {r}")).unwrap_or_default()
            ),
            href: Some(entity_href(m.entity.as_deref().unwrap_or(&m.name))),
            rank: 3,
        });
    }
    let body = annotated(&a.text, &mut marks);
    let title = title_or_id(a.title.as_deref(), &a.id).to_string();
    let aref = ArticleRef { id: a.id.clone(), title: None, outlet: a.outlet.clone(), published: a.published.clone() };
    Ok(layout(
        &title,
        "",
        html! {
            article.doc aria-labelledby="doc-title" {
                header {
                    h1 #doc-title { (title) }
                    p.meta {
                        (byline(&aref))
                        @if let Some(au) = &a.author { " · by " (au) }
                        @if let Some(l) = &a.language { " · " span lang="en" { "language " (l) } }
                    }
                    @if let Some(dup) = &a.duplicate_of {
                        p.note { "A copy of " a href=(format!("/articles/{}", enc(dup))) { "an earlier article" }
                            @if let Some(sim) = a.similarity { " (similarity " (format!("{sim:.2}")) ")" } "." }
                    }
                    p.legend aria-label="Highlight legend" {
                        span.fact.quote { "quote" } " " span.fact.ent { "name" } " " span.fact.figure { "figure" } " " span.fact.time { "date" }
                    }
                }
                div.text lang=[a.language.as_deref()] { (body) }
            }
            aside.facts aria-label="Facts in this article" {
                @if !quotes.is_empty() {
                    section {
                        h2 { "Quotes (" (quotes.len()) ")" }
                        ul.facts-list {
                            @for q in &quotes {
                                li {
                                    @if let Some(s) = &q.speaker_name { a.who href=(entity_href(s)) { (s) } } @else { span.who { "Unattributed" } }
                                    @if let Some(c) = &q.cue { " " span.cue { (c) } } ": "
                                    a href=(format!("#{}", q.id)) { @if q.direct { "“" (q.text) "”" } @else { (q.text) } }
                                }
                            }
                        }
                    }
                }
                @if !figures.is_empty() {
                    section {
                        h2 { "Figures (" (figures.len()) ")" }
                        ul.facts-list {
                            @for f in &figures {
                                li {
                                    a href=(format!("#{}", f.id)) { (f.text) }
                                    " — " (f.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default()) (number(f.value))
                                    @if let Some(u) = &f.unit { " " (u) }
                                    @if let Some(c) = &f.counts { " " a href=(format!("/figures?counts={}", enc(c))) { (c) } }
                                    @if let Some(d) = &f.date { " · " (d) }
                                }
                            }
                        }
                    }
                }
                @if !times.is_empty() {
                    section {
                        h2 { "Dates (" (times.len()) ")" }
                        ul.facts-list {
                            @for t in &times {
                                li { a href=(format!("#{}", t.id)) { (t.text) } " → " code { (t.value.as_deref().unwrap_or("?")) } }
                            }
                        }
                    }
                }
                @if !mentions.is_empty() {
                    section {
                        h2 { "Names (" (mentions.len()) ")" }
                        ul.facts-list {
                            @for m in &mentions {
                                li {
                                    a href=(format!("#{}", mention_id(m.start, m.end))) { (m.text) }
                                    @if m.text != m.name { " = " a href=(entity_href(m.entity.as_deref().unwrap_or(&m.name))) { (m.name) } }
                                    " " span.kind { (m.kind) }
                                    @if let Some(r) = &m.role { " · " (r) }
                                }
                            }
                        }
                    }
                }
                @if !a.removed_reasons.is_empty() {
                    section.removed {
                        h2 { "Removed lines (" (a.removed_reasons.len()) ")" }
                        p.hint { "Lines the cleaner took out of the body, with the reason." }
                        ul {
                            @for r in &a.removed_reasons {
                                li { span.reason { (r.reason) } " " q { (r.line) } }
                            }
                        }
                    }
                }
                section {
                    h2 { "Source" }
                    p.src { (a.source) }
                    @if let Some(url) = &a.url {
                        @if url.starts_with("http://") || url.starts_with("https://") {
                            p { a href=(url) rel="noopener noreferrer nofollow" { "Original page" } }
                        }
                    }
                    p { a href=(format!("/api/articles/{}", enc(&a.id))) { "This article as JSON" } }
                }
            }
        },
    ))
}

async fn entities(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(100)?;
    let needle = p.str("q");
    let kind = p.str("kind").filter(|k| dossier_core::EntityKind::parse(k).is_some());
    let (n2, k2) = (needle.clone(), kind.clone());
    let page = st.read(move |s, state| state.entities_page(s, k2.as_deref(), n2.as_deref(), limit, offset)).await?;
    let keep = [("q", needle.clone()), ("kind", kind.clone())];
    Ok(layout(
        "Entities",
        "/entities",
        html! {
            h1 { "Entities" }
            p.lead { "People, organisations and places, each spelling of one name merged into one entity." }
            form.filters method="get" action="/entities" {
                label { "Any spelling contains " input type="search" name="q" value=[needle.as_deref()]; }
                label { "Kind "
                    select name="kind" {
                        option value="" { "Any" }
                        @for k in ["person", "organization", "place", "group", "other"] {
                            option value=(k) selected[kind.as_deref() == Some(k)] { (k) }
                        }
                    }
                }
                button type="submit" { "Filter" }
            }
            (pager("/entities", &keep, page.total, limit, offset))
            table.list {
                thead { tr { th scope="col" { "Name" } th scope="col" { "Kind" } th scope="col" { "Also written" } th scope="col" class="num" { "Mentions" } th scope="col" class="num" { "Articles" } } }
                tbody {
                    @for e in &page.items {
                        tr {
                            td { a href=(entity_href(&e.id)) { (e.name) } }
                            td { (e.kind) }
                            td { (e.aliases.iter().filter(|a| a.0 != e.name).take(4).map(|a| a.0.as_str()).collect::<Vec<_>>().join(" · ")) }
                            td.num { (e.mentions) }
                            td.num { (e.articles) }
                        }
                    }
                }
            }
            (pager("/entities", &keep, page.total, limit, offset))
        },
    ))
}

fn quote_item(q: &QuoteHit, with_speaker: bool) -> Markup {
    html! {
        li.quote-item {
            blockquote cite=(fact_href(&q.article.id, &q.id)) {
                p { @if q.direct { "“" (q.text) "”" } @else { (q.text) } }
            }
            p.attrib {
                @if with_speaker {
                    @if let Some(s) = &q.speaker_name { a href=(entity_href(s)) { (s) } " " }
                }
                @if let Some(c) = &q.cue { span.cue { (c) } " · " }
                @if !q.direct { span.kind { "reported" } " · " }
                a.source href=(fact_href(&q.article.id, &q.id)) { "in " (title_or_id(q.article.title.as_deref(), &q.article.id)) }
                " · " (byline(&q.article))
            }
        }
    }
}

async fn entity(State(st): State<Shared>, Path(name): Path<String>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let detail = st.read(move |s, _| crate::entity_detail(s, &name, 10, limit, offset)).await?;
    let Some(crate::EntityDetail { entity: e, spellings, months, quotes_by, quotes_about, mentions }) = detail else {
        return Err(PageError(StatusCode::NOT_FOUND, "Nothing in the corpus goes by this name.".into()));
    };
    let mut roles: Vec<&(String, Option<String>)> = e.roles.iter().collect();
    roles.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    roles.dedup();
    let href = entity_href(&e.id);
    Ok(layout(
        &e.name,
        "/entities",
        html! {
            h1 { (e.name) }
            p.lead {
                span.kind { (e.kind) } " · " (e.mentions) " mentions in " (e.articles) " articles · "
                (quotes_by.total) " quotes by, " (quotes_about.len()) @if quotes_about.len() >= 10 { "+" } " about"
                " · " a href=(format!("/overview?entity={}", enc(&e.id))) { "timeline and figures of its articles" }
            }
            div.grid {
                section aria-labelledby="sp-h" {
                    h2 #sp-h { "Spellings" }
                    p.hint { "Every way this name was written, and where." }
                    ul.spellings {
                        @for sp in &spellings {
                            li {
                                strong { (sp.spelling) } " " span.n { (sp.mentions) }
                                ul.seen {
                                    @for (a, start, end) in &sp.seen {
                                        li { a href=(fact_href(&a.id, &mention_id(*start, *end))) {
                                            (a.outlet.as_deref().unwrap_or_else(|| title_or_id(a.title.as_deref(), &a.id)))
                                            @if let Some(d) = &a.published { ", " (d) }
                                        } }
                                    }
                                }
                            }
                        }
                    }
                    @if !e.why.is_empty() {
                        details.why { summary { "Why these spellings were merged" } ul { @for w in &e.why { li { (w) } } } }
                    }
                }
                section aria-labelledby="ro-h" {
                    h2 #ro-h { "Roles over time" }
                    @if roles.is_empty() { p.hint { "No role given with any mention." } }
                    @else {
                        ol.roles { @for (r, d) in &roles { li { time { (d.as_deref().unwrap_or("undated")) } " — " (r) } } }
                    }
                    h2 { "Mentions over time" }
                    (month_bars(&months))
                }
            }
            @if quotes_by.total > 0 {
                section aria-labelledby="qu-h" {
                    h2 #qu-h { "Quotes by " (e.name) " (" (quotes_by.total) ")" }
                    ul.quotes { @for q in &quotes_by.items { (quote_item(q, false)) } }
                }
            }
            @if !quotes_about.is_empty() {
                section aria-labelledby="qa-h" {
                    h2 #qa-h { "Quotes about " (e.name) }
                    ul.quotes { @for q in &quotes_about { (quote_item(q, true)) } }
                }
            }
            section aria-labelledby="me-h" {
                h2 #me-h { "Mentions" }
                (pager(&href, &[], mentions.total, limit, offset))
                table.list {
                    thead { tr { th scope="col" { "As written" } th scope="col" { "Role" } th scope="col" { "Article" } th scope="col" { "Outlet" } th scope="col" { "Published" } } }
                    tbody {
                        @for m in &mentions.items {
                            tr {
                                td { a href=(fact_href(&m.article.id, &mention_id(m.start, m.end))) { (m.text) } }
                                td { (m.role.as_deref().unwrap_or("")) }
                                td { a href=(format!("/articles/{}", enc(&m.article.id))) { (title_or_id(m.article.title.as_deref(), &m.article.id)) } }
                                td { (m.article.outlet.as_deref().unwrap_or("—")) }
                                td { (m.article.published.as_deref().unwrap_or("—")) }
                            }
                        }
                    }
                }
            }
        },
    ))
}

/// Mentions per month as a small bar chart, with the counts in each bar's title.
fn month_bars(months: &[dossier_store::MonthCount]) -> Markup {
    let dated: Vec<&dossier_store::MonthCount> = months.iter().filter(|m| !m.month.is_empty()).collect();
    if dated.is_empty() {
        return html! { p.hint { "No dated mentions." } };
    }
    let max = dated.iter().map(|m| m.mentions).max().unwrap_or(1).max(1) as f64;
    let (w, h) = (560.0, 120.0);
    let bw = ((w - 20.0) / dated.len() as f64).min(40.0);
    let desc = format!("Mentions per month, {} to {}", dated[0].month, dated[dated.len() - 1].month);
    html! {
        svg.bars viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(desc) {
            title { (desc) }
            @for (i, m) in dated.iter().enumerate() {
                @let bh = (m.mentions as f64 / max * (h - 30.0)).max(2.0);
                rect.bar x=(format!("{:.1}", 10.0 + i as f64 * bw)) y=(format!("{:.1}", h - 20.0 - bh)) width=(format!("{:.1}", (bw - 2.0).max(1.0))) height=(format!("{bh:.1}")) {
                    title { (m.month) ": " (m.mentions) " mentions in " (m.articles) " articles" }
                }
            }
            text.tick x="10" y=(h - 4.0) { (dated[0].month) }
            @if dated.len() > 1 { text.tick x=(w - 10.0) y=(h - 4.0) text-anchor="end" { (dated[dated.len() - 1].month) } }
        }
    }
}

async fn quotes(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let speaker = p.str("speaker");
    if let Some(sp) = speaker.clone() {
        let (limit, offset) = p.page(50)?;
        let s2 = sp.clone();
        let page = st.read(move |s, _| s.quotes_page(Some(&s2), None, None, limit, offset)).await?;
        return Ok(layout(
            &format!("Quotes by {sp}"),
            "/quotes",
            html! {
                h1 { "Quotes by " a href=(entity_href(&sp)) { (sp) } }
                (pager("/quotes", &[("speaker", Some(sp.clone()))], page.total, limit, offset))
                ul.quotes { @for q in &page.items { (quote_item(q, false)) } }
                (pager("/quotes", &[("speaker", Some(sp.clone()))], page.total, limit, offset))
            },
        ));
    }
    let (limit, offset) = p.page(20)?;
    let (speakers, groups) = st
        .read(move |s, state| {
            let all = state.speakers(s)?;
            let speakers = Page {
                total: all.len() as i64,
                items: all.iter().skip(offset).take(limit).cloned().collect::<Vec<_>>(),
            };
            let mut groups = Vec::new();
            for sp in &speakers.items {
                groups.push(s.quotes_page(Some(&sp.label), None, None, 5, 0)?);
            }
            Ok((speakers, groups))
        })
        .await?;
    Ok(layout(
        "Quotes",
        "/quotes",
        html! {
            h1 { "Quotes by speaker" }
            p.lead { "Speakers ordered by how often they are quoted. Each quote links to the sentence it came from." }
            (pager("/quotes", &[], speakers.total, limit, offset))
            @for (sp, g) in speakers.items.iter().zip(&groups) {
                section.speaker aria-label=(sp.label) {
                    h2 { a href=(entity_href(&sp.label)) { (sp.label) } " " span.n { (sp.count) } }
                    ul.quotes { @for q in &g.items { (quote_item(q, false)) } }
                    @if sp.count > 5 { p { a href=(format!("/quotes?speaker={}", enc(&sp.label))) { "All " (sp.count) " quotes by " (sp.label) " →" } } }
                }
            }
            (pager("/quotes", &[], speakers.total, limit, offset))
        },
    ))
}

async fn figures(State(st): State<Shared>, q: Q) -> PageResult {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(50)?;
    let counts = p.str("counts");
    let c2 = counts.clone();
    let (page, series) = st
        .read(move |s, state| {
            let page = match &c2 {
                Some(c) => s.figures_page(Some(c), None, None, limit, offset)?,
                None => state.fact_page(s, dossier_store::FactTable::Figures, limit, offset, Store::figures_at)?,
            };
            let labels: Vec<String> = match &c2 {
                Some(c) => vec![c.clone()],
                None => {
                    state.figure_counts(s)?.iter().filter(|l| l.count >= 2).take(6).map(|l| l.label.clone()).collect()
                }
            };
            let mut series: Vec<(String, Vec<FigureHit>)> = Vec::new();
            for l in labels {
                let pts = s.figure_series(&l, 200)?;
                series.push((l, pts));
            }
            Ok((page, series))
        })
        .await?;
    let charts: Vec<(String, Markup)> =
        series.iter().filter_map(|(l, pts)| Some((l.clone(), chart(l, pts)?))).collect();
    Ok(layout(
        "Figures",
        "/figures",
        html! {
            h1 { "Figures" @if let Some(c) = &counts { ": " (c) } }
            @if !charts.is_empty() {
                section aria-labelledby="ch-h" {
                    h2 #ch-h { "Over time" }
                    p.hint { "One mark per source; hover or focus a mark for the sentence, select it to open the article." }
                    div.charts {
                        @for (label, svg) in &charts {
                            figure.chart-box {
                                figcaption { a href=(format!("/figures?counts={}", enc(label))) { (label) } }
                                (svg)
                            }
                        }
                    }
                }
            }
            section aria-labelledby="tb-h" {
                h2 #tb-h { "All figures" }
                (pager("/figures", &[("counts", counts.clone())], page.total, limit, offset))
                table.list {
                    thead { tr {
                        th scope="col" { "As written" } th scope="col" class="num" { "Value" } th scope="col" { "Counts" }
                        th scope="col" { "Holds for" } th scope="col" { "Source" }
                    } }
                    tbody {
                        @for f in &page.items {
                            tr {
                                td { a href=(fact_href(&f.article.id, &f.id)) { (f.text) } }
                                td.num { (f.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default()) (number(f.value)) @if let Some(u) = &f.unit { " " (u) } }
                                td { @if let Some(c) = &f.counts { a href=(format!("/figures?counts={}", enc(c))) { (c) } } }
                                td { (f.date.as_deref().unwrap_or("—")) }
                                td { (byline(&f.article)) }
                            }
                        }
                    }
                }
                (pager("/figures", &[("counts", counts.clone())], page.total, limit, offset))
            }
        },
    ))
}
