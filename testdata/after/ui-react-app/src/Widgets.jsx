import { Expander, ExpanderItem, Tabs, TabItem, withAuthenticator } from '@aws-amplify/ui-react';
import { signIn } from 'aws-amplify/auth';

// Plain JavaScript: Expander and TabItem are gone from ui-react 6 and have to be rewritten by a person.
function Widgets() {
  // TODO(amplify-migrate): UI-12 Expander is gone: use <Accordion items={…}> or Accordion.Container/Item/Trigger/Content (only one item opens at a time by default)
  // TODO(amplify-migrate): UI-13 TabItem is gone: write <Tabs.Container defaultValue> with Tabs.List/Tabs.Item and Tabs.Panel, and onValueChange for onChange
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

// TODO(amplify-migrate): UI-09 services handlers now get v6 inputs (handleSignUp(input: SignUpInput) with input.options.userAttributes, confirmationCode instead of code) and must call the v6 functions of aws-amplify/auth
export default withAuthenticator(Widgets, {
  services: {
    handleSignIn: ({ username, password }) => signIn({ username: username.trim(), password }),
  },
});
