//! Timings the browser can read back: `performance.mark` and `performance.measure` entries
//! around the work worth watching (the analysis, the first highlighted render), so tests and
//! the browser's profiler see the same figures.

/// Run `f` between two performance marks and record the span as a measure called `name`.
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}

/// Record a single performance mark called `name`.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
