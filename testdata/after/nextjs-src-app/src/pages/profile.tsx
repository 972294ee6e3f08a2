import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../utils/amplifyServerUtils';

type Props = { username: string };

export default function Profile({ username }: Props) {
  return <p>Signed in as {username}</p>;
}

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  // TODO(amplify-migrate): SSR-02 check the operation: the server calls take contextSpec and work only inside it; the signed-in check calls getCurrentUser(), since fetchAuthSession() no longer throws when signed out (SSR-04, AUTH-16); getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
  return runWithAmplifyServerContext({
    nextServerContext: { request: context.req, response: context.res },
    operation: async (contextSpec) => {
      try {
        await getCurrentUser(contextSpec);
      } catch {
        return { redirect: { destination: '/login', permanent: false } };
      }
      const user = await getCurrentUser(contextSpec);
      return {
        props: { username: user.username },
      };
    },
  });
};
