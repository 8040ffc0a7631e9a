//! A response cache for GET requests. The server only reads, and the database changes only when
//! articles are ingested, so a rendered page or JSON listing stays valid until the database
//! generation ([`dossier_store::Store::generation`]) moves. The generation is re-read at most
//! once a second, so articles ingested by another process show up within a second.

use crate::Shared;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Bounds: entries kept, and the largest body worth keeping.
const MAX_ENTRIES: usize = 2048;
const MAX_BODY: usize = 2 * 1024 * 1024;
const RECHECK: Duration = Duration::from_secs(1);

type Generation = (i64, i64);

#[derive(Default)]
pub(crate) struct ResponseCache {
    entries: Mutex<HashMap<String, (Generation, HeaderMap, Bytes)>>,
    checked: Mutex<Option<(Instant, Generation)>>,
}

impl ResponseCache {
    /// Forces the next request to re-read the generation (after this process ingested).
    pub(crate) fn invalidate(&self) {
        if let Ok(mut c) = self.checked.lock() {
            *c = None;
        }
    }
}

async fn generation(st: &Shared) -> Option<Generation> {
    if let Some((at, g)) = st.cache.checked.lock().ok().and_then(|c| *c)
        && at.elapsed() < RECHECK
    {
        return Some(g);
    }
    let g = st.read(|s, _| s.generation()).await.ok()?;
    if let Ok(mut c) = st.cache.checked.lock() {
        *c = Some((Instant::now(), g));
    }
    Some(g)
}

/// Middleware: answers repeated GETs from memory; anything else passes through untouched.
pub(crate) async fn layer(State(st): State<Shared>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    let Some(generation) = generation(&st).await else { return next.run(req).await };
    if let Some((g, headers, body)) = st.cache.entries.lock().ok().and_then(|c| c.get(&key).cloned())
        && g == generation
    {
        let mut res = Response::new(Body::from(body));
        *res.headers_mut() = headers;
        return res;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return crate::json_error(StatusCode::INTERNAL_SERVER_ERROR, "response too large to send");
    };
    if let Ok(mut c) = st.cache.entries.lock() {
        if c.len() >= MAX_ENTRIES {
            c.clear();
        }
        c.insert(key, (generation, parts.headers.clone(), bytes.clone()));
    }
    Response::from_parts(parts, Body::from(bytes))
}
