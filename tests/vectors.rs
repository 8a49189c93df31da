//! Every file of `../shared/vectors/` through the Rust API, unchanged.

use screening_core::conformance;
use screening_tests::vector_files;

#[test]
fn every_shared_vector_passes() {
    let files = vector_files();
    assert!(!files.is_empty(), "no vector files found");
    let mut total = conformance::Outcome::default();
    for path in &files {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = conformance::run(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        println!("{}: {}", path.display(), outcome.summary());
        total.merge(outcome);
    }
    for f in &total.failures {
        println!("FAIL {}: expected {} got {}", f.id, f.expected, f.got);
    }
    println!("{}", total.summary());
    assert!(total.failures.is_empty(), "{}", total.summary());
    assert!(
        total.passed >= 3206,
        "fewer vectors than the 3206 known today: {}",
        total.passed
    );
}
