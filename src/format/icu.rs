//! Formatting with ICU4X and its compiled CLDR data (desktop and mobile).

use chrono::{DateTime, Datelike, Timelike, Utc};
use icu_datetime::fieldsets::{T, YMDT};
use icu_datetime::input::{Date, DateTime as IcuDateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

/// The wall-clock time of `at` in the device's time zone.
fn local_time(at: DateTime<Utc>) -> Option<Time> {
    let l = at.with_timezone(&chrono::Local);
    Time::try_new(l.hour() as u8, l.minute() as u8, l.second() as u8, 0).ok()
}

fn locale(tag: &str) -> Option<Locale> {
    tag.parse().ok()
}

pub fn time(tag: &str, at: DateTime<Utc>) -> Option<String> {
    let f = NoCalendarFormatter::try_new(locale(tag)?.into(), T::hm()).ok()?;
    Some(f.format(&local_time(at)?).to_string())
}

pub fn date_time(tag: &str, at: DateTime<Utc>) -> Option<String> {
    let f = DateTimeFormatter::try_new(locale(tag)?.into(), YMDT::short().with_time_precision(TimePrecision::Minute))
        .ok()?;
    let l = at.with_timezone(&chrono::Local);
    let date = Date::try_new_iso(l.year(), l.month() as u8, l.day() as u8).ok()?;
    Some(f.format(&IcuDateTime { date, time: local_time(at)? }).to_string())
}

pub fn integer(tag: &str, n: i64, min_digits: u8) -> Option<String> {
    let f = DecimalFormatter::try_new(locale(tag)?.into(), Default::default()).ok()?;
    let mut d = Decimal::from(n);
    d.absolute.pad_start(min_digits.into());
    Some(f.format(&d).to_string())
}
