//! Standard output. A reader that stops early (`justera check FILE | head`)
//! closes the pipe: the program then ends quietly with success, as `cat`
//! or `grep` do, instead of panicking in `println!`. Any other write error
//! ends it with a message and exit code 2.

use std::fmt;
use std::io::{self, Write};

/// Write to standard output, then go on or end as above.
pub fn write(args: fmt::Arguments) {
    let result = io::stdout().lock().write_fmt(args);
    if let Err(e) = result {
        quit(e);
    }
}

/// End the program after a failed write to standard output.
fn quit(e: io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("justera: cannot write to standard output: {e}");
    std::process::exit(2);
}

/// `print!` that ends quietly on a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::out::write(format_args!($($arg)*)) };
}

/// `println!` that ends quietly on a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::out::write(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {out, outln};
