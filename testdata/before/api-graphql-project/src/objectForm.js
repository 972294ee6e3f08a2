import { API, graphqlOperation } from 'aws-amplify';
import { GRAPHQL_AUTH_MODE } from '@aws-amplify/api';
import { getTodo, listTodos } from './graphql/queries';
import { createTodo, updateTodo, deleteTodo } from './graphql/mutations';

// Every call shape of spec §8.2, in the object form and with variables (DATA-01…DATA-07, DATA-13).
export const todoApi = {
  all: () => API.graphql({ query: listTodos }),
  page: (nextToken) => API.graphql({ query: listTodos, variables: { limit: 20, nextToken } }),
  filtered: (filter) => API.graphql(graphqlOperation(listTodos, { filter })),
  withOptions: (options) => API.graphql({ query: listTodos, variables: options, authMode: 'AMAZON_COGNITO_USER_POOLS' }),
  one: (id) => API.graphql({ query: getTodo, variables: { id } }),
  onePublic: (id) => API.graphql({ query: getTodo, variables: { id }, authMode: GRAPHQL_AUTH_MODE.API_KEY }),
  add: (todo) => API.graphql({ query: createTodo, variables: { input: todo }, authMode: 'AWS_IAM' }),
  change: (todo) => API.graphql({ query: updateTodo, variables: { input: todo } }),
  changeAs: (todo) => API.graphql({ query: updateTodo, variables: { input: todo }, authMode: 'OPENID_CONNECT' }),
  drop: (id) => API.graphql({ query: deleteTodo, variables: { input: { id } } }),
  dropAs: (id) => API.graphql({ query: deleteTodo, variables: { input: { id } }, authMode: 'AWS_LAMBDA' }),
};
