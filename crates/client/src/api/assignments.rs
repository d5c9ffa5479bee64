//! A shopper's planned visits: their own and the open ones they may claim,
//! and the moves a shopper makes on one (claim, start, release).

use super::{json_of, send, ApiClient, ApiError};
use ms_core::planning::api::{AssignmentView, MyAssignments, Refusal};
use ms_core::planning::AssignmentId;
use ms_core::ErrorCode;
use reqwest::Method;

/// The error codes a rule of a wave refuses a claim with (HTTP 409).
const RULE_CODES: [ErrorCode; 6] = [
    ErrorCode::Lockout,
    ErrorCode::DailyCap,
    ErrorCode::WaveCap,
    ErrorCode::HeldCap,
    ErrorCode::Spacing,
    ErrorCode::Grade,
];

impl ApiClient {
    /// The signed-in shopper's assignments and the open ones of published waves.
    pub async fn my_assignments(&self) -> Result<MyAssignments, ApiError> {
        json_of(send(self.request(Method::GET, "/my/assignments")).await?).await
    }

    /// Takes an open assignment; a rule's refusal is a 409 that
    /// [`rule_refusal`] reads.
    pub async fn claim_assignment(&self, id: AssignmentId) -> Result<AssignmentView, ApiError> {
        self.assignment_move(id, "claim").await
    }

    /// Tells the server the visit of an assignment began (best effort: a
    /// visit started offline reaches the server with its evaluation).
    pub async fn start_assignment(&self, id: AssignmentId) -> Result<AssignmentView, ApiError> {
        self.assignment_move(id, "start").await
    }

    /// Gives an assignment back: it is open again for any shopper.
    pub async fn release_assignment(&self, id: AssignmentId) -> Result<AssignmentView, ApiError> {
        self.assignment_move(id, "release").await
    }

    async fn assignment_move(&self, id: AssignmentId, step: &str) -> Result<AssignmentView, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/assignments/{id}/{step}"))).await?).await
    }
}

/// A rule's refusal of a claim (a 409 whose code names a rule of the wave),
/// as the list of available visits gives one. The day it ends is not read
/// out of the server's sentence: the next list gives it (`until`). None for
/// any other error.
pub fn rule_refusal(error: &ApiError) -> Option<Refusal> {
    let ApiError::Server { status: 409, code, message, .. } = error else { return None };
    let code = ErrorCode::parse(code).filter(|c| RULE_CODES.contains(c))?;
    Some(Refusal { code, message: message.clone(), until: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, code: &str, message: &str) -> ApiError {
        ApiError::Server { status, code: code.into(), message: message.into(), field: None, retry_after: None }
    }

    #[test]
    fn a_rules_refusal_of_a_claim_keeps_its_code_and_the_servers_sentence() {
        for code in RULE_CODES {
            let r = rule_refusal(&answer(409, code.as_str(), "not before 2026-04-04")).expect("a refusal");
            assert_eq!((r.code, r.message.as_str(), r.until), (code, "not before 2026-04-04", None));
        }
    }

    #[test]
    fn other_errors_are_no_rules_refusal() {
        assert_eq!(rule_refusal(&answer(409, "illegal_assignment_move", "taken already")), None);
        assert_eq!(rule_refusal(&answer(409, "brand_new_rule", "x")), None);
        assert_eq!(rule_refusal(&answer(403, "lockout", "x")), None);
        assert_eq!(rule_refusal(&ApiError::Timeout), None);
    }
}
