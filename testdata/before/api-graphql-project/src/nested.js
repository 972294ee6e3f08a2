import { API, graphqlOperation } from 'aws-amplify';
import { getTodo, listTodos } from './graphql/queries';
import { createTodo } from './graphql/mutations';
import { searchEverything } from 'some-search-sdk';

// Results destructured in one go: the Gen 1 root field goes from the pattern with the call.
export async function load(id) {
  const { data: { getTodo: todo } } = await API.graphql(graphqlOperation(getTodo, { id }));
  return todo;
}

export async function loadShorthand(id) {
  const { data: { getTodo } } = await API.graphql({ query: getTodo, variables: { id } });
  return getTodo;
}

export async function page(token) {
  const { data: { listTodos: { items: todos, nextToken } } } = await API.graphql(graphqlOperation(listTodos, { nextToken: token }));
  return { todos, nextToken };
}

// Not a codegen'd operation: the call stays on client.graphql and so does its pattern.
export async function search(term) {
  const { data: { searchEverything: hits } } = await API.graphql(graphqlOperation(searchEverything, { term }));
  return hits;
}

// A call spread over lines: the input object keeps its layout, re-indented where it now stands.
export async function add(name, due) {
  const created = await API.graphql(
    graphqlOperation(createTodo, {
      input: {
        name,
        due,
      },
    })
  );
  return created.data.createTodo;
}
