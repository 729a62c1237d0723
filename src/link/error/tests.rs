//! A use case's failure nests the store's message in the same language.

use super::*;
use crate::i18n::Lang;
use crate::store::KeyringError;

#[test]
fn a_failed_reset_speaks_one_language_throughout() {
    let e = LinkError::ConfigNotWritable {
        source: KeyringError::Timeout { secs: 5 }.into(),
    };
    assert_eq!(
        e.msg().english(),
        "the server was not asked to reset the token, because the result could not be saved: \
         the keyring did not answer within 5 s: an unlock prompt may be open on the desktop; \
         answer it and try again. Nothing was changed"
    );
    let es = e.msg().in_lang(Lang::Es);
    assert!(
        es.starts_with("no se le pidió al servidor que restableciera el token"),
        "{es}"
    );
    assert!(
        es.contains("el llavero del sistema no respondió en 5 s"),
        "{es}"
    );
    let pt = e.msg().in_lang(Lang::PtBr);
    assert!(
        pt.contains("o chaveiro do sistema não respondeu em 5 s"),
        "{pt}"
    );
    assert!(pt.ends_with("Nada foi alterado"), "{pt}");
}

#[test]
fn rotation_unsupported_points_at_chatwoots_own_labels() {
    let e = LinkError::RotationUnsupported {
        name: "acme".to_owned(),
    };
    assert!(
        e.msg()
            .in_lang(Lang::Es)
            .contains("Ajustes del perfil → Token de acceso")
    );
    assert!(
        e.msg()
            .in_lang(Lang::PtBr)
            .contains("Configurações do Perfil → Token de acesso")
    );
    // A face's own wording of the store error is kept as it gives it.
    let e = LinkError::Store(StoreError::NoDefault);
    assert_eq!(e.render(&|_| Msg::verbatim("custom")).english(), "custom");
}
