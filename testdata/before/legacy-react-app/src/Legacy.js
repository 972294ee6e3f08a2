import React from 'react';
import { Authenticator, Connect, ChatBot, AmplifyTheme } from 'aws-amplify-react';
import { graphqlOperation } from 'aws-amplify';
import { listTodos } from './graphql/queries';

const theme = { ...AmplifyTheme, button: { backgroundColor: 'teal' } };

export function Todos() {
  return (
    <Connect query={graphqlOperation(listTodos)}>
      {({ data }) => <ul>{data.listTodos.items.map((t) => <li key={t.id}>{t.name}</li>)}</ul>}
    </Connect>
  );
}

export function Bot() {
  return <ChatBot title="Helper" theme={theme} botName="OrderFlowers" />;
}

export default function Login() {
  return <Authenticator hideDefault={false} theme={theme} />;
}
