import { createTodo } from './graphql/mutations';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// Result reads that follow the call in the same function take the model client's shape (spec §8.4).
export async function loadAll() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const res = await client.models.Todo.list();
  const todos = res.data;
  return { todos, more: res.nextToken };
}

export async function loadOne(id) {
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  const result = await client.models.Todo.get({ id });
  return result.data.name;
}

export function add(todo) {
  // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
  return client.models.Todo.create(todo).then((created) => created.data.id);
}

// A condition has no model-client form: client.graphql keeps the call and its result shape (Mode A).
export async function addIfNew(todo) {
  const created = await client.graphql({ query: createTodo, variables: { input: todo, condition: { name: { ne: todo.name } } } });
  return created.data.createTodo;
}

export async function rename(todo, name) {
  // TODO(amplify-migrate): DATA-06 update() resolves { data, errors } with the item in data instead of data.updateTodo, and does not throw on GraphQL errors
  const updated = await client.models.Todo.update({ id: todo.id, name });
  return updated.data;
}

export async function drop(id) {
  // TODO(amplify-migrate): DATA-07 delete() resolves { data, errors } with the deleted item in data instead of data.deleteTodo, and does not throw on GraphQL errors
  const deleted = await client.models.Todo.delete({ id });
  return deleted.data.id;
}

// Destructured reads of a list result (DATA-01), and one that remold cannot rewrite (flagged).
export async function page() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const postData = await client.models.Todo.list();
  const items = postData.data;
  return items;
}

export async function pageWithToken() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const res = await client.models.Todo.list({ limit: 10 });
  const { data: items, nextToken } = res;
  return { items, nextToken };
}

export async function raw() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const res = await client.models.Todo.list();
  // TODO(amplify-migrate): DATA-01 the list result now has the items in .data and the token in .nextToken: rewrite this read
  return res.data.listTodos;
}
