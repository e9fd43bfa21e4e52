//! Plain text in any encoding people actually have: UTF-8 with or without a
//! byte order mark, UTF-16 (BOM, or detected by its zero bytes), and the
//! single-byte Windows-1252 / ISO-8859-1 and Mac Roman. Line ends (LF, CRLF,
//! CR) are kept as they are.

use encoding_rs::{Encoding, MACINTOSH, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::{Decoded, Format, InputError, Note};

pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with_encoding(bytes, encoding, bom_len));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(with_encoding(bytes, encoding, 0));
    }
    if looks_binary(bytes) {
        return Err(InputError::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(text(s.to_string(), "UTF-8", false));
    }
    // Mostly UTF-8 with a few broken bytes (a bad copy and paste) is still
    // UTF-8: reading it as Windows-1252 would garble every å, ä and ö.
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
        invalid += chunk.invalid().len();
    }
    if multibyte > 0 && multibyte >= invalid {
        let mut d = text(String::from_utf8_lossy(bytes).into_owned(), "UTF-8", false);
        d.notes.push(Note::InvalidBytes { count: invalid });
        return Ok(d);
    }
    let encoding = single_byte(bytes);
    let mut d = with_encoding(bytes, encoding, 0);
    if encoding == WINDOWS_1252 && !bytes.iter().any(|b| (0x80..0xA0).contains(b)) {
        // Identical to ISO-8859-1 for these bytes; name what was most
        // likely meant.
        d.encoding = Some("ISO-8859-1");
    }
    Ok(d)
}

fn text(s: String, encoding: &'static str, bom: bool) -> Decoded {
    let mut d = Decoded::new(lone_cr_to_lf(without_soft_hyphens(s)), Format::Text);
    d.encoding = Some(encoding);
    d.bom = bom;
    d
}

fn with_encoding(bytes: &[u8], encoding: &'static Encoding, bom_len: usize) -> Decoded {
    let (s, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
    let invalid = if had_errors {
        s.matches('\u{FFFD}').count()
    } else {
        0
    };
    let mut d = text(s.into_owned(), encoding.name(), bom_len > 0);
    if invalid > 0 {
        d.notes.push(Note::InvalidBytes { count: invalid });
    }
    d
}

/// Soft hyphens (U+00AD, `&shy;` in a web page copied as text) are
/// invisible places a word may break: left out, so `arbets­utskottets` is
/// one word for every reader, as it is on screen.
fn without_soft_hyphens(s: String) -> String {
    if !s.contains('\u{AD}') {
        return s;
    }
    s.replace('\u{AD}', "")
}

/// Old Mac line ends (a lone CR) become LF: one byte for one, so every
/// offset stays where it was and the lines look the same; CRLF is kept.
fn lone_cr_to_lf(s: String) -> String {
    if !s.contains('\r') {
        return s;
    }
    let mut bytes = s.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// UTF-16 without a BOM shows as a zero byte in every other position
/// (Latin text has a zero high byte).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd * 10 > pairs * 4 && even * 50 < pairs {
        Some(UTF_16LE)
    } else if even * 10 > pairs * 4 && odd * 50 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Text has no NUL and few control characters (tab, line ends and form
/// feed aside).
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 << 10)];
    sample.contains(&0) || controls(sample) * 100 > sample.len()
}

/// A control character that text does not hold.
fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F
}

/// How many bytes are [`is_control`]: counted without a branch, in runs of
/// at most 255 bytes so a byte-wide count cannot overflow (the compiler
/// turns this into vector code).
fn controls(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|run| run.iter().map(|&b| is_control(b) as u8).sum::<u8>() as usize)
        .sum()
}

/// Windows-1252 unless the bytes read better as Mac Roman: count the bytes
/// that would be Swedish letters in each.
fn single_byte(bytes: &[u8]) -> &'static Encoding {
    // å ä ö Å Ä Ö é É ü Ü
    const CP1252: [u8; 10] = [0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xC9, 0xFC, 0xDC];
    const MAC: [u8; 10] = [0x8C, 0x8A, 0x9A, 0x81, 0x80, 0x85, 0x8E, 0x83, 0x9F, 0x86];
    let score = |set: &[u8; 10]| bytes.iter().filter(|b| set.contains(b)).count();
    if score(&MAC) > score(&CP1252) {
        MACINTOSH
    } else {
        WINDOWS_1252
    }
}

#[cfg(test)]
mod tests {
    use super::super::decode;
    use super::*;

    const SWEDISH: &str = "Socialnämnden § 15\r\nÅrsredovisning för Öckerö, beslut: “bifall”\r\n";

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut v = Vec::new();
        if bom {
            v.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for u in s.encode_utf16() {
            v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    }

    /// Soft hyphens are left out of the text, in UTF-8 and in Windows-1252
    /// (byte 0xAD); a hyphen stays.
    #[test]
    fn soft_hyphens_are_left_out() {
        let d = decode("arbets\u{AD}utskottets förslag, e-post".as_bytes()).unwrap();
        assert_eq!(d.text, "arbetsutskottets förslag, e-post");
        let d = decode(b"arbets\xADutskottets f\xF6rslag").unwrap();
        assert_eq!(d.text, "arbetsutskottets förslag");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode(SWEDISH.as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            (SWEDISH, Some("UTF-8"), false)
        );
        let mut v = b"\xEF\xBB\xBF".to_vec();
        v.extend_from_slice(SWEDISH.as_bytes());
        let d = decode(&v).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            (SWEDISH, Some("UTF-8"), true)
        );
        assert_eq!(d.describe(), "text, UTF-8 (BOM)");
    }

    #[test]
    fn utf16_with_bom_and_without() {
        for (le, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            for bom in [true, false] {
                let d = decode(&utf16(SWEDISH, le, bom)).unwrap();
                assert_eq!(d.text, SWEDISH, "{name} bom={bom}");
                assert_eq!((d.encoding, d.bom), (Some(name), bom));
            }
        }
    }

    #[test]
    fn windows_1252_and_latin1_and_mac_roman() {
        let (bytes, _, _) = WINDOWS_1252.encode(SWEDISH);
        let d = decode(&bytes).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (SWEDISH, Some("windows-1252"))
        );
        // Without the curly quotes (0x93, 0x94) it is plain ISO-8859-1.
        let plain = "Kommunfullmäktige i Älvdalen, § 3 Översyn\n";
        let (bytes, _, _) = WINDOWS_1252.encode(plain);
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (plain, Some("ISO-8859-1")));
        let (bytes, _, _) = MACINTOSH.encode(plain);
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (plain, Some("macintosh")));
    }

    #[test]
    fn mostly_utf8_with_a_broken_byte_stays_utf8() {
        let mut v = "Beslut: nämnden godkänner åtgärden ".as_bytes().to_vec();
        v.push(0xE5); // a stray Latin-1 "å"
        v.extend_from_slice(" och förslaget.\n".as_bytes());
        let d = decode(&v).unwrap();
        assert_eq!(d.encoding, Some("UTF-8"));
        assert!(d
            .text
            .contains("nämnden godkänner åtgärden \u{FFFD} och förslaget"));
        assert_eq!(d.notes, vec![Note::InvalidBytes { count: 1 }]);
    }

    #[test]
    fn line_ends_keep_every_offset() {
        for text in ["a\r\nb\r\n", "a\nb\n"] {
            assert_eq!(decode(text.as_bytes()).unwrap().text, text);
        }
        // A lone CR (old Mac) is read as LF, byte for byte.
        assert_eq!(
            decode("å\rb\r\nc\r".as_bytes()).unwrap().text,
            "å\nb\r\nc\n"
        );
    }

    /// Bytes the generated samples are made of: every control byte, NUL,
    /// DEL, UTF-8 of å ä ö Å Ä Ö É § and NBSP, tab, CR, LF.
    const EDGE_BYTES: &[u8] = b"\x00\x01\x08\t\n\x0b\x0c\r\x1b\x1f x\x7f\x80\x9f\xa0\xa7\xc2\xc3\xa5\xa4\xb6\x85\x84\x96\x89\xff";

    #[test]
    fn controls_counts_as_the_filter_does() {
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for len in [0, 1, 7, 8, 9, 15, 16, 17, 254, 255, 256, 511, 1000] {
            for round in 0..40 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        // Mostly one byte over and over: long runs of controls.
                        let k = if round % 4 == 0 { 0 } else { state as usize };
                        EDGE_BYTES[(k + round) % EDGE_BYTES.len()]
                    })
                    .collect();
                let reference = bytes.iter().filter(|&&b| is_control(b)).count();
                assert_eq!(controls(&bytes), reference, "{bytes:?}");
            }
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(controls(&all), 29);
    }

    #[test]
    fn control_characters_mean_binary() {
        assert_eq!(
            decode(b"ELF\x01\x02\x03\x04\x05\x06abc").unwrap_err(),
            InputError::Binary
        );
        assert_eq!(decode(b"abc\x00def").unwrap_err(), InputError::Binary);
        // A form feed between pages is text.
        assert!(decode(b"sida 1\x0csida 2").is_ok());
    }
}
