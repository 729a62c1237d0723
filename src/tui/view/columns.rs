//! The home list's column widths, from the terminal's width and what the rows hold: each
//! column as wide as its longest value, and when the row is too narrow the widest column
//! gives way first, so a long account name never pushes the others off while the name
//! column has blank space.

use crate::i18n::t;
use crate::store::ProfileRecord;

/// The status symbol and a space (ASCII's `ok` never touches the default marker).
pub const SYM_W: usize = 3;
/// The name column's title with the default's marker explained, when there is room.
pub fn name_title() -> String {
    t!(wizard_home_col_profile_default)
}
/// The same, short.
pub fn name_title_short() -> String {
    t!(wizard_home_col_profile)
}
fn chars(s: &str) -> usize {
    s.chars().count()
}
/// Below these no column shrinks (name and host keep their gap).
const MIN: [usize; 3] = [9, 9, 7];

/// Widths of the name (marker and gap included) and host (gap included) columns; the
/// account name takes the rest of the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub name: usize,
    pub host: usize,
}

impl Columns {
    pub fn account_x(self) -> usize {
        SYM_W + self.name + self.host
    }

    /// The name column's title as wide as the column allows.
    pub fn name_title(self) -> String {
        let long = name_title();
        if self.name > chars(&long) {
            long
        } else {
            name_title_short()
        }
    }
}

/// The columns for `rows` in a list `width` columns wide.
pub fn columns<'a>(
    rows: impl Iterator<Item = (&'a str, &'a ProfileRecord)>,
    width: usize,
) -> Columns {
    let mut w = [
        chars(&name_title()) + 1,
        chars(&t!(wizard_home_col_host)) + 1,
        chars(&t!(wizard_home_col_account)),
    ];
    for (name, record) in rows {
        let host = crate::link::host(&record.data.url);
        let account = super::clean(&record.data.account_name);
        // The default's marker before the name, a gap after it and after the host.
        w[0] = w[0].max(name.chars().count() + 2);
        w[1] = w[1].max(host.chars().count() + 1);
        w[2] = w[2].max(account.chars().count());
    }
    let room = width.saturating_sub(SYM_W);
    while w.iter().sum::<usize>() > room {
        // The widest column above its minimum gives one; the last of equals first.
        let Some(i) = (0..3).filter(|&i| w[i] > MIN[i]).max_by_key(|&i| (w[i], i)) else {
            break;
        };
        w[i] -= 1;
    }
    Columns {
        name: w[0],
        host: w[1],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::update::tests::record;

    fn widths(rows: &[(&str, &str, &str)], width: usize) -> Columns {
        let records: Vec<(String, ProfileRecord)> = rows
            .iter()
            .enumerate()
            .map(|(i, (n, url, acc))| ((*n).to_owned(), record(i as u128 + 1, url, 1, acc, 7)))
            .collect();
        columns(records.iter().map(|(n, r)| (n.as_str(), r)), width)
    }

    #[test]
    fn wide_terminals_fit_every_value_and_the_title() {
        let c = widths(&[("acme", "https://chat.example.com", "Acme Inc.")], 80);
        assert_eq!((c.name, c.host), (20, 17));
        assert_eq!(c.name_title(), name_title());
    }

    #[test]
    fn the_widest_column_gives_way_first() {
        let long = "A very long account name that goes on and on";
        let c = widths(&[("acme", "https://chat.example.com", long)], 80);
        // The name and host keep their room; the account name is cut.
        assert_eq!((c.name, c.host), (20, 17));
        // 50 columns: the account gives way until it is no wider than the others, then
        // all three share what is left.
        let c = widths(&[("acme", "https://chat.example.com", long)], 50);
        assert_eq!((c.name, c.host), (16, 16));
        assert_eq!(c.account_x(), 50 - 15);
        assert_eq!(c.name_title(), name_title_short());
    }

    #[test]
    fn nothing_shrinks_below_its_minimum() {
        let c = widths(
            &[(
                "a-long-profile-name-here",
                "https://support.initech.io",
                "Initech",
            )],
            20,
        );
        assert_eq!((c.name, c.host), (MIN[0], MIN[1]));
    }
}
