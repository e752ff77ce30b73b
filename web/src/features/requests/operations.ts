import { graphql } from "../../gql";

export const RequestsQuery = graphql(`
  query Requests {
    requests(first: 500) {
      edges {
        node {
          id
          title
          description
          area
          phase
          priority
          estimatedCost
          status
          rejectReason
          createdAt
        }
      }
    }
  }
`);

export const CreateRequest = graphql(`
  mutation CreateRequest($input: CreateRequestInput!) {
    createRequest(input: $input) {
      id
      status
    }
  }
`);

export const UpdateRequest = graphql(`
  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {
    updateRequest(id: $id, input: $input) {
      id
      title
      description
      area
      estimatedCost
    }
  }
`);

export const SubmitRequest = graphql(`
  mutation SubmitRequest($id: ID!) {
    submitRequest(id: $id) {
      id
      status
      priority
    }
  }
`);

export const ReprioritizeRequest = graphql(`
  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {
    reprioritizeRequest(id: $id, priority: $priority) {
      id
      priority
    }
  }
`);

export const WithdrawRequest = graphql(`
  mutation WithdrawRequest($id: ID!) {
    withdrawRequest(id: $id) {
      id
      status
      priority
    }
  }
`);

export const ApproveRequest = graphql(`
  mutation ApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
      status
    }
  }
`);

export const RejectRequest = graphql(`
  mutation RejectRequest($id: ID!, $reason: String!) {
    rejectRequest(id: $id, reason: $reason) {
      id
      status
      priority
      rejectReason
    }
  }
`);

export const FulfillRequest = graphql(`
  mutation FulfillRequest($id: ID!) {
    fulfillRequest(id: $id) {
      id
      status
      priority
    }
  }
`);
