import { API, graphqlOperation } from 'aws-amplify';
import { getTodo, listTodos } from './graphql/queries';
import { createTodo, updateTodo, deleteTodo } from './graphql/mutations';

// Result reads that follow the call in the same function take the model client's shape (spec §8.4).
export async function loadAll() {
  const res = await API.graphql(graphqlOperation(listTodos));
  const todos = res.data.listTodos.items;
  return { todos, more: res.data.listTodos.nextToken };
}

export async function loadOne(id) {
  const result = await API.graphql({ query: getTodo, variables: { id } });
  return result.data.getTodo.name;
}

export function add(todo) {
  return API.graphql(graphqlOperation(createTodo, { input: todo })).then((created) => created.data.createTodo.id);
}

// A condition has no model-client form: client.graphql keeps the call and its result shape (Mode A).
export async function addIfNew(todo) {
  const created = await API.graphql(graphqlOperation(createTodo, { input: todo, condition: { name: { ne: todo.name } } }));
  return created.data.createTodo;
}

export async function rename(todo, name) {
  const updated = await API.graphql({ query: updateTodo, variables: { input: { id: todo.id, name } } });
  return updated.data.updateTodo;
}

export async function drop(id) {
  const deleted = await API.graphql(graphqlOperation(deleteTodo, { input: { id } }));
  return deleted.data.deleteTodo.id;
}

// Destructured reads of a list result (DATA-01), and one that remold cannot rewrite (flagged).
export async function page() {
  const postData = await API.graphql({ query: listTodos });
  const { items } = postData.data.listTodos;
  return items;
}

export async function pageWithToken() {
  const res = await API.graphql(graphqlOperation(listTodos, { limit: 10 }));
  const { items, nextToken } = res.data.listTodos;
  return { items, nextToken };
}

export async function raw() {
  const res = await API.graphql(graphqlOperation(listTodos));
  return res.data.listTodos;
}
