//! TEMPORARY stand-in for the incremental `EntityIndex` (replaced on merge): keeps every
//! mention and relinks everything on each `add`.

use chrono::NaiveDate;
use dossier_core::{EntityKind, EntityMention};
use serde::{Deserialize, Serialize};

use crate::{MentionRef, link_entities};

#[derive(Default, Serialize, Deserialize)]
pub struct EntityIndex {
    all: Vec<(String, Option<NaiveDate>, EntityMention, String)>,
    ents: Vec<EntityInfo>,
    changed: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntityInfo {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<(String, usize)>,
    pub roles: Vec<(String, Option<NaiveDate>)>,
    pub why: Vec<String>,
    pub mentions: usize,
    pub articles: usize,
}

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, mentions: &[MentionRef]) -> Vec<Option<String>> {
        let base = self.all.len();
        for m in mentions {
            self.all.push((m.article.to_string(), m.published, m.mention.clone(), m.text.to_string()));
        }
        let refs: Vec<MentionRef> =
            self.all.iter().map(|(a, d, m, t)| MentionRef { article: a, published: *d, mention: m, text: t }).collect();
        let es = link_entities(&refs);
        let mut out = vec![None; mentions.len()];
        for e in &es {
            for (a, s) in &e.mentions {
                for (i, m) in self.all.iter().enumerate().skip(base) {
                    if &m.0 == a && m.2.span == *s {
                        out[i - base] = Some(e.id.clone());
                    }
                }
            }
        }
        self.ents = es
            .iter()
            .map(|e| EntityInfo {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                roles: e.roles.clone(),
                why: e.why.clone(),
                mentions: e.mentions.len(),
                articles: e.mentions.iter().map(|m| &m.0).collect::<std::collections::HashSet<_>>().len(),
            })
            .collect();
        self.changed = self.ents.iter().map(|e| e.id.clone()).collect();
        out
    }
    pub fn entity(&self, id: &str) -> Option<EntityInfo> {
        self.ents.iter().find(|e| e.id == id).cloned()
    }
    pub fn entities(&self) -> impl Iterator<Item = EntityInfo> + '_ {
        self.ents.iter().cloned()
    }
    pub fn changed(&self) -> &[String] {
        &self.changed
    }
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
    pub fn from_bytes(b: &[u8]) -> Result<Self, String> {
        serde_json::from_slice(b).map_err(|e| e.to_string())
    }
}

impl crate::StoryIndex {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
    pub fn from_bytes(b: &[u8]) -> Result<Self, String> {
        serde_json::from_slice(b).map_err(|e| e.to_string())
    }
}
