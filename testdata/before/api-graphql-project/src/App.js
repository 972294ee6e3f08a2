import { useEffect, useState } from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import { getTodo, listTodos, searchEverything } from './graphql/queries';
import { createTodo, updateTodo, deleteTodo } from './graphql/mutations';

// Spec DATA-01, DATA-05, DATA-06, DATA-07: the model comes from each operation's document.
export function useTodos() {
  const [todos, setTodos] = useState([]);

  useEffect(() => {
    API.graphql(graphqlOperation(listTodos)).then((res) => setTodos(res.data.listTodos.items));
  }, []);

  async function add(todo) {
    await API.graphql(graphqlOperation(createTodo, { input: todo }));
  }

  async function toggle(todo) {
    await API.graphql(
      graphqlOperation(updateTodo, {
        input: { id: todo.id, done: !todo.done },
      })
    );
  }

  async function remove(id) {
    await API.graphql(graphqlOperation(deleteTodo, { input: { id } }));
  }

  // DATA-04: a get, proven a model operation by the schema.
  async function one(id) {
    return API.graphql(graphqlOperation(getTodo, { id }));
  }

  // The object form, with variables and a v5 auth mode (DATA-02, DATA-13).
  async function firstPage(limit) {
    return API.graphql({ query: listTodos, variables: { limit }, authMode: 'API_KEY' });
  }

  // `{ input }` in shorthand is the same create (DATA-05).
  async function addAgain(input) {
    return API.graphql({ query: createTodo, variables: { input } });
  }

  // A custom query has no model-client form: it moves to client.graphql (Mode A, GQL-02), same result shape.
  async function search(text) {
    return API.graphql(graphqlOperation(searchEverything, { text }));
  }

  return { todos, add, toggle, remove, one, firstPage, addAgain, search };
}
