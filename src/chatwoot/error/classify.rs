//! The pure classification of an HTTP answer (status, content type, body shape, redirect
//! target) into an [`Error`]. A body is read only for its JSON shape, never kept.

use url::Url;

use super::Error;

/// Which endpoint answered: the same status means different things on each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// `GET /api`: unauthenticated, identifies the server.
    Root,
    /// `/api/v1/profile…`: the token's user, no account.
    User,
    /// `/api/v1/accounts/{id}…`: one account.
    Account,
    /// `/api/v1/accounts/{id}/inboxes/{inbox}/health`: an account route whose 400, 404
    /// and 422 say why a number's health is not available.
    Health,
}

/// The JSON error shapes Chatwoot sends. Matched on shape and the hard-coded English
/// `error` strings; the devise `errors` text is localised and never read.
#[derive(serde::Deserialize)]
struct ErrorBody {
    error: Option<serde_json::Value>,
    errors: Option<serde_json::Value>,
}

/// Chatwoot's `RecordNotFound` text (`request_exception_handler.rb`).
const RECORD_NOT_FOUND: &str = "Resource could not be found";

/// Classifies a non-2xx, non-3xx answer. `body` is read only for its JSON shape.
pub(crate) fn classify_status(status: u16, is_json: bool, body: &[u8], scope: Scope) -> Error {
    let shape: Option<ErrorBody> = if is_json {
        serde_json::from_slice(body).ok()
    } else {
        None
    };
    let error_text = shape
        .as_ref()
        .and_then(|b| b.error.as_ref())
        .and_then(serde_json::Value::as_str);
    let has_errors_array = shape
        .as_ref()
        .and_then(|b| b.errors.as_ref())
        .is_some_and(serde_json::Value::is_array);
    let account_route = matches!(scope, Scope::Account | Scope::Health);
    if scope == Scope::Health {
        match status {
            400 => return Error::HealthNotSupported,
            404 if error_text == Some(RECORD_NOT_FOUND) => return Error::InboxNotFound,
            // Rails' unknown route: a server older than the endpoint.
            404 => return Error::HealthMissing,
            422 => {
                // `{"error":{"type":"authorization",…}}` when Meta's code is 190; the
                // message (Graph API text) is never read.
                let authorization = shape
                    .as_ref()
                    .and_then(|b| b.error.as_ref())
                    .and_then(|e| e.get("type"))
                    .and_then(serde_json::Value::as_str)
                    == Some("authorization");
                return Error::MetaRefused { authorization };
            }
            _ => {}
        }
    }
    match status {
        401 => match (error_text, has_errors_array) {
            (_, true) => Error::TokenHeaderMissing,
            (Some(t), _) if t.contains("not authorized for bots") => Error::TokenNotUser,
            (Some(t), _) if account_route && t.contains("suspended") => Error::AccountSuspended,
            (Some(t), _) if account_route && t.contains("access this account") => {
                Error::AccountForbidden
            }
            // Pundit's refusal: the token is fine, its user may not do this.
            (Some(t), _) if account_route && t.contains("not authorized to do this action") => {
                Error::ActionForbidden
            }
            (Some(_), _) => Error::TokenInvalid,
            (None, false) => Error::UnexpectedStatus { status },
        },
        // Chatwoot's RecordNotFound answer on an account route; any other 404 (an HTML
        // page, Rails' unknown route) means this is not a Chatwoot root.
        404 if account_route && error_text.is_some() => Error::NotMember,
        404 => Error::NotChatwoot,
        406 => Error::DashboardUrl,
        429 => Error::RateLimited,
        500..=599 => Error::ServerError { status },
        _ => Error::UnexpectedStatus { status },
    }
}

/// Classifies a 3xx answer to a request for `requested` (the token is never re-sent).
pub(crate) fn classify_redirect(requested: &Url, location: Option<&str>) -> Error {
    let target = location.and_then(|l| requested.join(l).ok());
    let path = requested.path().to_owned();
    let Some(target) = target else {
        return Error::Redirect { path };
    };
    let same_host = target.host_str() == requested.host_str();
    if same_host && requested.scheme() == "http" && target.scheme() == "https" {
        return Error::RedirectHttps {
            https_url: target.origin().ascii_serialization(),
        };
    }
    // Only an http(s) target is a URL worth suggesting (not `ftp://…`).
    if !same_host && matches!(target.scheme(), "http" | "https") {
        return Error::RedirectOtherHost {
            target: target.origin().ascii_serialization(),
        };
    }
    Error::Redirect { path }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }

    #[test]
    fn token_errors_are_told_apart_by_shape() {
        let c = |body: &str, scope| classify_status(401, true, &json(body), scope);
        assert_eq!(
            c(r#"{"error":"Invalid Access Token"}"#, Scope::User),
            Error::TokenInvalid
        );
        assert_eq!(
            c(r#"{"errors":["Vous devez vous connecter."]}"#, Scope::User),
            Error::TokenHeaderMissing
        );
        assert_eq!(
            c(
                r#"{"error":"Access to this endpoint is not authorized for bots"}"#,
                Scope::User
            ),
            Error::TokenNotUser
        );
        assert_eq!(
            c(r#"{"error":"Account is suspended"}"#, Scope::Account),
            Error::AccountSuspended
        );
        assert_eq!(
            c(
                r#"{"error":"You are not authorized to access this account"}"#,
                Scope::Account
            ),
            Error::AccountForbidden
        );
        assert_eq!(
            classify_status(401, false, b"nope", Scope::User),
            Error::UnexpectedStatus { status: 401 }
        );
    }

    #[test]
    fn other_statuses() {
        let nf = json(r#"{"error":"Resource could not be found"}"#);
        assert_eq!(
            classify_status(404, true, &nf, Scope::Account),
            Error::NotMember
        );
        assert_eq!(
            classify_status(404, false, b"<html>", Scope::Account),
            Error::NotChatwoot
        );
        assert_eq!(
            classify_status(
                404,
                true,
                &json(r#"{"status":404,"error":"Not Found"}"#),
                Scope::Root
            ),
            Error::NotChatwoot
        );
        assert_eq!(
            classify_status(406, true, b"{}", Scope::User),
            Error::DashboardUrl
        );
        assert_eq!(
            classify_status(429, false, b"Retry later\n", Scope::User),
            Error::RateLimited
        );
        assert_eq!(
            classify_status(502, false, b"", Scope::Root),
            Error::ServerError { status: 502 }
        );
        assert_eq!(
            classify_status(418, false, b"", Scope::Root),
            Error::UnexpectedStatus { status: 418 }
        );
    }

    #[test]
    fn health_answers() {
        let c = |status, body: &str| classify_status(status, true, &json(body), Scope::Health);
        let bad = r#"{"error":"Health data only available for WhatsApp Cloud API channels"}"#;
        assert_eq!(c(400, bad), Error::HealthNotSupported);
        assert_eq!(
            c(404, r#"{"status":404,"error":"Not Found"}"#),
            Error::HealthMissing
        );
        assert_eq!(
            classify_status(404, false, b"<html>", Scope::Health),
            Error::HealthMissing
        );
        assert_eq!(
            c(404, r#"{"error":"Resource could not be found"}"#),
            Error::InboxNotFound
        );
        let meta = r#"{"error":{"type":"authorization","message":"SECRET","code":190}}"#;
        assert_eq!(
            c(422, meta),
            Error::MetaRefused {
                authorization: true
            }
        );
        assert!(!c(422, meta).to_string().contains("SECRET"));
        assert_eq!(
            c(422, r#"{"error":"API key is missing"}"#),
            Error::MetaRefused {
                authorization: false
            }
        );
        let pundit = r#"{"error":"You are not authorized to do this action"}"#;
        assert_eq!(c(401, pundit), Error::ActionForbidden);
        assert_eq!(
            classify_status(401, true, &json(pundit), Scope::Account),
            Error::ActionForbidden
        );
        assert_eq!(
            c(401, r#"{"error":"Invalid Access Token"}"#),
            Error::TokenInvalid
        );
    }

    #[test]
    fn redirects() {
        let from = Url::parse("http://chat.example.com/api/v1/profile").expect("url");
        assert_eq!(
            classify_redirect(&from, Some("https://chat.example.com/api/v1/profile")),
            Error::RedirectHttps {
                https_url: "https://chat.example.com".into()
            }
        );
        assert_eq!(
            classify_redirect(&from, Some("https://evil.example.net/x")),
            Error::RedirectOtherHost {
                target: "https://evil.example.net".into()
            }
        );
        assert_eq!(
            classify_redirect(&from, Some("/login")),
            Error::Redirect {
                path: "/api/v1/profile".into()
            }
        );
        assert_eq!(
            classify_redirect(&from, None),
            Error::Redirect {
                path: "/api/v1/profile".into()
            }
        );
        assert!(matches!(
            classify_redirect(&from, Some("/x")),
            Error::Redirect { .. }
        ));
        assert!(matches!(
            classify_redirect(&from, Some("ftp://files.example.net/")),
            Error::Redirect { .. }
        ));
    }

    #[test]
    fn messages_never_contain_bodies() {
        let body = json(r#"{"error":"SECRET-BODY-TEXT"}"#);
        let e = classify_status(401, true, &body, Scope::User);
        assert!(!e.to_string().contains("SECRET-BODY-TEXT"));
    }
}
