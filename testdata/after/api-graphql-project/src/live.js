import { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { onCreateTodo } from './graphql/subscriptions';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// Model subscriptions (DATA-08): each event is the item itself, over one line or many, arrow or method.
// TODO(amplify-migrate): DATA-08 the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback
export const watch = (fn) => client.models.Todo.onCreate().subscribe({ next: (todo) => fn(todo) });

// TODO(amplify-migrate): DATA-08 the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback
export const watchLoudly = (fn) =>
  client.models.Todo.onCreate().subscribe({
    next: (todo) => {
      console.log('event', todo.id);
      fn(todo);
    },
    error: (err) => console.warn(err),
  });

// A filter stays (DATA-09); the owner variable of an owner-protected model goes (DATA-10).
export function follow(owner, fn) {
  // TODO(amplify-migrate): DATA-08 the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback
  const subscription = client.models.Todo.onCreate({ filter: { done: { eq: false } } }).subscribe({
    next(event) {
      const todo = event;
      fn(todo, event.id);
    },
    error: (err) => console.warn(err),
  });
  return () => subscription.unsubscribe();
}

// A hook with cleanup: the subscription object and its unsubscribe() are the same in v6.
export function useNewTodos() {
  const [todos, setTodos] = useState([]);
  useEffect(() => {
    // TODO(amplify-migrate): DATA-08 the subscription now emits the item itself (no { value: { data } } wrapper) and sends no owner variable: check the next callback
    const sub = client.models.Todo.onCreate({ authMode: 'userPool' }).subscribe({
      next: (todo) => setTodos((all) => [...all, todo]),
    });
    return () => sub.unsubscribe();
  }, []);
  return todos;
}

// The whole event passed on: not reshaped, so it stays for client.graphql (GQL-08) and is flagged.
// TODO(amplify-migrate): GQL-01 API.graphql has no automatic rewrite yet: use generateClient() (GraphQL) or get/post/put/del from aws-amplify/api (REST), spec §7–§9
export const watchRaw = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value) });
