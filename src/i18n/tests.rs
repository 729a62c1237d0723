use super::*;

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

#[test]
fn the_flag_wins_then_the_variable_then_the_locale() {
    let all = env(&[("CHATWOOT_LINK_LANG", "pt-BR"), ("LANG", "es_MX.UTF-8")]);
    assert_eq!(from_environment(Some(Lang::Es), &all), (Lang::Es, None));
    assert_eq!(from_environment(None, &all), (Lang::PtBr, None));
    assert_eq!(
        from_environment(None, env(&[("LANG", "es_MX.UTF-8")])),
        (Lang::Es, None)
    );
    assert_eq!(from_environment(None, env(&[])), (Lang::En, None));
}

#[test]
fn the_locale_is_lc_all_then_lc_messages_then_lang_skipping_empty_ones() {
    let e = env(&[
        ("LC_ALL", ""),
        ("LC_MESSAGES", "pt_PT.UTF-8"),
        ("LANG", "es_ES"),
    ]);
    assert_eq!(from_environment(None, e).0, Lang::PtBr);
    let e = env(&[("LC_ALL", "C"), ("LANG", "es_ES")]);
    assert_eq!(from_environment(None, e).0, Lang::En, "LC_ALL=C is English");
    for (locale, lang) in [
        ("es", Lang::Es),
        ("es_AR.utf8", Lang::Es),
        ("pt_BR.UTF-8", Lang::PtBr),
        ("pt", Lang::PtBr),
        ("POSIX", Lang::En),
        ("de_DE@euro", Lang::En),
        ("est_EE", Lang::En),
    ] {
        assert_eq!(Lang::of_locale(locale), lang, "{locale}");
    }
}

#[test]
fn an_unknown_chatwoot_link_lang_is_reported_and_the_locale_used() {
    let e = env(&[("CHATWOOT_LINK_LANG", "fr"), ("LANG", "es_CL.UTF-8")]);
    let (lang, problem) = from_environment(None, e);
    assert_eq!(lang, Lang::Es);
    assert_eq!(problem, Some(LangError("fr".into())));
}

#[test]
fn lang_codes_parse_in_any_case() {
    for (s, lang) in [
        ("en", Lang::En),
        ("ES", Lang::Es),
        ("pt-br", Lang::PtBr),
        ("pt_BR", Lang::PtBr),
    ] {
        assert_eq!(s.parse::<Lang>(), Ok(lang));
    }
    assert!("english".parse::<Lang>().is_err());
    for lang in Lang::ALL {
        assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        assert_eq!(Lang::from_index(lang as u8), lang);
    }
}

#[test]
fn a_thread_can_speak_another_language_for_a_while() {
    let m = msg!(lang_name);
    let before = m.to_string();
    let inside = with_language(Lang::Es, || m.to_string());
    assert_eq!(inside, "español");
    assert_eq!(m.to_string(), before);
    assert_eq!(m.english(), "English");
    assert_eq!(m.in_lang(Lang::PtBr), "português (Brasil)");
}

#[test]
fn numbers_choose_the_plural_form_and_nested_messages_share_the_language() {
    let one = msg!(count_inboxes, count = 1_usize);
    let three = msg!(count_inboxes, count = 3_usize);
    assert_eq!(one.english(), "1 inbox");
    assert_eq!(three.in_lang(Lang::PtBr), "3 caixas de entrada");
    assert_eq!(one.in_lang(Lang::Es), "1 bandeja de entrada");
    let outer = msg!(lang_unknown, given = "fr", fallback = msg!(lang_name));
    assert!(
        outer.in_lang(Lang::Es).contains("español"),
        "{}",
        outer.in_lang(Lang::Es)
    );
}

#[test]
fn json_and_debug_carry_english() {
    let m = msg!(count_inboxes, count = 3_usize);
    let json = serde_json::to_string(&m).expect("serialise");
    assert_eq!(json, "\"3 inboxes\"");
    let debug = with_language(Lang::Es, || format!("{m:?}"));
    assert_eq!(debug, "\"3 inboxes\"");
}
