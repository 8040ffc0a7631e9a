//! Terminal output: tables, colour and escaping of untrusted text.

use std::io::{IsTerminal, Write};

/// Whether stdout is a terminal (colour, progress bars, human tables).
pub fn stdout_is_tty() -> bool {
    std::io::stdout().is_terminal()
}

pub fn stderr_is_tty() -> bool {
    std::io::stderr().is_terminal()
}

/// Article text is untrusted: control characters (ANSI escapes above all) are shown as `\u{..}`
/// instead of being sent to the terminal. Newlines and tabs are kept when `multiline`.
pub fn safe(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\t' if multiline => out.push(c),
            '\n' | '\t' | '\r' => out.push(' '),
            c if c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// Shortens `s` to at most `max` characters, with an ellipsis.
pub fn clip(s: &str, max: usize) -> String {
    let s = safe(s, false);
    if s.chars().count() <= max {
        return s;
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// ANSI styles, used only when writing to a terminal.
#[derive(Clone, Copy)]
pub struct Style {
    pub on: bool,
}

impl Style {
    pub fn detect() -> Style {
        Style { on: stdout_is_tty() && std::env::var_os("NO_COLOR").is_none() }
    }
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
    pub fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
}

/// Prints rows as aligned columns (widths measured in characters).
pub fn table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                let pad = widths[i].saturating_sub(c.chars().count());
                s.push_str(c);
                s.push_str(&" ".repeat(pad + 2));
            }
        }
        s.trim_end().to_string()
    };
    let style = Style::detect();
    let h: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    writeln!(out, "{}", style.bold(&line(&h)))?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    Ok(())
}

/// A listing's output: JSON with `--json`, else an aligned table of `row(item)` under `header`.
pub fn emit<T: serde::Serialize>(
    json: bool,
    rows: &[T],
    header: &[&str],
    row: impl Fn(&T) -> Vec<String>,
) -> anyhow::Result<std::process::ExitCode> {
    if json {
        print_json(&rows)?;
    } else {
        let cells: Vec<Vec<String>> = rows.iter().map(row).collect();
        table(&mut std::io::stdout().lock(), header, &cells)?;
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Writes one value as pretty JSON to stdout.
pub fn print_json<T: serde::Serialize>(v: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_control_sequences() {
        assert_eq!(safe("a\x1b[31mred", false), "a\\u{1b}[31mred");
        assert_eq!(safe("line\nnext", true), "line\nnext");
        assert_eq!(safe("line\nnext", false), "line next");
        assert_eq!(safe("rtl\u{202e}x", false), "rtl\\u{202e}x");
    }

    #[test]
    fn clips_on_characters() {
        assert_eq!(clip("Qasim al-Araji said", 8), "Qasim a…");
        assert_eq!(clip("short", 8), "short");
    }
}
