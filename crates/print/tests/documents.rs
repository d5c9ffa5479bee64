//! The documents as a reader gets them: each poster's code read back from the
//! rendered page by a real decoder (zbarimg), the reports' text taken out of
//! the PDF (pdftotext) in logical order.

use chrono::NaiveDate;
use ms_print::report::{
    CentreLine, CentreReport, Comment, Count, EntityReport, Figure, Happiness, Index, Mood, Place, Summary, TrendPoint,
};
use ms_print::{posters, PaperFormat, PosterPage};
use std::path::Path;
use std::process::Command;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date")
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e} (poppler-utils and zbar-tools are needed)"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(pdf: &Path) -> usize {
    let info = run(Command::new("pdfinfo").arg(pdf));
    info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|n| n.trim().parse().ok()).expect("a page count")
}

/// The codes zbarimg reads on page `page`, rendered at 150 dots per inch.
fn codes_on(pdf: &Path, page: usize) -> Vec<String> {
    let png = pdf.with_extension(format!("{page}"));
    run(Command::new("pdftoppm")
        .args(["-png", "-r", "150", "-singlefile", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(&png));
    let png = png.with_extension(format!("{page}.png"));
    let out = run(Command::new("zbarimg").args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"]).arg(&png));
    out.lines().map(str::to_owned).collect()
}

/// The document's text with every space and line break taken out: pdftotext
/// breaks lines where the layout did, and puts spaces between some Devanagari
/// clusters, so words are compared without them.
fn text_of(pdf: &Path) -> Text {
    let text = run(Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-"));
    Text(text.chars().filter(|c| !c.is_whitespace() && !is_direction_mark(*c)).collect())
}

/// The embeddings pdftotext wraps right-to-left runs in (U+202A to U+202E,
/// U+2066 to U+2069): its own marks, not the document's text.
fn is_direction_mark(c: char) -> bool {
    ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
}

#[derive(Debug)]
struct Text(String);

impl Text {
    fn contains(&self, words: &str) -> bool {
        self.find(words).is_some()
    }

    fn find(&self, words: &str) -> Option<usize> {
        self.0.find(&words.chars().filter(|c| !c.is_whitespace()).collect::<String>())
    }
}

fn encode(label: &str) -> String {
    label
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn page(n: usize, counter: Option<&str>) -> PosterPage {
    PosterPage {
        centre_ar: format!("مركز البرشاء {n}"),
        centre_en: format!("Al Barsha centre {n}"),
        // As the server writes them: the label percent-encoded.
        link: match counter {
            Some(c) => format!("https://ratings.example.gov/rate/cd-{n}-qr?counter={}", encode(c)),
            None => format!("https://ratings.example.gov/rate/cd-{n}-qr"),
        },
        counter: counter.map(str::to_owned),
    }
}

#[test]
fn every_format_prints_a_page_per_poster_whose_code_reads_back_as_exactly_its_link() {
    let dir = tempfile::tempdir().expect("a directory");
    let pages_in = vec![page(1, None), page(2, Some("Desk 3")), page(3, Some("مكتب ٤"))];
    for format in PaperFormat::ALL {
        let pdf = posters(format, &pages_in, today()).expect("posters");
        assert!(pdf.starts_with(b"%PDF"));
        let file = dir.path().join(format!("posters-{}.pdf", format.as_str()));
        std::fs::write(&file, &pdf).expect("write");
        assert_eq!(pages(&file), pages_in.len(), "{format:?}: a page each");
        for (i, p) in pages_in.iter().enumerate() {
            assert_eq!(codes_on(&file, i + 1), vec![p.link.clone()], "{format:?} page {}", i + 1);
        }
        let text = text_of(&file);
        for p in &pages_in {
            assert!(text.contains(&p.link), "{format:?}: the link printed in full: {text:?}");
            assert!(text.contains(&p.centre_en), "{format:?}");
        }
        assert!(text.contains("Counter: Desk 3"), "{format:?}");
    }
}

#[test]
fn a_poster_says_rate_your_visit_in_the_ten_languages_and_names_the_centre_in_arabic() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("a4.pdf");
    std::fs::write(&file, posters(PaperFormat::A4, &[page(7, None)], today()).expect("poster")).expect("write");
    let text = text_of(&file);
    // pdftotext takes the shadda of قيّم apart: the rest of the words are compared.
    for words in [
        "زيارتك",
        "Rate your visit",
        "اپنے دورے کی درجہ بندی کریں",
        "अपनी यात्रा को रेट करें",
        "Valore su visita",
        "评价您的到访",
        "Évaluez votre visite",
        "Оцените ваш визит",
        "Tashrifingizni baholang",
        "I-rate ang iyong pagbisita",
    ] {
        assert!(text.contains(words), "{words} in {text:?}");
    }
    assert!(text.contains("مركز البرشاء"), "{text:?}");
}

#[test]
fn no_pages_and_a_link_too_long_for_a_code_are_refused_in_words() {
    assert!(matches!(posters(PaperFormat::A4, &[], today()), Err(ms_print::PrintError::Empty)));
    let mut long = page(1, None);
    long.link = format!("https://x.example/{}", "a".repeat(3000));
    let e = posters(PaperFormat::A4, &[long], today()).expect_err("too long");
    assert!(e.to_string().contains("QR code"), "{e}");
}

fn figure(name: &str, percent: f64, count: u64) -> Figure {
    Figure { name: name.into(), percent, count }
}

fn centre_report(lang: &str, centre: &str) -> CentreReport {
    let trend = (1..=6)
        .map(|m| TrendPoint {
            label: format!("2026-{m:02}"),
            combined: Some(60.0 + m as f64 * 3.0),
            customer: Some(55.0 + m as f64 * 4.0),
            audit: (m != 3).then_some(70.0 + m as f64),
        })
        .collect();
    CentreReport {
        lang: lang.into(),
        centre: centre.into(),
        entity: "هيئة الوثائق المدنية".into(),
        from: NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date"),
        to: NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date"),
        summary: Summary {
            stars: Some(5),
            provisional: false,
            combined: Some(76.4),
            customer: Index { percent: Some(71.2), count: 148 },
            audit: Index { percent: Some(86.0), count: 6 },
        },
        league: Some(Place { rank: 2, of: 9 }),
        trend,
        stages: vec![figure("الاستقبال", 91.0, 6), figure("الانتظار", 64.5, 6), figure("الرسوم", 41.0, 5)],
        strengths: vec![figure("نظافة المكان", 98.0, 6)],
        improvements: vec![figure("جهاز أرقام الانتظار", 33.0, 6)],
        happiness: Happiness { happy: 100, neutral: 30, unhappy: 18 },
        reasons: vec![Count { name: "طول الانتظار".into(), count: 12 }],
        employees: vec![figure("Desk 4", 88.0, 3)],
        counters: vec![figure("Desk 3", 70.0, 40)],
        comments: vec![Comment {
            date: NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date"),
            mood: Some(Mood::Unhappy),
            text: "الانتظار طويل جدا".into(),
        }],
    }
}

#[test]
fn a_centre_report_in_arabic_keeps_the_names_in_logical_order_with_the_figures() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("report-ar.pdf");
    let pdf = ms_print::report::centre_report(&centre_report("ar", "مركز البرشاء"), today()).expect("report");
    std::fs::write(&file, pdf).expect("write");
    let text = text_of(&file);
    for words in [
        "مركز البرشاء",
        "تقرير المركز",
        "76.4%",
        "71.2%",
        "86%",
        "جهاز أرقام الانتظار",
        "الانتظار طويل جدا",
        "المرتبة 2 من 9 مراكز",
        "5 نجوم من 7",
    ] {
        assert!(text.contains(words), "{words} in {text:?}");
    }
    assert!(pages(&file) >= 2);
}

#[test]
fn a_centre_report_is_written_in_each_of_the_ten_languages() {
    let dir = tempfile::tempdir().expect("a directory");
    for (lang, title) in [
        ("en", "Centre report"),
        ("ur", "مرکز کی رپورٹ"),
        ("hi", "केंद्र रिपोर्ट"),
        ("es", "Informe del centro"),
        ("zh", "服务中心报告"),
        ("fr", "Rapport du centre"),
        ("ru", "Отчёт центра"),
        ("uz", "Markaz hisoboti"),
        ("tl", "Ulat ng sentro"),
    ] {
        let file = dir.path().join(format!("report-{lang}.pdf"));
        std::fs::write(
            &file,
            ms_print::report::centre_report(&centre_report(lang, "Al Barsha"), today()).expect("report"),
        )
        .expect("write");
        let text = text_of(&file);
        assert!(text.contains(title), "{lang}: {title} in {text:?}");
        let decimal = if matches!(lang, "fr" | "es" | "ru" | "uz") { "76,4%" } else { "76.4%" };
        assert!(text.contains(decimal), "{lang}: {decimal}");
    }
    let e = ms_print::report::centre_report(&centre_report("de", "x"), today()).expect_err("no German");
    assert!(e.to_string().contains("\"de\""), "{e}");
}

#[test]
fn an_entity_report_lists_its_centres_in_league_order_with_each_summary() {
    let dir = tempfile::tempdir().expect("a directory");
    let line = |rank: Option<u32>, name: &str, p: Option<f64>| CentreLine {
        rank,
        name: name.into(),
        summary: Summary {
            stars: p.map(|_| 4),
            provisional: false,
            combined: p,
            customer: Index { percent: p, count: 10 },
            audit: Index::default(),
        },
        strongest: p.map(|_| figure("Cleanliness", 95.0, 3)),
        weakest: p.map(|_| figure("Queue ticket machine", 35.0, 3)),
    };
    let report = EntityReport {
        lang: "en".into(),
        entity: "Civil Documents Authority".into(),
        from: NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"),
        to: NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date"),
        summary: Summary { stars: Some(4), combined: Some(68.0), ..Summary::default() },
        centres: vec![
            line(Some(1), "Al Barsha", Some(81.5)),
            line(Some(2), "Deira", Some(62.25)),
            line(None, "Hatta", None),
        ],
    };
    let file = dir.path().join("entity.pdf");
    std::fs::write(&file, ms_print::report::entity_report(&report, today()).expect("report")).expect("write");
    let text = text_of(&file);
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text:?}"));
    assert!(at("Al Barsha") < at("Deira") && at("Deira") < at("Hatta"));
    for words in ["Entity report", "81.5%", "62.3%", "Queue ticket machine"] {
        at(words);
    }
}

#[test]
#[ignore = "writes sample documents to $PRINT_SAMPLES for looking at"]
fn samples() {
    let dir = std::path::PathBuf::from(std::env::var("PRINT_SAMPLES").unwrap_or_else(|_| "/tmp/print-samples".into()));
    std::fs::create_dir_all(&dir).expect("dir");
    for format in PaperFormat::ALL {
        std::fs::write(
            dir.join(format!("poster-{}.pdf", format.as_str())),
            posters(format, &[page(1, Some("Desk 3"))], today()).expect("poster"),
        )
        .expect("write");
    }
    for lang in ["en", "ar", "hi", "zh"] {
        std::fs::write(
            dir.join(format!("report-{lang}.pdf")),
            ms_print::report::centre_report(
                &centre_report(lang, if lang == "ar" { "مركز البرشاء" } else { "Al Barsha" }),
                today(),
            )
            .expect("report"),
        )
        .expect("write");
    }
}
