import { authService } from '../services/auth';
import { signIn } from 'aws-amplify/auth';

export async function quickLogin(email, password) {
  // TODO(amplify-migrate): AUTH-01 signIn resolves to { isSignedIn, nextStep }, not a user: check what the caller does with the result
  const user = await signIn({ username: email, password });
  console.log('signed in', user.username);
  return authService.logout();
}
