//! The wizard (feature `tui`), in the Elm style: a plain [`model::App`], messages
//! ([`msg::Msg`]), a pure [`update::update`] returning [`msg::Effect`]s, a pure
//! [`view::view`], and a small [`runtime`] that draws only after something changed and
//! runs effects as tokio tasks.

pub mod keys;
pub mod model;
pub mod msg;
pub mod runtime;
#[cfg(test)]
mod screens;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod update;
pub mod view;

pub use model::App;
pub use msg::{Effect, Msg};
pub use theme::Theme;
pub use update::update;
pub use view::view;
