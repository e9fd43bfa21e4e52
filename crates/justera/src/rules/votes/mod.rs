//! Votes: counted votes, results and roll calls.
