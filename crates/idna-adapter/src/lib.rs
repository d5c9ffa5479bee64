//! The Unicode back end of the `idna` crate, chosen per target.
//!
//! Native builds (server, desktop, Android, iOS) use ICU4X's Unicode data,
//! so a server address typed as `https://مثال.امارات/` still works.
//! The browser build uses [`ascii`]: the page only ever talks to its own
//! origin, which the browser gives in ASCII (`xn--` form), and leaving out
//! the normalisation and property tables saves about 47 KiB of the gzipped
//! download.

#![no_std]

#[cfg(any(target_arch = "wasm32", test))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod ascii;

#[cfg(target_arch = "wasm32")]
pub use ascii::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

/// A set of joining types, one bit per type (none in the browser build).
#[derive(Clone, Copy)]
pub struct JoiningTypeMask(pub(crate) u32);

impl JoiningTypeMask {
    /// Whether the two sets share a joining type.
    pub fn intersects(self, other: JoiningTypeMask) -> bool {
        self.0 & other.0 != 0
    }
}

/// A set of bidi classes, one bit per class (none in the browser build).
#[derive(Clone, Copy)]
pub struct BidiClassMask(pub(crate) u32);

impl BidiClassMask {
    /// Whether the two sets share a bidi class.
    pub fn intersects(self, other: BidiClassMask) -> bool {
        self.0 & other.0 != 0
    }
}
