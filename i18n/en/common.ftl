# Words used across areas. Terms (-name) keep one word per idea in each language;
# they follow Chatwoot's own dashboard where it has one.
-chatwoot = Chatwoot
-profile = profile
-token = access token
-inbox = inbox
-account-id = Account ID

# The name of the language, in itself.
lang-name = English
# CHATWOOT_LINK_LANG names a language we do not have; `fallback` is lang-name.
lang-unknown = CHATWOOT_LINK_LANG={ $given } is not a language chatwoot-link speaks (en, es, pt-BR); using { $fallback }.
count-inboxes = { $count ->
    [one] { $count } inbox
   *[other] { $count } inboxes
}

# Text that is not ours (an OS or parser detail), shown as it is.
verbatim = { $text }

# A date and time (i18n::when); zone is an abbreviation such as UTC or -03.
date-minute = { $year }-{ $month }-{ $day } { $hour }:{ $minute } { $zone }
date-second = { $year }-{ $month }-{ $day } { $hour }:{ $minute }:{ $second } { $zone }
