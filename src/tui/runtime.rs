//! The runtime: turns terminal events, signals, timers and finished effects into `Msg`s,
//! runs `update`, executes the effects, and draws, only after a message and never on a
//! timer of its own. The spinner's tick timer exists only while `App::wants_ticks`, so an
//! idle wizard sleeps in `select!` until the next key.

pub mod browser;
mod effects;

use std::io;

use crossterm::event::{Event, EventStream, KeyEventKind};
use futures::StreamExt;
use tokio::sync::mpsc;
use tokio::time::{Interval, MissedTickBehavior};

pub use effects::Services;

use super::model::App;
use super::msg::{Effect, Msg};
use super::terminal::Guard;
use super::theme::Theme;
use super::{update, view};

use super::model::TICK;

/// The runtime's inbox; made before the runtime so that callbacks set up earlier (the
/// keyring's "waiting" notice) can post to it.
pub struct Inbox {
    tx: mpsc::UnboundedSender<Msg>,
    rx: mpsc::UnboundedReceiver<Msg>,
}

impl Inbox {
    pub fn new() -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        Self { tx, rx }
    }

    pub fn sender(&self) -> mpsc::UnboundedSender<Msg> {
        self.tx.clone()
    }
}

impl Default for Inbox {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs the wizard until `app.exit` is set; returns the final state (exit code and note).
pub async fn run(mut app: App, theme: Theme, services: Services, inbox: Inbox) -> io::Result<App> {
    let mut guard = Guard::enter()?;
    let Inbox { tx, mut rx } = inbox;
    let mut exec = effects::Executor::new(services, tx);
    let mut events = EventStream::new();
    let mut signals = Box::pin(signals()?);
    let mut ticker: Option<Interval> = None;

    let size = guard.terminal.size()?;
    update::update(&mut app, Msg::Resize(size.width, size.height));
    // The first frame comes from the config alone; keyring and network work start after it.
    guard.terminal.draw(|f| view::view(&app, &theme, f))?;
    let first = update::init(&mut app);
    run_effects(&mut exec, &mut guard, &mut app, first)?;

    while app.exit.is_none() {
        sync_ticker(&mut ticker, app.wants_ticks());
        let msg = tokio::select! {
            event = events.next() => match event {
                Some(Ok(event)) => from_event(event),
                Some(Err(e)) => return Err(e),
                // The terminal went away: behave as on SIGHUP.
                None => Some(Msg::Terminate),
            },
            Some(msg) = rx.recv() => Some(msg),
            () = tick(&mut ticker) => Some(Msg::Tick),
            Some(()) = signals.next() => Some(Msg::Terminate),
        };
        let Some(msg) = msg else {
            continue; // mouse, focus, key releases: nothing changed, nothing to draw
        };
        let mut effects = update::update(&mut app, msg);
        // Apply whatever else is already queued before drawing once.
        while let Ok(more) = rx.try_recv() {
            effects.extend(update::update(&mut app, more));
        }
        run_effects(&mut exec, &mut guard, &mut app, effects)?;
        if app.exit.is_none() {
            guard.terminal.draw(|f| view::view(&app, &theme, f))?;
        }
    }
    drop(guard);
    Ok(app)
}

fn run_effects(
    exec: &mut effects::Executor,
    guard: &mut Guard,
    app: &mut App,
    effects: Vec<Effect>,
) -> io::Result<()> {
    for effect in effects {
        match effect {
            Effect::Suspend => {
                guard.suspend()?;
                let more = update::update(app, Msg::Resumed);
                run_effects(exec, guard, app, more)?;
            }
            Effect::Copy(text) => guard.copy(&text)?,
            other => exec.spawn(other),
        }
    }
    Ok(())
}

fn from_event(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text.into())),
        Event::Resize(width, height) => Some(Msg::Resize(width, height)),
        _ => None,
    }
}

fn sync_ticker(ticker: &mut Option<Interval>, wanted: bool) {
    match (ticker.is_some(), wanted) {
        (false, true) => {
            let mut t = tokio::time::interval_at(tokio::time::Instant::now() + TICK, TICK);
            t.set_missed_tick_behavior(MissedTickBehavior::Skip);
            *ticker = Some(t);
        }
        (true, false) => *ticker = None,
        _ => {}
    }
}

async fn tick(ticker: &mut Option<Interval>) {
    match ticker {
        Some(t) => {
            t.tick().await;
        }
        None => std::future::pending().await,
    }
}

/// SIGTERM, SIGINT and SIGHUP as one stream (raw mode keeps Ctrl-C a key, so SIGINT comes
/// only from `kill`).
#[cfg(unix)]
fn signals() -> io::Result<impl futures::Stream<Item = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut streams = Vec::new();
    for kind in [
        SignalKind::terminate(),
        SignalKind::interrupt(),
        SignalKind::hangup(),
    ] {
        let mut s = signal(kind)?;
        streams.push(futures::stream::poll_fn(move |cx| s.poll_recv(cx)).boxed());
    }
    Ok(futures::stream::select_all(streams))
}

#[cfg(not(unix))]
fn signals() -> io::Result<impl futures::Stream<Item = ()>> {
    Ok(futures::stream::once(async {
        let _ = tokio::signal::ctrl_c().await;
    }))
}
