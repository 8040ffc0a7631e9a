use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use flate2::Compression;
use flate2::write::GzEncoder;
use proptest::prelude::*;

use super::*;

type Out = Vec<Result<RawArticle, ReadError>>;

fn read_bytes(name: &str, bytes: &[u8]) -> Out {
    read_bytes_opts(name, bytes, &ReadOptions::default())
}

fn read_bytes_opts(name: &str, bytes: &[u8], opts: &ReadOptions) -> Out {
    let mut out = Vec::new();
    read_stream(name, bytes, opts, &mut |r| out.push(r));
    out
}

fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> (Out, ReadSummary) {
    let mut out = Vec::new();
    let s = read_inputs(paths, opts, &mut |r| out.push(r));
    (out, s)
}

fn ok(out: &Out) -> Vec<&RawArticle> {
    out.iter().filter_map(|r| r.as_ref().ok()).collect()
}

fn errs(out: &Out) -> Vec<String> {
    out.iter().filter_map(|r| r.as_ref().err()).map(ToString::to_string).collect()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// A fresh scratch directory per test (no tempfile crate needed).
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dossier-ingest-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const ARTICLE_HTML: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Coalition ends combat mission in Iraq | Example News</title>
<meta property="og:title" content="Coalition ends combat mission in Iraq">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2021-12-10T09:30:00Z">
<link rel="canonical" href="https://news.example.com/world/coalition-ends-mission">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Coalition ends combat mission in Iraq</h1>
<p>The US-led coalition has finished its combat mission in Iraq and will shift to a training and advisory role, the country's national security adviser said on Thursday.</p>
<p>About 2,500 American troops will remain in the country after the end of the year, officials said, a number that has not changed since the summer.</p>
<p>The Iraqi government has been under pressure from political groups with armed wings that have demanded that all foreign troops leave the country.</p>
<p>"The relationship with the coalition will continue in the fields of training, advice and empowerment," the adviser wrote on Twitter after a final round of talks.</p>
</article>
<footer><p>Copyright 2021 Example News. All rights reserved.</p></footer>
</body></html>"#;

#[test]
fn plain_text_title_is_first_line() {
    let out = read_bytes(
        "a.txt",
        "\r\nTroops to stay in Iraq\r\n\r\nAbout 2,500 US troops will stay.\r\n\r\nOfficials said so on Thursday.\r\n"
            .as_bytes(),
    );
    let a = ok(&out);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].title.as_deref(), Some("Troops to stay in Iraq"));
    assert_eq!(a[0].text, "About 2,500 US troops will stay.\n\nOfficials said so on Thursday.");
    assert_eq!(a[0].source, "a.txt");
}

#[test]
fn plain_text_long_first_line_is_body() {
    let para = "The minister said ".repeat(30);
    let out = read_bytes("b.txt", para.as_bytes());
    let a = ok(&out);
    assert_eq!(a[0].title, None);
    assert_eq!(a[0].text, para.trim_end());
}

#[test]
fn front_matter_sets_metadata() {
    let src = "---\ntitle: \"Iraq: coalition shifts to advisory role\"\ndate: 2021-12-10\noutlet: Arab Observer\nauthor: 'Staff writer'\nurl: https://example.org/a\nlanguage: en\n---\n# Not the title\n\nThe coalition said on Thursday it had ended combat operations.\n";
    let out = read_bytes("c.md", src.as_bytes());
    let a = ok(&out)[0];
    assert_eq!(a.title.as_deref(), Some("Iraq: coalition shifts to advisory role"));
    assert_eq!(a.published, date(2021, 12, 10));
    assert_eq!(a.outlet.as_deref(), Some("Arab Observer"));
    assert_eq!(a.author.as_deref(), Some("Staff writer"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.language.as_deref(), Some("en"));
    assert!(a.text.starts_with("# Not the title"), "{}", a.text);
}

#[test]
fn unclosed_front_matter_is_text() {
    let out = read_bytes("d.txt", b"---\nA headline: with a colon\nBody here.\n");
    let a = ok(&out)[0];
    assert_eq!(a.title.as_deref(), Some("---"));
    assert!(a.text.contains("Body here."));
}

#[test]
fn html_page_body_and_metadata() {
    let out = read_bytes("page.html", ARTICLE_HTML.as_bytes());
    let a = ok(&out);
    assert_eq!(a.len(), 1, "{:?}", errs(&out));
    let a = a[0];
    assert!(a.text.contains("About 2,500 American troops"), "{}", a.text);
    assert!(!a.text.contains("All rights reserved"), "{}", a.text);
    assert!(!a.text.contains("Sport"), "{}", a.text);
    assert!(a.text.contains("\n\n"), "paragraphs kept: {}", a.text);
    assert_eq!(a.published, date(2021, 12, 10));
    assert_eq!(a.outlet.as_deref(), Some("Example News"));
    assert_eq!(a.author.as_deref(), Some("Jane Reporter"));
    assert_eq!(a.url.as_deref(), Some("https://news.example.com/world/coalition-ends-mission"));
    assert!(a.title.as_deref().unwrap_or("").contains("Coalition ends combat mission"));
}

#[test]
fn html_without_article_is_an_error() {
    let out = read_bytes(
        "empty.html",
        b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    );
    assert_eq!(errs(&out), vec!["empty.html: no article text found".to_string()]);
}

#[test]
fn html_declared_latin1_is_decoded() {
    let mut page =
        ARTICLE_HTML.replace("utf-8", "iso-8859-1").replace("Jane Reporter", "Jos\u{e9} Reporter").into_bytes();
    // Re-encode the é as Latin-1.
    let pos = page.windows(2).position(|w| w == "\u{e9}".as_bytes()).unwrap();
    page.splice(pos..pos + 2, [0xe9u8]);
    let out = read_bytes("latin.html", &page);
    assert_eq!(ok(&out)[0].author.as_deref(), Some("Jos\u{e9} Reporter"));
}

#[test]
fn jsonl_fields_and_records() {
    let src = r#"{"title": "Kadhimi visits Washington", "content_original": "Iraqi Prime Minister Mustafa al-Kadhimi met President Biden.\r\n\r\nThey discussed troops.", "source": "The Daily Example", "date": "07/26/21", "url": "https://example.com/k", "authors": "A. Writer"}

{"headline": "Second", "text": "Body two.", "publish_date": "Dec. 10, 2021", "source": {"id": "x", "name": "Wire Service"}, "author": ["One", "Two"], "lang": "en"}
{"body": "Body three", "pubDate": "Fri, 10 Dec 2021 14:00:00 +0000", "outlet": "Outlet Three", "site": "ignored"}
"#;
    let out = read_bytes("d.jsonl", src.as_bytes());
    let a = ok(&out);
    assert_eq!(a.len(), 3, "{:?}", errs(&out));
    assert_eq!(a[0].source, "d.jsonl#1");
    assert_eq!(a[0].outlet.as_deref(), Some("The Daily Example"));
    assert_eq!(a[0].published, date(2021, 7, 26));
    assert_eq!(a[0].author.as_deref(), Some("A. Writer"));
    assert_eq!(a[0].text, "Iraqi Prime Minister Mustafa al-Kadhimi met President Biden.\n\nThey discussed troops.");
    assert_eq!(a[1].source, "d.jsonl#2");
    assert_eq!(a[1].title.as_deref(), Some("Second"));
    assert_eq!(a[1].outlet.as_deref(), Some("Wire Service"));
    assert_eq!(a[1].author.as_deref(), Some("One, Two"));
    assert_eq!(a[1].language.as_deref(), Some("en"));
    assert_eq!(a[1].published, date(2021, 12, 10));
    assert_eq!(a[2].outlet.as_deref(), Some("Outlet Three"));
    assert_eq!(a[2].published, date(2021, 12, 10));
}

#[test]
fn malformed_json_line_fails_alone() {
    let src = "{\"text\": \"one\"}\n{\"text\": oops}\n{\"text\": \"unterminated\n{\"text\": \"four\"}\n[1,2]\n{\"title\": \"no body\"}\n";
    let out = read_bytes("x.jsonl", src.as_bytes());
    let texts: Vec<&str> = ok(&out).iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, vec!["one", "four"]);
    let e = errs(&out);
    assert_eq!(e.len(), 4, "{e:?}");
    assert_eq!(e[0], "x.jsonl:2: invalid JSON: expected value at column 10");
    assert!(e[1].starts_with("x.jsonl:3: invalid JSON"), "{}", e[1]);
    assert_eq!(e[2], "x.jsonl:5: record is not a JSON object");
    assert!(e[3].starts_with("x.jsonl:6: no text field"), "{}", e[3]);
}

#[test]
fn json_odd_but_valid_inputs() {
    // BOM, leading blank lines (line numbers stay true), markup in the text field, bad UTF-8.
    let src = b"\xef\xbb\xbf\n\n{\"text\": \"<p>First para.</p><p>Second &amp; last.</p>\"}\n{\"text\": \"caf\xe9\"}\n{\"text\": \"ok\"}\n";
    let out = read_bytes("odd.jsonl", src);
    let a = ok(&out);
    assert_eq!(a.len(), 2, "{:?}", errs(&out));
    assert_eq!(a[0].text, "First para.\n\nSecond & last.");
    assert_eq!(a[1].source, "odd.jsonl#3");
    let e = errs(&out);
    assert_eq!(e.len(), 1);
    assert!(e[0].starts_with("odd.jsonl:4: invalid JSON"), "{}", e[0]);
}

#[test]
fn pretty_printed_object_and_array() {
    let obj = "{\n  \"title\": \"T\",\n  \"text\": \"Body\"\n}\n";
    let out = read_bytes("one.json", obj.as_bytes());
    assert_eq!(ok(&out)[0].title.as_deref(), Some("T"));
    let two = "{\n  \"text\": \"one\",\n  \"source\": {\n    \"name\": \"Wire\"\n  }\n}\n{\n  \"text\": \"two\"\n}\n{\n  \"text\": \"cut";
    let out = read_bytes("many.json", two.as_bytes());
    assert_eq!(ok(&out).iter().map(|a| a.text.as_str()).collect::<Vec<_>>(), vec!["one", "two"]);
    assert_eq!(ok(&out)[0].outlet.as_deref(), Some("Wire"));
    assert_eq!(ok(&out)[1].source, "many.json#2");
    let e = errs(&out);
    assert!(e.len() == 1 && e[0].starts_with("many.json:10: invalid JSON"), "{e:?}");
    let arr = r#"[{"text": "a", "date": "2021-12-10"}, {"nope": 1}, {"text": "c", "html": "<p>ignored</p>"}]"#;
    let out = read_bytes("arr.json", arr.as_bytes());
    let a = ok(&out);
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].source, "arr.json#1");
    assert_eq!(a[1].source, "arr.json#3");
    assert!(errs(&out)[0].starts_with("arr.json#2: no text field"));
    let bad = read_bytes("bad.json", b"[{\"text\": \"a\"}, {\"text\": ");
    assert_eq!(ok(&bad).len(), 1);
    assert!(errs(&bad)[0].starts_with("bad.json#2: invalid JSON"), "{:?}", errs(&bad));
}

#[test]
fn json_html_field_runs_extractor() {
    let rec = serde_json::json!({"html": ARTICLE_HTML, "url": "https://mirror.example/x", "source": "Given Outlet"});
    let out = read_bytes("h.jsonl", rec.to_string().as_bytes());
    let a = ok(&out)[0];
    assert!(a.text.contains("2,500 American troops"));
    assert_eq!(a.url.as_deref(), Some("https://mirror.example/x"));
    assert_eq!(a.outlet.as_deref(), Some("Given Outlet"));
    assert_eq!(a.published, date(2021, 12, 10));
}

#[test]
fn gzipped_jsonl_is_sniffed() {
    let data = gz(b"{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
    let out = read_bytes("<stdin>", &data);
    assert_eq!(ok(&out).len(), 2);
}

#[test]
fn truncated_gzip_is_one_error_after_good_records() {
    let mut src = String::new();
    for i in 0..2000 {
        src.push_str(&format!("{{\"text\": \"record number {i} with some words to make it longer\"}}\n"));
    }
    let data = gz(src.as_bytes());
    let cut = &data[..data.len() / 2];
    let out = read_bytes("c.jsonl.gz", cut);
    let e = errs(&out);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("truncated gzip"), "{}", e[0]);
    assert!(!ok(&out).is_empty());
}

fn rss() -> String {
    r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Example Wire</title><link>https://wire.example</link><description>News</description><language>en</language>
<item>
<title>Coalition ends combat role</title>
<link>https://wire.example/1</link>
<pubDate>Fri, 10 Dec 2021 14:00:00 +0000</pubDate>
<dc:creator>Jane Reporter</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The coalition said on Thursday its combat mission had ended.</p><p>About 2,500 US troops remain &amp; will advise.</p>]]></content:encoded>
</item>
<item>
<title>Summary only</title>
<link>https://wire.example/2</link>
<pubDate>Sat, 11 Dec 2021 22:00:00 -0500</pubDate>
<description>&lt;p&gt;Iraq&amp;#8217;s prime minister welcomed the move.&lt;/p&gt;</description>
</item>
<item><title>Nothing</title></item>
</channel></rss>"#
        .to_string()
}

#[test]
fn rss_items_are_articles() {
    let out = read_bytes("<stdin>", rss().as_bytes());
    let a = ok(&out);
    assert_eq!(a.len(), 2, "{:?}", errs(&out));
    assert_eq!(a[0].source, "<stdin>#1");
    assert_eq!(a[0].outlet.as_deref(), Some("Example Wire"));
    assert_eq!(a[0].url.as_deref(), Some("https://wire.example/1"));
    assert_eq!(a[0].author.as_deref(), Some("Jane Reporter"));
    assert_eq!(a[0].published, date(2021, 12, 10));
    assert_eq!(a[0].language.as_deref(), Some("en"));
    assert_eq!(
        a[0].text,
        "The coalition said on Thursday its combat mission had ended.\n\nAbout 2,500 US troops remain & will advise."
    );
    assert_eq!(a[1].text, "Iraq\u{2019}s prime minister welcomed the move.");
    assert_eq!(a[1].published, date(2021, 12, 11), "the date as written, not UTC");
    assert_eq!(errs(&out), vec!["<stdin>#3: no article text found (item has neither content nor summary)".to_string()]);
}

#[test]
fn atom_entries_are_articles() {
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Times</title><id>urn:x</id><updated>2024-03-25T10:00:00Z</updated>
<entry><title>PM says ISIS no longer a threat</title><id>urn:1</id>
<link rel="alternate" href="https://atom.example/pm"/>
<published>2024-03-25T10:00:00Z</published><updated>2024-03-26T10:00:00Z</updated>
<author><name>Desk</name></author>
<content type="html">&lt;p&gt;The prime minister said the group no longer poses a threat.&lt;/p&gt;</content>
</entry></feed>"#;
    let out = read_bytes("feed.atom", atom.as_bytes());
    let a = ok(&out)[0];
    assert_eq!(a.outlet.as_deref(), Some("Atom Times"));
    assert_eq!(a.url.as_deref(), Some("https://atom.example/pm"));
    assert_eq!(a.published, date(2024, 3, 25));
    assert_eq!(a.text, "The prime minister said the group no longer poses a threat.");
}

fn warc_record(wtype: &str, uri: &str, ctype: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2021-12-11T00:00:00Z\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn warc_file() -> Vec<Vec<u8>> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: x\r\n\r\n{ARTICLE_HTML}");
    let redirect = b"HTTP/1.1 301 Moved\r\nLocation: https://x/\r\n\r\n".to_vec();
    let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\x00\x00".to_vec();
    vec![
        warc_record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        warc_record(
            "request",
            "https://news.example.com/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
        ),
        warc_record("response", "https://news.example.com/a", "application/http; msgtype=response", http.as_bytes()),
        warc_record("response", "https://news.example.com/r", "application/http; msgtype=response", &redirect),
        warc_record("response", "https://news.example.com/i.png", "application/http; msgtype=response", &image),
        warc_record("metadata", "https://news.example.com/a", "application/warc-fields", b"fetchTimeMs: 12\r\n"),
    ]
}

#[test]
fn warc_responses_are_articles() {
    let plain: Vec<u8> = warc_file().concat();
    let out = read_bytes("crawl.warc", &plain);
    let a = ok(&out);
    assert_eq!(a.len(), 1, "{:?}", errs(&out));
    assert!(errs(&out).is_empty(), "{:?}", errs(&out));
    assert_eq!(a[0].source, "crawl.warc#3");
    assert!(a[0].text.contains("2,500 American troops"));
    assert_eq!(a[0].url.as_deref(), Some("https://news.example.com/a"), "the crawled URL");
    // One gzip member per record, as Common Crawl writes them; sniffed without an extension.
    let gzipped: Vec<u8> = warc_file().iter().flat_map(|r| gz(r)).collect();
    let out = read_bytes("<stdin>", &gzipped);
    assert_eq!(ok(&out).len(), 1, "{:?}", errs(&out));
    assert_eq!(ok(&out)[0].source, "<stdin>#3");
}

#[test]
fn warc_raw_http_encodings_are_undone() {
    // wget-style WARCs keep chunked transfer and gzip content encoding as sent.
    let zipped = gz(ARTICLE_HTML.as_bytes());
    let (a, b) = zipped.split_at(zipped.len() / 2);
    let mut http =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
            .to_vec();
    for part in [a, b] {
        http.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        http.extend_from_slice(part);
        http.extend_from_slice(b"\r\n");
    }
    http.extend_from_slice(b"0\r\n\r\n");
    let w = warc_record("response", "https://news.example.com/z", "application/http; msgtype=response", &http);
    let out = read_bytes("raw.warc", &w);
    assert_eq!(ok(&out).len(), 1, "{:?}", errs(&out));
    assert!(ok(&out)[0].text.contains("2,500 American troops"));
}

#[test]
fn truncated_warc_is_an_error() {
    let plain: Vec<u8> = warc_file().concat();
    let cut = &plain[..plain.len() - 400];
    let out = read_bytes("cut.warc", cut);
    assert!(errs(&out).iter().any(|e| e.starts_with("cut.warc#") && e.contains("truncated")), "{:?}", errs(&out));
}

#[test]
fn bad_inputs_give_one_clear_error() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(), "img.png: binary file, not text"),
        ("data.bin", vec![0u8, 1, 2, 3, 255, 254], "data.bin: binary file, not text"),
        ("empty.txt", Vec::new(), "empty.txt: empty file"),
        ("blank.txt", b"  \n\n \t\n".to_vec(), "blank.txt: empty file"),
        (
            "utf.txt",
            b"Title\n\nGood line\ncaf\xe9 bad".to_vec(),
            "utf.txt:4: invalid UTF-8 at byte 20 (line 4, column 4)",
        ),
    ];
    for (name, bytes, want) in cases {
        let out = read_bytes(name, &bytes);
        assert_eq!(errs(&out), vec![want.to_string()], "{name}");
        assert!(ok(&out).is_empty());
    }
}

#[test]
fn oversized_records_are_refused_without_stopping() {
    let opts = ReadOptions { max_record_bytes: 1000, ..Default::default() };
    let big = "x".repeat(5000);
    let src = format!("{{\"text\": \"small\"}}\n{{\"text\": \"{big}\"}}\n{{\"text\": \"after\"}}\n");
    let out = read_bytes_opts("big.jsonl", src.as_bytes(), &opts);
    assert_eq!(ok(&out).iter().map(|a| a.text.as_str()).collect::<Vec<_>>(), vec!["small", "after"]);
    assert_eq!(errs(&out), vec!["big.jsonl:2: record larger than 1000 bytes".to_string()]);
    let arr = format!("[{{\"text\": \"small\"}}, {{\"text\": \"{big}\"}}]");
    let out = read_bytes_opts("big.json", arr.as_bytes(), &opts);
    assert_eq!(ok(&out).len(), 1);
    assert_eq!(errs(&out).len(), 1);
    assert!(errs(&out)[0].starts_with("big.json#2: record larger than 1000 bytes"), "{:?}", errs(&out));
    let out = read_bytes_opts("big.txt", big.as_bytes(), &opts);
    assert_eq!(errs(&out), vec!["big.txt: record larger than 1000 bytes".to_string()]);
}

#[test]
fn fifty_megabyte_line_is_skipped_streaming() {
    // A reader that yields 50 MB of one line without it ever existing in memory at once.
    struct Huge {
        left: usize,
        tail: &'static [u8],
    }
    impl Read for Huge {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                let n = self.tail.len().min(buf.len());
                buf[..n].copy_from_slice(&self.tail[..n]);
                self.tail = &self.tail[n..];
                return Ok(n);
            }
            let n = self.left.min(buf.len());
            buf[..n].fill(b'a');
            self.left -= n;
            Ok(n)
        }
    }
    let head: &[u8] = b"{\"text\": \"first\"}\n{\"text\": \"";
    let r = head.chain(Huge { left: 50 << 20, tail: b"\"}\n{\"text\": \"last\"}\n" });
    let mut out = Vec::new();
    read_stream("huge.jsonl", r, &ReadOptions::default(), &mut |x| out.push(x));
    assert_eq!(ok(&out).iter().map(|a| a.text.as_str()).collect::<Vec<_>>(), vec!["first", "last"]);
    assert_eq!(errs(&out), vec![format!("huge.jsonl:2: record larger than {DEFAULT_MAX_RECORD_BYTES} bytes")]);
}

#[test]
fn directory_recursion_manifest_and_hidden_files() {
    let d = scratch("dir");
    write(&d.join("b.txt"), b"Second headline\n\nBody of b.");
    write(&d.join("a.txt"), b"First headline\n\nBody of a.");
    write(&d.join(".hidden.txt"), b"Hidden\n\nnever read");
    write(&d.join("README.md"), b"# About this folder\n\nNot an article.");
    write(&d.join("sub/c.jsonl"), b"{\"text\": \"c1\"}\n{\"text\": \"c2\", \"source\": \"Own Outlet\"}\n");
    write(&d.join("sub/.git/x.txt"), b"no\n\nno");
    write(
        &d.join("manifest.jsonl"),
        b"{\"file\": \"a.txt\", \"outlet\": \"Manifest Outlet\", \"published\": \"2021-12-10\", \"language\": \"en\", \"title\": \"Manifest title\"}\n{\"file\": \"b.txt\", \"outlet\": null, \"published\": \"2020-09-10\"}\n",
    );
    write(&d.join("sub/manifest.csv"), b"file,outlet,published\nc.jsonl,CSV Outlet,2024-03-25\n");
    let (out, summary) = read_paths(std::slice::from_ref(&d), &ReadOptions::default());
    assert!(errs(&out).is_empty(), "{:?}", errs(&out));
    let a = ok(&out);
    let sources: Vec<String> =
        a.iter().map(|x| x.source.strip_prefix(d.to_str().unwrap()).unwrap().to_string()).collect();
    assert_eq!(sources, vec!["/a.txt", "/b.txt", "/sub/c.jsonl#1", "/sub/c.jsonl#2"]);
    assert_eq!(a[0].title.as_deref(), Some("Manifest title"));
    assert_eq!(a[0].outlet.as_deref(), Some("Manifest Outlet"));
    assert_eq!(a[0].published, date(2021, 12, 10));
    assert_eq!(a[0].text, "Body of a.");
    assert_eq!(a[1].title.as_deref(), Some("Second headline"));
    assert_eq!(a[1].outlet, None, "a null in the manifest overrides nothing");
    assert_eq!(a[1].published, date(2020, 9, 10));
    assert_eq!(a[3].outlet.as_deref(), Some("CSV Outlet"), "manifest beats the record");
    assert_eq!(a[2].published, date(2024, 3, 25));
    assert_eq!(summary, ReadSummary { files: 3, articles: 4, errors: 0 });
}

#[test]
fn explicit_manifest_and_many_paths() {
    let d = scratch("explicit");
    write(&d.join("x/one.txt"), b"One\n\nBody one.");
    write(&d.join("y/two.txt"), b"Two\n\nBody two.");
    write(&d.join("meta.csv"), b"file,outlet,title\nx/one.txt,Outlet X,Title X\ntwo.txt,Outlet Y,\n");
    write(&d.join("bad.txt"), b"\x00\x01binary");
    let opts = ReadOptions { manifest: Some(d.join("meta.csv")), ..Default::default() };
    let paths = vec![d.join("x/one.txt"), d.join("missing.txt"), d.join("bad.txt"), d.join("y/two.txt")];
    let (out, summary) = read_paths(&paths, &opts);
    let a = ok(&out);
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].outlet.as_deref(), Some("Outlet X"));
    assert_eq!(a[0].title.as_deref(), Some("Title X"));
    assert_eq!(a[1].outlet.as_deref(), Some("Outlet Y"), "matched by file name");
    assert_eq!(a[1].title.as_deref(), Some("Two"));
    let e = errs(&out);
    assert_eq!(e.len(), 2);
    assert!(e[0].ends_with("missing.txt: cannot open: No such file or directory (os error 2)"), "{}", e[0]);
    assert!(e[1].ends_with("bad.txt: binary file, not text"));
    assert_eq!(summary.errors, 2);
}

#[test]
fn bad_manifest_lines_are_reported() {
    let d = scratch("badman");
    write(&d.join("a.txt"), b"A\n\nBody.");
    write(
        &d.join("manifest.jsonl"),
        b"{\"file\": \"a.txt\", \"outlet\": \"O\"}\nnot json\n{\"outlet\": \"no file\"}\n",
    );
    let (out, _) = read_paths(&[d.join("a.txt")], &ReadOptions::default());
    assert_eq!(ok(&out)[0].outlet.as_deref(), Some("O"));
    let e = errs(&out);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e[0].contains("manifest.jsonl:2: invalid JSON"), "{}", e[0]);
    assert!(e[1].contains("manifest.jsonl:3: manifest entry has no \"file\""), "{}", e[1]);
}

#[test]
fn example_corpus_reads_with_its_manifest() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/iraq-2020-2024");
    let (out, summary) = read_paths(&[dir], &ReadOptions::default());
    assert!(errs(&out).is_empty(), "{:?}", errs(&out));
    assert_eq!(summary.articles, 4);
    for a in ok(&out) {
        assert!(a.published.is_some() && a.language.as_deref() == Some("en"));
        assert!(!a.text.is_empty() && !a.text.contains('\r'));
    }
}

#[test]
fn stdin_sniffing_picks_each_format() {
    let cases: Vec<(Vec<u8>, usize)> = vec![
        (b"Headline\n\nBody text.".to_vec(), 1),
        (ARTICLE_HTML.as_bytes().to_vec(), 1),
        (b"  {\"text\": \"j\"}\n".to_vec(), 1),
        (b"[{\"text\": \"j\"}]".to_vec(), 1),
        (rss().into_bytes(), 2),
        (warc_file().concat(), 1),
        (gz(b"Headline\n\nBody text."), 1),
    ];
    for (i, (bytes, n)) in cases.into_iter().enumerate() {
        let out = read_bytes("<stdin>", &bytes);
        assert_eq!(ok(&out).len(), n, "case {i}: {:?}", errs(&out));
    }
}

#[test]
fn error_display_forms() {
    let e = ReadError::new("data/x.jsonl", Some(Location::Line(17)), "invalid JSON: expected value at column 3");
    assert_eq!(e.to_string(), "data/x.jsonl:17: invalid JSON: expected value at column 3");
    assert_eq!(ReadError::new("f.warc", Some(Location::Record(2)), "r").to_string(), "f.warc#2: r");
    assert_eq!(ReadError::new("f", None, "r").to_string(), "f: r");
}

#[test]
fn huge_and_odd_text_does_not_panic() {
    let huge = "Headline\n\n".to_string() + &"word ".repeat(2_000_000);
    assert_eq!(ok(&read_bytes("h.txt", huge.as_bytes())).len(), 1);
    for s in
        ["\u{feff}", "\u{feff}Title\u{2028}\n\n\u{0301}body", "---\n---\n", "---\n:\n---\nx", "#", "\r", "\r\r\r\nx"]
    {
        let _ = read_bytes("odd.txt", s.as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_reader_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600), fmt in 0usize..6) {
        let format = [None, Some(Format::Text), Some(Format::Html), Some(Format::Json), Some(Format::Feed), Some(Format::Warc)][fmt];
        let opts = ReadOptions { format, ..Default::default() };
        let _ = read_bytes_opts("p", &bytes, &opts);
        let _ = read_bytes_opts("p", &gz(&bytes), &opts);
    }

    #[test]
    fn no_reader_panics_on_arbitrary_text(s in "\\PC{0,300}", prefix in 0usize..7) {
        let p = ["", "WARC/1.0\r\n", "<rss>", "{\"text\": \"", "[", "---\n", "<html>"][prefix];
        let input = format!("{p}{s}");
        let out = read_bytes("p", input.as_bytes());
        for a in ok(&out) {
            prop_assert!(!a.text.contains('\r'));
        }
    }

    #[test]
    fn no_reader_panics_on_damaged_fixtures(which in 0usize..5, cut in 0.0f64..1.0, flips in proptest::collection::vec((0.0f64..1.0, any::<u8>()), 0..4)) {
        let mut bytes = match which {
            0 => rss().into_bytes(),
            1 => warc_file().concat(),
            2 => ARTICLE_HTML.as_bytes().to_vec(),
            3 => gz(&warc_file().concat()),
            _ => b"---\ntitle: x\n---\nHead\n\nBody\n{\"text\": 1}\n".to_vec(),
        };
        for (at, b) in flips {
            let i = ((bytes.len() as f64) * at) as usize;
            if let Some(x) = bytes.get_mut(i) {
                *x = b;
            }
        }
        bytes.truncate(((bytes.len() as f64) * cut) as usize);
        let out = read_bytes("damaged", &bytes);
        prop_assert!(!out.is_empty(), "every input yields an article or an error");
    }

    #[test]
    fn dates_never_panic(s in "\\PC{0,40}") {
        let _ = parse_date(&s);
    }
}

#[test]
fn cut_off_line_ending_in_a_comma_fails_alone() {
    // A truncated JSONL line that looks like the start of a pretty-printed object must not
    // swallow the complete record on the next line.
    let src = "{\"text\": \"one\"}\n{\"title\": \"broken\", \n{\"text\": \"three\"}\n";
    let out = read_bytes("cut.jsonl", src.as_bytes());
    let texts: Vec<&str> = ok(&out).iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, vec!["one", "three"]);
    let e = errs(&out);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].starts_with("cut.jsonl:2: invalid JSON"), "{}", e[0]);
    // Pretty-printed objects still read.
    let pretty = "{\n  \"title\": \"T\",\n  \"text\": \"body\",\n  \"meta\": {\"a\": 1}\n}\n";
    assert_eq!(ok(&read_bytes("p.jsonl", pretty.as_bytes()))[0].text, "body");
}
