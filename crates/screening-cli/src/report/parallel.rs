//! Parallel reading: lines are read with a `BufReader` into chunks of
//! [`CHUNK_LINES`], a reader thread hands the chunks to the workers through a
//! bounded channel, and the partial summaries are merged in file order.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, sync_channel};

use super::tally::Summary;
use crate::progress::Progress;

/// Lines per work unit.
pub const CHUNK_LINES: usize = 4096;

/// Lines of the file, read together.
struct Chunk {
    first_line: u64,
    data: Vec<u8>,
    ends: Vec<usize>,
}

impl Chunk {
    fn summarize(&self) -> Summary {
        let mut s = Summary::default();
        let mut start = 0;
        for (i, &end) in self.ends.iter().enumerate() {
            let mut line = &self.data[start..end];
            if let Some(l) = line.strip_suffix(b"\n") {
                line = l.strip_suffix(b"\r").unwrap_or(l);
            }
            s.add_line(self.first_line + i as u64, line);
            start = end;
        }
        s
    }
}

/// Summarizes JSON Lines from `input` with `threads` workers.
///
/// The result is the same for any number of threads.
pub fn summarize<R: Read + Send>(
    input: R,
    threads: usize,
    mut progress: Option<(&mut Progress, Option<u64>)>,
) -> std::io::Result<Summary> {
    let threads = threads.max(1);
    let (chunk_tx, chunk_rx) = sync_channel::<(usize, Chunk)>(threads * 2);
    let chunk_rx: Mutex<Receiver<(usize, Chunk)>> = Mutex::new(chunk_rx);
    std::thread::scope(|scope| {
        let (part_tx, part_rx) = sync_channel::<(usize, Summary, u64)>(threads * 2);
        let reader = scope.spawn(move || -> std::io::Result<()> {
            let mut input = BufReader::with_capacity(1 << 20, input);
            let mut line = 1u64;
            let mut seq = 0usize;
            loop {
                let mut chunk = Chunk {
                    first_line: line,
                    data: Vec::with_capacity(1 << 20),
                    ends: Vec::with_capacity(CHUNK_LINES),
                };
                while chunk.ends.len() < CHUNK_LINES {
                    if input.read_until(b'\n', &mut chunk.data)? == 0 {
                        break;
                    }
                    chunk.ends.push(chunk.data.len());
                }
                if chunk.ends.is_empty() {
                    return Ok(());
                }
                line += chunk.ends.len() as u64;
                let last = chunk.ends.len() < CHUNK_LINES;
                if chunk_tx.send((seq, chunk)).is_err() {
                    return Ok(());
                }
                seq += 1;
                if last {
                    return Ok(());
                }
            }
        });
        for _ in 0..threads {
            let part_tx = part_tx.clone();
            let chunk_rx = &chunk_rx;
            scope.spawn(move || {
                loop {
                    let next = match chunk_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, chunk)) = next else { return };
                    let bytes = chunk.data.len() as u64;
                    if part_tx.send((seq, chunk.summarize(), bytes)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(part_tx);
        // Merge in file order: keep the parts that arrive early until their turn.
        let mut total = Summary::default();
        let mut pending = BTreeMap::new();
        let mut want = 0usize;
        let mut bytes = 0u64;
        for (seq, part, n) in part_rx {
            pending.insert(seq, (part, n));
            while let Some((part, n)) = pending.remove(&want) {
                total.merge(part);
                bytes += n;
                want += 1;
            }
            if let Some((bar, size)) = progress.as_mut() {
                bar.show(size.map(|s| bytes as f64 / s.max(1) as f64), total.lines);
            }
        }
        match reader.join() {
            Ok(result) => result.map(|()| total),
            Err(_) => Err(std::io::Error::other("the reader thread failed")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::CAP;
    use screening_core::StateName;

    #[test]
    fn lists_are_capped_in_file_order_and_counts_are_complete() {
        let mut text = String::new();
        for _ in 0..(CAP + 500) {
            text.push_str("not json\n");
        }
        let s = summarize(text.as_bytes(), 3, None).unwrap();
        assert_eq!(s.malformed, (CAP + 500) as u64);
        assert_eq!(s.malformed_list.len(), CAP);
        let lines: Vec<u64> = s.malformed_list.iter().map(|m| m.line).collect();
        assert_eq!(lines, (1..=CAP as u64).collect::<Vec<_>>());
    }

    #[test]
    fn a_last_line_without_newline_and_crlf_lines_are_read() {
        let case = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/case-DV-0042.json"
        ))
        .unwrap();
        let one_line: String =
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&case).unwrap())
                .unwrap();
        let text = format!("{one_line}\r\n\n\u{feff}x\n{one_line}");
        let s = summarize(text.as_bytes(), 2, None).unwrap();
        assert_eq!((s.lines, s.blank, s.cases, s.malformed), (4, 1, 2, 1));
        assert_eq!(s.states[StateName::StruckOff as usize], 2);
        assert_eq!(s.malformed_list[0].line, 3);
    }
}
