//! The `dossier` binary: argument parsing and dispatch only. Each command lives in its own module
//! and talks to the library crates; nothing here knows how extraction or storage work.

mod annotate;
mod bench;
mod eval;
mod export;
mod ingest;
mod query;
mod serve;
mod story;
mod term;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  dossier ingest examples/iraq-2020-2024          # read, clean, dedup, extract, store
  dossier articles --outlet Reuters --since 2021-01-01
  dossier search \"combat mission\"
  dossier show a-3f0e4b39 --annotate
  dossier quotes --speaker Araji
  dossier stories                                  # articles grouped across outlets
  dossier timeline --entity \"Qasim al-Araji\"
  dossier figures --series --counts troops
  dossier conflicts
  dossier report > brief.md                        # Markdown brief with citations
  dossier export --format json > dossier.json
  dossier serve                                    # web UI on http://127.0.0.1:8080/
  dossier eval timeml ../shared/eval/timeml
  dossier bench ../shared/corpus/allsides-5k.jsonl.gz";

/// Turn a pile of news articles into a sourced, time-aware record.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, after_help = EXAMPLES, propagate_version = true)]
struct Cli {
    /// The database file (created if missing).
    #[arg(long, global = true, env = "DOSSIER_DB", default_value = "dossier.db")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read articles (text, Markdown, HTML, JSON/JSONL[.gz], RSS/Atom, WARC[.gz]; files,
    /// folders or - for stdin), clean them, find duplicates, extract facts and store them.
    #[command(
        after_help = "Examples:\n  dossier ingest examples/iraq-2020-2024\n  dossier ingest --manifest meta.csv articles/\n  curl -s https://example.org/feed.xml | dossier ingest -\n\nExit code 1 when any file or record failed; the others are stored."
    )]
    Ingest(ingest::Args),
    /// List stored articles, newest first.
    #[command(
        after_help = "Examples:\n  dossier articles --outlet \"Arab Observer\"\n  dossier articles --since 2021-01-01 --until 2021-12-31 --json"
    )]
    Articles(query::ArticlesArgs),
    /// Show one article: metadata, cleaned text and the lines the cleaner removed.
    #[command(
        after_help = "ARTICLE is an id, a unique id prefix, or the source path.\n\nExamples:\n  dossier show a-3f0e\n  dossier show a-3f0e --annotate"
    )]
    Show(query::ShowArgs),
    /// Full-text search, best match first, with snippets.
    #[command(
        after_help = "Examples:\n  dossier search troops withdrawal\n  dossier search '\"combat mission\"' --json"
    )]
    Search(query::SearchArgs),
    /// Counts: articles, duplicates, outlets, languages, facts.
    Stats(query::StatsArgs),
    /// Quotes and reported speech with their speakers.
    #[command(
        after_help = "Examples:\n  dossier quotes --speaker Romanowski\n  dossier quotes --article a-3f0e --json"
    )]
    Quotes(query::QuotesArgs),
    /// Entities (people, organisations, places, groups) merged across articles and spellings.
    #[command(
        after_help = "Examples:\n  dossier entities --kind person\n  dossier entities --name sudani --json\n  dossier entities --why \"Qasim al-Araji\""
    )]
    Entities(query::EntitiesArgs),
    /// Figures (troops, casualties, money) with what they count and when, or as series.
    #[command(
        after_help = "Examples:\n  dossier figures --counts troops\n  dossier figures --series --counts troops\n  dossier figures --series --story s-5fd8 --json"
    )]
    Figures(query::FiguresArgs),
    /// Stories: articles grouped across outlets as they arrive.
    #[command(after_help = "Examples:\n  dossier stories\n  dossier stories --min-articles 3 --json")]
    Stories(story::StoriesArgs),
    /// The dated events and statements of a story, an entity, a search or everything, in order.
    #[command(
        after_help = "Examples:\n  dossier timeline --story s-5fd8\n  dossier timeline --entity Romanowski\n  dossier timeline --query \"combat mission\" --events --json"
    )]
    Timeline(story::TimelineArgs),
    /// Where sources contradict each other (opposite statements, different figures for the same time).
    #[command(after_help = "Examples:\n  dossier conflicts\n  dossier conflicts --entity ISIS --changes --json")]
    Conflicts(story::ConflictsArgs),
    /// A Markdown brief of a story (or of everything): events, figures, who said what,
    /// disagreements, each line with its citation.
    #[command(
        after_help = "Examples:\n  dossier report\n  dossier report s-5fd8 > brief.md\n  dossier report --entity \"al-Sudani\""
    )]
    Report(story::ReportArgs),
    /// Link stored articles not linked yet (ingest does this itself); --rebuild relinks all.
    #[command(after_help = "Examples:\n  dossier link\n  dossier link --rebuild")]
    Link(story::LinkArgs),
    /// Time expressions of one article with their resolved dates.
    Times(query::TimesArgs),
    /// Write the database in the export contract's format to stdout.
    #[command(
        after_help = "Examples:\n  dossier export --format json > all.json\n  dossier export --format csv --table quotes > quotes.csv"
    )]
    Export(export::Args),
    /// Run the per-article extraction on text without storing anything (the annotate contract).
    #[command(
        after_help = "Examples:\n  dossier annotate --published 2021-12-10 article.txt\n  dossier annotate --jsonl < records.jsonl"
    )]
    Annotate(annotate::Args),
    /// Score dossier on a public dataset in its own format.
    #[command(
        after_help = "Tasks: conll, polnear, timeml, quantities, extraction, stories.\n\nExamples:\n  dossier eval conll ../shared/eval/conll2003/eng.valid.txt\n  dossier eval timeml ../shared/eval/timeml --json"
    )]
    Eval(eval::Args),
    /// Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI.
    #[command(
        after_help = "Examples:\n  dossier serve\n  dossier serve --addr 127.0.0.1:9000 --allow-ingest\n  curl -s 'http://127.0.0.1:8080/api/quotes?speaker=Romanowski'"
    )]
    Serve(serve::Args),
    /// Measure throughput per stage on a corpus (articles/s, MB/s, peak memory).
    #[command(
        after_help = "Examples:\n  dossier bench ../shared/corpus/allsides-5k.jsonl.gz\n  dossier bench --json corpus.jsonl"
    )]
    Bench(bench::Args),
}

/// How a listing is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Jsonl,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(a) => ingest::run(&cli.db, a),
        Command::Articles(a) => query::articles(&cli.db, a),
        Command::Show(a) => query::show(&cli.db, a),
        Command::Search(a) => query::search(&cli.db, a),
        Command::Stats(a) => query::stats(&cli.db, a),
        Command::Quotes(a) => query::quotes(&cli.db, a),
        Command::Entities(a) => query::entities(&cli.db, a),
        Command::Figures(a) => query::figures(&cli.db, a),
        Command::Times(a) => query::times(&cli.db, a),
        Command::Stories(a) => story::stories(&cli.db, a),
        Command::Timeline(a) => story::timeline(&cli.db, a),
        Command::Conflicts(a) => story::conflicts(&cli.db, a),
        Command::Report(a) => story::report(&cli.db, a),
        Command::Link(a) => story::link(&cli.db, a),
        Command::Export(a) => export::run(&cli.db, a),
        Command::Annotate(a) => annotate::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Serve(a) => serve::run(&cli.db, a),
        Command::Bench(a) => bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`dossier export | head`) is not an error worth a message.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.downcast_ref::<serde_json::Error>()
                        .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dossier: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    /// clap checks argument names, conflicts and defaults only in debug builds at parse time:
    /// run the check over every subcommand here so a clash fails a test, not a user.
    #[test]
    fn cli_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
