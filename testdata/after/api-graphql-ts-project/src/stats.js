import { todoStats } from './graphql/queries';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// A custom query (no model-client form) moves to client.graphql with its result shape (GQL-01).
export async function stats() {
  const res = await client.graphql({ query: todoStats });
  return res.data.todoStats;
}

// An operation that is no codegen'd document: client.graphql too, since the document is sent as it is.
const ping = /* GraphQL */ `
  query Ping {
    ping
  }
`;
export const pingServer = () => client.graphql({ query: ping });
