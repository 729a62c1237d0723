# The wizard's keys: the key bar's short words and the F1 help's lines.
# Key names (Enter, Esc, Tab, Ctrl-O, F1, letters) are not in these messages.

## F1 help: what a key does.
wizard-keys-help-quit-at-once-saving-nothing = quit at once, saving nothing
wizard-keys-help-suspend-fg-resumes = suspend (fg resumes)
wizard-keys-help-next-previous-profile = next / previous profile
wizard-keys-help-page-first-last = page, first, last
wizard-keys-help-add-a-profile = add a profile
wizard-keys-help-edit-the-selected-profile = edit the selected profile
wizard-keys-help-check-it-live-again = check it live again
wizard-keys-help-check-every-profile-live-again = check every profile live again
wizard-keys-help-make-it-the-default = make it the default
wizard-keys-help-rename-it = rename it
wizard-keys-help-unlink-it-asks-first = unlink it (asks first)
wizard-keys-help-copy-its-env-lines-no-token = copy its env lines (no token)
wizard-keys-help-open-its-token-page-in-the = open its token page in the browser
wizard-keys-help-filter-by-name-host-or-account = filter by name, host or account
wizard-keys-help-quit = quit
wizard-keys-help-this-list = this list
wizard-keys-help-done-filtering = done filtering
wizard-keys-help-clear-the-filter = clear the filter
wizard-keys-help-rename-the-profile = rename the profile
wizard-keys-help-keep-the-old-name = keep the old name
wizard-keys-help-save-the-profile = save the profile
wizard-keys-help-scroll-a-short-terminal = scroll (a short terminal)
wizard-keys-help-store-the-token-in-a-file = store the token in a file (no keyring)
wizard-keys-help-changed-on-disk-build-on-the = changed on disk: build on the version there
wizard-keys-help-back-to-the-form = back to the form
wizard-keys-help-exit = exit
wizard-keys-help-copy-the-url-osc-52-works = copy the URL (OSC 52, works over SSH)
wizard-keys-help-copy-the-account-id = copy the Account ID
wizard-keys-help-unlink-the-profile = unlink the profile
wizard-keys-help-also-reset-the-token-on-the = also reset the token on the server
wizard-keys-help-keep-it-back-to-the-profiles = keep it, back to the profiles
wizard-keys-help-back-to-the-profiles = back to the profiles
wizard-keys-help-close-this-list = close this list
wizard-keys-help-scroll-this-list = scroll this list
wizard-keys-help-page-top-bottom = page, top, bottom
wizard-keys-help-trust-it-for-this-profile-s = trust it, for this profile's URL only
wizard-keys-help-do-not-trust-it = do not trust it
wizard-keys-help-quit-or-back-to-the-profiles = quit (or back to the profiles), dropping the form
wizard-keys-help-keep-editing = keep editing
wizard-keys-help-save-the-profiles-one-token-for = save the profiles (one token for all)
wizard-keys-help-choose-an-account = choose an account
wizard-keys-help-rename-the-chosen-account-s-profile = rename the chosen account's profile
wizard-keys-help-next-previous-field = next / previous field
wizard-keys-help-next-previous-field-list-move = next / previous field; list: move
wizard-keys-help-next-field-last-field-review = next field; last field: review
wizard-keys-help-mark-an-account-choose-an-inbox = mark an account / choose an inbox
wizard-keys-help-show-or-hide-the-token = show or hide the token
wizard-keys-help-empty-url-chatwoot-cloud-s-url = empty URL: Chatwoot Cloud's URL
wizard-keys-help-check-again-cancels-a-slow-check = check again (cancels a slow check)
wizard-keys-help-switch-the-url-to-https = switch the URL to https://
wizard-keys-help-allow-plain-http-asks-only-for = allow plain http (asks only for it)
wizard-keys-help-trust-the-server-s-certificate-asks = trust the server's certificate (asks)
wizard-keys-help-open-the-token-s-page-in = open the token's page in the browser
wizard-keys-help-close-the-list-else-quit-asks = close the list, else quit (asks)

## Key bar: short words (the bar drops whole entries that do not fit).
wizard-keys-bar-add = add
wizard-keys-bar-quit = quit
wizard-keys-bar-keys = keys
wizard-keys-bar-edit = edit
wizard-keys-bar-verify = verify
wizard-keys-bar-rename = rename
wizard-keys-bar-unlink = unlink
wizard-keys-bar-filter = filter
wizard-keys-bar-done = done
wizard-keys-bar-clear-the-filter = clear the filter
wizard-keys-bar-cancel = cancel
wizard-keys-bar-use-the-version-on-disk = use the version on disk
wizard-keys-bar-back = back
wizard-keys-bar-file-store = file store
wizard-keys-bar-try-the-keyring = try the keyring
wizard-keys-bar-save = save
wizard-keys-bar-back-to-the-form = back to the form
wizard-keys-bar-back-to-the-profiles = back to the profiles
wizard-keys-bar-copy-url = copy URL
wizard-keys-bar-copy-account-id = copy Account ID
wizard-keys-bar-exit = exit
wizard-keys-bar-also-reset-the-token = also reset the token
wizard-keys-bar-keep-it = keep it
wizard-keys-bar-account = account
wizard-keys-bar-cancel-and-retry = cancel and retry
wizard-keys-bar-pick = pick
wizard-keys-bar-close-list = close list
wizard-keys-bar-next = next
wizard-keys-bar-inbox = inbox
wizard-keys-bar-choose = choose
wizard-keys-bar-mark = mark
wizard-keys-bar-review-the-marked = review the marked
wizard-keys-bar-profiles = profiles
wizard-keys-bar-show-hide-token = show/hide token
wizard-keys-bar-review = review
wizard-keys-bar-to-filter = to filter
wizard-keys-bar-type = type
wizard-keys-bar-scroll = scroll
wizard-keys-bar-close = close

## The F1 box, the quit question, the status line and the too-small screen.
wizard-keys-overlay-title = Keys (Esc closes)
wizard-keys-discard-title = Discard?
wizard-keys-discard-question = Discard the changes, back to the profiles?
# `y`, `n`, `esc` are the keys.
wizard-keys-discard-keys = { $y } discards, { $n } or { $esc } keeps editing.
wizard-keys-quit-title = Quit?
wizard-keys-quit-question = Quit without saving anything?
wizard-keys-quit-keys = { $y } quits, { $n } or { $esc } keeps editing.
# A slow check, on the status line: which request waits, and for how long.
wizard-keys-slow-server = waiting for the server{ $ellipsis } { $secs } s
wizard-keys-slow-connecting = connecting{ $ellipsis } { $secs } s
wizard-keys-too-small-title = Terminal too small
wizard-keys-too-small = It is { $width }x{ $height }; the wizard needs at least { $min_width }x{ $min_height }. Enlarge the window, or use `chatwoot-link add` (see --help). Ctrl-C quits.
# The F1 box when its rows do not all fit (a short terminal): lines out of view.
wizard-keys-more-below = { $count ->
    [one] ↓ { $count } more line
   *[other] ↓ { $count } more lines
}
wizard-keys-more-above = { $count ->
    [one] ↑ { $count } line above
   *[other] ↑ { $count } lines above
}
wizard-keys-more-both = ↑ { $above } above, ↓ { $below } below
