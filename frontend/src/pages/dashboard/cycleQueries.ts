import { graphql } from '../../gql';
import type { CycleScoresQuery, ScoreGroupDetailQuery } from '../../gql/graphql';

export const CycleScoresDocument = graphql(`
  query CycleScores($cycleId: ID!) {
    cycleScores(cycleId: $cycleId) {
      snapshot {
        id
        number
        score
        households
        dataCutoff
        createdAt
      }
      breakdown {
        ...DashboardBreakdown
      }
      indicators {
        ...DashboardIndicator
      }
      mockEvaluation {
        ...DashboardIndicator
      }
      areas: groups(level: AREA) {
        ...DashboardGroupScore
      }
      villages: groups(level: VILLAGE) {
        ...DashboardGroupScore
      }
      cadres: groups(level: CADRE) {
        ...DashboardGroupScore
      }
    }
    scoreSnapshots(cycleId: $cycleId) {
      id
      number
      score
      households
      createdAt
    }
  }
`);

export const ScoreGroupDetailDocument = graphql(`
  query ScoreGroupDetail($cycleId: ID!, $level: ScoreLevel!, $subjectId: ID!) {
    cycleScores(cycleId: $cycleId) {
      snapshot {
        id
      }
      group(level: $level, subjectId: $subjectId) {
        score
        breakdown {
          ...DashboardBreakdown
        }
        indicators {
          ...DashboardIndicator
        }
      }
    }
  }
`);

export const TownAreasDocument = graphql(`
  query DashboardTownAreas($townId: ID!) {
    node(id: $townId) {
      ... on Town {
        id
        name
        areas(first: 100) {
          edges {
            node {
              id
              name
              villages(first: 100) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export type CycleScoresData = NonNullable<CycleScoresQuery['cycleScores']>;
export type GroupRow = CycleScoresData['areas'][number];
export type GroupDetailData = ScoreGroupDetailQuery;
