//! A response body held only until it is parsed, then overwritten: the profile body
//! contains the token.

use serde::de::DeserializeOwned;

use super::Error;

/// Appends like `extend_from_slice`, but when the buffer must grow the old allocation is
/// zeroed first: a plain reallocation would leave a copy of the token (in the profile body)
/// in freed memory.
pub(super) fn append_wiping(bytes: &mut Vec<u8>, chunk: &[u8]) {
    let needed = bytes.len() + chunk.len();
    if needed > bytes.capacity() {
        let mut grown = Vec::with_capacity(needed.next_power_of_two());
        grown.extend_from_slice(bytes);
        bytes.fill(0);
        std::hint::black_box(&bytes);
        *bytes = grown;
    }
    bytes.extend_from_slice(chunk);
}

/// A response body held only until it is parsed, then overwritten (the profile body
/// contains the token).
pub(super) struct Body {
    pub(super) bytes: Vec<u8>,
    pub(super) is_json: bool,
}

impl Body {
    pub(super) fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.bytes).map_err(|_| Error::MalformedResponse)
    }

    pub(super) fn wipe(mut self) {
        self.bytes.fill(0);
        std::hint::black_box(&self.bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growing_body_keeps_every_byte() {
        let mut bytes = Vec::new();
        let mut expected = Vec::new();
        for i in 0..50u8 {
            let chunk = vec![i; usize::from(i) * 7 + 1];
            append_wiping(&mut bytes, &chunk);
            expected.extend_from_slice(&chunk);
        }
        assert_eq!(bytes, expected);
    }
}
