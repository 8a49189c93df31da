"""The batch functions agree with the single decisions on every threshold vector."""

from __future__ import annotations

import threading
from typing import Any, Dict, List

import numpy as np
import pytest

import screening
from conftest import VECTORS

TALLIES = [v for v in VECTORS if "tally" in v]
LISTING = [v for v in TALLIES if v["tally"]["ballot"] == "listing"]
SCREENING = [v for v in TALLIES if v["tally"]["ballot"] == "screening"]


def expected(v: Dict[str, Any]) -> str:
    return str(v["expect"].get("outcome") or v["expect"]["error"])


def column(vs: List[Dict[str, Any]], key: str) -> List[int]:
    out = []
    for v in vs:
        t = v["tally"]
        out.append(t["electorate"].get(key, 0) if key in ("official", "exempt", "exempt_attending", "excluded") else t[key])
    return out


def test_there_are_threshold_vectors() -> None:
    assert LISTING and SCREENING


@pytest.mark.parametrize("as_array", [False, True])
def test_listing_batch_agrees(as_array: bool) -> None:
    cols = {k: column(LISTING, k) for k in ("official", "exempt", "exempt_attending", "excluded", "yes")}
    if as_array:
        cols = {k: np.array(c, dtype=np.int64) for k, c in cols.items()}  # type: ignore[misc]
    codes = screening.decide_listing_batch(
        official=cols["official"], exempt=cols["exempt"], yes=cols["yes"],
        exempt_attending=cols["exempt_attending"], excluded=cols["excluded"],
    )
    assert codes.dtype == np.uint8 and codes.shape == (len(LISTING),)
    for v, code in zip(LISTING, codes):
        assert screening.OUTCOMES[code] == expected(v), v["id"]
        t = v["tally"]
        e = t["electorate"]
        try:
            single = screening.decide_listing(e["official"], e["exempt"], t["yes"], e.get("exempt_attending", 0),
                                              excluded=e.get("excluded", 0)).outcome
        except screening.InvalidBallot as err:
            single = err.code
        assert single == screening.OUTCOMES[code]


@pytest.mark.parametrize("dtype", [None, np.uint32, np.int64, np.uint64])
def test_screening_batch_agrees(dtype: Any) -> None:
    cols = {k: column(SCREENING, k) for k in ("official", "exempt", "exempt_attending", "excluded", "progress_yes", "removal_yes")}
    args = {k: (c if dtype is None else np.asarray(c, dtype=dtype)) for k, c in cols.items()}
    codes = screening.decide_screening_batch(**args)
    got = [screening.OUTCOMES[c] for c in codes]
    assert got == [expected(v) for v in SCREENING]
    for v, name in zip(SCREENING, got):
        t = v["tally"]
        e = t["electorate"]
        try:
            single = screening.decide_screening(e["official"], e["exempt"], t["progress_yes"], t["removal_yes"],
                                                e.get("exempt_attending", 0), excluded=e.get("excluded", 0)).outcome
        except screening.InvalidBallot as err:
            single = err.code
        assert single == name


def test_batch_defaults_and_empty() -> None:
    codes = screening.decide_listing_batch(official=[10, 9], exempt=[1, 0], yes=[6, 5])
    assert [screening.OUTCOMES[c] for c in codes] == ["listed", "not_listed"]
    assert codes.flags.writeable
    empty = screening.decide_screening_batch(official=[], exempt=[], progress_yes=[], removal_yes=[])
    assert empty.shape == (0,) and empty.dtype == np.uint8
    # a non-contiguous view and a generator
    official = np.arange(40, dtype=np.int32)[::2]
    codes = screening.decide_listing_batch(official=official, exempt=np.zeros(20, np.int8), yes=(x for x in official))
    assert all(screening.OUTCOMES[c] == ("invalid_electorate" if i == 0 else "listed") for i, c in enumerate(codes))


def test_batch_mismatched_lengths() -> None:
    with pytest.raises(screening.InvalidArgument, match="same length") as info:
        screening.decide_listing_batch(official=[1, 2], exempt=[0], yes=[1, 1])
    assert info.value.path == "decide_listing_batch"
    assert "official 2, exempt 1, yes 2" in str(info.value)
    with pytest.raises(screening.InvalidArgument, match="same length") as info:
        screening.decide_screening_batch(official=[1], exempt=[0], progress_yes=[1], removal_yes=[0], exempt_attending=[0, 0])
    assert info.value.path == "decide_screening_batch"
    assert "official 1, exempt 1, exempt_attending 2, progress_yes 1, removal_yes 1" in str(info.value)
    assert " yes " not in str(info.value)


@pytest.mark.parametrize(
    "bad, path",
    [
        ([-1], "official[0]"),
        ([0, 2**32], "official[1]"),
        ([2**70], "official[0]"),
        (np.array([3, -1], dtype=np.int8), "official[1]"),
        (np.array([2**32], dtype=np.uint64), "official[0]"),
        ([1.0], "official[0]"),
        (np.array([1, 1.5]), "official[0]"),
        (np.array([1, np.nan]), "official[1]"),
        ([None], "official[0]"),
        (["3"], "official[0]"),
        ([True], "official[0]"),
        (np.array([True]), "official[0]"),
        ([1, None], "official[1]"),
        ([[1]], "official"),
        (5, "official"),
        (None, "official"),
        ("123", "official"),
    ],
)
def test_batch_refuses_bad_values(bad: Any, path: str) -> None:
    with pytest.raises(screening.InvalidArgument) as info:
        screening.decide_listing_batch(official=bad, exempt=[0], yes=[0])
    err = info.value
    assert isinstance(err, ValueError) and err.code == "malformed"
    assert err.path == path and str(err).startswith(path + ": ")


def test_batch_from_threads() -> None:
    n = 200_000
    rng = np.random.default_rng(7)
    official = rng.integers(0, 50, n)
    exempt = rng.integers(0, 5, n)
    yes = rng.integers(0, 50, n)
    want = screening.decide_listing_batch(official=official, exempt=exempt, yes=yes)
    results: List[Any] = []

    def work() -> None:
        results.append(screening.decide_listing_batch(official=official, exempt=exempt, yes=yes))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all((r == want).all() for r in results)


def test_outcome_labels_numpy() -> None:
    codes = screening.decide_listing_batch(official=[10, 10, 3], exempt=[1, 1, 4], yes=[6, 5, 1])
    labels = screening.outcome_labels(codes)
    assert isinstance(labels, np.ndarray) and labels.dtype.kind == "U"
    assert labels.tolist() == ["listed", "not_listed", "invalid_electorate"]


def test_outcome_labels_pandas_keeps_the_index() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"official": np.array([10, 10, 9], dtype=np.uint32), "exempt": [1, 1, 0],
                       "progress_yes": [5, 0, 5], "removal_yes": [0, 6, 6]}, index=[7, 3, 5])
    codes = screening.decide_screening_batch(official=df["official"], exempt=df["exempt"],
                                             progress_yes=df["progress_yes"], removal_yes=df["removal_yes"])
    labels = screening.outcome_labels(codes, index=df.index)
    assert isinstance(labels.dtype, pd.CategoricalDtype)
    assert list(labels.cat.categories) == list(screening.OUTCOMES)
    assert labels.index.tolist() == [7, 3, 5]
    assert labels.tolist() == ["progress_recognized", "removal_proposed", "conflicting_ballots"]
    df["outcome"] = labels
    assert df.loc[3, "outcome"] == "removal_proposed"
    # A Series of codes keeps its own index.
    again = screening.outcome_labels(pd.Series(codes, index=df.index, name="code"))
    assert again.index.tolist() == [7, 3, 5] and again.name == "code"


def test_outcome_labels_polars_enum() -> None:
    pl = pytest.importorskip("polars")
    official = pl.Series("official", [10, 10], dtype=pl.Int64)
    codes = screening.decide_listing_batch(official=official, exempt=pl.Series([1, 1]), yes=pl.Series([6, 5]))
    labels = screening.outcome_labels(codes, kind="polars")
    assert labels.dtype == pl.Enum(list(screening.OUTCOMES))
    assert labels.to_list() == ["listed", "not_listed"]
    assert screening.outcome_labels(pl.Series("c", codes)).to_list() == ["listed", "not_listed"]


def test_dataframe_dtypes_give_the_same_codes() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    rng = np.random.default_rng(3)
    official = rng.integers(0, 40, 1000)
    exempt = rng.integers(0, 5, 1000)
    yes = rng.integers(0, 40, 1000)
    want = screening.decide_listing_batch(official=official.astype(np.uint32), exempt=exempt, yes=yes)
    for convert in (lambda a: pd.Series(a), lambda a: pd.Series(a, dtype="Int64"),
                    lambda a: pd.Series(a, dtype="UInt32"), lambda a: pl.Series(a),
                    lambda a: pl.Series(a).cast(pl.UInt32), lambda a: a.tolist()):
        got = screening.decide_listing_batch(official=convert(official), exempt=convert(exempt), yes=convert(yes))
        assert (got == want).all()


def test_large_batch_on_several_threads_agrees_with_one_thread() -> None:
    n = 1_000_003  # above the threshold for threads, not a multiple of the chunk
    rng = np.random.default_rng(11)
    official = rng.integers(0, 60, n, dtype=np.uint32)
    exempt = rng.integers(0, 6, n, dtype=np.uint32)
    progress = rng.integers(0, 60, n, dtype=np.uint32)
    removal = rng.integers(0, 60, n, dtype=np.uint32)
    whole = screening.decide_screening_batch(official=official, exempt=exempt,
                                             progress_yes=progress, removal_yes=removal)
    step = 100_000  # each slice below the threshold: one thread
    parts = [screening.decide_screening_batch(official=official[i:i + step], exempt=exempt[i:i + step],
                                              progress_yes=progress[i:i + step], removal_yes=removal[i:i + step])
             for i in range(0, n, step)]
    assert (whole == np.concatenate(parts)).all()
