import { API, graphqlOperation } from 'aws-amplify';
import { GraphQLQuery, GraphQLResult } from '@aws-amplify/api';
import { getTodo, listTodos, todosByOwner } from './graphql/queries';
import { updateTodo } from './graphql/mutations';
import { GetTodoQuery, ListTodosQuery, ModelSortDirection, Todo, TodosByOwnerQuery, UpdateTodoMutation } from './API';

// Every page of a list, following nextToken; the cast of v5 goes with the untyped result (DATA-01, DATA-02, GQL-07).
// (A do/while loop that feeds res.nextToken back into the call is circular for tsc once the result is inferred.)
export async function allTodos(nextToken?: string | null): Promise<Todo[]> {
  const res = (await API.graphql(graphqlOperation(listTodos, { limit: 100, nextToken }))) as GraphQLResult<ListTodosQuery>;
  const todos = (res.data?.listTodos?.items ?? []) as Todo[];
  const next = res.data?.listTodos?.nextToken;
  return next ? [...todos, ...(await allTodos(next))] : todos;
}

// A get whose data is destructured (DATA-04).
export async function loadTodo(id: string) {
  const { data } = await API.graphql<GraphQLQuery<GetTodoQuery>>(graphqlOperation(getTodo, { id }));
  return data?.getTodo ?? null;
}

// The result escapes to the caller: the call migrates and the marker names the new shape (DATA-06).
export function markDone(todo: Todo) {
  return API.graphql<GraphQLQuery<UpdateTodoMutation>>(graphqlOperation(updateTodo, { input: { id: todo.id, done: true } }));
}

// A secondary-index query of the schema: key fields first, paging and order second (DATA-12).
export async function newestOf(owner: string) {
  const res = await API.graphql<GraphQLQuery<TodosByOwnerQuery>>(
    graphqlOperation(todosByOwner, { owner, sortDirection: ModelSortDirection.DESC, limit: 20 })
  );
  return res.data?.todosByOwner?.items ?? [];
}
