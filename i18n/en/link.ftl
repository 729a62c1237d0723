# The use cases' failures (src/link). $cause is a whole sentence from the store or the
# server, already in the same language. Commands and flags are never translated.

link-token-unreadable = cannot read the token of { $name }: { $cause }. Nothing was changed; the server was not contacted
link-config-not-writable = the server was not asked to reset the token, because the result could not be saved: { $cause }. Nothing was changed
# $place is link-place-keyring or link-place-file; $describe is the backend's own description.
link-secrets-not-writable = the new token could not be stored in { $place } ({ $describe }), so the server was not asked to reset it; nothing was changed: { $cause }
link-stored-url = the stored URL of { $name } is not usable ({ $detail }): fix it with `chatwoot-link edit { $name } --url URL`
link-rotation-unsupported = token rotation is not supported by this server (Chatwoot < 4.3.0): reset it in Profile Settings → Access Token, then `chatwoot-link edit { $name } --token-stdin`. Nothing was changed
link-not-reset = the token was not reset: { $cause }. Nothing was changed
# $first: the first profile's name; $names: every profile's name, joined with ", ".
link-rotated-not-stored = the server reset the token (the old one no longer works), but the new one could not be stored: { $cause }. It was not printed or kept anywhere. To recover: in Chatwoot, open Profile Settings → Access Token and copy the token shown there (it is the new one; no need to reset again), then run `chatwoot-link edit { $first } --token-stdin` and paste it; do the same for { $names }

## Where a token store keeps things.
link-place-keyring = the OS keyring
link-place-file = tokens.toml (plain text, 0600)


## Linking several accounts and re-checking profiles (link::many, link::recheck). These
## texts are also the `message` of --json, which prints them in English.
# $check: the check's id (url, token, email, account, inboxes, operations, whatsapp), as
# --json and the check lines print it; $message: what the check said.
link-check-said = { $check }: { $message }
# $status: the server's word for the account's status (suspended…), as it is.
link-skipped-inactive = skipped: the account is { $status }
# $role: the server's word for the user's role (agent…), as it is.
link-skipped-not-admin = skipped: the user is { $role } there, not an administrator
link-linked-checked = linked and checked
link-name-taken = a profile named { $name } exists already (`chatwoot-link show { $name }`): this account was not linked again
link-all-passed = all checks passed
link-token-unreadable-short = cannot read the token: { $cause }
link-not-checked-token = not checked: the token could not be read
link-no-answer = no answer within { $seconds } s
# $names: the other profiles' names, joined with ", ".
link-already-linked = { $host } account { $account_id } is already linked as { $names }: two profiles for one account are easy to mix up
# A WhatsApp inbox without a phone number; $name is the inbox's name.
link-inbox-no-number = { $name }, no number

## Warnings after a token was reset on the server.
# $names: the other local profiles sharing the token, joined with ", ".
link-sharing-rotated = local profiles { $names } share this token; they got the new one. Every other program using it stops working.
link-reset-other-user = the server reset the token of user { $user_id } ({ $email }), not of user { $expected } as profile { $name } says
