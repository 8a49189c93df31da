//! The result classes: frozen Python objects built directly from the core's
//! Rust values. Attributes read the Rust value; texts are made only when asked
//! (`explain(lang)`); `to_dict()` gives the JSON shape of the core's serde types.
//!
//! Pickling goes through small private constructors (`_electorate`, `_vote`,
//! …) that rebuild each value from its data through the core.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use screening_core::{
    BallotDecision, Body, Branch as CoreBranch, Case, Counts, Date, Electorate as CoreElectorate,
    Event, EventType, Id, Lang, Member as CoreMember, Mentor as CoreMentor, MentorRole,
    NextEvent as CoreNextEvent, Record, RuleId, StateName, Tally, TellersCount as CoreTellersCount,
    Vote as CoreVote, decide_listing_tally, decide_screening_tally,
};
use serde_json::Value;

use crate::errors::{argument_error, ballot_error};

/// `serde_json`'s value as Python objects (dicts, lists, str, int, bool, None).
pub fn value_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (None, Some(i)) => i.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(value_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, value_to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// A serializable core value as Python objects.
fn serde_to_py<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let v = serde_json::to_value(value).unwrap_or(Value::Null);
    value_to_py(py, &v)
}

/// `"vi"` or `"en"`, else an error naming `lang`.
pub fn lang(py: Python<'_>, code: &str) -> PyResult<Lang> {
    Lang::from_code(code).ok_or_else(|| {
        argument_error(
            py,
            "lang",
            format!("{code:?} không phải là \"vi\" hoặc \"en\""),
            format!("{code:?} is not \"vi\" or \"en\""),
        )
    })
}

/// What `__reduce__` returns: the function that rebuilds the value, and its arguments.
type Reduced<'py, A> = PyResult<(Bound<'py, PyAny>, A)>;

/// The private module function that rebuilds a pickled value.
fn restorer<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("screening._native")?.getattr(name)
}

/// A Python `repr` of a `str`: `'text'`.
pub fn pyrepr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn date_str(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

// ------------------------------------------------------------------ Electorate

/// The electorate of a ballot (E1–E4): the counts as recorded and ``size``, E.
#[pyclass(frozen, eq, hash, module = "screening", name = "Electorate")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Electorate(pub CoreElectorate);

#[pymethods]
impl Electorate {
    /// Official members of the branch, the exempted among them (E1).
    #[getter]
    fn official(&self) -> u32 {
        self.0.counts().official
    }
    /// Official members exempted from party work and activities (E1).
    #[getter]
    fn exempt(&self) -> u32 {
        self.0.counts().exempt
    }
    /// Exempted members who attend and vote, so still count (E2).
    #[getter]
    fn exempt_attending(&self) -> u32 {
        self.0.counts().exempt_attending
    }
    /// Official members left out of the base under E5 (none of them among the exempt).
    #[getter]
    fn excluded(&self) -> u32 {
        self.0.counts().excluded
    }
    /// E = official − exempt + exempt_attending − excluded: the base of every ratio.
    #[getter]
    fn size(&self) -> u32 {
        self.0.size()
    }
    /// The JSON shape: ``{"official", "exempt", "exempt_attending", "excluded", "size"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0)
    }
    fn __repr__(&self) -> String {
        let c = self.0.counts();
        format!(
            "Electorate(official={}, exempt={}, exempt_attending={}, excluded={}, size={})",
            c.official,
            c.exempt,
            c.exempt_attending,
            c.excluded,
            self.0.size()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, ((u32, u32, u32, u32),)> {
        Ok((
            restorer(py, "_electorate")?,
            (counts_tuple(self.0.counts()),),
        ))
    }
}

/// The four counts of an electorate, for pickling.
fn counts_tuple(c: Counts) -> (u32, u32, u32, u32) {
    (c.official, c.exempt, c.exempt_attending, c.excluded)
}

fn counts_of(c: (u32, u32, u32, u32)) -> Counts {
    Counts::new(c.0, c.1).attending(c.2).excluding(c.3)
}

/// Rebuilds a pickled `Electorate`.
#[pyfunction]
pub fn _electorate(py: Python<'_>, counts: (u32, u32, u32, u32)) -> PyResult<Electorate> {
    CoreElectorate::from_counts(counts_of(counts))
        .map(Electorate)
        .map_err(|e| ballot_error(py, &e.into()))
}

// ---------------------------------------------------------------- TellersCount

/// The tellers' count of one ballot (E6): ballots ``issued``, ``returned``, and
/// ``invalid`` among those returned; ``valid`` is returned − invalid.
#[pyclass(frozen, eq, hash, module = "screening", name = "TellersCount")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TellersCount(pub CoreTellersCount);

#[pymethods]
impl TellersCount {
    /// Ballots issued (only voters receive one).
    #[getter]
    fn issued(&self) -> u32 {
        self.0.issued
    }
    /// Ballots returned.
    #[getter]
    fn returned(&self) -> u32 {
        self.0.returned
    }
    /// Invalid ballots among those returned.
    #[getter]
    fn invalid(&self) -> u32 {
        self.0.invalid
    }
    /// Valid ballots: returned − invalid.
    #[getter]
    fn valid(&self) -> u32 {
        self.0.valid()
    }
    /// The JSON shape: ``{"issued", "returned", "invalid"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0)
    }
    fn __repr__(&self) -> String {
        format!(
            "TellersCount(issued={}, returned={}, invalid={})",
            self.0.issued, self.0.returned, self.0.invalid
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (u32, u32, u32)> {
        Ok((
            restorer(py, "_tellers_count")?,
            (self.0.issued, self.0.returned, self.0.invalid),
        ))
    }
}

/// Rebuilds a pickled `TellersCount`.
#[pyfunction]
pub fn _tellers_count(issued: u32, returned: u32, invalid: u32) -> TellersCount {
    TellersCount(CoreTellersCount::new(issued, returned, invalid))
}

/// A question's yes count and tellers' count, for pickling.
type TallyTuple = (u32, Option<(u32, u32, u32)>);

fn tally_tuple(v: &CoreVote) -> TallyTuple {
    (v.yes, v.ballots.map(|b| (b.issued, b.returned, b.invalid)))
}

fn tally_of(t: TallyTuple) -> Tally {
    let tally = Tally::yes(t.0);
    match t.1 {
        Some((i, r, x)) => tally.counted(CoreTellersCount::new(i, r, x)),
        None => tally,
    }
}

// ------------------------------------------------------------------------ Vote

/// One question's count: ``yes``, the ``threshold`` it must meet (``"T1"`` two
/// thirds, ``"T2"`` one half), ``required`` (the smallest yes count that meets
/// it), ``met``, and the tellers' count (``ballots``) when it was recorded.
///
/// A vote belongs to its :class:`Decision`; it pickles with the ballot it was
/// decided in.
#[pyclass(frozen, eq, hash, module = "screening", name = "Vote")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Vote {
    decision: Arc<BallotDecision>,
    index: usize,
}

impl Vote {
    fn vote(&self) -> &CoreVote {
        // `index` is below the number of votes (see `Decision::votes`).
        &self.decision.votes[self.index]
    }
}

#[pymethods]
impl Vote {
    /// ``"listing"``, ``"progress"`` or ``"removal"``.
    #[getter]
    fn question(&self) -> &'static str {
        self.vote().question.code()
    }
    /// Yes votes.
    #[getter]
    fn yes(&self) -> u32 {
        self.vote().yes
    }
    /// ``"T1"`` (two thirds or more) or ``"T2"`` (one half or more).
    #[getter]
    fn threshold(&self) -> &'static str {
        self.vote().threshold.rule().code()
    }
    /// The smallest yes count that meets the threshold in this electorate.
    #[getter]
    fn required(&self) -> u32 {
        self.vote().required
    }
    /// Whether ``yes >= required``.
    #[getter]
    fn met(&self) -> bool {
        self.vote().met
    }
    /// The tellers' count of this ballot (E6), when it was recorded; else ``None``.
    #[getter]
    fn ballots(&self) -> Option<TellersCount> {
        self.vote().ballots.map(TellersCount)
    }
    /// The question in words, in ``lang``: ``"vi"`` or ``"en"``.
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(py, lang)?;
        Ok(self.vote().explain(lang, self.decision.electorate.size()))
    }
    /// The JSON shape: ``{"question", "yes", "threshold", "required", "met", "ballots"?}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, self.vote())
    }
    fn __repr__(&self) -> String {
        let v = self.vote();
        let ballots = match v.ballots {
            Some(b) => format!(", ballots={}", TellersCount(b).__repr__()),
            None => String::new(),
        };
        format!(
            "Vote(question={}, yes={}, threshold={}, required={}, met={}{ballots})",
            pyrepr(self.question()),
            v.yes,
            pyrepr(self.threshold()),
            v.required,
            if v.met { "True" } else { "False" }
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (Decision, usize)> {
        Ok((
            restorer(py, "_vote")?,
            (Decision(self.decision.clone()), self.index),
        ))
    }
}

/// Rebuilds a pickled `Vote` from its decision.
#[pyfunction]
pub fn _vote(py: Python<'_>, decision: &Bound<'_, Decision>, index: usize) -> PyResult<Vote> {
    let decision = Arc::clone(&decision.get().0);
    if index >= decision.votes.len() {
        return Err(argument_error(
            py,
            "index",
            format!("không có câu hỏi thứ {index}"),
            format!("no question at {index}"),
        ));
    }
    Ok(Vote { decision, index })
}

// -------------------------------------------------------------------- Decision

/// A ballot decision: the ``outcome``, the ``rules`` applied, the
/// ``electorate`` and each question's ``votes``. ``explain(lang)`` says it in
/// words; ``to_dict()`` gives the JSON shape, explanation included.
#[pyclass(frozen, eq, hash, module = "screening", name = "Decision")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Decision(pub Arc<BallotDecision>);

impl Decision {
    /// The decision, for Python.
    pub fn of(decision: BallotDecision) -> Decision {
        Decision(Arc::new(decision))
    }
}

#[pymethods]
impl Decision {
    /// ``"listing"`` or ``"screening"``.
    #[getter]
    fn ballot(&self) -> &'static str {
        self.0.ballot.code()
    }
    /// ``"listed"``, ``"not_listed"``, ``"continue_education"``,
    /// ``"progress_recognized"`` or ``"removal_proposed"``.
    #[getter]
    fn outcome(&self) -> &'static str {
        self.0.outcome.code()
    }
    /// The rule IDs applied, as written in RULES.md (``("S1.3", "E1", "E2", "E5", "T1")``).
    #[getter]
    fn rules<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.rules.iter().map(|r| r.code()))
    }
    /// The electorate, with ``size`` = E.
    #[getter]
    fn electorate(&self) -> Electorate {
        Electorate(self.0.electorate)
    }
    /// Each question's count: one for listing; progress then removal for screening.
    #[getter]
    fn votes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            (0..self.0.votes.len()).map(|index| Vote {
                decision: Arc::clone(&self.0),
                index,
            }),
        )
    }
    /// The decision in words, in ``lang``: ``"vi"`` (the circular's wording) or ``"en"``.
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        Ok(self.0.explain(self::lang(py, lang)?))
    }
    /// The JSON shape of the core's decision, ``explanation`` (both languages) included.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.0)
    }
    fn __repr__(&self) -> String {
        let votes: Vec<String> = (0..self.0.votes.len())
            .map(|index| {
                Vote {
                    decision: Arc::clone(&self.0),
                    index,
                }
                .__repr__()
            })
            .collect();
        let rules: Vec<String> = self.0.rules.iter().map(|r| pyrepr(r.code())).collect();
        format!(
            "Decision(ballot={}, outcome={}, rules=({}{}), electorate={}, votes=({}{}))",
            pyrepr(self.ballot()),
            pyrepr(self.outcome()),
            rules.join(", "),
            if rules.len() == 1 { "," } else { "" },
            Electorate(self.0.electorate).__repr__(),
            votes.join(", "),
            if votes.len() == 1 { "," } else { "" },
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, Bound<'py, PyTuple>> {
        let tallies: Vec<TallyTuple> = self.0.votes.iter().map(tally_tuple).collect();
        let args = (
            self.ballot(),
            counts_tuple(self.0.electorate.counts()),
            tallies,
        )
            .into_pyobject(py)?;
        Ok((restorer(py, "_decision")?, args))
    }
}

/// Rebuilds a pickled `Decision` by deciding the same ballot again.
#[pyfunction]
pub fn _decision(
    py: Python<'_>,
    ballot: &str,
    counts: (u32, u32, u32, u32),
    tallies: Vec<TallyTuple>,
) -> PyResult<Decision> {
    let c = counts_of(counts);
    let decided = match (ballot, tallies.as_slice()) {
        ("listing", [t]) => decide_listing_tally(c, tally_of(*t)),
        ("screening", [p, r]) => decide_screening_tally(c, tally_of(*p), tally_of(*r)),
        _ => {
            return Err(argument_error(
                py,
                "ballot",
                format!(
                    "{} với {} câu hỏi không phải là một cuộc bỏ phiếu",
                    pyrepr(ballot),
                    tallies.len()
                ),
                format!(
                    "{} with {} questions is not a ballot",
                    pyrepr(ballot),
                    tallies.len()
                ),
            ));
        }
    };
    decided.map(Decision::of).map_err(|e| ballot_error(py, &e))
}

// -------------------------------------------------- Member, Branch and Mentor

/// The member under review: ``id`` and ``status`` (``"official"`` or ``"probationary"``).
#[pyclass(frozen, eq, hash, module = "screening", name = "Member")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Member(pub CoreMember);

#[pymethods]
impl Member {
    /// The member's id.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }
    /// ``"official"`` or ``"probationary"``, as the case stands.
    #[getter]
    fn status(&self) -> &'static str {
        self.0.status.code()
    }
    /// The JSON shape: ``{"id", "status"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0)
    }
    fn __repr__(&self) -> String {
        format!(
            "Member(id={}, status={})",
            pyrepr(self.id()),
            pyrepr(self.status())
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (&'static str, String)> {
        let json = serde_json::to_string(&self.0).unwrap_or_default();
        Ok((restorer(py, "_restore")?, ("member", json)))
    }
}

/// The member's branch: ``id``, ``kind`` (``"under_grassroots_committee"`` or
/// ``"grassroots"``) and ``has_committee``.
#[pyclass(frozen, eq, hash, module = "screening", name = "Branch")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Branch(pub CoreBranch);

#[pymethods]
impl Branch {
    /// The branch's id.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }
    /// ``"under_grassroots_committee"`` or ``"grassroots"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind.code()
    }
    /// Whether the branch has a committee (without one, its secretary acts).
    #[getter]
    fn has_committee(&self) -> bool {
        self.0.has_committee
    }
    /// The names messages and documents use for the bodies, by body code (only
    /// the bodies the branch names; the others keep the circular's names).
    #[getter]
    fn names<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (body, name) in self.0.names.iter() {
            d.set_item(body.code(), name.as_str())?;
        }
        Ok(d)
    }
    /// The name of ``body`` (a body code) in ``lang``: the branch's own name for
    /// it, else the circular's.
    fn name_of(&self, py: Python<'_>, body: &str, lang: &str) -> PyResult<String> {
        let lang = self::lang(py, lang)?;
        let body = Body::from_code(body).ok_or_else(|| {
            argument_error(
                py,
                "body",
                format!("{} không phải là mã một cơ quan", pyrepr(body)),
                format!("{} is not a body code", pyrepr(body)),
            )
        })?;
        Ok(self.0.name_of(body, lang).to_owned())
    }
    /// The JSON shape: ``{"id", "kind", "has_committee", "names"?}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0)
    }
    fn __repr__(&self) -> String {
        format!(
            "Branch(id={}, kind={}, has_committee={})",
            pyrepr(self.id()),
            pyrepr(self.kind()),
            if self.0.has_committee {
                "True"
            } else {
                "False"
            }
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (&'static str, String)> {
        let json = serde_json::to_string(&self.0).unwrap_or_default();
        Ok((restorer(py, "_restore")?, ("branch", json)))
    }
}

/// A mentor: ``id`` and ``role`` (``"committee_member"`` or ``"member"``).
#[pyclass(frozen, eq, hash, module = "screening", name = "Mentor")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Mentor(pub CoreMentor);

#[pymethods]
impl Mentor {
    /// The mentor's member id.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }
    /// ``"committee_member"`` or ``"member"``.
    #[getter]
    fn role(&self) -> &'static str {
        self.0.role.code()
    }
    /// The JSON shape: ``{"id", "role"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0)
    }
    fn __repr__(&self) -> String {
        format!(
            "Mentor(id={}, role={})",
            pyrepr(self.id()),
            pyrepr(self.role())
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (&'static str, String)> {
        let json = serde_json::to_string(&self.0).unwrap_or_default();
        Ok((restorer(py, "_restore")?, ("mentor", json)))
    }
}

/// Rebuilds a pickled `Member` or `Branch` from its JSON, or a `Mentor` from
/// `{"id", "role"}`, through the core's reader.
#[pyfunction]
pub fn _restore(py: Python<'_>, kind: &str, json: &str) -> PyResult<Py<PyAny>> {
    use screening_core::file::{read_branch_json, read_member_json};
    let err = |e: screening_core::FormatError| crate::errors::format_error(py, &e);
    Ok(match kind {
        "member" => Member(read_member_json(json).map_err(err)?)
            .into_pyobject(py)?
            .into_any()
            .unbind(),
        "branch" => Branch(read_branch_json(json).map_err(err)?)
            .into_pyobject(py)?
            .into_any()
            .unbind(),
        "mentor" => {
            let v: Value = serde_json::from_str(json).unwrap_or(Value::Null);
            let id = v
                .get("id")
                .and_then(Value::as_str)
                .and_then(|i| Id::new(i).ok());
            let role = v
                .get("role")
                .and_then(Value::as_str)
                .and_then(MentorRole::from_code);
            match (id, role) {
                (Some(id), Some(role)) => Mentor(CoreMentor { id, role })
                    .into_pyobject(py)?
                    .into_any()
                    .unbind(),
                _ => {
                    return Err(argument_error(
                        py,
                        "mentor",
                        "không đọc được".to_owned(),
                        "cannot be read".to_owned(),
                    ));
                }
            }
        }
        _ => {
            return Err(argument_error(
                py,
                "kind",
                format!("{} không phải member, branch hay mentor", pyrepr(kind)),
                format!("{} is not member, branch or mentor", pyrepr(kind)),
            ));
        }
    })
}

// ------------------------------------------------------------------- NextEvent

/// An event that may be recorded now: its ``type``, the bodies that may
/// record it (``by``) and, for ``screening_voted``, the earliest date (``from_``).
#[pyclass(frozen, eq, hash, module = "screening", name = "NextEvent")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct NextEvent {
    event: EventType,
    by: Vec<Body>,
    from: Option<Date>,
}

impl From<&CoreNextEvent> for NextEvent {
    fn from(n: &CoreNextEvent) -> NextEvent {
        NextEvent {
            event: n.event,
            by: n.by.to_vec(),
            from: n.from,
        }
    }
}

#[pymethods]
impl NextEvent {
    /// The event's type.
    #[getter(r#type)]
    fn event_type(&self) -> &'static str {
        self.event.code()
    }
    /// The bodies that may record it (A1): one, or two for ``case_closed``
    /// under a grassroots committee.
    #[getter]
    fn by<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.by.iter().map(|b| b.code()))
    }
    /// For ``screening_voted``: the earliest date, ``YYYY-MM-DD`` (D2); else ``None``.
    #[getter]
    fn from_(&self) -> Option<String> {
        date_str(self.from)
    }
    /// The JSON shape: ``{"type", "by", "from"?}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = PyDict::new(py);
        d.set_item("type", self.event.code())?;
        d.set_item("by", PyList::new(py, self.by.iter().map(|b| b.code()))?)?;
        if let Some(from) = self.from {
            d.set_item("from", from.to_string())?;
        }
        Ok(d.into_any())
    }
    fn __repr__(&self) -> String {
        let by: Vec<String> = self.by.iter().map(|b| pyrepr(b.code())).collect();
        let from = match self.from {
            Some(d) => format!(", from_={}", pyrepr(&d.to_string())),
            None => String::new(),
        };
        format!(
            "NextEvent(type={}, by=({}{}){from})",
            pyrepr(self.event.code()),
            by.join(", "),
            if by.len() == 1 { "," } else { "" }
        )
    }
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> Reduced<'py, (&'static str, Vec<&'static str>, Option<String>)> {
        Ok((
            restorer(py, "_next_event")?,
            (
                self.event.code(),
                self.by.iter().map(|b| b.code()).collect(),
                date_str(self.from),
            ),
        ))
    }
}

/// Rebuilds a pickled `NextEvent`.
#[pyfunction]
pub fn _next_event(
    py: Python<'_>,
    event: &str,
    by: Vec<String>,
    from: Option<String>,
) -> PyResult<NextEvent> {
    let bad = |what: &str| argument_error(py, what, format!("{what} sai"), format!("bad {what}"));
    Ok(NextEvent {
        event: EventType::from_code(event).ok_or_else(|| bad("type"))?,
        by: by
            .iter()
            .map(|b| Body::from_code(b).ok_or_else(|| bad("by")))
            .collect::<PyResult<_>>()?,
        from: match from {
            Some(f) => Some(serde_json::from_value(Value::String(f)).map_err(|_| bad("from"))?),
            None => None,
        },
    })
}

// ---------------------------------------------------------------------- Report

/// The report of a case: where it stands (``state``, ``step``, ``cycle``,
/// ``screening_from``, ``mentor``), what may happen next (``next``), and what
/// each event decided (``history``, a tuple of :class:`Entry`).
///
/// It is a snapshot: applying events to a :class:`Case` later does not change it.
#[pyclass(frozen, module = "screening", name = "Report")]
#[derive(Clone)]
pub struct Report {
    case: Arc<Case>,
}

impl Report {
    /// The report of `case`, sharing it (no copy).
    pub fn of(case: Arc<Case>) -> Report {
        Report { case }
    }
}

#[pymethods]
impl Report {
    /// The member under review.
    #[getter]
    fn member(&self) -> Member {
        Member(self.case.member().clone())
    }
    /// The branch.
    #[getter]
    fn branch(&self) -> Branch {
        Branch(self.case.branch().clone())
    }
    /// The state's name (``"new"``, ``"flagged"``, …, ``"closed"``).
    #[getter]
    fn state(&self) -> &'static str {
        self.case.state().name().code()
    }
    /// The step, 1 to 4, while the case is open; ``None`` for ``new`` and closed states.
    #[getter]
    fn step(&self) -> Option<u8> {
        self.case.state().step().map(|s| s.number())
    }
    /// The monitoring cycle (0 before any mentor).
    #[getter]
    fn cycle(&self) -> u32 {
        self.case.state().cycle()
    }
    /// The earliest screening date, ``YYYY-MM-DD``, while ``under_monitoring``; else ``None``.
    #[getter]
    fn screening_from(&self) -> Option<String> {
        date_str(self.case.state().screening_from())
    }
    /// The current mentor, during a monitoring cycle; else ``None``.
    #[getter]
    fn mentor(&self) -> Option<Mentor> {
        self.case.state().mentor().cloned().map(Mentor)
    }
    /// The number of events applied.
    #[getter]
    fn version(&self) -> usize {
        self.case.version()
    }
    /// The events that may be recorded now.
    #[getter]
    fn next<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.case.next().iter().map(NextEvent::from))
    }
    /// What each event decided, in order.
    #[getter]
    fn history<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        history(py, &self.case)
    }
    /// The JSON shape of CASE-FORMAT.md's report, every explanation included.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.case.report())
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Report>()
            .is_ok_and(|o| *o.get().case == *self.case)
    }
    fn __hash__(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.case.hash(&mut h);
        h.finish()
    }
    fn __repr__(&self) -> String {
        format!(
            "<screening.Report member={} state={} step={} cycle={} version={}>",
            pyrepr(self.case.member().id.as_str()),
            pyrepr(self.state()),
            self.step().map_or("None".to_owned(), |s| s.to_string()),
            self.cycle(),
            self.version()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, (String,)> {
        Ok((restorer(py, "_report")?, (self.case.to_json(),)))
    }
}

/// The history of `case` as `Entry` objects sharing it.
pub fn history<'py>(py: Python<'py>, case: &Arc<Case>) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(
        py,
        (0..case.history().len()).map(|index| Entry::of(Arc::clone(case), index)),
    )
}

// ----------------------------------------------------------------------- Entry

/// One event of a case's history: what it decided (``state``, ``cycle``,
/// ``rules``, the ``ballot`` of a vote, the ``screening_from`` of a new cycle)
/// and ``explain(lang)``, in words.
#[pyclass(frozen, module = "screening", name = "Entry")]
#[derive(Clone)]
pub struct Entry(Source);

/// Where an entry's data lives.
#[derive(Clone)]
enum Source {
    /// In a replayed case, shared with its report (no copy).
    Shared(Arc<Case>, usize),
    /// Its own copy: what `Case.apply` returns, so that keeping it does not make
    /// the next `apply` copy the whole case.
    Own(Arc<Owned>),
}

/// An entry's own data: its record, its event, and the branch whose names the
/// explanation uses.
struct Owned {
    record: Record,
    event: Event,
    branch: CoreBranch,
}

impl Entry {
    /// The entry of `case`'s event at `index` (which exists), sharing the case.
    pub fn of(case: Arc<Case>, index: usize) -> Entry {
        Entry(Source::Shared(case, index))
    }

    /// A copy of the entry of `case`'s event at `index`, if it exists.
    pub fn copied(case: &Case, index: usize) -> Option<Entry> {
        Some(Entry(Source::Own(Arc::new(Owned {
            record: case.history().get(index)?.clone(),
            event: case.events().get(index)?.clone(),
            branch: case.branch().clone(),
        }))))
    }

    fn record(&self) -> &Record {
        match &self.0 {
            // The index is always below the history's length (see `of` and `history`).
            Source::Shared(case, index) => &case.history()[*index],
            Source::Own(own) => &own.record,
        }
    }

    fn event(&self) -> &Event {
        match &self.0 {
            Source::Shared(case, index) => &case.events()[*index],
            Source::Own(own) => &own.event,
        }
    }

    fn branch(&self) -> &CoreBranch {
        match &self.0 {
            Source::Shared(case, _) => case.branch(),
            Source::Own(own) => &own.branch,
        }
    }

    fn key(&self) -> (&Record, &Event, &CoreBranch) {
        (self.record(), self.event(), self.branch())
    }
}

/// Rule lists of unpickled entries, made `'static` once per distinct list (the
/// core's records point at its constant lists; there are a few dozen).
static RULE_LISTS: Mutex<Vec<&'static [RuleId]>> = Mutex::new(Vec::new());

fn static_rules(rules: Vec<RuleId>) -> &'static [RuleId] {
    let mut lists = RULE_LISTS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = lists.iter().find(|l| **l == rules.as_slice()) {
        return found;
    }
    let leaked: &'static [RuleId] = Box::leak(rules.into_boxed_slice());
    lists.push(leaked);
    leaked
}

/// An entry's own data for pickling: the record's fields, the event and the
/// branch as case-file JSON.
type OwnedTuple = (
    (
        usize,
        &'static str,
        String,
        &'static str,
        &'static str,
        &'static str,
        u32,
    ),
    Vec<&'static str>,
    Option<Decision>,
    Option<String>,
    String,
    String,
);

/// Rebuilds a pickled `Entry` that had its own data.
#[pyfunction]
pub fn _owned_entry(py: Python<'_>, data: &Bound<'_, PyTuple>) -> PyResult<Entry> {
    type Head = (usize, String, String, String, String, String, u32);
    #[allow(clippy::type_complexity)]
    let (head, rules, ballot, from, event, branch): (
        Head,
        Vec<String>,
        Option<Bound<'_, Decision>>,
        Option<String>,
        String,
        String,
    ) = data.extract()?;
    let bad = |what: &str| {
        argument_error(
            py,
            what,
            "không đọc được".to_owned(),
            "cannot be read".to_owned(),
        )
    };
    let date =
        |d: String| serde_json::from_value::<Date>(Value::String(d)).map_err(|_| bad("date"));
    let (index, event_type, day, by, before, after, cycle) = head;
    let record = Record {
        index,
        event: EventType::from_code(&event_type).ok_or_else(|| bad("type"))?,
        date: date(day)?,
        by: Body::from_code(&by).ok_or_else(|| bad("by"))?,
        before: StateName::from_code(&before).ok_or_else(|| bad("before"))?,
        after: StateName::from_code(&after).ok_or_else(|| bad("state"))?,
        cycle,
        rules: static_rules(
            rules
                .iter()
                .map(|r| RuleId::from_code(r).ok_or_else(|| bad("rules")))
                .collect::<PyResult<_>>()?,
        ),
        ballot: ballot.map(|b| (*b.get().0).clone()),
        screening_from: from.map(date).transpose()?,
    };
    let err = |e: screening_core::FormatError| crate::errors::format_error(py, &e);
    Ok(Entry(Source::Own(Arc::new(Owned {
        record,
        event: Event::from_json(&event).map_err(err)?,
        branch: screening_core::file::read_branch_json(&branch).map_err(err)?,
    }))))
}

#[pymethods]
impl Entry {
    /// The event's 0-based index in the case.
    #[getter]
    fn index(&self) -> usize {
        self.record().index
    }
    /// The event's type.
    #[getter(r#type)]
    fn event_type(&self) -> &'static str {
        self.record().event.code()
    }
    /// Its date, ``YYYY-MM-DD``.
    #[getter]
    fn date(&self) -> String {
        self.record().date.to_string()
    }
    /// The body that recorded it.
    #[getter]
    fn by(&self) -> &'static str {
        self.record().by.code()
    }
    /// The state after it.
    #[getter]
    fn state(&self) -> &'static str {
        self.record().after.code()
    }
    /// The monitoring cycle after it.
    #[getter]
    fn cycle(&self) -> u32 {
        self.record().cycle
    }
    /// The rule IDs applied.
    #[getter]
    fn rules<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.record().rules.iter().map(|r| r.code()))
    }
    /// The ballot decision of ``listing_voted`` and ``screening_voted``; else ``None``.
    #[getter]
    fn ballot(&self) -> Option<Decision> {
        self.record().ballot.clone().map(Decision::of)
    }
    /// The earliest screening date of a monitoring cycle this event starts; else ``None``.
    #[getter]
    fn screening_from(&self) -> Option<String> {
        date_str(self.record().screening_from)
    }
    /// The event's note, as written; ``None`` when it has none.
    #[getter]
    fn note(&self) -> Option<&str> {
        self.event().note.as_deref()
    }
    /// What the event decided, in words, in ``lang``: ``"vi"`` or ``"en"``.
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(py, lang)?;
        Ok(self
            .record()
            .explain(&self.event().action, self.branch(), lang))
    }
    /// The JSON shape of a report's history entry, ``explanation`` (both languages) included.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let r = self.record();
        let entry = screening_core::Entry::of(r, self.event(), &Arc::new(self.branch().clone()));
        serde_to_py(py, &entry)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Entry>()
            .is_ok_and(|o| o.get().key() == self.key())
    }
    fn __hash__(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.key().hash(&mut h);
        h.finish()
    }
    fn __repr__(&self) -> String {
        let r = self.record();
        let outcome = match &r.ballot {
            Some(b) => format!(" outcome={}", pyrepr(b.outcome.code())),
            None => String::new(),
        };
        format!(
            "<screening.Entry index={} type={} date={} by={} state={}{outcome}>",
            r.index,
            pyrepr(r.event.code()),
            r.date,
            pyrepr(r.by.code()),
            pyrepr(r.after.code())
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> Reduced<'py, Bound<'py, PyTuple>> {
        match &self.0 {
            Source::Shared(case, index) => Ok((
                restorer(py, "_entry")?,
                (case.to_json(), *index).into_pyobject(py)?,
            )),
            Source::Own(own) => {
                let r = &own.record;
                let data: OwnedTuple = (
                    (
                        r.index,
                        r.event.code(),
                        r.date.to_string(),
                        r.by.code(),
                        r.before.code(),
                        r.after.code(),
                        r.cycle,
                    ),
                    r.rules.iter().map(|x| x.code()).collect(),
                    r.ballot.clone().map(Decision::of),
                    date_str(r.screening_from),
                    own.event.to_json(),
                    serde_json::to_string(&own.branch).unwrap_or_default(),
                );
                Ok((restorer(py, "_owned_entry")?, (data,).into_pyobject(py)?))
            }
        }
    }
}
