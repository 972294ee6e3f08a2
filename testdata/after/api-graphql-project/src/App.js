import { useEffect, useState } from 'react';
import { searchEverything } from './graphql/queries';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// Spec DATA-01, DATA-05, DATA-06, DATA-07: the model comes from each operation's document.
export function useTodos() {
  const [todos, setTodos] = useState([]);

  useEffect(() => {
    // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
    client.models.Todo.list().then((res) => setTodos(res.data));
  }, []);

  async function add(todo) {
    // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
    await client.models.Todo.create(todo);
  }

  async function toggle(todo) {
    // TODO(amplify-migrate): DATA-06 update() resolves { data, errors } with the item in data instead of data.updateTodo, and does not throw on GraphQL errors
    await client.models.Todo.update({ id: todo.id, done: !todo.done });
  }

  async function remove(id) {
    // TODO(amplify-migrate): DATA-07 delete() resolves { data, errors } with the deleted item in data instead of data.deleteTodo, and does not throw on GraphQL errors
    await client.models.Todo.delete({ id });
  }

  // DATA-04: a get, proven a model operation by the schema.
  async function one(id) {
    // TODO(amplify-migrate): DATA-04 get() resolves { data, errors } with the item (or null) in data instead of data.getTodo, and does not throw on GraphQL errors
    return client.models.Todo.get({ id });
  }

  // The object form, with variables and a v5 auth mode (DATA-02, DATA-13).
  async function firstPage(limit) {
    // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
    return client.models.Todo.list({ limit, authMode: 'apiKey' });
  }

  // `{ input }` in shorthand is the same create (DATA-05).
  async function addAgain(input) {
    // TODO(amplify-migrate): DATA-05 create() resolves { data, errors } with the new item in data instead of data.createTodo, and does not throw on GraphQL errors
    return client.models.Todo.create(input);
  }

  // A custom query has no model-client form: it moves to client.graphql (Mode A, GQL-02), same result shape.
  async function search(text) {
    return client.graphql({ query: searchEverything, variables: { text } });
  }

  return { todos, add, toggle, remove, one, firstPage, addAgain, search };
}
