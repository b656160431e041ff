//! The `eventgraph` command line: parse, dispatch, map the outcome to an
//! exit status. 0: done; 1: done, but some input failed (named on standard
//! error); 2: nothing done (bad arguments, no store, an error); 130:
//! interrupted.

mod cli;
mod commands;
mod output;
mod serve;
mod workers;

use clap::Parser;
use std::io;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli.command) {
        Ok(code) => code,
        // `eventgraph export | head`: the reader left, nothing failed.
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn broken_pipe(e: &anyhow::Error) -> bool {
    let pipe = Some(io::ErrorKind::BrokenPipe);
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().map(io::Error::kind) == pipe
            || c.downcast_ref::<eventgraph::store::StoreError>()
                .and_then(|s| s.io_kind())
                == pipe
    })
}
