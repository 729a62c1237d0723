//! Changes of the config alone (no new secret): rename, default, `verified_at`.

use jiff::Timestamp;
use uuid::Uuid;

use super::Store;
use super::error::StoreError;
use super::name::normalize_name;

impl Store {
    /// Renames a profile (the default follows). Returns the normalised new name.
    pub fn rename(&self, old: &str, new: &str) -> Result<String, StoreError> {
        let old = normalize_name(old)?;
        let new = normalize_name(new)?;
        if old == new {
            return self.profile(Some(&old)).map(|(n, _)| n);
        }
        let (record, _) = self.mutate(|c| {
            if c.profiles.contains_key(&new) {
                return Err(StoreError::NameTaken { name: new.clone() });
            }
            let record = c.profiles.remove(&old).ok_or_else(|| c.unknown(&old))?;
            c.profiles.insert(new.clone(), record.clone());
            if c.default.as_deref() == Some(old.as_str()) {
                c.default = Some(new.clone());
            }
            Ok(record)
        })?;
        self.relabel(&new, &record);
        Ok(new)
    }

    /// Makes `name` the default profile. Returns the normalised name.
    pub fn set_default(&self, name: &str) -> Result<String, StoreError> {
        let name = normalize_name(name)?;
        self.mutate(|c| {
            if !c.profiles.contains_key(&name) {
                return Err(c.unknown(&name));
            }
            c.default = Some(name.clone());
            Ok(())
        })?;
        Ok(name)
    }

    /// Records a successful re-check of the profile with this `id` (whatever its name is
    /// now), changing only `verified_at`, and never moving it back in time. `Ok(false)` when
    /// the profile is gone.
    pub fn touch_verified(&self, id: Uuid, when: Timestamp) -> Result<bool, StoreError> {
        let (found, _) = self.mutate(|c| {
            Ok(match c.profiles.values_mut().find(|r| r.id == id) {
                Some(r) => {
                    if when > r.data.verified_at {
                        r.data.verified_at = when;
                    }
                    true
                }
                None => false,
            })
        })?;
        Ok(found)
    }

    /// [`Store::touch_verified`] for several profiles in one config write (what `status`
    /// does after re-checking many). Returns how many of them still exist.
    pub fn touch_verified_all(&self, ids: &[Uuid], when: Timestamp) -> Result<usize, StoreError> {
        let (found, _) = self.mutate(|c| {
            let mut found = 0;
            for r in c.profiles.values_mut().filter(|r| ids.contains(&r.id)) {
                found += 1;
                if when > r.data.verified_at {
                    r.data.verified_at = when;
                }
            }
            Ok(found)
        })?;
        Ok(found)
    }
}
