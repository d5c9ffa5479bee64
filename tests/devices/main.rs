//! Devices and the server end to end, through a proxy that cuts, resets or
//! stalls their connections.

mod actions;
mod common;
mod faults;
mod sync;
