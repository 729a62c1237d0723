# The command line's human output (never --json, env/token output or log lines).
# Kept word for word as the English the tests and docs quote.

# Before every failure on stderr.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-no-runtime = cannot start the async runtime: { $error }
cli-keyring-other-ways = { $error }; without a keyring, save with --insecure-storage (tokens.toml, plain text, mode 0600) or give the token as a systemd credential (docs/server.md)
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

## remove.rs (unlink)
cli-unlink-what = profile { $name } ({ $host } account { $account_id }, { $account_name })
cli-unlink-ask = Unlink { $what }?
cli-unlink-ask-rotate = Unlink { $what } and reset its token on the server? Every other program using that token stops working.
cli-unlink-ask-rotate-sharing = Unlink { $what } and reset its token on the server? Every other program using that token stops working (local profiles { $names } get the new one).
cli-unlink-remains = profile { $name } was unlinked (removed from the config), but its token remains in { $place } (entry { $key }): { $error }. Once that is fixed, `chatwoot-link doctor --fix` deletes it (it is an orphan of this config dir now)
cli-unlink-remains-by-hand = profile { $name } was unlinked (removed from the config), but its token remains in { $place } (entry { $key }): { $error }. Once that is fixed, `chatwoot-link doctor --fix` deletes it (it is an orphan of this config dir now), or by hand: `{ $command }`
cli-unlinked = unlinked { $what }: removed from the config
cli-unlink-token-deleted = its token was deleted from { $place }
cli-unlink-token-gone = its token was already gone from { $place }
cli-unlink-token-shared = its token stays in { $place }: { $names } still use it (linked together, they share it)
cli-unlink-rotated = the token was reset on the server first: the old one no longer works anywhere
cli-unlink-still-valid = the token itself stays valid on the server (Chatwoot cannot revoke it): to invalidate it, reset it in Chatwoot under Profile Settings → Access Token (every program using it then stops working)
cli-unlink-others = { $count ->
    [one] local profile { $names } still uses this token
   *[other] local profiles { $names } still use this token
}
cli-default-is = the default profile is { $name }
cli-no-default = there is no default profile now

## rotate.rs
cli-rotate-ask = Reset the API access token of { $user } on { $host }? The current token stops working at once for every program using it; the new one is stored for: { $names }.
cli-rotate-sharing = profiles sharing this token (same URL and user): { $names }
cli-rotate-done = the token of { $user } on { $host } was reset on the server; the new one is stored for { $names } (never printed). The old token no longer works: update any other program that used it.

## rename.rs, default.rs
cli-renamed = Renamed { $old } to { $new }.
cli-default-now = { $name } is the default profile now.

## linked.rs
cli-ca-cert-unreadable = cannot read --ca-cert { $file }: { $error }
cli-ca-cert-untrusted = --ca-cert { $file } cannot be trusted: { $error }. Save the server's certificate (or its CA) as PEM, e.g. with `openssl s_client -connect HOST:443 -showcerts`
cli-confirm-needs-terminal = { $command } needs a confirmation and there is no terminal to ask on: pass --yes
# After a confirmation question; the answers stay y/yes (also accepted: the words of cli-confirm-yes).
cli-confirm-suffix = [y/N]
# Lower-case answers that mean yes, separated by |, besides y and yes.
cli-confirm-yes = y|yes
cli-cancelled = cancelled; nothing was changed
cli-exposed = { $problem }; nothing is saved there until then


## list.rs
cli-list-empty = No profiles in { $dir } yet: add one with `chatwoot-link add` or run `chatwoot-link`.
cli-list-name = NAME
cli-list-url = URL
cli-list-account = ACCOUNT
cli-list-email = EMAIL
cli-list-token = TOKEN
cli-list-verified = VERIFIED
# `file` is the value of the TOKEN column (a config value, never translated).
cli-list-file-note = TOKEN "file": kept in plain text in { $path } (mode 0600), not in the keyring.
cli-account-cell = { $account_id } ({ $account_name })

## show.rs (labels padded to the longest)
cli-show-profile = profile
cli-show-url = url
cli-show-email = email
cli-show-account = account
cli-show-user = user
cli-show-server = server
cli-show-inboxes = inboxes
cli-show-verified = verified
cli-show-token = token
cli-show-id = id
cli-show-name-default = { $name } (default)
cli-show-user-value = { $name } (id { $id }, { $role })
cli-show-no-inboxes = none chosen
cli-show-token-keyring = in the OS keyring (service { $service }, username { $username })
cli-show-token-file = in plain text in { $path } (file store)

## status.rs
cli-status-empty = no profiles yet: link one with `chatwoot-link add` (see --help)
cli-status-interrupted = interrupted; the profiles checked so far are listed above
cli-status-not-recorded = the checks ran, but verified_at could not be recorded: { $error }
cli-status-token-unreadable = cannot read the token: { $error }
# host, then the account, then what the checks said.
cli-status-line = { $host }  account { $account_id }  { $message }
cli-status-summary = { $total ->
    [one] 1 profile
   *[other] { $total } profiles
}: { $passed } passed{ $warned ->
    [0] {""}
   *[other] {" "}({ $warned } with warnings)
}{ $failed ->
    [0] {""}
   *[other] , { $failed } failed
}

## token.rs, env.rs
cli-using-profile-env = using profile { $name } (named by { $variable }; { $count } profiles: name one to pick another)
cli-using-profile-default = using profile { $name } (the default; { $count } profiles: name one to pick another)

## log.rs (--verbose; the log itself stays English)
cli-log-no-dir = --verbose: no log is written: { $error }
cli-log-cannot-write = --verbose: cannot write { $path }: { $error }; continuing without a log

## sandbox.rs (names, emails and tokens are the sandbox's demo data)
cli-sandbox-scenarios-heading = Scenarios (repeat --scenario to combine):
cli-sandbox-unknown-scenario = unknown scenario `{ $name }`
    { $list }
cli-sandbox-port-in-use = port { $port } is in use: pick another with --port (or --port 0 for any free port)
cli-sandbox-port-privileged = port { $port } needs privileges: pick one above 1023 with --port
cli-sandbox-cannot-listen = cannot listen on 127.0.0.1:{ $port }: { $error }
cli-sandbox-listening = Chatwoot sandbox { $version } listening on { $url }
cli-sandbox-latency = latency: { $ms } ms on every answer
cli-sandbox-scenarios = scenarios: { $names }
cli-sandbox-users = Demo users (tokens are public demo values, valid only here):
cli-sandbox-acme = administrator, active, WhatsApp + Twilio WhatsApp + web widget
cli-sandbox-beta = agent, active
cli-sandbox-oldco = administrator, suspended
cli-sandbox-solo = administrator, active, no WhatsApp inbox
cli-sandbox-agency = accounts 1, 4 administrator (active), 3 administrator (suspended), 2 agent
cli-sandbox-bot-token = agent bot token
cli-sandbox-platform-token = platform app token
cli-sandbox-try = Try, in another terminal:
cli-sandbox-stop-hint = Ctrl-C stops the sandbox.
cli-sandbox-stopped = sandbox stopped
cli-sandbox-account = account { $id }

## main/wizard.rs (the binary opening the wizard)
cli-wizard-needs-terminal = the wizard needs a terminal: in scripts use `chatwoot-link add` (check and save) or `chatwoot-link check` (check only); see --help
cli-wizard-terminal-failed = the terminal failed ({ $error }): use `chatwoot-link add` instead (see --help)
cli-demo-sandbox-failed = cannot start the demo sandbox on 127.0.0.1: { $error }
cli-demo-no-data-dir = cannot find a data directory for this user (is HOME set?)
cli-demo-cannot-empty = cannot empty the demo directory { $dir }: { $error }

## check.rs: check results the command line makes (for when CheckUpdate carries a Msg;
## until then these lines are English in both human output and --json).
cli-check-missing-token = no token given: pipe it to --token-stdin or set CHATWOOT_LINK_TOKEN (Profile Settings → Access Token in Chatwoot)
cli-check-not-sent-input = not checked: nothing was sent because an input is wrong
cli-check-interrupted = not checked: interrupted
cli-check-no-client = not checked: the HTTP client could not be set up
cli-check-token-interrupted = not checked: interrupted while the token was read
cli-check-token-unreadable = not checked: the token could not be read

# `man` and `completions` could not write to stdout; $error is the system's.
cli-man-write-failed = cannot write the man page to stdout: { $error }
cli-completions-write-failed = cannot write the completions to stdout: { $error }
