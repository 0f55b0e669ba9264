import { graphql } from '../../gql';
import type { CrossDrawQuery } from '../../gql/graphql';

/** Teams and the draw record of a cycle: shared by the draw and teams pages. */
export const CrossDrawDocument = graphql(`
  query CrossDraw($cycleId: ID!) {
    teams(cycleId: $cycleId) {
      id
      name
      directorId
      directorName
      members {
        userId
        name
      }
      committed
      revealed
      areaNames
    }
    draw(cycleId: $cycleId) {
      cycleId
      state
      commitDeadline
      revealDeadline
      avoidPrevious
      sampleRates
      algorithm
      inputs
      seed
      seedText
      fallback
      result
      drawnAt
      commitments {
        teamId
        commitment
        committedAt
        secret
        revealedAt
      }
    }
  }
`);

export type CrossTeam = CrossDrawQuery['teams'][number];
export type CrossDrawRecord = NonNullable<CrossDrawQuery['draw']>;
