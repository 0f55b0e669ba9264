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
        ...DashboardScorePart
      }
      items {
        ...DashboardScorePart
      }
      indicators {
        ...DashboardIndicator
      }
      mockEvaluation {
        ...DashboardIndicator
      }
    }
  }
`);

export type ComparisonRow = CountyComparisonQuery['countyComparison'][number];
export type ScorePartRow = ComparisonRow['sections'][number];
export type IndicatorRow = ComparisonRow['indicators'][number];
