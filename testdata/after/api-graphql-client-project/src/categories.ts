import { listCategories } from './graphql/categoryQueries';
import { generateClient, GraphQLQuery } from 'aws-amplify/api';

const client = generateClient();

type ListCategoriesQuery = {
  listCategories?: { items: Array<{ id: string; title: string } | null>; nextToken?: string | null } | null;
};

// --graphql=client in TypeScript: a model operation stays on client.graphql with its Gen 1 type argument.
export async function categoryTitles(): Promise<string[]> {
  const res = await client.graphql<GraphQLQuery<ListCategoriesQuery>>({ query: listCategories, variables: { limit: 100 } });
  return (res.data?.listCategories?.items ?? []).map((c) => c?.title ?? '');
}
