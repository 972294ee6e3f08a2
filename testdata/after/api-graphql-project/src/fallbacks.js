import { getTodo, searchEverything } from './graphql/queries';
import { reportQuery } from '@acme/report-queries';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// What client.models cannot take stays on client.graphql (spec §7), and the run summary says why.
// A model operation in a form the model client has no rewrite for (get without variables):
export const firstTodo = () => client.graphql({ query: getTodo });
// Custom operations, with the auth mode mapped to its v6 name (spec §7.1):
export const searchPublic = (text) =>
  client.graphql({ query: searchEverything, variables: { text }, authMode: 'apiKey' });
export const searchAll = () => client.graphql({ query: searchEverything, authMode: 'identityPool' });
// An operation remold cannot trace to a codegen'd document:
export const report = (month) => client.graphql({ query: reportQuery, variables: { month } });
// Options written another way are not looked up:
export const custom = (query) => client.graphql({ query, variables: { limit: 10 } });
