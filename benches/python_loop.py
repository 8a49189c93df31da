"""The screening ballot rules written as a plain Python loop — for the benchmark
comparison only (benches/python_bench.py). The library's rules are in Rust
(crates/screening-core); this file re-states E1, E2, E4, T1, T2, S3.2–S3.4, I1 and
I2 the simplest way, to measure what the batch call saves.

Codes are the indexes of screening.OUTCOMES:
0 not_listed, 1 listed, 2 continue_education, 3 progress_recognized,
4 removal_proposed, 5 invalid_electorate, 6 invalid_tally, 7 conflicting_ballots.
"""


def screening_code(official, exempt, attending, progress_yes, removal_yes):
    # E4: the counts must make sense and leave at least one voter.
    if exempt > official or attending > exempt:
        return 5
    size = official - exempt + attending  # E1, E2
    if size == 0:
        return 5
    # E4: no more yes votes than voters.
    if progress_yes > size or removal_yes > size:
        return 6
    progress = 2 * progress_yes >= size  # T2: at least one half
    removal = 3 * removal_yes >= 2 * size  # T1: at least two thirds
    if progress and removal:
        return 7  # I2: the branch must vote again
    if progress:
        return 3  # S3.2
    if removal:
        return 4  # S3.3
    return 2  # S3.4, I1


def decide_screening_batch(official, exempt, attending, progress_yes, removal_yes):
    """One code per row, from plain Python lists of ints."""
    return [
        screening_code(o, x, a, p, r)
        for o, x, a, p, r in zip(official, exempt, attending, progress_yes, removal_yes)
    ]


U32_MAX = 0xFFFF_FFFF


def decide_listing(official, exempt, yes, exempt_attending=0, *, excluded=0):
    """The listing ballot (S1.3, E1, E2, E4, E5, T1) as a plain Python function
    that checks the same inputs as ``screening.decide_listing`` (ints from 0 to
    4294967295, no bools) and returns the same data as a dict (outcome, rules,
    electorate, votes), without texts."""
    for name, v in (("official", official), ("exempt", exempt), ("yes", yes),
                    ("exempt_attending", exempt_attending), ("excluded", excluded)):
        if type(v) is not int or v < 0 or v > U32_MAX:
            raise ValueError(f"{name}: {v!r} is not a count from 0 to 4294967295")
    size = official - exempt + exempt_attending - excluded
    if exempt + excluded > official or exempt_attending > exempt or size <= 0:
        raise ValueError("invalid_electorate")
    if yes > size:
        raise ValueError("invalid_tally")
    met = 3 * yes >= 2 * size
    return {
        "ballot": "listing",
        "outcome": "listed" if met else "not_listed",
        "rules": ["S1.3", "E1", "E2", "E5", "T1"],
        "electorate": {"official": official, "exempt": exempt,
                       "exempt_attending": exempt_attending, "excluded": excluded, "size": size},
        "votes": [{"question": "listing", "yes": yes, "threshold": "T1",
                   "required": (2 * size + 2) // 3, "met": met}],
    }
