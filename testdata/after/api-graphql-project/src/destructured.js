import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// `data` destructured from the result keeps its name; the reads below it take the model client's shape.
export async function titles() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const { data } = await client.models.Todo.list();
  return data.map((todo) => todo.name);
}

export async function renamedData() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const { data: page } = await client.models.Todo.list({ limit: 20 });
  return page;
}

export function nameOf(id) {
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  return client.models.Todo.get({ id }).then(({ data }) => data.name);
}

export async function save(todo) {
  // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
  const { data } = await client.models.Todo.create(todo);
  return data;
}

export async function rename(id, name) {
  // TODO(amplify-migrate): DATA-06 update() resolves { data, errors } with the item in data instead of data.updateTodo, and does not throw on GraphQL errors
  const { data } = await client.models.Todo.update({ id, name });
  return data.name;
}

export async function remove(id) {
  // TODO(amplify-migrate): DATA-07 delete() resolves { data, errors } with the deleted item in data instead of data.deleteTodo, and does not throw on GraphQL errors
  const { data } = await client.models.Todo.delete({ id });
  return data.id;
}

// The token is no longer under data: remold rewrites the items and flags the token read.
export async function pageWithToken(nextToken) {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const { data } = await client.models.Todo.list({ nextToken });
  // TODO(amplify-migrate): DATA-01 data is now the items, and nextToken sits beside data in the result: rewrite this read
  return { items: data, nextToken: data.listTodos.nextToken };
}

// Only errors destructured: nothing of the old data shape is read, so only the call changes.
export async function errorsOnly() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const { errors } = await client.models.Todo.list();
  return errors;
}

// Optional chaining reads the same way.
export async function guarded(id) {
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  const { data } = await client.models.Todo.get({ id });
  return data?.name ?? 'untitled';
}

export async function guardedList() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const result = await client.models.Todo.list();
  return result.data ?? [];
}
