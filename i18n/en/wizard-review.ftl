# The wizard's review: the facts the server gave, where the token goes, the way on, and the
# review's notices. Row keys fit a column of 11.

wizard-review-title = Review: { $name }
wizard-review-title-short = Review
wizard-review-key-chatwoot = Chatwoot
wizard-review-key-user = User
wizard-review-key-account = Account
wizard-review-key-inboxes = Inboxes
wizard-review-key-chosen = Chosen
wizard-review-key-token-to = Token to
wizard-review-key-profile-to = Profile to
wizard-review-server = { $url } (version { $version })
wizard-review-user = { $name } <{ $email }>, user id { $id }
# `role` and `status` are the server's words, shown as they are.
wizard-review-account = { $name }, id { $id }: { $role }, { $status }
wizard-review-inboxes = { $total } in all, { $whatsapp } WhatsApp
wizard-review-inboxes-named = { $total } in all, { $whatsapp } WhatsApp: { $names }
wizard-review-chosen-none = no inbox chosen (any may be used)
wizard-review-chosen-unknown = inbox { $id }
wizard-review-token-keyring = OS keyring, as "{ $label }"
wizard-review-token-file = { $path } (file store)
wizard-review-token-not-chosen = not chosen yet: the OS keyring is not reachable (see below)
wizard-review-token-kept-keyring = the stored token, kept in the OS keyring
wizard-review-token-kept-file = the stored token, kept in { $path }
wizard-review-linked-elsewhere = This account is already linked as { $names }: two profiles for one account are easy to mix up.

# Scrolling facts on a short screen.
wizard-review-more-below = ↓ { $count } more lines
wizard-review-more-above = ↑ { $count } lines above
wizard-review-more-both = ↑ { $above } above, ↓ { $below } below

# The way on. `key` is drawn as a key (Enter, r, f) in front of the rest.
wizard-review-keyring-unreachable = The OS keyring is not reachable: { $reason }
wizard-review-enter-saves = { $key } saves; Esc goes back to change something.
wizard-review-enter-retry-keyring = { $key } tries the keyring again (unlock or start it first); Esc goes back.
wizard-review-changed = Not saved: profile { $name } changed on disk since it was loaded (another chatwoot-link edited it): { $what }.
wizard-review-changed-reload = { $key } builds on the version on disk, keeping your values in the form; Esc goes back.
wizard-review-removed = Not saved: profile { $name } was removed on disk since it was loaded. Esc goes back; add it again from the profiles.
wizard-review-failed = Not saved: { $message }
wizard-review-enter-retry = { $key } tries again; Esc goes back.
wizard-review-saving = Saving…
wizard-review-file-store-offer = { $key } keeps the token in { $path } instead: a plain file (mode 0600), not encrypted, readable by anyone who can read your files or backups.

# What changed on disk (joined with ", ").
wizard-review-changed-renamed = renamed to { $name }
wizard-review-changed-url = URL now { $url }
wizard-review-changed-email = email now { $email }
wizard-review-changed-account-id = Account ID now { $id }
wizard-review-changed-token = a new token
wizard-review-changed-other = details the form does not show

# Notices and exit notes.
wizard-review-notice-changed = Changed on disk: r builds on that version, Esc goes back.
wizard-review-notice-copied-url = Copied { $url } to the clipboard (OSC 52).
wizard-review-notice-copied-id = Copied Account ID { $id } to the clipboard (OSC 52).
wizard-review-notice-reloaded = Took the profile as it is on disk now: Enter saves your values over it.
wizard-review-linked = Linked { $name }: { $host } account { $id }
wizard-review-saved = Saved { $name }: { $host } account { $id }
wizard-review-interrupted-saved = interrupted after the save had finished: profile { $name } is linked
wizard-review-interrupted = interrupted: nothing was saved ({ $why })
wizard-review-why-changed = the profile changed on disk since it was loaded
