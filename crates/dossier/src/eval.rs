//! `dossier eval TASK PATH`: the eval contract (`shared/contract/eval.md`).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Task {
    /// CoNLL-2003 NER file: entity P/R/F1 overall and per type.
    Conll,
    /// PolNeAR split (text/ and attributions/): quote content and source.
    Polnear,
    /// Folder of TimeML .tml files: TempEval-3 task A.
    Timeml,
    /// NewsQuant / CQE JSON list (or a folder of them): value, unit and concept F1.
    Quantities,
    /// Article-extraction benchmark layout (ground-truth.json, html/ID.html.gz).
    Extraction,
    /// JSONL of articles with a gold `story` field: BCubed clustering scores.
    Stories,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    task: Task,
    /// The dataset, in its own format.
    path: PathBuf,
    /// One JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if !a.path.exists() {
        anyhow::bail!("{}: no such file or folder", a.path.display());
    }
    let report = match a.task {
        Task::Conll => dossier_eval::conll::eval_conll(&a.path),
        Task::Polnear => dossier_eval::polnear::eval_polnear(&a.path),
        Task::Timeml => dossier_eval::timeml::eval_timeml(&a.path),
        Task::Quantities => dossier_eval::quantities::eval_quantities(&a.path),
        Task::Extraction => dossier_eval::extraction::eval_extraction(&a.path),
        Task::Stories => dossier_eval::stories::eval_stories(&a.path),
    }
    .map_err(|e| anyhow::anyhow!("{}: {e}", a.path.display()))?;
    if a.json {
        crate::term::print_json(&report.to_json())?;
    } else {
        print!("{}", report.to_table());
    }
    Ok(ExitCode::SUCCESS)
}
