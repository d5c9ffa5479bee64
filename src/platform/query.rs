//! Reading one parameter of the page's query string (the browser kiosk's key).

/// One parameter of a query string (`?a=1&key=K`), percent-decoded where it is plain.
pub fn query_value(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| percent_decode(v))
    })
}

/// Percent-decoding of a query value; malformed escapes are kept as they are.
fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kiosk_key_is_read_from_the_query_string() {
        assert_eq!(query_value("?key=abc123", "key").as_deref(), Some("abc123"));
        assert_eq!(query_value("?x=1&key=a%2Fb", "key").as_deref(), Some("a/b"));
        assert_eq!(query_value("?x=1", "key"), None);
        assert_eq!(query_value("", "key"), None);
        assert_eq!(query_value("?key=bad%zz", "key").as_deref(), Some("bad%zz"));
        assert_eq!(query_value("?key=end%", "key").as_deref(), Some("end%"));
    }
}
