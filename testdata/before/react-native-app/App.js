import React, { useEffect, useState } from 'react';
import { Button, Text, View } from 'react-native';
import { Auth } from 'aws-amplify';
import { withAuthenticator } from 'aws-amplify-react-native';

function App() {
  const [username, setUsername] = useState('');

  useEffect(() => {
    Auth.currentAuthenticatedUser().then((user) => setUsername(user.username));
  }, []);

  async function signOut() {
    try {
      await Auth.signOut();
    } catch (err) {
      console.log('error signing out: ', err);
    }
  }

  return (
    <View>
      <Text>Hello {username}</Text>
      <Button title="Sign out" onPress={signOut} />
    </View>
  );
}

export default withAuthenticator(App, { includeGreetings: true });
