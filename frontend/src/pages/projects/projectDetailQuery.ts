import { graphql } from '../../gql';
import type { ProjectDetailQuery } from '../../gql/graphql';

export const ProjectDetailDocument = graphql(`
  query ProjectDetail($id: ID!) {
    node(id: $id) {
      ... on Project {
        id
        name
        villageId
        year
        approvedOn
        plannedContent
        plannedInvestment
        envPermit {
          number
          issuedOn
        }
        landPermit {
          number
          issuedOn
        }
        planningPermit {
          number
          issuedOn
        }
        tenderAmount
        contractAmount
        contractor
        employer
        contractOn
        completedOn
        acceptedOn
        auditedOn
        noticeOn
        adjustments {
          id
          adjustedOn
          content
          contentChangePct
          investmentChange
        }
        assets {
          id
          name
          assetClass
          quantity
          unit
          value
          transferNo
          transferredOn
          registeredOn
          keeper
          checks {
            id
            quarter
            checkedOn
            note
          }
        }
        operation {
          id
          modeLabel
          operator
          contractNo
          termStart
          termEnd
          annualReturn
          householdsAssisted
          upkeepParty
          idle
          damaged
          updatedOn
        }
        returns {
          id
          period
          dueOn
          expected
          received
          receivedOn
        }
        distributionPlans {
          id
          amount
          receivedOn
          plannedOn
          noticeOn
          paidOn
        }
        disbursements {
          id
          paidOn
          amount
          basisLabel
          voucherNo
        }
        funds {
          id
          finalAmount
          finalOn
          surplusAmount
          surplusUse
          publishedOn
        }
        qualityDeposits {
          id
          amount
          dueOn
          returnedOn
        }
      }
    }
  }
`);

type Node = NonNullable<ProjectDetailQuery['node']>;
export type ProjectDetailData = Extract<Node, { plannedContent: string }>;
