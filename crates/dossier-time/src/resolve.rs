//! Calendar arithmetic and TIMEX3 value formatting. Everything here is total: out-of-range
//! inputs give `None`, never a panic, because the numbers come from untrusted text.

use chrono::{Datelike, Duration, NaiveDate};

/// Which occurrence of a recurring calendar unit (a weekday, a month) an expression means,
/// relative to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// News default for past tense: the latest one on or before publication.
    OnOrBefore,
    /// "last Friday": strictly before.
    Before,
    /// Future tense: the earliest one on or after publication.
    OnOrAfter,
    /// "next Friday": strictly after.
    After,
    /// "this Monday": the one inside the publication's own week / year.
    This,
    /// No tense cue: the publication year, unless that lies more than two months ahead (then
    /// the year before). News mostly reports the past, but announces dates just ahead.
    Recent,
}

pub(crate) fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub(crate) fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

pub(crate) fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Shift a (year, month) pair by `delta` months.
pub(crate) fn shift_month(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// A weekday (0 = Monday) resolved against `dct`.
pub(crate) fn weekday(dct: NaiveDate, wd: u32, dir: Dir) -> Option<NaiveDate> {
    let cur = dct.weekday().num_days_from_monday() as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    match dir {
        Dir::OnOrBefore | Dir::Recent => add_days(dct, -back),
        Dir::Before => add_days(dct, -(if back == 0 { 7 } else { back })),
        Dir::OnOrAfter => add_days(dct, fwd),
        Dir::After => add_days(dct, if fwd == 0 { 7 } else { fwd }),
        Dir::This => add_days(dct, wd - cur),
    }
}

/// A month of the year (1-12) resolved against `dct`: returns the year.
pub(crate) fn month_year(dct: NaiveDate, m: u32, dir: Dir) -> i32 {
    let (y, cm) = (dct.year(), dct.month());
    match dir {
        Dir::OnOrBefore => {
            if m <= cm {
                y
            } else {
                y - 1
            }
        }
        Dir::Before => {
            if m < cm {
                y
            } else {
                y - 1
            }
        }
        Dir::OnOrAfter => {
            if m >= cm {
                y
            } else {
                y + 1
            }
        }
        Dir::After => {
            if m > cm {
                y
            } else {
                y + 1
            }
        }
        Dir::This => y,
        // Up to two months ahead, across the turn of the year ("in January", written in
        // November, is the coming one); otherwise the latest on or before.
        Dir::Recent => {
            let ahead = (m as i32 - cm as i32).rem_euclid(12);
            if (1..=2).contains(&ahead) {
                if m > cm { y } else { y + 1 }
            } else if m <= cm {
                y
            } else {
                y - 1
            }
        }
    }
}

/// A month and day without a year, resolved against `dct`.
pub(crate) fn month_day(dct: NaiveDate, m: u32, d: u32, dir: Dir) -> Option<NaiveDate> {
    let y = dct.year();
    let cands = [y - 1, y, y + 1];
    let dates: Vec<NaiveDate> = cands.iter().filter_map(|&yy| NaiveDate::from_ymd_opt(yy, m, d)).collect();
    match dir {
        Dir::OnOrBefore | Dir::Before => dates.iter().rev().find(|&&x| x <= dct).copied(),
        Dir::OnOrAfter | Dir::After => dates.iter().find(|&&x| x >= dct).copied(),
        Dir::This => NaiveDate::from_ymd_opt(y, m, d),
        Dir::Recent => {
            let limit = add_days(dct, 62)?;
            dates.iter().rev().find(|&&x| x <= limit).copied()
        }
    }
}

/// Quarter (1-4) resolved against `dct`: returns the year.
pub(crate) fn quarter_year(dct: NaiveDate, q: u32, dir: Dir) -> i32 {
    let cq = (dct.month() - 1) / 3 + 1;
    let y = dct.year();
    match dir {
        Dir::OnOrBefore | Dir::Recent => {
            if q <= cq {
                y
            } else {
                y - 1
            }
        }
        Dir::Before => {
            if q < cq {
                y
            } else {
                y - 1
            }
        }
        Dir::OnOrAfter => {
            if q >= cq {
                y
            } else {
                y + 1
            }
        }
        Dir::After => {
            if q > cq {
                y
            } else {
                y + 1
            }
        }
        Dir::This => y,
    }
}

/// Season code (SP, SU, FA, WI) by index 0..4 and its starting month.
pub(crate) const SEASONS: [(&str, u32); 4] = [("SP", 3), ("SU", 6), ("FA", 9), ("WI", 12)];

/// Season index resolved against `dct`: returns the year it is labelled with.
pub(crate) fn season_year(dct: NaiveDate, s: usize, dir: Dir) -> i32 {
    // Index of the season we are in: Jan/Feb belong to the winter that started last December.
    let m = dct.month();
    let (cur, cur_y) = match m {
        3..=5 => (0, dct.year()),
        6..=8 => (1, dct.year()),
        9..=11 => (2, dct.year()),
        12 => (3, dct.year()),
        _ => (3, dct.year() - 1),
    };
    let y = cur_y;
    match dir {
        Dir::OnOrBefore | Dir::Recent => {
            if s <= cur {
                y
            } else {
                y - 1
            }
        }
        Dir::Before => {
            if s < cur {
                y
            } else {
                y - 1
            }
        }
        Dir::OnOrAfter => {
            if s >= cur {
                y
            } else {
                y + 1
            }
        }
        Dir::After => {
            if s > cur {
                y
            } else {
                y + 1
            }
        }
        Dir::This => dct.year(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays() {
        // 2021-12-13 is a Monday; Thursday is 3.
        assert_eq!(weekday(d("2021-12-13"), 3, Dir::Before), Some(d("2021-12-09")));
        assert_eq!(weekday(d("2021-12-09"), 3, Dir::Before), Some(d("2021-12-02")));
        assert_eq!(weekday(d("2021-12-09"), 3, Dir::OnOrBefore), Some(d("2021-12-09")));
        assert_eq!(weekday(d("2021-12-09"), 4, Dir::OnOrAfter), Some(d("2021-12-10")));
        assert_eq!(weekday(d("2021-12-10"), 4, Dir::After), Some(d("2021-12-17")));
    }

    #[test]
    fn months_and_days() {
        assert_eq!(month_year(d("2021-12-10"), 7, Dir::OnOrBefore), 2021);
        assert_eq!(month_year(d("2021-05-10"), 7, Dir::Before), 2020);
        assert_eq!(month_year(d("2021-05-10"), 7, Dir::After), 2021);
        assert_eq!(shift_month(2021, 1, -1), (2020, 12));
        assert_eq!(shift_month(2021, 12, 1), (2022, 1));
        assert_eq!(month_day(d("2022-01-05"), 12, 31, Dir::Recent), Some(d("2021-12-31")));
        assert_eq!(month_day(d("2021-02-05"), 2, 29, Dir::Recent), Some(d("2020-02-29")));
        assert_eq!(iso_week(d("2020-09-03")), "2020-W36");
    }
}
