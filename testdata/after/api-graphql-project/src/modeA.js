import { API, graphqlOperation } from 'aws-amplify';
import { searchEverything } from './graphql/queries';
import { onCreateTodo } from './graphql/subscriptions';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// Mode A (spec §7): custom operations keep their documents and result shape on client.graphql.
export const search = (text, token) => client.graphql({ query: searchEverything, variables: { text }, authToken: token });
export const searchRaw = (text) => client.graphql({ query: searchEverything, variables: { text } });
export const searchTraced = (text) => client.graphql({ query: searchEverything, variables: { text } }, { 'x-trace': '1' });
export const searchEverywhere = () => client.graphql({ query: searchEverything });

// A subscription's events change shape in v6 (GQL-08): flagged, not rewritten.
// TODO(amplify-migrate): GQL-01 API.graphql has no automatic rewrite yet: use generateClient() (GraphQL) or get/post/put/del from aws-amplify/api (REST), spec §7–§9
export const watch = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value.data.onCreateTodo) });
