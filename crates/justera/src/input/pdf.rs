//! PDF text layers (feature `pdf`): being written; until then a PDF gets a
//! clear message.

use super::{Decoded, InputError, Limits};

pub(super) fn decode(_bytes: &[u8], _limits: &Limits) -> Result<Decoded, InputError> {
    Err(InputError::PdfNotEnabled)
}
