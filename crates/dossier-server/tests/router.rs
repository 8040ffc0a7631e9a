//! Every endpoint through the router, over a temporary database filled with hand-made articles.

mod fixture;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use dossier_server::{IngestFn, ServerOptions, router};
use serde_json::Value;
use std::sync::Arc;
use tower::ServiceExt;

struct Db {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

fn db() -> Db {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fixture.db");
    drop(fixture::build(&path));
    Db { _dir: dir, path }
}

async fn call(db: &Db, opts: &ServerOptions, req: Request<Body>) -> (StatusCode, String, String) {
    let res = router(db.path.clone(), opts).oneshot(req).await.unwrap();
    let status = res.status();
    let ctype = res.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, ctype, String::from_utf8(body.to_vec()).unwrap())
}

async fn get(db: &Db, uri: &str) -> (StatusCode, String, String) {
    call(db, &ServerOptions::default(), Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn json(db: &Db, uri: &str) -> Value {
    let (status, ctype, body) = get(db, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    assert!(ctype.starts_with("application/json"), "{uri}: {ctype}");
    serde_json::from_str(&body).unwrap()
}

async fn error(db: &Db, uri: &str, status: StatusCode) -> String {
    let (s, ctype, body) = get(db, uri).await;
    assert_eq!(s, status, "{uri}: {body}");
    assert!(ctype.starts_with("application/json"), "{uri}: {ctype}");
    let v: Value = serde_json::from_str(&body).unwrap();
    v["error"].as_str().unwrap().to_string()
}

fn id_of(title_start: &str) -> String {
    fixture::articles()
        .into_iter()
        .find(|a| a.article.title.as_deref().unwrap_or("").starts_with(title_start))
        .unwrap()
        .article
        .id
}

#[tokio::test]
async fn articles_list_filters_and_paginates() {
    let db = db();
    let all = json(&db, "/api/articles").await;
    assert_eq!(all["total"], 5);
    let items = all["items"].as_array().unwrap();
    assert_eq!(items[0]["published"], "2024-03-25", "newest first");
    assert!(items[0].get("text").is_none(), "lists carry no text");

    let p1 = json(&db, "/api/articles?limit=2").await;
    let p3 = json(&db, "/api/articles?limit=2&offset=4").await;
    assert_eq!((p1["total"].as_i64(), p1["items"].as_array().unwrap().len()), (Some(5), 2));
    assert_eq!((p3["items"].as_array().unwrap().len(), p3["offset"].as_i64()), (1, Some(4)));
    assert_ne!(p1["items"][0]["id"], p3["items"][0]["id"]);

    assert_eq!(json(&db, "/api/articles?outlet=northern%20wire").await["total"], 2);
    assert_eq!(json(&db, "/api/articles?since=2021-01-01&until=2022-12-31").await["total"], 2);
    assert_eq!(json(&db, "/api/articles?q=combat%20mission").await["total"], 1);
    assert_eq!(json(&db, "/api/articles?language=fr").await["total"], 0);

    assert!(error(&db, "/api/articles?since=yesterday", StatusCode::BAD_REQUEST).await.contains("since"));
    assert!(error(&db, "/api/articles?limit=0", StatusCode::BAD_REQUEST).await.contains("limit"));
    assert!(error(&db, "/api/articles?limit=501", StatusCode::BAD_REQUEST).await.contains("limit"));
    assert!(error(&db, "/api/articles?offset=-1", StatusCode::BAD_REQUEST).await.contains("offset"));
}

#[tokio::test]
async fn article_by_id_has_text_removed_lines_and_facts_with_stable_ids() {
    let db = db();
    let id = id_of("Coalition ends");
    let v = json(&db, &format!("/api/articles/{id}")).await;
    assert_eq!(v["article"]["id"], id.as_str());
    assert_eq!(v["article"]["removed"][0], "Related Articles");
    assert_eq!(v["article"]["removed_reasons"][1]["reason"], "chrome");
    let text = v["article"]["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let q = &v["quotes"][0];
    let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), q["text"].as_str().unwrap(), "code-point offsets");
    assert!(q["id"].as_str().unwrap().starts_with("q-"));
    assert_eq!(v["figures"][0]["value"], 2500.0);
    assert_eq!(v["times"][0]["value"], "2021-12-09");
    assert!(v["entities"][0]["id"].as_str().unwrap().starts_with("m-"));
    // The same request again gives the same ids.
    let again = json(&db, &format!("/api/articles/{id}")).await;
    assert_eq!(again["quotes"][0]["id"], q["id"]);

    assert_eq!(error(&db, "/api/articles/a-0000000000000000", StatusCode::NOT_FOUND).await, "no such article");
}

#[tokio::test]
async fn entities_list_and_entity_detail() {
    let db = db();
    let v = json(&db, "/api/entities").await;
    let items = v["items"].as_array().unwrap();
    let mentions: Vec<i64> = items.iter().map(|e| e["mentions"].as_i64().unwrap()).collect();
    assert!(mentions.windows(2).all(|w| w[0] >= w[1]), "most mentioned first: {mentions:?}");
    assert!(items.iter().all(|e| e["id"].as_str().unwrap().starts_with("e-")), "stable entity ids");
    let people = json(&db, "/api/entities?kind=person&limit=100").await;
    assert!(people["items"].as_array().unwrap().iter().all(|n| n["kind"] == "person"));
    assert_eq!(json(&db, "/api/entities?q=sudani").await["total"], 1);
    let p = json(&db, "/api/entities?limit=1&offset=1").await;
    assert_eq!(p["items"].as_array().unwrap().len(), 1);
    assert_eq!(p["total"], v["total"]);
    assert_eq!(p["items"][0]["id"], items[1]["id"]);
    assert!(error(&db, "/api/entities?kind=alien", StatusCode::BAD_REQUEST).await.contains("kind"));

    // "ISIS" and "Islamic State" are one entity: found by either spelling, or by its id.
    let e = json(&db, "/api/entities/ISIS").await;
    let id = e["entity"]["id"].as_str().unwrap().to_string();
    assert_eq!(json(&db, "/api/entities/Islamic%20State").await["entity"]["id"], id.as_str());
    assert_eq!(json(&db, &format!("/api/entities/{id}")).await["entity"]["id"], id.as_str());
    let spellings: Vec<&str> =
        e["spellings"].as_array().unwrap().iter().map(|s| s["spelling"].as_str().unwrap()).collect();
    assert!(spellings.contains(&"ISIS") && spellings.contains(&"Islamic State"), "{spellings:?}");
    // Each spelling says where it was seen, with the span of its first use there.
    let seen = &e["spellings"][0]["seen"][0];
    assert!(seen[0]["id"].as_str().unwrap().starts_with("a-") && seen[2].as_i64() > seen[1].as_i64());
    assert!(!e["months"].as_array().unwrap().is_empty());

    let e = json(&db, "/api/entities/Mohammed%20Shia%20al-Sudani").await;
    assert_eq!(e["quotes_by"]["total"], 1);
    assert!(e["entity"]["roles"].as_array().unwrap().iter().any(|r| r[0] == "Prime Minister"));
    assert_eq!(e["mentions"]["items"][0]["article"]["published"], "2024-03-25");
    error(&db, "/api/entities/Nobody%20Here", StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn stories_timeline_series_statements_conflicts() {
    let db = db();
    let v = json(&db, "/api/stories").await;
    let stories = v["items"].as_array().unwrap();
    assert!(v["total"].as_i64().unwrap() >= 1 && !stories.is_empty());
    let total_articles: i64 = stories.iter().map(|s| s["articles"].as_i64().unwrap()).sum();
    assert_eq!(total_articles, 5, "every article in one story");
    let sid = stories[0]["id"].as_str().unwrap().to_string();
    assert!(sid.starts_with("s-"));
    assert!(json(&db, "/api/stories?q=combat%20mission").await["total"].as_i64().unwrap() >= 1);
    assert_eq!(json(&db, "/api/stories?q=zeppelin").await["total"], 0);
    assert_eq!(json(&db, "/api/stories?min_articles=1000").await["total"], 0);
    error(&db, "/api/stories?min_articles=0", StatusCode::BAD_REQUEST).await;

    let one = json(&db, &format!("/api/stories/{sid}")).await;
    assert_eq!(one["story"]["id"], sid.as_str());
    let arts = one["articles"].as_array().unwrap();
    assert_eq!(arts.len() as i64, stories[0]["articles"].as_i64().unwrap());
    assert!(arts.iter().all(|a| a["story"] == sid.as_str()));
    error(&db, "/api/stories/s-nope", StatusCode::NOT_FOUND).await;

    // The whole corpus: the troop figures form one series, oldest first.
    let s = json(&db, "/api/series?counts=troops").await;
    let troops = &s["items"][0];
    let values: Vec<f64> = troops["points"].as_array().unwrap().iter().map(|p| p["value"].as_f64().unwrap()).collect();
    assert_eq!(values, vec![3000.0, 2500.0, 2500.0], "{troops}");
    let p0 = &troops["points"][0]["source"];
    assert!(p0["article"].as_str().unwrap().starts_with("a-") && p0["end"].as_i64() > p0["start"].as_i64());

    let t = json(&db, "/api/timeline").await;
    let dates: Vec<&str> = t["items"].as_array().unwrap().iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert!(!dates.is_empty() && dates.windows(2).all(|w| w[0] <= w[1]), "oldest first: {dates:?}");
    assert!(t["items"].as_array().unwrap().iter().all(|e| !e["sources"].as_array().unwrap().is_empty()));
    let ev = json(&db, "/api/timeline?kind=event").await;
    assert!(ev["items"].as_array().unwrap().iter().all(|e| e["kind"] == "event"));
    let lim = json(&db, "/api/timeline?limit=1&offset=1").await;
    assert_eq!((lim["items"].as_array().unwrap().len(), &lim["total"]), (1, &t["total"]));
    let st = json(&db, &format!("/api/timeline?story={sid}")).await;
    assert!(st["total"].as_i64() <= t["total"].as_i64());
    let ent = json(&db, "/api/timeline?entity=Kenneth%20McKenzie").await;
    assert!(ent["items"].as_array().unwrap().iter().any(|e| e["speaker"] == "Kenneth McKenzie"), "{ent}");
    assert!(error(&db, "/api/timeline?kind=rumour", StatusCode::BAD_REQUEST).await.contains("kind"));
    assert!(error(&db, "/api/timeline?story=s-x&q=troops", StatusCode::BAD_REQUEST).await.contains("one of"));
    error(&db, "/api/timeline?story=s-nope", StatusCode::NOT_FOUND).await;
    error(&db, "/api/timeline?entity=Nobody%20Here", StatusCode::NOT_FOUND).await;

    let sts = json(&db, "/api/statements?speaker=kenneth%20mckenzie").await;
    assert!(sts["total"].as_i64().unwrap() >= 1);
    assert!(sts["items"].as_array().unwrap().iter().all(|s| s["speaker"] == "Kenneth McKenzie"));

    // The al-Sudani / ISIS disagreement of the fixture: both sides cite their spans.
    let c = json(&db, "/api/conflicts").await;
    let items = c["items"].as_array().unwrap();
    assert!(items.iter().all(|c| c["kind"] != "change_over_time"), "changes only on request");
    let all = json(&db, "/api/conflicts?changes=true").await;
    assert!(all["total"].as_i64() >= c["total"].as_i64());
    for x in items {
        for side in ["a", "b"] {
            let src = &x[side]["source"];
            assert!(src["end"].as_i64() > src["start"].as_i64(), "{x}");
        }
    }
    assert!(error(&db, "/api/conflicts?kind=feud", StatusCode::BAD_REQUEST).await.contains("kind"));
}

#[tokio::test]
async fn story_overview_and_cited_span_pages() {
    let db = db();
    let sid = json(&db, "/api/stories").await["items"][0]["id"].as_str().unwrap().to_string();
    let (s, _, home) = get(&db, "/").await;
    assert_eq!(s, StatusCode::OK);
    assert!(home.contains(&format!("href=\"/stories/{sid}\"")), "home lists stories");
    assert!(home.contains("href=\"/overview\""));
    for p in [
        "/overview".to_string(),
        format!("/stories/{sid}"),
        "/stories".into(),
        "/stories?q=troops".into(),
        "/overview?entity=ISIS".into(),
        "/overview?q=troops".into(),
    ] {
        let (s, ctype, body) = get(&db, &p).await;
        assert_eq!(s, StatusCode::OK, "{p}: {body}");
        assert!(ctype.starts_with("text/html") && body.contains("<main"), "{p}");
    }
    let (_, _, body) = get(&db, "/overview").await;
    // The troop chart: one mark per value and date, each linking to its figure's span.
    assert!(body.contains("class=\"chart\"") && body.matches("class=\"point\"").count() >= 3, "chart marks");
    assert!(body.contains("Timeline") && body.contains("Who said what") && body.contains("Outlets that covered it"));
    // Cited sentences link to `?span=S-E#sS-E`; the article page marks that span.
    let href = body
        .split("href=\"")
        .skip(1)
        .map(|h| h.split('"').next().unwrap().replace("&amp;", "&"))
        .find(|h| h.contains("?span="))
        .expect("a link to a cited span");
    let (path, anchor) = href.split_once('#').unwrap();
    let (s, _, art) = get(&db, path).await;
    assert_eq!(s, StatusCode::OK, "{path}");
    assert!(art.contains(&format!("id=\"{anchor}\" class=\"fact cited\"")), "{anchor} marked");
    // A span outside the text or malformed is ignored, never an error.
    let aid = path.split('/').nth(2).unwrap().split('?').next().unwrap();
    for q in ["?span=999999-1000000", "?span=5-2", "?span=x"] {
        assert_eq!(get(&db, &format!("/articles/{aid}{q}")).await.0, StatusCode::OK, "{q}");
    }
    assert_eq!(get(&db, "/stories/s-nope").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&db, "/overview?story=s-nope").await.0, StatusCode::NOT_FOUND);
    let (_, _, e) = get(&db, "/entities/ISIS").await;
    assert!(e.contains("Spellings") && e.contains("Islamic State") && e.contains("Mentions over time"));
}

#[tokio::test]
async fn quotes_figures_times_filters() {
    let db = db();
    let q = json(&db, "/api/quotes?speaker=Kenneth%20McKenzie").await;
    assert_eq!(q["total"], 2);
    assert!(q["items"].as_array().unwrap().iter().all(|x| x["speaker_name"] == "Kenneth McKenzie"));
    assert_eq!(q["items"][0]["article"]["outlet"], "Northern Wire");
    let id = id_of("Is Islamic State");
    assert_eq!(json(&db, &format!("/api/quotes?article={id}")).await["total"], 2);
    assert_eq!(json(&db, "/api/quotes?q=no%20longer").await["total"], 1);
    assert_eq!(json(&db, "/api/quotes?q=100%25").await["total"], 0, "LIKE wildcards are literal");

    let f = json(&db, "/api/figures?counts=US%20troops").await;
    assert_eq!(f["total"], 3);
    assert_eq!(f["items"][0]["date"], "2024-03-25", "latest first");
    let s = json(&db, "/api/figures/series?counts=US%20troops").await;
    let values: Vec<f64> = s["points"].as_array().unwrap().iter().map(|p| p["value"].as_f64().unwrap()).collect();
    assert_eq!(values, vec![3000.0, 2500.0, 2500.0], "oldest first");
    error(&db, "/api/figures/series", StatusCode::BAD_REQUEST).await;

    let t = json(&db, "/api/times?value=2021-12").await;
    assert_eq!(t["total"], 1);
    assert_eq!(t["items"][0]["text"], "on Thursday");
    assert_eq!(t["items"][0]["type"], "DATE");
    assert_eq!(json(&db, "/api/times?limit=2").await["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn search_ranks_and_marks_matches() {
    let db = db();
    let v = json(&db, "/api/search?q=threat").await;
    assert_eq!(v["total"], 1);
    let hit = &v["items"][0];
    let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
    let r = &hit["highlights"][0];
    let (s, e) = (r[0].as_u64().unwrap() as usize, r[1].as_u64().unwrap() as usize);
    assert_eq!(snippet[s..e].iter().collect::<String>().to_lowercase(), "threat");
    // Title words weigh more than body words.
    let v = json(&db, "/api/search?q=troops").await;
    assert_eq!(v["items"][0]["title"], "US to cut troops in Iraq to 3,000");
    assert!(v["items"][0]["score"].as_f64().unwrap() >= v["items"][1]["score"].as_f64().unwrap());
    // FTS syntax in user input is inert.
    json(&db, "/api/search?q=NEAR(%22a%22%20OR%20*").await;
    error(&db, "/api/search", StatusCode::BAD_REQUEST).await;
    error(&db, "/api/search?q=x&limit=abc", StatusCode::BAD_REQUEST).await;
}

#[tokio::test]
async fn stats_openapi_and_errors() {
    let db = db();
    let s = json(&db, "/api/stats").await;
    assert_eq!((s["articles"].as_i64(), s["quotes"].as_i64(), s["figures"].as_i64()), (Some(5), Some(8), Some(5)));
    let doc = json(&db, "/api/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/articles",
        "/articles/{id}",
        "/entities",
        "/entities/{name}",
        "/quotes",
        "/figures",
        "/times",
        "/search",
        "/stats",
        "/stories",
        "/stories/{id}",
        "/timeline",
        "/series",
        "/statements",
        "/conflicts",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} documented");
    }
    // Every $ref in the document resolves.
    let text = doc.to_string();
    for r in text.split("\"$ref\":\"#/").skip(1) {
        let pointer = format!("/{}", &r[..r.find('"').unwrap()]);
        assert!(doc.pointer(&pointer).is_some(), "dangling {pointer}");
    }
    error(&db, "/api/nothing-here", StatusCode::NOT_FOUND).await;
    let (status, ctype, body) =
        call(&db, &ServerOptions::default(), Request::delete("/api/articles").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(ctype.starts_with("application/json") && body.contains("error"));
    error(&db, "/api/articles?limit=%ZZ", StatusCode::BAD_REQUEST).await;

    // A database that cannot be opened is a 500 with a JSON error, not a crash.
    let missing = Db { _dir: tempfile::tempdir().unwrap(), path: "/nonexistent/dir/x.db".into() };
    error(&missing, "/api/articles", StatusCode::INTERNAL_SERVER_ERROR).await;
}

#[tokio::test]
async fn ingest_is_refused_unless_allowed_and_limited_in_size() {
    let db = db();
    let post = |body: &'static [u8]| {
        Request::post("/api/articles").header(header::CONTENT_TYPE, "text/plain").body(Body::from(body)).unwrap()
    };
    let ingest: IngestFn = Arc::new(|bytes, ctype| {
        if bytes.starts_with(b"bad") {
            return Err("record 1: not an article".into());
        }
        Ok(serde_json::json!({ "inserted": 1, "bytes": bytes.len(), "type": ctype }))
    });
    let (s, _, body) = call(&db, &ServerOptions::default(), post(b"hello")).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("allow-ingest"));
    let closed = ServerOptions { ingest: Some(ingest.clone()), ..Default::default() };
    assert_eq!(
        call(&db, &closed, post(b"hello")).await.0,
        StatusCode::FORBIDDEN,
        "a callback alone does not open ingest"
    );

    let open = ServerOptions { allow_ingest: true, ingest: Some(ingest), body_limit: 16, ..Default::default() };
    let (s, _, body) = call(&db, &open, post(b"hello")).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!((v["bytes"].as_i64(), v["type"].as_str()), (Some(5), Some("text/plain")));
    let (s, ctype, body) = call(&db, &open, post(b"this body is longer than sixteen bytes")).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert!(ctype.starts_with("application/json"));
    // Without a Content-Length the limit still holds while streaming.
    let stream = Body::from_stream(futures_stream(vec![b"0123456789".to_vec(), b"0123456789".to_vec()]));
    let (s, _, _) = call(&db, &open, Request::post("/api/articles").body(stream).unwrap()).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let (s, _, body) = call(&db, &open, post(b"bad input")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("record 1"));
}

/// A body with no Content-Length, as a chunked upload sends it.
fn futures_stream(chunks: Vec<Vec<u8>>) -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    struct S(std::vec::IntoIter<Vec<u8>>);
    impl futures_core::Stream for S {
        type Item = Result<Vec<u8>, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            std::task::Poll::Ready(self.0.next().map(Ok))
        }
    }
    S(chunks.into_iter())
}

#[tokio::test]
async fn every_page_renders() {
    let db = db();
    let id = id_of("Coalition ends");
    let pages = [
        "/".to_string(),
        "/articles".into(),
        "/articles?outlet=Gulf%20Ledger&since=2021-01-01".into(),
        format!("/articles/{id}"),
        "/search?q=troops".into(),
        "/search".into(),
        "/entities".into(),
        "/entities?kind=person&q=al".into(),
        "/entities/Qasim%20al-Araji".into(),
        "/quotes".into(),
        "/quotes?speaker=Qasim%20al-Araji".into(),
        "/figures".into(),
        "/figures?counts=US%20troops".into(),
    ];
    for p in &pages {
        let (s, ctype, body) = get(&db, p).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert!(ctype.starts_with("text/html"), "{p}: {ctype}");
        assert!(body.starts_with("<!DOCTYPE html>") && body.contains("<main"), "{p}");
    }
    let (_, _, body) = get(&db, &format!("/articles/{id}")).await;
    // The quote span carries its stable id as an anchor, and the facts list links to it.
    let q = json(&db, &format!("/api/articles/{id}")).await["quotes"][0]["id"].as_str().unwrap().to_string();
    assert!(body.contains(&format!("id=\"{q}\"")), "anchor for {q}");
    assert!(body.contains(&format!("href=\"#{q}\"")));
    assert!(body.contains("Back to top button"), "removed lines shown");
    assert!(body.contains("href=\"/entities/e-"), "names link to their merged entity");
    // Quotes and figures pages link each fact to its span.
    let (_, _, body) = get(&db, "/quotes").await;
    assert!(body.contains(&format!("/articles/{id}#{q}")));
    let (_, _, body) = get(&db, "/figures").await;
    assert!(body.contains("<svg") && body.contains("<circle") && body.contains("<title>"), "chart rendered");
    let (_, _, body) = get(&db, "/search?q=combat").await;
    assert!(body.contains("<mark>combat</mark>"));
    let (_, _, body) = get(&db, "/articles?limit=2").await;
    assert!(body.contains("offset=2") && body.contains("1–2 of 5"), "pager");

    let (s, ctype, _) = get(&db, "/no/such/page").await;
    assert_eq!((s, ctype.starts_with("text/html")), (StatusCode::NOT_FOUND, true));
    assert_eq!(get(&db, "/articles/a-nope").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&db, "/entities/Nobody").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&db, "/articles?since=soon").await.0, StatusCode::BAD_REQUEST);
    let (s, ctype, body) = get(&db, "/static/app.css").await;
    assert_eq!((s, ctype.starts_with("text/css")), (StatusCode::OK, true));
    assert!(body.contains(":target"));
    assert_eq!(get(&db, "/static/../Cargo.toml").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&db, "/static/%2e%2e/Cargo.toml").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn untrusted_markup_is_escaped_on_every_page() {
    let db = db();
    let id = id_of(fixture::SCRIPT);
    let pages = [
        "/".to_string(),
        "/articles".into(),
        format!("/articles/{id}"),
        "/search?q=researchers".into(),
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E".into(),
        "/entities".into(),
        format!("/entities/{}", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        "/quotes".into(),
        "/figures".into(),
        "/articles?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".into(),
        "/no-such-%3Cscript%3E".into(),
        "/overview".into(),
        "/stories".into(),
        "/overview?q=%3Cscript%3Ealert(1)%3C/script%3E".into(),
    ];
    for p in &pages {
        let (s, _, body) = get(&db, p).await;
        assert!(s == StatusCode::OK || s == StatusCode::NOT_FOUND, "{p}: {s}");
        assert!(!body.contains("<script>alert"), "{p}: raw script tag");
        assert!(!body.contains("<img"), "{p}: raw img tag");
        assert!(!body.contains("\"x\" onerror") && !body.contains("src=x onerror=alert(1)>"), "{p}: raw handler");
    }
    // The markup is shown as text, not dropped.
    let (_, _, body) = get(&db, &format!("/articles/{id}")).await;
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(body.contains("&lt;img src=x onerror=alert(1)&gt;"));
    let (_, _, body) = get(&db, "/entities").await;
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "a name made of markup is listed as text");
    // And the headers forbid inline script even if escaping failed somewhere.
    let res = router(db.path.clone(), &ServerOptions::default())
        .oneshot(Request::get(format!("/articles/{id}")).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = res.headers().get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
}

#[tokio::test]
async fn cached_responses_follow_ingest() {
    let db = db();
    let path = db.path.clone();
    // An ingest callback that really writes, as the CLI's will.
    let ingest: IngestFn = Arc::new(move |bytes, _| {
        let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
        let mut a = fixture::articles().remove(0);
        a.article.id = dossier_core::Article::derive_id(None, None, Some("posted"), &text);
        a.article.text = text;
        a.extraction = Default::default();
        let mut s = dossier_store::Store::open(&path).map_err(|e| e.to_string())?;
        let ids = s.insert_batch(&[a]).map_err(|e| e.to_string())?;
        Ok(serde_json::json!({ "inserted": ids }))
    });
    let opts = ServerOptions { allow_ingest: true, ingest: Some(ingest), ..Default::default() };
    let app = router(db.path.clone(), &opts);
    let total = |app: axum::Router| async move {
        let res = app.oneshot(Request::get("/api/articles").body(Body::empty()).unwrap()).await.unwrap();
        let body = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
        serde_json::from_slice::<Value>(&body).unwrap()["total"].as_i64().unwrap()
    };
    assert_eq!(total(app.clone()).await, 5);
    assert_eq!(total(app.clone()).await, 5, "served again (from the cache)");
    let res = app
        .clone()
        .oneshot(Request::post("/api/articles").body(Body::from("Troops left the base on Friday.")).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(total(app.clone()).await, 6, "an ingest invalidates cached listings");
}
