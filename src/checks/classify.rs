//! Which check code a Chatwoot client error ends a check with. The client knows nothing of
//! the engine's codes; this is the one place that maps its errors onto them, so new codes
//! (transport, readiness) are added next to the rule that produces them.

use crate::chatwoot::Error;

use super::Code;

impl From<&Error> for Code {
    fn from(err: &Error) -> Self {
        match err {
            Error::Dns { .. } => Code::Dns,
            Error::Refused { .. } => Code::Refused,
            Error::Tls { .. } => Code::Tls,
            Error::TlsNotTls { .. } => Code::TlsNotTls,
            Error::TlsUntrusted { .. } => Code::TlsUntrusted,
            Error::TlsExpired { .. } => Code::TlsExpired,
            Error::TlsWrongName { .. } => Code::TlsWrongName,
            Error::TlsCertificateChanged { .. } => Code::TlsCertificateChanged,
            Error::ProxyUnreachable { .. } => Code::ProxyUnreachable,
            Error::ProxyAuthRequired { .. } => Code::ProxyAuthRequired,
            Error::Timeout { .. } => Code::Timeout,
            Error::Network { .. } => Code::Network,
            Error::RedirectHttps { .. } => Code::RedirectHttps,
            Error::RedirectOtherHost { .. } => Code::RedirectOtherHost,
            Error::Redirect { .. } => Code::Redirect,
            Error::NotChatwoot => Code::NotChatwoot,
            Error::DashboardUrl => Code::DashboardUrl,
            Error::TokenInvalid => Code::TokenInvalid,
            Error::TokenHeaderMissing => Code::TokenHeaderMissing,
            Error::TokenNotUser => Code::TokenNotUser,
            Error::RateLimited => Code::RateLimited,
            Error::ServerError { .. } => Code::ServerError,
            Error::MalformedResponse => Code::MalformedResponse,
            Error::ResponseTooLarge { .. } => Code::ResponseTooLarge,
            Error::UnexpectedStatus { .. } => Code::UnexpectedStatus,
            Error::NotMember | Error::AccountForbidden => Code::NotMember,
            Error::AccountSuspended => Code::Suspended,
            Error::ActionForbidden => Code::NotAdministrator,
            Error::InboxNotFound => Code::InboxNotFound,
            Error::HealthMissing | Error::HealthNotSupported | Error::MetaRefused { .. } => {
                Code::WhatsappHealthUnavailable
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_redirect_that_is_not_to_https_or_another_host_is_a_redirect() {
        let redirect = Error::Redirect {
            path: "/api/v1/profile".into(),
        };
        assert_eq!(Code::from(&redirect), Code::Redirect);
        assert_eq!(Code::from(&Error::AccountForbidden), Code::NotMember);
        assert_eq!(Code::from(&Error::AccountSuspended), Code::Suspended);
    }
}
