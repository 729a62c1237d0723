# Palavras comuns a todas as áreas (ver i18n/GLOSSARY.md).
-chatwoot = Chatwoot
-profile = vínculo
-token = token de acesso
-inbox = caixa de entrada
-account-id = ID da Conta

lang-name = português (Brasil)
lang-unknown = CHATWOOT_LINK_LANG={ $given } não é um idioma que o chatwoot-link fala (en, es, pt-BR); usando { $fallback }.
count-inboxes = { $count ->
    [one] { $count } caixa de entrada
   *[other] { $count } caixas de entrada
}

# Text that is not ours (an OS or parser detail), shown as it is.
verbatim = { $text }

# A date and time (i18n::when); zone is an abbreviation such as UTC or -03.
date-minute = { $day }/{ $month }/{ $year } { $hour }:{ $minute } { $zone }
date-second = { $day }/{ $month }/{ $year } { $hour }:{ $minute }:{ $second } { $zone }
