import { useEffect, useState } from 'react';
import type { GetServerSideProps } from 'next';
import { Auth, withSSRContext } from 'aws-amplify';

type Props = { serverName: string };

export default function Account({ serverName }: Props) {
  const [name, setName] = useState(serverName);
  useEffect(() => {
    Auth.currentAuthenticatedUser().then((user) => setName(user.username));
  }, []);
  return <p>{name}</p>;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { serverName: user.username } };
};
