import { graphql } from '../../gql';
import type { TokensListQuery } from '../../gql/graphql';

export const TokensListDocument = graphql(`
  query TokensList {
    apiTokens {
      id
      label
      prefix
      expiresAt
      revokedAt
      createdAt
      townIds
    }
    towns(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateTokenDocument = graphql(`
  mutation CreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken {
        id
        label
        prefix
        expiresAt
        revokedAt
        createdAt
        townIds
      }
      secret
      errors {
        code
        message
        field
      }
    }
  }
`);

export const RevokeTokenDocument = graphql(`
  mutation RevokeToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export type TokenRow = TokensListQuery['apiTokens'][number];

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(token: Pick<TokenRow, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}
