import { getTodo } from '../src/graphql/queries';
import { runWithAmplifyServerContext, reqResBasedClient } from '../utils/amplifyServerUtils';

export default function Todo({ todo }) {
  return <p>{todo.name}</p>;
}

export const getServerSideProps = async (context) => {
  // TODO(amplify-migrate): SSR-02 check the operation: the server calls take contextSpec and work only inside it; reqResBasedClient.graphql resolves the same { data } as v5 (SSR-05)
  return runWithAmplifyServerContext({
    nextServerContext: { request: context.req, response: context.res },
    operation: async (contextSpec) => {
      const result = await reqResBasedClient.graphql(contextSpec, { query: getTodo, variables: { id: context.params.id } });
      return {
        props: { todo: result.data.getTodo },
      };
    },
  });
};
