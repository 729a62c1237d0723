//! The `Examples:` of each command's `--help` (clap help text, not Markdown).

pub const CHECK: &str = "\
Examples:
  echo \"$TOKEN\" | chatwoot-link check --url https://chat.example.com --email jane@example.com --account-id 1 --token-stdin
  CHATWOOT_LINK_TOKEN=... chatwoot-link check --url https://chat.example.com/app/accounts/1/dashboard --json";

pub const ADD: &str = "\
Examples:
  echo \"$TOKEN\" | chatwoot-link add --name acme --url https://chat.example.com --email jane@example.com --account-id 1 --token-stdin
  echo \"$TOKEN\" | chatwoot-link add --url https://chat.example.com --email jane@example.com --account-id 1 --account-id 7 --token-stdin
  echo \"$TOKEN\" | chatwoot-link add --url https://chat.example.com --email jane@example.com --all-admin-accounts --token-stdin --json

Without --name, each account's profile is named from the account's name, and the token is
stored once for all of them.";

pub const EDIT: &str = "\
Examples:
  chatwoot-link edit acme                                  (the wizard, on a terminal)
  echo \"$NEW_TOKEN\" | chatwoot-link edit acme --token-stdin
  chatwoot-link edit acme --url https://chat.example.org --name acme-org";

pub const STATUS: &str = "\
Examples:
  chatwoot-link status
  chatwoot-link status acme globex --json";

pub const UNLINK: &str = "\
Examples:
  chatwoot-link unlink acme
  chatwoot-link unlink acme --yes --rotate-token";

pub const ROTATE: &str = "\
Examples:
  chatwoot-link rotate acme
  chatwoot-link rotate acme --yes";

pub const TOKEN: &str = "\
Examples:
  curl -H @<(printf 'Api-Access-Token: %s\\n' \"$(chatwoot-link token acme)\") https://chat.example.com/api/v1/profile
  (printf is a shell builtin: the token never shows in a process list)
  CHATWOOT_LINK_PROFILE=acme chatwoot-link token";

pub const ENV: &str = "\
Examples:
  eval \"$(chatwoot-link env acme --with-token)\"
  chatwoot-link env acme >> .env
  chatwoot-link env acme --json | jq -r '.variables | to_entries[] | \"\\(.key)=\\(.value)\"'";

pub const DOCTOR: &str = "\
Examples:
  chatwoot-link doctor
  chatwoot-link doctor --fix --offline";
