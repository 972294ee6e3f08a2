import { getTodo, listTodos } from '../graphql/queries';
import { createTodo, deleteTodo, sendReminder } from '../graphql/mutations';
import { onCreateTodo, onDeleteTodo } from '../graphql/subscriptions';
import {
  CreateTodoInput,
  CreateTodoMutation,
  GetTodoQuery,
  ListTodosQuery,
  OnCreateTodoSubscription,
  OnDeleteTodoSubscription,
  SendReminderMutation,
  Todo,
} from '../API';
import { generateClient, GraphQLQuery, GraphQLSubscription, GraphQLResult } from 'aws-amplify/api';

const client = generateClient();

// No Gen 2 Schema type in this project: every call stays on client.graphql, typed as before (GQL-06).
export async function listAll(): Promise<Todo[]> {
  const res = await client.graphql<GraphQLQuery<ListTodosQuery>>({ query: listTodos, variables: { limit: 50 } });
  return (res.data?.listTodos?.items ?? []).filter((t): t is Todo => t !== null);
}

// A cast of the untyped result still narrows v6's promise-or-observable union (GQL-07).
export async function fetchTodo(id: string) {
  const res = (await client.graphql({ query: getTodo, variables: { id } })) as GraphQLResult<GetTodoQuery>;
  return res.data?.getTodo ?? null;
}

// The object form with a v5 auth mode.
export async function addTodo(input: CreateTodoInput) {
  const res = await client.graphql<GraphQLQuery<CreateTodoMutation>>({
    query: createTodo,
    variables: { input },
    authMode: 'userPool',
  });
  return res.data?.createTodo?.id;
}

// A custom mutation: no model-client form in any mode.
export function remind(todoId: string): Promise<GraphQLResult<SendReminderMutation>> {
  return client.graphql<GraphQLQuery<SendReminderMutation>>({ query: sendReminder, variables: { todoId } });
}

// The result is not read: untyped stays untyped.
export async function removeTodo(id: string): Promise<void> {
  await client.graphql({ query: deleteTodo, variables: { input: { id } } });
}

// Subscriptions emit { data } in v6 where v5 emitted { provider, value: { data } } (GQL-08).
export function watch(onAdded: (todo: Todo) => void, onRemoved: (id: string) => void) {
  const created = client.graphql<GraphQLSubscription<OnCreateTodoSubscription>>({ query: onCreateTodo }).subscribe({
    next: ({ data }) => {
      const todo = data?.onCreateTodo;
      if (todo) {
        onAdded(todo);
      }
    },
    error: (error) => console.warn(error),
  });
  const deleted = client.graphql<GraphQLSubscription<OnDeleteTodoSubscription>>({ query: onDeleteTodo }).subscribe({
    next(event) {
      const id = event.data?.onDeleteTodo?.id;
      if (id) {
        onRemoved(id);
      }
    },
  });
  return () => {
    created.unsubscribe();
    deleted.unsubscribe();
  };
}
