import { API, graphqlOperation } from 'aws-amplify';
import { getTodo, listTodos } from './graphql/queries';
import { createTodo, updateTodo, deleteTodo } from './graphql/mutations';

// `data` destructured from the result keeps its name; the reads below it take the model client's shape.
export async function titles() {
  const { data } = await API.graphql(graphqlOperation(listTodos));
  return data.listTodos.items.map((todo) => todo.name);
}

export async function renamedData() {
  const { data: page } = await API.graphql({ query: listTodos, variables: { limit: 20 } });
  return page.listTodos.items;
}

export function nameOf(id) {
  return API.graphql(graphqlOperation(getTodo, { id })).then(({ data }) => data.getTodo.name);
}

export async function save(todo) {
  const { data } = await API.graphql(graphqlOperation(createTodo, { input: todo }));
  return data.createTodo;
}

export async function rename(id, name) {
  const { data } = await API.graphql(graphqlOperation(updateTodo, { input: { id, name } }));
  return data.updateTodo.name;
}

export async function remove(id) {
  const { data } = await API.graphql({ query: deleteTodo, variables: { input: { id } } });
  return data.deleteTodo.id;
}

// The token is no longer under data: remold rewrites the items and flags the token read.
export async function pageWithToken(nextToken) {
  const { data } = await API.graphql(graphqlOperation(listTodos, { nextToken }));
  return { items: data.listTodos.items, nextToken: data.listTodos.nextToken };
}

// Only errors destructured: nothing of the old data shape is read, so only the call changes.
export async function errorsOnly() {
  const { errors } = await API.graphql(graphqlOperation(listTodos));
  return errors;
}

// Optional chaining reads the same way.
export async function guarded(id) {
  const { data } = await API.graphql(graphqlOperation(getTodo, { id }));
  return data?.getTodo?.name ?? 'untitled';
}

export async function guardedList() {
  const result = await API.graphql(graphqlOperation(listTodos));
  return result.data?.listTodos?.items ?? [];
}
