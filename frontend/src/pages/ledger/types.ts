import type { LedgerItemFieldsFragment, LedgerStep } from '../../gql/graphql';

export type LedgerItem = LedgerItemFieldsFragment;
export type { LedgerStep };

/** The board's columns, in the order of the state machine. */
export const BOARD_STATES = ['open', 'in_progress', 'submitted', 'returned', 'signed_off'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

/** Filters shared by the table, the board and the .xlsx export. */
export type LedgerFilters = {
  state?: string;
  areaId?: string;
  ownerId?: string;
  overdue?: boolean;
};
