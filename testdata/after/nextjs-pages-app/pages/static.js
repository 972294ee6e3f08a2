import { generateClient } from 'aws-amplify/data';

const client = generateClient();

export default function Static({ todos }) {
  return <p>{todos.length} todos</p>;
}

// TODO(amplify-migrate): SSR-08 this runs on the server, where v6 wants the server context: call the server APIs inside runWithAmplifyServerContext({ nextServerContext: null (static) or { request, response }, operation }) from @aws-amplify/adapter-nextjs (spec §16)
export async function getStaticProps() {
  // TODO(amplify-migrate): DATA-01 list() resolves { data, nextToken, errors }: read data (the items) instead of data.listTodos.items, and check errors (no throw)
  const { data } = await client.models.Todo.list();
  return { props: { todos: data }, revalidate: 60 };
}
