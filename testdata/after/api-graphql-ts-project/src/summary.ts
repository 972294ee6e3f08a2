import { todoStats } from './graphql/queries';
import { TodoStatsQuery } from './API';
import { generateClient } from 'aws-amplify/data';
import { GraphQLQuery } from 'aws-amplify/api';
import type { Schema } from '../amplify/data/resource';

const client = generateClient<Schema>();

// A model operation (client.models) and a custom query (client.graphql, typed as before) in one module,
// on one client.
export async function summary() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const all = await client.models.Todo.list();
  const stats = await client.graphql<GraphQLQuery<TodoStatsQuery>>({ query: todoStats });
  return { count: all.data.length ?? 0, stats: stats.data?.todoStats ?? null };
}
