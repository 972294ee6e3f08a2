import { withSSRContext, graphqlOperation } from 'aws-amplify';
import { getTodo } from '../src/graphql/queries';

export default function Todo({ todo }) {
  return <p>{todo.name}</p>;
}

export const getServerSideProps = async (context) => {
  const SSR = withSSRContext(context);
  const result = await SSR.API.graphql(graphqlOperation(getTodo, { id: context.params.id }));
  return {
    props: { todo: result.data.getTodo },
  };
};
