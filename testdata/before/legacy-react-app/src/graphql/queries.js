export const listTodos = /* GraphQL */ `
  query ListTodos {
    listTodos {
      items {
        id
        name
      }
    }
  }
`;
