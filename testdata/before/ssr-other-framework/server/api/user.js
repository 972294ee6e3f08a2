import { withSSRContext } from 'aws-amplify';

export default defineEventHandler(async (event) => {
  const SSR = withSSRContext({ req: event.node.req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { username: user.username };
});
