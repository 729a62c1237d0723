//! The commands that check live and save (`add`, `edit`, `status`, `remove`, `rotate`) and
//! `doctor`, through the real binary against a sandbox on loopback, each test with its own
//! config dir.
//! Every test searches all output and every written file (except tokens.toml) for tokens.

#[path = "cli_store/add.rs"]
mod add;
#[path = "cli_store/add_many.rs"]
mod add_many;
#[path = "cli_store/common.rs"]
mod common;
#[path = "cli_store/concurrency.rs"]
mod concurrency;
#[path = "cli_store/confirm.rs"]
mod confirm;
#[path = "cli_store/doctor.rs"]
mod doctor;
#[path = "cli_store/edit.rs"]
mod edit;
#[path = "cli_store/keyring.rs"]
mod keyring;
#[path = "cli_store/lang.rs"]
mod lang;
#[path = "cli_store/lang_sweep.rs"]
mod lang_sweep;
#[path = "cli_store/readiness.rs"]
mod readiness;
#[path = "cli_store/remove_rotate.rs"]
mod remove_rotate;
#[path = "cli_store/status.rs"]
mod status;
