import { API, graphqlOperation } from 'aws-amplify';
import { GraphQLQuery } from '@aws-amplify/api';
import { listCategories } from './graphql/categoryQueries';

type ListCategoriesQuery = {
  listCategories?: { items: Array<{ id: string; title: string } | null>; nextToken?: string | null } | null;
};

// --graphql=client in TypeScript: a model operation stays on client.graphql with its Gen 1 type argument.
export async function categoryTitles(): Promise<string[]> {
  const res = await API.graphql<GraphQLQuery<ListCategoriesQuery>>(graphqlOperation(listCategories, { limit: 100 }));
  return (res.data?.listCategories?.items ?? []).map((c) => c?.title ?? '');
}
