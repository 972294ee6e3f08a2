/* tslint:disable */
/* eslint-disable */
// this is an auto generated file. This will be overwritten

export const listCategories = /* GraphQL */ `
  query ListCategories($limit: Int, $nextToken: String) {
    listCategories(limit: $limit, nextToken: $nextToken) {
      items {
        id
        title
      }
      nextToken
    }
  }
`;
