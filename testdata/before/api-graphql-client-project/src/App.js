import { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { GRAPHQL_AUTH_MODE } from '@aws-amplify/api';
import { listTodos, getTodo, searchEverything } from './graphql/queries';
import { createTodo, deleteTodo } from './graphql/mutations';
import { onCreateTodo } from './graphql/subscriptions';

// --graphql=client: model operations keep their documents and result shape on client.graphql,
// so the reads of the result below stay as they are.
export function Todos() {
  const [todos, setTodos] = useState([]);

  useEffect(() => {
    async function load() {
      const res = await API.graphql(graphqlOperation(listTodos, { limit: 50 }));
      setTodos(res.data.listTodos.items);
    }
    load();
    const sub = API.graphql(graphqlOperation(onCreateTodo)).subscribe({
      next: ({ value }) => setTodos((all) => [...all, value.data.onCreateTodo]),
    });
    return () => sub.unsubscribe();
  }, []);

  async function add(name) {
    await API.graphql({
      query: createTodo,
      variables: { input: { name } },
      authMode: GRAPHQL_AUTH_MODE.AMAZON_COGNITO_USER_POOLS,
    });
  }

  async function show(id) {
    const { data } = await API.graphql({ query: getTodo, variables: { id }, authMode: 'API_KEY' });
    return data.getTodo;
  }

  async function remove(id) {
    await API.graphql(graphqlOperation(deleteTodo, { input: { id } }));
  }

  return { todos, add, show, remove };
}

// The other shapes keep their arguments.
export const search = (text, token) => API.graphql(graphqlOperation(searchEverything, { text }, token));
export const everything = () => API.graphql(graphqlOperation(listTodos));
export const page = (limit) => API.graphql({ query: listTodos, variables: { limit } });
export const traced = () => API.graphql({ query: listTodos }, { 'x-trace': '1' });
export const publicTodos = () => API.graphql({ query: listTodos, authMode: 'API_KEY' });
export const watch = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value.data.onCreateTodo) });
export const follow = (fn) =>
  API.graphql(graphqlOperation(onCreateTodo)).subscribe({
    next: (event) => fn(event.value.data.onCreateTodo),
  });
export const followMine = (owner, fn) =>
  API.graphql(graphqlOperation(onCreateTodo, { owner })).subscribe({
    next: (event) => fn(event.value.data.onCreateTodo),
  });

// In a module with GraphQL calls, API.isCancel may be about a REST or a GraphQL call: flagged (REST-11, GQL-10).
export function isCancelled(err) {
  return API.isCancel(err);
}
