import React from 'react';
import { generateClient } from 'aws-amplify/data';

const client = generateClient();

// A namespace import; `listCategorys` is the transformer v1 name of the Category list query.
export async function loadCategories() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listCategorys.items, and check errors (no throw)
  const result = await client.models.Category.list();
  return result.data;
}

export const Title = () => <h1>Categories</h1>;
