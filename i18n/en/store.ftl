# The profile store's errors and their remedies (src/store). Commands, flags, file paths
# and environment variables inside backticks are never translated.
# $store is a token store's code value: keyring or file.

## Keyring failures: what happened and what to do about the keyring itself.
store-keyring-no-bus = no D-Bus session bus ({ $detail }), and the keyring is reached through it: run inside a desktop session or start one with `dbus-run-session -- sh`
store-keyring-no-secret-service = the session bus has no Secret Service ({ $detail }): start one, e.g. `gnome-keyring-daemon --start --components=secrets` (or KeePassXC with its Secret Service integration)
store-keyring-no-collection = the keyring has no default collection to keep secrets in (it was never created or unlocked): unlock it once, e.g. `echo PASSWORD | gnome-keyring-daemon --unlock`, or create a default keyring in Seahorse
store-keyring-locked = the keyring is locked ({ $detail }): unlock it (log in to the desktop, use Seahorse, or `echo PASSWORD | gnome-keyring-daemon --unlock`) and try again
store-keyring-timeout = the keyring did not answer within { $secs } s: an unlock prompt may be open on the desktop; answer it and try again
store-keyring-platform = the keyring failed: { $detail }; check that it is running and unlocked, then try again
store-keyring-unsupported = no keyring is supported on this platform
# Why the D-Bus session bus cannot be reached ($detail of store-keyring-no-bus).
store-keyring-bus-unset = DBUS_SESSION_BUS_ADDRESS and XDG_RUNTIME_DIR are not set
# $path: the default bus socket ($XDG_RUNTIME_DIR/bus); $error: the system's error.
store-keyring-bus-default = DBUS_SESSION_BUS_ADDRESS is not set and { $path }: { $error }
# Why the keyring is locked ($detail of store-keyring-locked).
store-keyring-prompt-dismissed = the unlock prompt was dismissed
store-keyring-prompt-gone = the keyring went away while an unlock prompt was open
store-keyring-collection-locked = the collection is locked

## Files and directories. $cause is the operating system's own text.
store-no-config-dir = cannot find a configuration directory for this user: pass --config-dir or set CHATWOOT_LINK_CONFIG_DIR
store-io-read = cannot read { $path }: { $cause }
store-io-write = cannot write { $path }: { $cause }
store-io-create = cannot create { $path }: { $cause }
store-io-create-dir = cannot create the directory { $path }: { $cause }
store-io-delete = cannot delete { $path }: { $cause }
store-io-remove = cannot remove { $path }: { $cause }
store-io-replace = cannot replace { $path }: { $cause }
store-io-flush = cannot flush to disk { $path }: { $cause }
store-io-follow-link = cannot follow the symlink { $path }: { $cause }
store-io-lock = cannot lock { $path }: { $cause }
store-io-open-lock = cannot open the lock file { $path }: { $cause }
store-io-chmod = cannot change the permissions of { $path }: { $cause }
# $message is the TOML parser's own text.
store-corrupt = { $path }:{ $line }:{ $column }: { $message }. The file was left as it is: fix it by hand, or move it away to start over
store-newer-schema = { $path } has schema { $found }, newer than this build understands (schema { $schema }): it is read-only here; upgrade chatwoot-link to change it
store-lock-timeout = another chatwoot-link holds { $path } for more than { $secs } s: wait for it to finish and try again (or end it if it hangs)

## Profile names. $name is quoted already ("acme").
store-invalid-name = invalid profile name { $name }: { $reason }. Use 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit (upper case is turned into lower case)
store-name-empty = it is empty
store-name-bad-start = it must start with a letter or a digit
store-name-bad-character = it holds a character that is not allowed
store-name-too-long = it is longer than 32 characters
# Advice, short enough for the wizard's status line.
store-name-advice-empty = give the profile a name
store-name-advice-bad-start = start with a letter or a digit
store-name-advice-bad-character = use only letters, digits, '.', '_' or '-'
store-name-advice-too-long = it is longer than 32 characters
# $known: the profile names, joined with ", ".
store-unknown-profile-none = no profile named { $name }: there are no profiles yet; add one with `chatwoot-link add`
store-unknown-profile-near = no profile named { $name }: did you mean { $near }? Known profiles are { $known } (see `chatwoot-link list`)
store-unknown-profile-known = no profile named { $name }: known profiles are { $known } (see `chatwoot-link list`)
# $profile is the bare name, inside a command.
store-name-taken = a profile named { $name } exists already: change it with `chatwoot-link edit { $profile }` or pick another name
store-no-default = no profile given and no default profile: name one, set CHATWOOT_LINK_PROFILE, or run `chatwoot-link default NAME`
store-conflict = profile { $name } changed on disk since it was loaded (another chatwoot-link edited it): nothing was saved; load it again and repeat the change

## Secrets.
store-secret-missing = the token of profile { $name } is missing from the { $store } store (entry { $token_ref }; the keyring may have been stopped before it saved it): enter it again with `{ $command }` (it is checked against the server, the rest of the profile is kept)
store-read-back-mismatch = the { $store } store gave back a different value than was written: nothing was saved; try again, and run `chatwoot-link doctor` if it persists
store-unchecked = not checked: the { $store } store is not usable (see its own line)
# $reason is the certificate parser's text.
store-bad-certificate = { $path } is not a usable certificate ({ $reason }): trust the server's certificate again with `chatwoot-link edit <profile> --ca-cert FILE`, or drop it with --no-ca-cert

## Another local user could change the config directory. $mode is octal (777).
store-exposed-writable = { $path } is writable by group or others (mode { $mode }): another local user could replace what chatwoot-link writes there, so nothing was written; run `{ $remedy }` and try again
store-exposed-foreign = { $path } is owned by user { $owner }, not by this user ({ $me }): another local user could replace what chatwoot-link writes there, so nothing was written; run `{ $remedy }` and try again
store-unsafe-writable = { $path } is writable by group or others (mode { $mode }): another local user could replace what chatwoot-link keeps there; run `{ $remedy }`
store-unsafe-foreign = { $path } is owned by user { $owner }, not by this user ({ $me }): another local user could replace what chatwoot-link keeps there; run `{ $remedy }`

store-internal = internal error: { $detail }

## Loading a profile from a program (chatwoot_link::Profile::load). $cause is the
## system's or the token check's own text.
store-load-credential = cannot read the systemd credential { $path }: { $cause }
# $origin: CHATWOOT_LINK_TOKEN, a credential file, or the profile's token store.
store-load-bad-token = the token in { $origin } is not usable: { $cause }

## The token stores, as doctor and messages describe them.
store-backend-secret-service = Secret Service on the D-Bus session bus
store-backend-keychain = macOS Keychain
store-backend-credential-manager = Windows Credential Manager
store-backend-none = no keyring on this platform
store-backend-file = { $path } (plain text, mode 0600)
store-backend-memory = in-memory store (tests)
# $inner: another backend's description.
store-backend-faulty = { $inner } (with injected faults)

## A save that went through with something left to clean up. $store: keyring or file.
store-old-token-not-flushed = saved, but { $dir } could not be flushed to disk ({ $error }); the old token was kept in the { $store } store: `chatwoot-link doctor --fix` removes it later
store-old-token-not-deleted = saved, but the old token could not be deleted from the { $store } store ({ $error }): `chatwoot-link doctor --fix` removes it later

## While waiting for a slow keyring call.
store-keyring-wait = waiting for the keyring: is an unlock prompt open?

## Internal failures ($detail of store-internal and store-keyring-platform).
store-thread-failed = cannot start a thread: { $error }
store-operation-stopped = a store operation stopped unexpectedly
store-keyring-call-stopped = the keyring call stopped unexpectedly
store-toml-write = cannot write TOML: { $error }
store-not-read-back = a value of this profile would not read back from profiles.toml (a number above 2^63 - 1?): nothing was saved
