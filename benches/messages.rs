//! What speaking a language costs: parsing a language's messages the first time one is
//! shown (once per process), and wording a message after that (every label of every
//! frame goes through it). Run: `cargo bench --bench messages`.

use std::time::{Duration, Instant};

use chatwoot_link::i18n::{Lang, msg};

const ROUNDS: u32 = 20_000;

fn main() {
    println!("messages: {ROUNDS} rounds each, after the first use");
    for lang in Lang::ALL {
        // The first message of a language parses all of its files.
        let start = Instant::now();
        let first = msg!(lang_name).in_lang(lang);
        let parse = start.elapsed();
        let plain = per_message(|| msg!(lang_name).in_lang(lang));
        let plural = per_message(|| msg!(count_inboxes, count = 3_usize).in_lang(lang));
        let nested = per_message(|| {
            msg!(lang_unknown, given = "fr", fallback = msg!(lang_name)).in_lang(lang)
        });
        println!(
            "  {:<6} first use (parse) {:>7.2} ms   plain {:>5.2} µs   plural {:>5.2} µs   nested {:>5.2} µs   ({first})",
            lang.code(),
            ms(parse),
            us(plain),
            us(plural),
            us(nested),
        );
    }
}

fn per_message(mut f: impl FnMut() -> String) -> Duration {
    let start = Instant::now();
    let mut bytes = 0;
    for _ in 0..ROUNDS {
        bytes += std::hint::black_box(f()).len();
    }
    assert!(bytes > 0);
    start.elapsed() / ROUNDS
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
