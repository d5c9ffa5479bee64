//! What the server says when it can't reach its PostgreSQL database: a
//! malformed URL, a certificate it does not trust, a PGSSLROOTCERT that is
//! not there. Always a message naming the cause, never the password.

use crate::common::*;

/// Runs `seed` (which opens the database first) against `url`, with PGSSLROOTCERT as given.
fn open(url: &str, root_cert: Option<&str>) -> (bool, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_mystery-shopper-server"));
    cmd.args(["seed", "--evaluations", "1", "--database", url]);
    match root_cert {
        Some(path) => cmd.env("PGSSLROOTCERT", path),
        None => cmd.env_remove("PGSSLROOTCERT"),
    };
    let out = cmd.output().expect("runs");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_malformed_url_is_named_and_its_password_never_shown() {
    let (ok, said) = open("postgres://ms:s3cret@127.0.0.1:notaport/ms", None);
    assert!(!ok);
    assert!(said.contains("database URL"), "{said}");
    assert!(!said.contains("s3cret"), "{said}");
}

#[tokio::test]
async fn tls_to_a_server_not_trusted_is_refused_with_its_reason() {
    let Some(trusted) = std::env::var("PGSSLROOTCERT").ok().filter(|p| !p.is_empty() && on_postgres()) else {
        eprintln!(
            "needs a PostgreSQL cluster speaking TLS: run with MS_TEST_POSTGRES and PGSSLROOTCERT (tests/run.sh does)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    let url = database(&dir).await;
    assert!(url.ends_with("sslmode=require"), "{url}");
    let password_url = url.replacen("postgres@", "postgres:s3cret@", 1);
    let (ok, said) = open(&password_url, None);
    assert!(!ok, "the cluster's certificate is from a CA only PGSSLROOTCERT names");
    assert!(said.contains("TLS") && said.contains("certificate"), "{said}");
    assert!(!said.contains("s3cret"), "{said}");
    let (ok, said) = open(&url, Some("/nonexistent/ca.crt"));
    assert!(!ok);
    assert!(said.contains("PGSSLROOTCERT /nonexistent/ca.crt"), "{said}");
    let (ok, said) = open(&url, Some(&trusted));
    assert!(ok, "{said}");
}
