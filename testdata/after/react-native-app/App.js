import React, { useEffect, useState } from 'react';
import { Button, Text, View } from 'react-native';
import { getCurrentUser, signOut as amplifySignOut } from 'aws-amplify/auth';
import { withAuthenticator } from '@aws-amplify/ui-react-native';

function App() {
  const [username, setUsername] = useState('');

  useEffect(() => {
    // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
    getCurrentUser().then((user) => setUsername(user.username));
  }, []);

  async function signOut() {
    try {
      await amplifySignOut();
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

// TODO(amplify-migrate): LEG-11 App now gets { signOut, user } (user is an AuthUser) instead of authState, authData and onStateChange, and no greeting bar; install @aws-amplify/ui-react-native with @aws-amplify/react-native, react-native-safe-area-context, @react-native-community/netinfo, @react-native-async-storage/async-storage and react-native-get-random-values
export default withAuthenticator(App);
