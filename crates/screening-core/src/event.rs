//! Events: the facts a case is made of, each with its payload.
//!
//! An event in the case file is one flat JSON object:
//! `{"type", "date", "by", ...payload, "note"?}`. Reading one checks it whole:
//! unknown or duplicate fields, a payload field that does not belong to the
//! event's type, and a missing one are all refused (`malformed`).

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;

use crate::authority::{Body, Id};
use crate::electorate::Counts;
use crate::lang::vocabulary;
use crate::period::Date;

vocabulary! {
    /// The type of an event ("bước, sự kiện"), in the order of the procedure.
    pub enum EventType {
        /// S1.1: the committee flags the member against the criteria.
        Flagged = "flagged", vi: "Chi ủy rà soát, phát hiện, dự kiến danh sách", en: "Flagged in the committee's review";
        /// S1.2: the committee asks the superior for direction.
        DirectionRequested = "direction_requested", vi: "Xin ý kiến chỉ đạo của cấp ủy cấp trên", en: "Direction requested from the superior";
        /// S1.2: the superior's direction.
        DirectionGiven = "direction_given", vi: "Cấp ủy cấp trên cho ý kiến chỉ đạo", en: "Direction given by the superior";
        /// S1.3: the branch's secret ballot on listing.
        ListingVoted = "listing_voted", vi: "Chi bộ họp, thảo luận, bỏ phiếu kín", en: "Branch secret ballot on listing";
        /// S1.4: the superior approves or refuses the list.
        ListingReviewed = "listing_reviewed", vi: "Cấp ủy cấp trên phê duyệt danh sách", en: "List reviewed by the superior";
        /// S2.1: the committee tells the member and talks the violations over.
        MemberNotified = "member_notified", vi: "Thông báo ý kiến phê duyệt, trao đổi với đảng viên", en: "Member notified, violations talked over";
        /// S2.1: the member's self-criticism with a commitment to correct.
        SelfCriticismSubmitted = "self_criticism_submitted", vi: "Đảng viên viết bản tự kiểm điểm, cam kết sửa chữa, khắc phục", en: "Self-criticism with a commitment submitted";
        /// S2.2: the branch's resolution assigning one mentor.
        MentorAssigned = "mentor_assigned", vi: "Chi bộ ra nghị quyết phân công theo dõi, giúp đỡ", en: "Mentor assigned by the branch's resolution";
        /// S2.2: another mentor assigned.
        MentorReassigned = "mentor_reassigned", vi: "Chi bộ phân công lại người theo dõi, giúp đỡ", en: "Mentor reassigned";
        /// S3.1: the branch's two secret ballots after 12 months.
        ScreeningVoted = "screening_voted", vi: "Chi bộ bỏ phiếu kín sàng lọc", en: "Screening ballots";
        /// S3.2, S3.4, I4: the superior reviews the branch's decision.
        DecisionReviewed = "decision_reviewed", vi: "Cấp ủy cấp trên xem xét, phê duyệt", en: "Decision reviewed by the superior";
        /// S3.3, I5: the grassroots committee resolves on the removal proposal.
        RemovalResolved = "removal_resolved", vi: "Đảng ủy cơ sở xem xét, ra nghị quyết", en: "Removal proposal resolved by the grassroots committee";
        /// S4.1: the BTV ĐUK orders verification.
        VerificationOrdered = "verification_ordered", vi: "Ban Thường vụ Đảng ủy Khối chỉ đạo thẩm tra, xác minh", en: "Verification ordered by the BTV ĐUK";
        /// S4.1: the Inspection Committee concludes.
        VerificationConcluded = "verification_concluded", vi: "Ủy ban Kiểm tra kết luận thẩm tra, xác minh", en: "Verification concluded by the Inspection Committee";
        /// S4.2, S4.3: the BTV ĐUK decides.
        RemovalDecided = "removal_decided", vi: "Ban Thường vụ Đảng ủy Khối xem xét, quyết định", en: "Decision of the BTV ĐUK";
        /// I7: administrative closure.
        CaseClosed = "case_closed", vi: "Kết thúc hồ sơ", en: "Case closed administratively";
    }
}

vocabulary! {
    /// A criterion of Guidance 02, Section II, Clause 1 ("tiêu chí").
    pub enum Criterion {
        /// Rated "không hoàn thành nhiệm vụ" two years running.
        TwoYearsNotCompleted = "two_years_not_completed", vi: "Hai năm liền không hoàn thành nhiệm vụ", en: "Rated 'not completing duties' two years running";
        /// Violated again while serving a discipline.
        ReoffendedUnderDiscipline = "reoffended_under_discipline", vi: "Tái phạm trong thời gian chấp hành kỷ luật", en: "Violated again while serving a discipline";
        /// Degraded in political ideology, ethics or lifestyle.
        Degradation = "degradation", vi: "Suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hóa\"", en: "Degraded in political ideology, ethics or lifestyle";
        /// Broke the duty to set an example or the prohibitions; low standing.
        ExampleOrProhibition = "example_or_prohibition", vi: "Vi phạm trách nhiệm nêu gương, những điều đảng viên không được làm; uy tín thấp", en: "Broke the duty to set an example or the prohibitions, or low standing";
        /// Another criterion of that clause (described in the note).
        Other = "other", vi: "Tiêu chí khác tại Khoản 1, Mục II Hướng dẫn 02-HD/BTCTW", en: "Another criterion of Guidance 02, II.1";
    }
}

vocabulary! {
    /// The mentor's role ("người theo dõi, giúp đỡ").
    pub enum MentorRole {
        /// "Chi ủy viên": only in a branch that has a committee.
        CommitteeMember = "committee_member", vi: "Chi ủy viên", en: "Committee member";
        /// "Đảng viên".
        Member = "member", vi: "Đảng viên", en: "Party member";
    }
}

vocabulary! {
    /// The BTV ĐUK's decision in Step 4.
    pub enum RemovalOutcome {
        /// S4.2: strike the name off ("xóa tên").
        StruckOff = "struck_off", vi: "Xóa tên", en: "Strike off";
        /// S4.2: expel as a discipline ("khai trừ").
        Expelled = "expelled", vi: "Khai trừ", en: "Expel";
        /// S4.3: not grave enough; continued education.
        ContinueEducation = "continue_education", vi: "Chưa đến mức xóa tên hoặc khai trừ, tiếp tục giáo dục, giúp đỡ", en: "Not grave enough: continued education";
    }
}

vocabulary! {
    /// Why a case is closed administratively (I7).
    pub enum CloseReason {
        /// The member died.
        Deceased = "deceased", vi: "Đảng viên từ trần", en: "The member died";
        /// The member transferred.
        Transferred = "transferred", vi: "Chuyển sinh hoạt đảng", en: "The member transferred";
        /// Another reason (state it in the note).
        Other = "other", vi: "Lý do khác", en: "Another reason";
    }
}

/// The member assigned to follow and help (S2.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mentor {
    /// The mentor's member id.
    pub id: Id,
    /// Committee member or party member.
    pub role: MentorRole,
}

/// What happened, with its payload: one variant per [`EventType`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// S1.1: with at least one criterion (codes may repeat; kept as written).
    Flagged {
        /// The criteria.
        criteria: Vec<Criterion>,
    },
    /// S1.2.
    DirectionRequested,
    /// S1.2: `proceed` false ends the case (`not_listed`).
    DirectionGiven {
        /// Whether the branch may proceed.
        proceed: bool,
    },
    /// S1.3.
    ListingVoted {
        /// The electorate as recorded.
        electorate: Counts,
        /// Yes votes.
        yes: u32,
    },
    /// S1.4.
    ListingReviewed {
        /// Whether the list is approved.
        approved: bool,
    },
    /// S2.1.
    MemberNotified,
    /// S2.1.
    SelfCriticismSubmitted,
    /// S2.2: starts cycle 1.
    MentorAssigned {
        /// The mentor.
        mentor: Mentor,
    },
    /// S2.2: changes neither the cycle nor the screening date.
    MentorReassigned {
        /// The new mentor.
        mentor: Mentor,
    },
    /// S3.1.
    ScreeningVoted {
        /// The electorate as recorded.
        electorate: Counts,
        /// Yes votes on progress.
        progress_yes: u32,
        /// Yes votes on removal.
        removal_yes: u32,
    },
    /// S3.2, S3.4, I4.
    DecisionReviewed {
        /// Whether the superior approves.
        approved: bool,
    },
    /// S3.3, I5.
    RemovalResolved {
        /// Whether the grassroots committee forwards the proposal to the BTV ĐUK.
        forward: bool,
    },
    /// S4.1.
    VerificationOrdered,
    /// S4.1.
    VerificationConcluded {
        /// Whether the violations are confirmed.
        violations_confirmed: bool,
    },
    /// S4.2, S4.3.
    RemovalDecided {
        /// The decision.
        outcome: RemovalOutcome,
    },
    /// I7.
    CaseClosed {
        /// Why.
        reason: CloseReason,
    },
}

impl Action {
    /// The event type of this action.
    pub const fn event_type(&self) -> EventType {
        match self {
            Action::Flagged { .. } => EventType::Flagged,
            Action::DirectionRequested => EventType::DirectionRequested,
            Action::DirectionGiven { .. } => EventType::DirectionGiven,
            Action::ListingVoted { .. } => EventType::ListingVoted,
            Action::ListingReviewed { .. } => EventType::ListingReviewed,
            Action::MemberNotified => EventType::MemberNotified,
            Action::SelfCriticismSubmitted => EventType::SelfCriticismSubmitted,
            Action::MentorAssigned { .. } => EventType::MentorAssigned,
            Action::MentorReassigned { .. } => EventType::MentorReassigned,
            Action::ScreeningVoted { .. } => EventType::ScreeningVoted,
            Action::DecisionReviewed { .. } => EventType::DecisionReviewed,
            Action::RemovalResolved { .. } => EventType::RemovalResolved,
            Action::VerificationOrdered => EventType::VerificationOrdered,
            Action::VerificationConcluded { .. } => EventType::VerificationConcluded,
            Action::RemovalDecided { .. } => EventType::RemovalDecided,
            Action::CaseClosed { .. } => EventType::CaseClosed,
        }
    }
}

/// One fact of a case: what happened, when, recorded by whom, with an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Event {
    /// The day it happened.
    pub date: Date,
    /// The body that records it (A1).
    pub by: Body,
    /// What happened, with its payload.
    pub action: Action,
    /// Free text, kept as written.
    pub note: Option<String>,
}

impl Event {
    /// An event without a note.
    pub fn new(date: Date, by: Body, action: Action) -> Event {
        Event {
            date,
            by,
            action,
            note: None,
        }
    }

    /// The same event with a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Event {
        self.note = Some(note.into());
        self
    }

    /// The event's type.
    pub const fn event_type(&self) -> EventType {
        self.action.event_type()
    }

    /// Reads one event object, checked as in a case file (`malformed` otherwise).
    pub fn from_json(text: &str) -> Result<Event, crate::error::FormatError> {
        serde_json::from_str(text).map_err(crate::error::FormatError::malformed)
    }

    /// The event as a JSON object of the case file.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The fields an event object may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Type,
    Date,
    By,
    Note,
    Criteria,
    Proceed,
    Electorate,
    Yes,
    Approved,
    Mentor,
    ProgressYes,
    RemovalYes,
    Forward,
    ViolationsConfirmed,
    Outcome,
    Reason,
}

impl Field {
    const fn name(self) -> &'static str {
        match self {
            Field::Type => "type",
            Field::Date => "date",
            Field::By => "by",
            Field::Note => "note",
            Field::Criteria => "criteria",
            Field::Proceed => "proceed",
            Field::Electorate => "electorate",
            Field::Yes => "yes",
            Field::Approved => "approved",
            Field::Mentor => "mentor",
            Field::ProgressYes => "progress_yes",
            Field::RemovalYes => "removal_yes",
            Field::Forward => "forward",
            Field::ViolationsConfirmed => "violations_confirmed",
            Field::Outcome => "outcome",
            Field::Reason => "reason",
        }
    }
}

/// Every field of an event object, each read at most once.
#[derive(Default)]
struct Fields {
    ty: Option<EventType>,
    date: Option<Date>,
    by: Option<Body>,
    note: Option<String>,
    criteria: Option<Vec<Criterion>>,
    proceed: Option<bool>,
    electorate: Option<Counts>,
    yes: Option<u32>,
    approved: Option<bool>,
    mentor: Option<Mentor>,
    progress_yes: Option<u32>,
    removal_yes: Option<u32>,
    forward: Option<bool>,
    violations_confirmed: Option<bool>,
    outcome: Option<RemovalOutcome>,
    reason: Option<CloseReason>,
    /// The payload fields present, in the order read.
    payload: Vec<Field>,
}

fn put<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    field: Field,
    map: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(field.name()));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

fn need<T, E: de::Error>(slot: Option<T>, field: Field) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(field.name()))
}

impl Fields {
    fn read<'de, A: MapAccess<'de>>(mut map: A) -> Result<Fields, A::Error> {
        let mut f = Fields::default();
        while let Some(key) = map.next_key::<Field>()? {
            match key {
                Field::Type => put(&mut f.ty, key, &mut map)?,
                Field::Date => put(&mut f.date, key, &mut map)?,
                Field::By => put(&mut f.by, key, &mut map)?,
                Field::Note => put(&mut f.note, key, &mut map)?,
                Field::Criteria => put(&mut f.criteria, key, &mut map)?,
                Field::Proceed => put(&mut f.proceed, key, &mut map)?,
                Field::Electorate => put(&mut f.electorate, key, &mut map)?,
                Field::Yes => put(&mut f.yes, key, &mut map)?,
                Field::Approved => put(&mut f.approved, key, &mut map)?,
                Field::Mentor => put(&mut f.mentor, key, &mut map)?,
                Field::ProgressYes => put(&mut f.progress_yes, key, &mut map)?,
                Field::RemovalYes => put(&mut f.removal_yes, key, &mut map)?,
                Field::Forward => put(&mut f.forward, key, &mut map)?,
                Field::ViolationsConfirmed => put(&mut f.violations_confirmed, key, &mut map)?,
                Field::Outcome => put(&mut f.outcome, key, &mut map)?,
                Field::Reason => put(&mut f.reason, key, &mut map)?,
            }
            if !matches!(key, Field::Type | Field::Date | Field::By | Field::Note) {
                f.payload.push(key);
            }
        }
        Ok(f)
    }

    /// Builds the event, refusing payload fields that do not belong to its type.
    fn into_event<E: de::Error>(self) -> Result<Event, E> {
        let ty = need(self.ty, Field::Type)?;
        let date = need(self.date, Field::Date)?;
        let by = need(self.by, Field::By)?;
        let allowed = payload_fields(ty);
        if let Some(stray) = self.payload.iter().find(|f| !allowed.contains(f)) {
            return Err(E::custom(format_args!(
                "field `{}` does not belong to a `{}` event",
                stray.name(),
                ty
            )));
        }
        let action = match ty {
            EventType::Flagged => Action::Flagged {
                criteria: need(self.criteria, Field::Criteria)?,
            },
            EventType::DirectionRequested => Action::DirectionRequested,
            EventType::DirectionGiven => Action::DirectionGiven {
                proceed: need(self.proceed, Field::Proceed)?,
            },
            EventType::ListingVoted => Action::ListingVoted {
                electorate: need(self.electorate, Field::Electorate)?,
                yes: need(self.yes, Field::Yes)?,
            },
            EventType::ListingReviewed => Action::ListingReviewed {
                approved: need(self.approved, Field::Approved)?,
            },
            EventType::MemberNotified => Action::MemberNotified,
            EventType::SelfCriticismSubmitted => Action::SelfCriticismSubmitted,
            EventType::MentorAssigned => Action::MentorAssigned {
                mentor: need(self.mentor, Field::Mentor)?,
            },
            EventType::MentorReassigned => Action::MentorReassigned {
                mentor: need(self.mentor, Field::Mentor)?,
            },
            EventType::ScreeningVoted => Action::ScreeningVoted {
                electorate: need(self.electorate, Field::Electorate)?,
                progress_yes: need(self.progress_yes, Field::ProgressYes)?,
                removal_yes: need(self.removal_yes, Field::RemovalYes)?,
            },
            EventType::DecisionReviewed => Action::DecisionReviewed {
                approved: need(self.approved, Field::Approved)?,
            },
            EventType::RemovalResolved => Action::RemovalResolved {
                forward: need(self.forward, Field::Forward)?,
            },
            EventType::VerificationOrdered => Action::VerificationOrdered,
            EventType::VerificationConcluded => Action::VerificationConcluded {
                violations_confirmed: need(self.violations_confirmed, Field::ViolationsConfirmed)?,
            },
            EventType::RemovalDecided => Action::RemovalDecided {
                outcome: need(self.outcome, Field::Outcome)?,
            },
            EventType::CaseClosed => Action::CaseClosed {
                reason: need(self.reason, Field::Reason)?,
            },
        };
        Ok(Event {
            date,
            by,
            action,
            note: self.note,
        })
    }
}

/// The payload fields of each event type (CASE-FORMAT.md, "Events").
const fn payload_fields(ty: EventType) -> &'static [Field] {
    match ty {
        EventType::Flagged => &[Field::Criteria],
        EventType::DirectionGiven => &[Field::Proceed],
        EventType::ListingVoted => &[Field::Electorate, Field::Yes],
        EventType::ListingReviewed | EventType::DecisionReviewed => &[Field::Approved],
        EventType::MentorAssigned | EventType::MentorReassigned => &[Field::Mentor],
        EventType::ScreeningVoted => &[Field::Electorate, Field::ProgressYes, Field::RemovalYes],
        EventType::RemovalResolved => &[Field::Forward],
        EventType::VerificationConcluded => &[Field::ViolationsConfirmed],
        EventType::RemovalDecided => &[Field::Outcome],
        EventType::CaseClosed => &[Field::Reason],
        EventType::DirectionRequested
        | EventType::MemberNotified
        | EventType::SelfCriticismSubmitted
        | EventType::VerificationOrdered => &[],
    }
}

impl EventType {
    /// The payload fields an event of this type carries in the case file, besides
    /// `type`, `date`, `by` and `note` (CASE-FORMAT.md, "Events"): the fields that
    /// reading an event requires, and the only ones it accepts.
    ///
    /// Rules: `criteria` S1.1; `proceed` S1.2; `electorate` and `yes` S1.3, E1–E4;
    /// `approved` S1.4, S3.2, S3.4, I4; `mentor` S2.2; `electorate`, `progress_yes`
    /// and `removal_yes` S3.1; `forward` S3.3, I5; `violations_confirmed` S4.1;
    /// `outcome` S4.2, S4.3, I6; `reason` I7.
    ///
    /// ```
    /// use screening_core::EventType;
    /// let fields: Vec<_> = EventType::ListingVoted.payload_fields().collect();
    /// assert_eq!(fields, ["electorate", "yes"]);
    /// assert_eq!(EventType::MemberNotified.payload_fields().count(), 0);
    /// ```
    pub fn payload_fields(self) -> impl ExactSizeIterator<Item = &'static str> {
        payload_fields(self).iter().map(|f| f.name())
    }
}

impl<'de> de::Deserialize<'de> for Event {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Event, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Event;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an event object {\"type\", \"date\", \"by\", ...}")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Event, A::Error> {
                Fields::read(map)?.into_event()
            }
        }
        d.deserialize_map(V)
    }
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("type", &self.event_type())?;
        m.serialize_entry("date", &self.date)?;
        m.serialize_entry("by", &self.by)?;
        match &self.action {
            Action::Flagged { criteria } => m.serialize_entry("criteria", criteria)?,
            Action::DirectionGiven { proceed } => m.serialize_entry("proceed", proceed)?,
            Action::ListingVoted { electorate, yes } => {
                m.serialize_entry("electorate", electorate)?;
                m.serialize_entry("yes", yes)?;
            }
            Action::ListingReviewed { approved } | Action::DecisionReviewed { approved } => {
                m.serialize_entry("approved", approved)?
            }
            Action::MentorAssigned { mentor } | Action::MentorReassigned { mentor } => {
                m.serialize_entry("mentor", mentor)?
            }
            Action::ScreeningVoted {
                electorate,
                progress_yes,
                removal_yes,
            } => {
                m.serialize_entry("electorate", electorate)?;
                m.serialize_entry("progress_yes", progress_yes)?;
                m.serialize_entry("removal_yes", removal_yes)?;
            }
            Action::RemovalResolved { forward } => m.serialize_entry("forward", forward)?,
            Action::VerificationConcluded {
                violations_confirmed,
            } => m.serialize_entry("violations_confirmed", violations_confirmed)?,
            Action::RemovalDecided { outcome } => m.serialize_entry("outcome", outcome)?,
            Action::CaseClosed { reason } => m.serialize_entry("reason", reason)?,
            Action::DirectionRequested
            | Action::MemberNotified
            | Action::SelfCriticismSubmitted
            | Action::VerificationOrdered => {}
        }
        if let Some(note) = &self.note {
            m.serialize_entry("note", note)?;
        }
        m.end()
    }
}
