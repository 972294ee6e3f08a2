import React from 'react';
import { Authenticator, Connect, ChatBot, AmplifyTheme } from 'aws-amplify-react';
import { graphqlOperation } from 'aws-amplify';
import { listTodos } from './graphql/queries';

// TODO(amplify-migrate): LEG-10 write the theme with createTheme and <ThemeProvider theme={…}> of @aws-amplify/ui-react 6
const theme = { ...AmplifyTheme, button: { backgroundColor: 'teal' } };

export function Todos() {
  // TODO(amplify-migrate): LEG-08 no component left: query with client.graphql (generateClient from aws-amplify/api) in a hook or effect
  return (
    <Connect query={graphqlOperation(listTodos)}>
      {({ data }) => <ul>{data.listTodos.items.map((t) => <li key={t.id}>{t.name}</li>)}</ul>}
    </Connect>
  );
}

export function Bot() {
  // TODO(amplify-migrate): LEG-09 no chatbot component in v6: build the UI yourself around Interactions.send of @aws-amplify/interactions
  return <ChatBot title="Helper" theme={theme} botName="OrderFlowers" />;
}

export default function Login() {
  // TODO(amplify-migrate): LEG-06 rebuild with <Authenticator components={…} services={…}> or the headless useAuthenticator of @aws-amplify/ui-react(-native) 6; hideDefault, AuthPiece subclasses and onStateChange have no equivalent
  return <Authenticator hideDefault={false} theme={theme} />;
}
