//! The JSON API under `/api`. Every list answers `{total, limit, offset, items}`; every error
//! answers `{"error": "…"}` with its status.

use crate::{DbFailure, Shared, json_error};
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use dossier_store::{ArticleFilter, FactTable, Page, Store};
use serde::Serialize;
use serde_json::json;
use std::collections::HashMap;

/// Most rows one page may hold: bounds the work a single request can ask for.
pub(crate) const MAX_LIMIT: usize = 500;
const DEFAULT_LIMIT: usize = 50;
/// Far beyond any real corpus, but keeps OFFSET from becoming a denial-of-service knob.
const MAX_OFFSET: usize = 10_000_000;

pub(crate) fn router() -> Router<Shared> {
    Router::new()
        .route("/articles", get(articles).post(ingest))
        .route("/articles/{id}", get(article))
        .route("/entities", get(entities))
        .route("/entities/{name}", get(entity))
        .route("/quotes", get(quotes))
        .route("/figures", get(figures))
        .route("/figures/series", get(figure_series))
        .route("/times", get(times))
        .route("/search", get(search))
        .route("/stats", get(stats))
        .route("/openapi.json", get(openapi))
        .fallback(|| async { json_error(StatusCode::NOT_FOUND, "no such endpoint") })
        .method_not_allowed_fallback(|| async { json_error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed") })
}

/// A request error: the status and a message for the client.
#[derive(Debug)]
pub(crate) struct ApiError(pub StatusCode, pub String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_error(self.0, self.1)
    }
}

impl From<DbFailure> for ApiError {
    fn from(e: DbFailure) -> Self {
        // The detail goes to the log, not to the client.
        eprintln!("dossier-server: database error: {}", e.0);
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, "database error".into())
    }
}

pub(crate) fn bad(msg: impl Into<String>) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg.into())
}

/// Query parameters, validated by name. Empty values count as absent (HTML forms send them).
pub(crate) struct Params(HashMap<String, String>);

impl Params {
    pub(crate) fn from(q: Result<Query<HashMap<String, String>>, QueryRejection>) -> Result<Params, ApiError> {
        q.map(|Query(m)| Params(m)).map_err(|e| bad(format!("bad query string: {}", e.body_text())))
    }

    pub(crate) fn str(&self, key: &str) -> Option<String> {
        self.0.get(key).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
    }

    pub(crate) fn date(&self, key: &str) -> Result<Option<NaiveDate>, ApiError> {
        match self.str(key) {
            None => Ok(None),
            Some(v) => v
                .parse::<NaiveDate>()
                .map(Some)
                .map_err(|_| bad(format!("`{key}` must be a date YYYY-MM-DD, got {v:?}"))),
        }
    }

    fn usize_in(&self, key: &str, default: usize, min: usize, max: usize) -> Result<usize, ApiError> {
        match self.str(key) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (min..=max).contains(&n) => Ok(n),
                _ => Err(bad(format!("`{key}` must be an integer from {min} to {max}, got {v:?}"))),
            },
        }
    }

    /// `limit` (1–500, default `default`) and `offset`.
    pub(crate) fn page(&self, default: usize) -> Result<(usize, usize), ApiError> {
        Ok((self.usize_in("limit", default, 1, MAX_LIMIT)?, self.usize_in("offset", 0, 0, MAX_OFFSET)?))
    }

    pub(crate) fn flag(&self, key: &str) -> Result<bool, ApiError> {
        match self.str(key).as_deref() {
            None | Some("0") | Some("false") => Ok(false),
            Some("1") | Some("true") => Ok(true),
            Some(v) => Err(bad(format!("`{key}` must be true or false, got {v:?}"))),
        }
    }

    pub(crate) fn article_filter(&self, limit: usize, offset: usize) -> Result<ArticleFilter, ApiError> {
        Ok(ArticleFilter {
            outlet: self.str("outlet"),
            since: self.date("since")?,
            until: self.date("until")?,
            language: self.str("language"),
            story: self.str("story"),
            include_duplicates: self.flag("duplicates")?,
            limit: Some(limit),
            offset,
        })
    }
}

type Q = Result<Query<HashMap<String, String>>, QueryRejection>;

/// A page as JSON, echoing the paging it was asked for.
#[derive(Serialize)]
struct Listing<T> {
    total: i64,
    limit: usize,
    offset: usize,
    items: Vec<T>,
}

fn listing<T: Serialize>(p: Page<T>, limit: usize, offset: usize) -> Response {
    Json(Listing { total: p.total, limit, offset, items: p.items }).into_response()
}

async fn articles(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(DEFAULT_LIMIT)?;
    let filter = p.article_filter(limit, offset)?;
    let text = p.str("q");
    let page = st.read(move |s, state| state.list_articles(s, &filter, text.as_deref())).await?;
    Ok(listing(page, limit, offset))
}

/// Mentions get an id from their code-point span (`m-START-END`): unique within the article and
/// stable as long as the article is, which is what an anchor needs.
pub(crate) fn mention_id(start: i64, end: i64) -> String {
    format!("m-{start}-{end}")
}

async fn article(State(st): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let found = st
        .read(move |s, _| Ok(s.article_with_facts(&id)?.map(|f| (f.mentions, f.quotes, f.times, f.figures, f.article))))
        .await?;
    let Some((mentions, quotes, times, figures, a)) = found else {
        return Err(ApiError(StatusCode::NOT_FOUND, "no such article".into()));
    };
    let entities: Vec<_> = mentions
        .into_iter()
        .map(|m| {
            let mut v = serde_json::to_value(&m).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("id".into(), json!(mention_id(m.start, m.end)));
            }
            v
        })
        .collect();
    Ok(Json(json!({ "article": a, "entities": entities, "quotes": quotes, "times": times, "figures": figures }))
        .into_response())
}

async fn entities(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(DEFAULT_LIMIT)?;
    let (needle, kind) = (p.str("q"), p.str("kind"));
    if let Some(k) = &kind
        && dossier_core::EntityKind::parse(k).is_none()
    {
        return Err(bad(format!("`kind` must be person, organization, place, group or other, got {k:?}")));
    }
    let page =
        st.read(move |s, state| state.entities_page(s, kind.as_deref(), needle.as_deref(), limit, offset)).await?;
    Ok(listing(page, limit, offset))
}

/// One merged entity by id or any spelling: aliases with where each was seen, roles with their
/// dates, why its spellings were merged, quotes by and about it, mentions per month and a page
/// of its mentions.
async fn entity(State(st): State<Shared>, Path(name): Path<String>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(DEFAULT_LIMIT)?;
    let detail = st.read(move |s, _| crate::entity_detail(s, &name, 20, limit, offset)).await?;
    let Some(d) = detail else {
        return Err(ApiError(StatusCode::NOT_FOUND, "no such entity".into()));
    };
    Ok(Json(json!({
        "entity": d.entity,
        "spellings": d.spellings,
        "months": d.months,
        "quotes_by": { "total": d.quotes_by.total, "items": d.quotes_by.items },
        "quotes_about": d.quotes_about,
        "mentions": { "total": d.mentions.total, "limit": limit, "offset": offset, "items": d.mentions.items },
    }))
    .into_response())
}

async fn quotes(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(DEFAULT_LIMIT)?;
    let (speaker, art, text) = (p.str("speaker"), p.str("article"), p.str("q"));
    let page = st
        .read(move |s, state| match (&speaker, &art, &text) {
            (None, None, None) => state.fact_page(s, FactTable::Quotes, limit, offset, Store::quotes_at),
            _ => s.quotes_page(speaker.as_deref(), art.as_deref(), text.as_deref(), limit, offset),
        })
        .await?;
    Ok(listing(page, limit, offset))
}

async fn figures(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(DEFAULT_LIMIT)?;
    let (counts, art, unit) = (p.str("counts"), p.str("article"), p.str("unit"));
    let page = st
        .read(move |s, state| match (&counts, &art, &unit) {
            (None, None, None) => state.fact_page(s, FactTable::Figures, limit, offset, Store::figures_at),
            _ => s.figures_page(counts.as_deref(), art.as_deref(), unit.as_deref(), limit, offset),
        })
        .await?;
    Ok(listing(page, limit, offset))
}

async fn figure_series(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let Some(counts) = p.str("counts") else { return Err(bad("`counts` is required")) };
    let (limit, _) = p.page(MAX_LIMIT)?;
    let c = counts.clone();
    let points = st.read(move |s, _| s.figure_series(&c, limit)).await?;
    Ok(Json(json!({ "counts": counts, "points": points })).into_response())
}

async fn times(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(DEFAULT_LIMIT)?;
    let (art, value) = (p.str("article"), p.str("value"));
    let page = st
        .read(move |s, state| match (&art, &value) {
            (None, None) => state.fact_page(s, FactTable::Times, limit, offset, Store::times_at),
            _ => s.times_page(art.as_deref(), value.as_deref(), limit, offset),
        })
        .await?;
    Ok(listing(page, limit, offset))
}

async fn search(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let p = Params::from(q)?;
    let (limit, offset) = p.page(20)?;
    let Some(query) = p.str("q") else { return Err(bad("`q` is required")) };
    let qq = query.clone();
    let page = st.read(move |s, _| s.search_page(&qq, limit, offset)).await?;
    Ok(Json(json!({ "query": query, "total": page.total, "limit": limit, "offset": offset, "items": page.items }))
        .into_response())
}

async fn stats(State(st): State<Shared>) -> Result<Response, ApiError> {
    let s = st.read(|s, state| state.stats(s)).await?;
    Ok(Json(&*s).into_response())
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("openapi.json")).into_response()
}

/// `POST /api/articles`: hands the body to the CLI's ingest pipeline. Refused (403) unless the
/// server was started with ingest allowed; bodies over the limit are refused (413) before they
/// are read in full.
async fn ingest(State(st): State<Shared>, headers: HeaderMap, body: Body) -> Result<Response, ApiError> {
    let Some(ingest) = st.ingest.clone().filter(|_| st.allow_ingest) else {
        return Err(ApiError(StatusCode::FORBIDDEN, "ingest is disabled; start the server with --allow-ingest".into()));
    };
    let too_big = || ApiError(StatusCode::PAYLOAD_TOO_LARGE, format!("body over the limit of {} bytes", st.body_limit));
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > st.body_limit) {
        return Err(too_big());
    }
    let bytes = axum::body::to_bytes(body, st.body_limit).await.map_err(|_| too_big())?;
    if bytes.is_empty() {
        return Err(bad("empty body"));
    }
    let ctype = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let out = tokio::task::spawn_blocking(move || ingest(bytes.to_vec(), ctype))
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("ingest failed: {e}")))?;
    match out {
        Ok(summary) => {
            st.cache.invalidate();
            Ok((StatusCode::OK, Json(summary)).into_response())
        }
        Err(msg) => Err(bad(msg)),
    }
}
