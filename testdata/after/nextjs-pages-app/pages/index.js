import { listTodos } from '../src/graphql/queries';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext, reqResBasedClient } from '../utils/amplifyServerUtils';

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

export async function getServerSideProps({ req, res }) {
  // TODO(amplify-migrate): SSR-02 check the operation: the server calls take contextSpec and work only inside it; getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03); reqResBasedClient.graphql resolves the same { data } as v5 (SSR-05)
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      try {
        const user = await getCurrentUser(contextSpec);
        // Only the signed-in user's todos.
        const { data } = await reqResBasedClient.graphql(contextSpec, {
          query: listTodos,
          authMode: 'userPool',
        });
        return { props: { username: user.username, todos: data.listTodos.items } };
      } catch (err) {
        return { redirect: { destination: '/login', permanent: false } };
      }
    },
  });
}
