# `chatwoot-link doctor`: one line per finding, a label column then what was found.
# `doctor --json` is never translated. Commands and flags stay as they are.

## The label column (padded to the longest label).
doctor-label-fixed = fixed
doctor-label-dir = config dir
doctor-label-config = config
doctor-label-permissions = permissions
doctor-label-ownership = ownership
doctor-label-keyring = keyring
doctor-label-file-store = file store
doctor-label-secrets = secrets
doctor-label-leftovers = leftovers
doctor-label-orphans = orphans
doctor-label-server = server

## What was found.
doctor-config-empty = ok: nothing saved yet (no profiles.toml)
doctor-config-ok = ok: { $count } profile(s), default { $default }
doctor-config-ok-no-default = ok: { $count } profile(s), default none
# $cause: a whole sentence, in the same language.
doctor-problem = PROBLEM: { $cause }
doctor-permissions-ok = ok (directory 0700, files 0600)
# $mode and $expected are octal (755, 700).
doctor-permissions-problem = PROBLEM: { $path } is { $mode }, should be { $expected } (doctor --fix sets it)
doctor-permissions-writable = PROBLEM: { $path } is { $mode }, should be { $expected } (doctor --fix sets it); others can write it, so nothing is saved until then
doctor-ownership-problem = PROBLEM: { $cause }; nothing is saved until then (doctor --fix does not change owners)
# $description: the backend as it describes itself.
doctor-backend-ok = ok: { $description } (write, read back, delete)
doctor-backend-unused = not usable, but no profile uses it: { $cause }
doctor-backend-unsearchable = note: this backend cannot list its entries, so orphaned secrets cannot be found there
doctor-secrets-ok = ok: every profile's token can be read
doctor-secrets-problem = PROBLEM: { $name }: { $cause }
# $store is a token store's code value: keyring or file.
doctor-secret-missing = its token is gone from the { $store } store (a keyring stopped before it saved it, or the entry was deleted); only you can repair it: enter the token again with `{ $command }` (it is checked against the server; the rest of the profile is kept)
doctor-leftovers-none = none (temp files of interrupted saves)
doctor-leftovers-found = PROBLEM: { $count } temp file(s) of interrupted saves (doctor --fix deletes them):
doctor-leftover = { $path }
doctor-leftover-tokens = { $path } (a copy of tokens.toml: tokens in plain text)
# $stores: store code values joined with ", ".
doctor-orphans-unsearched = not searched in: { $stores } (not reachable)
doctor-orphans-none = none found (secrets of this config dir that no profile uses)
doctor-orphans-found = { $count } secret(s) of this config dir that no profile uses (doctor --fix removes them):
doctor-server-ok = { $name }: ok: Chatwoot { $version } at { $host }
doctor-server-degraded = { $name }: { $host } answers (Chatwoot { $version }) but reports its database or Redis as failing: see the server's logs
doctor-server-problem = PROBLEM: { $name }: { $cause }
doctor-server-stored-url = the stored URL is not usable: fix it with `chatwoot-link edit { $name } --url URL`

## What --fix did.
doctor-fixed-permissions-failed = could not fix permissions: { $cause }
doctor-fixed-deleted = deleted { $path }
doctor-fixed-deleted-tokens = deleted { $path } (a copy of tokens.toml: tokens in plain text)
doctor-fixed-delete-failed = could not delete a temp file: { $cause }
doctor-fixed-deletes-failed = could not delete temp files: { $cause }
doctor-fixed-removed = removed orphaned secret { $key } from the { $store } store
doctor-fixed-remove-failed = could not remove orphaned secret { $key }: { $cause }
doctor-fixed-removes-failed = could not remove orphaned secrets: { $cause }
