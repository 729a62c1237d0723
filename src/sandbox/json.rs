//! A tiny JSON value that keeps keys in insertion order: Chatwoot's jbuilder views write
//! keys in a fixed order and the sandbox must too (`serde_json::Map` would sort them).

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// An empty object, `{}`.
    pub fn empty() -> Self {
        Self::Obj(Vec::new())
    }

    /// Appends a key to an object (no-op on other values).
    pub fn push(&mut self, key: &str, value: impl Into<Json>) {
        if let Self::Obj(pairs) = self {
            pairs.push((key.to_owned(), value.into()));
        }
    }

    /// Serialises compactly, as Rails does.
    pub fn to_body(&self) -> Vec<u8> {
        // Serialising this type cannot fail: every key is a string, every number an integer.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

impl From<bool> for Json {
    fn from(v: bool) -> Self {
        Self::Bool(v)
    }
}

impl From<u64> for Json {
    fn from(v: u64) -> Self {
        i64::try_from(v).map_or(Self::Null, Self::Int)
    }
}

impl From<&str> for Json {
    fn from(v: &str) -> Self {
        Self::Str(v.to_owned())
    }
}

impl From<String> for Json {
    fn from(v: String) -> Self {
        Self::Str(v)
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(v: Option<T>) -> Self {
        v.map_or(Self::Null, Into::into)
    }
}

impl From<Vec<Json>> for Json {
    fn from(v: Vec<Json>) -> Self {
        Self::Arr(v)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Null => s.serialize_unit(),
            Self::Bool(b) => s.serialize_bool(*b),
            Self::Int(i) => s.serialize_i64(*i),
            Self::Str(v) => s.serialize_str(v),
            Self::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Self::Obj(pairs) => {
                let mut map = s.serialize_map(Some(pairs.len()))?;
                for (k, v) in pairs {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Builds an ordered object: `obj![("a", 1u64), ("b", "x")]`.
macro_rules! obj {
    ($(($k:expr, $v:expr)),* $(,)?) => {
        $crate::sandbox::json::Json::Obj(vec![$((String::from($k), $crate::sandbox::json::Json::from($v))),*])
    };
}
pub(crate) use obj;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_insertion_order() {
        let j = obj![("z", 1u64), ("a", Json::Null), ("m", "x"), ("b", true)];
        assert_eq!(
            String::from_utf8(j.to_body()).expect("utf-8"),
            r#"{"z":1,"a":null,"m":"x","b":true}"#
        );
    }
}
