import React from 'react';
import { API, graphqlOperation } from 'aws-amplify';
import * as queries from '../graphql/queries';

// A namespace import; `listCategorys` is the transformer v1 name of the Category list query.
export async function loadCategories() {
  const result = await API.graphql(graphqlOperation(queries.listCategorys));
  return result.data.listCategorys.items;
}

export const Title = () => <h1>Categories</h1>;
