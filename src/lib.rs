//! chatwoot-link: link a Chatwoot account (instance URL, Master User email, API access token,
//! Account ID) to a WhatsApp workflow platform, with every value checked live.
//!
//! The library without default features is what an integration embeds to read a saved
//! profile; the `cli`, `tui` and `sandbox` features make the binary.

pub mod chatwoot;
pub mod checks;
pub mod i18n;
pub mod link;
pub mod profile;
pub mod sanitize;
pub mod secret;
pub mod store;

pub use profile::{LoadError, Profile};

#[cfg(feature = "cli")]
pub mod cli;

#[cfg(feature = "tui")]
pub mod tui;

#[cfg(feature = "sandbox")]
pub mod sandbox;
