import { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { onCreateTodo } from './graphql/subscriptions';

// Model subscriptions (DATA-08): each event is the item itself, over one line or many, arrow or method.
export const watch = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value.data.onCreateTodo) });

export const watchLoudly = (fn) =>
  API.graphql(graphqlOperation(onCreateTodo)).subscribe({
    next: ({ provider, value }) => {
      console.log('event', value.data.onCreateTodo.id);
      fn(value.data.onCreateTodo);
    },
    error: (err) => console.warn(err),
  });

// A filter stays (DATA-09); the owner variable of an owner-protected model goes (DATA-10).
export function follow(owner, fn) {
  const subscription = API.graphql(graphqlOperation(onCreateTodo, { filter: { done: { eq: false } }, owner })).subscribe({
    next(event) {
      const todo = event.value.data.onCreateTodo;
      fn(todo, event.value.data.onCreateTodo.id);
    },
    error: (err) => console.warn(err),
  });
  return () => subscription.unsubscribe();
}

// A hook with cleanup: the subscription object and its unsubscribe() are the same in v6.
export function useNewTodos() {
  const [todos, setTodos] = useState([]);
  useEffect(() => {
    const sub = API.graphql({ query: onCreateTodo, authMode: 'AMAZON_COGNITO_USER_POOLS' }).subscribe({
      next: (event) => setTodos((all) => [...all, event.value.data.onCreateTodo]),
    });
    return () => sub.unsubscribe();
  }, []);
  return todos;
}

// The whole event passed on: not reshaped, so it stays for client.graphql (GQL-08) and is flagged.
export const watchRaw = (fn) => API.graphql(graphqlOperation(onCreateTodo)).subscribe({ next: ({ value }) => fn(value) });
