//! The use cases of a link, whichever face runs them. Nothing here prints, reads a
//! terminal, or knows an exit code.

mod facts;
pub mod many;

pub use facts::{already_linked, host, profile_data, store_place};
pub use many::{AccountResult, Accounts, ManyInputs, ManyOutcome, link_accounts};
