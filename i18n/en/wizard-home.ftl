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
