"""The closed vocabularies as ``Literal`` types, and the shapes of what
``screening`` takes as input (case files, events, member and branch) as
TypedDicts.

The results (:class:`~screening.Decision`, :class:`~screening.Report`, …) are
classes of the native module; their attributes are typed with these Literals.
A test checks that every Literal lists exactly the core's codes.
"""

from __future__ import annotations

import datetime
from typing import Dict, List, Literal, TypedDict, Union

__all__ = [
    "Lang",
    "Outcome",
    "BatchOutcome",
    "BallotKind",
    "Question",
    "Threshold",
    "StateName",
    "Step",
    "EventType",
    "Body",
    "BranchKind",
    "MemberStatus",
    "MentorRole",
    "Criterion",
    "RemovalOutcome",
    "CloseReason",
    "ErrorCode",
    "RuleId",
    "Bilingual",
    "DateLike",
    "MemberDict",
    "BranchDict",
    "MentorDict",
    "ElectorateDict",
    "TellersCountDict",
    "FlaggedEvent",
    "DirectionRequestedEvent",
    "DirectionGivenEvent",
    "ListingVotedEvent",
    "ListingReviewedEvent",
    "MemberNotifiedEvent",
    "SelfCriticismSubmittedEvent",
    "MentorAssignedEvent",
    "MentorReassignedEvent",
    "ScreeningVotedEvent",
    "DecisionReviewedEvent",
    "RemovalResolvedEvent",
    "VerificationOrderedEvent",
    "VerificationConcludedEvent",
    "RemovalDecidedEvent",
    "CaseClosedEvent",
    "EventDict",
    "CaseFileDict",
]

#: A language of the texts: Vietnamese (the circular's wording) or English.
Lang = Literal["vi", "en"]

#: What a ballot decides.
Outcome = Literal[
    "not_listed", "listed", "continue_education", "progress_recognized", "removal_proposed"
]

#: What a row of a batch decides: an outcome, or the error of an invalid row
#: (``OUTCOMES[code]``).
BatchOutcome = Literal[
    "not_listed",
    "listed",
    "continue_education",
    "progress_recognized",
    "removal_proposed",
    "invalid_electorate",
    "invalid_tally",
    "conflicting_ballots",
]

#: Which ballot: the listing ballot of Step 1 or the screening ballots of Step 3.
BallotKind = Literal["listing", "screening"]

#: A question put to a secret ballot.
Question = Literal["listing", "progress", "removal"]

#: T1: two thirds or more (listing, removal); T2: one half or more (progress).
Threshold = Literal["T1", "T2"]

#: Where a case stands.
StateName = Literal[
    "new",
    "flagged",
    "awaiting_direction",
    "awaiting_listing_vote",
    "awaiting_listing_review",
    "listed",
    "awaiting_self_criticism",
    "awaiting_mentor",
    "under_monitoring",
    "awaiting_progress_review",
    "awaiting_continuation_review",
    "awaiting_grassroots_resolution",
    "referred_to_bloc",
    "under_verification",
    "awaiting_removal_decision",
    "not_listed",
    "progress_recognized",
    "struck_off",
    "expelled",
    "closed",
]

#: The four steps of the procedure ("Bước").
Step = Literal[1, 2, 3, 4]

#: What happened.
EventType = Literal[
    "flagged",
    "direction_requested",
    "direction_given",
    "listing_voted",
    "listing_reviewed",
    "member_notified",
    "self_criticism_submitted",
    "mentor_assigned",
    "mentor_reassigned",
    "screening_voted",
    "decision_reviewed",
    "removal_resolved",
    "verification_ordered",
    "verification_concluded",
    "removal_decided",
    "case_closed",
]

#: Who records an event.
Body = Literal[
    "branch",
    "branch_committee",
    "branch_secretary",
    "member",
    "grassroots_committee",
    "bloc_standing_committee",
    "bloc_inspection_committee",
]

#: A branch under a grassroots committee, or a grassroots branch.
BranchKind = Literal["under_grassroots_committee", "grassroots"]

#: The member's status as the case stands.
MemberStatus = Literal["official", "probationary"]

#: A mentor is a committee member or a party member.
MentorRole = Literal["committee_member", "member"]

#: Why a member is flagged (S1.1).
Criterion = Literal[
    "two_years_not_completed",
    "reoffended_under_discipline",
    "degradation",
    "example_or_prohibition",
    "other",
]

#: What the Bloc's Standing Committee decides (S4.3).
RemovalOutcome = Literal["struck_off", "expelled", "continue_education"]

#: Why a case is closed.
CloseReason = Literal["deceased", "transferred", "other"]

#: The stable error codes (``ScreeningError.code``), ``internal`` for a bug.
ErrorCode = Literal[
    "malformed",
    "unsupported_format",
    "wrong_state",
    "wrong_body",
    "date_order",
    "too_early",
    "invalid_electorate",
    "invalid_tally",
    "conflicting_ballots",
    "invalid_mentor",
    "invalid_outcome",
    "missing_criteria",
    "stale_case",
    "internal",
]

#: The rule IDs of RULES.md.
RuleId = Literal[
    "E1", "E2", "E3", "E4", "E5", "E6", "T1", "T2",
    "S1.1", "S1.2", "S1.3", "S1.4", "S2.1", "S2.2", "S2.3",
    "S3.1", "S3.2", "S3.3", "S3.4", "S4.1", "S4.2", "S4.3",
    "A1", "A2", "D1", "D2", "I1", "I2", "I3", "I4", "I5", "I6", "I7",
]


class Bilingual(TypedDict):
    """A text in Vietnamese and English."""

    vi: str
    en: str


#: A date of an event: ``datetime.date`` or its ISO text ``"YYYY-MM-DD"``
#: (never a ``datetime.datetime``).
DateLike = Union[str, datetime.date]


class MemberDict(TypedDict):
    """The member under review, as given: ``{"id": "DV-0042", "status": "official"}``."""

    id: str
    status: MemberStatus


class _BranchOptional(TypedDict, total=False):
    names: Dict[Body, str]


class BranchDict(_BranchOptional):
    """The member's branch, as given. ``names`` (optional) maps a body code to the
    name messages and documents use for it, e.g. ``{"branch": "Chi bộ Phòng Kế hoạch"}``."""

    id: str
    kind: BranchKind
    has_committee: bool


class MentorDict(TypedDict):
    """A mentor, as given in ``mentor_assigned`` / ``mentor_reassigned``."""

    id: str
    role: MentorRole


class _ElectorateOptional(TypedDict, total=False):
    exempt_attending: int
    excluded: int


class ElectorateDict(_ElectorateOptional):
    """The counts of a ballot (E1–E5): ``official`` members, the ``exempt`` among
    them, optionally ``exempt_attending`` (E2) and ``excluded`` (E5), default 0."""

    official: int
    exempt: int


class TellersCountDict(TypedDict):
    """The tellers' count of one ballot (E6): ballots ``issued``, ``returned``, and
    ``invalid`` among those returned."""

    issued: int
    returned: int
    invalid: int


class _Note(TypedDict, total=False):
    note: str


class FlaggedEvent(_Note):
    """``flagged`` (S1.1), recorded by the committee: the criteria met."""

    type: Literal["flagged"]
    date: DateLike
    by: Body
    criteria: List[Criterion]


class DirectionRequestedEvent(_Note):
    """``direction_requested``, recorded by the committee."""

    type: Literal["direction_requested"]
    date: DateLike
    by: Body


class DirectionGivenEvent(_Note):
    """``direction_given``, recorded by the superior: whether the branch may ``proceed``."""

    type: Literal["direction_given"]
    date: DateLike
    by: Body
    proceed: bool


class _ListingBallots(_Note, total=False):
    ballots: TellersCountDict


class ListingVotedEvent(_ListingBallots):
    """``listing_voted`` (S1.3), recorded by the branch: the electorate, the yes
    votes and, optionally, the tellers' count (E6)."""

    type: Literal["listing_voted"]
    date: DateLike
    by: Body
    electorate: ElectorateDict
    yes: int


class ListingReviewedEvent(_Note):
    """``listing_reviewed`` (S1.4), recorded by the superior: ``approved`` or not."""

    type: Literal["listing_reviewed"]
    date: DateLike
    by: Body
    approved: bool


class MemberNotifiedEvent(_Note):
    """``member_notified``, recorded by the committee."""

    type: Literal["member_notified"]
    date: DateLike
    by: Body


class SelfCriticismSubmittedEvent(_Note):
    """``self_criticism_submitted``, recorded by the member."""

    type: Literal["self_criticism_submitted"]
    date: DateLike
    by: Body


class MentorAssignedEvent(_Note):
    """``mentor_assigned``, recorded by the branch: the ``mentor`` (cycle 1 starts)."""

    type: Literal["mentor_assigned"]
    date: DateLike
    by: Body
    mentor: MentorDict


class MentorReassignedEvent(_Note):
    """``mentor_reassigned``, recorded by the branch: the new ``mentor``."""

    type: Literal["mentor_reassigned"]
    date: DateLike
    by: Body
    mentor: MentorDict


class _ScreeningBallots(_Note, total=False):
    progress_ballots: TellersCountDict
    removal_ballots: TellersCountDict


class ScreeningVotedEvent(_ScreeningBallots):
    """``screening_voted`` (S3.1–S3.4), recorded by the branch: the electorate,
    the yes votes of both ballots and, optionally, each ballot's tellers' count (E6)."""

    type: Literal["screening_voted"]
    date: DateLike
    by: Body
    electorate: ElectorateDict
    progress_yes: int
    removal_yes: int


class DecisionReviewedEvent(_Note):
    """``decision_reviewed``, recorded by the superior: ``approved`` or not (I4)."""

    type: Literal["decision_reviewed"]
    date: DateLike
    by: Body
    approved: bool


class RemovalResolvedEvent(_Note):
    """``removal_resolved``, recorded by the grassroots committee: ``forward`` or not (I5)."""

    type: Literal["removal_resolved"]
    date: DateLike
    by: Body
    forward: bool


class VerificationOrderedEvent(_Note):
    """``verification_ordered``, recorded by the Bloc's Standing Committee."""

    type: Literal["verification_ordered"]
    date: DateLike
    by: Body


class VerificationConcludedEvent(_Note):
    """``verification_concluded``, recorded by the Bloc's Inspection Committee."""

    type: Literal["verification_concluded"]
    date: DateLike
    by: Body
    violations_confirmed: bool


class RemovalDecidedEvent(_Note):
    """``removal_decided`` (S4.3, I6), recorded by the Bloc's Standing Committee."""

    type: Literal["removal_decided"]
    date: DateLike
    by: Body
    outcome: RemovalOutcome


class CaseClosedEvent(_Note):
    """``case_closed``, recorded by the superior or the Bloc's Standing Committee."""

    type: Literal["case_closed"]
    date: DateLike
    by: Body
    reason: CloseReason


#: An event as a dict: one of the sixteen shapes, told apart by ``type``.
EventDict = Union[
    FlaggedEvent,
    DirectionRequestedEvent,
    DirectionGivenEvent,
    ListingVotedEvent,
    ListingReviewedEvent,
    MemberNotifiedEvent,
    SelfCriticismSubmittedEvent,
    MentorAssignedEvent,
    MentorReassignedEvent,
    ScreeningVotedEvent,
    DecisionReviewedEvent,
    RemovalResolvedEvent,
    VerificationOrderedEvent,
    VerificationConcludedEvent,
    RemovalDecidedEvent,
    CaseClosedEvent,
]


class CaseFileDict(TypedDict):
    """A case file (``screening-case/1``) as a dict."""

    format: Literal["screening-case/1"]
    member: MemberDict
    branch: BranchDict
    events: List[EventDict]
