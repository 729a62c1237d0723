# Palabras comunes a todas las áreas (ver i18n/GLOSSARY.md).
-chatwoot = Chatwoot
-profile = vínculo
-token = token de acceso
-inbox = bandeja de entrada
-account-id = ID de Cuenta

lang-name = español
lang-unknown = CHATWOOT_LINK_LANG={ $given } no es un idioma que chatwoot-link hable (en, es, pt-BR); se usa { $fallback }.
count-inboxes = { $count ->
    [one] { $count } bandeja de entrada
   *[other] { $count } bandejas de entrada
}

# Text that is not ours (an OS or parser detail), shown as it is.
verbatim = { $text }

# A date and time (i18n::when); zone is an abbreviation such as UTC or -03.
date-minute = { $day }/{ $month }/{ $year } { $hour }:{ $minute } { $zone }
date-second = { $day }/{ $month }/{ $year } { $hour }:{ $minute }:{ $second } { $zone }
