//! Ctrl-G after `tls_untrusted`: the server's certificate as ssh shows a new host key, and
//! the question whether to trust it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::tui::model::App;
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(cert) = &app.form.presented_cert else {
        return;
    };
    let info = cert.info();
    let w = area.width.min(76);
    let h = area.height.min(14);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_set(theme.sym.border)
        .border_style(theme.warn())
        .title(Line::styled(" Trust this certificate? ", theme.warn()));
    let day = |t: jiff::Timestamp| t.strftime("%Y-%m-%d").to_string();
    let row = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label:<10}"), theme.key()),
            Span::raw(value),
        ])
    };
    let text = vec![
        Line::raw("No authority this computer trusts signed the server's certificate."),
        // 32 bytes as two lines of 16, as they fit 60 columns.
        row(
            "SHA-256",
            info.sha256.get(..47).unwrap_or(&info.sha256).to_owned(),
        ),
        row("", info.sha256.get(48..).unwrap_or_default().to_owned()),
        row("Subject", info.subject.clone()),
        row("Issuer", info.issuer.clone()),
        row(
            "Valid",
            format!("{} to {}", day(info.not_before), day(info.not_after)),
        ),
        Line::raw(
            "Compare the fingerprint with the server's own (openssl x509 -noout -fingerprint -sha256 -in cert.pem): trusted, it is the only certificate this profile accepts.",
        ),
        Line::from(vec![
            Span::styled("y", theme.key()),
            Span::raw(" trusts it, "),
            Span::styled("n", theme.key()),
            Span::raw(" or "),
            Span::styled("Esc", theme.key()),
            Span::raw(" does not."),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
        rect,
    );
}
