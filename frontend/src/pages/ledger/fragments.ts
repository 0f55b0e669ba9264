import { graphql } from '../../gql';

/** Every field of a ledger item the area shows (list, board and detail). */
export const LedgerItemFieldsFragment = graphql(`
  fragment LedgerItemFields on LedgerItem {
    id
    cycleId
    findingId
    householdId
    areaId
    checkpoint
    problem
    measures
    ownerId
    ownerName
    headName
    deadline
    severity
    state
    stateLabel
    flag
    overdue
    evidence
    resultNote
    effectiveness
    reopened
    createdAt
    submittedAt
    signedOffAt
  }
`);
