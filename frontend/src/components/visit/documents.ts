/** GraphQL documents shared by the visit form, the visits list and the review pages. */
import { graphql } from '../../gql';

export const ActiveCyclesDocument = graphql(`
  query VisitActiveCycles {
    cycles(state: "active") {
      id
      name
      versionId
      selfStart
      selfEnd
    }
  }
`);

/** Sections and items of the checklist, to group the form's checkpoints. */
export const ChecklistOutlineDocument = graphql(`
  query VisitChecklistOutline {
    checklistTemplates {
      id
      versions {
        id
        sections {
          code
          title
          items {
            code
            title
            checkpoints {
              code
            }
          }
        }
      }
    }
  }
`);

export const VisitDraftDocument = graphql(`
  query VisitDraftForm($cycleId: ID!, $householdId: ID!) {
    visitDraft(cycleId: $cycleId, householdId: $householdId) {
      householdId
      headName
      category
      visit {
        id
        state
        version
        submittedAt
        reviewComment
        versions {
          version
          visitedOn
          submittedAt
          note
          reviewComment
          answers {
            checkpoint
            value
            note
            evidence
            fixedOnSpot
          }
        }
      }
      answers {
        checkpoint {
          code
          text
          answerType
          required
          choices
          unit
          guidance
          evidencePhotos
          evidenceDocuments
          evidenceNote
        }
        value
        note
        evidence
        fixedOnSpot
        source
        registryVerdict
      }
    }
  }
`);

export const SubmitVisitDocument = graphql(`
  mutation SubmitVisitFromOutbox($input: SubmitVisitInput!) {
    submitVisit(input: $input) {
      visit {
        id
        state
        version
        householdId
        reviewComment
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const UploadEvidenceDocument = graphql(`
  mutation UploadVisitEvidence($townId: ID!, $file: Upload!, $kind: String!) {
    uploadEvidence(townId: $townId, file: $file, kind: $kind) {
      file {
        key
        kind
        filename
        size
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const ReviewVisitDocument = graphql(`
  mutation ReviewVisitDecision($input: ReviewVisitInput!) {
    reviewVisit(input: $input) {
      visit {
        id
        state
        version
        reviewComment
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const CycleVisitsDocument = graphql(`
  query CycleVisits($cycleId: ID!, $state: String, $first: Int, $after: String) {
    visits(cycleId: $cycleId, state: $state, stage: "self", first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          householdId
          headName
          state
          version
          submittedAt
          reviewComment
        }
      }
    }
  }
`);

export const MyAssignmentsDocument = graphql(`
  query VisitMyAssignments($cycleId: ID!) {
    myAssignments(cycleId: $cycleId) {
      id
      subject
      householdId
      headName
      basis
      done
    }
  }
`);
