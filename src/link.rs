//! The use cases of a link, whichever face runs them: save a checked profile (new or
//! replacing one), unlink it (optionally resetting its token on the server first), rotate
//! a token, rename, choose the default, re-check saved profiles, link several accounts of
//! one user at once, and the facts and warnings a check report gives a profile.
//!
//! Both faces (the command line and the wizard) call these and only word the outcome.
//! Nothing here prints, reads a terminal, or knows an exit code; every failure is a
//! [`LinkError`]. Store calls run off the async workers ([`off_thread`]): a keyring call
//! may wait for an unlock prompt.

mod env;
mod error;
mod facts;
pub mod many;
pub mod recheck;
mod reset;
mod save;
mod unlink;

pub use env::{env_vars, export_lines, inbox_list, quote};
pub use error::LinkError;
pub use facts::{
    already_linked, host, profile_data, profile_settings_url, store_place, whatsapp_numbers,
};
pub use many::{
    AccountResult, Accounts, Checked, ManyInputs, ManyOutcome, check_account, check_said, eligible,
    link_accounts, save_checked,
};
pub use recheck::{PROFILE_SLACK, Rechecked, recheck_all, recheck_one, record_verified, select};
pub use reset::{
    ResetReady, Rotated, Sharing, prepare_reset, reset_token, rotate, sharing, store_rotated,
};
pub use save::{
    Save, config, ensure_name_free, linked_elsewhere, profile, read_token, rename, set_default,
};
pub use unlink::{Unlinked, unlink};

pub use crate::store::off_thread;

// The flows run against the sandbox.
#[cfg(all(test, feature = "sandbox"))]
mod tests;
