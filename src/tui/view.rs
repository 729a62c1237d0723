//! `view`: draws the app. Pure: reads the model and the theme, writes only the frame.

use ratatui::Frame;

use super::model::App;
use super::theme::Theme;

pub fn view(_app: &App, _theme: &Theme, _frame: &mut Frame) {}
