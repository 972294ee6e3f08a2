import { API, graphqlOperation } from 'aws-amplify';
import { GraphQLQuery } from '@aws-amplify/api';
import { listTodos, todoStats } from './graphql/queries';
import { ListTodosQuery, TodoStatsQuery } from './API';

// A model operation (client.models) and a custom query (client.graphql, typed as before) in one module,
// on one client.
export async function summary() {
  const all = await API.graphql<GraphQLQuery<ListTodosQuery>>(graphqlOperation(listTodos));
  const stats = await API.graphql<GraphQLQuery<TodoStatsQuery>>(graphqlOperation(todoStats));
  return { count: all.data?.listTodos?.items.length ?? 0, stats: stats.data?.todoStats ?? null };
}
