import { graphql } from '../../gql';
import type { CountyComparisonQuery } from '../../gql/graphql';

export const CountyComparisonDocument = graphql(`
  query CountyComparison($year: Int!) {
    countyComparison(year: $year) {
      rank
      townId
      townName
      cycleId
      cycleName
      score
      previousScore
      change
      households
      dataCutoff
      explanation
      sections {
        code
        title
        points
        maximum
        lost
        checkpoints
      }
      items {
        code
        title
        points
        maximum
        lost
        checkpoints
      }
      indicators {
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
      mockEvaluation {
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
    }
  }
`);

export type ComparisonRow = CountyComparisonQuery['countyComparison'][number];
export type ScorePartRow = ComparisonRow['sections'][number];
export type IndicatorRow = ComparisonRow['indicators'][number];
