import { withSSRContext } from 'aws-amplify';
import { listTodos } from '../src/graphql/queries';

export default function Home({ username, todos }) {
  return (
    <main>
      <h1>Hello {username}</h1>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id}>{todo.name}</li>
        ))}
      </ul>
    </main>
  );
}

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    // Only the signed-in user's todos.
    const { data } = await SSR.API.graphql({
      query: listTodos,
      authMode: 'AMAZON_COGNITO_USER_POOLS',
    });
    return { props: { username: user.username, todos: data.listTodos.items } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
}
