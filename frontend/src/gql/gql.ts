/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      kind\n      displayName\n      readOnly\n      memberships {\n        role\n        roleLabel\n        town {\n          id\n          name\n        }\n        area {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        office {\n          id\n          name\n        }\n      }\n      permissions {\n        domain\n        resource\n        action\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Home {\n    unreadNotificationCount\n    cycles(state: \"active\") {\n      id\n      name\n      year\n      state\n      selfStart\n      selfEnd\n      crossStart\n      crossEnd\n      rectStart\n      rectEnd\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query HomeOpenFindings($cycleId: ID!) {\n    findingCount(cycleId: $cycleId, state: \"open\")\n  }\n": typeof types.HomeOpenFindingsDocument,
    "\n  query HomeClearance($cycleId: ID!) {\n    clearance(cycleId: $cycleId, by: TOWN) {\n      name\n      open\n      overdue\n      cleared\n    }\n  }\n": typeof types.HomeClearanceDocument,
    "\n  query HomeAssignments($cycleId: ID!) {\n    myAssignments(cycleId: $cycleId) {\n      id\n      done\n    }\n  }\n": typeof types.HomeAssignmentsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      kind\n      displayName\n      readOnly\n      memberships {\n        role\n        roleLabel\n        town {\n          id\n          name\n        }\n        area {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        office {\n          id\n          name\n        }\n      }\n      permissions {\n        domain\n        resource\n        action\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query Home {\n    unreadNotificationCount\n    cycles(state: \"active\") {\n      id\n      name\n      year\n      state\n      selfStart\n      selfEnd\n      crossStart\n      crossEnd\n      rectStart\n      rectEnd\n    }\n  }\n": types.HomeDocument,
    "\n  query HomeOpenFindings($cycleId: ID!) {\n    findingCount(cycleId: $cycleId, state: \"open\")\n  }\n": types.HomeOpenFindingsDocument,
    "\n  query HomeClearance($cycleId: ID!) {\n    clearance(cycleId: $cycleId, by: TOWN) {\n      name\n      open\n      overdue\n      cleared\n    }\n  }\n": types.HomeClearanceDocument,
    "\n  query HomeAssignments($cycleId: ID!) {\n    myAssignments(cycleId: $cycleId) {\n      id\n      done\n    }\n  }\n": types.HomeAssignmentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      kind\n      displayName\n      readOnly\n      memberships {\n        role\n        roleLabel\n        town {\n          id\n          name\n        }\n        area {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        office {\n          id\n          name\n        }\n      }\n      permissions {\n        domain\n        resource\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      kind\n      displayName\n      readOnly\n      memberships {\n        role\n        roleLabel\n        town {\n          id\n          name\n        }\n        area {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        office {\n          id\n          name\n        }\n      }\n      permissions {\n        domain\n        resource\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    unreadNotificationCount\n    cycles(state: \"active\") {\n      id\n      name\n      year\n      state\n      selfStart\n      selfEnd\n      crossStart\n      crossEnd\n      rectStart\n      rectEnd\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    unreadNotificationCount\n    cycles(state: \"active\") {\n      id\n      name\n      year\n      state\n      selfStart\n      selfEnd\n      crossStart\n      crossEnd\n      rectStart\n      rectEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOpenFindings($cycleId: ID!) {\n    findingCount(cycleId: $cycleId, state: \"open\")\n  }\n"): (typeof documents)["\n  query HomeOpenFindings($cycleId: ID!) {\n    findingCount(cycleId: $cycleId, state: \"open\")\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeClearance($cycleId: ID!) {\n    clearance(cycleId: $cycleId, by: TOWN) {\n      name\n      open\n      overdue\n      cleared\n    }\n  }\n"): (typeof documents)["\n  query HomeClearance($cycleId: ID!) {\n    clearance(cycleId: $cycleId, by: TOWN) {\n      name\n      open\n      overdue\n      cleared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAssignments($cycleId: ID!) {\n    myAssignments(cycleId: $cycleId) {\n      id\n      done\n    }\n  }\n"): (typeof documents)["\n  query HomeAssignments($cycleId: ID!) {\n    myAssignments(cycleId: $cycleId) {\n      id\n      done\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;