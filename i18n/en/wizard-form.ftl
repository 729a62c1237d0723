# The wizard's form: field labels (they fit a column of 18), placeholders, help, the
# account list, the inbox picker, the certificate question and the form's notices.

wizard-form-label-url = Chatwoot URL
wizard-form-label-email = Master email
wizard-form-label-token = API token
wizard-form-label-account-id = Account ID
wizard-form-label-name = Profile name
wizard-form-label-inboxes = Inboxes

# Placeholders: never a value, drawn dim in the empty field.
wizard-form-placeholder-url = e.g. https://app.chatwoot.com (→ takes it, for Cloud)
wizard-form-placeholder-email = e.g. admin@example.com
wizard-form-placeholder-token = from Profile Settings → Access Token
wizard-form-placeholder-account-id = e.g. 1
wizard-form-placeholder-name = filled in from the account name
wizard-form-placeholder-token-loading = stored (reading it…)
wizard-form-placeholder-token-kept = stored: kept unless you type a new one

# The help panel: where to find each value.
wizard-form-help-title = Help: { $field }
wizard-form-help-url = The address you open Chatwoot at: https://app.chatwoot.com for Chatwoot Cloud, or your own server. Pasting a dashboard URL (…/app/accounts/7/…) fills in the Account ID too.
wizard-form-help-email = The Master User: the email of an administrator of the account, the person whose API access token you enter next.
wizard-form-help-token = In Chatwoot: your avatar → Profile Settings → Access Token; copy it here. Ctrl-R shows it.
wizard-form-help-account-id = The number in /app/accounts/<id>/ of the dashboard URL. Once the token is checked its accounts are listed: digits filter, Enter picks.
wizard-form-help-name = A short name for this link, as in `chatwoot-link status NAME`. Filled in from the account name until you edit it.
# Follows the token's help: where the token will be kept.
wizard-form-help-token-keyring-unreachable = The OS keyring is not reachable here: the review offers the file store (tokens.toml, 0600) instead.
wizard-form-help-token-keyring = It is kept in the OS keyring, never in a plain file.
wizard-form-help-token-demo = The demo keeps it in its own file store.
wizard-form-help-token-file = This profile keeps it in the file store (tokens.toml, 0600).
wizard-form-help-token-edit = A token is stored for this profile: leave the field empty to keep it, or paste a new one to replace it.
wizard-form-help-inboxes = Inboxes: { $message }
# `key` is Ctrl-T, drawn as a key.
wizard-form-help-redirect-https = { $key } rewrites the URL to https:// and checks again.
# `key` is Ctrl-O, drawn as a key.
wizard-form-help-insecure-http = { $key } allows plain http for this profile if you accept the risk: the token crosses the network unencrypted, so anyone on the way (Wi-Fi, proxy, provider) can read it and act as this administrator.

# The frame's title, longest first: the one that fits is drawn.
wizard-form-title-welcome-long = Welcome! Four values, each checked live as you type
wizard-form-title-welcome = Welcome! Link a Chatwoot account
wizard-form-title-welcome-short = Welcome!
wizard-form-title-another = Link another Chatwoot account
wizard-form-title-add = Add a profile
wizard-form-title-edit = Edit { $name }
wizard-form-title-edit-short = Edit

# The Inboxes row (its text fits 24 columns on the compact screen in every language).
wizard-form-inboxes-counting = counting inboxes…
wizard-form-inboxes-per-account = checked per account on the review
wizard-form-inboxes-with-account = checked with the Account ID
# Cut, the row points at where it is read whole.
wizard-form-inboxes-more = (more: Account ID)

# The name rule.
wizard-form-name-empty = give the profile a name (letters, digits, '.', '_', '-')
wizard-form-name-exists = a profile named { $name } exists already: pick another name
wizard-form-name-bad-character = not usable as a name: ASCII letters, digits, '.', '_', '-' only
wizard-form-name-bad-character-example = not usable as a name: ASCII letters, digits, '.', '_', '-' only; e.g. { $example }
wizard-form-name-unusable = not usable as a name: { $advice }

# Several accounts marked.
wizard-form-several-marked = { $count ->
    [one] { $count } account marked: each is checked on the review
   *[other] { $count } accounts marked: each is checked on the review
}
wizard-form-several-names = one per account, from its name
wizard-form-several-rename = each can be renamed on the review (n)

# The account list.
wizard-form-accounts-title = Accounts this token reaches
wizard-form-accounts-title-marked = Accounts this token reaches: { $count } marked (Space)
wizard-form-accounts-unmatched = No account of this token starts with { $typed }; all of them:

# The inbox picker.
wizard-form-inboxes-picker-title = WhatsApp inboxes for the integration
wizard-form-inboxes-picker-hint = Space chooses the inboxes the integration will use (none is allowed).

# The certificate question (Ctrl-G).
wizard-form-trust-title = Trust this certificate?
wizard-form-trust-unsigned = No authority this computer trusts signed the server's certificate.
wizard-form-trust-subject = Subject
wizard-form-trust-issuer = Issuer
wizard-form-trust-valid = Valid
wizard-form-trust-valid-dates = { $from } to { $to }
wizard-form-trust-compare = Compare the fingerprint with the server's own (openssl x509 -noout -fingerprint -sha256 -in cert.pem): trusted, it is the only certificate this profile accepts.
# `yes`, `no` and `esc` are the keys y, n and Esc, drawn as keys.
wizard-form-trust-keys = { $yes } trusts it, { $no } or { $esc } does not.
# Narrow screens (50 columns): a self-signed certificate's issuer, and the short advice.
wizard-form-trust-issuer-same = the subject (self-signed)
wizard-form-trust-compare-short = Check it matches the server's own fingerprint.
# Under the URL field after an untrusted certificate (fits at 80 columns).
wizard-form-trust-hint = untrusted certificate: Ctrl-G shows it, to trust it
wizard-form-trust-notice = Trusting SHA-256 { $fingerprint }… for this profile only.

# Notices on the status line.
wizard-form-notice-account-from-url = Account ID { $id } from the pasted URL (it was { $typed }).
wizard-form-notice-waiting = waiting for checks…
wizard-form-notice-reveal = Ctrl-R shows the token while its field is focused.
wizard-form-notice-token-page = Ctrl-B works once the URL is checked.
wizard-form-notice-http-allowed = Plain http allowed for this profile: the token crosses the network in clear.
wizard-form-notice-fix-inboxes = Fix Inboxes first.
wizard-form-notice-fix-field = Fix { $field } first.

# The status line while a check is slow (seconds so far).
