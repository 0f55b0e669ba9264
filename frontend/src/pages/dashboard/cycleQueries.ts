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
        total
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
      areas: groups(level: AREA) {
        subjectId
        name
        households
        score
      }
      villages: groups(level: VILLAGE) {
        subjectId
        name
        households
        score
      }
      cadres: groups(level: CADRE) {
        subjectId
        name
        households
        score
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
          total
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
