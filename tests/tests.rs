//! eventgraph's integration tests: one binary, one module per subject.

mod suite;
