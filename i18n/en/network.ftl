# chatwoot::Error: why a Chatwoot request failed, and what to do. A `$remedy` is worded by
# the face that shows the message (a command-line flag, or a wizard key): see network-remedy-*.
network-dns = the host name { $host } does not resolve: check the spelling of the URL
network-refused = nothing answers at { $host }: check the host and port, and that Chatwoot is running
network-tls = the TLS handshake with { $host } failed ({ $detail }): check that this port serves https, and the server's TLS setup
network-tls-not-tls = { $host } does not speak TLS on that port (it answered, but not with a TLS handshake): use the port that serves https, or http:// if this server has no TLS
# `presented`: network-presented, or nothing.
network-tls-untrusted = the certificate of { $host } is not signed by an authority this computer trusts{ $presented }: if it is your server's own certificate or its private CA, { $remedy }, or add the CA to the system store (or SSL_CERT_FILE)
network-presented = { " " }({ $summary })
network-tls-expired = the certificate of { $host } expired: renew it on the server (certbot renew, or a new certificate), then try again
network-tls-expired-on = the certificate of { $host } expired on { $day }: renew it on the server (certbot renew, or a new certificate), then try again
network-tls-not-yet = the certificate of { $host } is not valid yet: check the clock of this computer and of the server
network-tls-not-yet-before = the certificate of { $host } is not valid yet (not before { $day }): check the clock of this computer and of the server
network-tls-wrong-name = the certificate of { $host } is for { $names }, not { $name }: use a URL with a name it covers, or have it reissued with { $name } in its subjectAltName
network-tls-changed = the certificate of { $host } is not the one this profile trusts (the server now shows SHA-256 { $presented }): if it was replaced on purpose, { $remedy }; if not, someone may be intercepting the connection
network-proxy-unreachable = the proxy { $proxy } does not answer: check that it runs, or let { $host } bypass it with NO_PROXY
network-proxy-auth = the proxy { $proxy } wants a login (407): put it in the variable as http://user:password@host:port, or let { $host } bypass the proxy with NO_PROXY
network-timeout = { $host } did not answer (or finish answering) within { $secs } s: check the URL, or { $remedy }
network-failed = the connection to { $host } failed ({ $detail }): check the network and try again
network-detail-connect = could not connect
network-detail-cut-off = the answer was cut off
network-detail-incomplete = the request could not be completed
network-detail-through = { $detail }, through the proxy { $proxy }
network-detail-tunnel = the proxy { $proxy } refused to open a tunnel to { $host }
network-redirect-https = the server redirects to https: use { $https_url }
network-redirect-other-host = the server redirects to another host ({ $target }); the token was not sent there: if that is really your Chatwoot, { $remedy }
network-redirect = the server answers { $path } with a redirect: use the URL of the Chatwoot root
network-not-chatwoot = this URL does not answer like a Chatwoot root (GET /api gave no version): use the address you open the dashboard at, without a path
network-dashboard-url = a dashboard route answered (406): use only the scheme and host of the dashboard URL
network-token-invalid = the token is not valid (wrong, or reset): copy it again from Profile Settings → Access Token
network-token-header-missing = the token header did not reach Chatwoot: a proxy in front of it drops it (let it pass the Api-Access-Token header), or the URL points at something else
network-token-not-user = this is an agent-bot or platform-app token, not a user's: use the token from Profile Settings → Access Token
network-rate-limited = the server is rate limiting requests (429): wait a minute and try again
network-server-error = the server failed (HTTP { $status }): try again later, or ask its administrator
network-malformed = the server's answer is not the JSON Chatwoot sends (cut short, or another service answers at this URL): check the URL, then try again
network-too-large-mib = the server's answer is larger than { $size } MiB, more than Chatwoot ever sends: check that the URL points at your Chatwoot
network-too-large-kib = the server's answer is larger than { $size } KiB, more than Chatwoot ever sends: check that the URL points at your Chatwoot
network-too-large-bytes = the server's answer is larger than { $size } bytes, more than Chatwoot ever sends: check that the URL points at your Chatwoot
network-unexpected-status = the server answered HTTP { $status }, which Chatwoot does not send here: check that the URL points at your Chatwoot
network-not-member = the account does not exist or the token's user is not a member of it (404): use the number in /app/accounts/<id>/ of the dashboard URL
network-account-suspended = the account is suspended: ask the installation's administrator to reactivate it
network-account-forbidden = the token's user may not access this account: use the token of one of its administrators
network-action-forbidden = Chatwoot refused this action to the token's user (401 'not authorized'): use an administrator's token
network-health-missing = this server has no number-health endpoint (404: Chatwoot from before September 2025): upgrade Chatwoot to see the number's status and quality here
network-inbox-not-found = the inbox no longer exists (404): choose another inbox
network-health-not-supported = number health exists only for WhatsApp Cloud API inboxes (400)
network-meta-token = Meta refused the inbox's access token (expired or revoked): reconnect the inbox in Chatwoot under Settings → Inboxes → the inbox → Configuration
network-meta-refused = Meta's Graph API refused the health request (422): check the number in WhatsApp Manager, then try again

# Remedies as the command line words them (the wizard words them in wizard-checks.ftl).
network-remedy-trust-cert = trust it with --ca-cert FILE
network-remedy-trust-new-cert = trust the new one with `chatwoot-link edit <profile> --ca-cert FILE`
network-remedy-more-time = raise --timeout if the server is just slow
network-remedy-use-url = use --url { $url }
network-remedy-use-url-http = use --url { $url } --allow-http
network-remedy-allow-http = pass --allow-http if you accept that
network-detail-task-ended = the request task ended unexpectedly

network-nothing = { "" }
network-cert-self-signed = { $subject }, self-signed, valid { $from } to { $to }, SHA-256 { $sha256 }
network-cert-issued = { $subject }, issued by { $issuer }, valid { $from } to { $to }, SHA-256 { $sha256 }
network-cert-none = it holds no certificate (expected PEM with BEGIN CERTIFICATE, or DER)
network-cert-private-key = it holds a private key, not a certificate: never hand the key out; use the .crt/.pem
network-cert-unparsable = its certificate cannot be parsed ({ $why })
# `proxy`: "http://proxy.example:3128 (HTTPS_PROXY)"; `reason`: network-proxy-* below.
network-proxy-invalid = the environment variable { $variable } is not a usable proxy ({ $reason }): set it to http://host:port, or unset it
network-proxy-not-url = not a URL
network-proxy-socks = SOCKS proxies are not supported: use an HTTP proxy
network-proxy-scheme = the scheme must be http:// or https://
network-proxy-no-host = no host name
network-proxy-path = a proxy URL has no path
network-client = cannot set up the HTTP client: { $detail }
# $error: rustls-platform-verifier's own words.
network-system-store = cannot load the system's certificate store: { $error }
