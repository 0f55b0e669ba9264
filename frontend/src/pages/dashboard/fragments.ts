import { graphql } from '../../gql';

/** A section or item of a score (county comparison, cycle and group breakdowns). */
export const DashboardScorePartFragment = graphql(`
  fragment DashboardScorePart on ScorePart {
    code
    title
    points
    maximum
    lost
    checkpoints
  }
`);

/** An indicator with its interval (indicators and the mock evaluation). */
export const DashboardIndicatorFragment = graphql(`
  fragment DashboardIndicator on IndicatorValue {
    code
    label
    description
    unit
    higherIsBetter
    numerator
    denominator
    value
    low
    high
  }
`);

/** A total with its sections and items. */
export const DashboardBreakdownFragment = graphql(`
  fragment DashboardBreakdown on ScoreBreakdown {
    total
    sections {
      ...DashboardScorePart
    }
    items {
      ...DashboardScorePart
    }
  }
`);

/** One area, village or cadre in a ranking. */
export const DashboardGroupScoreFragment = graphql(`
  fragment DashboardGroupScore on GroupScore {
    subjectId
    name
    households
    score
  }
`);
