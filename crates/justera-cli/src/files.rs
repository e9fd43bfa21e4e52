//! Files in: the only module of the project that reads the file system.

/// Why `path` cannot be read, in Swedish and English: the file is broken,
/// not a protocol format, or over one of the core's limits (which one, and
/// what the user can do).
pub fn refused(path: &str, e: &justera::input::InputError) -> String {
    format!("{path}: {} / {}", e.message(), e.message_en())
}

/// Read a file as text: plain text in any common encoding, .docx or PDF,
/// detected by content. Says on stderr what was read unless it was plain
/// UTF-8, and lists what the conversion found (tracked changes, comments).
pub fn read(path: &str) -> Result<String, String> {
    let decoded = decode_file(path)?;
    for note in &decoded.notes {
        eprintln!("justera: {path}: {}", note.message_en());
    }
    Ok(decoded.text)
}

/// Read and decode a file (`-` is standard input), saying on stderr what
/// was read unless it was plain UTF-8 text.
pub fn decode_file(path: &str) -> Result<justera::input::Decoded, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    let decoded = justera::input::decode(&bytes).map_err(|e| refused(path, &e))?;
    if decoded.describe() != "text, UTF-8" {
        eprintln!("justera: {path}: read as {}", decoded.describe());
    }
    Ok(decoded)
}
