import { useEffect, useState } from 'react';
import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth';
import { getCurrentUser as serverGetCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../utils/amplifyServerUtils';

type Props = { serverName: string };

export default function Account({ serverName }: Props) {
  const [name, setName] = useState(serverName);
  useEffect(() => {
    // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
    getCurrentUser().then((user) => setName(user.username));
  }, []);
  return <p>{name}</p>;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  // TODO(amplify-migrate): SSR-02 check the operation: the server calls take contextSpec and work only inside it; getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const user = await serverGetCurrentUser(contextSpec);
      return { props: { serverName: user.username } };
    },
  });
};
