import { API, graphqlOperation } from 'aws-amplify';
import { GRAPHQL_AUTH_MODE } from '@aws-amplify/api';
import { getTodo, searchEverything } from './graphql/queries';
import { reportQuery } from '@acme/report-queries';

// What client.models cannot take stays on client.graphql (spec §7), and the run summary says why.
// A model operation in a form the model client has no rewrite for (get without variables):
export const firstTodo = () => API.graphql({ query: getTodo });
// Custom operations, with the auth mode mapped to its v6 name (spec §7.1):
export const searchPublic = (text) =>
  API.graphql({ query: searchEverything, variables: { text }, authMode: GRAPHQL_AUTH_MODE.API_KEY });
export const searchAll = () => API.graphql({ query: searchEverything, authMode: 'AWS_IAM' });
// An operation remold cannot trace to a codegen'd document:
export const report = (month) => API.graphql(graphqlOperation(reportQuery, { month }));
// Options written another way are not looked up:
export const custom = (query) => API.graphql({ query, variables: { limit: 10 } });
