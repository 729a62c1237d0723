# The command line's human output (never --json, env/token output or log lines).
# Kept word for word as the English the tests and docs quote.

## failure.rs, main.rs
# Text worded by a lower layer (its errors), shown as it is.
cli-text = { $text }
# Before every failure on stderr.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-no-runtime = cannot start the async runtime: { $error }
cli-keyring-other-ways = { $error }; without a keyring, save with --insecure-storage (tokens.toml, plain text, mode 0600) or give the token as a systemd credential (docs/server.md)
cli-place-keyring = the OS keyring
cli-place-file = tokens.toml (plain text, 0600)
cli-no-command = no command given and no wizard here: use `chatwoot-link add` or `check`
cli-no-sandbox = this build has no sandbox (built without the `sandbox` feature)

## output.rs: the summary after the checks (labels padded to the longest)
cli-label-user = user:
cli-label-account = account:
cli-label-server = server:
cli-label-inboxes = inboxes:
cli-label-whatsapp = whatsapp:
cli-label-warnings = warnings:
cli-summary-user = { $name } <{ $email }> (id { $id })
# role and status are the server's words (administrator, active).
cli-summary-account = { $name } (id { $id }), { $role }, { $status }
cli-summary-server = Chatwoot { $version }
cli-summary-inboxes = { $total } visible, { $whatsapp } WhatsApp
# said: the server's codes (CONNECTED, GREEN) or cli-inbox-ready; channel: cloud, 360dialog, twilio.
cli-summary-inbox = { $name } (inbox { $id }, { $channel }{ $chosen ->
    [yes] , chosen
   *[no] {""}
}): { $said }
cli-inbox-ready = ready
cli-all-passed = all checks passed
cli-checks-failed = { $count ->
    [one] 1 check failed
   *[other] { $count } checks failed
}

## check.rs
cli-local-failure = { $check }: { $message } (nothing was sent)
cli-interrupted-nothing-checked = interrupted; nothing was checked or saved
cli-interrupted-nothing-saved = interrupted; nothing was saved
cli-proxy-unsent = { $error } (nothing was sent)
cli-tls-store-unsent = { $error }: check the system's TLS certificate store (nothing was sent)
cli-token-prompt = API access token (input hidden):
cli-token-stdin-error = cannot read the token from stdin ({ $error }): pipe the token as one line of text
cli-token-stdin-failed = cannot read the token from stdin: pipe the token as one line of text

## add.rs, add_many.rs, edit.rs
cli-add-name-one = --name names one profile: with several --account-id, each profile is named from its account's name (leave out --name)
cli-no-token = no token given: pipe it with --token-stdin
cli-add-needs-account = add needs --account-id (the number in /app/accounts/<id>/ of the dashboard URL), a dashboard URL that carries it, or --all-admin-accounts
cli-add-needs-account-short = add needs --account-id, a dashboard URL that carries it, or --all-admin-accounts
cli-account-id-invalid = --account-id { $given } is not a positive whole number (the number in /app/accounts/<id>/ of the dashboard URL)
cli-nothing-saved-fix = nothing was saved: fix what failed and run the command again
cli-save-failed = every check passed, but the profile could not be saved: { $error }. Nothing was saved
cli-save-failed-tried = every check passed, but the profile could not be saved (tried { $place }: { $describe }): { $error }. Nothing was saved
cli-saved = saved profile { $name }: { $host } account { $account_id } ({ $account_name }), token in { $place }
cli-saved-default = saved profile { $name } (the default profile): { $host } account { $account_id } ({ $account_name }), token in { $place }
cli-many-save-failed = the accounts were checked, but the profiles could not be saved (tried { $place }): { $error }. Nothing was saved
cli-many-account = account { $account_id }
cli-many-account-named = account { $account_id } ({ $account_name })
# what: cli-many-account(-named); message: why (from the link layer).
cli-many-result = { $what }: { $message }
cli-many-not-linked = { $what }: not linked: { $message }
cli-many-none-linked = { $chosen ->
    [one] linked 0 of 1 account: nothing was saved
   *[other] linked 0 of { $chosen } accounts: nothing was saved
}
cli-many-linked = { $chosen ->
    [one] linked { $saved } of 1 account; the token is stored once, in { $place }, for { $names }
   *[other] linked { $saved } of { $chosen } accounts; the token is stored once, in { $place }, for { $names }
}
cli-edit-nothing = nothing to change: pass --url, --email, --account-id, --token-stdin, --inbox, --no-inbox, --ca-cert, --no-ca-cert or --name (on a terminal, `chatwoot-link edit NAME` alone opens the wizard)
cli-edit-stdin-empty = --token-stdin was given but stdin was empty: pipe the new token in, or leave the flag out to keep the stored token
cli-edit-token-unreadable = cannot read the stored token of { $name }, needed to re-check the profile: { $error }
