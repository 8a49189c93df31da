//! A tiny progress bar on standard error, drawn only when standard error is a
//! terminal (never in a pipe, a file or CI).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// A progress bar on standard error.
#[derive(Debug)]
pub struct Progress {
    what: &'static str,
    started: Instant,
    last: Option<Instant>,
}

const WIDTH: usize = 30;

impl Progress {
    /// A bar counting `what` (e.g. "cases"), or `None` when standard error is not a terminal.
    pub fn on_stderr(what: &'static str) -> Option<Progress> {
        std::io::stderr().is_terminal().then(|| Progress {
            what,
            started: Instant::now(),
            last: None,
        })
    }

    /// Shows `done` of `total` (a count of `what`), at most ten times a second.
    pub fn update(&mut self, done: u64, total: Option<u64>) {
        let fraction = total.filter(|t| *t > 0).map(|t| done as f64 / t as f64);
        self.show(fraction, done);
    }

    /// Shows a fraction of the work (e.g. bytes read of the file's size) and a count.
    pub fn show(&mut self, fraction: Option<f64>, count: u64) {
        let now = Instant::now();
        if self
            .last
            .is_some_and(|t| now.duration_since(t) < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(now);
        let secs = now.duration_since(self.started).as_secs_f64();
        let line = match fraction {
            Some(f) => {
                let f = f.clamp(0.0, 1.0);
                let filled = (f * WIDTH as f64) as usize;
                format!(
                    "[{}{}] {:3.0}% {count} {} {secs:.1} s",
                    "#".repeat(filled),
                    ".".repeat(WIDTH - filled),
                    f * 100.0,
                    self.what
                )
            }
            None => format!("{count} {} {secs:.1} s", self.what),
        };
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{line}\x1b[K");
        let _ = err.flush();
    }

    /// Clears the bar.
    pub fn finish(&mut self) {
        if self.last.is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}
