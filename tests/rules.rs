//! Property tests, one per rule where it fits.
