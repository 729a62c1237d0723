# The wizard's screens after a save (done), the unlink question and its result, and the
# review and done screens of several accounts. Commands stay as they are.

## Done
wizard-done-title = Linked { $name }
wizard-done-title-short = Linked
wizard-done-linked = { $name } is linked and checked.
# Row labels (at most 11 characters).
wizard-done-row-profile = Profile
wizard-done-row-profiles = Profiles
wizard-done-row-token = Token
wizard-done-row-url = URL
wizard-done-row-account-id = Account ID
wizard-done-next = Next:
wizard-done-demo = Demo: add --config-dir { $dir } to these; the demo server stops with the wizard, so first run `{ $command } sandbox --port { $port }` in another terminal.
# What each command shown under "Next:" does.
wizard-done-cmd-status = check it live again
wizard-done-cmd-token = the token, for scripts
wizard-done-cmd-env = export lines for a .env
wizard-done-cmd-rust = in Rust
wizard-done-cmd-status-all = check them all live again
wizard-done-cmd-list = the profiles

## Unlink
wizard-unlink-title = Unlink { $name }
wizard-unlink-title-done = Unlinked { $name }
wizard-unlink-title-kept = { $name } not unlinked
wizard-unlink-title-short = Unlink
wizard-unlink-running-reset = Resetting the token on the server, then unlinking { $name }…
wizard-unlink-running = Unlinking { $name }…
# `enter` is the key.
wizard-unlink-back = { $enter } returns to the profiles.
wizard-unlink-question = Unlink profile { $name }: { $host } account { $account_id } ({ $account })?
# `store`: keyring or file.
wizard-unlink-leaves = Its entry leaves the config and its token leaves { $store ->
    [keyring] the OS keyring
   *[file] the file store
}. Chatwoot cannot revoke a token: it stays valid on the server unless it is reset.
# After the check box ([x]); t and Space are keys.
wizard-unlink-reset-option = also reset the token on the server (t or Space)
wizard-unlink-reset-warning = Every other integration using this token stops working at once.
wizard-unlink-no-others = No other local profile uses it.
wizard-unlink-others-get-new = Local profiles sharing it get the new token: { $names }.
wizard-unlink-others = Local profiles sharing it: { $names }.
# The keys: y, n, Esc, Enter.
wizard-unlink-keys = { $y } unlinks; { $n }, { $esc } or { $enter } keep it.
# The profile in the result's sentences: name, host, account id and name.
wizard-unlink-what = { $name } ({ $host } account { $account_id }, { $account })
wizard-unlink-not-removed = Profile { $what } was not removed: nothing was changed.
wizard-unlink-removed = Removed profile { $what } from the config.
wizard-unlink-token-deleted = Its token was deleted from { $store ->
    [keyring] the OS keyring
   *[file] the file store (tokens.toml)
}.
wizard-unlink-token-gone = Its token was already gone from { $store ->
    [keyring] the OS keyring
   *[file] the file store (tokens.toml)
}.
wizard-unlink-token-shared = Its token stays in { $store ->
    [keyring] the OS keyring
   *[file] the file store (tokens.toml)
}: { $names } still use it.
wizard-unlink-token-failed = The token could not be deleted from { $store ->
    [keyring] the OS keyring
   *[file] the file store (tokens.toml)
} ({ $error }): `chatwoot-link doctor --fix` removes it later.
wizard-unlink-default-is = The default profile is { $name }.
wizard-unlink-no-default = There is no default profile now.
wizard-unlink-rotated = The token was reset on the server first: the old one no longer works anywhere.
wizard-unlink-still-valid = The token itself stays valid on the server (Chatwoot cannot revoke it). To invalidate it, reset it in Chatwoot under Profile Settings → Access Token; every program using it then stops working.
wizard-unlink-still-used = { $count ->
    [one] Local profile { $names } still uses this token.
   *[other] Local profiles { $names } still use this token.
}

## Several accounts: review
wizard-multi-title = { $count ->
    [one] Review: { $count } profile, one token
   *[other] Review: { $count } profiles, one token
}
wizard-multi-title-short = Review
# Row labels (at most 11 characters).
wizard-multi-row-chatwoot = Chatwoot
wizard-multi-row-user = User
wizard-multi-row-token-to = Token to
wizard-multi-row-profile-to = Profile to
wizard-multi-server = { $url } (version { $version })
wizard-multi-user = { $name } <{ $email }>, user id { $id }
wizard-multi-more-below = ↓ { $count ->
    [one] { $count } more line
   *[other] { $count } more lines
}
wizard-multi-more-above = ↑ { $count ->
    [one] { $count } line above
   *[other] { $count } lines above
}
wizard-multi-more-both = ↑ { $up } above, ↓ { $down } below
wizard-multi-token-not-chosen = not chosen yet: the OS keyring is not reachable (see below)
wizard-multi-token-keyring = OS keyring, once for all of them
wizard-multi-token-file = { $path } (file store), once for all of them
wizard-multi-checking = checking…
wizard-multi-not-saved = not saved: { $why }
wizard-multi-inboxes = { $total ->
    [one] { $total } inbox
   *[other] { $total } inboxes
}, { $whatsapp } WhatsApp
# One of the notes after an account's inboxes (joined with "; ").
wizard-multi-linked-elsewhere = already linked as { $names }
wizard-multi-save-failed = Not saved: { $why }
wizard-multi-keyring-unreachable = The OS keyring is not reachable: { $reason }
# After the key Enter, what it does now.
wizard-multi-enter-renaming = keeps the typed name; Esc keeps the old one.
wizard-multi-enter-waits = waits for the checks…
wizard-multi-enter-save-all = saves the { $count } profiles; n renames the chosen one; Esc goes back.
wizard-multi-enter-save-some = saves the { $passing } that passed ({ $failing } not); n renames; Esc goes back.

## Several accounts: done
wizard-multi-done-title = { $count ->
    [one] Linked { $count } profile
   *[other] Linked { $count } profiles
}
wizard-multi-done-saved = { $name }: account { $account }, linked and checked
wizard-multi-done-not-saved = account { $account } not saved: { $why }

## Notices and the summary printed after the wizard.
wizard-multi-only-new = Several accounts are linked from a new profile (a).
# `status` and `role` are the server's words.
wizard-multi-account-inactive = Account { $id } is { $status }: it cannot be linked.
wizard-multi-not-admin = Account { $id }: the user is { $role } there; only administrators can link it.
wizard-multi-waiting = Waiting for the accounts' checks…
wizard-multi-none-passed = No marked account passed its check: nothing to save.
wizard-multi-summary-linked = Linked { $name }: { $host } account { $account_id }
wizard-multi-interrupted = interrupted after the save had finished: { $names } are linked
wizard-unlink-kept = Kept { $name }: nothing was changed.
wizard-unlink-summary = Unlinked { $name }: { $host } account { $account_id }

## Where the token went (done screens) and save errors.
wizard-done-place-keyring = OS keyring → "{ $label }"
wizard-done-place-file = { $path } (file store, mode 0600)
wizard-done-save-failed = profile { $name }: { $error }
wizard-multi-nothing-saved = nothing was saved: { $error }
wizard-multi-place-keyring = OS keyring, one entry shared by the { $count } profiles
wizard-multi-place-file = { $path } (file store, mode 0600), once for the { $count } profiles
wizard-multi-marked = { $count } accounts marked: Enter reviews them, one profile each.
