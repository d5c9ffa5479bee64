//! Dates, times and numbers as each language writes them: its order of day,
//! month and year, its 12- or 24-hour clock, and, where the person chose
//! them, its own digits (Arabic-Indic for Arabic, Eastern Arabic-Indic for
//! Urdu, Devanagari for Hindi). CLDR's rules through ICU4X on desktop and
//! mobile, and through the browser's own `Intl` (the same CLDR data, nothing
//! to download) on the web.

#[cfg(not(target_arch = "wasm32"))]
mod icu;
#[cfg(target_arch = "wasm32")]
mod intl;

#[cfg(not(target_arch = "wasm32"))]
use icu as imp;
#[cfg(target_arch = "wasm32")]
use intl as imp;

use chrono::{DateTime, Utc};

/// The digits a language may be written with besides 0-9, by the CLDR
/// numbering system's name; None where the language writes 0-9 only.
pub fn native_digits(locale: &str) -> Option<&'static str> {
    match locale {
        "ar" => Some("arab"),
        "ur" => Some("arabext"),
        "hi" => Some("deva"),
        _ => None,
    }
}

/// How one language, with or without its own digits, writes dates, times and numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats {
    locale: &'static str,
    native_digits: bool,
}

impl Formats {
    pub fn new(locale: &'static str, native_digits: bool) -> Self {
        Self { locale, native_digits: native_digits && self::native_digits(locale).is_some() }
    }

    /// The BCP 47 tag CLDR knows the language by, with its numbering system when chosen.
    fn tag(&self) -> String {
        // CLDR keeps Tagalog's conventions under Filipino, its standard form.
        let base = if self.locale == "tl" { "fil" } else { self.locale };
        match native_digits(self.locale).filter(|_| self.native_digits) {
            Some(nu) => format!("{base}-u-nu-{nu}"),
            None => base.to_owned(),
        }
    }

    /// The time of day, in the device's time zone.
    pub fn time(&self, at: DateTime<Utc>) -> String {
        imp::time(&self.tag(), at).unwrap_or_else(|| at.with_timezone(&chrono::Local).format("%H:%M").to_string())
    }

    /// A short date with its time, in the device's time zone.
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        imp::date_time(&self.tag(), at)
            .unwrap_or_else(|| at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string())
    }

    /// A whole number, padded with zeros to `min_digits`.
    pub fn integer(&self, n: i64, min_digits: u8) -> String {
        imp::integer(&self.tag(), n, min_digits).unwrap_or_else(|| format!("{n:0width$}", width = min_digits as usize))
    }

    /// A number written digit by digit in the language's digits, without
    /// grouping (a year, a week number).
    pub fn digits(&self, n: i64, min_digits: u8) -> String {
        format!("{n:0width$}", width = min_digits as usize)
            .chars()
            .map(|c| c.to_digit(10).map_or_else(|| c.to_string(), |d| self.integer(i64::from(d), 1)))
            .collect()
    }

    /// A percentage rounded to a whole number, with the sign the language's script uses.
    pub fn percent(&self, p: f64) -> String {
        let sign = if self.native_digits && matches!(self.locale, "ar" | "ur") { "٪" } else { "%" };
        format!("{}{sign}", self.integer(p.round() as i64, 1))
    }

    /// A running time as minutes and seconds (`12:05`).
    pub fn elapsed(&self, seconds: i64) -> String {
        let s = seconds.max(0);
        format!("{}:{}", self.integer(s / 60, 1), self.integer(s % 60, 2))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// CLDR separates with no-break spaces (narrow before AM/PM); the expectations
    /// below write plain ones.
    fn plain(s: String) -> String {
        s.replace(['\u{202f}', '\u{a0}'], " ")
    }

    /// 15:07 on 9 March 2026 in the device's time zone.
    fn afternoon() -> DateTime<Utc> {
        chrono::Local.with_ymd_and_hms(2026, 3, 9, 15, 7, 0).single().expect("a local time").with_timezone(&Utc)
    }

    #[test]
    fn years_are_written_without_grouping_in_each_script() {
        assert_eq!(Formats::new("en", false).digits(2026, 4), "2026");
        assert_eq!(Formats::new("en", false).digits(3, 2), "03");
        assert_eq!(Formats::new("ar", true).digits(2026, 4), "٢٠٢٦");
        assert_eq!(Formats::new("hi", true).digits(11, 2), "११");
    }

    #[test]
    fn each_language_writes_the_time_its_own_way() {
        let cases = [
            ("en", false, "3:07 PM"),
            ("ar", false, "3:07 م"),
            ("ar", true, "٣:٠٧ م"),
            ("ur", true, "۳:۰۷ PM"),
            ("hi", false, "3:07 pm"),
            ("hi", true, "३:०७ pm"),
            ("es", false, "15:07"),
            ("zh", false, "15:07"),
            ("fr", false, "15:07"),
            ("ru", false, "15:07"),
            ("uz", false, "15:07"),
            ("tl", false, "3:07 PM"),
        ];
        for (locale, digits, want) in cases {
            assert_eq!(plain(Formats::new(locale, digits).time(afternoon())), want, "{locale} digits={digits}");
        }
    }

    #[test]
    fn each_language_orders_day_month_and_year_its_own_way() {
        let at = afternoon();
        let cases = [
            ("en", "3/9/26, 3:07 PM"),
            ("fr", "09/03/2026 15:07"),
            ("ru", "09.03.2026, 15:07"),
            ("zh", "2026/3/9 15:07"),
            ("es", "9/3/26, 15:07"),
            ("uz", "09/03/26, 15:07"),
        ];
        for (locale, want) in cases {
            assert_eq!(plain(Formats::new(locale, false).date_time(at)), want, "{locale}");
        }
        let ar = Formats::new("ar", true).date_time(at);
        assert!(ar.contains('٢') && !ar.contains('2'), "{ar}");
        let ur = Formats::new("ur", false).date_time(at);
        assert!(ur.contains("9/3/26"), "{ur}");
        let hi = Formats::new("hi", false).date_time(at);
        assert!(hi.contains("9/3/26"), "{hi}");
    }

    #[test]
    fn numbers_percentages_and_running_times_use_the_chosen_digits() {
        assert_eq!(Formats::new("en", false).percent(84.6), "85%");
        assert_eq!(Formats::new("ar", true).percent(84.6), "٨٥٪");
        assert_eq!(Formats::new("ar", false).percent(84.6), "85%");
        assert_eq!(Formats::new("ur", true).elapsed(725), "۱۲:۰۵");
        assert_eq!(Formats::new("hi", true).integer(1234, 1), "१,२३४");
        assert_eq!(Formats::new("en", false).elapsed(65), "1:05");
        // A language without digits of its own ignores the choice.
        assert_eq!(Formats::new("fr", true).elapsed(65), "1:05");
        assert_eq!(plain(Formats::new("ru", false).integer(12345, 1)), "12 345");
    }
}
