//! The local part of every check: what can be decided from the inputs alone, instantly and
//! without sending anything. The CLI stops with exit 2 when a local part fails; the TUI runs
//! this on every keystroke; [`super::run`] starts from it.

use super::url::{NormalizedUrl, UrlError, normalize_url_via};
use super::{CheckId, CheckInputs, CheckUpdate, Code, Facts, Remedy, Status, Warning, Wording};
use crate::chatwoot::ProxyEnv;
use crate::i18n::{Msg, msg};
use crate::secret::{Token, TokenFormatError};

/// A local input that is present but wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalFailure {
    pub code: Code,
    pub message: Msg,
    /// How `message` was built when it holds a remedy a face words its own way.
    pub wording: Option<Box<Wording>>,
}

impl LocalFailure {
    /// The message with its remedy (if any) worded by `word` (see [`CheckUpdate::message_with`]).
    pub fn message_with(&self, word: &dyn Fn(&Remedy) -> Msg) -> Msg {
        self.wording
            .as_ref()
            .map_or_else(|| self.message.clone(), |w| w.msg_with(word))
    }
}

/// The inputs after their local checks. Build it with [`plan`].
#[derive(Debug, Clone)]
pub struct Plan {
    /// The normalised URL, or why it cannot be used.
    pub url: Result<NormalizedUrl, UrlError>,
    /// `None`: not given.
    pub token: Option<Result<Token, TokenFormatError>>,
    /// `None`: not given. The address is trimmed.
    pub email: Option<Result<String, LocalFailure>>,
    /// `None`: neither given nor in a dashboard URL.
    pub account_id: Option<Result<u64, LocalFailure>>,
    /// Warnings about the account ID (`account_id_from_url`, `account_id_mismatch`).
    pub account_warnings: Vec<Warning>,
}

/// Runs every local check. Sends nothing. Plain http is judged with the environment's
/// proxies (a malformed variable proxies nothing here; building the client reports it).
pub fn plan(inputs: &CheckInputs) -> Plan {
    plan_via(inputs, &ProxyEnv::from_env().unwrap_or_default())
}

/// [`plan`] with the proxies of the client that will send the requests.
pub fn plan_via(inputs: &CheckInputs, proxies: &ProxyEnv) -> Plan {
    let url = normalize_url_via(&inputs.url, inputs.allow_http, proxies);
    // A token handed in unchecked (`Token::from_trusted`) still gets the format check.
    let token = inputs.token.as_ref().map(|t| Token::parse(t.expose()));
    let email = inputs
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| {
            if email_address::EmailAddress::is_valid(e) {
                Ok(e.to_owned())
            } else {
                Err(LocalFailure {
                    code: Code::EmailInvalid,
                    message: msg!(checks_email_invalid, given = crate::sanitize::sanitize(e)),
                    wording: None,
                })
            }
        });
    let hint = url.as_ref().ok().and_then(|u| u.account_id);
    let (account_id, account_warnings) = resolve_account_id(inputs.account_id.as_deref(), hint);
    Plan {
        url,
        token,
        email,
        account_id,
        account_warnings,
    }
}

/// An explicit Account ID wins over the dashboard URL's, with a warning when they differ.
fn resolve_account_id(
    explicit: Option<&str>,
    hint: Option<u64>,
) -> (Option<Result<u64, LocalFailure>>, Vec<Warning>) {
    let explicit = explicit.map(str::trim).filter(|s| !s.is_empty());
    match (explicit, hint) {
        (Some(text), hint) => {
            let parsed = text
                .parse::<u64>()
                .ok()
                .filter(|&id| id > 0 && text.bytes().all(|b| b.is_ascii_digit()));
            let Some(id) = parsed else {
                let failure = LocalFailure {
                    code: Code::AccountIdInvalid,
                    message: msg!(
                        checks_account_id_invalid,
                        given = crate::sanitize::sanitize(text)
                    ),
                    wording: None,
                };
                return (Some(Err(failure)), Vec::new());
            };
            let warnings = match hint {
                Some(h) if h != id => vec![Warning::new(
                    Code::AccountIdMismatch,
                    msg!(checks_account_id_mismatch, id = id, hint = h),
                )],
                _ => Vec::new(),
            };
            (Some(Ok(id)), warnings)
        }
        (None, Some(h)) => (
            Some(Ok(h)),
            vec![Warning::new(
                Code::AccountIdFromUrl,
                msg!(checks_account_id_from_url, id = h),
            )],
        ),
        (None, None) => (None, Vec::new()),
    }
}

impl Plan {
    /// The normalised origin, when the URL parsed (even if a policy refused it).
    pub fn origin(&self) -> Option<&str> {
        match &self.url {
            Ok(n) => Some(&n.origin),
            Err(e) => e.origin(),
        }
    }

    /// The token, when given and well-formed.
    pub fn valid_token(&self) -> Option<&Token> {
        self.token.as_ref().and_then(|t| t.as_ref().ok())
    }

    /// The Account ID, when given (or in the URL) and well-formed.
    pub fn valid_account_id(&self) -> Option<u64> {
        self.account_id
            .as_ref()
            .and_then(|a| a.as_ref().ok().copied())
    }

    /// The check's own local failure, regardless of the other checks: what a form shows
    /// under its field.
    pub fn local_failure(&self, id: CheckId) -> Option<LocalFailure> {
        match id {
            CheckId::Url => self.url.as_ref().err().map(|e| LocalFailure {
                code: e.code(),
                message: e.msg(),
                wording: Some(Box::new(Wording::Url(e.clone()))),
            }),
            CheckId::Token => match &self.token {
                Some(Err(e)) => Some(LocalFailure {
                    code: Code::TokenFormat,
                    message: e.msg(),
                    wording: None,
                }),
                _ => None,
            },
            CheckId::Email => self.email.as_ref().and_then(|e| e.as_ref().err().cloned()),
            CheckId::Account => self
                .account_id
                .as_ref()
                .and_then(|a| a.as_ref().err().cloned()),
            CheckId::Inboxes | CheckId::Operations | CheckId::Whatsapp => None,
        }
    }

    /// True when any input given is wrong on its own: nothing should be sent (CLI exit 2).
    pub fn has_local_failure(&self) -> bool {
        CheckId::ALL
            .iter()
            .any(|&id| self.local_failure(id).is_some())
    }

    /// The final update of `id` when it is decided without the server (a local failure, a
    /// missing input, or a prerequisite that failed locally); `None` when it needs a live
    /// request.
    pub fn decided(&self, id: CheckId) -> Option<CheckUpdate> {
        let update = |status, code, message: Msg| Some(CheckUpdate::new(id, status, code, message));
        if let Some(f) = self.local_failure(id) {
            let mut u = CheckUpdate::new(id, Status::Fail, f.code, f.message);
            u.wording = f.wording.map(|w| *w);
            if id == CheckId::Url
                && let Some(origin) = self.origin()
            {
                u = u.with_facts(Facts::Origin(origin.to_owned()));
            }
            return Some(u);
        }
        if id == CheckId::Url {
            return None;
        }
        if self.url.is_err() {
            return update(
                Status::Skipped,
                Code::NeedsUrl,
                msg!(checks_skipped_url_unusable),
            );
        }
        let token_ok = self.valid_token().is_some();
        match id {
            CheckId::Token if self.token.is_none() => update(
                Status::Skipped,
                Code::NotGiven,
                msg!(checks_skipped_no_token),
            ),
            CheckId::Email if self.email.is_none() => update(
                Status::Skipped,
                Code::NotGiven,
                msg!(checks_skipped_no_email),
            ),
            CheckId::Account if self.account_id.is_none() => update(
                Status::Skipped,
                Code::NotGiven,
                msg!(checks_skipped_no_account_id_where),
            ),
            CheckId::Inboxes | CheckId::Operations | CheckId::Whatsapp
                if self.account_id.is_none() =>
            {
                update(
                    Status::Skipped,
                    Code::NotGiven,
                    msg!(checks_skipped_no_account_id),
                )
            }
            CheckId::Inboxes | CheckId::Operations | CheckId::Whatsapp
                if self.valid_account_id().is_none() =>
            {
                update(
                    Status::Skipped,
                    Code::NeedsAccount,
                    msg!(checks_skipped_account_id_unusable),
                )
            }
            _ if !token_ok => update(
                Status::Skipped,
                Code::NeedsToken,
                msg!(checks_skipped_needs_valid_token),
            ),
            _ => None,
        }
    }

    /// Every check's local result, in order: decided checks as their final update; checks
    /// that need the server as `Skipped` with code `not_checked` (used for the report of a
    /// run that stopped before sending anything).
    pub fn local_updates(&self) -> Vec<CheckUpdate> {
        CheckId::ALL
            .iter()
            .map(|&id| {
                let mut u = self.decided(id).unwrap_or_else(|| {
                    CheckUpdate::new(
                        id,
                        Status::Skipped,
                        Code::NotChecked,
                        msg!(checks_skipped_input_wrong),
                    )
                });
                self.attach_local_extras(&mut u);
                u
            })
            .collect()
    }

    /// The origin and URL warnings ride on the `url` check's first update; the account ID
    /// warnings on the `account` check's.
    pub(crate) fn attach_local_extras(&self, u: &mut CheckUpdate) {
        match u.id {
            CheckId::Url => {
                if u.facts.is_none()
                    && let Some(origin) = self.origin()
                {
                    u.facts = Some(Facts::Origin(origin.to_owned()));
                }
                if let Ok(n) = &self.url {
                    u.warnings.extend(n.warnings.iter().cloned());
                }
            }
            CheckId::Account => u.warnings.extend(self.account_warnings.iter().cloned()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
