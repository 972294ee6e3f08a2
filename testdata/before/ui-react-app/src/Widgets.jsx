import { Expander, ExpanderItem, Tabs, TabItem, withAuthenticator } from '@aws-amplify/ui-react';
import { signIn } from 'aws-amplify/auth';

// Plain JavaScript: Expander and TabItem are gone from ui-react 6 and have to be rewritten by a person.
function Widgets() {
  return (
    <>
      <Expander type="single">
        <ExpanderItem title="One" value="one">First</ExpanderItem>
      </Expander>
      <Tabs defaultIndex={0}>
        <TabItem title="Tab 1">One</TabItem>
      </Tabs>
    </>
  );
}

export default withAuthenticator(Widgets, {
  services: {
    handleSignIn: ({ username, password }) => signIn({ username: username.trim(), password }),
  },
});
