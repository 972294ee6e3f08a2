import { API } from 'aws-amplify';
import { listTodos } from '../src/graphql/queries';

export default function Static({ todos }) {
  return <p>{todos.length} todos</p>;
}

export async function getStaticProps() {
  const { data } = await API.graphql({ query: listTodos });
  return { props: { todos: data.listTodos.items }, revalidate: 60 };
}
