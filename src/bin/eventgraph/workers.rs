//! Queries of a read-only server, evaluated in worker processes: a query
//! over its time is ended by killing its worker, not only answered 503.
//! oxigraph looks at a query's cancellation only when it reads the store,
//! so a join, a sort or a count in memory would otherwise keep a core busy
//! until it ends.
//!
//! A worker is this program run as `eventgraph serve-worker`: it opens the
//! store read-only (RocksDB allows readers beside readers) and answers
//! requests on its standard input, one at a time. Each message is a list
//! of fields, each a little-endian `u32` length and its bytes.

use oxhttp::model::StatusCode;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// A response as plain data (a `Response` cannot cross threads, nor
/// processes).
pub struct Answer {
    pub status: StatusCode,
    pub media: std::borrow::Cow<'static, str>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(status: StatusCode, message: &str) -> Answer {
        Answer {
            status,
            media: "text/plain; charset=utf-8".into(),
            body: message.as_bytes().to_vec(),
        }
    }
}

/// What a worker is asked.
pub struct Request {
    pub query: String,
    pub format: Option<String>,
    pub accept: Option<String>,
    pub max_results: usize,
}

/// Why a worker gave no answer.
pub enum Failure {
    /// Over the time allowed: the worker was killed.
    Timeout,
    /// The worker died or could not be started (the message says how).
    Broken(String),
}

struct Worker {
    child: Child,
    input: BufWriter<ChildStdin>,
    output: BufReader<ChildStdout>,
}

/// Workers, each idle or answering one query.
pub struct Pool {
    /// The command that starts one (this program, `serve-worker`, the
    /// store's arguments).
    program: std::path::PathBuf,
    args: Vec<std::ffi::OsString>,
    state: Mutex<State>,
    freed: Condvar,
}

struct State {
    idle: Vec<Worker>,
    /// Workers alive, idle or busy.
    alive: usize,
}

impl Pool {
    /// Starts `count` workers of `program args`.
    pub fn start(
        program: std::path::PathBuf,
        args: Vec<std::ffi::OsString>,
        count: usize,
    ) -> io::Result<Pool> {
        let pool = Pool {
            program,
            args,
            state: Mutex::new(State {
                idle: Vec::new(),
                alive: 0,
            }),
            freed: Condvar::new(),
        };
        for _ in 0..count.max(1) {
            let w = pool.spawn()?;
            let mut state = pool.state.lock().unwrap();
            state.idle.push(w);
            state.alive += 1;
        }
        Ok(pool)
    }

    fn spawn(&self) -> io::Result<Worker> {
        let mut child = Command::new(&self.program)
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        let input = BufWriter::new(child.stdin.take().expect("piped"));
        let mut output = BufReader::new(child.stdout.take().expect("piped"));
        // A worker says it is ready once its store is open.
        if take(&mut output)?.is_none() {
            let status = child.wait()?;
            return Err(io::Error::other(format!(
                "a query worker stopped before it was ready ({status}; its error is above)"
            )));
        }
        Ok(Worker {
            child,
            input,
            output,
        })
    }

    /// An idle worker, waiting for one while all are busy; one that ended
    /// while idle (killed from outside) is replaced before it is asked
    /// anything.
    fn take(&self) -> Result<Worker, Failure> {
        loop {
            let mut w = {
                let mut state = self.state.lock().unwrap();
                loop {
                    if let Some(w) = state.idle.pop() {
                        break w;
                    }
                    if state.alive == 0 {
                        return Err(Failure::Broken("no query worker is running".into()));
                    }
                    state = self.freed.wait(state).unwrap();
                }
            };
            if matches!(w.child.try_wait(), Ok(None)) {
                return Ok(w);
            }
            if let Some(new) = self.respawn() {
                return Ok(new);
            }
        }
    }

    fn give(&self, w: Worker) {
        self.state.lock().unwrap().idle.push(w);
        self.freed.notify_one();
    }

    /// A worker in the place of one that ended; if none can be started,
    /// the pool has one worker fewer.
    fn respawn(&self) -> Option<Worker> {
        match self.spawn() {
            Ok(w) => Some(w),
            Err(e) => {
                eprintln!("serve: cannot start a query worker: {e}");
                self.state.lock().unwrap().alive -= 1;
                self.freed.notify_all();
                None
            }
        }
    }

    /// Ends a worker and starts another in its place.
    fn replace(&self, mut child: Child) {
        let _ = child.kill();
        let _ = child.wait();
        if let Some(new) = self.respawn() {
            self.give(new);
        }
    }

    /// The answer to `request` from a worker, within `timeout`; a worker
    /// over it is killed (and replaced).
    pub fn answer(&self, request: &Request, timeout: Duration) -> Result<Answer, Failure> {
        let Worker {
            child,
            mut input,
            mut output,
        } = self.take()?;
        let message = encode_request(request);
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        // The exchange on its own thread: a pipe read has no timeout.
        std::thread::spawn(move || {
            let answer = input
                .write_all(&message)
                .and_then(|()| input.flush())
                .and_then(|()| read_answer(&mut output));
            let _ = tx.send((answer, input, output));
        });
        match rx.recv_timeout(timeout) {
            Ok((Ok(answer), input, output)) => {
                self.give(Worker {
                    child,
                    input,
                    output,
                });
                Ok(answer)
            }
            Ok((Err(e), _, _)) => {
                self.replace(child);
                Err(Failure::Broken(format!("the query worker failed: {e}")))
            }
            Err(_) => {
                // Killing the worker ends the exchange's thread too: its
                // read meets the end of the pipe.
                self.replace(child);
                Err(Failure::Timeout)
            }
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        for mut w in self.state.lock().unwrap().idle.drain(..) {
            let _ = w.child.kill();
            let _ = w.child.wait();
        }
    }
}

fn put(out: &mut Vec<u8>, field: &[u8]) {
    out.extend_from_slice(&(field.len() as u32).to_le_bytes());
    out.extend_from_slice(field);
}

/// One field, or `None` at the end of the input (before a field begins).
fn take(input: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut field = vec![0; u32::from_le_bytes(len) as usize];
    input.read_exact(&mut field)?;
    Ok(Some(field))
}

fn field(input: &mut impl Read) -> io::Result<Vec<u8>> {
    take(input)?.ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "message cut short"))
}

fn text(input: &mut impl Read) -> io::Result<String> {
    String::from_utf8(field(input)?).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn encode_request(r: &Request) -> Vec<u8> {
    let mut out = Vec::with_capacity(r.query.len() + 64);
    put(&mut out, r.query.as_bytes());
    put(&mut out, r.format.as_deref().unwrap_or("").as_bytes());
    put(&mut out, r.accept.as_deref().unwrap_or("").as_bytes());
    put(&mut out, r.max_results.to_string().as_bytes());
    out
}

fn read_answer(input: &mut impl Read) -> io::Result<Answer> {
    let status = text(input)?
        .parse::<u16>()
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no status"))?;
    let media = text(input)?;
    let body = field(input)?;
    Ok(Answer {
        status,
        media: media.into(),
        body,
    })
}

/// A worker's life: requests from standard input, each answered by
/// `answer` on standard output, until the input ends (the server stopped).
pub fn work(answer: impl Fn(&Request) -> Answer) -> io::Result<()> {
    let mut input = BufReader::new(io::stdin().lock());
    let mut output = BufWriter::new(io::stdout().lock());
    let mut ready = Vec::new();
    put(&mut ready, b"ready");
    output.write_all(&ready)?;
    output.flush()?;
    let some = |f: String| (!f.is_empty()).then_some(f);
    while let Some(query) = take(&mut input)? {
        let query =
            String::from_utf8(query).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let format = some(text(&mut input)?);
        let accept = some(text(&mut input)?);
        let max_results = text(&mut input)?.parse().unwrap_or(usize::MAX);
        let a = answer(&Request {
            query,
            format,
            accept,
            max_results,
        });
        let mut message = Vec::with_capacity(a.body.len() + 64);
        put(&mut message, a.status.as_u16().to_string().as_bytes());
        put(&mut message, a.media.as_bytes());
        put(&mut message, &a.body);
        output.write_all(&message)?;
        output.flush()?;
    }
    Ok(())
}
