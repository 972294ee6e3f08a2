import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// Every call shape of spec §8.2, in the object form and with variables (DATA-01…DATA-07, DATA-13).
export const todoApi = {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  all: () => client.models.Todo.list(),
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  page: (nextToken) => client.models.Todo.list({ limit: 20, nextToken }),
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  filtered: (filter) => client.models.Todo.list({ filter }),
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  withOptions: (options) => client.models.Todo.list({ ...options, authMode: 'userPool' }),
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  one: (id) => client.models.Todo.get({ id }),
  // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
  onePublic: (id) => client.models.Todo.get({ id }, { authMode: 'apiKey' }),
  // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
  add: (todo) => client.models.Todo.create(todo, { authMode: 'identityPool' }),
  // TODO(amplify-migrate): DATA-06 update() resolves { data, errors } with the item in data instead of data.updateTodo, and does not throw on GraphQL errors
  change: (todo) => client.models.Todo.update(todo),
  // TODO(amplify-migrate): DATA-06 update() resolves { data, errors } with the item in data instead of data.updateTodo, and does not throw on GraphQL errors
  changeAs: (todo) => client.models.Todo.update(todo, { authMode: 'oidc' }),
  // TODO(amplify-migrate): DATA-07 delete() resolves { data, errors } with the deleted item in data instead of data.deleteTodo, and does not throw on GraphQL errors
  drop: (id) => client.models.Todo.delete({ id }),
  // TODO(amplify-migrate): DATA-07 delete() resolves { data, errors } with the deleted item in data instead of data.deleteTodo, and does not throw on GraphQL errors
  dropAs: (id) => client.models.Todo.delete({ id }, { authMode: 'lambda' }),
};
