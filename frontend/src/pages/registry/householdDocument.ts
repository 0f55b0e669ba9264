import { graphql } from '../../gql';
import type { RegistryHouseholdQuery } from '../../gql/graphql';

export const RegistryHouseholdDocument = graphql(`
  query RegistryHousehold($id: ID!) {
    node(id: $id) {
      ... on Household {
        id
        headName
        address
        category
        categoryLabel
        liftedYear
        povertyCauses
        assistanceMeasures
        phone
        village {
          id
          name
          area {
            id
            name
          }
          town {
            id
            name
          }
        }
        helpers {
          id
          name
        }
        riskFlags {
          flag
          label
        }
        members {
          id
          name
          idNumber
          sex
          age
          relationLabel
          labourStatusLabel
          disabilityType
          disabilityGrade
          chronicIllness
          basicMedical
          schoolStageLabel
          enrolled
        }
        incomes {
          year
          wages
          production
          property
          transfers
          productionCosts
          net
          perCapita
        }
        livingConditions {
          housingGrade
          assessedBy
          assessedOn
          repairPlan
          planDue
          planDoneOn
          waterSafe
          waterSource
          sanitation
        }
        statusCases {
          id
          fromCategory
          toCategory
          sourceLabel
          state
          steps {
            step
            label
            actor
            note
            at
          }
        }
      }
    }
  }
`);

type Node = NonNullable<RegistryHouseholdQuery['node']>;
export type HouseholdDetail = Extract<Node, { __typename?: 'Household' } & { headName: string }>;
export type MemberDetail = HouseholdDetail['members'][number];
export type IncomeDetail = HouseholdDetail['incomes'][number];
export type LivingDetail = NonNullable<HouseholdDetail['livingConditions']>;
export type StatusCaseDetail = HouseholdDetail['statusCases'][number];

export function asHousehold(node: RegistryHouseholdQuery['node'] | undefined): HouseholdDetail | null {
  return node && 'headName' in node ? node : null;
}
