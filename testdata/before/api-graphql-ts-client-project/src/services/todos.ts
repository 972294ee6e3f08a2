import { API, graphqlOperation } from 'aws-amplify';
import { GraphQLQuery, GraphQLResult, GraphQLSubscription, GRAPHQL_AUTH_MODE } from '@aws-amplify/api';
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

// No Gen 2 Schema type in this project: every call stays on client.graphql, typed as before (GQL-06).
export async function listAll(): Promise<Todo[]> {
  const res = await API.graphql<GraphQLQuery<ListTodosQuery>>(graphqlOperation(listTodos, { limit: 50 }));
  return (res.data?.listTodos?.items ?? []).filter((t): t is Todo => t !== null);
}

// A cast of the untyped result still narrows v6's promise-or-observable union (GQL-07).
export async function fetchTodo(id: string) {
  const res = (await API.graphql(graphqlOperation(getTodo, { id }))) as GraphQLResult<GetTodoQuery>;
  return res.data?.getTodo ?? null;
}

// The object form with a v5 auth mode.
export async function addTodo(input: CreateTodoInput) {
  const res = await API.graphql<GraphQLQuery<CreateTodoMutation>>({
    query: createTodo,
    variables: { input },
    authMode: GRAPHQL_AUTH_MODE.AMAZON_COGNITO_USER_POOLS,
  });
  return res.data?.createTodo?.id;
}

// A custom mutation: no model-client form in any mode.
export function remind(todoId: string): Promise<GraphQLResult<SendReminderMutation>> {
  return API.graphql<GraphQLQuery<SendReminderMutation>>(graphqlOperation(sendReminder, { todoId }));
}

// The result is not read: untyped stays untyped.
export async function removeTodo(id: string): Promise<void> {
  await API.graphql(graphqlOperation(deleteTodo, { input: { id } }));
}

// Subscriptions emit { data } in v6 where v5 emitted { provider, value: { data } } (GQL-08).
export function watch(onAdded: (todo: Todo) => void, onRemoved: (id: string) => void) {
  const created = API.graphql<GraphQLSubscription<OnCreateTodoSubscription>>(
    graphqlOperation(onCreateTodo)
  ).subscribe({
    next: ({ provider, value }) => {
      const todo = value.data?.onCreateTodo;
      if (todo) {
        onAdded(todo);
      }
    },
    error: (error) => console.warn(error),
  });
  const deleted = API.graphql<GraphQLSubscription<OnDeleteTodoSubscription>>({ query: onDeleteTodo }).subscribe({
    next(event) {
      const id = event.value.data?.onDeleteTodo?.id;
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
