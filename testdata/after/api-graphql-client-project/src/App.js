import { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { listTodos, getTodo, searchEverything } from './graphql/queries';
import { createTodo, deleteTodo } from './graphql/mutations';
import { onCreateTodo } from './graphql/subscriptions';
import { generateClient } from 'aws-amplify/api';

const client = generateClient();

// --graphql=client: model operations keep their documents and result shape on client.graphql,
// so the reads of the result below stay as they are.
export function Todos() {
  const [todos, setTodos] = useState([]);

  useEffect(() => {
    async function load() {
      const res = await client.graphql({ query: listTodos, variables: { limit: 50 } });
      setTodos(res.data.listTodos.items);
    }
    load();
    // TODO(amplify-migrate): GQL-01 API.graphql has no automatic rewrite yet: use generateClient() (GraphQL) or get/post/put/del from aws-amplify/api (REST), spec §7–§9
    const sub = API.graphql(graphqlOperation(onCreateTodo)).subscribe({
      next: ({ value }) => setTodos((all) => [...all, value.data.onCreateTodo]),
    });
    return () => sub.unsubscribe();
  }, []);

  async function add(name) {
    await client.graphql({ query: createTodo, variables: { input: { name } }, authMode: 'userPool' });
  }

  async function show(id) {
    const { data } = await client.graphql({ query: getTodo, variables: { id }, authMode: 'apiKey' });
    return data.getTodo;
  }

  async function remove(id) {
    await client.graphql({ query: deleteTodo, variables: { input: { id } } });
  }

  return { todos, add, show, remove };
}

// The other shapes keep their arguments.
export const search = (text, token) => client.graphql({ query: searchEverything, variables: { text }, authToken: token });
export const everything = () => client.graphql({ query: listTodos });
export const page = (limit) => client.graphql({ query: listTodos, variables: { limit } });
export const traced = () => client.graphql({ query: listTodos }, { 'x-trace': '1' });
export const publicTodos = () => client.graphql({ query: listTodos, authMode: 'apiKey' });
export const watch = (fn) => client.graphql({ query: onCreateTodo }).subscribe({ next: ({ data }) => fn(data.onCreateTodo) });
export const follow = (fn) =>
  client.graphql({ query: onCreateTodo }).subscribe({
    next: (event) => fn(event.data.onCreateTodo),
  });
export const followMine = (owner, fn) =>
  client.graphql({ query: onCreateTodo, variables: { owner } }).subscribe({
    next: (event) => fn(event.data.onCreateTodo),
  });

// In a module with GraphQL calls, API.isCancel may be about a REST or a GraphQL call: flagged (REST-11, GQL-10).
export function isCancelled(err) {
  // TODO(amplify-migrate): REST-11 API.isCancel: isCancelError(err) from aws-amplify/api for a REST call, client.isCancelError(err) for a GraphQL call (GQL-10)
  return API.isCancel(err);
}
