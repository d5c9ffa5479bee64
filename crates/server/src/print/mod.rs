//! The printed documents' data (the PDFs themselves are `ms-print`'s): the
//! rating links the QR posters carry, and the reports' figures with every
//! name in the reader's language.

mod names;
pub mod reports;

pub use names::Names;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a counter's label keeps of itself in a link: letters, digits and
/// `-._~`; everything else (a space too) percent-encoded, so that every
/// reader of the link decodes it the same way.
const LABEL: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A centre's rating link (`/rate/<token>`, `?counter=` naming a counter).
pub fn rating_link(base: &str, qr_token: &str, counter: Option<&str>) -> String {
    let token = utf8_percent_encode(qr_token, LABEL);
    match counter {
        Some(c) => format!("{base}/rate/{token}?counter={}", utf8_percent_encode(c, LABEL)),
        None => format!("{base}/rate/{token}"),
    }
}

/// Personal details a citizen may have typed into a comment (a telephone
/// number, an e-mail address) printed as `…`: a report goes to people who
/// must not see them.
pub fn without_contact_details(comment: &str) -> String {
    let mut out = String::with_capacity(comment.len());
    for word in comment.split_inclusive(char::is_whitespace) {
        let body = word.trim_end();
        let digits = body.chars().filter(char::is_ascii_digit).count()
            + body.chars().filter(|c| ('\u{660}'..='\u{669}').contains(c)).count();
        let email = body.contains('@') && body.contains('.');
        if email || digits >= 7 {
            out.push('…');
            out.push_str(&word[body.len()..]);
        } else {
            out.push_str(word);
        }
    }
    // A number written in groups ("050 123 4567"): the groups together.
    let mut masked = String::with_capacity(out.len());
    let mut run = String::new();
    let flush = |run: &mut String, masked: &mut String| {
        if run.chars().filter(char::is_ascii_digit).count() >= 7 {
            let trailing: String = run.chars().rev().take_while(|c| c.is_whitespace()).collect();
            masked.push('…');
            masked.extend(trailing.chars().rev());
        } else {
            masked.push_str(run);
        }
        run.clear();
    };
    for c in out.chars() {
        if c.is_ascii_digit()
            || (!run.is_empty() && matches!(c, ' ' | '-' | '+' | '(' | ')'))
            || (run.is_empty() && c == '+')
        {
            run.push(c);
        } else {
            flush(&mut run, &mut masked);
            masked.push(c);
        }
    }
    flush(&mut run, &mut masked);
    masked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_names_its_counter_percent_encoded() {
        assert_eq!(rating_link("https://r.example", "cd-al-barsha-qr", None), "https://r.example/rate/cd-al-barsha-qr");
        assert_eq!(
            rating_link("https://r.example", "cd-al-barsha-qr", Some("Desk 3")),
            "https://r.example/rate/cd-al-barsha-qr?counter=Desk%203"
        );
        let link = rating_link("http://h", "t", Some("مكتب ٤ & co"));
        assert!(!link.contains(' ') && !link.contains('&'), "{link}");
    }

    #[test]
    fn telephone_numbers_and_addresses_leave_a_comment() {
        assert_eq!(without_contact_details("call me on 050 123 4567 please"), "call me on … please");
        assert_eq!(without_contact_details("write to a.b@example.com."), "write to …");
        assert_eq!(without_contact_details("+971501234567"), "…");
        assert_eq!(without_contact_details("waited 45 minutes at desk 3"), "waited 45 minutes at desk 3");
        assert_eq!(without_contact_details("رقمي ٠٥٠١٢٣٤٥٦٧"), "رقمي …");
    }
}
