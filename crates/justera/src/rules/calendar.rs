//! Swedish calendar arithmetic for the date rules: weekdays, public holidays
//! (computed, Easter included) and statutory deadlines under lag (1930:173)
//! om beräkning av lagstadgad tid.

use time::{Date, Duration, Month, Weekday};

/// A `YYYY-MM-DD` string as a date.
pub fn parse_iso(iso: &str) -> Option<Date> {
    let mut it = iso.splitn(3, '-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// `YYYY-MM-DD`.
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Easter Sunday (Gregorian; the anonymous algorithm of Meeus, Jones and Butcher).
pub fn easter(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_calendar_date(year, Month::try_from(month as u8).ok()?, day as u8).ok()
}

/// The Swedish name of a public holiday (lag 1989:253 om allmänna
/// helgdagar) or of a day the deadline law treats as one (midsommarafton,
/// julafton, nyårsafton), falling on `d`.
pub fn holiday(d: Date) -> Option<&'static str> {
    let (m, day) = (d.month(), d.day());
    let fixed = match (m, day) {
        (Month::January, 1) => Some("nyårsdagen"),
        (Month::January, 6) => Some("trettondedag jul"),
        (Month::May, 1) => Some("första maj"),
        (Month::June, 6) => Some("Sveriges nationaldag"),
        (Month::December, 24) => Some("julafton"),
        (Month::December, 25) => Some("juldagen"),
        (Month::December, 26) => Some("annandag jul"),
        (Month::December, 31) => Some("nyårsafton"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    if m == Month::June && d.weekday() == Weekday::Friday && (19..=25).contains(&day) {
        return Some("midsommarafton");
    }
    if m == Month::June && d.weekday() == Weekday::Saturday && (20..=26).contains(&day) {
        return Some("midsommardagen");
    }
    let all_saints = (m == Month::October && day == 31) || (m == Month::November && day <= 6);
    if all_saints && d.weekday() == Weekday::Saturday {
        return Some("alla helgons dag");
    }
    let e = easter(d.year())?;
    let offset = (d - e).whole_days();
    match offset {
        -2 => Some("långfredagen"),
        0 => Some("påskdagen"),
        1 => Some("annandag påsk"),
        39 => Some("Kristi himmelsfärdsdag"),
        49 => Some("pingstdagen"),
        _ => None,
    }
}

/// Whether a statutory deadline may end on `d`: not a Saturday, Sunday,
/// public holiday, midsommarafton, julafton or nyårsafton.
pub fn is_working_day(d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && holiday(d).is_none()
}

/// The last day to appeal a decision whose notice was posted on `posted`:
/// three weeks later (KL 13 kap. 5 §), moved to the next working day
/// (lag 1930:173, 2 §).
pub fn appeal_deadline(posted: Date) -> Option<Date> {
    deadline(posted, Duration::weeks(3))
}

/// The last day of a statutory time of `time` counted from `from`: moved to
/// the next working day when it falls on a Saturday, Sunday or holiday (lag
/// 1930:173, 2 §), as for justering within 14 days of the meeting and the
/// notice by the second day after justering.
pub fn deadline(from: Date, time: Duration) -> Option<Date> {
    let mut d = from.checked_add(time)?;
    while !is_working_day(d) {
        d = d.next_day()?;
    }
    Some(d)
}

/// Swedish weekday name (`måndag`).
pub fn weekday_sv(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "måndag",
        Weekday::Tuesday => "tisdag",
        Weekday::Wednesday => "onsdag",
        Weekday::Thursday => "torsdag",
        Weekday::Friday => "fredag",
        Weekday::Saturday => "lördag",
        Weekday::Sunday => "söndag",
    }
}

/// The weekday a Swedish word names (`tisdagen`, `Tisdag`, `tis`).
pub fn weekday_from_sv(word: &str) -> Option<Weekday> {
    let w = word.trim().to_lowercase();
    let w = w.trim_end_matches(['.', ',']);
    [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ]
    .into_iter()
    .find(|&d| {
        let name = weekday_sv(d);
        w == name || w == format!("{name}en") || (w.chars().count() >= 3 && name.starts_with(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_iso(s).expect(s)
    }

    #[test]
    fn easter_known_years() {
        for (y, e) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2019, "2019-04-21"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter(y), Some(d(e)));
        }
    }

    #[test]
    fn holidays_computed() {
        assert_eq!(holiday(d("2024-03-29")), Some("långfredagen"));
        assert_eq!(holiday(d("2024-04-01")), Some("annandag påsk"));
        assert_eq!(holiday(d("2024-05-09")), Some("Kristi himmelsfärdsdag"));
        assert_eq!(holiday(d("2024-06-21")), Some("midsommarafton"));
        assert_eq!(holiday(d("2024-11-02")), Some("alla helgons dag"));
        assert_eq!(holiday(d("2024-06-20")), None);
    }

    #[test]
    fn appeal_deadline_moves_past_weekends_and_holidays() {
        // A plain Tuesday.
        assert_eq!(appeal_deadline(d("2024-03-19")), Some(d("2024-04-09")));
        // Three weeks land on långfredagen 2024-03-29: moved past Easter to Tuesday.
        assert_eq!(appeal_deadline(d("2024-03-08")), Some(d("2024-04-02")));
        // Lands on midsommarafton 2024-06-21: moved to Monday.
        assert_eq!(appeal_deadline(d("2024-05-31")), Some(d("2024-06-24")));
        // Lands on julafton (Tuesday) 2024: past juldagen and annandag to the 27th.
        assert_eq!(appeal_deadline(d("2024-12-03")), Some(d("2024-12-27")));
    }

    #[test]
    fn weekday_words() {
        assert_eq!(weekday_from_sv("tisdagen"), Some(Weekday::Tuesday));
        assert_eq!(weekday_from_sv("Måndag"), Some(Weekday::Monday));
        assert_eq!(weekday_from_sv("mars"), None);
    }
}
