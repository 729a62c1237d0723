//! Ctrl-G after `tls_untrusted`: the server's certificate as ssh shows a new host key, and
//! the question whether to trust it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::form::{key_arg, keyed};
use crate::i18n::t;
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
        .title(Line::styled(
            format!(" {} ", t!(wizard_form_trust_title)),
            theme.warn(),
        ));
    let day = |t: jiff::Timestamp| t.strftime("%Y-%m-%d").to_string();
    let labels = [
        t!(wizard_form_trust_subject),
        t!(wizard_form_trust_issuer),
        t!(wizard_form_trust_valid),
    ];
    // 10 columns, or the widest label of the language and a space.
    let label_w = labels
        .iter()
        .map(|l| l.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(10);
    let row = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label:<label_w$}"), theme.key()),
            Span::raw(value),
        ])
    };
    // 32 bytes as two lines of 16, as they fit 60 columns; narrower, the label on a line
    // of its own and two lines of 16 (four of 8 when even that is too wide).
    let narrow = w < 60;
    let hex: Vec<&str> = info.sha256.split(':').collect();
    let mut text = vec![Line::raw(t!(wizard_form_trust_unsigned))];
    if narrow {
        text.push(Line::styled("SHA-256", theme.key()));
        // 16 bytes take 47 columns inside the border.
        let per_line = if w >= 49 { 16 } else { 8 };
        text.extend(hex.chunks(per_line).map(|b| Line::raw(b.join(":"))));
    } else {
        for (i, bytes) in hex.chunks(16).enumerate() {
            let label = if i == 0 { "SHA-256" } else { "" };
            text.push(row(label, bytes.join(":")));
        }
    }
    // Narrow, a self-signed certificate's issuer is said in a word, and the advice is short:
    // the fingerprint's rows leave no room for more.
    let issuer = if narrow && info.issuer == info.subject {
        t!(wizard_form_trust_issuer_same)
    } else {
        info.issuer.clone()
    };
    let compare = if narrow {
        t!(wizard_form_trust_compare_short)
    } else {
        t!(wizard_form_trust_compare)
    };
    text.extend([
        row(&labels[0], info.subject.clone()),
        row(&labels[1], issuer),
        row(
            &labels[2],
            t!(
                wizard_form_trust_valid_dates,
                from = day(info.not_before),
                to = day(info.not_after)
            ),
        ),
        Line::raw(compare),
    ]);
    let question = keyed(
        &t!(
            wizard_form_trust_keys,
            yes = key_arg("y"),
            no = key_arg("n"),
            esc = key_arg("Esc")
        ),
        theme.key(),
        ratatui::style::Style::default(),
    );
    if narrow {
        // Narrow, the wrapped rows push the end out of the box: the keys come right after
        // the first sentence, so the question is always answerable.
        text.insert(1, question);
    } else {
        text.push(question);
    }
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
        rect,
    );
}
