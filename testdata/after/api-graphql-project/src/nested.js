import { searchEverything } from 'some-search-sdk';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// Results destructured in one go: the Gen 1 root field goes from the pattern with the call.
export async function load(id) {
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  const { data: todo } = await client.models.Todo.get({ id });
  return todo;
}

export async function loadShorthand(id) {
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  const { data: getTodo } = await client.models.Todo.get({ id });
  return getTodo;
}

export async function page(token) {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const { data: todos, nextToken } = await client.models.Todo.list({ nextToken: token });
  return { todos, nextToken };
}

// Not a codegen'd operation: the call stays on client.graphql and so does its pattern.
export async function search(term) {
  const { data: { searchEverything: hits } } = await client.graphql({ query: searchEverything, variables: { term } });
  return hits;
}

// A call spread over lines: the input object keeps its layout, re-indented where it now stands.
export async function add(name, due) {
  // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
  const created = await client.models.Todo.create({
    name,
    due,
  });
  return created.data;
}
