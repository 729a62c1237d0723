# The check messages' remedies as the wizard words them: its own keys and fields, where the
# command line names flags (network-remedy-*).
wizard-checks-remedy-trust-cert = press Ctrl-G to see it and trust it
wizard-checks-remedy-trust-new-cert = trust the new one with `chatwoot-link edit <profile> --ca-cert FILE`
wizard-checks-remedy-more-time = press Ctrl-L to check again if the server is just slow
wizard-checks-remedy-use-url = type { $url } as the URL
wizard-checks-remedy-use-url-http = type { $url } as the URL, then Ctrl-O
wizard-checks-remedy-allow-http = press Ctrl-O if you accept that
# Short enough for the line under the URL field at 80 columns; the help panel spells out the
# risk next to the key.
wizard-checks-insecure-http = plain http sends the token in clear: use https, or Ctrl-O
