//! `bench_link CORPUS.jsonl.gz [stories]`: throughput of the cross-article layer on one core.
//! Reads JSONL (gz) with `content_original`, `title`, `date`, `source`. No extractor runs here,
//! so entity mentions are stand-ins: runs of capitalised words (two or three words → person,
//! else organisation), which gives link_entities a realistic volume of names to merge.

use std::io::{BufRead, BufReader};
use std::time::Instant;

/// CPU time of this thread in seconds (the machine is shared, so wall time overstates cost).
fn cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse::<f64>().ok()))
        .map_or(0.0, |ns| ns / 1e9)
}

use chrono::NaiveDate;
use dossier_core::{EntityKind, EntityMention, Span};
use dossier_link::{ArticleFeatures, EntityIndex, MentionRef, StoryIndex, StoryParams, link_entities};
use serde_json::Value;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_link CORPUS.jsonl.gz [stories]");
        std::process::exit(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::GzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let mut arts: Vec<ArticleFeatures> = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let published = s("date").and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(""), "%Y-%m-%d").ok());
        arts.push(ArticleFeatures {
            id: format!("a{n}"),
            title: s("title"),
            text: s("content_original").unwrap_or_default(),
            published,
            outlet: s("source"),
            entities: vec![],
        });
    }
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    println!("articles {} ({:.1} MB of text)", arts.len(), bytes as f64 / 1e6);

    let mentions: Vec<Vec<EntityMention>> = arts.iter().map(|a| pseudo_mentions(&a.text)).collect();
    let refs: Vec<MentionRef> = arts
        .iter()
        .zip(&mentions)
        .flat_map(|(a, ms)| {
            ms.iter().map(move |m| MentionRef { article: &a.id, published: a.published, mention: m, text: &a.text })
        })
        .collect();
    let (t, c) = (Instant::now(), cpu());
    let ents = link_entities(&refs);
    let dt = t.elapsed();
    println!(
        "link_entities: {} mentions -> {} entities in {:.2} s wall, {:.2} s CPU",
        refs.len(),
        ents.len(),
        dt.as_secs_f64(),
        cpu() - c
    );
    for e in ents.iter().filter(|e| e.aliases.len() > 1).take(12) {
        let al: Vec<&str> = e.aliases.iter().take(5).map(|a| a.0.as_str()).collect();
        println!("  {} [{}] {}", e.name, e.kind.as_str(), al.join(" | "));
    }
    // `bench_link CORPUS stories` skips the entity index (stories still get their entities).
    if std::env::args().nth(2).as_deref() != Some("stories") {
        entity_index_bench(&arts, &mentions);
    }

    // Stories get the entity names of their article.
    let mut by_article: std::collections::HashMap<&str, Vec<String>> = std::collections::HashMap::new();
    for e in &ents {
        for (a, _) in &e.mentions {
            by_article.entry(a.as_str()).or_default().push(e.id.clone());
        }
    }
    for a in &mut arts {
        a.entities = by_article.remove(a.id.as_str()).unwrap_or_default();
    }
    arts.sort_by_key(|a| (a.published.is_none(), a.published));
    // The last 100 articles (by date) are added one by one to an index of the others.
    let (rest, tail) = arts.split_at(arts.len().saturating_sub(100));
    let mut idx = StoryIndex::new(StoryParams::default());
    let (t, c) = (Instant::now(), cpu());
    for a in rest {
        idx.add(a);
    }
    let dt = t.elapsed();
    let dc = cpu() - c;
    println!(
        "stories: {} articles -> {} stories in {:.2} s wall, {:.2} s CPU ({:.2} ms CPU/article)",
        rest.len(),
        idx.stories().len(),
        dt.as_secs_f64(),
        dc,
        dc * 1e3 / rest.len().max(1) as f64
    );
    let head_bytes = idx.to_bytes();
    let mut worst = 0f64;
    let (t, c) = (Instant::now(), cpu());
    for a in tail {
        let t1 = Instant::now();
        idx.add(a);
        worst = worst.max(t1.elapsed().as_secs_f64());
    }
    let n = tail.len().max(1) as f64;
    println!(
        "add to an index of {}+: {:.3} ms wall, {:.3} ms CPU per article (mean of {}), worst {:.3} ms wall",
        rest.len(),
        t.elapsed().as_secs_f64() * 1e3 / n,
        (cpu() - c) * 1e3 / n,
        tail.len(),
        worst * 1e3
    );
    let mut sizes: Vec<usize> = idx.stories().iter().map(|s| s.members.len()).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!("largest stories: {:?}", sizes.get(..10.min(sizes.len())).unwrap_or(&[]));
    for s in idx.stories().iter().filter(|s| s.members.len() > 2).take(8) {
        let sum = idx.summary(s);
        println!(
            "  {} ({} articles, {:?}..{:?}): {} | {}",
            sum.id,
            sum.articles.len(),
            sum.first,
            sum.last,
            sum.title,
            sum.top_terms.join(" ")
        );
    }
    let c = cpu();
    let bytes = idx.to_bytes();
    let ser = cpu() - c;
    let c = cpu();
    let back = StoryIndex::from_bytes(&bytes);
    let de = cpu() - c;
    println!(
        "story state: {:.1} MB, to_bytes {:.0} ms CPU, from_bytes {:.0} ms CPU ({})",
        bytes.len() as f64 / 1e6,
        ser * 1e3,
        de * 1e3,
        if back.is_ok_and(|b| b.stories().len() == idx.stories().len()) {
            "round trip ok"
        } else {
            "ROUND TRIP FAILED"
        }
    );
    story_ingest_bench(&head_bytes, rest.len(), tail);
}

/// What one `dossier ingest` of a single article pays for stories: load the stored index, add
/// the article, store the index again. Wall time per step (mean and best of the runs, as for
/// entities) and thread CPU time in all.
fn story_ingest_bench(head_bytes: &[u8], head_n: usize, tail: &[ArticleFeatures]) {
    let reps = 20.min(tail.len());
    let mut sum = [0f64; 4];
    let mut min = [f64::MAX; 4];
    let c = cpu();
    let mut out = 0usize;
    for a in tail.iter().take(reps) {
        let t = Instant::now();
        let Ok(mut loaded) = StoryIndex::from_bytes(head_bytes) else {
            println!("StoryIndex: stored index does not load");
            return;
        };
        let t1 = t.elapsed().as_secs_f64();
        std::hint::black_box(loaded.add(a));
        let t2 = t.elapsed().as_secs_f64();
        out = std::hint::black_box(loaded.to_bytes()).len();
        let t3 = t.elapsed().as_secs_f64();
        drop(loaded);
        let t4 = t.elapsed().as_secs_f64();
        for (k, d) in [t1, t2 - t1, t3 - t2, t4 - t3].into_iter().enumerate() {
            sum[k] += d * 1e3 / reps.max(1) as f64;
            min[k] = min[k].min(d * 1e3);
        }
    }
    let dc = (cpu() - c) * 1e3 / reps.max(1) as f64;
    println!(
        "StoryIndex load + add one article + store, on {head_n} articles ({:.2} MB stored, {:.2} MB after): mean {:.1} ms wall, {dc:.1} ms CPU (load {:.1}, add {:.1}, store {:.1}, free {:.1}), best {:.1} ms wall (load {:.1}, add {:.1}, store {:.1}, free {:.1}); {reps} runs",
        head_bytes.len() as f64 / 1e6,
        out as f64 / 1e6,
        sum.iter().sum::<f64>(),
        sum[0],
        sum[1],
        sum[2],
        sum[3],
        min.iter().sum::<f64>(),
        min[0],
        min[1],
        min[2],
        min[3]
    );
}

/// The incremental entity index: one `add` of everything, one `add` per article, the cost of
/// one more article on a full index, and the cost of storing and loading the index.
fn entity_index_bench(arts: &[ArticleFeatures], mentions: &[Vec<EntityMention>]) {
    let per_article: Vec<Vec<MentionRef>> = arts
        .iter()
        .zip(mentions)
        .map(|(a, ms)| {
            ms.iter()
                .map(|m| MentionRef { article: &a.id, published: a.published, mention: m, text: &a.text })
                .collect()
        })
        .collect();
    let all: Vec<MentionRef> = per_article.iter().flatten().copied().collect();

    let mut one = EntityIndex::new();
    let (t, c) = (Instant::now(), cpu());
    let ids = one.add(&all);
    println!(
        "EntityIndex one add: {} mentions ({} linked) -> {} entities in {:.2} s wall, {:.2} s CPU",
        all.len(),
        ids.iter().flatten().count(),
        one.len(),
        t.elapsed().as_secs_f64(),
        cpu() - c
    );

    // One call per article: the first n-100, then the last 100 timed one by one.
    let tail_n = 100.min(per_article.len());
    let (head, tail) = per_article.split_at(per_article.len() - tail_n);
    let mut idx = EntityIndex::new();
    let (t, c) = (Instant::now(), cpu());
    for rs in head {
        idx.add(rs);
    }
    let (head_wall, head_cpu) = (t.elapsed().as_secs_f64(), cpu() - c);
    let head_bytes = idx.to_bytes();
    let mut worst = 0f64;
    let mut worst_cpu = 0f64;
    let (t, c) = (Instant::now(), cpu());
    for rs in tail {
        let (t1, c1) = (Instant::now(), cpu());
        idx.add(rs);
        worst = worst.max(t1.elapsed().as_secs_f64());
        worst_cpu = worst_cpu.max(cpu() - c1);
    }
    let (tail_wall, tail_cpu) = (t.elapsed().as_secs_f64(), cpu() - c);
    println!(
        "EntityIndex add per article: {} articles -> {} entities in {:.2} s wall, {:.2} s CPU",
        per_article.len(),
        idx.len(),
        head_wall + tail_wall,
        head_cpu + tail_cpu
    );
    let n = tail_n.max(1) as f64;
    println!(
        "EntityIndex add one article to {}+: mean {:.3} ms wall / {:.3} ms CPU, worst {:.3} ms wall / {:.3} ms CPU (of {})",
        head.len(),
        tail_wall * 1e3 / n,
        tail_cpu * 1e3 / n,
        worst * 1e3,
        worst_cpu * 1e3,
        tail_n
    );
    // What one `dossier ingest` of a single article pays if it loads and stores the index.
    // Wall time (thread CPU time ticks in 4 ms steps here); the minimum is the least disturbed
    // by other work on the machine.
    let reps = 10.min(tail.len());
    let mut sum = [0f64; 4];
    let mut min = [f64::MAX; 4];
    for rs in tail.iter().take(reps) {
        let t = Instant::now();
        let Ok(mut loaded) = EntityIndex::from_bytes(&head_bytes) else { continue };
        let t1 = t.elapsed().as_secs_f64();
        loaded.add(rs);
        let t2 = t.elapsed().as_secs_f64();
        std::hint::black_box(loaded.to_bytes());
        let t3 = t.elapsed().as_secs_f64();
        drop(loaded);
        let t4 = t.elapsed().as_secs_f64();
        for (k, d) in [t1, t2 - t1, t3 - t2, t4 - t3].into_iter().enumerate() {
            sum[k] += d * 1e3 / reps.max(1) as f64;
            min[k] = min[k].min(d * 1e3);
        }
    }
    println!(
        "EntityIndex load + add one article + store, on {} articles: mean {:.1} ms wall (load {:.1}, add {:.1}, store {:.1}, free {:.1}), best {:.1} ms (load {:.1}, add {:.1}, store {:.1}, free {:.1}); {reps} runs",
        head.len(),
        sum.iter().sum::<f64>(),
        sum[0],
        sum[1],
        sum[2],
        sum[3],
        min.iter().sum::<f64>(),
        min[0],
        min[1],
        min[2],
        min[3]
    );
    let grown = idx.entities().filter(|e| e.articles > 1).count();
    println!("  entities in more than one article: {grown}; changed by the last add: {}", idx.changed().len());

    let c = cpu();
    let bytes = idx.to_bytes();
    let ser = cpu() - c;
    let c = cpu();
    let back = EntityIndex::from_bytes(&bytes);
    let de = cpu() - c;
    let ok = back.as_ref().is_ok_and(|b| b.len() == idx.len());
    println!(
        "EntityIndex state: {:.2} MB postcard, to_bytes {:.0} ms CPU, from_bytes {:.0} ms CPU ({})",
        bytes.len() as f64 / 1e6,
        ser * 1e3,
        de * 1e3,
        if ok { "round trip ok" } else { "ROUND TRIP FAILED" }
    );
    let parts: Vec<String> =
        idx.stored_size_by_part().iter().map(|(p, n)| format!("{p} {:.2}", *n as f64 / 1e6)).collect();
    println!("  MB by part: {}", parts.join(", "));
    let c = cpu();
    let json = serde_json::to_vec(&idx).unwrap_or_default();
    let ser = cpu() - c;
    let c = cpu();
    let back_json = serde_json::from_slice::<EntityIndex>(&json);
    let de = cpu() - c;
    println!(
        "EntityIndex state: {:.2} MB JSON, serialise {:.0} ms CPU, deserialise {:.0} ms CPU ({})",
        json.len() as f64 / 1e6,
        ser * 1e3,
        de * 1e3,
        if back_json.is_ok() { "ok" } else { "failed" }
    );
}

/// Runs of capitalised words not at a sentence start, as stand-in entity mentions.
fn pseudo_mentions(text: &str) -> Vec<EntityMention> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize, usize)> = None; // start, end, words
    let mut prev_end_sentence = true;
    let flush = |run: &mut Option<(usize, usize, usize)>, out: &mut Vec<EntityMention>| {
        if let Some((s, e, n)) = run.take() {
            let name = text.get(s..e).unwrap_or("").to_string();
            let kind = if (2..=3).contains(&n) { EntityKind::Person } else { EntityKind::Organization };
            out.push(EntityMention { span: Span::new(s, e), kind, name, role: None });
        }
    };
    let mut pos = 0;
    for w in text.split_inclusive(char::is_whitespace) {
        let start = pos;
        pos += w.len();
        let word = w.trim_end();
        let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let cap = core.chars().next().is_some_and(char::is_uppercase) && core.chars().count() > 1;
        if cap && !prev_end_sentence {
            let end = start + core.len();
            run = Some(match run {
                Some((s, _, n)) => (s, end, n + 1),
                None => (start, end, 1),
            });
            if core.len() != word.len() {
                flush(&mut run, &mut out);
            }
        } else {
            flush(&mut run, &mut out);
        }
        prev_end_sentence = word.ends_with(['.', '!', '?', '"', '”']) || word.is_empty();
    }
    flush(&mut run, &mut out);
    out
}
