checks-checking-url = asking the server (GET /api)…
checks-checking-token = asking who owns the token (GET /api/v1/profile)…
checks-checking-email = waiting for the token's profile…
checks-checking-account = waiting for the token's accounts…
checks-checking-inboxes = listing the inboxes (GET /api/v1/accounts/<id>/inboxes)…
checks-checking-operations = asking for webhooks and conversations (GET …/webhooks, …/conversations/meta)…
checks-checking-whatsapp = checking the WhatsApp inboxes and their numbers' health…
checks-skipped-needs-url = not checked: the URL check failed
checks-skipped-needs-token = not checked: the token check failed
checks-skipped-needs-account = not checked: the account check failed
checks-skipped-needs-inboxes = not checked: the inboxes check failed
checks-not-checked = not checked
checks-skipped-url-unusable = not checked: the URL is not usable
checks-skipped-no-token = no token given: copy it from Profile Settings → Access Token
checks-skipped-no-email = no email given
checks-skipped-no-account-id-where = no Account ID given: it is the number in /app/accounts/<id>/ of the dashboard URL
checks-skipped-no-account-id = no Account ID given
checks-skipped-account-id-unusable = not checked: the Account ID is not usable
checks-skipped-needs-valid-token = not checked: needs a valid token
checks-skipped-input-wrong = not checked: nothing was sent because an input is wrong
# `error`: the failed handshake (network-tls-not-tls).
checks-url-assumed-https = { $error }; no scheme was given, so https was tried: if the server speaks plain http, { $remedy }
checks-url-degraded = Chatwoot { $version } at { $origin }, but it reports its Redis or database failing: later requests may fail; ask its administrator to check them
checks-url-degraded-warning = Chatwoot at { $origin } reports Redis or Postgres failing (GET /api)
checks-url-ok = Chatwoot { $version } at { $origin }
checks-url-too-old = Chatwoot { $version } is older than 4.3.0: the token cannot be rotated from here (revoking only unlinks)
checks-token-ok = valid: the token of { $name } <{ $email }> (user { $id })
checks-email-ok = { $email } owns the token
checks-email-mismatch = the token belongs to { $name } <{ $email }>, not { $given }: use { $given }'s token (Profile Settings → Access Token) or enter { $email }
# `accounts`: checks-accounts-none or checks-accounts-list.
checks-account-not-member = { $name } is not a member of account { $account_id }; { $accounts }: use the number in /app/accounts/<id>/ of the dashboard URL
checks-accounts-none = the token's user belongs to no account
# `list`: "7 (Acme), 9 (Shop)".
checks-accounts-list = the token reaches { $list }
checks-account-suspended = account { $account_id } ({ $account }) is suspended: ask the installation's administrator to reactivate it
checks-account-not-admin-none = { $name } is a member without a role in account { $account_id } ({ $account }), not an administrator: use an administrator's token, or ask an administrator of that account to promote { $name }
checks-account-not-admin-agent = { $name } is an agent in account { $account_id } ({ $account }), not an administrator: use an administrator's token, or ask an administrator of that account to promote { $name }
checks-account-not-admin-role = { $name } is '{ $role }' in account { $account_id } ({ $account }), not an administrator: use an administrator's token, or ask an administrator of that account to promote { $name }
checks-account-ok = { $account } (account { $account_id }): administrator, active
checks-inboxes-no-whatsapp = { $total ->
    [one] none of the { $total } inbox in account { $account_id } is a WhatsApp inbox: add one under Settings → Inboxes, or check the Account ID
   *[other] none of the { $total } inboxes in account { $account_id } is a WhatsApp inbox: add one under Settings → Inboxes, or check the Account ID
}
# `names`: the WhatsApp inboxes, "Support (+15550001111), Sales".
checks-inboxes-ok = { $total ->
    [one] { $total } inbox, { $whatsapp } WhatsApp: { $names }
   *[other] { $total } inboxes, { $whatsapp } WhatsApp: { $names }
}
checks-email-invalid = { $given } is not an email address: enter the Master User's login email
checks-account-id-invalid = { $given } is not an Account ID: use the number in /app/accounts/<id>/ of the dashboard URL
checks-account-id-mismatch = the Account ID { $id } differs from the { $hint } in the dashboard URL; { $id } is used
checks-account-id-from-url = the Account ID { $id } was taken from the dashboard URL

# URL rules (checks::url).
checks-url-empty = enter the Chatwoot URL: the address you open the dashboard at, e.g. https://app.chatwoot.com
checks-url-invalid = not a URL ({ $reason }): enter the address you open the dashboard at, e.g. https://chat.example.com
checks-url-no-host = no host name
checks-url-scheme = the URL must start with https:// (or http:// for local testing), not { $scheme }://
checks-url-insecure = plain http to { $origin } would send the token in clear: use https, or { $remedy }
checks-url-insecure-proxied = plain http to { $origin } goes through the proxy { $proxy }, so the token would cross the network in clear: use https, let the host bypass the proxy with NO_PROXY, or { $remedy }
checks-url-path-ignored = the path of the URL was dropped: Chatwoot runs at the root of its host, so { $origin } is used
checks-url-http-allowed-proxied = plain http to { $origin } through the proxy { $proxy } (--allow-http): the token crosses the network in clear
checks-url-http-loopback = plain http to { $origin }: fine for local testing, use https for a real server
checks-url-http-allowed = plain http to { $origin } (--allow-http): the token crosses the network in clear
# The same warnings where the face asked for the consent itself (the wizard's key).
checks-url-http-allowed-consented = plain http to { $origin }: the token crosses the network in clear
checks-url-http-allowed-proxied-consented = plain http to { $origin } through the proxy { $proxy }: the token crosses the network in clear

