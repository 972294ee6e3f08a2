import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

type Props = { username: string };

export default function Profile({ username }: Props) {
  return <p>Signed in as {username}</p>;
}

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const SSR = withSSRContext(context);
  try {
    await SSR.Auth.currentSession();
  } catch {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const user = await SSR.Auth.currentAuthenticatedUser();
  return {
    props: { username: user.username },
  };
};
