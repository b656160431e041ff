//! Real SPARQL servers for the linking tests, started by the test process
//! on 127.0.0.1 and loaded with the Wikidata-shaped fixture: oxigraph's
//! server (`pip install oxigraph`) and Virtuoso (Debian's
//! `virtuoso-opensource`), both installed by `scripts/setup`. Each runs
//! under a watchdog shell that stops it when the test process ends.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub struct Server {
    pub url: String,
    _dir: tempfile::TempDir,
    _child: Child,
}

/// A port free at the time of asking.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The fixture: the gazetteer as Wikidata shows it, and the made-up items.
fn fixture(dir: &Path) -> PathBuf {
    let out = Command::new(env!("CARGO_BIN_EXE_eventgraph"))
        .arg("wikidata-fixture")
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut ttl = out.stdout;
    ttl.extend(std::fs::read(super::root().join("tests/data/wikidata-fixture-extra.ttl")).unwrap());
    let path = dir.join("fixture.ttl");
    std::fs::write(&path, ttl).unwrap();
    path
}

fn need(program: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{program} is not installed: run scripts/setup (the linking tests need real SPARQL servers)"
    );
}

/// Runs `command` in the background under a shell that kills it once this
/// test process is gone.
fn watched(command: &str, log: &Path) -> Child {
    let script = format!(
        "{command} & s=$!; while kill -0 {pid} 2>/dev/null && kill -0 $s 2>/dev/null; do sleep 0.5; done; kill $s 2>/dev/null; sleep 1; kill -9 $s 2>/dev/null",
        pid = std::process::id()
    );
    Command::new("sh")
        .args(["-c", &script])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap()
}

/// Whether `url` answers an ASK query.
fn answers(url: &str) -> bool {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(2)))
        .build()
        .into();
    agent
        .get(url)
        .query("query", "ASK {}")
        .header("Accept", "application/sparql-results+json")
        .call()
        .is_ok()
}

/// A server started by the shell command `command(port)` on a port found
/// free, once `path` on it answers an ASK query. A port found free may be
/// taken before the server binds it (by another test's outgoing
/// connection): a server that exits at start is started again on another
/// port, up to three times.
fn on_a_free_port(log: &Path, path: &str, command: impl Fn(u16) -> String) -> (u16, Child) {
    for _ in 0..3 {
        let port = free_port();
        let mut child = watched(&command(port), log);
        let url = format!("http://127.0.0.1:{port}{path}");
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(90) {
            if answers(&url) {
                return (port, child);
            }
            if child.try_wait().ok().flatten().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        if child.try_wait().ok().flatten().is_none() {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{url} did not start: {}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
    }
    panic!(
        "the server did not start in three tries: {}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

/// oxigraph's server with the fixture loaded.
pub fn oxigraph() -> &'static Server {
    static S: OnceLock<Server> = OnceLock::new();
    S.get_or_init(|| {
        need("oxigraph");
        let dir = tempfile::tempdir().unwrap();
        let data = fixture(dir.path());
        let db = dir.path().join("db");
        let load = Command::new("oxigraph")
            .args(["load", "--location"])
            .arg(&db)
            .arg("--file")
            .arg(&data)
            .output()
            .unwrap();
        assert!(
            load.status.success(),
            "{}",
            String::from_utf8_lossy(&load.stderr)
        );
        let log = dir.path().join("server.log");
        let (port, child) = on_a_free_port(&log, "/query", |port| {
            format!(
                "exec oxigraph serve --location '{}' --bind 127.0.0.1:{port}",
                db.display()
            )
        });
        let url = format!("http://127.0.0.1:{port}/query");
        Server {
            url,
            _dir: dir,
            _child: child,
        }
    })
}

/// Starts Virtuoso with its database in `dir`, on free ports, and waits
/// until `/sparql` answers: (isql port, HTTP port, the watched process).
fn start_virtuoso(dir: &Path) -> (u16, u16, Child) {
    // A port found free may be taken before Virtuoso binds it (by another
    // test's outgoing connection): Virtuoso then exits, and is started
    // again on other ports.
    for _ in 0..3 {
        if let Some(started) = try_virtuoso(dir) {
            return started;
        }
    }
    panic!(
        "Virtuoso did not start in three tries: {}",
        std::fs::read_to_string(dir.join("virtuoso.log")).unwrap_or_default()
    );
}

/// Virtuoso on two ports found free, once it answers; `None` if it exited.
fn try_virtuoso(dir: &Path) -> Option<(u16, u16, Child)> {
    let d = dir.display().to_string();
    for f in [
        "virtuoso.db",
        "virtuoso.trx",
        "virtuoso.lck",
        "virtuoso-temp.db",
        "virtuoso-temp.trx",
    ] {
        let _ = std::fs::remove_file(dir.join(f));
    }
    let (isql, http) = (free_port(), free_port());
    let ini = format!(
        "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\nLockFile = {d}/virtuoso.lck\nTransactionFile = {d}/virtuoso.trx\nxa_persistent_file = {d}/virtuoso.pxa\nErrorLogLevel = 7\nFileExtend = 200\nMaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\n\
         [TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\nTransactionFile = {d}/virtuoso-temp.trx\nMaxCheckpointRemap = 2000\nStriping = 0\n\n\
         [Parameters]\nServerPort = {isql}\nDirsAllowed = ., {d}\nNumberOfBuffers = 20000\nMaxDirtyBuffers = 15000\n\n\
         [HTTPServer]\nServerPort = {http}\nServerRoot = /var/lib/virtuoso-opensource-7/vsp\nMaxClientConnections = 5\nServerThreads = 5\n\n\
         [SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 60\n"
    );
    std::fs::write(dir.join("virtuoso.ini"), ini).unwrap();
    let log = dir.join("server.log");
    let mut child = watched(
        &format!("exec virtuoso-t +foreground +configfile '{d}/virtuoso.ini'"),
        &log,
    );
    let url = format!("http://127.0.0.1:{http}/sparql");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(180) {
        if answers(&url) {
            return Some((isql, http, child));
        }
        if child.try_wait().ok().flatten().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!(
        "{url} did not start: {}",
        std::fs::read_to_string(dir.join("virtuoso.log")).unwrap_or_default()
    );
}

/// An empty oxigraph server of this test's own, to write into: its
/// Graph Store endpoint (`/store`) and its query endpoint (`/query`).
pub fn oxigraph_empty() -> (Server, String) {
    need("oxigraph");
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let db = dir.path().join("db");
    let (port, child) = on_a_free_port(&log, "/query", |port| {
        format!(
            "exec oxigraph serve --location '{}' --bind 127.0.0.1:{port}",
            db.display()
        )
    });
    let query = format!("http://127.0.0.1:{port}/query");
    let server = Server {
        url: format!("http://127.0.0.1:{port}/store"),
        _dir: dir,
        _child: child,
    };
    (server, query)
}

/// An empty Virtuoso of this test's own whose SPARQL user may update: its
/// Graph Store endpoint (`/sparql-graph-crud`) and `/sparql`.
pub fn virtuoso_empty() -> (Server, String) {
    need("virtuoso-t");
    need("isql-vt");
    let dir = tempfile::tempdir().unwrap();
    let (isql, http, child) = start_virtuoso(dir.path());
    let query = format!("http://127.0.0.1:{http}/sparql");

    let grant = Command::new("isql-vt")
        .arg(isql.to_string())
        .args(["dba", "dba"])
        .arg("exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&grant.stdout).into_owned()
        + &String::from_utf8_lossy(&grant.stderr);
    assert!(grant.status.success() && !said.contains("Error"), "{said}");
    let server = Server {
        url: format!("http://127.0.0.1:{http}/sparql-graph-crud"),
        _dir: dir,
        _child: child,
    };
    (server, query)
}

/// Virtuoso with the fixture loaded (through its isql port, into a graph
/// that its /sparql endpoint queries by default).
pub fn virtuoso() -> &'static Server {
    static S: OnceLock<Server> = OnceLock::new();
    S.get_or_init(|| {
        need("virtuoso-t");
        need("isql-vt");
        let dir = tempfile::tempdir().unwrap();
        let data = fixture(dir.path());
        let (isql, http, child) = start_virtuoso(dir.path());
        let url = format!("http://127.0.0.1:{http}/sparql");
        let load = Command::new("isql-vt")
            .arg(isql.to_string())
            .args(["dba", "dba"])
            .arg(format!(
                "exec=DB.DBA.TTLP_MT(file_to_string_output('{}'), '', 'urn:eventgraph:fixture'); checkpoint;",
                data.display()
            ))
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&load.stdout).into_owned()
            + &String::from_utf8_lossy(&load.stderr);
        assert!(load.status.success() && !said.contains("Error"), "{said}");
        Server {
            url,
            _dir: dir,
            _child: child,
        }
    })
}
