import { API, graphqlOperation } from 'aws-amplify';
import { searchEverything } from './graphql/queries';
import { onCreateTodo } from './graphql/subscriptions';

// Mode A (spec §7): custom operations keep their documents and result shape on client.graphql.
export const search = (text, token) => API.graphql(graphqlOperation(searchEverything, { text }, token));
export const searchRaw = (text) => API.graphql({ query: searchEverything, variables: { text } });
export const searchTraced = (text) => API.graphql({ query: searchEverything, variables: { text } }, { 'x-trace': '1' });
export const searchEverywhere = () => API.graphql(graphqlOperation(searchEverything));

// A subscription's events change shape in v6 (GQL-08): flagged, not rewritten.
export const watch = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value.data.onCreateTodo) });
