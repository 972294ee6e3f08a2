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

// A subscription's events are { data } in v6 (GQL-08): the callback follows when it reads only value.data.
export const watch = (fn) => client.graphql({ query: onCreateTodo }).subscribe({ next: ({ data }) => fn(data.onCreateTodo) });
// Written over several lines, it is left flagged for now (a one-line fix would flatten it).
// TODO(amplify-migrate): GQL-01 API.graphql has no automatic rewrite yet: use generateClient() (GraphQL) or get/post/put/del from aws-amplify/api (REST), spec §7–§9
export const watchLoudly = (fn) =>
  API.graphql(graphqlOperation(onCreateTodo)).subscribe({
    next: ({ value }) => {
      console.log('event', value.data.onCreateTodo.id);
      fn(value.data.onCreateTodo);
    },
    error: (err) => console.warn(err),
  });

// A callback that passes the whole event on cannot be reshaped here: flagged.
// TODO(amplify-migrate): GQL-01 API.graphql has no automatic rewrite yet: use generateClient() (GraphQL) or get/post/put/del from aws-amplify/api (REST), spec §7–§9
export const watchRaw = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value) });

// A named event read only as event.value.data: three small edits keep the subscription's layout.
export function follow(owner, fn) {
  const subscription = client.graphql({ query: onCreateTodo, variables: { filter: { owner: { eq: owner } } } }).subscribe({
    next: (event) => {
      const todo = event.data.onCreateTodo;
      fn(todo, event.data.onCreateTodo.id);
    },
    error: (err) => console.warn(err),
  });
  return () => subscription.unsubscribe();
}

export const followAll = (fn) =>
  client.graphql({ query: onCreateTodo }).subscribe({
    next: event => fn(event.data.onCreateTodo),
  });

// The event is read beyond value.data (event.provider): left as it is and flagged.
// TODO(amplify-migrate): GQL-01 API.graphql has no automatic rewrite yet: use generateClient() (GraphQL) or get/post/put/del from aws-amplify/api (REST), spec §7–§9
export const followRaw = (fn) =>
  API.graphql(graphqlOperation(onCreateTodo)).subscribe({
    next: (event) => fn(event.value.data.onCreateTodo, event.provider),
  });

export const followAsync = (fn) =>
  client.graphql({ query: onCreateTodo })
    .subscribe({
      next: async (event) => {
        const { onCreateTodo: todo } = event.data;
        await fn(todo);
      },
    });
