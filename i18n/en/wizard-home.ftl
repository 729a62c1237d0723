# The wizard's home screen: the list of profiles, its filter and the selected profile's
# details.

# The frame's title. `failing`: how many failed their live check (0: not said).
wizard-home-title = { $count ->
    [one] { $count } linked profile
   *[other] { $count } linked profiles
}{ $failing ->
    [0] {""}
   *[other] , { $failing } failing
}
# The same when the list is longer than the screen: `selected` of `shown` is where the
# selection is.
wizard-home-title-at = { $count ->
    [one] { $count } linked profile
   *[other] { $count } linked profiles
}{ $failing ->
    [0] {""}
   *[other] , { $failing } failing
}, { $selected } of { $shown }
# The title when the long one does not fit.
wizard-home-title-short = Profiles
wizard-home-empty = No profile is linked (any more).
# `add` and `quit` are the keys (a, q).
wizard-home-empty-keys = Press { $add } to link a Chatwoot account, { $quit } to quit.
wizard-home-filter-label = Filter /
wizard-home-filter-count = { $shown } of { $total }
wizard-home-no-match = No profile matches the filter (Esc clears it).
# Column titles. The first explains the default's marker, when there is room.
wizard-home-col-profile-default = Profile (* default)
wizard-home-col-profile = Profile
wizard-home-col-host = Host
wizard-home-col-account = Account
# The selected profile's details: labels (at most 11 characters).
wizard-home-row-url = URL
wizard-home-row-email = Email
wizard-home-row-account = Account
wizard-home-row-user = User
wizard-home-row-token = Token
wizard-home-row-verified = Verified
wizard-home-row-whatsapp = WhatsApp
wizard-home-row-now = Now
wizard-home-account = { $name } (id { $id })
wizard-home-not-checked = not checked yet
wizard-home-checking = checking live…
wizard-home-store-keyring = OS keyring
wizard-home-store-file = file store (tokens.toml, plain text, 0600)
wizard-home-no-whatsapp = no WhatsApp inbox found
# Before the live check: the inboxes the profile chose, and when the numbers come.
wizard-home-inboxes-none-after = no inbox chosen; numbers after the check
wizard-home-inboxes-none-unknown = no inbox chosen; numbers unknown (inboxes not listed)
wizard-home-inboxes-after = inbox { $ids }; numbers after the check
wizard-home-inboxes-unknown = inbox { $ids }; numbers unknown (inboxes not listed)

wizard-home-name-taken = a profile named { $name } exists already: pick another name
wizard-home-quit-busy = Saving the change first: quit again in a moment.
wizard-home-copied-env = { $count ->
    [one] Copied { $name }'s { $count } env line (no token) to the clipboard (OSC 52).
   *[other] Copied { $name }'s { $count } env lines (no token) to the clipboard (OSC 52).
}
wizard-home-token-missing = the stored token is missing: type it again (or paste it); saving stores it and keeps the rest of the profile
wizard-home-token-unreadable = cannot read the stored token ({ $error }): type the token to replace it
wizard-home-reload-failed = cannot read the profiles again: { $error }
# `store`: keyring or file. Enter is the key.
wizard-home-secret-missing = the token is missing from { $store ->
    [keyring] the OS keyring
   *[file] tokens.toml (plain text, 0600)
}: Enter to type it again
wizard-home-verified-not-recorded = the checks ran, but the time of verification could not be recorded: { $error }
wizard-home-default-set = { $name } is the default profile now.
wizard-home-renamed = Renamed { $old } to { $name }.
wizard-home-default-failed = the default was not changed: { $error }
wizard-home-rename-failed = { $old } was not renamed: { $error }
wizard-home-url-unknown = The URL is not known yet: type it first.
wizard-home-opening = Opening { $page } (Access Token is on it).
wizard-home-no-browser = No browser here: open { $page }
# `error` says why the browser did not start.
wizard-home-browser-failed = { $error }: open { $url } yourself.

wizard-home-save-deadline = interrupted: the save did not end within 5 s; it completes or rolls back on its own. Run `chatwoot-link list` to see whether the profile exists.
wizard-home-interrupted-unlink = interrupted while unlinking { $name }: it completes on its own or not at all; run `chatwoot-link list` to see whether it is still linked
wizard-home-cancelled-unlink = cancelled: nothing was unlinked
wizard-home-finishing-save = Finishing the save before quitting (at most 5 s)…
wizard-home-cancelled-form = cancelled: the form in progress was not saved (earlier changes stay)
wizard-home-cancelled = cancelled: nothing was saved
# `opener` is the program (xdg-open, open).
wizard-home-opener-failed = { $opener } could not be started: { $error }
