//! The facts of a part of the corpus (a story, an entity's articles, a search, or everything),
//! loaded in one go for the cross-article views: timeline, figure series, statements, conflicts.
//! Duplicates are left out: a syndicated copy is the same report, not a second source.

use crate::{FigureRecord, QuoteRecord, Result, Store, TimeRecord, fts_query};
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde::Serialize;

/// Which articles a view covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    /// A story id.
    Story(String),
    /// An entity id: the articles that mention it.
    Entity(String),
    /// A full-text query.
    Query(String),
}

/// An article as the views cite it.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeArticle {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub story: Option<String>,
    #[serde(skip)]
    pub text: String,
}

/// The facts of the articles in a scope.
#[derive(Debug, Clone, Default)]
pub struct ScopeFacts {
    /// Oldest first.
    pub articles: Vec<ScopeArticle>,
    /// Quotes with the canonical name of their speaker's entity, when linked.
    pub quotes: Vec<(QuoteRecord, Option<String>)>,
    pub figures: Vec<FigureRecord>,
    pub times: Vec<TimeRecord>,
}

impl Store {
    /// Loads the facts of the (non-duplicate) articles in `scope`.
    pub fn scope_facts(&self, scope: &Scope) -> Result<ScopeFacts> {
        let (cond, args): (String, Vec<Value>) = match scope {
            Scope::All => ("1=1".into(), vec![]),
            Scope::Story(s) => ("a.story = ?".into(), vec![s.clone().into()]),
            Scope::Entity(e) => {
                ("a.id IN (SELECT article FROM mentions WHERE entity = ?)".into(), vec![e.clone().into()])
            }
            Scope::Query(q) => match fts_query(q, false) {
                Some(m) => {
                    ("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)".into(), vec![m.into()])
                }
                None => ("0".into(), vec![]),
            },
        };
        let arts = format!("SELECT a.id FROM articles a WHERE a.duplicate_of IS NULL AND {cond}");
        let mut out = ScopeFacts::default();
        let mut st = self.conn.prepare(&format!(
            "SELECT a.id, a.title, a.outlet, a.published, a.story, a.text FROM articles a
             WHERE a.duplicate_of IS NULL AND {cond} ORDER BY a.published, a.rowid"
        ))?;
        out.articles = st
            .query_map(params_from_iter(args.iter()), |r| {
                Ok(ScopeArticle {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    story: r.get(4)?,
                    text: r.get(5)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT q.id, q.article, q.start, q.end, q.text, q.direct, q.speaker_name, q.speaker_start, q.speaker_end,
                    q.cue, q.speaker, e.name
             FROM quotes q LEFT JOIN entities e ON e.id = q.speaker
             WHERE q.article IN ({arts}) ORDER BY q.article, q.start"
        ))?;
        out.quotes = st
            .query_map(params_from_iter(args.iter()), |r| Ok((QuoteRecord::from_row(r)?, r.get(11)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT id, article, start, end, text, value, unit, counts, qualifier, date FROM figures
             WHERE article IN ({arts}) ORDER BY article, start"
        ))?;
        out.figures = st
            .query_map(params_from_iter(args.iter()), FigureRecord::from_row)?
            .collect::<std::result::Result<_, _>>()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT id, article, start, end, text, type, value FROM times
             WHERE article IN ({arts}) ORDER BY article, start"
        ))?;
        out.times = st
            .query_map(params_from_iter(args.iter()), TimeRecord::from_row)?
            .collect::<std::result::Result<_, _>>()?;
        Ok(out)
    }
}
