import type { Schema } from '../amplify/data/resource';
import { generateClient } from 'aws-amplify/data';

const client = generateClient<Schema>();

type Todo = Schema['Todo']['type'];

// Every page of a list, following nextToken; the cast of v5 goes with the untyped result (DATA-01, DATA-02, GQL-07).
// (A do/while loop that feeds res.nextToken back into the call is circular for tsc once the result is inferred.)
export async function allTodos(nextToken?: string | null): Promise<Todo[]> {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const res = await client.models.Todo.list({ limit: 100, nextToken });
  const todos = (res.data ?? []) as Todo[];
  const next = res.nextToken;
  return next ? [...todos, ...(await allTodos(next))] : todos;
}

// A get whose data is destructured (DATA-04).
export async function loadTodo(id: string) {
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  const { data } = await client.models.Todo.get({ id });
  return data ?? null;
}

// The result escapes to the caller: the call migrates and the marker names the new shape (DATA-06).
export function markDone(todo: Todo) {
  // TODO(amplify-migrate): DATA-06 update() resolves { data, errors } with the item in data instead of data.updateTodo, and does not throw on GraphQL errors
  return client.models.Todo.update({ id: todo.id, done: true });
}

// A secondary-index query of the schema: key fields first, paging and order second (DATA-12).
export async function newestOf(owner: string) {
  // TODO(amplify-migrate): DATA-12 the index query resolves { data, nextToken, errors }: read data (the items) instead of data.<queryField>.items, and check errors (no throw)
  const res = await client.models.Todo.todosByOwner({ owner }, { sortDirection: 'DESC', limit: 20 });
  return res.data ?? [];
}
